#pragma once

#include "core/auth/oauthtokenclient.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

namespace brickdesk {

class LoopbackReceiver;

// OAuth user-to-machine sign-in as the Databricks CLI does it:
// discovery, a loopback redirect on 8020-8040, PKCE S256 and a random state,
// the authorize page in the user's browser, then the code exchange. Written
// by hand because Qt Network Authorization in Qt 6.4 has no PKCE.
class UserSignIn : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        OAuthTokenClient::Result result;
        OAuthEndpoints endpoints;
    };
    using Done = std::function<void(const Outcome &)>;
    using BrowserOpener = std::function<void(const QUrl &)>;

    // Deletes itself after `done`; destroying `context` cancels silently.
    static UserSignIn *start(const QUrl &host, const NetworkSettings &network,
                             const QString &clientId, const QString &scopes,
                             BrowserOpener openBrowser, QObject *context, Done done);

    // How long the browser may take; the user may be typing a password.
    static constexpr int kTimeoutMs = 5 * 60 * 1000;

private:
    UserSignIn(const QUrl &host, const NetworkSettings &network, QString clientId, QString scopes,
               BrowserOpener openBrowser, QObject *context, Done done);
    void begin();
    void openAuthorizePage();
    void onRedirect(const class QUrlQuery &query);
    void finish(const OAuthTokenClient::Result &result);
    void fail(const QString &message);

    OAuthTokenClient m_tokenClient;
    QString m_clientId;
    QString m_scopes;
    BrowserOpener m_openBrowser;
    QPointer<QObject> m_context;
    Done m_done;
    OAuthEndpoints m_endpoints;
    LoopbackReceiver *m_receiver = nullptr;
    QByteArray m_verifier;
    QByteArray m_state;
    QTimer m_timeout;
    bool m_finished = false;
};

} // namespace brickdesk
