// The emulator's OAuth/OIDC server over real loopback HTTP: discovery, the
// authorization code + PKCE flow, refresh with rotation, client credentials,
// RFC 6749 errors, and issued tokens on the REST API until they expire.
#include "tests/emulator/emulatorfixture.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk::emulator;
using brickdesk::test::EmulatorFixture;
using brickdesk::test::RawHeaders;
using brickdesk::test::rawRequest;
using brickdesk::test::RawResponse;

namespace {

const QString kAuthorize = u"/oidc/v1/authorize"_s;
const QString kToken = u"/oidc/v1/token"_s;
const QString kMe = u"/api/2.0/preview/scim/v2/Me"_s;
const QString kRedirect = u"http://localhost:8020"_s;
// RFC 7636 Appendix B: a verifier and its S256 challenge, computed elsewhere.
const QString kVerifier = u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s;
const QString kChallenge = u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s;

using Params = QList<QPair<QString, QString>>;

// Form encoding as Go's url.Values writes it: spaces become '+'.
QString formEncode(const Params &params)
{
    QStringList pairs;
    for (const auto &[key, value] : params)
        pairs.append(key + u'=' +
                     QString::fromLatin1(QUrl::toPercentEncoding(value)).replace("%20"_L1, "+"_L1));
    return pairs.join(u'&');
}

Params defaultAuthorizeParams()
{
    return {{u"client_id"_s, u"databricks-cli"_s},  {u"redirect_uri"_s, kRedirect},
            {u"response_type"_s, u"code"_s},        {u"scope"_s, u"all-apis offline_access"_s},
            {u"state"_s, u"st4te-0123456789"_s},    {u"code_challenge"_s, kChallenge},
            {u"code_challenge_method"_s, u"S256"_s}};
}

Params with(Params params, const QString &key, const std::optional<QString> &value)
{
    params.removeIf([&key](const auto &pair) { return pair.first == key; });
    if (value)
        params.append(qMakePair(key, *value));
    return params;
}

RawResponse authorize(EmulatorFixture &fixture, const Params &params = defaultAuthorizeParams())
{
    QUrl url = fixture.url(kAuthorize);
    url.setQuery(formEncode(params));
    return rawRequest("GET", url, {}, {}, 15000, /*followRedirects=*/false);
}

QUrlQuery locationQuery(const RawResponse &response)
{
    return QUrlQuery(QUrl::fromEncoded(response.header("Location")));
}

RawResponse postToken(EmulatorFixture &fixture, const Params &form, RawHeaders headers = {})
{
    headers.append(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    return rawRequest("POST", fixture.url(kToken), formEncode(form).toUtf8(), headers);
}

QString authorizeCode(EmulatorFixture &fixture, const Params &params = defaultAuthorizeParams())
{
    const RawResponse response = authorize(fixture, params);
    if (response.status != 302)
        return {};
    return locationQuery(response).queryItemValue(u"code"_s, QUrl::FullyDecoded);
}

Params exchangeParams(const QString &code, const QString &verifier = kVerifier,
                      const QString &redirect = kRedirect)
{
    return {{u"grant_type"_s, u"authorization_code"_s},
            {u"code"_s, code},
            {u"code_verifier"_s, verifier},
            {u"redirect_uri"_s, redirect},
            {u"client_id"_s, u"databricks-cli"_s}};
}

RawHeaders basicAuth(const QString &id, const QString &secret)
{
    // RFC 6749 §2.3.1: each part form-encoded, then Base64.
    const QByteArray pair = QUrl::toPercentEncoding(id) + ':' + QUrl::toPercentEncoding(secret);
    return {{"Authorization", "Basic " + pair.toBase64()}};
}

RawHeaders bearer(const QString &token)
{
    return {{"Authorization", "Bearer " + token.toUtf8()}};
}

// Not fixture.get(): that one sends the fixture's PAT.
RawResponse getMe(EmulatorFixture &fixture, const QString &token)
{
    return rawRequest("GET", fixture.url(kMe), {}, bearer(token));
}

void verifyOAuthError(const RawResponse &response, int status, const QString &error)
{
    QCOMPARE(response.status, status);
    QCOMPARE(response.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(response.json.value("error"_L1).toString(), error);
    QVERIFY(!response.json.value("error_description"_L1).toString().isEmpty());
}

} // namespace

class TestOidcApi : public QObject
{
    Q_OBJECT
private slots:
    void discovery();
    void authorizeRedirectsWithCodeAndState();
    void authorizeErrorRedirects_data();
    void authorizeErrorRedirects();
    void authorizeErrorPages_data();
    void authorizeErrorPages();
    void tokenExchange();
    void scopesDecideRefreshAndIdToken();
    void wrongVerifierIsInvalidGrant();
    void codeReuseIsInvalidGrant();
    void redirectUriMismatchIsInvalidGrant();
    void codeExpires();
    void refreshRotates();
    void revokedRefreshTokenFails();
    void clientCredentials();
    void tokenEndpointErrors();
    void issuedTokenWorksOnApisUntilExpiry();
    void recordingsKeepNoSecrets();
    void executableFlags();
};

void TestOidcApi::discovery()
{
    EmulatorFixture fixture;
    const QString base = fixture.emulator().url().toString();
    const RawResponse response =
        rawRequest("GET", fixture.url(u"/oidc/.well-known/oauth-authorization-server"_s));
    QCOMPARE(response.status, 200);
    const QJsonObject &doc = response.json;
    QCOMPARE(doc.value("issuer"_L1).toString(), base + "/oidc"_L1);
    QCOMPARE(doc.value("authorization_endpoint"_L1).toString(), base + "/oidc/v1/authorize"_L1);
    QCOMPARE(doc.value("token_endpoint"_L1).toString(), base + "/oidc/v1/token"_L1);
    QCOMPARE(doc.value("jwks_uri"_L1).toString(), base + "/oidc/jwks.json"_L1);
    QCOMPARE(doc.value("response_types_supported"_L1).toArray(), QJsonArray{u"code"_s});
    QCOMPARE(doc.value("code_challenge_methods_supported"_L1).toArray(), QJsonArray{u"S256"_s});
    QCOMPARE(doc.value("grant_types_supported"_L1).toArray(),
             (QJsonArray{u"authorization_code"_s, u"refresh_token"_s, u"client_credentials"_s}));
    QCOMPARE(doc.value("token_endpoint_auth_methods_supported"_L1).toArray(),
             (QJsonArray{u"client_secret_basic"_s, u"client_secret_post"_s, u"none"_s}));
    const QJsonArray scopes = doc.value("scopes_supported"_L1).toArray();
    QVERIFY(scopes.contains(u"all-apis"_s));
    QVERIFY(scopes.contains(u"offline_access"_s));
    QCOMPARE(rawRequest("GET", fixture.url(u"/oidc/jwks.json"_s)).status, 200);

    // The host metadata points at the same issuer.
    const RawResponse config = rawRequest("GET", fixture.url(u"/.well-known/databricks-config"_s));
    QCOMPARE(config.json.value("oidc_endpoint"_L1).toString(), base + "/oidc"_L1);
}

void TestOidcApi::authorizeRedirectsWithCodeAndState()
{
    EmulatorFixture fixture;
    const RawResponse response = authorize(fixture);
    QCOMPARE(response.status, 302);
    const QUrl location = QUrl::fromEncoded(response.header("Location"));
    QCOMPARE(location.adjusted(QUrl::RemoveQuery), QUrl(kRedirect));
    const QUrlQuery query(location);
    QVERIFY(!query.queryItemValue(u"code"_s).isEmpty());
    QCOMPARE(query.queryItemValue(u"state"_s), u"st4te-0123456789"_s);
    QVERIFY(!query.hasQueryItem(u"error"_s));
    QCOMPARE(fixture.emulator().oauth().codesIssued(), 1);

    // 127.0.0.1 and a callback path are loopback too; an existing query stays.
    const RawResponse withPath =
        authorize(fixture, with(defaultAuthorizeParams(), u"redirect_uri"_s,
                                u"http://127.0.0.1:8021/callback?from=brickdesk"_s));
    QCOMPARE(withPath.status, 302);
    const QUrl second = QUrl::fromEncoded(withPath.header("Location"));
    QCOMPARE(second.host(), u"127.0.0.1"_s);
    QCOMPARE(second.port(), 8021);
    QCOMPARE(second.path(), u"/callback"_s);
    QCOMPARE(QUrlQuery(second).queryItemValue(u"from"_s), u"brickdesk"_s);
    QVERIFY(!QUrlQuery(second).queryItemValue(u"code"_s).isEmpty());
    QVERIFY(QUrlQuery(second).queryItemValue(u"code"_s) != query.queryItemValue(u"code"_s));
}

void TestOidcApi::authorizeErrorRedirects_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<std::optional<QString>>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("token response type") << u"response_type"_s << std::optional<QString>(u"token"_s)
                                         << u"unsupported_response_type"_s;
    QTest::newRow("no response type")
        << u"response_type"_s << std::optional<QString>() << u"invalid_request"_s;
    QTest::newRow("no challenge") << u"code_challenge"_s << std::optional<QString>()
                                  << u"invalid_request"_s;
    QTest::newRow("plain method") << u"code_challenge_method"_s
                                  << std::optional<QString>(u"plain"_s) << u"invalid_request"_s;
    QTest::newRow("no method") << u"code_challenge_method"_s << std::optional<QString>()
                               << u"invalid_request"_s;
    QTest::newRow("unknown scope")
        << u"scope"_s << std::optional<QString>(u"all-apis admin"_s) << u"invalid_scope"_s;
}

void TestOidcApi::authorizeErrorRedirects()
{
    QFETCH(QString, key);
    QFETCH(std::optional<QString>, value);
    QFETCH(QString, error);
    EmulatorFixture fixture;
    const RawResponse response = authorize(fixture, with(defaultAuthorizeParams(), key, value));
    QCOMPARE(response.status, 302);
    const QUrl location = QUrl::fromEncoded(response.header("Location"));
    QCOMPARE(location.adjusted(QUrl::RemoveQuery), QUrl(kRedirect));
    const QUrlQuery query(location);
    QCOMPARE(query.queryItemValue(u"error"_s), error);
    QCOMPARE(query.queryItemValue(u"state"_s), u"st4te-0123456789"_s);
    QVERIFY(!query.hasQueryItem(u"code"_s));
    QCOMPARE(fixture.emulator().oauth().codesIssued(), 0);
}

void TestOidcApi::authorizeErrorPages_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("unknown client") << u"client_id"_s << u"not-registered"_s;
    QTest::newRow("https elsewhere") << u"redirect_uri"_s << u"https://example.com/cb"_s;
    QTest::newRow("http elsewhere") << u"redirect_uri"_s << u"http://example.com:8020"_s;
    QTest::newRow("no port") << u"redirect_uri"_s << u"http://localhost/"_s;
    QTest::newRow("not a url") << u"redirect_uri"_s << u"localhost:8020"_s;
    QTest::newRow("empty redirect") << u"redirect_uri"_s << QString();
}

void TestOidcApi::authorizeErrorPages()
{
    // Without a client and redirect URI it can trust, the server must not
    // redirect (RFC 6749 §4.1.2.1): the user sees an error page instead.
    QFETCH(QString, key);
    QFETCH(QString, value);
    EmulatorFixture fixture;
    const RawResponse response = authorize(fixture, with(defaultAuthorizeParams(), key, value));
    QCOMPARE(response.status, 400);
    QVERIFY(response.header("Location").isEmpty());
    QVERIFY(response.header("Content-Type").startsWith("text/html"));
    QVERIFY(response.body.contains("<html>"));
}

void TestOidcApi::tokenExchange()
{
    EmulatorFixture fixture;
    const QString code = authorizeCode(fixture);
    QVERIFY(!code.isEmpty());
    const RawResponse response = postToken(fixture, exchangeParams(code));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    const QJsonObject &body = response.json;
    QCOMPARE(body.value("token_type"_L1).toString(), u"Bearer"_s);
    QVERIFY(body.value("expires_in"_L1).isDouble()); // a number, not a string
    QCOMPARE(body.value("expires_in"_L1).toInt(), 3600);
    QCOMPARE(body.value("scope"_L1).toString(), u"all-apis offline_access"_s);
    QVERIFY(body.value("refresh_token"_L1).toString().startsWith("doau"_L1));
    QVERIFY(!body.contains("id_token"_L1)); // no openid scope asked for

    // Access tokens are JWT-shaped, with `exp` where clients look for it.
    const QStringList parts = body.value("access_token"_L1).toString().split(u'.');
    QCOMPARE(parts.size(), 3);
    const QJsonObject claims =
        QJsonDocument::fromJson(
            QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
            .object();
    QCOMPARE(claims.value("client_id"_L1).toString(), u"databricks-cli"_s);
    QCOMPARE(claims.value("sub"_L1).toString(), fixture.emulator().userName());
    QCOMPARE(qint64(claims.value("exp"_L1).toDouble()) - qint64(claims.value("iat"_L1).toDouble()),
             3600);
    QCOMPARE(fixture.emulator().oauth().accessTokensIssued(), 1);
}

void TestOidcApi::scopesDecideRefreshAndIdToken()
{
    EmulatorFixture fixture;
    // Without offline_access: no refresh token (as Databricks does).
    QString code =
        authorizeCode(fixture, with(defaultAuthorizeParams(), u"scope"_s, u"all-apis"_s));
    RawResponse response = postToken(fixture, exchangeParams(code));
    QCOMPARE(response.status, 200);
    QVERIFY(!response.json.contains("refresh_token"_L1));
    QCOMPARE(response.json.value("scope"_L1).toString(), u"all-apis"_s);

    // openid adds an ID token for the signed-in user.
    code = authorizeCode(fixture, with(defaultAuthorizeParams(), u"scope"_s,
                                       u"openid email all-apis offline_access"_s));
    response = postToken(fixture, exchangeParams(code));
    QCOMPARE(response.status, 200);
    const QStringList parts = response.json.value("id_token"_L1).toString().split(u'.');
    QCOMPARE(parts.size(), 3);
    const QJsonObject claims =
        QJsonDocument::fromJson(
            QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
            .object();
    QCOMPARE(claims.value("email"_L1).toString(), fixture.emulator().userName());
    QCOMPARE(claims.value("aud"_L1).toString(), u"databricks-cli"_s);
}

void TestOidcApi::wrongVerifierIsInvalidGrant()
{
    EmulatorFixture fixture;
    const QString code = authorizeCode(fixture);
    const QString wrong = u"A"_s.repeated(43);
    verifyOAuthError(postToken(fixture, exchangeParams(code, wrong)), 400, u"invalid_grant"_s);
    // The failed attempt spent the code: no second guess.
    verifyOAuthError(postToken(fixture, exchangeParams(code)), 400, u"invalid_grant"_s);
    QCOMPARE(fixture.emulator().oauth().accessTokensIssued(), 0);
}

void TestOidcApi::codeReuseIsInvalidGrant()
{
    EmulatorFixture fixture;
    const QString code = authorizeCode(fixture);
    QCOMPARE(postToken(fixture, exchangeParams(code)).status, 200);
    verifyOAuthError(postToken(fixture, exchangeParams(code)), 400, u"invalid_grant"_s);
    verifyOAuthError(postToken(fixture, exchangeParams(u"never-issued"_s)), 400,
                     u"invalid_grant"_s);
    QCOMPARE(fixture.emulator().oauth().accessTokensIssued(), 1);
}

void TestOidcApi::redirectUriMismatchIsInvalidGrant()
{
    EmulatorFixture fixture;
    const QString code = authorizeCode(fixture);
    verifyOAuthError(
        postToken(fixture, exchangeParams(code, kVerifier, u"http://localhost:8021"_s)), 400,
        u"invalid_grant"_s);
}

void TestOidcApi::codeExpires()
{
    EmulatorFixture fixture;
    const QString code = authorizeCode(fixture);
    fixture.emulator().clock().advance(5 * 60 * 1000 + 1000);
    verifyOAuthError(postToken(fixture, exchangeParams(code)), 400, u"invalid_grant"_s);
}

void TestOidcApi::refreshRotates()
{
    EmulatorFixture fixture;
    const RawResponse first = postToken(fixture, exchangeParams(authorizeCode(fixture)));
    QCOMPARE(first.status, 200);
    const QString oldAccess = first.json.value("access_token"_L1).toString();
    const QString oldRefresh = first.json.value("refresh_token"_L1).toString();

    const Params refresh{{u"grant_type"_s, u"refresh_token"_s},
                         {u"refresh_token"_s, oldRefresh},
                         {u"client_id"_s, u"databricks-cli"_s}};
    const RawResponse second = postToken(fixture, refresh);
    QCOMPARE(second.status, 200);
    const QString newAccess = second.json.value("access_token"_L1).toString();
    const QString newRefresh = second.json.value("refresh_token"_L1).toString();
    QVERIFY(!newAccess.isEmpty() && newAccess != oldAccess);
    QVERIFY(!newRefresh.isEmpty() && newRefresh != oldRefresh);
    QCOMPARE(second.json.value("scope"_L1).toString(), u"all-apis offline_access"_s);
    QCOMPARE(second.json.value("expires_in"_L1).toInt(), 3600);
    QCOMPARE(fixture.emulator().oauth().refreshGrants(), 1);

    // Rotation: the old refresh token is spent, with the real service's answer.
    const RawResponse reused = postToken(fixture, refresh);
    verifyOAuthError(reused, 400, u"invalid_request"_s);
    QCOMPARE(reused.json.value("error_description"_L1).toString(), u"Refresh token is invalid"_s);
    // The rotated one works; both access tokens stay valid until they expire.
    QCOMPARE(postToken(fixture, with(refresh, u"refresh_token"_s, newRefresh)).status, 200);
    QCOMPARE(getMe(fixture, oldAccess).status, 200);
    QCOMPARE(getMe(fixture, newAccess).status, 200);
    QCOMPARE(fixture.emulator().oauth().refreshGrants(), 2);
    QCOMPARE(fixture.emulator().oauth().accessTokensIssued(), 3);

    // A refresh token belongs to the client it was issued to.
    fixture.emulator().oauth().addPublicClient(u"other-app"_s);
    const RawResponse latest = postToken(fixture, exchangeParams(authorizeCode(fixture)));
    const Params stolen{{u"grant_type"_s, u"refresh_token"_s},
                        {u"refresh_token"_s, latest.json.value("refresh_token"_L1).toString()},
                        {u"client_id"_s, u"other-app"_s}};
    verifyOAuthError(postToken(fixture, stolen), 400, u"invalid_grant"_s);
}

void TestOidcApi::revokedRefreshTokenFails()
{
    EmulatorFixture fixture;
    const RawResponse first = postToken(fixture, exchangeParams(authorizeCode(fixture)));
    const Params refresh{{u"grant_type"_s, u"refresh_token"_s},
                         {u"refresh_token"_s, first.json.value("refresh_token"_L1).toString()},
                         {u"client_id"_s, u"databricks-cli"_s}};
    fixture.emulator().oauth().revokeRefreshTokens();
    const RawResponse response = postToken(fixture, refresh);
    verifyOAuthError(response, 400, u"invalid_request"_s);
    QCOMPARE(response.json.value("error_description"_L1).toString(), u"Refresh token is invalid"_s);
    QCOMPARE(fixture.emulator().oauth().refreshGrants(), 0);
    // The access token already issued is untouched by revoking refreshes.
    QCOMPARE(getMe(fixture, first.json.value("access_token"_L1).toString()).status, 200);
}

void TestOidcApi::clientCredentials()
{
    EmulatorFixture fixture;
    // Secrets with form-significant characters survive both encodings.
    const QString secret = u"dose+a/b=c&d e"_s;
    fixture.emulator().oauth().addServicePrincipal(u"sp-client"_s, secret);
    const Params form{{u"grant_type"_s, u"client_credentials"_s}, {u"scope"_s, u"all-apis"_s}};

    const RawResponse basic = postToken(fixture, form, basicAuth(u"sp-client"_s, secret));
    QCOMPARE(basic.status, 200);
    QCOMPARE(basic.json.value("token_type"_L1).toString(), u"Bearer"_s);
    QCOMPARE(basic.json.value("scope"_L1).toString(), u"all-apis"_s);
    QVERIFY(!basic.json.contains("refresh_token"_L1));
    const QString access = basic.json.value("access_token"_L1).toString();
    QCOMPARE(getMe(fixture, access).status, 200);
    QCOMPARE(fixture.emulator().oauth().clientCredentialsGrants(), 1);

    Params post = form;
    post.append(qMakePair(u"client_id"_s, u"sp-client"_s));
    post.append(qMakePair(u"client_secret"_s, secret));
    QCOMPARE(postToken(fixture, post).status, 200);

    verifyOAuthError(postToken(fixture, form, basicAuth(u"sp-client"_s, u"wrong"_s)), 401,
                     u"invalid_client"_s);
    verifyOAuthError(postToken(fixture, form, basicAuth(u"unknown"_s, secret)), 401,
                     u"invalid_client"_s);
    verifyOAuthError(postToken(fixture, with(post, u"client_secret"_s, u"wrong"_s)), 401,
                     u"invalid_client"_s);
    // A confidential client without its secret is not authenticated.
    verifyOAuthError(postToken(fixture, with(post, u"client_secret"_s, std::nullopt)), 401,
                     u"invalid_client"_s);
    verifyOAuthError(
        postToken(fixture, with(form, u"scope"_s, std::nullopt), basicAuth(u"sp-client"_s, secret)),
        400, u"invalid_request"_s);
    verifyOAuthError(postToken(fixture, with(form, u"scope"_s, u"everything"_s),
                               basicAuth(u"sp-client"_s, secret)),
                     400, u"invalid_scope"_s);
    // A public client has no secret to prove who it is.
    verifyOAuthError(postToken(fixture, with(form, u"client_id"_s, u"databricks-cli"_s)), 400,
                     u"unauthorized_client"_s);
    QCOMPARE(fixture.emulator().oauth().clientCredentialsGrants(), 2);
}

void TestOidcApi::tokenEndpointErrors()
{
    EmulatorFixture fixture;
    const QString code = authorizeCode(fixture);
    verifyOAuthError(postToken(fixture, with(exchangeParams(code), u"grant_type"_s, u"password"_s)),
                     400, u"unsupported_grant_type"_s);
    verifyOAuthError(postToken(fixture, with(exchangeParams(code), u"grant_type"_s, std::nullopt)),
                     400, u"invalid_request"_s);
    verifyOAuthError(postToken(fixture, with(exchangeParams(code), u"client_id"_s, std::nullopt)),
                     400, u"invalid_request"_s);
    verifyOAuthError(
        postToken(fixture, with(exchangeParams(code), u"code_verifier"_s, std::nullopt)), 400,
        u"invalid_request"_s);
    verifyOAuthError(
        postToken(fixture, with(exchangeParams(code), u"client_id"_s, u"not-registered"_s)), 401,
        u"invalid_client"_s);
    // JSON is not how OAuth token requests are sent.
    const RawResponse json =
        rawRequest("POST", fixture.url(kToken), R"({"grant_type":"authorization_code"})",
                   {{"Content-Type", "application/json"}});
    verifyOAuthError(json, 400, u"invalid_request"_s);
    // None of those spent the code: missing parameters are rejected before it.
    QCOMPARE(postToken(fixture, exchangeParams(code)).status, 200);
}

void TestOidcApi::issuedTokenWorksOnApisUntilExpiry()
{
    EmulatorFixture fixture;
    fixture.emulator().oauth().setAccessTokenLifetimeSeconds(60);
    const RawResponse tokens = postToken(fixture, exchangeParams(authorizeCode(fixture)));
    QCOMPARE(tokens.json.value("expires_in"_L1).toInt(), 60);
    const QString access = tokens.json.value("access_token"_L1).toString();

    const RawResponse me = getMe(fixture, access);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value("userName"_L1).toString(), fixture.emulator().userName());
    QCOMPARE(fixture.get(kMe).status, 200); // the PAT keeps working alongside

    fixture.emulator().clock().advance(59 * 1000);
    QCOMPARE(getMe(fixture, access).status, 200);
    fixture.emulator().clock().advance(2 * 1000);
    const RawResponse expired = getMe(fixture, access);
    QCOMPARE(expired.status, 403);
    QCOMPARE(expired.body, QByteArray(R"({"error_code":403,"message":"Invalid access token."})"));
    QCOMPARE(fixture.get(kMe).status, 200);

    // A refresh after expiry gets a working token again.
    const RawResponse refreshed =
        postToken(fixture, {{u"grant_type"_s, u"refresh_token"_s},
                            {u"refresh_token"_s, tokens.json.value("refresh_token"_L1).toString()},
                            {u"client_id"_s, u"databricks-cli"_s}});
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(getMe(fixture, refreshed.json.value("access_token"_L1).toString()).status, 200);

    fixture.emulator().oauth().revokeAccessTokens();
    QCOMPARE(getMe(fixture, refreshed.json.value("access_token"_L1).toString()).status, 403);
}

void TestOidcApi::recordingsKeepNoSecrets()
{
    EmulatorFixture fixture;
    fixture.emulator().oauth().addServicePrincipal(u"sp-client"_s, u"sp-secret-value"_s);
    const QString code = authorizeCode(fixture);
    const RawResponse tokens = postToken(fixture, exchangeParams(code));
    postToken(fixture, {{u"grant_type"_s, u"refresh_token"_s},
                        {u"refresh_token"_s, tokens.json.value("refresh_token"_L1).toString()},
                        {u"client_id"_s, u"databricks-cli"_s}});
    postToken(fixture, {{u"grant_type"_s, u"client_credentials"_s},
                        {u"scope"_s, u"all-apis"_s},
                        {u"client_id"_s, u"sp-client"_s},
                        {u"client_secret"_s, u"sp-secret-value"_s}});
    const QList<RecordedRequest> requests = fixture.emulator().requests();
    QCOMPARE(requests.size(), 4);
    for (const RecordedRequest &request : requests) {
        QVERIFY(!request.body.contains(code.toUtf8()));
        QVERIFY(!request.body.contains(kVerifier.toUtf8()));
        QVERIFY(!request.body.contains("sp-secret-value"));
        QVERIFY(!request.body.contains(tokens.json.value("refresh_token"_L1).toString().toUtf8()));
    }
    // What a test needs to tell the requests apart is still there.
    QVERIFY(requests.at(1).body.contains("grant_type=authorization_code"));
    QVERIFY(requests.at(2).body.contains("grant_type=refresh_token"));
}

void TestOidcApi::executableFlags()
{
    QProcess process;
    process.start(QStringLiteral(BRICKDESK_EMULATOR_EXE),
                  {u"--port"_s, u"0"_s, u"--token"_s, u"dapi-exe"_s, u"--token-lifetime"_s,
                   u"120"_s, u"--service-principal"_s, u"sp-one:secret:with:colons"_s,
                   u"--service-principal"_s, u"sp-two:other"_s});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString line = QString::fromUtf8(process.readLine());
    const QRegularExpressionMatch match =
        QRegularExpression(u"(http://127\\.0\\.0\\.1:\\d+)"_s).match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    QUrl url(match.captured(1));
    url.setPath(kToken);
    const QByteArray form = "grant_type=client_credentials&scope=all-apis";
    for (const auto &[id, secret] :
         {std::pair(u"sp-one"_s, u"secret:with:colons"_s), std::pair(u"sp-two"_s, u"other"_s)}) {
        RawHeaders headers = basicAuth(id, secret);
        headers.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
        const RawResponse response = rawRequest("POST", url, form, headers);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json.value("expires_in"_L1).toInt(), 120);
    }
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);

    for (const QStringList &bad : {QStringList{u"--service-principal"_s, u"no-secret"_s},
                                   QStringList{u"--token-lifetime"_s, u"soon"_s}}) {
        QProcess failing;
        failing.start(QStringLiteral(BRICKDESK_EMULATOR_EXE),
                      QStringList{u"--token"_s, u"x"_s} + bad);
        QVERIFY(failing.waitForFinished(10000));
        QCOMPARE(failing.exitCode(), 2);
    }
}

QTEST_GUILESS_MAIN(TestOidcApi)
#include "tst_oidcapi.moc"
