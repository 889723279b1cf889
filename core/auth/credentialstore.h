#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace brickdesk {

// Secrets (PATs, OAuth refresh tokens, client secrets) live only in the OS
// keychain, through QtKeychain, keyed "<profile id>/<kind>". Because a
// keychain cannot be enumerated, an index of which kinds each profile stored
// is kept in QSettings (names only, never values), so removing a profile can
// remove every secret it left behind. All calls are asynchronous.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound,     // nothing stored under that key
        NoKeychain,   // no Secret Service / keychain: ask the user, never fall back to a file
        AccessDenied, // the user refused, or the keychain is locked
        OtherError,
    };
    struct Result
    {
        Status status = Status::Ok;
        QString secret;  // read only
        QString message; // user-facing, for errors
    };
    using Handler = std::function<void(const Result &)>;

    explicit CredentialStore(QString service = QStringLiteral("Brickdesk"),
                             QObject *parent = nullptr);

    void write(const QString &profileId, const QString &kind, const QString &secret,
               QObject *context, Handler done);
    void read(const QString &profileId, const QString &kind, QObject *context, Handler done);
    void remove(const QString &profileId, const QString &kind, QObject *context, Handler done);
    // Removes every secret the index lists for the profile.
    void removeAll(const QString &profileId, QObject *context, Handler done);

    // The kinds stored for a profile, from the index.
    QStringList storedKinds(const QString &profileId) const;

private:
    void remember(const QString &profileId, const QString &kind, bool stored);

    QString m_service;
};

} // namespace brickdesk
