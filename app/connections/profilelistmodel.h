#pragma once

#include "core/auth/profile.h"

#include <QAbstractListModel>
#include <QList>

namespace brickdesk {

// Every profile the connection manager offers, in three groups: the user's
// saved profiles, the "Environment" profile (DATABRICKS_* variables) and the
// profiles of ~/.databrickscfg not imported yet. Entries of the last two
// carry their secrets in memory; saved ones never do (they are in the
// keychain).
class ProfileListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        OriginRole, // Profile::Origin as int
        HostRole,   // the host's authority, "adb-1.azuredatabricks.net"
        ProblemRole,
        SubtitleRole, // second line: host and where the profile comes from
    };

    explicit ProfileListModel(QObject *parent = nullptr);

    void setSaved(const QList<Profile> &profiles);
    void setEnvironment(const std::optional<ProfileWithSecrets> &environment);
    void setConfigFile(const QList<ProfileWithSecrets> &profiles, const QString &path);

    const ProfileWithSecrets &entry(int row) const { return m_entries.at(row); }
    int rowOf(const QString &id) const;
    // The file the ConfigFile entries were read from.
    QString configPath() const { return m_configPath; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    QList<Profile> m_saved;
    std::optional<ProfileWithSecrets> m_environment;
    QList<ProfileWithSecrets> m_configFile;
    QString m_configPath;
    QList<ProfileWithSecrets> m_entries;
};

} // namespace brickdesk
