#include "core/auth/oauthtokenclient.h"

#include "core/net/apiclient.h"
#include "core/net/credentials.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

QByteArray formEncode(std::initializer_list<std::pair<QString, QString>> fields)
{
    QUrlQuery query;
    for (const auto &[key, value] : fields)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return query.query(QUrl::FullyEncoded).toLatin1();
}

} // namespace

OAuthTokenClient::OAuthTokenClient(const QUrl &host, const NetworkSettings &network)
    : m_client(std::make_unique<ApiClient>(
          host, std::make_shared<BearerTokenCredentials>(QByteArray(), u"oauth"_s)))
{
    network.applyTo(*m_client);
}

OAuthTokenClient::~OAuthTokenClient() = default;

void OAuthTokenClient::discover(QObject *context, EndpointsDone done)
{
    m_client->send(
        ApiRequest::get(u"/oidc/.well-known/oauth-authorization-server"_s), context,
        [done = std::move(done)](const ApiReply &reply) {
            if (!reply.ok()) {
                done(std::nullopt, tr("This workspace does not offer OAuth sign-in (%1).")
                                       .arg(reply.error().message));
                return;
            }
            OAuthEndpoints endpoints;
            endpoints.authorization =
                QUrl(reply.json().value("authorization_endpoint"_L1).toString());
            endpoints.token = QUrl(reply.json().value("token_endpoint"_L1).toString());
            if (!endpoints.authorization.isValid() || !endpoints.token.isValid()) {
                done(std::nullopt, tr("The workspace's OAuth discovery document is incomplete."));
                return;
            }
            done(endpoints, {});
        });
}

void OAuthTokenClient::exchangeCode(const QUrl &tokenUrl, const QByteArray &code,
                                    const QByteArray &verifier, const QString &redirectUri,
                                    const QString &clientId, QObject *context, Done done)
{
    post(tokenUrl,
         formEncode({{u"grant_type"_s, u"authorization_code"_s},
                     {u"code"_s, QString::fromLatin1(code)},
                     {u"code_verifier"_s, QString::fromLatin1(verifier)},
                     {u"redirect_uri"_s, redirectUri},
                     {u"client_id"_s, clientId}}),
         {}, context, std::move(done));
}

void OAuthTokenClient::refresh(const QUrl &tokenUrl, const QByteArray &refreshToken,
                               const QString &clientId, QObject *context, Done done)
{
    post(tokenUrl,
         formEncode({{u"grant_type"_s, u"refresh_token"_s},
                     {u"refresh_token"_s, QString::fromLatin1(refreshToken)},
                     {u"client_id"_s, clientId}}),
         {}, context, std::move(done));
}

void OAuthTokenClient::clientCredentials(const QUrl &tokenUrl, const QString &clientId,
                                         const QByteArray &clientSecret, const QString &scope,
                                         QObject *context, Done done)
{
    // RFC 6749 §2.3.1: id and secret are form-encoded before Basic encoding.
    const QByteArray basic = QUrl::toPercentEncoding(clientId) + ':' +
                             QUrl::toPercentEncoding(QString::fromUtf8(clientSecret));
    post(tokenUrl, formEncode({{u"grant_type"_s, u"client_credentials"_s}, {u"scope"_s, scope}}),
         "Basic " + basic.toBase64(), context, std::move(done));
}

void OAuthTokenClient::post(const QUrl &tokenUrl, const QByteArray &form,
                            const QByteArray &basicAuth, QObject *context, Done done)
{
    ApiRequest request = ApiRequest::post(tokenUrl.path());
    request.rawBody(form, "application/x-www-form-urlencoded");
    if (!basicAuth.isEmpty())
        request.header("Authorization", basicAuth);
    m_client->send(request, context, [done = std::move(done)](const ApiReply &reply) {
        Result result;
        if (!reply.ok()) {
            const ApiError &error = reply.error();
            result.errorCode = error.errorCode;
            // RFC 6749 §5.2: a refused grant or client. Databricks answers a
            // dead refresh token with invalid_request, so that counts too.
            result.refused = error.kind == ApiError::Kind::Http &&
                             (error.httpStatus == 400 || error.httpStatus == 401);
            result.error = tr("Signing in failed: %1").arg(error.message);
            done(result);
            return;
        }
        const QJsonObject json = reply.json();
        result.tokens.accessToken = json.value("access_token"_L1).toString().toUtf8();
        result.tokens.refreshToken = json.value("refresh_token"_L1).toString().toUtf8();
        // Some servers send expires_in as a string.
        const QJsonValue expires = json.value("expires_in"_L1);
        result.tokens.expiresInSeconds =
            expires.isString() ? expires.toString().toInt() : expires.toInt(3600);
        if (result.tokens.expiresInSeconds <= 0)
            result.tokens.expiresInSeconds = 3600;
        result.ok = !result.tokens.accessToken.isEmpty();
        if (!result.ok)
            result.error = tr("The token endpoint answered without an access token.");
        done(result);
    });
}

} // namespace brickdesk
