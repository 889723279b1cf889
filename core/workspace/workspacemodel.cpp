#include "core/workspace/workspacemodel.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace brickdesk {

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
    : LazyTreeModel(parent)
    , m_service(client)
{
    // In Column order.
    setColumnTitles({tr("Name"), tr("Type"), tr("Language"), tr("Modified"), tr("Size")});
    setRootPath(u"/"_s);
}

WorkspaceModel::~WorkspaceModel() = default;

LazyTreeModel::Entry WorkspaceModel::entryOf(const WorkspaceObject &object)
{
    return {object.path, object.isContainer(), object};
}

void WorkspaceModel::setRootPath(const QString &path)
{
    WorkspaceObject root;
    root.path = path.isEmpty() ? u"/"_s : path;
    root.name = WorkspaceObject::nameFromPath(root.path);
    root.objectType = ObjectType::Directory;
    setRootEntry(entryOf(root));
}

QString WorkspaceModel::rootPath() const
{
    return rootEntry().key;
}

QModelIndex WorkspaceModel::indexForPath(const QString &path) const
{
    return indexForKeyPath(path);
}

void WorkspaceModel::listChildren(const Entry &folder, const QString &, QObject *scope,
                                  ListDone done)
{
    // The workspace list call does not page: one answer holds the folder.
    if (!m_service.client()) {
        done(notConnectedListing());
        return;
    }
    const QString path = folder.key;
    m_service.list(path, scope,
                   [path, done = std::move(done)](const std::optional<ApiError> &error,
                                                  const QList<WorkspaceObject> &objects) {
                       done(childrenListing(
                           error, objects, path,
                           [](const WorkspaceObject &object) { return object.path; }, &entryOf));
                   });
}

bool WorkspaceModel::lessThan(const Entry &a, const Entry &b) const
{
    return listsBefore(valueOf<WorkspaceObject>(a), valueOf<WorkspaceObject>(b));
}

bool WorkspaceModel::entryChanged(const Entry &before, const Entry &after) const
{
    return valueOf<WorkspaceObject>(before) != valueOf<WorkspaceObject>(after);
}

QVariant WorkspaceModel::entryData(const Entry &entry, int column, int role) const
{
    const WorkspaceObject &object = valueOf<WorkspaceObject>(entry);
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
    // Seen in real listings though not in the API's documented enum.
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
