#pragma once

#include "core/common/lazytreemodel.h"
#include "core/secrets/secretsservice.h"
#include "core/secrets/secrettypes.h"

#include <QDateTime>

#include <optional>

namespace brickdesk {

// Secret scopes and their keys as a lazy tree: the scopes are listed when a
// view first shows the tree, a scope's keys when it is opened. Rows are
// keyed by path, "/<scope>" and "/<scope>/<key>", so the shared proxies,
// delegate and views serve it like the file trees. Values are never listed.
class SecretsModel : public LazyTreeModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DetailColumn, AgeColumn, ColumnCount };
    static_assert(int(NameColumn) == TreeRoles::NameColumn);
    enum Role {
        RawValueRole = TreeRoles::RawValueRole,
        PathRole = TreeRoles::PathRole,
        RowKindRole = TreeRoles::RowKindRole,
        IsFolderRole = TreeRoles::IsFolderRole,
        ErrorRole = TreeRoles::ErrorRole,
        ScopeRole = TreeRoles::FirstAreaRole, // QString, on scope and key rows
        KeyRole,                              // QString, empty on scope rows
        IsKeyVaultRole,                       // bool, on scope and key rows
        IsStaleRole,                          // bool: a key not updated for kStaleDays
    };
    Q_ENUM(Role)

    // Keys older than this are worth rotating; the tree says so.
    static constexpr int kStaleDays = 90;

    explicit SecretsModel(ApiClient *client, QObject *parent = nullptr);
    ~SecretsModel() override;

    ApiClient *client() const { return m_service.client(); }

    // The scope of a scope or key row; nothing for other rows.
    std::optional<SecretScope> scopeAt(const QModelIndex &index) const;
    // The key of a key row; nothing for scope and other rows.
    std::optional<SecretKeyInfo> keyAt(const QModelIndex &index) const;
    QModelIndex indexForScope(const QString &scope) const;
    QModelIndex indexForKey(const QString &scope, const QString &key) const;
    // The scopes listed so far.
    QList<SecretScope> scopes() const;
    // Whether `key` is among the listed keys of `scope` (false when the
    // scope's keys were not listed).
    bool hasKey(const QString &scope, const QString &key) const;
    // Lists the scopes again (Subtree: every opened scope's keys too).
    void refreshScopes();
    // Lists one scope's keys again; nothing if the scope is not listed.
    void refreshScope(const QString &scope);

    // "3 days", "5 months": how long ago `lastUpdatedMs` was, for `now`.
    static QString ageText(qint64 lastUpdatedMs, const QDateTime &now);
    static QString backendName(const SecretScope &scope);
    // For tests: the "now" ages are measured from (default: the clock).
    void setNowForTesting(const QDateTime &now) { m_now = now; }

protected:
    void listChildren(const Entry &folder, const QString &pageToken, QObject *scope,
                      ListDone done) override;
    bool lessThan(const Entry &a, const Entry &b) const override;
    bool entryChanged(const Entry &before, const Entry &after) const override;
    QVariant entryData(const Entry &entry, int column, int role) const override;

private:
    struct ScopeRow
    {
        SecretScope scope;
    };
    struct KeyRow
    {
        SecretScope scope;
        SecretKeyInfo key;
    };

    QVariant scopeData(const SecretScope &scope, int column, int role) const;
    QVariant keyData(const KeyRow &row, int column, int role) const;
    QDateTime now() const;

    SecretsService m_service;
    QDateTime m_now;
};

} // namespace brickdesk
