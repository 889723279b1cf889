#include "core/workspace/workspacemodel.h"

#include "core/net/apicall.h"
#include "core/net/apiclient.h"
#include "core/net/apireply.h"
#include "core/net/apirequest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk {

struct WorkspaceModel::Node
{
    RowKind kind = RowKind::Object;
    WorkspaceObject object;
    QString message; // the text of an error row
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    // Folders only.
    FetchState state = FetchState::NotFetched;
    quint64 serial = 0;  // key in m_folders
    quint64 fetchId = 0; // the listing whose reply is still wanted
    QPointer<ApiCall> call;

    bool isFolder() const { return kind == RowKind::Object && object.isContainer(); }
};

namespace {

bool listsBefore(const WorkspaceObject &a, const WorkspaceObject &b)
{
    if (a.isContainer() != b.isContainer())
        return a.isContainer();
    const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
    if (byName != 0)
        return byName < 0;
    // A stable, total order even for names that differ only in case.
    return a.name < b.name;
}

// "MLFLOW_EXPERIMENT" -> "Mlflow experiment": readable without pretending
// to know what the type is.
QString humanizeType(const QString &objectType)
{
    QString text = objectType.toLower().replace(u'_', u' ').trimmed();
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

WorkspaceModel::WorkspaceModel(ApiClient *client, QObject *parent)
    : QAbstractItemModel(parent)
    , m_client(client)
{
    WorkspaceObject root;
    root.path = u"/"_s;
    root.objectType = ObjectType::Directory;
    m_root = makeFolderNode(root, nullptr);
}

WorkspaceModel::~WorkspaceModel()
{
    // Cancel what is still in flight; no handler may run on a dead model.
    forgetSubtree(m_root.get());
}

std::unique_ptr<WorkspaceModel::Node> WorkspaceModel::makeFolderNode(const WorkspaceObject &object,
                                                                     Node *parent)
{
    auto node = std::make_unique<Node>();
    node->object = object;
    node->parent = parent;
    if (node->isFolder()) {
        node->serial = ++m_lastSerial;
        m_folders.insert(node->serial, node.get());
    }
    return node;
}

void WorkspaceModel::setRootPath(const QString &path)
{
    beginResetModel();
    forgetSubtree(m_root.get());
    WorkspaceObject root;
    root.path = path.isEmpty() ? u"/"_s : path;
    root.name = WorkspaceObject::nameFromPath(root.path);
    root.objectType = ObjectType::Directory;
    m_root = makeFolderNode(root, nullptr);
    endResetModel();
}

QString WorkspaceModel::rootPath() const
{
    return m_root->object.path;
}

WorkspaceModel::Node *WorkspaceModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex WorkspaceModel::indexFor(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, node);
}

WorkspaceModel::Node *WorkspaceModel::folderFor(const QModelIndex &index) const
{
    Node *node = nodeFor(index);
    while (node && !node->isFolder())
        node = node->parent;
    return node ? node : m_root.get();
}

void WorkspaceModel::refresh(const QModelIndex &index)
{
    Node *folder = folderFor(index);
    if (folder->call) {
        folder->fetchId = 0; // the old reply is no longer wanted
        folder->call->cancel();
    }
    startFetch(folder);
}

bool WorkspaceModel::isLoading(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    return node->state == FetchState::Queued || node->state == FetchState::Fetching;
}

bool WorkspaceModel::isLoaded(const QModelIndex &index) const
{
    return nodeFor(index)->state == FetchState::Fetched;
}

QModelIndex WorkspaceModel::indexForPath(const QString &path) const
{
    // Walk down the loaded part of the tree, one path segment at a time.
    const Node *node = m_root.get();
    while (node && node->object.path != path) {
        const Node *next = nullptr;
        for (const auto &child : node->children) {
            if (child->kind != RowKind::Object)
                continue;
            const QString &childPath = child->object.path;
            if (childPath == path ||
                (path.startsWith(childPath) && path.at(childPath.size()) == u'/')) {
                next = child.get();
                break;
            }
        }
        node = next;
    }
    return node ? indexFor(node) : QModelIndex();
}

// Fetching is deferred to the event loop: views (and QAbstractItemModelTester)
// call fetchMore() from inside layout code and model signal handlers, where
// inserting rows would nest one change inside another.
void WorkspaceModel::queueFetch(Node *folder)
{
    folder->state = FetchState::Queued;
    m_queued.append(folder->serial);
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(this, &WorkspaceModel::startQueuedFetches, Qt::QueuedConnection);
}

void WorkspaceModel::startQueuedFetches()
{
    m_flushScheduled = false;
    const QList<quint64> queued = std::exchange(m_queued, {});
    for (const quint64 serial : queued) {
        Node *folder = m_folders.value(serial);
        if (folder && folder->state == FetchState::Queued)
            startFetch(folder);
    }
}

void WorkspaceModel::startFetch(Node *folder)
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

    if (!m_client) {
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.message = tr("Not connected to a workspace.");
        onListed(folder->serial, ApiReply::failure(error));
        return;
    }
    const quint64 serial = folder->serial;
    const ApiRequest request =
        ApiRequest::get(u"/api/2.0/workspace/list"_s).query(u"path"_s, folder->object.path);
    folder->call = m_client->send(request, this, [this, serial, fetchId](const ApiReply &reply) {
        Node *target = m_folders.value(serial);
        if (target && target->fetchId == fetchId)
            onListed(serial, reply);
    });
}

void WorkspaceModel::onListed(quint64 serial, const ApiReply &reply)
{
    Node *folder = m_folders.value(serial);
    if (!folder)
        return;
    folder->call = nullptr;
    folder->fetchId = 0;
    const QString path = folder->object.path;

    if (!reply.ok()) {
        auto errorRow = std::make_unique<Node>();
        errorRow->kind = RowKind::Error;
        errorRow->message = reply.error().toString();
        const QString message = errorRow->message;
        std::vector<std::unique_ptr<Node>> rows;
        rows.push_back(std::move(errorRow));
        folder->state = FetchState::Failed;
        replaceChildren(folder, std::move(rows));
        emit folderLoadFailed(path, message);
        return;
    }

    // An empty folder comes back as {} without "objects" (API.md §0).
    const QJsonArray entries = reply.json().value("objects"_L1).toArray();
    std::vector<WorkspaceObject> objects;
    objects.reserve(size_t(entries.size()));
    for (const QJsonValue &entry : entries) {
        if (!entry.isObject())
            continue;
        WorkspaceObject object = WorkspaceObject::fromJson(entry.toObject());
        // Listing a path that is not a directory returns that object itself;
        // it must not appear as its own child.
        if (object.path.isEmpty() || object.path == path)
            continue;
        objects.push_back(std::move(object));
    }
    std::stable_sort(objects.begin(), objects.end(), listsBefore);

    std::vector<std::unique_ptr<Node>> rows;
    rows.reserve(objects.size());
    for (const WorkspaceObject &object : objects)
        rows.push_back(makeFolderNode(object, folder));
    folder->state = FetchState::Fetched;
    replaceChildren(folder, std::move(rows));
    emit folderLoaded(path);
}

void WorkspaceModel::replaceChildren(Node *folder, std::vector<std::unique_ptr<Node>> children)
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

void WorkspaceModel::forgetSubtree(Node *node)
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

QModelIndex WorkspaceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeFor(parent)->children[size_t(row)].get());
}

QModelIndex WorkspaceModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(static_cast<Node *>(child.internalPointer())->parent);
}

int WorkspaceModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int WorkspaceModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool WorkspaceModel::hasChildren(const QModelIndex &parent) const
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

bool WorkspaceModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeFor(parent);
    return node->isFolder() && node->state == FetchState::NotFetched;
}

void WorkspaceModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        queueFetch(nodeFor(parent));
}

Qt::ItemFlags WorkspaceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Node *node = nodeFor(index);
    if (node->kind != RowKind::Object)
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!node->isFolder())
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QVariant WorkspaceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    if (role == RowKindRole)
        return QVariant::fromValue(node->kind);

    switch (node->kind) {
    case RowKind::Object:
        return objectData(*node, index.column(), role);
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

QVariant WorkspaceModel::objectData(const Node &node, int column, int role) const
{
    const WorkspaceObject &object = node.object;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return object.name.isEmpty() ? object.path : object.name;
        case TypeColumn:
            return typeDisplayName(object.objectType, object.isGitFolder);
        case LanguageColumn:
            return languageDisplayName(object.language);
        case ModifiedColumn:
            if (object.modifiedAt < 0)
                return {};
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(object.modifiedAt),
                                      QLocale::ShortFormat);
        case SizeColumn:
            return object.size < 0 ? QVariant() : QLocale().formattedDataSize(object.size);
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
            return object.path;
        case TypeColumn:
            return object.objectType;
        case ModifiedColumn:
            if (object.modifiedAt < 0)
                return {};
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(object.modifiedAt),
                                      QLocale::LongFormat);
        case SizeColumn:
            return object.size < 0 ? QVariant()
                                   : tr("%1 bytes").arg(QLocale().toString(object.size));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == SizeColumn)
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        return {};
    case RawValueRole:
        switch (column) {
        case NameColumn:
            return object.name;
        case TypeColumn:
            return object.objectType;
        case LanguageColumn:
            return object.language;
        case ModifiedColumn:
            return object.modifiedAt < 0 ? QVariant() : QVariant::fromValue(object.modifiedAt);
        case SizeColumn:
            return object.size < 0 ? QVariant() : QVariant::fromValue(object.size);
        }
        return {};
    case PathRole:
        return object.path;
    case ObjectTypeRole:
        return object.objectType;
    case LanguageRole:
        return object.language;
    case ObjectIdRole:
        return QVariant::fromValue(object.objectId);
    case IsFolderRole:
        return object.isContainer();
    case IsGitFolderRole:
        return object.isGitFolder;
    default:
        return {};
    }
}

QVariant WorkspaceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case LanguageColumn:
        return tr("Language");
    case ModifiedColumn:
        return tr("Modified");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}

QString WorkspaceModel::typeDisplayName(const QString &objectType, bool isGitFolder)
{
    if (objectType == ObjectType::Directory)
        return isGitFolder ? tr("Git folder") : tr("Folder");
    if (objectType == ObjectType::Repo)
        return tr("Repo");
    if (objectType == ObjectType::Notebook)
        return tr("Notebook");
    if (objectType == ObjectType::File)
        return tr("File");
    if (objectType == ObjectType::Library)
        return tr("Library");
    if (objectType == ObjectType::Dashboard)
        return tr("Dashboard");
    // Seen in real listings though not in the API's enum (API.md §1.3).
    if (objectType == "MLFLOW_EXPERIMENT"_L1)
        return tr("MLflow experiment");
    if (objectType.isEmpty())
        return tr("Unknown");
    return humanizeType(objectType);
}

QString WorkspaceModel::languageDisplayName(const QString &language)
{
    if (language == "PYTHON"_L1)
        return tr("Python");
    if (language == "SCALA"_L1)
        return tr("Scala");
    if (language == "SQL"_L1)
        return tr("SQL");
    if (language == "R"_L1)
        return tr("R");
    return language;
}

} // namespace brickdesk
