#include "core/emulator/secretsapi.h"

#include "core/emulator/apierrors.h"
#include "core/emulator/demoseed.h"
#include "core/emulator/emulatorclock.h"
#include "core/emulator/router.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <variant>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

const QString kBase = u"/api/2.0/secrets/"_s;

// A required string field of a JSON body or a query: its value, or the
// service's 400 for a missing or mistyped field.
std::variant<QString, HttpResponse> requiredField(const QJsonObject &body, const QString &name)
{
    const QJsonValue value = body.value(name);
    if (value.isUndefined() || value.isNull())
        return invalidParameter(u"Missing required field: %1"_s.arg(name));
    if (!value.isString())
        return malformedRequest(
            u"Could not parse request object: Expected a string for field '%1'"_s.arg(name));
    if (value.toString().isEmpty())
        return invalidParameter(u"Missing required field: %1"_s.arg(name));
    return value.toString();
}

std::variant<QString, HttpResponse> requiredQuery(const HttpRequest &request, const QString &name)
{
    const QString value = request.queryValue(name);
    if (value.isEmpty())
        return invalidParameter(u"Missing required field: %1"_s.arg(name));
    return value;
}

// The string fields `names` of `body` (or the query parameters of a GET), in
// order, or the error the service answers for the first one missing.
template <typename Single>
std::variant<QStringList, HttpResponse> requiredValues(std::initializer_list<QString> names,
                                                       Single single)
{
    QStringList values;
    for (const QString &name : names) {
        auto value = single(name);
        if (const auto *failure = std::get_if<HttpResponse>(&value))
            return *failure;
        values.append(std::get<QString>(value));
    }
    return values;
}

std::variant<QStringList, HttpResponse> requiredFields(const QJsonObject &body,
                                                       std::initializer_list<QString> names)
{
    return requiredValues(names,
                          [&body](const QString &name) { return requiredField(body, name); });
}

std::variant<QStringList, HttpResponse> requiredQueries(const HttpRequest &request,
                                                        std::initializer_list<QString> names)
{
    return requiredValues(names,
                          [&request](const QString &name) { return requiredQuery(request, name); });
}

// `{field: items}`, or `{}` without items: the service leaves empty lists out.
QJsonObject listBody(QLatin1StringView field, const QJsonArray &items)
{
    QJsonObject body;
    if (!items.isEmpty())
        body.insert(field, items);
    return body;
}

QString scopeMissing(const QString &scope)
{
    return u"Scope %1 does not exist!"_s.arg(scope);
}

// Azure AD access tokens are JWTs; Databricks personal access tokens are not.
bool carriesJwt(const HttpRequest &request)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    const QByteArray token = authorization.mid(7).trimmed();
    return token.startsWith("eyJ") && token.count('.') == 2;
}

} // namespace

SecretsApi::SecretsApi(SecretsStore &store, EmulatorClock &clock, const SecretsCaller &caller)
    : m_store(store)
    , m_clock(clock)
    , m_caller(caller)
{}

void SecretsApi::registerRoutes(Router &router)
{
    const auto post = [&](const char *path,
                          HttpResponse (SecretsApi::*handler)(const HttpRequest &)) {
        router.route("POST", kBase + QLatin1StringView(path),
                     [this, handler](const HttpRequest &r) { return (this->*handler)(r); });
    };
    const auto get = [&](const char *path,
                         HttpResponse (SecretsApi::*handler)(const HttpRequest &) const) {
        router.route("GET", kBase + QLatin1StringView(path),
                     [this, handler](const HttpRequest &r) { return (this->*handler)(r); });
    };
    post("scopes/create", &SecretsApi::createScope);
    get("scopes/list", &SecretsApi::listScopes);
    post("scopes/delete", &SecretsApi::deleteScope);
    post("put", &SecretsApi::putSecret);
    get("list", &SecretsApi::listSecrets);
    post("delete", &SecretsApi::deleteSecret);
    get("get", &SecretsApi::getSecret);
    post("acls/put", &SecretsApi::putAcl);
    get("acls/get", &SecretsApi::getAcl);
    get("acls/list", &SecretsApi::listAcls);
    post("acls/delete", &SecretsApi::deleteAcl);
}

void SecretsApi::seed(const SeedContext &context)
{
    DemoSeed::seedSecrets(m_store, context.userName, m_clock.now(), context.demo());
}

bool SecretsApi::isValidScopeName(const QString &name)
{
    static const QRegularExpression rule(u"^[A-Za-z0-9_.@-]{1,128}$"_s);
    return rule.match(name).hasMatch();
}

bool SecretsApi::isValidKeyName(const QString &name)
{
    static const QRegularExpression rule(u"^[A-Za-z0-9_.-]{1,128}$"_s);
    return rule.match(name).hasMatch();
}

std::optional<HttpResponse> SecretsApi::require(const QString &scope, SecretPermission needed) const
{
    if (!m_store.findScope(scope))
        return notFound(scopeMissing(scope));
    const auto level = m_store.permission(scope, m_caller);
    if (!level || *level < needed)
        return permissionDenied(u"User %1 does not have %2 permission on scope %3."_s.arg(
            m_caller.userName, SecretsStore::permissionName(needed), scope));
    return std::nullopt;
}

HttpResponse SecretsApi::createScope(const HttpRequest &request)
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const auto required = requiredFields(*body, {u"scope"_s});
    if (const auto *failure = std::get_if<HttpResponse>(&required))
        return *failure;
    const QStringList &values = std::get<QStringList>(required);
    const QString name = values.at(0);
    if (!isValidScopeName(name))
        return invalidParameter(
            u"Scope name %1 is invalid: it must consist of alphanumeric characters, dashes, "
            "underscores, periods and @, and may not exceed 128 characters."_s.arg(name));

    // "users" is the only principal the service accepts here; without one the
    // creator gets MANAGE.
    const QString initialManage = body->value("initial_manage_principal"_L1).toString();
    if (!initialManage.isEmpty() && initialManage != "users"_L1)
        return invalidParameter(
            u"Invalid initial_manage_principal %1: only \"users\" is supported."_s.arg(
                initialManage));

    const QString backendType = body->value("scope_backend_type"_L1).toString(u"DATABRICKS"_s);
    SecretScopeBackend backend = SecretScopeBackend::Databricks;
    QString resourceId;
    QString dnsName;
    if (backendType == "AZURE_KEYVAULT"_L1) {
        // A Key Vault scope is created on the caller's behalf in Azure, so it
        // takes an Azure AD token, never a personal access token.
        if (!carriesJwt(request))
            return invalidParameter(u"Scope with Azure KeyVault must have userAADToken defined!"_s);
        const QJsonObject keyVault = body->value("backend_azure_keyvault"_L1).toObject();
        resourceId = keyVault.value("resource_id"_L1).toString();
        dnsName = keyVault.value("dns_name"_L1).toString();
        if (resourceId.isEmpty() || dnsName.isEmpty())
            return invalidParameter(
                u"backend_azure_keyvault must have resource_id and dns_name defined."_s);
        backend = SecretScopeBackend::AzureKeyVault;
    } else if (backendType != "DATABRICKS"_L1) {
        return invalidParameter(u"Invalid scope_backend_type %1: expected DATABRICKS or "
                                "AZURE_KEYVAULT."_s.arg(backendType));
    }

    if (m_store.findScope(name))
        return resourceAlreadyExists(u"Scope %1 already exists!"_s.arg(name));
    if (m_store.scopeCount() >= SecretsStore::kMaxScopes)
        return resourceLimitExceeded(
            u"Cannot create scope %1: the workspace already has the maximum of %2 secret scopes."_s
                .arg(name)
                .arg(SecretsStore::kMaxScopes));
    m_store.createScope(name, backend, initialManage.isEmpty() ? m_caller.userName : initialManage,
                        resourceId, dnsName);
    return HttpResponse::json({});
}

HttpResponse SecretsApi::listScopes(const HttpRequest &request) const
{
    Q_UNUSED(request);
    QJsonArray scopes;
    for (const SecretScope *scope : m_store.scopes()) {
        QJsonObject entry{{"name"_L1, scope->name},
                          {"backend_type"_L1, SecretsStore::backendName(scope->backend)}};
        if (scope->backend == SecretScopeBackend::AzureKeyVault)
            entry.insert("keyvault_metadata"_L1,
                         QJsonObject{{"resource_id"_L1, scope->keyVaultResourceId},
                                     {"dns_name"_L1, scope->keyVaultDnsName}});
        scopes.append(entry);
    }
    // scopes/list answers `scopes`, omitted when there are none.
    return HttpResponse::json(listBody("scopes"_L1, scopes));
}

HttpResponse SecretsApi::deleteScope(const HttpRequest &request)
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const auto required = requiredFields(*body, {u"scope"_s});
    if (const auto *failure = std::get_if<HttpResponse>(&required))
        return *failure;
    const QStringList &values = std::get<QStringList>(required);
    const QString name = values.at(0);
    if (auto failure = require(name, SecretPermission::Manage))
        return *failure;
    m_store.deleteScope(name);
    return HttpResponse::json({});
}

HttpResponse SecretsApi::putSecret(const HttpRequest &request)
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const auto required = requiredFields(*body, {u"scope"_s, u"key"_s});
    if (const auto *failure = std::get_if<HttpResponse>(&required))
        return *failure;
    const QStringList &values = std::get<QStringList>(required);
    const QString scopeName = values.at(0);
    const QString keyName = values.at(1);

    const bool hasString = body->contains("string_value"_L1);
    const bool hasBytes = body->contains("bytes_value"_L1);
    if (hasString == hasBytes)
        return malformedRequest(u"Exactly one of string_value or bytes_value must be set."_s);
    QByteArray value;
    if (hasString) {
        const QJsonValue sent = body->value("string_value"_L1);
        if (!sent.isString())
            return malformedRequest(
                u"Could not parse request object: Expected a string for field 'string_value'"_s);
        value = sent.toString().toUtf8();
    } else {
        const QJsonValue sent = body->value("bytes_value"_L1);
        const auto decoded = QByteArray::fromBase64Encoding(
            sent.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!sent.isString() || !decoded)
            return malformedRequest(u"bytes_value must be base64-encoded."_s);
        value = decoded.decoded;
    }

    if (auto failure = require(scopeName, SecretPermission::Write))
        return *failure;
    const SecretScope *found = m_store.findScope(scopeName);
    if (found->readOnly())
        return badRequest(u"Scope %1 is backed by Azure Key Vault and is read-only: manage its "
                          "secrets in Azure Key Vault."_s.arg(found->name));
    if (!isValidKeyName(keyName))
        return invalidParameter(
            u"Secret key %1 is invalid: it must consist of alphanumeric characters, dashes, "
            "underscores and periods, and may not exceed 128 characters."_s.arg(keyName));
    if (value.size() > SecretsStore::kMaxValueBytes)
        return invalidParameter(u"Size of the secret value (%1 bytes) exceeds the limit of %2 "
                                "bytes (128 KB)."_s.arg(value.size())
                                    .arg(SecretsStore::kMaxValueBytes));
    if (!found->secrets.count(keyName) &&
        qsizetype(found->secrets.size()) >= SecretsStore::kMaxSecretsPerScope)
        return resourceLimitExceeded(
            u"Cannot put secret %1: scope %2 already holds the maximum of %3 secrets."_s
                .arg(keyName, found->name)
                .arg(SecretsStore::kMaxSecretsPerScope));
    m_store.putSecret(scopeName, keyName, value);
    return HttpResponse::json({});
}

HttpResponse SecretsApi::listSecrets(const HttpRequest &request) const
{
    const auto required = requiredQueries(request, {u"scope"_s});
    if (const auto *failure = std::get_if<HttpResponse>(&required))
        return *failure;
    const QStringList &values = std::get<QStringList>(required);
    const QString scopeName = values.at(0);
    if (auto failure = require(scopeName, SecretPermission::Read))
        return *failure;
    QJsonArray secrets;
    for (const auto &[key, entry] : m_store.findScope(scopeName)->secrets)
        secrets.append(QJsonObject{{"key"_L1, entry.key},
                                   {"last_updated_timestamp"_L1, entry.lastUpdatedTime}});
    // list answers metadata only, and `{}` for a scope without secrets.
    return HttpResponse::json(listBody("secrets"_L1, secrets));
}

HttpResponse SecretsApi::deleteSecret(const HttpRequest &request)
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const auto required = requiredFields(*body, {u"scope"_s, u"key"_s});
    if (const auto *failure = std::get_if<HttpResponse>(&required))
        return *failure;
    const QStringList &values = std::get<QStringList>(required);
    const QString scopeName = values.at(0);
    const QString keyName = values.at(1);
    if (auto failure = require(scopeName, SecretPermission::Write))
        return *failure;
    const SecretScope *found = m_store.findScope(scopeName);
    if (found->readOnly())
        return badRequest(u"Scope %1 is backed by Azure Key Vault and is read-only: manage its "
                          "secrets in Azure Key Vault."_s.arg(found->name));
    if (!m_store.deleteSecret(scopeName, keyName))
        return notFound(
            u"Secret does not exist with scope: %1 and key: %2"_s.arg(scopeName, keyName));
    return HttpResponse::json({});
}

HttpResponse SecretsApi::getSecret(const HttpRequest &request) const
{
    const auto required = requiredQueries(request, {u"scope"_s, u"key"_s});
    if (const auto *failure = std::get_if<HttpResponse>(&required))
        return *failure;
    const QStringList &values = std::get<QStringList>(required);
    const QString scopeName = values.at(0);
    const QString keyName = values.at(1);
    if (auto failure = require(scopeName, SecretPermission::Read))
        return *failure;
    if (!m_store.secretValuesReadable())
        return badRequest(u"Secret values can only be read from a notebook or job with "
                          "dbutils.secrets.get; a user cannot get them through the REST API."_s);
    const SecretScope *found = m_store.findScope(scopeName);
    const auto it = found->secrets.find(keyName);
    if (it == found->secrets.end())
        return notFound(
            u"Secret does not exist with scope: %1 and key: %2"_s.arg(scopeName, keyName));
    return HttpResponse::json(
        QJsonObject{{"key"_L1, it->second.key},
                    {"value"_L1, QString::fromLatin1(it->second.value.toBase64())}});
}

HttpResponse SecretsApi::putAcl(const HttpRequest &request)
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const auto required = requiredFields(*body, {u"scope"_s, u"principal"_s, u"permission"_s});
    if (const auto *failure = std::get_if<HttpResponse>(&required))
        return *failure;
    const QStringList &values = std::get<QStringList>(required);
    const QString scopeName = values.at(0);
    const auto permission = SecretsStore::parsePermission(values.at(2));
    if (!permission)
        return invalidParameter(
            u"Invalid permission %1: expected MANAGE, WRITE or READ."_s.arg(values.at(2)));
    if (auto failure = require(scopeName, SecretPermission::Manage))
        return *failure;
    // acls/put creates the entry or overwrites the principal's level.
    m_store.putAcl(scopeName, values.at(1), *permission);
    return HttpResponse::json({});
}

HttpResponse SecretsApi::getAcl(const HttpRequest &request) const
{
    const auto required = requiredQueries(request, {u"scope"_s, u"principal"_s});
    if (const auto *failure = std::get_if<HttpResponse>(&required))
        return *failure;
    const QStringList &values = std::get<QStringList>(required);
    const QString scopeName = values.at(0);
    const QString principalName = values.at(1);
    if (auto failure = require(scopeName, SecretPermission::Manage))
        return *failure;
    const SecretAcl *acl = m_store.findScope(scopeName)->acl(principalName);
    if (!acl)
        return notFound(
            u"ACL for principal %1 on scope %2 does not exist!"_s.arg(principalName, scopeName));
    return HttpResponse::json(
        QJsonObject{{"principal"_L1, acl->principal},
                    {"permission"_L1, SecretsStore::permissionName(acl->permission)}});
}

HttpResponse SecretsApi::listAcls(const HttpRequest &request) const
{
    const auto required = requiredQueries(request, {u"scope"_s});
    if (const auto *failure = std::get_if<HttpResponse>(&required))
        return *failure;
    const QStringList &values = std::get<QStringList>(required);
    const QString scopeName = values.at(0);
    if (auto failure = require(scopeName, SecretPermission::Manage))
        return *failure;
    QJsonArray items;
    for (const SecretAcl &acl : m_store.findScope(scopeName)->acls)
        items.append(QJsonObject{{"principal"_L1, acl.principal},
                                 {"permission"_L1, SecretsStore::permissionName(acl.permission)}});
    // acls/list answers `items`, omitted when empty.
    return HttpResponse::json(listBody("items"_L1, items));
}

HttpResponse SecretsApi::deleteAcl(const HttpRequest &request)
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const auto required = requiredFields(*body, {u"scope"_s, u"principal"_s});
    if (const auto *failure = std::get_if<HttpResponse>(&required))
        return *failure;
    const QStringList &values = std::get<QStringList>(required);
    const QString scopeName = values.at(0);
    const QString principalName = values.at(1);
    if (auto failure = require(scopeName, SecretPermission::Manage))
        return *failure;
    if (!m_store.deleteAcl(scopeName, principalName))
        return notFound(
            u"ACL for principal %1 on scope %2 does not exist!"_s.arg(principalName, scopeName));
    return HttpResponse::json({});
}

} // namespace brickdesk::emulator
