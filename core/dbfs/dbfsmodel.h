#pragma once

#include "core/dbfs/dbfsfileinfo.h"
#include "core/dbfs/dbfsservice.h"
#include "core/net/apicall.h"
#include "core/net/apiclient.h" // DbfsService::client() needs the complete type
#include "core/workspace/workspacemodel.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QUuid>

#include <memory>
#include <vector>

namespace brickdesk {

// The DBFS file tree from dbfs:/, loaded lazily like the workspace tree: a
// folder is listed with GET /api/2.0/dbfs/list only when a view asks for its
// children, shows one "Loading…" row meanwhile and one error row when the
// listing fails (refresh() retries).
//
// Its roles, row kinds and name column are the workspace tree's, so the
// sorting and filtering proxies and the row delegate of that tree serve this
// one unchanged.
//
// Drag and drop: rows drag out as their dbfs paths (kMimeType); a drop is
// never carried out here but turned into moveRequested() (rows of this model
// dropped on a folder) or uploadRequested() (local files from the desktop),
// because both need the user's confirmation or the transfer queue.
class DbfsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SizeColumn, ModifiedColumn, ColumnCount };
    static_assert(int(NameColumn) == int(WorkspaceModel::NameColumn));

    using RowKind = WorkspaceModel::RowKind;
    enum Role {
        // The value behind the display text (QString name, qint64 size and
        // epoch ms), for sorting; invalid for folders' size.
        RawValueRole = WorkspaceModel::RawValueRole,
        PathRole = WorkspaceModel::PathRole,         // QString, "/tmp/a.csv" (no scheme)
        RowKindRole = WorkspaceModel::RowKindRole,   // RowKind
        IsFolderRole = WorkspaceModel::IsFolderRole, // bool
        ErrorRole = WorkspaceModel::ErrorRole,       // QString, the text of an error row
        FileInfoRole = Qt::UserRole + 100,           // DbfsFileInfo
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

    // Lists the folder at `index` again (the root for an invalid index); on a
    // file row, its folder. Also the way to retry after an error.
    void refresh(const QModelIndex &index = {});
    // Lists the folder at `path` again if it is in the tree; nothing if not.
    void refreshPath(const QString &path);
    bool isLoading(const QModelIndex &index = {}) const;
    bool isLoaded(const QModelIndex &index = {}) const;
    // The index of an already loaded entry (the root: invalid), or invalid.
    QModelIndex indexForPath(const QString &path) const;
    // The folder a drop on `index` or a new entry goes to: the folder
    // itself, a file's folder, the root for an invalid index.
    QString folderPathFor(const QModelIndex &index) const;
    // The names of the loaded entries directly in the folder at `index`.
    QStringList childNames(const QModelIndex &index) const;

    // What the row at `index` stands for; invalid for Loading and error rows.
    DbfsFileInfo fileInfo(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

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
    void folderLoaded(const QString &path);
    void folderLoadFailed(const QString &path, const QString &message);
    // A drop asks to move `paths` into `folder` / upload local `paths` there.
    void moveRequested(const QStringList &paths, const QString &folder);
    void uploadRequested(const QStringList &localPaths, const QString &folder);

private:
    enum class FetchState { NotFetched, Queued, Fetching, Fetched, Failed };
    struct Node;

    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node, int column = 0) const;
    Node *folderFor(const QModelIndex &index) const;
    Node *dropFolder(const QModelIndex &parent) const;
    void queueFetch(Node *folder);
    void startQueuedFetches();
    void startFetch(Node *folder);
    void onListed(quint64 serial, const std::optional<ApiError> &error,
                  const QList<DbfsFileInfo> &files);
    void replaceChildren(Node *folder, std::vector<std::unique_ptr<Node>> children);
    void forgetSubtree(Node *node);
    std::unique_ptr<Node> makeNode(const DbfsFileInfo &info, Node *parent);
    QVariant entryData(const Node &node, int column, int role) const;

    DbfsService m_service;
    // Tells this model's drags from another workspace's: a path means
    // nothing in the other one.
    const QString m_dragSource = QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Node> m_root;
    // Folder nodes by serial: replies look their folder up here, so one that
    // went away meanwhile is not found instead of dangling.
    QHash<quint64, Node *> m_folders;
    QList<quint64> m_queued;
    quint64 m_lastSerial = 0;
    bool m_flushScheduled = false;
};

} // namespace brickdesk
