#include "core/common/lazytreemodel.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace brickdesk {

struct LazyTreeModel::Node
{
    RowKind kind = RowKind::Object;
    Entry entry;
    // An error row's message; on a "Load more…" row, why the last page failed.
    QString message;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    // Folders only.
    FetchState state = FetchState::NotFetched;
    std::unique_ptr<FetchScope> scope; // the listing queued or in flight
    QString nextPageToken;

    bool isFolder() const { return kind == RowKind::Object && entry.isFolder; }
};

// The context of one listing. Its folder owns it, so dropping the folder, a
// new listing of it or the model's end destroys it, and with it the client's
// wish to deliver the reply.
class LazyTreeModel::FetchScope : public QObject
{
public:
    FetchScope(Node *node, bool nextPage, RefreshDepth depth, QObject *parent)
        : QObject(parent)
        , node(node)
        , nextPage(nextPage)
        , depth(depth)
    {}

    Node *const node;
    const bool nextPage; // appends the page after node->nextPageToken
    const RefreshDepth depth;
};

LazyTreeModel::LazyTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    Entry root;
    root.isFolder = true;
    m_root = makeNode(RowKind::Object, std::move(root));
}

LazyTreeModel::~LazyTreeModel()
{
    // The scopes are children of this object: they go with their nodes now,
    // while the model is still whole, not in ~QObject.
    m_root.reset();
}

std::unique_ptr<LazyTreeModel::Node> LazyTreeModel::makeNode(RowKind kind, Entry entry)
{
    auto node = std::make_unique<Node>();
    node->kind = kind;
    node->entry = std::move(entry);
    return node;
}

std::unique_ptr<LazyTreeModel::Node> LazyTreeModel::makeNode(RowKind kind)
{
    return makeNode(kind, Entry());
}

void LazyTreeModel::setRootEntry(Entry root)
{
    beginResetModel();
    root.isFolder = true;
    m_root = makeNode(RowKind::Object, std::move(root));
    m_queued.clear();
    endResetModel();
}

const LazyTreeModel::Entry &LazyTreeModel::rootEntry() const
{
    return m_root->entry;
}

LazyTreeModel::Node *LazyTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex LazyTreeModel::indexFor(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, node);
}

LazyTreeModel::Node *LazyTreeModel::folderFor(const QModelIndex &index) const
{
    Node *node = nodeFor(index);
    while (node && !node->isFolder())
        node = node->parent;
    return node ? node : m_root.get();
}

LazyTreeModel::Node *LazyTreeModel::loadMoreFolder(const QModelIndex &index) const
{
    Node *node = nodeFor(index);
    if (node->kind == RowKind::LoadMore)
        return node->parent;
    return node->isFolder() ? node : nullptr;
}

const LazyTreeModel::Entry *LazyTreeModel::entryAt(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    return node->kind == RowKind::Object ? &node->entry : nullptr;
}

RowKind LazyTreeModel::rowKindAt(const QModelIndex &index) const
{
    return nodeFor(index)->kind;
}

QModelIndex LazyTreeModel::folderIndexFor(const QModelIndex &index) const
{
    return indexFor(folderFor(index));
}

QList<const LazyTreeModel::Entry *> LazyTreeModel::childEntries(const QModelIndex &folder) const
{
    QList<const Entry *> entries;
    for (const auto &child : nodeFor(folder)->children) {
        if (child->kind == RowKind::Object)
            entries << &child->entry;
    }
    return entries;
}

QModelIndex LazyTreeModel::indexForKeyPath(const QString &path) const
{
    // One path segment at a time, through the loaded part of the tree.
    const Node *node = m_root.get();
    while (node && node->entry.key != path) {
        const Node *next = nullptr;
        for (const auto &child : node->children) {
            const QString &key = child->entry.key;
            if (child->kind == RowKind::Object &&
                (key == path || (path.startsWith(key) && path.at(key.size()) == u'/'))) {
                next = child.get();
                break;
            }
        }
        node = next;
    }
    return node ? indexFor(node) : QModelIndex();
}

bool LazyTreeModel::lessThan(const Entry &a, const Entry &b) const
{
    if (a.isFolder != b.isFolder)
        return a.isFolder;
    return a.key < b.key;
}

bool LazyTreeModel::entryChanged(const Entry &, const Entry &) const
{
    return true;
}

Qt::ItemFlags LazyTreeModel::entryFlags(const Entry &entry) const
{
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!entry.isFolder)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

void LazyTreeModel::refresh(const QModelIndex &index, RefreshDepth depth)
{
    startListing(folderFor(index), false, depth, false);
}

bool LazyTreeModel::isLoading(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    return node->state == FetchState::Queued || node->state == FetchState::Fetching;
}

bool LazyTreeModel::isLoaded(const QModelIndex &index) const
{
    return nodeFor(index)->state == FetchState::Fetched;
}

bool LazyTreeModel::hasNextPage(const Node *folder) const
{
    return folder->state == FetchState::Fetched && !folder->nextPageToken.isEmpty();
}

bool LazyTreeModel::pageInFlight(const Node *folder) const
{
    return folder->scope && folder->scope->nextPage;
}

bool LazyTreeModel::canLoadMore(const QModelIndex &index) const
{
    const Node *folder = loadMoreFolder(index);
    return folder && hasNextPage(folder);
}

void LazyTreeModel::loadMore(const QModelIndex &index)
{
    if (Node *folder = loadMoreFolder(index); folder && hasNextPage(folder))
        startListing(folder, true, RefreshDepth::Folder, false);
}

// Views (and QAbstractItemModelTester) call fetchMore() from inside layout
// code and model signal handlers, where changing rows would nest one change
// inside another: listings start on the next event loop turn.
void LazyTreeModel::startListing(Node *folder, bool nextPage, RefreshDepth depth, bool deferred)
{
    // Replacing the scope drops whatever listing of this folder was pending.
    folder->scope = std::make_unique<FetchScope>(folder, nextPage, depth, this);
    if (!deferred) {
        runListing(folder->scope.get());
        return;
    }
    folder->state = FetchState::Queued;
    // No row changes here: this may run between a begin/end pair of
    // another change. The "Load more…" row says "Loading…" once it starts.
    m_queued.append(folder->scope.get());
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(this, &LazyTreeModel::startQueuedListings, Qt::QueuedConnection);
}

void LazyTreeModel::startQueuedListings()
{
    m_flushScheduled = false;
    const QList<QPointer<FetchScope>> queued = std::exchange(m_queued, {});
    for (const QPointer<FetchScope> &scope : queued) {
        if (scope && scope->node->scope.get() == scope && scope->node->state == FetchState::Queued)
            runListing(scope);
    }
}

void LazyTreeModel::runListing(FetchScope *scope)
{
    Node *folder = scope->node;
    // Set before any row changes: a view that looks at the folder in between
    // must not ask for a second listing.
    folder->state = FetchState::Fetching;
    if (scope->nextPage)
        setLoadMore(folder, folder->nextPageToken);
    else if (objectRowCount(folder) == 0)
        setStatusRow(folder, RowKind::Loading);
    // Otherwise the rows stay until the answer is merged into them.

    const QString token = scope->nextPage ? folder->nextPageToken : QString();
    // The client drops a reply whose scope is gone; a lister that is no
    // client may not, so the guard is checked here as well.
    const QPointer<FetchScope> guard(scope);
    listChildren(folder->entry, token, scope, [this, guard](Listing listing) {
        if (guard && guard->node->scope.get() == guard)
            onListed(guard, std::move(listing));
    });
}

void LazyTreeModel::onListed(FetchScope *scope, Listing listing)
{
    Node *folder = scope->node;
    const bool nextPage = scope->nextPage;
    const RefreshDepth depth = scope->depth;
    // One listing per scope: this one is over.
    folder->scope.reset();
    const QString key = folder->entry.key;

    if (listing.error) {
        const QString message = listing.error->toString();
        if (objectRowCount(folder) > 0 || nextPage) {
            // What was listed before is still the best there is.
            folder->state = FetchState::Fetched;
            if (nextPage || !folder->nextPageToken.isEmpty())
                setLoadMore(folder, folder->nextPageToken, nextPage ? message : QString());
        } else {
            folder->state = FetchState::Failed;
            folder->nextPageToken.clear();
            setStatusRow(folder, RowKind::Error, message);
        }
        emit folderLoadFailed(key, message);
        return;
    }

    std::vector<Entry> entries = sortedEntries(std::move(listing.entries));
    if (nextPage)
        appendPage(folder, std::move(entries));
    else
        mergeChildren(folder, std::move(entries));
    setLoadMore(folder, listing.nextPageToken);
    folder->state = FetchState::Fetched;

    if (!nextPage && depth == RefreshDepth::Subtree) {
        // Only folders that were listed: what nobody opened stays unlisted.
        std::vector<Node *> listed;
        for (const auto &child : folder->children) {
            if (child->isFolder() &&
                (child->state == FetchState::Fetched || child->state == FetchState::Failed))
                listed.push_back(child.get());
        }
        for (Node *child : listed)
            startListing(child, false, RefreshDepth::Subtree, false);
    }
    emit folderLoaded(key);
}

std::vector<LazyTreeModel::Entry> LazyTreeModel::sortedEntries(QList<Entry> entries) const
{
    std::vector<Entry> sorted;
    sorted.reserve(size_t(entries.size()));
    QSet<QString> seen;
    for (Entry &entry : entries) {
        if (seen.contains(entry.key))
            continue;
        seen.insert(entry.key);
        sorted.push_back(std::move(entry));
    }
    std::stable_sort(sorted.begin(), sorted.end(),
                     [this](const Entry &a, const Entry &b) { return lessThan(a, b); });
    return sorted;
}

int LazyTreeModel::objectRowCount(const Node *folder) const
{
    // Object rows come first; status rows and "Load more…" follow them.
    int count = 0;
    for (const auto &child : folder->children) {
        if (child->kind != RowKind::Object)
            break;
        ++count;
    }
    return count;
}

void LazyTreeModel::mergeChildren(Node *folder, std::vector<Entry> entries)
{
    auto &children = folder->children;
    // Loading and error rows make way; "Load more…" is setLoadMore()'s.
    for (int row = int(children.size()) - 1; row >= 0; --row) {
        const RowKind kind = children[size_t(row)]->kind;
        if (kind == RowKind::Loading || kind == RowKind::Error)
            removeChildRows(folder, row, row);
    }

    QHash<QString, size_t> wanted;
    for (size_t i = 0; i < entries.size(); ++i)
        wanted.insert(entries[i].key, i);

    // Vanished rows go, in runs, from the end so that rows stay valid.
    for (int last = objectRowCount(folder) - 1; last >= 0;) {
        if (wanted.contains(children[size_t(last)]->entry.key)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !wanted.contains(children[size_t(first - 1)]->entry.key))
            --first;
        removeChildRows(folder, first, last);
        last = first - 1;
    }

    QHash<QString, Node *> surviving;
    for (const auto &child : children) {
        if (child->kind == RowKind::Object)
            surviving.insert(child->entry.key, child.get());
    }

    // Rows [0, row) are final; the surviving ones not placed yet lie below.
    const QModelIndex parentIndex = indexFor(folder);
    size_t row = 0;
    while (row < entries.size()) {
        Node *existing = surviving.value(entries[row].key);
        if (existing) {
            if (existing->row != int(row)) {
                // Its sort position changed (a file became a folder).
                const int from = existing->row;
                beginMoveRows(parentIndex, from, from, parentIndex, int(row));
                auto moved = std::move(children[size_t(from)]);
                children.erase(children.begin() + from);
                children.insert(children.begin() + qsizetype(row), std::move(moved));
                renumber(folder, int(row));
                endMoveRows();
            }
            updateEntry(existing, std::move(entries[row]));
            ++row;
            continue;
        }
        // A run of new rows in one batch: one layout for a whole folder.
        size_t end = row;
        std::vector<std::unique_ptr<Node>> nodes;
        while (end < entries.size() && !surviving.contains(entries[end].key)) {
            nodes.push_back(makeNode(RowKind::Object, std::move(entries[end])));
            ++end;
        }
        insertNodes(folder, int(row), std::move(nodes));
        row = end;
    }
}

void LazyTreeModel::appendPage(Node *folder, std::vector<Entry> entries)
{
    // A page may repeat rows when the folder changed since the last one.
    QSet<QString> known;
    for (const auto &child : folder->children) {
        if (child->kind == RowKind::Object)
            known.insert(child->entry.key);
    }
    std::erase_if(entries, [&known](const Entry &entry) { return known.contains(entry.key); });

    // Each row at its sorted place: the end when the server pages in the
    // model's order, which is what paged listings do.
    const auto &children = folder->children;
    const int objects = objectRowCount(folder);
    std::vector<std::pair<int, std::vector<std::unique_ptr<Node>>>> runs;
    for (Entry &entry : entries) {
        const auto at = std::upper_bound(
            children.begin(), children.begin() + objects, entry,
            [this](const Entry &value, const auto &node) { return lessThan(value, node->entry); });
        const int position = int(at - children.begin());
        if (runs.empty() || runs.back().first != position)
            runs.emplace_back(position, std::vector<std::unique_ptr<Node>>{});
        runs.back().second.push_back(makeNode(RowKind::Object, std::move(entry)));
    }
    // From the last run back, so the positions of earlier runs hold.
    for (auto run = runs.rbegin(); run != runs.rend(); ++run)
        insertNodes(folder, run->first, std::move(run->second));
}

void LazyTreeModel::updateEntry(Node *node, Entry entry)
{
    if (!entryChanged(node->entry, entry))
        return;
    const bool wasFolder = node->entry.isFolder;
    node->entry = std::move(entry);
    if (wasFolder != node->entry.isFolder) {
        // Its children (if any) belonged to what it was.
        if (!node->children.empty())
            removeChildRows(node, 0, int(node->children.size()) - 1);
        node->scope.reset();
        node->state = FetchState::NotFetched;
        node->nextPageToken.clear();
    }
    emit dataChanged(indexFor(node, 0), indexFor(node, columnCount(indexFor(node->parent)) - 1));
}

void LazyTreeModel::setLoadMore(Node *folder, const QString &nextPageToken, const QString &message)
{
    folder->nextPageToken = nextPageToken;
    auto &children = folder->children;
    const bool shown = !children.empty() && children.back()->kind == RowKind::LoadMore;
    if (nextPageToken.isEmpty()) {
        if (shown)
            removeChildRows(folder, int(children.size()) - 1, int(children.size()) - 1);
        return;
    }
    if (!shown) {
        std::vector<std::unique_ptr<Node>> row;
        row.push_back(makeNode(RowKind::LoadMore));
        row.back()->message = message;
        insertNodes(folder, int(children.size()), std::move(row));
        return;
    }
    // Its text says whether a page is on the way, or why the last one failed.
    children.back()->message = message;
    const QModelIndex index = indexFor(children.back().get());
    emit dataChanged(index, index);
}

void LazyTreeModel::setStatusRow(Node *folder, RowKind kind, const QString &message)
{
    if (!folder->children.empty())
        removeChildRows(folder, 0, int(folder->children.size()) - 1);
    std::vector<std::unique_ptr<Node>> row;
    row.push_back(makeNode(kind));
    row.back()->message = message;
    insertNodes(folder, 0, std::move(row));
}

void LazyTreeModel::removeChildRows(Node *folder, int first, int last)
{
    auto &children = folder->children;
    beginRemoveRows(indexFor(folder), first, last);
    // Destroying the nodes destroys their scopes: their pending listings end.
    std::vector<std::unique_ptr<Node>> removed(
        std::make_move_iterator(children.begin() + first),
        std::make_move_iterator(children.begin() + last + 1));
    children.erase(children.begin() + first, children.begin() + last + 1);
    renumber(folder, first);
    endRemoveRows();
}

void LazyTreeModel::insertNodes(Node *folder, int at, std::vector<std::unique_ptr<Node>> nodes)
{
    if (nodes.empty())
        return;
    beginInsertRows(indexFor(folder), at, at + int(nodes.size()) - 1);
    for (auto &node : nodes)
        node->parent = folder;
    folder->children.insert(folder->children.begin() + at, std::make_move_iterator(nodes.begin()),
                            std::make_move_iterator(nodes.end()));
    renumber(folder, at);
    endInsertRows();
}

void LazyTreeModel::renumber(Node *folder, int from)
{
    for (size_t i = size_t(from); i < folder->children.size(); ++i)
        folder->children[i]->row = int(i);
}

QModelIndex LazyTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeFor(parent)->children[size_t(row)].get());
}

QModelIndex LazyTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(static_cast<Node *>(child.internalPointer())->parent);
}

int LazyTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

bool LazyTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeFor(parent);
    if (!node->children.empty())
        return true;
    // Until it is listed a folder may have children: show the expander.
    return node->isFolder() &&
           (node->state == FetchState::NotFetched || node->state == FetchState::Queued ||
            node->state == FetchState::Fetching);
}

bool LazyTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeFor(parent);
    if (!node->isFolder())
        return false;
    // After a failed page, like after a failed listing, only an explicit
    // loadMore() retries: views call fetchMore() on every layout.
    const bool pageFailed = !node->children.empty() &&
                            node->children.back()->kind == RowKind::LoadMore &&
                            !node->children.back()->message.isEmpty();
    return node->state == FetchState::NotFetched || (hasNextPage(node) && !pageFailed);
}

void LazyTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *folder = nodeFor(parent);
    startListing(folder, folder->state == FetchState::Fetched, RefreshDepth::Folder, true);
}

Qt::ItemFlags LazyTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Node *node = nodeFor(index);
    if (node->kind == RowKind::Object)
        return entryFlags(node->entry);
    return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant LazyTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    if (role == TreeRoles::RowKindRole)
        return QVariant::fromValue(node->kind);
    if (node->kind == RowKind::Object)
        return entryData(node->entry, index.column(), role);
    if (index.column() != 0)
        return {};

    switch (node->kind) {
    case RowKind::Object:
        break;
    case RowKind::Loading:
        if (role == Qt::DisplayRole)
            return tr("Loading…");
        break;
    case RowKind::Error:
        switch (role) {
        case Qt::DisplayRole:
            return tr("Could not load this folder: %1").arg(node->message);
        case Qt::ToolTipRole:
            return tr("%1\nPress F5 to try again.").arg(node->message);
        case TreeRoles::ErrorRole:
            return node->message;
        default:
            break;
        }
        break;
    case RowKind::LoadMore:
        switch (role) {
        case Qt::DisplayRole:
            return pageInFlight(node->parent) ? tr("Loading…") : tr("Load more…");
        case Qt::ToolTipRole:
            if (!node->message.isEmpty())
                return tr("Could not load more: %1\nActivate to try again.").arg(node->message);
            return tr("Activate to list the next entries.");
        case TreeRoles::ErrorRole:
            return node->message.isEmpty() ? QVariant() : QVariant(node->message);
        default:
            break;
        }
        break;
    }
    return {};
}

LazyTreeModel::Listing LazyTreeModel::notConnectedListing()
{
    ApiError error;
    error.kind = ApiError::Kind::Network;
    error.message = tr("Not connected to a workspace.");
    return {error, {}, {}};
}

int LazyTreeModel::columnCount(const QModelIndex &) const
{
    return int(m_columnTitles.size());
}

QVariant LazyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_columnTitles.size())
        return m_columnTitles.at(section);
    return QAbstractItemModel::headerData(section, orientation, role);
}

} // namespace brickdesk
