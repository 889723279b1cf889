#pragma once

#include "core/common/lazytreemodel.h"
#include "core/common/treeroles.h"
#include "core/dbfs/dbfsfileinfo.h"
#include "core/dbfs/dbfsservice.h"
#include "core/net/apicall.h"
#include "core/net/apiclient.h" // DbfsService::client() needs the complete type
#include "core/workspace/workspacemodel.h"

#include <QUuid>

namespace brickdesk {

// The DBFS file tree from dbfs:/, listed lazily through DbfsService like the
// workspace tree; LazyTreeModel does the rest (Loading and error rows,
// refresh that keeps expansion and selection).
//
// Its roles, row kinds and name column are the shared tree ones, so the
// sorting and filtering proxies and the row delegate of the workspace tree
// serve this one unchanged.
//
// Drag and drop: rows drag out as their dbfs paths (kMimeType); a drop is
// never carried out here but turned into moveRequested() (rows of this model
// dropped on a folder) or uploadRequested() (local files from the desktop),
// because both need the user's confirmation or the transfer queue.
class DbfsModel : public LazyTreeModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SizeColumn, ModifiedColumn, ColumnCount };
    static_assert(int(NameColumn) == int(WorkspaceModel::NameColumn));

    using RowKind = brickdesk::RowKind;
    enum Role {
        // The value behind the display text (QString name, qint64 size and
        // epoch ms), for sorting; invalid for folders' size.
        RawValueRole = TreeRoles::RawValueRole,
        PathRole = TreeRoles::PathRole,          // QString, "/tmp/a.csv" (no scheme)
        RowKindRole = TreeRoles::RowKindRole,    // RowKind
        IsFolderRole = TreeRoles::IsFolderRole,  // bool
        ErrorRole = TreeRoles::ErrorRole,        // QString, the text of an error row
        FileInfoRole = TreeRoles::FirstAreaRole, // DbfsFileInfo
    };
    Q_ENUM(Role)

    // Internal drags: {"model": "<uuid>", "paths": ["/a", ...]} in UTF-8 JSON.
    static constexpr QLatin1StringView kMimeType{"application/x-brickdesk-dbfs-paths"};

    explicit DbfsModel(ApiClient *client, QObject *parent = nullptr);
    ApiClient *client() const { return m_service.client(); }
    ~DbfsModel() override;

    // The folder whose children are the top-level rows (default "/").
    void setRootPath(const QString &path);
    QString rootPath() const;

    // Lists the folder at `path` again if it is in the tree (also one never
    // opened, so that what changed shows when it is); nothing if not.
    void refreshPath(const QString &path, RefreshDepth depth = RefreshDepth::Folder);
    // The index of an already loaded entry (the root: invalid), or invalid.
    QModelIndex indexForPath(const QString &path) const;
    // The folder a drop on `index` or a new entry goes to: the folder
    // itself, a file's folder, the root for an invalid index.
    QString folderPathFor(const QModelIndex &index) const;
    // The names of the loaded entries directly in the folder at `index`.
    QStringList childNames(const QModelIndex &index) const;

    // What the row at `index` stands for; invalid for Loading and error rows.
    DbfsFileInfo fileInfo(const QModelIndex &index) const;

    // The empty area of a view stands for the root folder: drops land there.
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // The dbfs paths an internal drag from this model carries; empty for
    // any other data (another workspace's tree included).
    QStringList draggedPaths(const QMimeData *data) const;
    // The local files and folders of a desktop drop.
    static QStringList localPaths(const QMimeData *data);

signals:
    // A drop asks to move `paths` into `folder` / upload local `paths` there.
    void moveRequested(const QStringList &paths, const QString &folder);
    void uploadRequested(const QStringList &localPaths, const QString &folder);

protected:
    void listChildren(const Entry &folder, const QString &pageToken, QObject *scope,
                      ListDone done) override;
    bool lessThan(const Entry &a, const Entry &b) const override;
    bool entryChanged(const Entry &before, const Entry &after) const override;
    QVariant entryData(const Entry &entry, int column, int role) const override;
    Qt::ItemFlags entryFlags(const Entry &entry) const override;

private:
    static Entry entryOf(const DbfsFileInfo &info);
    // The folder a drop on `parent` goes to; nullptr if it is no folder.
    const DbfsFileInfo *dropFolder(const QModelIndex &parent) const;

    DbfsService m_service;
    // Tells this model's drags from another workspace's: a path means
    // nothing in the other one.
    const QString m_dragSource = QUuid::createUuid().toString(QUuid::WithoutBraces);
};

} // namespace brickdesk
