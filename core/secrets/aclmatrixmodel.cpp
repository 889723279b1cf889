#include "core/secrets/aclmatrixmodel.h"

#include "core/net/apiclient.h"
#include "core/secrets/secretsservice.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

int kindOrder(Principal::Kind kind)
{
    switch (kind) {
    case Principal::Kind::Group:
        return 0;
    case Principal::Kind::User:
        return 1;
    case Principal::Kind::ServicePrincipal:
        return 2;
    }
    return 3;
}

bool principalLess(const Principal &a, const Principal &b)
{
    if (kindOrder(a.kind) != kindOrder(b.kind))
        return kindOrder(a.kind) < kindOrder(b.kind);
    if (const int c = a.displayName.compare(b.displayName, Qt::CaseInsensitive); c != 0)
        return c < 0;
    return a.aclName < b.aclName;
}

} // namespace

AclMatrixModel::AclMatrixModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

AclMatrixModel::~AclMatrixModel() = default;

QString AclMatrixModel::levelName(int level)
{
    if (level < int(SecretPermission::Read) || level > int(SecretPermission::Manage))
        return {}; // no entry
    return secretPermissionText(SecretPermission(level));
}

void AclMatrixModel::load()
{
    cancelApply();
    m_loadScope = std::make_unique<QObject>();
    const bool hadPending = hasPendingChanges();
    beginResetModel();
    m_rows.clear();
    m_columns.clear();
    m_stored.clear();
    m_pending.clear();
    m_errors.clear();
    m_failed.clear();
    m_loadError.reset();
    endResetModel();
    if (hadPending)
        emit pendingChangesChanged(false);
    if (!m_client)
        return;
    SecretsService(m_client).listScopes(
        m_loadScope.get(), [this](const std::optional<ApiError> &error, QList<SecretScope> scopes) {
            if (error) {
                m_loadError = error;
                m_loadScope.reset();
                emit loadFailed(*error);
                return;
            }
            std::sort(scopes.begin(), scopes.end(), [](const auto &a, const auto &b) {
                return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
            });
            if (!scopes.isEmpty()) {
                beginInsertColumns({}, 0, int(scopes.size()) - 1);
                for (const SecretScope &scope : std::as_const(scopes))
                    m_columns.append({scope, false, {}});
                endInsertColumns();
            }
            loadAcl(0);
        });
}

void AclMatrixModel::loadAcl(int column)
{
    if (column >= m_columns.size()) {
        m_loadScope.reset();
        emit loaded();
        return;
    }
    const QString name = m_columns.at(column).scope.name;
    SecretsService(m_client).listAcls(
        name, m_loadScope.get(),
        [this, column](const std::optional<ApiError> &error, const QList<SecretAcl> &acls) {
            ScopeColumn &scope = m_columns[column];
            scope.loaded = true;
            if (error) {
                scope.unreadable = error->toString();
            } else {
                for (const SecretAcl &acl : acls) {
                    ensureRow(
                        {Principal::kindOfAclName(acl.principal), acl.principal, acl.principal});
                    m_stored.insert({acl.principal, scope.scope.name.toLower()},
                                    int(acl.permission));
                }
            }
            emit headerDataChanged(Qt::Horizontal, column, column);
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, column), index(int(m_rows.size()) - 1, column));
            loadAcl(column + 1);
        });
}

int AclMatrixModel::ensureRow(const Principal &principal)
{
    if (const int row = rowOfPrincipal(principal.aclName); row >= 0)
        return row;
    const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), principal, principalLess);
    const int row = int(at - m_rows.begin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, principal);
    endInsertRows();
    return row;
}

int AclMatrixModel::addPrincipal(const Principal &principal)
{
    if (principal.aclName.isEmpty())
        return -1;
    const int row = rowOfPrincipal(principal.aclName);
    if (row < 0)
        return ensureRow(principal);
    if (m_rows.at(row) == principal)
        return row;
    // A row read from an ACL knows only the name; the directory's display
    // name and kind replace the guess, and the row moves to where it sorts.
    QList<Principal> others = m_rows;
    others.removeAt(row);
    const int to = int(std::lower_bound(others.begin(), others.end(), principal, principalLess) -
                       others.begin());
    if (to != row) {
        // beginMoveRows counts the destination before the move.
        beginMoveRows({}, row, row, {}, to > row ? to + 1 : to);
        m_rows.move(row, to);
        m_rows[to] = principal;
        endMoveRows();
    } else {
        m_rows[row] = principal;
        emit headerDataChanged(Qt::Vertical, row, row);
    }
    return to;
}

QString AclMatrixModel::scope(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).scope.name : QString();
}

bool AclMatrixModel::isScopeReadable(int column) const
{
    return column >= 0 && column < m_columns.size() && m_columns.at(column).loaded &&
           m_columns.at(column).unreadable.isEmpty();
}

int AclMatrixModel::rowOfPrincipal(const QString &aclName) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).aclName == aclName)
            return row;
    return -1;
}

int AclMatrixModel::columnOfScope(const QString &scope) const
{
    for (int column = 0; column < m_columns.size(); ++column)
        if (m_columns.at(column).scope.name.compare(scope, Qt::CaseInsensitive) == 0)
            return column;
    return -1;
}

AclMatrixModel::Key AclMatrixModel::keyAt(int row, int column) const
{
    return {m_rows.at(row).aclName, m_columns.at(column).scope.name.toLower()};
}

int AclMatrixModel::level(const Key &key) const
{
    const auto pending = m_pending.constFind(key);
    return pending != m_pending.cend() ? *pending : m_stored.value(key, kNoPermission);
}

int AclMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AclMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant AclMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() ||
        index.column() >= columnCount())
        return {};
    const ScopeColumn &column = m_columns.at(index.column());
    const Key key = keyAt(index.row(), index.column());
    const int shown = level(key);
    switch (role) {
    case Qt::DisplayRole:
        return levelName(shown);
    case Qt::EditRole:
    case LevelRole:
        return shown;
    case StoredLevelRole:
        return m_stored.value(key, kNoPermission);
    case PendingRole:
        return m_pending.contains(key);
    case ErrorRole:
        if (const auto error = m_errors.constFind(key); error != m_errors.cend())
            return *error;
        return {};
    case PrincipalRole:
        return m_rows.at(index.row()).aclName;
    case ScopeRole:
        return column.scope.name;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole: {
        const QString who = principalTitle(m_rows.at(index.row()));
        if (!column.unreadable.isEmpty())
            return tr("The permissions on “%1” cannot be read: %2")
                .arg(column.scope.name, column.unreadable);
        const QString stored = levelName(m_stored.value(key, kNoPermission));
        QString text = shown == kNoPermission
                           ? tr("%1 has no permission on “%2”").arg(who, column.scope.name)
                           : tr("%1: %2 on “%3”").arg(who, levelName(shown), column.scope.name);
        if (m_pending.contains(key))
            text += u'\n' + tr("pending (now: %1)").arg(stored.isEmpty() ? tr("none") : stored);
        if (const auto error = m_errors.constFind(key); error != m_errors.cend())
            text += u'\n' + tr("Writing it failed: %1").arg(*error);
        return text;
    }
    default:
        return {};
    }
}

bool AclMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole && role != LevelRole)
        return false;
    if (!(flags(index) & Qt::ItemIsEditable))
        return false;
    bool ok = false;
    const int wanted = value.toInt(&ok);
    if (!ok || wanted < kNoPermission || wanted > int(SecretPermission::Manage))
        return false;
    const Key key = keyAt(index.row(), index.column());
    const bool hadPending = hasPendingChanges();
    if (wanted == m_stored.value(key, kNoPermission))
        m_pending.remove(key);
    else
        m_pending.insert(key, wanted);
    m_errors.remove(key);
    emit dataChanged(index, index);
    if (hadPending != hasPendingChanges())
        emit pendingChangesChanged(hasPendingChanges());
    return true;
}

Qt::ItemFlags AclMatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() ||
        index.column() >= columnCount())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isScopeReadable(index.column()) && !isApplying())
        flags |= Qt::ItemIsEditable;
    return flags;
}

QString AclMatrixModel::principalTitle(const Principal &principal) const
{
    if (principal.kind == Principal::Kind::ServicePrincipal &&
        principal.displayName != principal.aclName)
        return tr("%1 (%2)").arg(principal.displayName, principal.aclName);
    return principal.displayName.isEmpty() ? principal.aclName : principal.displayName;
}

QVariant AclMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_columns.size())
            return {};
        const ScopeColumn &column = m_columns.at(section);
        switch (role) {
        case Qt::DisplayRole:
            return column.unreadable.isEmpty() ? column.scope.name
                                               : tr("%1 (unreadable)").arg(column.scope.name);
        case Qt::ToolTipRole:
            if (!column.unreadable.isEmpty())
                return tr("The permissions on “%1” cannot be read, so they cannot be changed "
                          "here: %2")
                    .arg(column.scope.name, column.unreadable);
            if (!column.loaded)
                return tr("Reading the permissions on “%1”…").arg(column.scope.name);
            return column.scope.isKeyVault()
                       ? tr("“%1”: an Azure Key Vault backed scope").arg(column.scope.name)
                       : tr("“%1”: a Databricks scope").arg(column.scope.name);
        case ScopeRole:
            return column.scope.name;
        case ScopeReadableRole:
            return isScopeReadable(section);
        case KeyVaultRole:
            return column.scope.isKeyVault();
        default:
            return {};
        }
    }
    if (section < 0 || section >= m_rows.size())
        return {};
    const Principal &principal = m_rows.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return principalTitle(principal);
    case Qt::ToolTipRole:
        return tr("%1: %2").arg(Principal::kindName(principal.kind), principal.aclName);
    case PrincipalRole:
        return principal.aclName;
    case PrincipalKindRole:
        return int(principal.kind);
    default:
        return {};
    }
}

QList<AclMatrixModel::Change> AclMatrixModel::pendingChanges() const
{
    QList<Change> out;
    for (int row = 0; row < m_rows.size(); ++row)
        for (int column = 0; column < m_columns.size(); ++column) {
            const Key key = keyAt(row, column);
            if (const auto it = m_pending.constFind(key); it != m_pending.cend())
                out.append(
                    {m_rows.at(row), m_columns.at(column).scope.name, *it, m_errors.value(key)});
        }
    return out;
}

QList<AclMatrixModel::Change> AclMatrixModel::failedChanges() const
{
    QList<Change> out;
    for (const Key &key : m_failed) {
        const int row = rowOfPrincipal(key.first);
        const int column = columnOfScope(key.second);
        if (row < 0 || column < 0 || !m_errors.contains(key))
            continue;
        out.append(
            {m_rows.at(row), m_columns.at(column).scope.name, level(key), m_errors.value(key)});
    }
    return out;
}

QStringList AclMatrixModel::appliedScopes() const
{
    QStringList out;
    for (const ScopeColumn &column : m_columns)
        if (m_applied.contains(column.scope.name.toLower()))
            out.append(column.scope.name);
    return out;
}

void AclMatrixModel::discardChanges()
{
    cancelApply();
    if (m_pending.isEmpty() && m_errors.isEmpty())
        return;
    m_pending.clear();
    m_errors.clear();
    m_failed.clear();
    if (!m_rows.isEmpty() && !m_columns.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(m_columns.size()) - 1));
    emit pendingChangesChanged(false);
}

void AclMatrixModel::apply()
{
    if (isApplying() || m_pending.isEmpty() || !m_client)
        return;
    m_queue.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        for (int column = 0; column < m_columns.size(); ++column)
            if (const Key key = keyAt(row, column); m_pending.contains(key))
                m_queue.append(key);
    m_applyScope = std::make_unique<QObject>();
    m_applyTotal = int(m_queue.size());
    m_applyDone = 0;
    m_applyFailed = 0;
    m_failed.clear();
    m_applied.clear();
    emit applyProgress(0, m_applyTotal);
    if (isApplying())
        writeNext();
}

void AclMatrixModel::writeNext()
{
    if (m_queue.isEmpty()) {
        finishApply();
        return;
    }
    const Key key = m_queue.first();
    const int wanted = m_pending.value(key, kNoPermission);
    const QString scope = m_columns.at(columnOfScope(key.second)).scope.name;
    const auto answered = [this, key, wanted](const std::optional<ApiError> &error) {
        m_queue.removeFirst();
        ++m_applyDone;
        // Removing an entry that is already gone leaves what was wanted.
        if (!error || (wanted == kNoPermission && error->isNotFound())) {
            if (wanted == kNoPermission)
                m_stored.remove(key);
            else
                m_stored.insert(key, wanted);
            m_pending.remove(key);
            m_errors.remove(key);
            m_applied.insert(key.second);
        } else {
            m_errors.insert(key, error->toString());
            m_failed.append(key);
            ++m_applyFailed;
        }
        const int row = rowOfPrincipal(key.first);
        const int column = columnOfScope(key.second);
        if (row >= 0 && column >= 0)
            emit dataChanged(index(row, column), index(row, column));
        if (m_pending.isEmpty())
            emit pendingChangesChanged(false);
        emit applyProgress(m_applyDone, m_applyTotal);
        if (isApplying()) // a slot may have cancelled
            writeNext();
    };
    const SecretsService secrets(m_client);
    if (wanted == kNoPermission)
        secrets.deleteAcl(scope, key.first, m_applyScope.get(), answered);
    else
        secrets.putAcl(scope, {key.first, SecretPermission(wanted)}, m_applyScope.get(), answered);
}

void AclMatrixModel::finishApply()
{
    m_applyScope.reset();
    m_queue.clear();
    // Cells are editable again.
    if (!m_rows.isEmpty() && !m_columns.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(m_columns.size()) - 1));
    emit applyFinished(m_applyFailed);
}

void AclMatrixModel::cancelApply()
{
    if (!isApplying())
        return;
    // Dropping the scope cancels the call in flight; whether the service
    // applied it is unknown, so it stays pending (put overwrites and a
    // repeated delete of a gone entry counts as done, so applying again is
    // safe).
    finishApply();
}

} // namespace brickdesk
