#include "app/connections/profilelistmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QSet>

using namespace Qt::StringLiterals;

namespace brickdesk {

ProfileListModel::ProfileListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ProfileListModel::setSaved(const QList<Profile> &profiles)
{
    m_saved = profiles;
    rebuild();
}

void ProfileListModel::setEnvironment(const std::optional<ProfileWithSecrets> &environment)
{
    m_environment = environment;
    rebuild();
}

void ProfileListModel::setConfigFile(const QList<ProfileWithSecrets> &profiles, const QString &path)
{
    m_configFile = profiles;
    m_configPath = path;
    rebuild();
}

void ProfileListModel::rebuild()
{
    // Few rows, rarely changed: a reset keeps this simple; the view keeps
    // its selection by id (see ConnectionManagerDialog).
    beginResetModel();
    m_entries.clear();
    QSet<QString> imported;
    for (const Profile &profile : std::as_const(m_saved)) {
        m_entries.append(ProfileWithSecrets{profile, {}, {}});
        if (!profile.configProfileName.isEmpty())
            imported.insert(profile.configProfileName);
        // ProfileStore does not keep configProfileName: an import keeps the
        // section's name and host, which identifies it as well.
        imported.insert(profile.displayName + u'\n' + profile.host.toString());
    }
    if (m_environment)
        m_entries.append(*m_environment);
    // A profile imported from the file is listed once, as the saved copy.
    for (const ProfileWithSecrets &fromFile : std::as_const(m_configFile)) {
        const Profile &profile = fromFile.profile;
        if (!imported.contains(profile.configProfileName) &&
            !imported.contains(profile.displayName + u'\n' + profile.host.toString()))
            m_entries.append(fromFile);
    }
    endResetModel();
}

int ProfileListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).profile.id == id)
            return row;
    return -1;
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProfileWithSecrets &entry = m_entries.at(index.row());
    const Profile &profile = entry.profile;
    const QString host = profile.host.isValid() ? profile.host.authority() : tr("no host");
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return profile.displayName;
    case Qt::ToolTipRole:
        return entry.problem.isEmpty() ? profile.host.toString()
                                       : tr("%1\n%2").arg(profile.host.toString(), entry.problem);
    case Qt::DecorationRole:
        if (!entry.problem.isEmpty())
            return QIcon(u":/icons/error.svg"_s);
        switch (profile.origin) {
        case Profile::Origin::Saved:
            return QIcon(u":/icons/host.svg"_s);
        case Profile::Origin::Environment:
            return QIcon(u":/icons/profile-environment.svg"_s);
        case Profile::Origin::ConfigFile:
            return QIcon(u":/icons/profile-file.svg"_s);
        }
        return {};
    case IdRole:
        return profile.id;
    case OriginRole:
        return int(profile.origin);
    case HostRole:
        return host;
    case ProblemRole:
        return entry.problem;
    case SubtitleRole:
        switch (profile.origin) {
        case Profile::Origin::Saved:
            return host;
        case Profile::Origin::Environment:
            return tr("%1 · from environment variables").arg(host);
        case Profile::Origin::ConfigFile:
            return tr("%1 · from %2")
                .arg(host, QDir::toNativeSeparators(QFileInfo(m_configPath).fileName()));
        }
        return host;
    }
    return {};
}

} // namespace brickdesk
