#pragma once

#include "core/net/apicall.h"
#include "core/net/apiclient.h"
#include "core/workspace/workspaceobject.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <memory>
#include <vector>

namespace brickdesk {

// The workspace file tree (notebooks, folders, repos, files), loaded lazily:
// a folder is listed with GET /api/2.0/workspace/list only when a view asks
// for its children. While the listing is in flight the folder shows one
// "Loading…" row; when it fails, one error row with the message (refresh()
// retries). Read-only.
class WorkspaceModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, LanguageColumn, ModifiedColumn, SizeColumn, ColumnCount };
    enum Role {
        // The value behind the display text (QString, qint64), for sorting.
        // Invalid when the API did not send the field.
        RawValueRole = Qt::UserRole + 1,
        PathRole,        // QString, the object's absolute path
        ObjectTypeRole,  // QString, verbatim from the API ("NOTEBOOK", "MLFLOW_EXPERIMENT")
        LanguageRole,    // QString, "PYTHON" ... for notebooks
        ObjectIdRole,    // qint64, exact (ids exceed 2^53)
        RowKindRole,     // RowKind
        IsFolderRole,    // bool: a directory or repo, sorted before everything else
        IsGitFolderRole, // bool
        ErrorRole,       // QString, the error text of an error row
    };
    Q_ENUM(Role)
    enum class RowKind { Object, Loading, Error };
    Q_ENUM(RowKind)

    explicit WorkspaceModel(ApiClient *client, QObject *parent = nullptr);
    ~WorkspaceModel() override;

    // The folder whose children are the top-level rows (default "/").
    void setRootPath(const QString &path);
    QString rootPath() const;

    // Lists the folder at `index` again (the root for an invalid index); on a
    // non-folder row, its folder. Also the way to retry after an error.
    void refresh(const QModelIndex &index = {});
    // True while the listing of the folder at `index` is in flight.
    bool isLoading(const QModelIndex &index = {}) const;
    // True once the folder at `index` was listed successfully.
    bool isLoaded(const QModelIndex &index = {}) const;
    // The index of an already loaded object, or invalid.
    QModelIndex indexForPath(const QString &path) const;

    static QString typeDisplayName(const QString &objectType, bool isGitFolder = false);
    static QString languageDisplayName(const QString &language);

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

signals:
    // A folder's listing arrived and its rows are in the model.
    void folderLoaded(const QString &path);
    // A folder's listing failed; the folder shows an error row.
    void folderLoadFailed(const QString &path, const QString &message);

private:
    enum class FetchState { NotFetched, Queued, Fetching, Fetched, Failed };
    struct Node;

    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node, int column = 0) const;
    Node *folderFor(const QModelIndex &index) const;
    void queueFetch(Node *folder);
    void startQueuedFetches();
    void startFetch(Node *folder);
    void onListed(quint64 serial, const ApiReply &reply);
    void replaceChildren(Node *folder, std::vector<std::unique_ptr<Node>> children);
    void forgetSubtree(Node *node);
    std::unique_ptr<Node> makeFolderNode(const WorkspaceObject &object, Node *parent);
    QVariant objectData(const Node &node, int column, int role) const;

    QPointer<ApiClient> m_client;
    std::unique_ptr<Node> m_root;
    // Every folder node by serial. Replies and queued work look their folder
    // up here, so a folder that was dropped meanwhile (refresh of a parent)
    // is simply not found instead of being a dangling pointer.
    QHash<quint64, Node *> m_folders;
    QList<quint64> m_queued;
    quint64 m_lastSerial = 0; // folder serials and fetch ids
    bool m_flushScheduled = false;
};

} // namespace brickdesk
