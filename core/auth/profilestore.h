#pragma once

#include "core/auth/profile.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace brickdesk {

// The user's saved profiles, in QSettings. Never holds a secret: those are in
// the keychain under the profile's id (CredentialStore).
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    explicit ProfileStore(QObject *parent = nullptr);

    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;
    // Stores a new profile; gives it a fresh id. Returns what was stored.
    Profile add(Profile profile);
    void update(const Profile &profile);
    // Removes the settings entry only; remove the secrets with
    // CredentialStore::removeAll(id).
    void remove(const QString &id);

    // The workspaces that were open at the last quit, in tab order.
    QStringList lastOpen() const;
    void setLastOpen(const QStringList &ids);

signals:
    void changed();
};

} // namespace brickdesk
