#pragma once

#include "core/auth/scimservice.h"
#include "core/net/apierror.h"
#include "core/secrets/secrettypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>

namespace brickdesk {

class ApiClient;

// Every secret scope's ACL in one table: a row per principal (groups, then
// users, then service principals, each by name), a column per scope the
// caller can see. A cell is the principal's level on the scope, edited in
// place; edits stay pending until apply() writes them.
//
// The service is not consistent under parallel ACL calls on a scope, so both
// reading and writing go one call at a time: the next call is sent only once
// the previous one has answered.
//
// A scope whose ACL cannot be read (only MANAGE may read it) gets a column
// marked unreadable, with the reason in its header tooltip; its cells are
// not editable. The model holds no colours or fonts (core has no GUI): views
// render PendingRole in bold and ErrorRole in red.
class AclMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The level of no ACL entry, in EditRole and LevelRole.
    static constexpr int kNoPermission = -1;

    enum Role {
        LevelRole = Qt::UserRole + 1, // int: what the cell shows (pending or stored)
        StoredLevelRole,              // int: what the workspace holds, as last read
        PendingRole,                  // bool: changed and not yet written
        ErrorRole,                    // QString: why writing the cell failed
        // Header roles: vertical sections carry the principal, horizontal
        // ones the scope.
        PrincipalRole,     // QString: the ACL name
        PrincipalKindRole, // int: Principal::Kind
        ScopeRole,         // QString
        ScopeReadableRole, // bool
        KeyVaultRole,      // bool: an Azure Key Vault backed scope
    };
    Q_ENUM(Role)

    // One pending or failed change.
    struct Change
    {
        Principal principal;
        QString scope;
        int level = kNoPermission;
        QString error; // empty unless writing it failed
    };

    explicit AclMatrixModel(ApiClient *client, QObject *parent = nullptr);
    ~AclMatrixModel() override;

    // Lists the scopes, then each scope's ACL, one call at a time; columns
    // show as soon as the scopes are known, cells as each ACL arrives.
    // Drops pending changes and stops an apply in flight.
    void load();
    bool isLoading() const { return m_loadScope != nullptr; }
    // Why the scope list could not be read, if it could not.
    const std::optional<ApiError> &loadError() const { return m_loadError; }

    // An empty row for `principal`, or its row if it has one (then taking
    // this display name and kind). Returns the row.
    int addPrincipal(const Principal &principal);

    Principal principal(int row) const { return m_rows.value(row); }
    QString scope(int column) const;
    bool isScopeReadable(int column) const;
    int rowOfPrincipal(const QString &aclName) const;
    int columnOfScope(const QString &scope) const;

    // Writes every pending change, one call at a time. A failed change
    // keeps its pending value and gets an ErrorRole; the others go on.
    // Nothing happens when nothing is pending.
    void apply();
    // Stops after the call in flight; what was not confirmed stays pending.
    void cancelApply();
    bool isApplying() const { return m_applyScope != nullptr; }

    bool hasPendingChanges() const { return !m_pending.isEmpty(); }
    int pendingChangeCount() const { return int(m_pending.size()); }
    QList<Change> pendingChanges() const;
    // The changes of the last apply() that failed, with their errors.
    QList<Change> failedChanges() const;
    // Scopes whose ACL the last apply() changed.
    QStringList appliedScopes() const;
    void discardChanges();

    // "Read", "Write", "Manage"; empty for kNoPermission.
    static QString levelName(int level);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void loadFailed(const brickdesk::ApiError &error);
    void pendingChangesChanged(bool pending);
    void applyProgress(int done, int total);
    void applyFinished(int failed);

private:
    using Key = QPair<QString, QString>; // principal ACL name, lower-case scope

    struct ScopeColumn
    {
        SecretScope scope;
        bool loaded = false;
        QString unreadable; // why its ACL could not be read; empty when it could
    };

    Key keyAt(int row, int column) const;
    int level(const Key &key) const;
    int ensureRow(const Principal &principal);
    void loadAcl(int column);
    void writeNext();
    void finishApply();
    QString principalTitle(const Principal &principal) const;

    QPointer<ApiClient> m_client;
    QList<Principal> m_rows;
    QList<ScopeColumn> m_columns;
    QHash<Key, int> m_stored;
    QHash<Key, int> m_pending;
    QHash<Key, QString> m_errors;
    std::unique_ptr<QObject> m_loadScope;
    std::optional<ApiError> m_loadError;

    std::unique_ptr<QObject> m_applyScope;
    QList<Key> m_queue;
    int m_applyTotal = 0;
    int m_applyDone = 0;
    int m_applyFailed = 0;
    QList<Key> m_failed;
    QSet<QString> m_applied;
};

} // namespace brickdesk
