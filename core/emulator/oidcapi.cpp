#include "core/emulator/oidcapi.h"

#include "core/emulator/oauthstore.h"
#include "core/emulator/router.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

constexpr auto kOidcPrefix = "/oidc/"_L1;
constexpr auto kFormType = "application/x-www-form-urlencoded"_L1;

const QStringList &supportedScopes()
{
    static const QStringList scopes{u"all-apis"_s, u"offline_access"_s, u"openid"_s,
                                    u"email"_s,    u"profile"_s,        u"sql"_s};
    return scopes;
}

// Form encoding (query strings from Go's url.Values, token request bodies)
// writes a space as '+', which QUrlQuery leaves alone; a literal '+' arrives
// as %2B and stays distinct.
QUrlQuery formQuery(QString encoded)
{
    encoded.replace(u'+', "%20"_L1);
    return QUrlQuery(encoded);
}

QString formValue(const QUrlQuery &form, const QString &key)
{
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

// RFC 6749 §5.2 error body.
HttpResponse oauthError(int status, const QString &error, const QString &description)
{
    return HttpResponse::json(
        QJsonObject{{"error"_L1, error}, {"error_description"_L1, description}}, status);
}

// The only redirect URIs the published `databricks-cli` app accepts are
// loopback ones, whatever the port; the emulator applies that to every client.
bool isLoopbackRedirect(const QString &redirectUri)
{
    if (redirectUri.isEmpty())
        return false;
    const QUrl url(redirectUri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != "http"_L1 || url.port() <= 0 || url.hasFragment() ||
        !url.userInfo().isEmpty())
        return false;
    return url.host() == "localhost"_L1 || url.host() == "127.0.0.1"_L1;
}

bool scopesSupported(const QStringList &scopes)
{
    for (const QString &scope : scopes)
        if (!supportedScopes().contains(scope))
            return false;
    return true;
}

QString s256(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toUtf8(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

// Who is calling the token endpoint, and how they proved it (RFC 6749 §2.3).
struct OidcApi::ClientAuth
{
    QString id;
    bool authenticated = false; // a secret was sent and matched
};

OidcApi::OidcApi(OAuthStore &store, QString userName, std::function<QUrl()> fallbackUrl)
    : m_store(store)
    , m_userName(std::move(userName))
    , m_fallbackUrl(std::move(fallbackUrl))
{}

void OidcApi::registerRoutes(Router &router)
{
    router.route("GET", u"/oidc/.well-known/oauth-authorization-server"_s,
                 [this](const HttpRequest &r) { return discovery(r); });
    router.route("GET", u"/oidc/jwks.json"_s, [](const HttpRequest &) {
        // The emulator's tokens are not really signed; nothing to publish.
        return HttpResponse::json(QJsonObject{{"keys"_L1, QJsonArray()}});
    });
    router.route("GET", u"/oidc/v1/authorize"_s,
                 [this](const HttpRequest &r) { return authorize(r); });
    router.route("POST", u"/oidc/v1/token"_s, [this](const HttpRequest &r) { return token(r); });
}

bool OidcApi::isOidcPath(const QString &path)
{
    return path.startsWith(kOidcPrefix);
}

QString OidcApi::issuer(const HttpRequest &request) const
{
    const QString host = QString::fromUtf8(request.header("Host"));
    const QString base = host.isEmpty() ? m_fallbackUrl().toString() : "http://"_L1 + host;
    return base + "/oidc"_L1;
}

HttpResponse OidcApi::discovery(const HttpRequest &request) const
{
    const QString base = issuer(request);
    return HttpResponse::json(QJsonObject{
        {"issuer"_L1, base},
        {"authorization_endpoint"_L1, base + "/v1/authorize"_L1},
        {"token_endpoint"_L1, base + "/v1/token"_L1},
        {"jwks_uri"_L1, base + "/jwks.json"_L1},
        {"response_types_supported"_L1, QJsonArray{u"code"_s}},
        {"response_modes_supported"_L1, QJsonArray{u"query"_s}},
        {"grant_types_supported"_L1,
         QJsonArray{u"authorization_code"_s, u"refresh_token"_s, u"client_credentials"_s}},
        {"code_challenge_methods_supported"_L1, QJsonArray{u"S256"_s}},
        {"scopes_supported"_L1, QJsonArray::fromStringList(supportedScopes())},
        {"subject_types_supported"_L1, QJsonArray{u"public"_s}},
        {"id_token_signing_alg_values_supported"_L1, QJsonArray{u"RS256"_s}},
        {"token_endpoint_auth_methods_supported"_L1,
         QJsonArray{u"client_secret_basic"_s, u"client_secret_post"_s, u"none"_s}},
    });
}

HttpResponse OidcApi::authorize(const HttpRequest &request)
{
    const QUrlQuery query = formQuery(request.query.query(QUrl::FullyEncoded));
    const QString clientId = formValue(query, u"client_id"_s);
    const QString redirectUri = formValue(query, u"redirect_uri"_s);

    // RFC 6749 §4.1.2.1: without a trustworthy redirect URI the error is
    // shown to the user, never redirected.
    const auto errorPage = [](const QString &message) {
        const QString html =
            u"<!DOCTYPE html><html><head><title>%1</title></head><body><h1>%1</h1><p>%2</p>"
            "</body></html>"_s.arg(tr("Sign-in failed"), message.toHtmlEscaped());
        return HttpResponse::raw(html.toUtf8(), "text/html; charset=utf-8", 400);
    };
    if (clientId.isEmpty() || !m_store.isKnownClient(clientId))
        return errorPage(tr("The application is not registered with this workspace."));
    if (!isLoopbackRedirect(redirectUri))
        return errorPage(tr("The redirect URL is not allowed for this application."));

    const QString state = formValue(query, u"state"_s);
    const auto redirect = [&](const QList<QPair<QString, QString>> &items) {
        QUrl target(redirectUri);
        QUrlQuery targetQuery(target);
        for (const auto &[key, value] : items)
            targetQuery.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        if (query.hasQueryItem(u"state"_s))
            targetQuery.addQueryItem(u"state"_s,
                                     QString::fromLatin1(QUrl::toPercentEncoding(state)));
        target.setQuery(targetQuery);
        HttpResponse response = HttpResponse::raw({}, "text/html; charset=utf-8", 302);
        response.setHeader("Location", target.toEncoded());
        return response;
    };
    const auto redirectError = [&](const QString &error, const QString &description) {
        return redirect({{u"error"_s, error}, {u"error_description"_s, description}});
    };

    const QString responseType = formValue(query, u"response_type"_s);
    if (responseType.isEmpty())
        return redirectError(u"invalid_request"_s, u"Missing response_type"_s);
    if (responseType != "code"_L1)
        return redirectError(u"unsupported_response_type"_s,
                             u"Only response_type=code is supported"_s);
    const QString challenge = formValue(query, u"code_challenge"_s);
    static const QRegularExpression s256Challenge(u"^[A-Za-z0-9_-]{43}$"_s);
    if (challenge.isEmpty())
        return redirectError(u"invalid_request"_s, u"PKCE code_challenge is required"_s);
    if (formValue(query, u"code_challenge_method"_s) != "S256"_L1)
        return redirectError(u"invalid_request"_s, u"code_challenge_method must be S256"_s);
    if (!s256Challenge.match(challenge).hasMatch())
        return redirectError(u"invalid_request"_s, u"Malformed code_challenge"_s);
    QStringList scopes = formValue(query, u"scope"_s).split(u' ', Qt::SkipEmptyParts);
    if (scopes.isEmpty())
        scopes = {u"all-apis"_s};
    if (!scopesSupported(scopes))
        return redirectError(u"invalid_scope"_s, u"Unsupported scope requested"_s);

    AuthorizationGrant grant;
    grant.clientId = clientId;
    grant.redirectUri = redirectUri;
    grant.codeChallenge = challenge;
    grant.scope = scopes.join(u' ');
    grant.subject = m_userName;
    return redirect({{u"code"_s, m_store.issueCode(std::move(grant))}});
}

HttpResponse OidcApi::token(const HttpRequest &request)
{
    const QByteArray contentType = request.header("Content-Type").trimmed().toLower();
    if (!contentType.startsWith(QByteArrayView(kFormType)))
        return oauthError(400, u"invalid_request"_s,
                          u"Content-Type must be application/x-www-form-urlencoded"_s);
    const QUrlQuery form = formQuery(QString::fromUtf8(request.body));

    const QString grantType = formValue(form, u"grant_type"_s);
    if (grantType.isEmpty())
        return oauthError(400, u"invalid_request"_s, u"Missing grant_type"_s);
    if (grantType != "authorization_code"_L1 && grantType != "refresh_token"_L1 &&
        grantType != "client_credentials"_L1)
        return oauthError(400, u"unsupported_grant_type"_s,
                          u"Unsupported grant_type: %1"_s.arg(grantType));

    // Client authentication: HTTP Basic (client_secret_basic), the secret in
    // the body (client_secret_post), or a public client naming itself (none).
    const auto badClient = [] {
        return oauthError(401, u"invalid_client"_s, u"Client authentication failed"_s);
    };
    ClientAuth client;
    QString secret;
    bool secretSent = false;
    const QByteArray authorization = request.header("Authorization").trimmed();
    const bool basic = authorization.left(6).compare("Basic ", Qt::CaseInsensitive) == 0;
    if (basic) {
        // RFC 6749 §2.3.1: id and secret are form-encoded, then Base64.
        const auto decoded = QByteArray::fromBase64Encoding(
            authorization.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
        if (colon < 0)
            return badClient();
        const QUrlQuery pair = formQuery(QString::fromUtf8(
            "id=" + decoded.decoded.left(colon) + "&secret=" + decoded.decoded.mid(colon + 1)));
        client.id = formValue(pair, u"id"_s);
        secret = formValue(pair, u"secret"_s);
        secretSent = true;
        if (form.hasQueryItem(u"client_secret"_s))
            return oauthError(400, u"invalid_request"_s,
                              u"Use only one client authentication method"_s);
        const QString bodyId = formValue(form, u"client_id"_s);
        if (!bodyId.isEmpty() && bodyId != client.id)
            return badClient();
    } else {
        client.id = formValue(form, u"client_id"_s);
        secretSent = form.hasQueryItem(u"client_secret"_s);
        secret = formValue(form, u"client_secret"_s);
    }
    if (client.id.isEmpty())
        return oauthError(400, u"invalid_request"_s, u"Missing client_id"_s);
    if (secretSent) {
        if (!m_store.checkServicePrincipal(client.id, secret))
            return badClient();
        client.authenticated = true;
    } else if (!m_store.isPublicClient(client.id)) {
        return badClient(); // unknown, or a confidential client without its secret
    }

    if (grantType == "authorization_code"_L1)
        return authorizationCodeGrant(request, form, client);
    if (grantType == "refresh_token"_L1)
        return refreshTokenGrant(request, form, client);
    return clientCredentialsGrant(request, form, client);
}

HttpResponse OidcApi::authorizationCodeGrant(const HttpRequest &request, const QUrlQuery &form,
                                             const ClientAuth &client)
{
    const QString code = formValue(form, u"code"_s);
    const QString verifier = formValue(form, u"code_verifier"_s);
    const QString redirectUri = formValue(form, u"redirect_uri"_s);
    if (code.isEmpty())
        return oauthError(400, u"invalid_request"_s, u"Missing code"_s);
    if (verifier.isEmpty())
        return oauthError(400, u"invalid_request"_s, u"Missing code_verifier"_s);
    if (redirectUri.isEmpty())
        return oauthError(400, u"invalid_request"_s, u"Missing redirect_uri"_s);

    // The code is spent by any attempt to redeem it, right or wrong, so a
    // guessed verifier cannot be retried against it.
    const std::optional<AuthorizationGrant> grant = m_store.takeCode(code);
    if (!grant)
        return oauthError(400, u"invalid_grant"_s,
                          u"Authorization code is invalid, expired or already used"_s);
    if (grant->clientId != client.id)
        return oauthError(400, u"invalid_grant"_s,
                          u"Authorization code was issued to another client"_s);
    if (grant->redirectUri != redirectUri)
        return oauthError(400, u"invalid_grant"_s,
                          u"redirect_uri does not match the authorization request"_s);
    if (s256(verifier) != grant->codeChallenge)
        return oauthError(400, u"invalid_grant"_s, u"PKCE verification failed"_s);

    // Like Databricks: a refresh token only for the offline_access scope.
    const bool offline = grant->scope.split(u' ').contains("offline_access"_L1);
    return tokenResponse(request, client.id, grant->subject, grant->scope, offline);
}

HttpResponse OidcApi::refreshTokenGrant(const HttpRequest &request, const QUrlQuery &form,
                                        const ClientAuth &client)
{
    const QByteArray refreshToken = formValue(form, u"refresh_token"_s).toUtf8();
    if (refreshToken.isEmpty())
        return oauthError(400, u"invalid_request"_s, u"Missing refresh_token"_s);
    // Rotation: every refresh spends the old refresh token and returns a new
    // one, as Databricks does. An unknown, spent, revoked or expired one is
    // answered as the real service does: invalid_request, not invalid_grant.
    const std::optional<RefreshGrant> grant = m_store.takeRefreshToken(refreshToken);
    if (!grant)
        return oauthError(400, u"invalid_request"_s, u"Refresh token is invalid"_s);
    if (grant->clientId != client.id)
        return oauthError(400, u"invalid_grant"_s, u"Refresh token was issued to another client"_s);
    QString scope = grant->scope;
    const QStringList requested = formValue(form, u"scope"_s).split(u' ', Qt::SkipEmptyParts);
    if (!requested.isEmpty()) {
        // RFC 6749 §6: a refresh may narrow the scope, never widen it.
        const QStringList granted = grant->scope.split(u' ');
        for (const QString &one : requested)
            if (!granted.contains(one))
                return oauthError(400, u"invalid_scope"_s,
                                  u"Requested scope exceeds the original grant"_s);
        scope = requested.join(u' ');
    }
    m_store.countRefreshGrant();
    return tokenResponse(request, client.id, grant->subject, scope, true);
}

HttpResponse OidcApi::clientCredentialsGrant(const HttpRequest &request, const QUrlQuery &form,
                                             const ClientAuth &client)
{
    if (!client.authenticated)
        return oauthError(400, u"unauthorized_client"_s,
                          u"client_credentials needs a client secret"_s);
    const QStringList scopes = formValue(form, u"scope"_s).split(u' ', Qt::SkipEmptyParts);
    if (scopes.isEmpty())
        return oauthError(400, u"invalid_request"_s, u"Missing scope"_s);
    if (!scopesSupported(scopes))
        return oauthError(400, u"invalid_scope"_s, u"Unsupported scope requested"_s);
    m_store.countClientCredentialsGrant();
    // No refresh token for M2M: the client simply asks again.
    return tokenResponse(request, client.id, client.id, scopes.join(u' '), false);
}

HttpResponse OidcApi::tokenResponse(const HttpRequest &request, const QString &clientId,
                                    const QString &subject, const QString &scope, bool withRefresh)
{
    const IssuedTokens tokens =
        m_store.issueTokens(issuer(request), clientId, subject, scope,
                            withRefresh ? OAuthStore::Refresh::Issue : OAuthStore::Refresh::None);
    QJsonObject body{{"access_token"_L1, QString::fromLatin1(tokens.accessToken)},
                     {"token_type"_L1, u"Bearer"_s},
                     {"expires_in"_L1, tokens.expiresIn},
                     {"scope"_L1, tokens.scope}};
    if (!tokens.refreshToken.isEmpty())
        body.insert("refresh_token"_L1, QString::fromLatin1(tokens.refreshToken));
    if (!tokens.idToken.isEmpty())
        body.insert("id_token"_L1, QString::fromLatin1(tokens.idToken));
    return HttpResponse::json(body);
}

} // namespace brickdesk::emulator
