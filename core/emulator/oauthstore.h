#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

namespace brickdesk::emulator {

class EmulatorClock;

// What an authorization code stands for until it is redeemed.
struct AuthorizationGrant
{
    QString clientId;
    QString redirectUri;
    QString codeChallenge; // BASE64URL-no-pad(SHA256(verifier)); S256 only
    QString scope;         // space-separated, as granted
    QString subject;       // the user who approved it
    qint64 expiresAtMs = 0;
};

// A live refresh token: who it was issued to and with which scope.
struct RefreshGrant
{
    QString clientId;
    QString scope;
    QString subject;
    qint64 expiresAtMs = 0;
};

// The answer of a successful token request, before it becomes JSON.
struct IssuedTokens
{
    QByteArray accessToken;
    QByteArray refreshToken; // empty: none issued (no offline_access, or M2M)
    QByteArray idToken;      // empty: none issued (no openid scope)
    int expiresIn = 0;       // seconds
    QString scope;
};

// Clients, authorization codes and tokens of the emulated OAuth server, on
// the emulator clock so tests expire them with clock().advance(). Everything
// it holds is a credential: nothing here is ever logged.
class OAuthStore
{
public:
    explicit OAuthStore(const EmulatorClock &clock);

    // Configuration. `databricks-cli` is known from the start, as on a real
    // workspace, where it is a published app integration.
    void setAccessTokenLifetimeSeconds(int seconds);
    int accessTokenLifetimeSeconds() const { return m_accessTokenLifetimeSeconds; }
    void addPublicClient(const QString &clientId);
    void addServicePrincipal(const QString &clientId, const QString &clientSecret);
    bool isPublicClient(const QString &clientId) const;
    bool isServicePrincipal(const QString &clientId) const;
    bool checkServicePrincipal(const QString &clientId, const QString &clientSecret) const;
    bool isKnownClient(const QString &clientId) const;

    // Simulates the user's session being ended server-side (admin revocation,
    // refresh token TTL): every refresh token stops working, so the client's
    // next refresh fails and it must ask the user to sign in again.
    void revokeRefreshTokens();
    // Every issued access token stops working at once (also test-only).
    void revokeAccessTokens();

    // Counters for tests: how often each flow succeeded.
    int codesIssued() const { return m_codesIssued; }
    int accessTokensIssued() const { return m_accessTokensIssued; }
    int refreshGrants() const { return m_refreshGrants; }
    int clientCredentialsGrants() const { return m_clientCredentialsGrants; }

    // Flows, used by OidcApi.
    QString issueCode(AuthorizationGrant grant);
    // Single use: the code is gone after this call, whatever the caller
    // decides. nullopt when unknown, used or expired.
    std::optional<AuthorizationGrant> takeCode(const QString &code);
    // Rotation: the token is gone after this call. nullopt when unknown,
    // used, revoked or expired.
    std::optional<RefreshGrant> takeRefreshToken(const QByteArray &refreshToken);

    enum class Refresh { None, Issue };
    // `subject` is the user (U2M) or the service principal (M2M).
    IssuedTokens issueTokens(const QString &issuer, const QString &clientId, const QString &subject,
                             const QString &scope, Refresh refresh);
    void countRefreshGrant() { ++m_refreshGrants; }
    void countClientCredentialsGrant() { ++m_clientCredentialsGrants; }

    bool isAccessTokenValid(const QByteArray &accessToken) const;

private:
    static QByteArray makeJwt(const QJsonObject &claims);
    void dropExpired();

    const EmulatorClock &m_clock;
    int m_accessTokenLifetimeSeconds = 3600;
    QSet<QString> m_publicClients;
    QHash<QString, QString> m_servicePrincipals; // client id -> secret
    QHash<QString, AuthorizationGrant> m_codes;
    QHash<QByteArray, RefreshGrant> m_refreshTokens;
    QHash<QByteArray, qint64> m_accessTokens; // token -> expiry (epoch ms)
    int m_codesIssued = 0;
    int m_accessTokensIssued = 0;
    int m_refreshGrants = 0;
    int m_clientCredentialsGrants = 0;
};

} // namespace brickdesk::emulator
