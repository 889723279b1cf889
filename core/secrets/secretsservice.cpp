#include "core/secrets/secretsservice.h"

#include "core/net/apiclient.h"
#include "core/net/apirequest.h"
#include "core/net/replyhandlers.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace brickdesk {

SecretsService::SecretsService(ApiClient *client)
    : m_client(client)
{}

ApiClient *SecretsService::client() const
{
    return m_client;
}

ApiCall *SecretsService::listScopes(QObject *context, ScopesDone done) const
{
    // "scopes" is left out when there are none.
    return m_client->send(ApiRequest::get(u"/api/2.0/secrets/scopes/list"_s), context,
                          listOf("scopes"_L1, &SecretScope::fromJson, std::move(done)));
}

ApiCall *SecretsService::createScope(const QString &scope, bool manageByAllUsers, QObject *context,
                                     Done done) const
{
    QJsonObject body{{u"scope"_s, scope}, {u"scope_backend_type"_s, u"DATABRICKS"_s}};
    if (manageByAllUsers)
        body.insert(u"initial_manage_principal"_s, u"users"_s);
    // Not idempotent: a repeat after a lost answer fails with
    // RESOURCE_ALREADY_EXISTS, so the client does not repeat it.
    return m_client->send(ApiRequest::post(u"/api/2.0/secrets/scopes/create"_s, body), context,
                          noBody(std::move(done)));
}

ApiCall *SecretsService::deleteScope(const QString &scope, QObject *context, Done done) const
{
    return m_client->send(
        ApiRequest::post(u"/api/2.0/secrets/scopes/delete"_s, {{u"scope"_s, scope}}), context,
        noBody(std::move(done)));
}

ApiCall *SecretsService::listKeys(const QString &scope, QObject *context, KeysDone done) const
{
    // An empty scope answers {}.
    return m_client->send(ApiRequest::get(u"/api/2.0/secrets/list"_s).query(u"scope"_s, scope),
                          context, listOf("secrets"_L1, &SecretKeyInfo::fromJson, std::move(done)));
}

ApiCall *SecretsService::putSecret(const QString &scope, const QString &key, const Value &value,
                                   QObject *context, Done done) const
{
    QJsonObject body{{u"scope"_s, scope}, {u"key"_s, key}};
    if (value.isText)
        body.insert(u"string_value"_s, QString::fromUtf8(value.bytes));
    else
        body.insert(u"bytes_value"_s, QString::fromLatin1(value.bytes.toBase64()));
    // put overwrites, so repeating it after a lost answer is safe.
    return m_client->send(ApiRequest::post(u"/api/2.0/secrets/put"_s, body).idempotent(true),
                          context, noBody(std::move(done)));
}

ApiCall *SecretsService::deleteSecret(const QString &scope, const QString &key, QObject *context,
                                      Done done) const
{
    return m_client->send(
        ApiRequest::post(u"/api/2.0/secrets/delete"_s, {{u"scope"_s, scope}, {u"key"_s, key}}),
        context, noBody(std::move(done)));
}

ApiCall *SecretsService::getSecretValue(const QString &scope, const QString &key, QObject *context,
                                        ValueDone done) const
{
    const auto request =
        ApiRequest::get(u"/api/2.0/secrets/get"_s).query(u"scope"_s, scope).query(u"key"_s, key);
    // The value comes base64-encoded, whether it was put as text or bytes.
    return m_client->send(request, context,
                          oneObject(
                              [](const QJsonObject &json) {
                                  return QByteArray::fromBase64(
                                      json.value("value"_L1).toString().toLatin1());
                              },
                              std::move(done)));
}

ApiCall *SecretsService::listAcls(const QString &scope, QObject *context, AclsDone done) const
{
    // The list is under "items" and left out when empty.
    return m_client->send(ApiRequest::get(u"/api/2.0/secrets/acls/list"_s).query(u"scope"_s, scope),
                          context, listOf("items"_L1, &SecretAcl::fromJson, std::move(done)));
}

ApiCall *SecretsService::putAcl(const QString &scope, const SecretAcl &acl, QObject *context,
                                Done done) const
{
    const QJsonObject body{{u"scope"_s, scope},
                           {u"principal"_s, acl.principal},
                           {u"permission"_s, secretPermissionName(acl.permission)}};
    // acls/put overwrites the principal's level: safe to repeat.
    return m_client->send(ApiRequest::post(u"/api/2.0/secrets/acls/put"_s, body).idempotent(true),
                          context, noBody(std::move(done)));
}

ApiCall *SecretsService::deleteAcl(const QString &scope, const QString &principal, QObject *context,
                                   Done done) const
{
    return m_client->send(ApiRequest::post(u"/api/2.0/secrets/acls/delete"_s,
                                           {{u"scope"_s, scope}, {u"principal"_s, principal}}),
                          context, noBody(std::move(done)));
}

bool SecretsService::isValueReadingRefused(const ApiError &error)
{
    return error.httpStatus == 400 && error.errorCode == "BAD_REQUEST"_L1;
}

} // namespace brickdesk
