#include "core/auth/workspaceconnector.h"

#include "core/auth/networksettings.h"
#include "core/auth/oauthcredentials.h"
#include "core/auth/usersignin.h"
#include "core/net/apiclient.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

QString secretKindFor(Profile::Auth auth)
{
    switch (auth) {
    case Profile::Auth::PersonalAccessToken:
        return QLatin1StringView(SecretKind::Token);
    case Profile::Auth::OAuthUserToMachine:
        return QLatin1StringView(SecretKind::RefreshToken);
    case Profile::Auth::OAuthMachineToMachine:
        return QLatin1StringView(SecretKind::ClientSecret);
    }
    return {};
}

// One connection attempt, step by step: network settings, secret, tokens,
// client. Lives until it has called `done` (or its context died).
class ConnectionJob : public QObject
{
public:
    ConnectionJob(WorkspaceConnector *connector, CredentialStore *store, Profile profile,
                  QMap<QString, QString> sessionSecrets, WorkspaceConnector::BrowserOpener opener,
                  QObject *context, WorkspaceConnector::Done done)
        : QObject(connector)
        , m_connector(connector)
        , m_store(store)
        , m_profile(std::move(profile))
        , m_sessionSecrets(std::move(sessionSecrets))
        , m_openBrowser(std::move(opener))
        , m_context(context)
        , m_done(std::move(done))
    {
        connect(context, &QObject::destroyed, this, [this] {
            m_done = nullptr;
            deleteLater();
        });
    }

    void start()
    {
        QString error;
        if (!NetworkSettings::proxyFor(m_profile, &m_network.proxy, &error)) {
            fail(error);
            return;
        }
        if (m_profile.caBundlePath.isEmpty()) {
            readSecret();
            return;
        }
        // Disk I/O stays off the GUI thread, even for a small file.
        auto *watcher = new QFutureWatcher<std::pair<QList<QSslCertificate>, QString>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            const auto [certificates, readError] = watcher->result();
            watcher->deleteLater();
            if (!readError.isEmpty()) {
                fail(readError);
                return;
            }
            m_network.caCertificates = certificates;
            readSecret();
        });
        watcher->setFuture(QtConcurrent::run([path = m_profile.caBundlePath] {
            QString readError;
            auto certificates = NetworkSettings::readCaBundle(path, &readError);
            return std::make_pair(certificates, readError);
        }));
    }

private:
    void readSecret()
    {
        const QString kind = secretKindFor(m_profile.auth);
        // Secrets given for this session only are never written back.
        m_sessionOnly =
            m_sessionSecrets.contains(kind) || m_profile.origin != Profile::Origin::Saved;
        if (m_sessionOnly) {
            withSecret(m_sessionSecrets.value(kind).toUtf8());
            return;
        }
        m_store->read(m_profile.id, kind, this, [this](const CredentialStore::Result &result) {
            switch (result.status) {
            case CredentialStore::Status::Ok:
                withSecret(result.secret.toUtf8());
                return;
            case CredentialStore::Status::NotFound:
                withSecret({});
                return;
            case CredentialStore::Status::NoKeychain:
                m_keychainUnavailable = true;
                fail(result.message);
                return;
            case CredentialStore::Status::AccessDenied:
            case CredentialStore::Status::OtherError:
                fail(WorkspaceConnector::tr("The keychain refused to give out the secret: %1")
                         .arg(result.message));
                return;
            }
        });
    }

    void withSecret(const QByteArray &secret)
    {
        switch (m_profile.auth) {
        case Profile::Auth::PersonalAccessToken:
            if (secret.isEmpty()) {
                fail(WorkspaceConnector::tr("No personal access token is stored for “%1”. Edit "
                                            "the connection and enter one.")
                         .arg(m_profile.displayName));
                return;
            }
            succeed(std::make_shared<BearerTokenCredentials>(secret));
            return;
        case Profile::Auth::OAuthMachineToMachine:
            if (secret.isEmpty() || m_profile.clientId.isEmpty()) {
                fail(WorkspaceConnector::tr("The service principal's client id or secret is "
                                            "missing for “%1”.")
                         .arg(m_profile.displayName));
                return;
            }
            discoverThen([this, secret](const OAuthEndpoints &endpoints) {
                auto credentials = std::make_shared<OAuthCredentials>(
                    OAuthCredentials::Flow::MachineToMachine, m_profile.host, endpoints.token,
                    m_profile.clientId, secret, m_network);
                watch(*credentials);
                startRenewable(credentials);
            });
            return;
        case Profile::Auth::OAuthUserToMachine:
            if (secret.isEmpty()) {
                signInInBrowser();
                return;
            }
            discoverThen([this, secret](const OAuthEndpoints &endpoints) {
                auto credentials = std::make_shared<OAuthCredentials>(
                    OAuthCredentials::Flow::UserToMachine, m_profile.host, endpoints.token,
                    m_profile.effectiveClientId(), QByteArray(), m_network);
                credentials->setRefreshToken(secret);
                watch(*credentials);
                credentials->renew();
                startRenewable(credentials);
            });
            return;
        }
    }

    void discoverThen(std::function<void(const OAuthEndpoints &)> next)
    {
        m_tokenClient = std::make_unique<OAuthTokenClient>(m_profile.host, m_network);
        m_tokenClient->discover(
            this, [this, next = std::move(next)](const std::optional<OAuthEndpoints> &endpoints,
                                                 const QString &error) {
                if (endpoints)
                    next(*endpoints);
                else
                    fail(error);
            });
    }

    // Waits for the first token of renewable credentials.
    void startRenewable(const std::shared_ptr<OAuthCredentials> &shared)
    {
        // Held by the job, not by the connection below: credentials given up
        // on must outlive the signal they are emitting.
        m_pendingCredentials = shared;
        OAuthCredentials *credentials = shared.get();
        const auto settle = [this, credentials] {
            switch (credentials->state()) {
            case Credentials::State::Ready:
                disconnect(credentials, nullptr, this, nullptr);
                succeed(m_pendingCredentials);
                return;
            case Credentials::State::Failed:
                fail(credentials->failureMessage());
                return;
            case Credentials::State::WaitingForUser:
                // The stored refresh token is dead: sign in afresh.
                disconnect(credentials, nullptr, this, nullptr);
                signInInBrowser();
                return;
            case Credentials::State::Renewing:
                return;
            }
        };
        connect(credentials, &Credentials::stateChanged, this, settle);
        if (credentials->flow() == OAuthCredentials::Flow::MachineToMachine)
            credentials->renew();
        settle();
    }

    void signInInBrowser()
    {
        if (!m_openBrowser) {
            fail(WorkspaceConnector::tr("Signing in needs a web browser, and none is available."));
            return;
        }
        UserSignIn::start(
            m_profile.host, m_network, m_profile.effectiveClientId(), m_profile.scopes,
            m_openBrowser, this, [this](const UserSignIn::Outcome &outcome) {
                if (!outcome.result.ok) {
                    fail(outcome.result.error);
                    return;
                }
                auto credentials = std::make_shared<OAuthCredentials>(
                    OAuthCredentials::Flow::UserToMachine, m_profile.host, outcome.endpoints.token,
                    m_profile.effectiveClientId(), QByteArray(), m_network);
                watch(*credentials);
                credentials->setTokens(outcome.result.tokens); // persists it
                succeed(credentials);
            });
    }

    // For as long as the connector lives (the app's lifetime) every new
    // refresh token goes to the keychain: the first one and each rotation.
    void watch(OAuthCredentials &credentials)
    {
        if (m_sessionOnly)
            return;
        QObject::connect(&credentials, &OAuthCredentials::refreshTokenChanged, m_connector,
                         [store = m_store, id = m_profile.id](const QByteArray &token) {
                             store->write(id, QLatin1StringView(SecretKind::RefreshToken),
                                          QString::fromUtf8(token), nullptr, nullptr);
                         });
    }

    void succeed(std::shared_ptr<Credentials> credentials)
    {
        // Only an open workspace asks the user to sign in again; while
        // connecting, a refused refresh token leads to the browser instead.
        if (auto *oauth = qobject_cast<OAuthCredentials *>(credentials.get()))
            QObject::connect(oauth, &OAuthCredentials::signInRequired, m_connector,
                             [connector = m_connector, id = m_profile.id] {
                                 emit connector->signInRequired(id);
                             });
        WorkspaceConnector::Result result;
        result.client = new ApiClient(m_profile.host, credentials);
        m_network.applyTo(*result.client);
        result.credentials = std::move(credentials);
        finish(result);
    }

    void fail(const QString &message)
    {
        WorkspaceConnector::Result result;
        result.error = message;
        result.keychainUnavailable = m_keychainUnavailable;
        finish(result);
    }

    void finish(const WorkspaceConnector::Result &result)
    {
        if (m_finished)
            return;
        m_finished = true;
        if (m_done && m_context)
            m_done(result);
        else
            delete result.client; // nobody is left to own it
        deleteLater();
    }

    WorkspaceConnector *m_connector;
    CredentialStore *m_store;
    Profile m_profile;
    QMap<QString, QString> m_sessionSecrets;
    WorkspaceConnector::BrowserOpener m_openBrowser;
    QPointer<QObject> m_context;
    WorkspaceConnector::Done m_done;
    NetworkSettings m_network;
    std::unique_ptr<OAuthTokenClient> m_tokenClient;
    std::shared_ptr<OAuthCredentials> m_pendingCredentials;
    bool m_keychainUnavailable = false;
    bool m_sessionOnly = false;
    bool m_finished = false;
};

} // namespace

WorkspaceConnector::WorkspaceConnector(CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

void WorkspaceConnector::connectProfile(const Profile &profile,
                                        const QMap<QString, QString> &sessionSecrets,
                                        QObject *context, Done done)
{
    auto *job = new ConnectionJob(this, m_store, profile, sessionSecrets, m_openBrowser, context,
                                  std::move(done));
    job->start();
}

void WorkspaceConnector::signInAgain(const Profile &profile,
                                     const std::shared_ptr<Credentials> &credentials,
                                     QObject *context, std::function<void(const QString &)> done)
{
    auto oauth = std::dynamic_pointer_cast<OAuthCredentials>(credentials);
    if (!oauth || !m_openBrowser) {
        done(tr("This connection cannot sign in through the browser."));
        return;
    }
    // The credentials carry the profile's proxy and CA settings, and were
    // watched when they were made: the new refresh token is persisted by
    // the rotation signal.
    UserSignIn::start(profile.host, oauth->network(), profile.effectiveClientId(), profile.scopes,
                      m_openBrowser, context,
                      [oauth, done = std::move(done)](const UserSignIn::Outcome &outcome) {
                          if (outcome.result.ok)
                              oauth->setTokens(outcome.result.tokens); // waiting calls replay
                          done(outcome.result.ok ? QString() : outcome.result.error);
                      });
}

} // namespace brickdesk
