#pragma once

#include "core/auth/credentialstore.h"
#include "core/auth/profile.h"

#include <QMap>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace brickdesk {

class ApiClient;
class Credentials;

// Turns a profile into a working ApiClient: fetches its secrets from the
// keychain (or takes secrets given for this session only), signs in with
// OAuth where the profile says so, and applies the profile's proxy and CA
// settings. Everything is asynchronous; `done` runs once.
class WorkspaceConnector : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        ApiClient *client = nullptr; // owned by the caller (parentless) on success
        std::shared_ptr<Credentials> credentials;
        QString error;                    // user-facing, when client is null
        bool keychainUnavailable = false; // offer "use for this session only"
    };
    using Done = std::function<void(const Result &)>;
    // Opens the sign-in page for OAuth U2M (the app passes
    // QDesktopServices::openUrl; tests pass a fake browser).
    using BrowserOpener = std::function<void(const QUrl &)>;

    explicit WorkspaceConnector(CredentialStore *store, QObject *parent = nullptr);

    void setBrowserOpener(BrowserOpener opener) { m_openBrowser = std::move(opener); }

    // sessionSecrets: SecretKind -> value, used instead of the keychain
    // (environment profiles; the "no keychain, this session only" choice).
    void connectProfile(const Profile &profile, const QMap<QString, QString> &sessionSecrets,
                        QObject *context, Done done);

    // Runs the U2M browser sign-in again for a profile whose refresh failed
    // (Credentials in state WaitingForUser); the waiting calls are replayed.
    void signInAgain(const Profile &profile, const std::shared_ptr<Credentials> &credentials,
                     QObject *context, std::function<void(const QString &error)> done);

signals:
    // A profile's OAuth session needs the user to sign in again.
    void signInRequired(const QString &profileId);

private:
    CredentialStore *m_store;
    BrowserOpener m_openBrowser;
};

} // namespace brickdesk
