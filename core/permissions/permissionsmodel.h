#pragma once

#include "core/permissions/objectpermissions.h"
#include "core/permissions/permissionchange.h"
#include "core/permissions/permissionobject.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace brickdesk {

// The access control list of one object as it is being edited: one row per
// principal with its direct level (editable, limited to the object type's
// levels) and the levels it inherits, each saying where from. The server's
// copy stays beside the edit, so change() says what Apply would send and
// every row says whether it is added, changed or removed.
class PermissionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PrincipalColumn, LevelColumn, InheritedColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // int (Principal::Kind)
        AclNameRole,                 // QString: what the entry names
        LevelRole,                   // QString: the direct level's API name, or empty
        EditStateRole,               // int (EditState)
        LevelChoicesRole,            // QStringList: the levels this row may be given
    };
    enum class EditState { Unchanged, Added, Changed, Removed };
    Q_ENUM(EditState)

    explicit PermissionsModel(QObject *parent = nullptr);

    // Shows `server` as loaded; `levels` are the type's levels, weakest
    // first; `sourcePaths` names inherited sources ("/directories/12" →
    // "/Shared/etl").
    void setPermissions(const PermissionObject &object, const ObjectPermissions &server,
                        const QStringList &levels, const QHash<QString, QString> &sourcePaths);
    const PermissionObject &object() const { return m_object; }
    const ObjectPermissions &server() const { return m_server; }
    const QStringList &levels() const { return m_levels; }

    // The direct entries the edit leaves, in row order.
    QList<PermissionGrant> grants() const;
    PermissionChange change() const;
    bool isModified() const { return !change().isEmpty(); }

    // Gives `principal` `level` directly; a principal already listed keeps
    // its row. Returns the row.
    int grant(const Principal &principal, const QString &level);
    void setLevel(int row, const QString &level);
    // Takes away the row's direct level (its inherited ones stay).
    void removeDirect(int row);
    // Makes `newOwner` the owner; whoever owned the object keeps Can manage.
    int transferOwnership(const Principal &newOwner);
    // Back to the levels the server has. Not QAbstractItemModel::revert(),
    // which views call on their own when an editor closes.
    void revertChanges();
    int rowOf(const Principal &principal) const;
    Principal principalAt(int row) const;
    // The row's direct level before the edit.
    QString serverLevelAt(int row) const;
    // The current owner's row (jobs and pipelines), or -1.
    int ownerRow() const;

    // "all jobs", "the workspace root", "folder /Shared/etl": where an
    // inherited level comes from, in words.
    QString sourceText(const QString &objectKey) const;
    // "Can manage (from all jobs)": one inherited level and its sources.
    QString inheritedText(const InheritedPermission &inherited) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // The edit changed (a level set, an entry added or removed, reverted).
    void modified();

private:
    struct Row
    {
        PrincipalPermissions entry; // as the server has it; directLevel may be empty
        QString level;              // the edited direct level; empty for none
        bool fromServer = true;
    };
    EditState stateOf(const Row &row) const;
    QStringList choicesFor(const Row &row) const;
    QString levelCellText(const Row &row) const;
    QString inheritedCellText(const Row &row) const;
    void rowChanged(int row);

    PermissionObject m_object;
    ObjectPermissions m_server;
    QStringList m_levels;
    QHash<QString, QString> m_sourcePaths;
    QList<Row> m_rows;
};

} // namespace brickdesk
