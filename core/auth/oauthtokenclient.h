#pragma once

#include "core/auth/networksettings.h"
#include "core/net/apierror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace brickdesk {

class ApiClient;

// What a token endpoint handed out.
struct OAuthTokens
{
    QByteArray accessToken;
    QByteArray refreshToken; // empty for client credentials
    int expiresInSeconds = 3600;
};

struct OAuthEndpoints
{
    QUrl authorization;
    QUrl token;
};

// Talks to a workspace's OIDC endpoints: discovery and the
// three grants Brickdesk uses. Requests go through an ApiClient without
// credentials, so they get the same retries, timeouts and activity entries
// as API calls; form bodies and headers are never logged.
class OAuthTokenClient
{
    Q_DECLARE_TR_FUNCTIONS(OAuthTokenClient)

public:
    struct Result
    {
        bool ok = false;
        OAuthTokens tokens;
        QString error;     // user-facing
        QString errorCode; // RFC 6749 "invalid_grant", ...
        // The grant itself was refused (revoked refresh token, wrong secret):
        // retrying cannot help, the user has to act.
        bool refused = false;
    };
    using Done = std::function<void(const Result &)>;
    using EndpointsDone =
        std::function<void(const std::optional<OAuthEndpoints> &, const QString &error)>;

    // `host`: the workspace, whose OIDC endpoints live under /oidc.
    explicit OAuthTokenClient(const QUrl &host, const NetworkSettings &network = {});
    ~OAuthTokenClient();

    ApiClient *client() const { return m_client.get(); }

    void discover(QObject *context, EndpointsDone done);
    void exchangeCode(const QUrl &tokenUrl, const QByteArray &code, const QByteArray &verifier,
                      const QString &redirectUri, const QString &clientId, QObject *context,
                      Done done);
    void refresh(const QUrl &tokenUrl, const QByteArray &refreshToken, const QString &clientId,
                 QObject *context, Done done);
    void clientCredentials(const QUrl &tokenUrl, const QString &clientId,
                           const QByteArray &clientSecret, const QString &scope, QObject *context,
                           Done done);

private:
    void post(const QUrl &tokenUrl, const QByteArray &form, const QByteArray &basicAuth,
              QObject *context, Done done);

    std::unique_ptr<ApiClient> m_client;
};

} // namespace brickdesk
