#pragma once

#include "core/auth/oauthtokenclient.h"
#include "core/net/credentials.h"

#include <QDeadlineTimer>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace brickdesk {

// Short-lived OAuth access tokens that renew themselves:
// - user-to-machine: with the refresh token; when that is refused the state
//   becomes WaitingForUser and calls wait until the user signs in again;
// - machine-to-machine: with the client credentials grant; when that is
//   refused the state becomes Failed and waiting calls fail.
// Tokens are renewed shortly before they expire, and at once when the
// server refuses the current one.
class OAuthCredentials final : public Credentials
{
    Q_OBJECT

public:
    enum class Flow { UserToMachine, MachineToMachine };

    OAuthCredentials(Flow flow, const QUrl &host, const QUrl &tokenUrl, QString clientId,
                     QByteArray clientSecret = {}, const NetworkSettings &network = {});
    ~OAuthCredentials() override;

    QString authType() const override;
    QByteArray authorizationHeader() const override;
    QList<QByteArray> secretsToRedact() const override;
    bool rejected(const QByteArray &header) override;
    void ensureValid() override;

    Flow flow() const { return m_flow; }
    // The proxy and CA settings every request for these tokens must use.
    const NetworkSettings &network() const { return m_network; }
    // Installs fresh tokens (after a sign-in or grant); state becomes Ready.
    void setTokens(const OAuthTokens &tokens);
    // Only a stored refresh token is known: stays Renewing until renew()
    // has exchanged it for an access token (or found it refused).
    void setRefreshToken(const QByteArray &refreshToken) { m_tokens.refreshToken = refreshToken; }
    QByteArray refreshToken() const { return m_tokens.refreshToken; }
    // Starts a renewal now (also used by the refresh timer).
    void renew();
    // The user declined to sign in again: waiting calls fail.
    void giveUp(const QString &reason);

signals:
    // The refresh token rotated: persist the new one (keychain).
    void refreshTokenChanged(const QByteArray &refreshToken);
    // User-to-machine only: the refresh token was refused.
    void signInRequired();

private:
    void onRenewed(const OAuthTokenClient::Result &result);

    Flow m_flow;
    QUrl m_tokenUrl;
    QString m_clientId;
    QByteArray m_clientSecret;
    NetworkSettings m_network;
    OAuthTokens m_tokens;
    QDeadlineTimer m_expiry;
    QTimer m_refreshTimer;
    QTimer m_expiryTimer;
    std::unique_ptr<OAuthTokenClient> m_tokenClient;
    bool m_renewing = false;
};

} // namespace brickdesk
