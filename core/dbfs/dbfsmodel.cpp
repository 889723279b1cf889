#include "core/dbfs/dbfsmodel.h"

#include "core/net/apicall.h"
#include "core/net/apiclient.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMimeData>
#include <QSet>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk {

struct DbfsModel::Node
{
    RowKind kind = RowKind::Object;
    DbfsFileInfo info;
    QString message; // the text of an error row
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    // Folders only.
    FetchState state = FetchState::NotFetched;
    quint64 serial = 0;
    quint64 fetchId = 0; // the listing whose reply is still wanted
    QPointer<ApiCall> call;

    bool isFolder() const { return kind == RowKind::Object && info.isDir; }
};

namespace {

// Whether `path` is `ancestor` or lies below it.
DbfsFileInfo rootInfo(const QString &path)
{
    DbfsFileInfo info;
    info.path = DbfsService::apiPath(path);
    info.name = DbfsFileInfo::nameFromPath(info.path);
    info.isDir = true;
    return info;
}

bool isWithin(const QString &path, const QString &ancestor)
{
    if (path == ancestor || ancestor == "/"_L1)
        return true;
    return path.startsWith(ancestor) && path.at(ancestor.size()) == u'/';
}

} // namespace

DbfsModel::DbfsModel(ApiClient *client, QObject *parent)
    : QAbstractItemModel(parent)
    , m_service(client)
{
    m_root = makeNode(rootInfo(u"/"_s), nullptr);
}

DbfsModel::~DbfsModel()
{
    // Cancel what is still in flight; no handler may run on a dead model.
    forgetSubtree(m_root.get());
}

std::unique_ptr<DbfsModel::Node> DbfsModel::makeNode(const DbfsFileInfo &info, Node *parent)
{
    auto node = std::make_unique<Node>();
    node->info = info;
    node->parent = parent;
    if (info.isDir) {
        node->serial = ++m_lastSerial;
        m_folders.insert(node->serial, node.get());
    }
    return node;
}

void DbfsModel::setRootPath(const QString &path)
{
    beginResetModel();
    forgetSubtree(m_root.get());
    m_root = makeNode(rootInfo(path), nullptr);
    endResetModel();
}

QString DbfsModel::rootPath() const
{
    return m_root->info.path;
}

DbfsModel::Node *DbfsModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex DbfsModel::indexFor(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, node);
}

DbfsModel::Node *DbfsModel::folderFor(const QModelIndex &index) const
{
    Node *node = nodeFor(index);
    while (node && !node->isFolder())
        node = node->parent;
    return node ? node : m_root.get();
}

void DbfsModel::refresh(const QModelIndex &index)
{
    Node *folder = folderFor(index);
    if (folder->call) {
        folder->fetchId = 0; // the old reply is no longer wanted
        folder->call->cancel();
    }
    startFetch(folder);
}

void DbfsModel::refreshPath(const QString &path)
{
    const QString wanted = DbfsService::apiPath(path);
    const QModelIndex index = indexForPath(wanted);
    const Node *node = nodeFor(index);
    // Also a folder nobody opened yet: what changed in it should show when
    // it is revealed, and a listing of one folder is cheap.
    if (node->info.path == wanted && node->isFolder())
        refresh(index);
}

bool DbfsModel::isLoading(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    return node->state == FetchState::Queued || node->state == FetchState::Fetching;
}

bool DbfsModel::isLoaded(const QModelIndex &index) const
{
    return nodeFor(index)->state == FetchState::Fetched;
}

QModelIndex DbfsModel::indexForPath(const QString &path) const
{
    const QString wanted = DbfsService::apiPath(path);
    const Node *node = m_root.get();
    while (node && node->info.path != wanted) {
        const Node *next = nullptr;
        for (const auto &child : node->children) {
            if (child->kind == RowKind::Object && isWithin(wanted, child->info.path)) {
                next = child.get();
                break;
            }
        }
        node = next;
    }
    return node ? indexFor(node) : QModelIndex();
}

QString DbfsModel::folderPathFor(const QModelIndex &index) const
{
    return folderFor(index)->info.path;
}

DbfsFileInfo DbfsModel::fileInfo(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    return node->kind == RowKind::Object ? node->info : DbfsFileInfo();
}

QStringList DbfsModel::childNames(const QModelIndex &index) const
{
    QStringList names;
    for (const auto &child : folderFor(index)->children) {
        if (child->kind == RowKind::Object)
            names << child->info.name;
    }
    return names;
}

// Fetching is deferred to the event loop: views (and QAbstractItemModelTester)
// call fetchMore() from inside layout code and model signal handlers, where
// inserting rows would nest one change inside another.
void DbfsModel::queueFetch(Node *folder)
{
    folder->state = FetchState::Queued;
    m_queued.append(folder->serial);
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(this, &DbfsModel::startQueuedFetches, Qt::QueuedConnection);
}

void DbfsModel::startQueuedFetches()
{
    m_flushScheduled = false;
    const QList<quint64> queued = std::exchange(m_queued, {});
    for (const quint64 serial : queued) {
        Node *folder = m_folders.value(serial);
        if (folder && folder->state == FetchState::Queued)
            startFetch(folder);
    }
}

void DbfsModel::startFetch(Node *folder)
{
    // Set before the rows change: a view that looks at the folder in between
    // must not start a second listing.
    folder->state = FetchState::Fetching;
    const quint64 fetchId = ++m_lastSerial;
    folder->fetchId = fetchId;

    auto loading = std::make_unique<Node>();
    loading->kind = RowKind::Loading;
    std::vector<std::unique_ptr<Node>> rows;
    rows.push_back(std::move(loading));
    replaceChildren(folder, std::move(rows));

    if (!m_service.client()) {
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.message = tr("Not connected to a workspace.");
        onListed(folder->serial, error, {});
        return;
    }
    const quint64 serial = folder->serial;
    folder->call = m_service.list(folder->info.path, this,
                                  [this, serial, fetchId](const std::optional<ApiError> &error,
                                                          const QList<DbfsFileInfo> &files) {
                                      Node *target = m_folders.value(serial);
                                      if (target && target->fetchId == fetchId)
                                          onListed(serial, error, files);
                                  });
}

void DbfsModel::onListed(quint64 serial, const std::optional<ApiError> &error,
                         const QList<DbfsFileInfo> &files)
{
    Node *folder = m_folders.value(serial);
    if (!folder)
        return;
    folder->call = nullptr;
    folder->fetchId = 0;
    const QString path = folder->info.path;

    if (error) {
        auto errorRow = std::make_unique<Node>();
        errorRow->kind = RowKind::Error;
        errorRow->message = error->toString();
        const QString message = errorRow->message;
        std::vector<std::unique_ptr<Node>> rows;
        rows.push_back(std::move(errorRow));
        folder->state = FetchState::Failed;
        replaceChildren(folder, std::move(rows));
        emit folderLoadFailed(path, message);
        return;
    }

    std::vector<std::unique_ptr<Node>> rows;
    rows.reserve(size_t(files.size()));
    QSet<QString> seen;
    for (const DbfsFileInfo &file : files) {
        // Listing a file returns the file itself: not its own child. An
        // entry without a path has no name to show.
        if (file.name.isEmpty() || file.path == path || seen.contains(file.path))
            continue;
        seen.insert(file.path);
        rows.push_back(makeNode(file, folder));
    }
    // Folders first, then by name: a sensible order even without a proxy.
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        if (a->info.isDir != b->info.isDir)
            return a->info.isDir;
        const int byName = a->info.name.compare(b->info.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a->info.name < b->info.name;
    });
    folder->state = FetchState::Fetched;
    replaceChildren(folder, std::move(rows));
    emit folderLoaded(path);
}

void DbfsModel::replaceChildren(Node *folder, std::vector<std::unique_ptr<Node>> children)
{
    const QModelIndex parentIndex = indexFor(folder);
    if (!folder->children.empty()) {
        beginRemoveRows(parentIndex, 0, int(folder->children.size()) - 1);
        for (const auto &child : folder->children)
            forgetSubtree(child.get());
        const auto removed = std::move(folder->children);
        folder->children.clear();
        endRemoveRows();
    }
    if (children.empty())
        return;
    // One batch: views lay out once however large the folder is.
    beginInsertRows(parentIndex, 0, int(children.size()) - 1);
    folder->children = std::move(children);
    for (size_t i = 0; i < folder->children.size(); ++i) {
        folder->children[i]->parent = folder;
        folder->children[i]->row = int(i);
    }
    endInsertRows();
}

void DbfsModel::forgetSubtree(Node *node)
{
    if (node->serial != 0)
        m_folders.remove(node->serial);
    if (node->call) {
        node->fetchId = 0;
        node->call->cancel();
        node->call = nullptr;
    }
    for (const auto &child : node->children)
        forgetSubtree(child.get());
}

QModelIndex DbfsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeFor(parent)->children[size_t(row)].get());
}

QModelIndex DbfsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(static_cast<Node *>(child.internalPointer())->parent);
}

int DbfsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int DbfsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool DbfsModel::hasChildren(const QModelIndex &parent) const
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

bool DbfsModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeFor(parent);
    return node->isFolder() && node->state == FetchState::NotFetched;
}

void DbfsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        queueFetch(nodeFor(parent));
}

Qt::ItemFlags DbfsModel::flags(const QModelIndex &index) const
{
    // The empty area of a view stands for the root folder: drops land there.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    const Node *node = nodeFor(index);
    if (node->kind != RowKind::Object)
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (node->isFolder())
        flags |= Qt::ItemIsDropEnabled;
    else
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QVariant DbfsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    if (role == RowKindRole)
        return QVariant::fromValue(node->kind);

    switch (node->kind) {
    case RowKind::Object:
        return entryData(*node, index.column(), role);
    case RowKind::Loading:
        if (index.column() == NameColumn && role == Qt::DisplayRole)
            return tr("Loading…");
        return {};
    case RowKind::Error:
        if (index.column() != NameColumn)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return tr("Could not load this folder: %1").arg(node->message);
        case Qt::ToolTipRole:
            return tr("%1\nPress F5 to try again.").arg(node->message);
        case ErrorRole:
            return node->message;
        default:
            return {};
        }
    }
    return {};
}

QVariant DbfsModel::entryData(const Node &node, int column, int role) const
{
    const DbfsFileInfo &info = node.info;
    const bool hasTime = info.modificationTime > 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return info.name.isEmpty() ? info.path : info.name;
        case SizeColumn:
            // Folders report 0 bytes, which says nothing about what is in them.
            return info.isDir ? QVariant() : QLocale().formattedDataSize(info.size);
        case ModifiedColumn:
            if (!hasTime)
                return {};
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(info.modificationTime),
                                      QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
            return DbfsService::displayPath(info.path);
        case SizeColumn:
            return info.isDir ? QVariant() : tr("%1 bytes").arg(QLocale().toString(info.size));
        case ModifiedColumn:
            if (!hasTime)
                return {};
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(info.modificationTime),
                                      QLocale::LongFormat);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == SizeColumn)
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        return {};
    case RawValueRole:
        switch (column) {
        case NameColumn:
            return info.name;
        case SizeColumn:
            return info.isDir ? QVariant() : QVariant::fromValue(info.size);
        case ModifiedColumn:
            return hasTime ? QVariant::fromValue(info.modificationTime) : QVariant();
        }
        return {};
    case PathRole:
        return info.path;
    case IsFolderRole:
        return info.isDir;
    case FileInfoRole:
        return QVariant::fromValue(info);
    default:
        return {};
    }
}

QVariant DbfsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case ModifiedColumn:
        return tr("Modified");
    default:
        return {};
    }
}

QStringList DbfsModel::mimeTypes() const
{
    return {kMimeType, u"text/uri-list"_s};
}

QMimeData *DbfsModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList paths;
    for (const QModelIndex &index : indexes) {
        const Node *node = nodeFor(index);
        if (index.isValid() && node->kind == RowKind::Object && !paths.contains(node->info.path))
            paths << node->info.path;
    }
    // Moving a folder moves what is in it: its selected children go along.
    const QStringList all = paths;
    paths.removeIf([&all](const QString &path) {
        return std::any_of(all.begin(), all.end(), [&path](const QString &other) {
            return other != path && isWithin(path, other);
        });
    });
    if (paths.isEmpty())
        return nullptr;
    QJsonObject payload;
    payload.insert("model"_L1, m_dragSource);
    payload.insert("paths"_L1, QJsonArray::fromStringList(paths));
    auto *data = new QMimeData;
    data->setData(kMimeType, QJsonDocument(payload).toJson(QJsonDocument::Compact));
    // Other applications get the paths as text, as users would type them.
    QStringList display;
    for (const QString &path : std::as_const(paths))
        display << DbfsService::displayPath(path);
    data->setText(display.join(u'\n'));
    return data;
}

Qt::DropActions DbfsModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions DbfsModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList DbfsModel::draggedPaths(const QMimeData *data) const
{
    if (!data || !data->hasFormat(kMimeType))
        return {};
    const QJsonObject payload = QJsonDocument::fromJson(data->data(kMimeType)).object();
    if (payload.value("model"_L1).toString() != m_dragSource)
        return {};
    QStringList paths;
    for (const QJsonValue &path : payload.value("paths"_L1).toArray()) {
        if (path.isString() && path.toString().startsWith(u'/'))
            paths << path.toString();
    }
    return paths;
}

QStringList DbfsModel::localPaths(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths << QDir::cleanPath(url.toLocalFile());
    }
    return paths;
}

DbfsModel::Node *DbfsModel::dropFolder(const QModelIndex &parent) const
{
    // `parent` is a folder, or the root for the empty area. Views pass a
    // file's parent when the drop lands on a file (it takes no drops), so
    // files dropped there go beside it.
    const Node *node = nodeFor(parent);
    if (!node->isFolder())
        return nullptr;
    return const_cast<Node *>(node);
}

bool DbfsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                const QModelIndex &parent) const
{
    if (action != Qt::MoveAction && action != Qt::CopyAction)
        return false;
    const Node *folder = dropFolder(parent);
    if (!folder)
        return false;
    const QStringList moved = draggedPaths(data);
    if (!moved.isEmpty()) {
        // Not into itself or below, and not where it already is.
        return std::none_of(moved.begin(), moved.end(), [folder](const QString &path) {
            return isWithin(folder->info.path, path) ||
                   DbfsService::parentPath(path) == folder->info.path;
        });
    }
    if (data && data->hasFormat(kMimeType))
        return false; // another workspace's paths
    return !localPaths(data).isEmpty();
}

bool DbfsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                             const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString folder = dropFolder(parent)->info.path;
    const QStringList moved = draggedPaths(data);
    if (!moved.isEmpty())
        emit moveRequested(moved, folder);
    else
        emit uploadRequested(localPaths(data), folder);
    return true;
}

} // namespace brickdesk
