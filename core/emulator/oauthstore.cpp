#include "core/emulator/oauthstore.h"

#include "core/emulator/emulatorclock.h"

#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

// Databricks' default refresh token TTL for its published apps.
constexpr qint64 kRefreshTokenLifetimeMs = 90LL * 24 * 3600 * 1000;
constexpr qint64 kCodeLifetimeMs = 5 * 60 * 1000;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

OAuthStore::OAuthStore(const EmulatorClock &clock)
    : m_clock(clock)
{
    m_publicClients.insert(u"databricks-cli"_s);
}

void OAuthStore::setAccessTokenLifetimeSeconds(int seconds)
{
    m_accessTokenLifetimeSeconds = qMax(1, seconds);
}

void OAuthStore::addPublicClient(const QString &clientId)
{
    m_publicClients.insert(clientId);
}

void OAuthStore::addServicePrincipal(const QString &clientId, const QString &clientSecret)
{
    m_servicePrincipals.insert(clientId, clientSecret);
}

bool OAuthStore::isPublicClient(const QString &clientId) const
{
    return m_publicClients.contains(clientId);
}

bool OAuthStore::isServicePrincipal(const QString &clientId) const
{
    return m_servicePrincipals.contains(clientId);
}

bool OAuthStore::checkServicePrincipal(const QString &clientId, const QString &clientSecret) const
{
    const auto it = m_servicePrincipals.constFind(clientId);
    return it != m_servicePrincipals.cend() && !clientSecret.isEmpty() && *it == clientSecret;
}

bool OAuthStore::isKnownClient(const QString &clientId) const
{
    return isPublicClient(clientId) || isServicePrincipal(clientId);
}

void OAuthStore::revokeRefreshTokens()
{
    m_refreshTokens.clear();
}

void OAuthStore::revokeAccessTokens()
{
    m_accessTokens.clear();
}

QString OAuthStore::issueCode(AuthorizationGrant grant)
{
    dropExpired();
    const QString code = QString::fromLatin1(base64Url(randomBytes(24)));
    grant.expiresAtMs = m_clock.now() + kCodeLifetimeMs;
    m_codes.insert(code, std::move(grant));
    ++m_codesIssued;
    return code;
}

std::optional<AuthorizationGrant> OAuthStore::takeCode(const QString &code)
{
    const auto it = m_codes.find(code);
    if (it == m_codes.end())
        return std::nullopt;
    const AuthorizationGrant grant = *it;
    m_codes.erase(it);
    if (grant.expiresAtMs <= m_clock.now())
        return std::nullopt;
    return grant;
}

std::optional<RefreshGrant> OAuthStore::takeRefreshToken(const QByteArray &refreshToken)
{
    const auto it = m_refreshTokens.find(refreshToken);
    if (it == m_refreshTokens.end())
        return std::nullopt;
    const RefreshGrant grant = *it;
    m_refreshTokens.erase(it);
    if (grant.expiresAtMs <= m_clock.now())
        return std::nullopt;
    return grant;
}

IssuedTokens OAuthStore::issueTokens(const QString &issuer, const QString &clientId,
                                     const QString &subject, const QString &scope, Refresh refresh)
{
    dropExpired();
    const qint64 now = m_clock.now();
    const qint64 expiresAt = now + qint64(m_accessTokenLifetimeSeconds) * 1000;
    // Real access tokens are JWTs; clients may read `exp` from them, so the
    // emulator's are JWT-shaped too (the signature is random, not RS256).
    const QJsonObject claims{
        {"client_id"_L1, clientId},   {"scope"_L1, scope},
        {"sub"_L1, subject},          {"iss"_L1, issuer},
        {"aud"_L1, clientId},         {"iat"_L1, now / 1000},
        {"exp"_L1, expiresAt / 1000}, {"jti"_L1, QString::fromLatin1(randomBytes(16).toHex())}};
    IssuedTokens tokens;
    tokens.accessToken = makeJwt(claims);
    tokens.expiresIn = m_accessTokenLifetimeSeconds;
    tokens.scope = scope;
    m_accessTokens.insert(tokens.accessToken, expiresAt);
    ++m_accessTokensIssued;

    const QStringList scopes = scope.split(u' ', Qt::SkipEmptyParts);
    if (refresh == Refresh::Issue) {
        // Databricks refresh tokens are opaque and start with "doau".
        tokens.refreshToken = "doau" + randomBytes(32).toHex();
        m_refreshTokens.insert(tokens.refreshToken, RefreshGrant{clientId, scope, subject,
                                                                 now + kRefreshTokenLifetimeMs});
    }
    if (scopes.contains("openid"_L1)) {
        QJsonObject idClaims{{"sub"_L1, subject},
                             {"iss"_L1, issuer},
                             {"aud"_L1, clientId},
                             {"iat"_L1, now / 1000},
                             {"exp"_L1, expiresAt / 1000}};
        if (scopes.contains("email"_L1))
            idClaims.insert("email"_L1, subject);
        tokens.idToken = makeJwt(idClaims);
    }
    return tokens;
}

bool OAuthStore::isAccessTokenValid(const QByteArray &accessToken) const
{
    const auto it = m_accessTokens.constFind(accessToken);
    return it != m_accessTokens.cend() && *it > m_clock.now();
}

QByteArray OAuthStore::makeJwt(const QJsonObject &claims)
{
    const QJsonObject header{
        {"kid"_L1, u"emulator"_s}, {"typ"_L1, u"at+jwt"_s}, {"alg"_L1, u"RS256"_s}};
    return base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
           base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' +
           base64Url(randomBytes(64));
}

void OAuthStore::dropExpired()
{
    // Keeps long-running emulators (brickdesk --demo) from growing forever.
    const qint64 now = m_clock.now();
    m_accessTokens.removeIf([now](const auto &it) { return it.value() <= now; });
    m_codes.removeIf([now](const auto &it) { return it.value().expiresAtMs <= now; });
    m_refreshTokens.removeIf([now](const auto &it) { return it.value().expiresAtMs <= now; });
}

} // namespace brickdesk::emulator
