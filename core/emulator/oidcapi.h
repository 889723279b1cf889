#pragma once

#include "core/emulator/emulatorarea.h"
#include "core/emulator/httpmessage.h"

#include <QCoreApplication>
#include <QUrl>

#include <functional>

namespace brickdesk::emulator {

class OAuthStore;
class Router;

// The workspace's OAuth 2.0 / OIDC server under /oidc/: discovery,
// authorization code + PKCE for public clients (U2M), client credentials for
// service principals (M2M) and refresh. Its routes need no bearer token; the
// Emulator lets everything under /oidc/ through unauthenticated.
//
// The authorize page approves at once, as if the user were already signed in
// to the workspace in the browser and clicked through.
class OidcApi : public EmulatorArea
{
    Q_DECLARE_TR_FUNCTIONS(OidcApi)
public:
    // `fallbackUrl` is the emulator's own URL, for requests without Host.
    OidcApi(OAuthStore &store, QString userName, std::function<QUrl()> fallbackUrl);
    void registerRoutes(Router &router) override;

    static bool isOidcPath(const QString &path);

    HttpResponse discovery(const HttpRequest &request) const;
    HttpResponse authorize(const HttpRequest &request);
    HttpResponse token(const HttpRequest &request);

private:
    struct ClientAuth;

    QString issuer(const HttpRequest &request) const;
    HttpResponse authorizationCodeGrant(const HttpRequest &request, const QUrlQuery &form,
                                        const ClientAuth &client);
    HttpResponse refreshTokenGrant(const HttpRequest &request, const QUrlQuery &form,
                                   const ClientAuth &client);
    HttpResponse clientCredentialsGrant(const HttpRequest &request, const QUrlQuery &form,
                                        const ClientAuth &client);
    HttpResponse tokenResponse(const HttpRequest &request, const QString &clientId,
                               const QString &subject, const QString &scope, bool withRefresh);

    OAuthStore &m_store;
    QString m_userName;
    std::function<QUrl()> m_fallbackUrl;
};

} // namespace brickdesk::emulator
