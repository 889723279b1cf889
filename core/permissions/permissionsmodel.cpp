#include "core/permissions/permissionsmodel.h"

using namespace Qt::StringLiterals;

namespace brickdesk {

PermissionsModel::PermissionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PermissionsModel::setPermissions(const PermissionObject &object,
                                      const ObjectPermissions &server, const QStringList &levels,
                                      const QHash<QString, QString> &sourcePaths)
{
    beginResetModel();
    m_object = object;
    m_server = server;
    m_levels = levels;
    m_sourcePaths = sourcePaths;
    m_rows.clear();
    for (const PrincipalPermissions &entry : server.entries)
        m_rows.append({entry, entry.directLevel, true});
    endResetModel();
    emit modified();
}

QList<PermissionGrant> PermissionsModel::grants() const
{
    QList<PermissionGrant> grants;
    for (const Row &row : m_rows) {
        if (!row.level.isEmpty())
            grants.append({row.entry.principal, row.level});
    }
    return grants;
}

PermissionChange PermissionsModel::change() const
{
    return PermissionChange::between(m_server.directGrants(), grants());
}

int PermissionsModel::grant(const Principal &principal, const QString &level)
{
    const int existing = rowOf(principal);
    if (existing >= 0) {
        setLevel(existing, level);
        return existing;
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({PrincipalPermissions{principal, {}, {}}, level, false});
    endInsertRows();
    emit modified();
    return row;
}

void PermissionsModel::setLevel(int row, const QString &level)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).level == level)
        return;
    m_rows[row].level = level;
    rowChanged(row);
}

void PermissionsModel::removeDirect(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const Row &current = m_rows.at(row);
    // A row added in this edit with nothing inherited has nothing left to show.
    if (!current.fromServer && current.entry.inherited.isEmpty()) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        emit modified();
        return;
    }
    setLevel(row, {});
}

int PermissionsModel::transferOwnership(const Principal &newOwner)
{
    // The owner the server has keeps Can manage; someone made owner earlier
    // in this edit goes back to what they had, so a second transfer grants
    // nobody a level they were not given.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const Row &current = m_rows.at(row);
        if (current.level != PermissionLevel::Owner ||
            samePrincipal(current.entry.principal, newOwner))
            continue;
        if (current.entry.directLevel == PermissionLevel::Owner)
            setLevel(row, PermissionLevel::Manage);
        else if (current.entry.directLevel.isEmpty())
            removeDirect(row);
        else
            setLevel(row, current.entry.directLevel);
    }
    return grant(newOwner, PermissionLevel::Owner);
}

void PermissionsModel::revertChanges()
{
    setPermissions(m_object, m_server, m_levels, m_sourcePaths);
}

int PermissionsModel::rowOf(const Principal &principal) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (samePrincipal(m_rows.at(row).entry.principal, principal))
            return row;
    }
    return -1;
}

Principal PermissionsModel::principalAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).entry.principal : Principal{};
}

QString PermissionsModel::serverLevelAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).entry.directLevel : QString();
}

int PermissionsModel::ownerRow() const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).level == PermissionLevel::Owner)
            return row;
    }
    return -1;
}

QString PermissionsModel::sourceText(const QString &objectKey) const
{
    const QStringList parts = objectKey.split(u'/', Qt::SkipEmptyParts);
    const QString segment = parts.value(0);
    const QString id = parts.value(1);
    const QString path = m_sourcePaths.value(objectKey);
    // The root folder's object id is 0.
    if (segment == "directories"_L1 && (id.isEmpty() || id == "0"_L1 || path == "/"_L1))
        return tr("the workspace root");
    if (id.isEmpty()) {
        if (segment == "jobs"_L1)
            return tr("all jobs");
        if (segment == "clusters"_L1)
            return tr("all clusters");
        if (segment == "pipelines"_L1)
            return tr("all pipelines");
        return objectKey;
    }
    if (segment == "directories"_L1)
        return tr("folder %1").arg(path.isEmpty() ? id : path);
    if (segment == "repos"_L1)
        return tr("repo %1").arg(path.isEmpty() ? id : path);
    return objectKey;
}

QString PermissionsModel::inheritedText(const InheritedPermission &inherited) const
{
    QStringList sources;
    for (const QString &key : inherited.fromObjects)
        sources.append(sourceText(key));
    if (sources.isEmpty())
        return permissionLevelText(inherited.level);
    return tr("%1 (from %2)").arg(permissionLevelText(inherited.level), sources.join(", "_L1));
}

int PermissionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PermissionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

PermissionsModel::EditState PermissionsModel::stateOf(const Row &row) const
{
    const QString &before = row.entry.directLevel;
    if (before == row.level)
        return EditState::Unchanged;
    if (before.isEmpty())
        return EditState::Added;
    return row.level.isEmpty() ? EditState::Removed : EditState::Changed;
}

QStringList PermissionsModel::choicesFor(const Row &row) const
{
    QStringList choices = m_levels;
    // Ownership moves with Transfer Ownership, which also says what becomes
    // of the former owner; a second owner is never one pick away.
    choices.removeAll(PermissionLevel::Owner);
    if (!row.level.isEmpty() && !choices.contains(row.level))
        choices.append(row.level);
    return choices;
}

QString PermissionsModel::levelCellText(const Row &row) const
{
    switch (stateOf(row)) {
    case EditState::Removed:
        return tr("Removed (was %1)").arg(permissionLevelText(row.entry.directLevel));
    case EditState::Changed:
        return tr("%1 (was %2)")
            .arg(permissionLevelText(row.level), permissionLevelText(row.entry.directLevel));
    case EditState::Added:
    case EditState::Unchanged:
        break;
    }
    return row.level.isEmpty() ? tr("None") : permissionLevelText(row.level);
}

QString PermissionsModel::inheritedCellText(const Row &row) const
{
    QStringList parts;
    for (const InheritedPermission &inherited : row.entry.inherited)
        parts.append(inheritedText(inherited));
    return parts.join("; "_L1);
}

QVariant PermissionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Principal &principal = row.entry.principal;
    switch (role) {
    case KindRole:
        return int(principal.kind);
    case AclNameRole:
        return principal.aclName;
    case LevelRole:
        return row.level;
    case EditStateRole:
        return int(stateOf(row));
    case LevelChoicesRole:
        return choicesFor(row);
    default:
        break;
    }
    switch (index.column()) {
    case PrincipalColumn:
        if (role == Qt::DisplayRole)
            return principalName(principal);
        if (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole)
            return tr("%1: %2").arg(Principal::kindName(principal.kind), principal.aclName);
        break;
    case LevelColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return levelCellText(row);
        if (role == Qt::EditRole)
            return row.level;
        if (role == Qt::ToolTipRole && flags(index).testFlag(Qt::ItemIsEditable))
            return tr("Double-click or press F2 to change the level");
        if (role == Qt::ToolTipRole && row.level == PermissionLevel::Owner)
            return tr("The owner changes with Transfer Ownership");
        break;
    case InheritedColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return inheritedCellText(row);
        break;
    default:
        break;
    }
    return {};
}

bool PermissionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != LevelColumn || role != Qt::EditRole ||
        !flags(index).testFlag(Qt::ItemIsEditable))
        return false;
    const QString level = value.toString();
    if (!choicesFor(m_rows.at(index.row())).contains(level))
        return false;
    setLevel(index.row(), level);
    return true;
}

Qt::ItemFlags PermissionsModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == LevelColumn && m_rows.at(index.row()).level != PermissionLevel::Owner)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant PermissionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PrincipalColumn:
        return tr("Principal");
    case LevelColumn:
        return tr("Permission");
    case InheritedColumn:
        return tr("Inherited");
    default:
        return {};
    }
}

void PermissionsModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit modified();
}

} // namespace brickdesk
