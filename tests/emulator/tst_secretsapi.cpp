// Secrets API over real loopback HTTP: every endpoint, every documented error
// (status and error_code), name rules, limits, value encodings, the get knob,
// Azure Key Vault scopes and permission checks for a non-admin user.
#include "tests/emulator/emulatorfixture.h"

#include "core/emulator/demoseed.h"
#include "core/emulator/secretsstore.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;
using namespace brickdesk::emulator;
using brickdesk::test::EmulatorFixture;
using brickdesk::test::query;
using brickdesk::test::RawResponse;

namespace {

const QString kCreate = u"/api/2.0/secrets/scopes/create"_s;
const QString kScopes = u"/api/2.0/secrets/scopes/list"_s;
const QString kDeleteScope = u"/api/2.0/secrets/scopes/delete"_s;
const QString kPut = u"/api/2.0/secrets/put"_s;
const QString kList = u"/api/2.0/secrets/list"_s;
const QString kDelete = u"/api/2.0/secrets/delete"_s;
const QString kGet = u"/api/2.0/secrets/get"_s;
const QString kAclPut = u"/api/2.0/secrets/acls/put"_s;
const QString kAclGet = u"/api/2.0/secrets/acls/get"_s;
const QString kAclList = u"/api/2.0/secrets/acls/list"_s;
const QString kAclDelete = u"/api/2.0/secrets/acls/delete"_s;
const QString kMe = u"demo@brickdesk.dev"_s;
// Shaped like an Azure AD access token (a JWT); accepted as the PAT in tests.
const QByteArray kAadToken = "eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJkZW1vIn0.c2lnbmF0dXJl";

void compareError(const RawResponse &response, int status, const char *code,
                  const QString &message = {})
{
    QCOMPARE(response.status, status);
    QCOMPARE(response.json.value("error_code"_L1).toString(), QLatin1StringView(code));
    if (!message.isEmpty())
        QCOMPARE(response.json.value("message"_L1).toString(), message);
    else
        QVERIFY(!response.json.value("message"_L1).toString().isEmpty());
}

void compareOk(const RawResponse &response)
{
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
}

QStringList scopeNames(const RawResponse &response)
{
    QStringList out;
    for (const QJsonValue &value : response.json.value("scopes"_L1).toArray())
        out.append(value.toObject().value("name"_L1).toString());
    return out;
}

QStringList keys(const RawResponse &response)
{
    QStringList out;
    for (const QJsonValue &value : response.json.value("secrets"_L1).toArray())
        out.append(value.toObject().value("key"_L1).toString());
    return out;
}

QMap<QString, QString> aclMap(const RawResponse &response)
{
    QMap<QString, QString> out;
    for (const QJsonValue &value : response.json.value("items"_L1).toArray())
        out.insert(value.toObject().value("principal"_L1).toString(),
                   value.toObject().value("permission"_L1).toString());
    return out;
}

RawResponse createScope(const EmulatorFixture &fixture, const QString &name)
{
    return fixture.post(kCreate, {{"scope"_L1, name}});
}

RawResponse put(const EmulatorFixture &fixture, const QString &scope, const QString &key,
                const QString &value)
{
    return fixture.post(kPut, {{"scope"_L1, scope}, {"key"_L1, key}, {"string_value"_L1, value}});
}

RawResponse getSecret(const EmulatorFixture &fixture, const QString &scope, const QString &key)
{
    return fixture.get(kGet, query({{u"scope"_s, scope}, {u"key"_s, key}}));
}

} // namespace

class TestSecretsApi : public QObject
{
    Q_OBJECT
private slots:
    void emptyWorkspaceAnswersEmptyObjects();
    void createListDeleteScope();
    void duplicateScopeIgnoresCase();
    void scopeNameRules_data();
    void scopeNameRules();
    void initialManagePrincipal();
    void scopeLimit();
    void azureKeyVaultScopes();
    void putListGetDelete();
    void putOverwriteUpdatesTimestamp();
    void putNeedsExactlyOneValue();
    void bytesAndStringRoundTrip();
    void keyNameRules_data();
    void keyNameRules();
    void valueSizeBoundary();
    void secretsPerScopeLimit();
    void missingScopeAndKey();
    void getKnob();
    void acls();
    void aclPermissionValidation();
    void nonAdminPermissions();
    void groupMembershipCounts();
    void missingFieldsAndMalformedBodies();
    void wrongMethodIsEndpointNotFound();
    void demoSeed();
    void demoJobsReferenceSecrets();
};

void TestSecretsApi::emptyWorkspaceAnswersEmptyObjects()
{
    EmulatorFixture fixture;
    RawResponse response = fixture.get(kScopes);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
    compareOk(createScope(fixture, u"empty"_s));
    response = fixture.get(kList, query({{u"scope"_s, u"empty"_s}}));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
    // Without any ACL entry acls/list answers {} too.
    compareOk(fixture.post(kAclDelete, {{"scope"_L1, u"empty"_s}, {"principal"_L1, kMe}}));
    response = fixture.get(kAclList, query({{u"scope"_s, u"empty"_s}}));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
}

void TestSecretsApi::createListDeleteScope()
{
    EmulatorFixture fixture;
    compareOk(createScope(fixture, u"beta"_s));
    compareOk(fixture.post(kCreate,
                           {{"scope"_L1, u"Alpha"_s}, {"scope_backend_type"_L1, u"DATABRICKS"_s}}));
    RawResponse response = fixture.get(kScopes);
    QCOMPARE(response.status, 200);
    QCOMPARE(scopeNames(response), (QStringList{u"Alpha"_s, u"beta"_s}));
    const QJsonObject first = response.json.value("scopes"_L1).toArray().first().toObject();
    QCOMPARE(first, (QJsonObject{{"name"_L1, u"Alpha"_s}, {"backend_type"_L1, u"DATABRICKS"_s}}));

    compareOk(fixture.post(kDeleteScope, {{"scope"_L1, u"beta"_s}}));
    QCOMPARE(scopeNames(fixture.get(kScopes)), QStringList{u"Alpha"_s});
    compareError(fixture.post(kDeleteScope, {{"scope"_L1, u"beta"_s}}), 404,
                 "RESOURCE_DOES_NOT_EXIST", u"Scope beta does not exist!"_s);
}

void TestSecretsApi::duplicateScopeIgnoresCase()
{
    EmulatorFixture fixture;
    compareOk(createScope(fixture, u"my_scope"_s));
    compareError(createScope(fixture, u"my_scope"_s), 400, "RESOURCE_ALREADY_EXISTS",
                 u"Scope my_scope already exists!"_s);
    compareError(createScope(fixture, u"MY_Scope"_s), 400, "RESOURCE_ALREADY_EXISTS",
                 u"Scope MY_Scope already exists!"_s);
    // Lookups ignore case as well.
    compareOk(put(fixture, u"My_Scope"_s, u"k"_s, u"v"_s));
    QCOMPARE(keys(fixture.get(kList, query({{u"scope"_s, u"MY_SCOPE"_s}}))), QStringList{u"k"_s});
    QCOMPARE(fixture.emulator().secrets().scopeCount(), 1);
}

void TestSecretsApi::scopeNameRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"prod"_s << true;
    QTest::newRow("all allowed") << u"a-b_c.d@e.com9"_s << true;
    QTest::newRow("at sign") << u"team@finance"_s << true;
    QTest::newRow("one char") << u"x"_s << true;
    QTest::newRow("128 chars") << QString(128, u'a') << true;
    QTest::newRow("129 chars") << QString(129, u'a') << false;
    QTest::newRow("space") << u"my scope"_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("colon") << u"a:b"_s << false;
    QTest::newRow("non-ascii") << u"café"_s << false;
}

void TestSecretsApi::scopeNameRules()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    EmulatorFixture fixture;
    const RawResponse response = createScope(fixture, name);
    if (valid) {
        compareOk(response);
        QCOMPARE(scopeNames(fixture.get(kScopes)), QStringList{name});
    } else {
        compareError(response, 400, "INVALID_PARAMETER_VALUE");
        QCOMPARE(fixture.emulator().secrets().scopeCount(), 0);
    }
}

void TestSecretsApi::initialManagePrincipal()
{
    EmulatorFixture fixture;
    // Without one, the creator gets MANAGE.
    compareOk(createScope(fixture, u"mine"_s));
    QCOMPARE(aclMap(fixture.get(kAclList, query({{u"scope"_s, u"mine"_s}}))),
             (QMap<QString, QString>{{kMe, u"MANAGE"_s}}));
    // "users" is accepted and gets MANAGE instead.
    compareOk(fixture.post(
        kCreate, {{"scope"_L1, u"everyone"_s}, {"initial_manage_principal"_L1, u"users"_s}}));
    QCOMPARE(aclMap(fixture.get(kAclList, query({{u"scope"_s, u"everyone"_s}}))),
             (QMap<QString, QString>{{u"users"_s, u"MANAGE"_s}}));
    // Anything else is refused.
    compareError(fixture.post(kCreate, {{"scope"_L1, u"other"_s},
                                        {"initial_manage_principal"_L1, u"admins"_s}}),
                 400, "INVALID_PARAMETER_VALUE");
    QVERIFY(!fixture.emulator().secrets().findScope(u"other"_s));
}

void TestSecretsApi::scopeLimit()
{
    EmulatorFixture fixture;
    SecretsStore &store = fixture.emulator().secrets();
    for (int i = 0; i < SecretsStore::kMaxScopes - 1; ++i)
        store.createScope(u"scope-%1"_s.arg(i), SecretScopeBackend::Databricks, kMe);
    compareOk(createScope(fixture, u"the-last-one"_s)); // the 1000th
    QCOMPARE(store.scopeCount(), 1000);
    compareError(createScope(fixture, u"one-too-many"_s), 400, "RESOURCE_LIMIT_EXCEEDED");
    // An existing name is still reported as such.
    compareError(createScope(fixture, u"scope-1"_s), 400, "RESOURCE_ALREADY_EXISTS");
    compareOk(fixture.post(kDeleteScope, {{"scope"_L1, u"scope-1"_s}}));
    compareOk(createScope(fixture, u"one-too-many"_s));
}

void TestSecretsApi::azureKeyVaultScopes()
{
    EmulatorFixture fixture;
    const QJsonObject request{
        {"scope"_L1, u"kv"_s},
        {"scope_backend_type"_L1, u"AZURE_KEYVAULT"_s},
        {"backend_azure_keyvault"_L1,
         QJsonObject{{"resource_id"_L1, u"/subscriptions/s/resourceGroups/g/providers/"
                                        "Microsoft.KeyVault/vaults/kv"_s},
                     {"dns_name"_L1, u"https://kv.vault.azure.net/"_s}}}};
    // A personal access token cannot create one.
    compareError(fixture.post(kCreate, request), 400, "INVALID_PARAMETER_VALUE",
                 u"Scope with Azure KeyVault must have userAADToken defined!"_s);

    // An Azure AD token (a JWT) can.
    fixture.emulator().setAcceptedToken(kAadToken);
    const test::RawHeaders headers{{"Authorization", "Bearer " + kAadToken},
                                   {"Content-Type", "application/json"}};
    RawResponse response =
        test::rawRequest("POST", fixture.url(kCreate),
                         QJsonDocument(request).toJson(QJsonDocument::Compact), headers);
    compareOk(response);
    QJsonObject missing = request;
    missing.insert("scope"_L1, u"kv2"_s);
    missing.remove("backend_azure_keyvault"_L1);
    compareError(test::rawRequest("POST", fixture.url(kCreate),
                                  QJsonDocument(missing).toJson(QJsonDocument::Compact), headers),
                 400, "INVALID_PARAMETER_VALUE");
    fixture.emulator().setAcceptedToken(QByteArray(test::kTestToken));

    response = fixture.get(kScopes);
    const QJsonObject scope = response.json.value("scopes"_L1).toArray().first().toObject();
    QCOMPARE(scope.value("backend_type"_L1).toString(), u"AZURE_KEYVAULT"_s);
    QCOMPARE(scope.value("keyvault_metadata"_L1).toObject(),
             request.value("backend_azure_keyvault"_L1).toObject());

    // Read-only: put and delete are BAD_REQUEST, reads work.
    compareError(put(fixture, u"kv"_s, u"k"_s, u"v"_s), 400, "BAD_REQUEST");
    fixture.emulator().secrets().putSecret(u"kv"_s, u"from-vault"_s, "vault value");
    compareError(fixture.post(kDelete, {{"scope"_L1, u"kv"_s}, {"key"_L1, u"from-vault"_s}}), 400,
                 "BAD_REQUEST");
    QCOMPARE(keys(fixture.get(kList, query({{u"scope"_s, u"kv"_s}}))),
             QStringList{u"from-vault"_s});
    QCOMPARE(getSecret(fixture, u"kv"_s, u"from-vault"_s).json.value("value"_L1).toString(),
             QString::fromLatin1(QByteArray("vault value").toBase64()));

    // An unknown backend type is refused.
    compareError(fixture.post(kCreate, {{"scope"_L1, u"x"_s}, {"scope_backend_type"_L1, u"S3"_s}}),
                 400, "INVALID_PARAMETER_VALUE");
}

void TestSecretsApi::putListGetDelete()
{
    EmulatorFixture fixture;
    fixture.emulator().clock().setFrozen(true);
    const qint64 now = fixture.emulator().clock().now();
    compareOk(createScope(fixture, u"app"_s));
    compareOk(put(fixture, u"app"_s, u"db-password"_s, u"hunter2"_s));
    compareOk(put(fixture, u"app"_s, u"api.key"_s, u"k-123"_s));

    RawResponse response = fixture.get(kList, query({{u"scope"_s, u"app"_s}}));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value("secrets"_L1).toArray(),
             (QJsonArray{
                 QJsonObject{{"key"_L1, u"api.key"_s}, {"last_updated_timestamp"_L1, now}},
                 QJsonObject{{"key"_L1, u"db-password"_s}, {"last_updated_timestamp"_L1, now}}}));
    QVERIFY(!response.body.contains("hunter2")); // metadata only

    response = getSecret(fixture, u"app"_s, u"db-password"_s);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json,
             (QJsonObject{{"key"_L1, u"db-password"_s}, {"value"_L1, u"aHVudGVyMg=="_s}}));

    compareOk(fixture.post(kDelete, {{"scope"_L1, u"app"_s}, {"key"_L1, u"db-password"_s}}));
    QCOMPARE(keys(fixture.get(kList, query({{u"scope"_s, u"app"_s}}))), QStringList{u"api.key"_s});
    compareError(fixture.post(kDelete, {{"scope"_L1, u"app"_s}, {"key"_L1, u"db-password"_s}}), 404,
                 "RESOURCE_DOES_NOT_EXIST");
    compareError(getSecret(fixture, u"app"_s, u"db-password"_s), 404, "RESOURCE_DOES_NOT_EXIST");
}

void TestSecretsApi::putOverwriteUpdatesTimestamp()
{
    EmulatorFixture fixture;
    EmulatorClock &clock = fixture.emulator().clock();
    clock.setFrozen(true);
    compareOk(createScope(fixture, u"s"_s));
    compareOk(put(fixture, u"s"_s, u"k"_s, u"one"_s));
    const qint64 first = clock.now();
    clock.advance(60'000);
    compareOk(put(fixture, u"s"_s, u"k"_s, u"two"_s));
    const QJsonArray secrets =
        fixture.get(kList, query({{u"scope"_s, u"s"_s}})).json.value("secrets"_L1).toArray();
    QCOMPARE(secrets.size(), 1);
    QCOMPARE(secrets.first().toObject().value("last_updated_timestamp"_L1).toInteger(),
             first + 60'000);
    QCOMPARE(getSecret(fixture, u"s"_s, u"k"_s).json.value("value"_L1).toString(),
             QString::fromLatin1(QByteArray("two").toBase64()));
}

void TestSecretsApi::putNeedsExactlyOneValue()
{
    EmulatorFixture fixture;
    compareOk(createScope(fixture, u"s"_s));
    compareError(fixture.post(kPut, {{"scope"_L1, u"s"_s}, {"key"_L1, u"k"_s}}), 400,
                 "MALFORMED_REQUEST");
    compareError(fixture.post(kPut, {{"scope"_L1, u"s"_s},
                                     {"key"_L1, u"k"_s},
                                     {"string_value"_L1, u"a"_s},
                                     {"bytes_value"_L1, u"YQ=="_s}}),
                 400, "MALFORMED_REQUEST");
    compareError(
        fixture.post(
            kPut, {{"scope"_L1, u"s"_s}, {"key"_L1, u"k"_s}, {"bytes_value"_L1, u"not base64!"_s}}),
        400, "MALFORMED_REQUEST");
    QVERIFY(fixture.emulator().secrets().findScope(u"s"_s)->secrets.empty());
    // An empty string is a value.
    compareOk(put(fixture, u"s"_s, u"empty"_s, QString()));
    QCOMPARE(getSecret(fixture, u"s"_s, u"empty"_s).json.value("value"_L1).toString(), QString());
}

void TestSecretsApi::bytesAndStringRoundTrip()
{
    EmulatorFixture fixture;
    compareOk(createScope(fixture, u"s"_s));
    // string_value comes back as base64 of its UTF-8 bytes.
    const QString text = u"test-value\nwith-newlines\n é"_s;
    compareOk(put(fixture, u"s"_s, u"text"_s, text));
    QCOMPARE(getSecret(fixture, u"s"_s, u"text"_s).json.value("value"_L1).toString(),
             QString::fromLatin1(text.toUtf8().toBase64()));
    // bytes_value is base64 in and comes back verbatim.
    const QByteArray binary = QByteArray::fromHex("00ff10803f7e");
    const QString encoded = QString::fromLatin1(binary.toBase64());
    compareOk(fixture.post(
        kPut, {{"scope"_L1, u"s"_s}, {"key"_L1, u"bin"_s}, {"bytes_value"_L1, encoded}}));
    QCOMPARE(getSecret(fixture, u"s"_s, u"bin"_s).json.value("value"_L1).toString(), encoded);
    QCOMPARE(fixture.emulator().secrets().findScope(u"s"_s)->secrets.at(u"bin"_s).value, binary);
}

void TestSecretsApi::keyNameRules_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"password"_s << true;
    QTest::newRow("all allowed") << u"A-b_c.9"_s << true;
    QTest::newRow("128 chars") << QString(128, u'k') << true;
    QTest::newRow("129 chars") << QString(129, u'k') << false;
    QTest::newRow("at sign") << u"a@b"_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("space") << u"a b"_s << false;
}

void TestSecretsApi::keyNameRules()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    EmulatorFixture fixture;
    compareOk(createScope(fixture, u"s"_s));
    const RawResponse response = put(fixture, u"s"_s, key, u"v"_s);
    if (valid) {
        compareOk(response);
        QCOMPARE(keys(fixture.get(kList, query({{u"scope"_s, u"s"_s}}))), QStringList{key});
    } else {
        compareError(response, 400, "INVALID_PARAMETER_VALUE");
        QCOMPARE(fixture.get(kList, query({{u"scope"_s, u"s"_s}})).body, QByteArray("{}"));
    }
}

void TestSecretsApi::valueSizeBoundary()
{
    EmulatorFixture fixture;
    compareOk(createScope(fixture, u"s"_s));
    const QByteArray limit(131072, 'x');
    compareOk(fixture.post(kPut, {{"scope"_L1, u"s"_s},
                                  {"key"_L1, u"max"_s},
                                  {"bytes_value"_L1, QString::fromLatin1(limit.toBase64())}}));
    QCOMPARE(fixture.emulator().secrets().findScope(u"s"_s)->secrets.at(u"max"_s).value.size(),
             131072);
    compareError(put(fixture, u"s"_s, u"over"_s, QString(131073, u'x')), 400,
                 "INVALID_PARAMETER_VALUE");
    // The limit counts bytes, not characters: 65537 two-byte characters are over.
    compareError(put(fixture, u"s"_s, u"over"_s, QString(65537, QChar(0xe9))), 400,
                 "INVALID_PARAMETER_VALUE");
    compareOk(put(fixture, u"s"_s, u"at"_s, QString(65536, QChar(0xe9))));
}

void TestSecretsApi::secretsPerScopeLimit()
{
    EmulatorFixture fixture;
    compareOk(createScope(fixture, u"full"_s));
    SecretsStore &store = fixture.emulator().secrets();
    for (int i = 0; i < SecretsStore::kMaxSecretsPerScope - 1; ++i)
        store.putSecret(u"full"_s, u"key-%1"_s.arg(i), "v");
    compareOk(put(fixture, u"full"_s, u"key-999"_s, u"the 1000th"_s));
    compareError(put(fixture, u"full"_s, u"key-1000"_s, u"v"_s), 400, "RESOURCE_LIMIT_EXCEEDED");
    // Overwriting an existing key is no new secret.
    compareOk(put(fixture, u"full"_s, u"key-0"_s, u"new"_s));
    QCOMPARE(fixture.get(kList, query({{u"scope"_s, u"full"_s}}))
                 .json.value("secrets"_L1)
                 .toArray()
                 .size(),
             1000);
}

void TestSecretsApi::missingScopeAndKey()
{
    EmulatorFixture fixture;
    const QString missing = u"Scope nope does not exist!"_s;
    compareError(put(fixture, u"nope"_s, u"k"_s, u"v"_s), 404, "RESOURCE_DOES_NOT_EXIST", missing);
    compareError(fixture.get(kList, query({{u"scope"_s, u"nope"_s}})), 404,
                 "RESOURCE_DOES_NOT_EXIST", missing);
    compareError(getSecret(fixture, u"nope"_s, u"k"_s), 404, "RESOURCE_DOES_NOT_EXIST", missing);
    compareError(fixture.post(kDelete, {{"scope"_L1, u"nope"_s}, {"key"_L1, u"k"_s}}), 404,
                 "RESOURCE_DOES_NOT_EXIST", missing);
    compareError(fixture.get(kAclList, query({{u"scope"_s, u"nope"_s}})), 404,
                 "RESOURCE_DOES_NOT_EXIST", missing);
    compareError(fixture.post(kAclPut, {{"scope"_L1, u"nope"_s},
                                        {"principal"_L1, u"users"_s},
                                        {"permission"_L1, u"READ"_s}}),
                 404, "RESOURCE_DOES_NOT_EXIST", missing);
    compareOk(createScope(fixture, u"s"_s));
    compareError(getSecret(fixture, u"s"_s, u"k"_s), 404, "RESOURCE_DOES_NOT_EXIST",
                 u"Secret does not exist with scope: s and key: k"_s);
}

void TestSecretsApi::getKnob()
{
    EmulatorFixture fixture;
    compareOk(createScope(fixture, u"s"_s));
    compareOk(put(fixture, u"s"_s, u"k"_s, u"v"_s));
    QCOMPARE(getSecret(fixture, u"s"_s, u"k"_s).status, 200);
    fixture.emulator().secrets().setSecretValuesReadable(false);
    const RawResponse response = getSecret(fixture, u"s"_s, u"k"_s);
    compareError(response, 400, "BAD_REQUEST");
    QVERIFY(response.json.value("message"_L1).toString().contains("dbutils.secrets.get"_L1));
    QVERIFY(!response.body.contains("\"value\""));
    // Metadata stays readable.
    QCOMPARE(keys(fixture.get(kList, query({{u"scope"_s, u"s"_s}}))), QStringList{u"k"_s});
    fixture.emulator().secrets().setSecretValuesReadable(true);
    QCOMPARE(getSecret(fixture, u"s"_s, u"k"_s).status, 200);
}

void TestSecretsApi::acls()
{
    EmulatorFixture fixture;
    compareOk(createScope(fixture, u"s"_s));
    const auto aclPut = [&](const QString &principal, const QString &permission) {
        return fixture.post(
            kAclPut,
            {{"scope"_L1, u"s"_s}, {"principal"_L1, principal}, {"permission"_L1, permission}});
    };
    compareOk(aclPut(u"analysts"_s, u"READ"_s));
    compareOk(aclPut(QLatin1StringView(DemoSeed::kCiDeployerApplicationId), u"WRITE"_s));
    RawResponse response = fixture.get(kAclList, query({{u"scope"_s, u"s"_s}}));
    QCOMPARE(response.status, 200);
    QCOMPARE(aclMap(response),
             (QMap<QString, QString>{
                 {kMe, u"MANAGE"_s},
                 {u"analysts"_s, u"READ"_s},
                 {QLatin1StringView(DemoSeed::kCiDeployerApplicationId), u"WRITE"_s}}));

    // acls/put overwrites an existing entry without a delete first.
    compareOk(aclPut(u"analysts"_s, u"WRITE"_s));
    response = fixture.get(kAclGet, query({{u"scope"_s, u"s"_s}, {u"principal"_s, u"analysts"_s}}));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json,
             (QJsonObject{{"principal"_L1, u"analysts"_s}, {"permission"_L1, u"WRITE"_s}}));
    QCOMPARE(aclMap(fixture.get(kAclList, query({{u"scope"_s, u"s"_s}}))).size(), 3);

    compareOk(fixture.post(kAclDelete, {{"scope"_L1, u"s"_s}, {"principal"_L1, u"analysts"_s}}));
    compareError(
        fixture.get(kAclGet, query({{u"scope"_s, u"s"_s}, {u"principal"_s, u"analysts"_s}})), 404,
        "RESOURCE_DOES_NOT_EXIST");
    compareError(fixture.post(kAclDelete, {{"scope"_L1, u"s"_s}, {"principal"_L1, u"analysts"_s}}),
                 404, "RESOURCE_DOES_NOT_EXIST");
    QVERIFY(!aclMap(fixture.get(kAclList, query({{u"scope"_s, u"s"_s}}))).contains(u"analysts"_s));
}

void TestSecretsApi::aclPermissionValidation()
{
    EmulatorFixture fixture;
    compareOk(createScope(fixture, u"s"_s));
    for (const QString &bad : {u"OWNER"_s, u"read"_s, u"CAN_MANAGE"_s})
        compareError(fixture.post(kAclPut, {{"scope"_L1, u"s"_s},
                                            {"principal"_L1, u"users"_s},
                                            {"permission"_L1, bad}}),
                     400, "INVALID_PARAMETER_VALUE");
    compareError(fixture.post(kAclPut, {{"scope"_L1, u"s"_s}, {"permission"_L1, u"READ"_s}}), 400,
                 "INVALID_PARAMETER_VALUE");
    QCOMPARE(aclMap(fixture.get(kAclList, query({{u"scope"_s, u"s"_s}}))).size(), 1);
}

void TestSecretsApi::nonAdminPermissions()
{
    EmulatorFixture fixture;
    SecretsStore &store = fixture.emulator().secrets();
    store.createScope(u"read-only"_s, SecretScopeBackend::Databricks, u"someone@else.dev"_s);
    store.createScope(u"writable"_s, SecretScopeBackend::Databricks, u"someone@else.dev"_s);
    store.createScope(u"none"_s, SecretScopeBackend::Databricks, u"someone@else.dev"_s);
    store.putSecret(u"read-only"_s, u"k"_s, "v");
    store.putSecret(u"writable"_s, u"k"_s, "v");
    store.putSecret(u"none"_s, u"k"_s, "v");
    store.putAcl(u"read-only"_s, kMe, SecretPermission::Read);
    store.putAcl(u"writable"_s, kMe, SecretPermission::Write);

    // An admin has MANAGE everywhere, ACL entry or not.
    QCOMPARE(fixture.get(kAclList, query({{u"scope"_s, u"none"_s}})).status, 200);

    fixture.emulator().setUserGroups({u"analysts"_s});
    QCOMPARE(fixture.emulator().userGroups(), (QStringList{u"analysts"_s, u"users"_s}));

    // READ: list and get, but no put, delete or ACL calls.
    QCOMPARE(keys(fixture.get(kList, query({{u"scope"_s, u"read-only"_s}}))), QStringList{u"k"_s});
    QCOMPARE(getSecret(fixture, u"read-only"_s, u"k"_s).status, 200);
    compareError(put(fixture, u"read-only"_s, u"k"_s, u"x"_s), 403, "PERMISSION_DENIED");
    compareError(fixture.post(kDelete, {{"scope"_L1, u"read-only"_s}, {"key"_L1, u"k"_s}}), 403,
                 "PERMISSION_DENIED");
    compareError(fixture.get(kAclList, query({{u"scope"_s, u"read-only"_s}})), 403,
                 "PERMISSION_DENIED");
    compareError(fixture.post(kDeleteScope, {{"scope"_L1, u"read-only"_s}}), 403,
                 "PERMISSION_DENIED");
    QCOMPARE(store.findScope(u"read-only"_s)->secrets.at(u"k"_s).value, QByteArray("v"));

    // WRITE: put and delete, but no ACL calls.
    compareOk(put(fixture, u"writable"_s, u"new"_s, u"x"_s));
    compareOk(fixture.post(kDelete, {{"scope"_L1, u"writable"_s}, {"key"_L1, u"k"_s}}));
    compareError(fixture.post(kAclPut, {{"scope"_L1, u"writable"_s},
                                        {"principal"_L1, kMe},
                                        {"permission"_L1, u"MANAGE"_s}}),
                 403, "PERMISSION_DENIED");
    compareError(fixture.get(kAclGet, query({{u"scope"_s, u"writable"_s}, {u"principal"_s, kMe}})),
                 403, "PERMISSION_DENIED");
    compareError(fixture.post(kAclDelete, {{"scope"_L1, u"writable"_s}, {"principal"_L1, kMe}}),
                 403, "PERMISSION_DENIED");

    // No entry at all: not even list.
    compareError(fixture.get(kList, query({{u"scope"_s, u"none"_s}})), 403, "PERMISSION_DENIED");
    compareError(getSecret(fixture, u"none"_s, u"k"_s), 403, "PERMISSION_DENIED");
    // The scope list itself is not filtered.
    QCOMPARE(scopeNames(fixture.get(kScopes)).size(), 3);

    // A scope the non-admin creates is theirs to manage.
    compareOk(createScope(fixture, u"own"_s));
    QCOMPARE(aclMap(fixture.get(kAclList, query({{u"scope"_s, u"own"_s}}))),
             (QMap<QString, QString>{{kMe, u"MANAGE"_s}}));

    // Back to admin: MANAGE again.
    fixture.emulator().setUserGroups({u"admins"_s});
    QCOMPARE(fixture.get(kAclList, query({{u"scope"_s, u"none"_s}})).status, 200);
}

void TestSecretsApi::groupMembershipCounts()
{
    EmulatorFixture fixture;
    SecretsStore &store = fixture.emulator().secrets();
    store.createScope(u"team"_s, SecretScopeBackend::Databricks, u"owner@else.dev"_s);
    store.createScope(u"everyone"_s, SecretScopeBackend::Databricks, u"owner@else.dev"_s);
    store.putAcl(u"team"_s, u"data-engineers"_s, SecretPermission::Write);
    store.putAcl(u"team"_s, kMe, SecretPermission::Read); // lower than the group's
    store.putAcl(u"everyone"_s, u"users"_s, SecretPermission::Read);
    fixture.emulator().setUserGroups({u"data-engineers"_s});

    // The highest of the own entry and the groups' counts.
    compareOk(put(fixture, u"team"_s, u"k"_s, u"v"_s));
    compareError(fixture.get(kAclList, query({{u"scope"_s, u"team"_s}})), 403, "PERMISSION_DENIED");
    // `users` holds every user.
    QCOMPARE(fixture.get(kList, query({{u"scope"_s, u"everyone"_s}})).status, 200);
    compareError(put(fixture, u"everyone"_s, u"k"_s, u"v"_s), 403, "PERMISSION_DENIED");

    // Out of the group: only the own READ remains.
    fixture.emulator().setUserGroups({u"analysts"_s});
    compareError(put(fixture, u"team"_s, u"k2"_s, u"v"_s), 403, "PERMISSION_DENIED");
    QCOMPARE(fixture.get(kList, query({{u"scope"_s, u"team"_s}})).status, 200);
    // Granting the group MANAGE lets its members manage ACLs.
    store.putAcl(u"team"_s, u"analysts"_s, SecretPermission::Manage);
    QCOMPARE(fixture.get(kAclList, query({{u"scope"_s, u"team"_s}})).status, 200);
}

void TestSecretsApi::missingFieldsAndMalformedBodies()
{
    EmulatorFixture fixture;
    compareError(fixture.post(kCreate, {}), 400, "INVALID_PARAMETER_VALUE",
                 u"Missing required field: scope"_s);
    compareError(fixture.post(kCreate, {{"scope"_L1, 42}}), 400, "MALFORMED_REQUEST");
    compareError(fixture.postRaw(kCreate, "[1,2]", "application/json"), 400, "MALFORMED_REQUEST");
    compareError(fixture.postRaw(kPut, "{not json", "application/json"), 400, "MALFORMED_REQUEST");
    compareError(fixture.get(kList), 400, "INVALID_PARAMETER_VALUE",
                 u"Missing required field: scope"_s);
    compareOk(createScope(fixture, u"s"_s));
    compareError(fixture.get(kGet, query({{u"scope"_s, u"s"_s}})), 400, "INVALID_PARAMETER_VALUE",
                 u"Missing required field: key"_s);
    compareError(fixture.get(kAclGet, query({{u"scope"_s, u"s"_s}})), 400,
                 "INVALID_PARAMETER_VALUE", u"Missing required field: principal"_s);
    // Unknown fields are ignored, as the other APIs ignore them.
    compareOk(fixture.post(kPut, {{"scope"_L1, u"s"_s},
                                  {"key"_L1, u"k"_s},
                                  {"string_value"_L1, u"v"_s},
                                  {"comment"_L1, u"ignored"_s}}));
}

void TestSecretsApi::wrongMethodIsEndpointNotFound()
{
    EmulatorFixture fixture;
    compareError(fixture.get(kPut), 404, "ENDPOINT_NOT_FOUND",
                 u"No API found for 'GET /secrets/put'"_s);
    compareError(fixture.post(kScopes, {}), 404, "ENDPOINT_NOT_FOUND",
                 u"No API found for 'POST /secrets/scopes/list'"_s);
    compareError(fixture.post(kGet, {{"scope"_L1, u"s"_s}, {"key"_L1, u"k"_s}}), 404,
                 "ENDPOINT_NOT_FOUND");
}

void TestSecretsApi::demoSeed()
{
    EmulatorFixture fixture(Seed::Demo);
    const qint64 now = fixture.emulator().clock().now();
    RawResponse response = fixture.get(kScopes);
    QCOMPARE(scopeNames(response),
             (QStringList{u"etl-credentials"_s, u"kv-finance"_s, u"ml-platform"_s,
                          u"prod-warehouse"_s, u"team-analytics"_s}));
    const QJsonObject kv = response.json.value("scopes"_L1).toArray().at(1).toObject();
    QCOMPARE(kv.value("backend_type"_L1).toString(), u"AZURE_KEYVAULT"_s);
    QCOMPARE(kv.value("keyvault_metadata"_L1).toObject().value("dns_name"_L1).toString(),
             u"https://kv-finance.vault.azure.net/"_s);
    QVERIFY(kv.value("keyvault_metadata"_L1)
                .toObject()
                .value("resource_id"_L1)
                .toString()
                .endsWith("/providers/Microsoft.KeyVault/vaults/kv-finance"_L1));

    constexpr qint64 kDay = 24LL * 60 * 60 * 1000;
    bool recent = false;
    bool old = false;
    for (const QString &scope : scopeNames(response)) {
        const QJsonArray secrets =
            fixture.get(kList, query({{u"scope"_s, scope}})).json.value("secrets"_L1).toArray();
        QVERIFY2(secrets.size() >= 3 && secrets.size() <= 8, qPrintable(scope));
        for (const QJsonValue &secret : secrets) {
            const qint64 age =
                now - secret.toObject().value("last_updated_timestamp"_L1).toInteger();
            QVERIFY(age >= 0);
            recent = recent || age < 7 * kDay;
            old = old || age > 90 * kDay;
        }
    }
    QVERIFY(recent);
    QVERIFY(old);
    QVERIFY(keys(fixture.get(kList, query({{u"scope"_s, u"etl-credentials"_s}})))
                .contains(u"partner-api-key"_s));
    QVERIFY(!keys(fixture.get(kList, query({{u"scope"_s, u"etl-credentials"_s}})))
                 .contains(u"old-api-token"_s));
    compareError(put(fixture, u"kv-finance"_s, u"k"_s, u"v"_s), 400, "BAD_REQUEST");

    // ACLs mix users, groups and a service principal's application id.
    const auto warehouse =
        aclMap(fixture.get(kAclList, query({{u"scope"_s, u"prod-warehouse"_s}})));
    QCOMPARE(warehouse.value(kMe), u"MANAGE"_s);
    QCOMPARE(warehouse.value(u"data-engineers"_s), u"WRITE"_s);
    QCOMPARE(warehouse.value(u"analysts"_s), u"READ"_s);
    QCOMPARE(warehouse.value(QLatin1StringView(DemoSeed::kCiDeployerApplicationId)), u"READ"_s);
    QCOMPARE(aclMap(fixture.get(kAclList, query({{u"scope"_s, u"etl-credentials"_s}})))
                 .value(u"ana.lopez@brickdesk.dev"_s),
             u"WRITE"_s);

    fixture.emulator().seed(Seed::Empty);
    QCOMPARE(fixture.get(kScopes).body, QByteArray("{}"));
}

void TestSecretsApi::demoJobsReferenceSecrets()
{
    EmulatorFixture fixture(Seed::Demo);
    const RawResponse jobs = fixture.get(
        u"/api/2.2/jobs/list"_s, query({{u"expand_tasks"_s, u"true"_s}, {u"limit"_s, u"100"_s}}));
    QCOMPARE(jobs.status, 200);
    static const QRegularExpression reference(u"\\{\\{secrets/([^/}]+)/([^}]+)\\}\\}"_s);
    QStringList missing;
    int referencing = 0;
    for (const QJsonValue &job : jobs.json.value("jobs"_L1).toArray()) {
        const QString settings = QString::fromUtf8(
            QJsonDocument(job.toObject().value("settings"_L1).toObject()).toJson());
        bool any = false;
        for (const QRegularExpressionMatch &match : reference.globalMatch(settings)) {
            any = true;
            const SecretScope *scope = fixture.emulator().secrets().findScope(match.captured(1));
            QVERIFY2(scope, qPrintable(match.captured(0)));
            if (!scope->secrets.count(match.captured(2)))
                missing.append(match.captured(0));
        }
        referencing += any ? 1 : 0;
    }
    QCOMPARE(referencing, 3);
    QCOMPARE(missing, QStringList{QLatin1StringView(DemoSeed::kMissingSecretReference)});
}

QTEST_GUILESS_MAIN(TestSecretsApi)
#include "tst_secretsapi.moc"
