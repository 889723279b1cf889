#include "core/dbfs/dbfsmodel.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMimeData>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

DbfsFileInfo rootInfo(const QString &path)
{
    DbfsFileInfo info;
    info.path = DbfsService::apiPath(path);
    info.name = DbfsFileInfo::nameFromPath(info.path);
    info.isDir = true;
    return info;
}

// Whether `path` is `ancestor` or lies below it.
bool isWithin(const QString &path, const QString &ancestor)
{
    if (path == ancestor || ancestor == "/"_L1)
        return true;
    return path.startsWith(ancestor) && path.at(ancestor.size()) == u'/';
}

} // namespace

DbfsModel::DbfsModel(ApiClient *client, QObject *parent)
    : LazyTreeModel(parent)
    , m_service(client)
{
    // In Column order.
    setColumnTitles({tr("Name"), tr("Size"), tr("Modified")});
    setRootPath(u"/"_s);
}

DbfsModel::~DbfsModel() = default;

LazyTreeModel::Entry DbfsModel::entryOf(const DbfsFileInfo &info)
{
    return {info.path, info.isDir, info};
}

void DbfsModel::setRootPath(const QString &path)
{
    setRootEntry(entryOf(rootInfo(path)));
}

QString DbfsModel::rootPath() const
{
    return rootEntry().key;
}

void DbfsModel::refreshPath(const QString &path, RefreshDepth depth)
{
    const QString wanted = DbfsService::apiPath(path);
    const QModelIndex index = indexForPath(wanted);
    const Entry *entry = entryAt(index);
    // Also a folder nobody opened yet: what changed in it should show when
    // it is revealed, and a listing of one folder is cheap.
    if (entry && entry->key == wanted && entry->isFolder)
        refresh(index, depth);
}

QModelIndex DbfsModel::indexForPath(const QString &path) const
{
    return indexForKeyPath(DbfsService::apiPath(path));
}

QString DbfsModel::folderPathFor(const QModelIndex &index) const
{
    return entryAt(folderIndexFor(index))->key;
}

DbfsFileInfo DbfsModel::fileInfo(const QModelIndex &index) const
{
    const Entry *entry = entryAt(index);
    return entry ? valueOf<DbfsFileInfo>(*entry) : DbfsFileInfo();
}

QStringList DbfsModel::childNames(const QModelIndex &index) const
{
    QStringList names;
    for (const Entry *child : childEntries(folderIndexFor(index)))
        names << valueOf<DbfsFileInfo>(*child).name;
    return names;
}

void DbfsModel::listChildren(const Entry &folder, const QString &, QObject *scope, ListDone done)
{
    // DBFS does not page: one answer holds the whole directory.
    if (!m_service.client()) {
        done(notConnectedListing());
        return;
    }
    // Entries without a name have none to show; a file lists as itself.
    const QString path = folder.key;
    m_service.list(path, scope,
                   [path, done = std::move(done)](const std::optional<ApiError> &error,
                                                  const QList<DbfsFileInfo> &files) {
                       done(childrenListing(
                           error, files, path,
                           [](const DbfsFileInfo &file) {
                               return file.name.isEmpty() ? QString() : file.path;
                           },
                           &entryOf));
                   });
}

bool DbfsModel::lessThan(const Entry &a, const Entry &b) const
{
    // Folders first, then by name: a sensible order even without a proxy.
    const DbfsFileInfo &x = valueOf<DbfsFileInfo>(a);
    const DbfsFileInfo &y = valueOf<DbfsFileInfo>(b);
    if (x.isDir != y.isDir)
        return x.isDir;
    const int byName = x.name.compare(y.name, Qt::CaseInsensitive);
    return byName != 0 ? byName < 0 : x.name < y.name;
}

bool DbfsModel::entryChanged(const Entry &before, const Entry &after) const
{
    return valueOf<DbfsFileInfo>(before) != valueOf<DbfsFileInfo>(after);
}

Qt::ItemFlags DbfsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return LazyTreeModel::flags(index);
}

Qt::ItemFlags DbfsModel::entryFlags(const Entry &entry) const
{
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (entry.isFolder)
        flags |= Qt::ItemIsDropEnabled;
    else
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QVariant DbfsModel::entryData(const Entry &entry, int column, int role) const
{
    const DbfsFileInfo &info = valueOf<DbfsFileInfo>(entry);
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

QStringList DbfsModel::mimeTypes() const
{
    return {kMimeType, u"text/uri-list"_s};
}

QMimeData *DbfsModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList paths;
    for (const QModelIndex &index : indexes) {
        const Entry *entry = index.isValid() ? entryAt(index) : nullptr;
        if (entry && !paths.contains(entry->key))
            paths << entry->key;
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

const DbfsFileInfo *DbfsModel::dropFolder(const QModelIndex &parent) const
{
    // `parent` is a folder, or the root for the empty area. Views pass a
    // file's parent when the drop lands on a file (it takes no drops), so
    // files dropped there go beside it.
    const Entry *entry = entryAt(parent);
    if (!entry || !entry->isFolder)
        return nullptr;
    return &valueOf<DbfsFileInfo>(*entry);
}

bool DbfsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                const QModelIndex &parent) const
{
    if (action != Qt::MoveAction && action != Qt::CopyAction)
        return false;
    const DbfsFileInfo *folder = dropFolder(parent);
    if (!folder)
        return false;
    const QStringList moved = draggedPaths(data);
    if (!moved.isEmpty()) {
        // Not into itself or below, and not where it already is.
        return std::none_of(moved.begin(), moved.end(), [folder](const QString &path) {
            return isWithin(folder->path, path) || DbfsService::parentPath(path) == folder->path;
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
    const QString folder = dropFolder(parent)->path;
    const QStringList moved = draggedPaths(data);
    if (!moved.isEmpty())
        emit moveRequested(moved, folder);
    else
        emit uploadRequested(localPaths(data), folder);
    return true;
}

} // namespace brickdesk
