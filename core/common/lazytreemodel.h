#pragma once

#include "core/common/treeroles.h"
#include "core/net/apierror.h"

#include <QAbstractItemModel>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <any>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace brickdesk {

// The base of every lazily listed tree (workspace files, DBFS, jobs and their
// runs, secret scopes and their keys). It owns the rows, the fetch state of
// every folder and everything around listing; a subclass only says how to
// list one folder's children, how entries sort and what their columns show.
//
// - A folder is listed when a view first asks for its children (fetchMore),
//   deferred to the next event loop turn and started for all folders asked
//   for in that turn at once. It shows one "Loading…" row meanwhile and one
//   error row when the listing fails.
// - refresh() lists a folder again and merges the answer into the rows by
//   key: vanished rows are removed, new ones inserted in sort order, the
//   others keep their node (so persistent indexes, expansion and selection
//   survive) and report changed data with dataChanged. Folders below that
//   were listed are listed again the same way (RefreshDepth::Subtree).
// - A listing may answer one page and a token for the next one; the folder
//   then ends in a "Load more…" row, and fetchMore() on the folder or
//   loadMore() lists and adds the next page.
// - Every listing runs under a scope object that is the call's context.
//   Refreshing or dropping the folder, or destroying the model, destroys the
//   scope, so the client drops the late reply itself.
class LazyTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class RefreshDepth {
        Subtree, // the folder and every listed folder below it
        Folder,  // the folder only
    };
    Q_ENUM(RefreshDepth)

    // One child a listing found.
    struct Entry
    {
        // Unique among its siblings and the same in every listing (a path,
        // an id): refresh matches rows by it.
        QString key;
        bool isFolder = false; // has children of its own, listed on demand
        std::any value;        // what the subclass shows (WorkspaceObject, ...)
    };

    // What one listing call answers.
    struct Listing
    {
        std::optional<ApiError> error;
        QList<Entry> entries;  // in any order; of equal keys the first counts
        QString nextPageToken; // not empty: the folder has more children
    };
    using ListDone = std::function<void(Listing listing)>;

    explicit LazyTreeModel(QObject *parent = nullptr);
    ~LazyTreeModel() override;

    // Lists the folder at `index` again (the root for an invalid index; on a
    // row that is no folder, its folder), from the first page. Rows stay
    // while the listing is in flight. Also the way to retry after an error.
    void refresh(const QModelIndex &index = {}, RefreshDepth depth = RefreshDepth::Subtree);
    // True while a listing of the folder at `index` is queued or in flight.
    bool isLoading(const QModelIndex &index = {}) const;
    // True once the folder at `index` was listed and nothing is in flight.
    bool isLoaded(const QModelIndex &index = {}) const;
    // True when the folder at `index` (or the folder of the "Load more…"
    // row at `index`) has another page to list and is not listing one.
    bool canLoadMore(const QModelIndex &index = {}) const;
    // Lists the next page of the folder at `index`, or of the folder whose
    // "Load more…" row `index` is (what activating that row does).
    void loadMore(const QModelIndex &index);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Loading, error and "Load more…" rows show their text in column 0.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // As many columns as setColumnTitles() named, with those titles.
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // A folder's listing (or its next page) arrived and its rows are in.
    void folderLoaded(const QString &key);
    // A folder's listing failed: an error row if it had no rows yet,
    // otherwise its rows stay as they were.
    void folderLoadFailed(const QString &key, const QString &message);

protected:
    // Starts listing the children of `folder`, from `pageToken` (empty: the
    // first page). Pass `scope` as the context of the call; it is destroyed
    // when the answer is no longer wanted. Call `done` once, possibly at
    // once, and touch `scope` no more after it.
    virtual void listChildren(const Entry &folder, const QString &pageToken, QObject *scope,
                              ListDone done) = 0;
    // The order of siblings; by default folders first, then by key.
    virtual bool lessThan(const Entry &a, const Entry &b) const;
    // Whether a row's data changed between two listings (dataChanged); by
    // default always, so views repaint what they cannot compare.
    virtual bool entryChanged(const Entry &before, const Entry &after) const;
    virtual QVariant entryData(const Entry &entry, int column, int role) const = 0;
    // Selectable and enabled, never having children unless a folder.
    virtual Qt::ItemFlags entryFlags(const Entry &entry) const;

    // The columns, in order; called once from the subclass's constructor.
    void setColumnTitles(const QStringList &titles) { m_columnTitles = titles; }
    // Replaces the whole tree by an unlisted `root` (a model reset).
    void setRootEntry(Entry root);
    const Entry &rootEntry() const;
    // The entry of the row at `index`: the root's for an invalid index,
    // nullptr for Loading, error and "Load more…" rows.
    const Entry *entryAt(const QModelIndex &index) const;
    RowKind rowKindAt(const QModelIndex &index) const;
    // The folder a row belongs to: a folder row itself, otherwise its
    // parent; invalid for the root.
    QModelIndex folderIndexFor(const QModelIndex &index) const;
    // The entries listed so far directly in the folder at `folder`.
    QList<const Entry *> childEntries(const QModelIndex &folder) const;
    // For keys that are absolute '/'-separated paths: the loaded row whose
    // key is `path`, found by walking down through its ancestors' rows;
    // invalid for the root or a path not loaded.
    QModelIndex indexForKeyPath(const QString &path) const;

    // What listChildren() answers when there is no client to ask.
    static Listing notConnectedListing();
    // A folder listing from a service's answer for one path: every item but
    // the path itself (a listing of a path that is no folder answers that
    // object) and those without a path, as `entryOf` makes them.
    template <typename Item, typename PathOf, typename EntryOf>
    static Listing childrenListing(const std::optional<ApiError> &error, const QList<Item> &items,
                                   const QString &folderPath, PathOf pathOf, EntryOf entryOf)
    {
        Listing listing;
        listing.error = error;
        for (const Item &item : items) {
            const QString path = pathOf(item);
            if (!path.isEmpty() && path != folderPath)
                listing.entries.append(entryOf(item));
        }
        return listing;
    }

    template <typename T> static const T &valueOf(const Entry &entry)
    {
        const T *value = std::any_cast<T>(&entry.value);
        Q_ASSERT(value);
        return *value;
    }

private:
    enum class FetchState { NotFetched, Queued, Fetching, Fetched, Failed };
    struct Node;
    class FetchScope;

    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node, int column = 0) const;
    Node *folderFor(const QModelIndex &index) const;
    Node *loadMoreFolder(const QModelIndex &index) const;
    bool hasNextPage(const Node *folder) const;
    bool pageInFlight(const Node *folder) const;
    void startListing(Node *folder, bool nextPage, RefreshDepth depth, bool deferred);
    void startQueuedListings();
    void runListing(FetchScope *scope);
    void onListed(FetchScope *scope, Listing listing);
    std::vector<Entry> sortedEntries(QList<Entry> entries) const;
    void mergeChildren(Node *folder, std::vector<Entry> entries);
    void appendPage(Node *folder, std::vector<Entry> entries);
    void updateEntry(Node *node, Entry entry);
    void setLoadMore(Node *folder, const QString &nextPageToken,
                     const QString &message = QString());
    void setStatusRow(Node *folder, RowKind kind, const QString &message = QString());
    void removeChildRows(Node *folder, int first, int last);
    void insertNodes(Node *folder, int at, std::vector<std::unique_ptr<Node>> nodes);
    void renumber(Node *folder, int from);
    int objectRowCount(const Node *folder) const;
    std::unique_ptr<Node> makeNode(RowKind kind, Entry entry);
    std::unique_ptr<Node> makeNode(RowKind kind);

    std::unique_ptr<Node> m_root;
    QStringList m_columnTitles;
    // Listings asked for during this event loop turn, started together at
    // its end. A scope that went away meanwhile (its folder was dropped or
    // refreshed) is simply skipped.
    QList<QPointer<FetchScope>> m_queued;
    bool m_flushScheduled = false;
};

} // namespace brickdesk
