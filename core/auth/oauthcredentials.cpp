#include "core/auth/oauthcredentials.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk {

OAuthCredentials::OAuthCredentials(Flow flow, const QUrl &host, const QUrl &tokenUrl,
                                   QString clientId, QByteArray clientSecret,
                                   const NetworkSettings &network)
    : m_flow(flow)
    , m_tokenUrl(tokenUrl)
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
    , m_network(network)
    , m_tokenClient(std::make_unique<OAuthTokenClient>(host, network))
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &OAuthCredentials::renew);
    // Past expiry nothing may be sent with the old token: calls wait.
    m_expiryTimer.setSingleShot(true);
    connect(&m_expiryTimer, &QTimer::timeout, this, [this] {
        if (state() == State::Ready) {
            setState(State::Renewing);
            renew();
        }
    });
    setState(State::Renewing);
}

OAuthCredentials::~OAuthCredentials() = default;

QString OAuthCredentials::authType() const
{
    return m_flow == Flow::UserToMachine ? u"databricks-cli"_s : u"oauth-m2m"_s;
}

QByteArray OAuthCredentials::authorizationHeader() const
{
    return m_tokens.accessToken.isEmpty() ? QByteArray() : "Bearer " + m_tokens.accessToken;
}

QList<QByteArray> OAuthCredentials::secretsToRedact() const
{
    return {m_tokens.accessToken, m_tokens.refreshToken, m_clientSecret};
}

void OAuthCredentials::setTokens(const OAuthTokens &tokens)
{
    const bool rotated =
        !tokens.refreshToken.isEmpty() && tokens.refreshToken != m_tokens.refreshToken;
    const QByteArray keptRefreshToken = m_tokens.refreshToken;
    m_tokens = tokens;
    if (m_tokens.refreshToken.isEmpty())
        m_tokens.refreshToken = keptRefreshToken; // servers may not rotate
    const qint64 lifetimeMs = qint64(std::max(1, tokens.expiresInSeconds)) * 1000;
    m_expiry.setRemainingTime(lifetimeMs);
    // Renew 5 minutes early, or at 80% of a short lifetime.
    m_refreshTimer.start(
        int(std::max<qint64>(1000, lifetimeMs - std::min<qint64>(5 * 60 * 1000, lifetimeMs / 5))));
    m_expiryTimer.start(int(std::min<qint64>(lifetimeMs, std::numeric_limits<int>::max())));
    setState(State::Ready);
    if (rotated)
        emit refreshTokenChanged(m_tokens.refreshToken);
}

bool OAuthCredentials::rejected(const QByteArray &header)
{
    if (state() == State::Failed)
        return false;
    // Renew only if the refused token is still the current one; a token we
    // already replaced needs nothing but the replay.
    if (header == authorizationHeader() && state() == State::Ready) {
        setState(State::Renewing);
        renew();
    }
    return true;
}

void OAuthCredentials::ensureValid()
{
    if (state() == State::Renewing && !m_renewing)
        renew();
}

void OAuthCredentials::renew()
{
    if (m_renewing || state() == State::WaitingForUser || state() == State::Failed)
        return;
    if (m_flow == Flow::UserToMachine && m_tokens.refreshToken.isEmpty()) {
        setState(State::WaitingForUser);
        emit signInRequired();
        return;
    }
    m_renewing = true;
    const auto done = [this](const OAuthTokenClient::Result &result) { onRenewed(result); };
    if (m_flow == Flow::UserToMachine)
        m_tokenClient->refresh(m_tokenUrl, m_tokens.refreshToken, m_clientId, this, done);
    else
        m_tokenClient->clientCredentials(m_tokenUrl, m_clientId, m_clientSecret, u"all-apis"_s,
                                         this, done);
}

void OAuthCredentials::onRenewed(const OAuthTokenClient::Result &result)
{
    m_renewing = false;
    if (result.ok) {
        setTokens(result.tokens);
        return;
    }
    if (m_flow == Flow::UserToMachine) {
        // A refused refresh token needs the user; a network failure may
        // pass, but asking the user is the one way forward that always works.
        m_tokens.refreshToken.clear();
        m_refreshTimer.stop();
        setState(State::WaitingForUser, result.error);
        emit signInRequired();
        return;
    }
    if (!m_expiry.hasExpired() && !result.refused) {
        // Transient failure with a still-valid token: keep going, retry later.
        m_refreshTimer.start(30'000);
        return;
    }
    setState(State::Failed, result.error);
}

void OAuthCredentials::giveUp(const QString &reason)
{
    m_refreshTimer.stop();
    m_expiryTimer.stop();
    setState(State::Failed, reason);
}

} // namespace brickdesk
