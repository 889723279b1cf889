#include "app/workspace/workspaceicons.h"

#include "core/workspace/workspacemodel.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace brickdesk {

QIcon WorkspaceIcons::forIndex(const QModelIndex &index)
{
    switch (index.data(WorkspaceModel::RowKindRole).value<WorkspaceModel::RowKind>()) {
    case WorkspaceModel::RowKind::Loading:
        return cached(u"loading"_s);
    case WorkspaceModel::RowKind::Error:
        return cached(u"error"_s);
    case WorkspaceModel::RowKind::LoadMore:
        return {};
    case WorkspaceModel::RowKind::Object:
        break;
    }
    return forObject(index.data(WorkspaceModel::ObjectTypeRole).toString(),
                     index.data(WorkspaceModel::LanguageRole).toString(),
                     index.data(WorkspaceModel::IsGitFolderRole).toBool());
}

QIcon WorkspaceIcons::forObject(const QString &objectType, const QString &language,
                                bool isGitFolder)
{
    if (objectType == ObjectType::Directory)
        return cached(isGitFolder ? u"repo"_s : u"folder"_s);
    if (objectType == ObjectType::Repo)
        return cached(u"repo"_s);
    if (objectType == ObjectType::Notebook) {
        if (language == "PYTHON"_L1)
            return cached(u"notebook-python"_s);
        if (language == "SCALA"_L1)
            return cached(u"notebook-scala"_s);
        if (language == "SQL"_L1)
            return cached(u"notebook-sql"_s);
        if (language == "R"_L1)
            return cached(u"notebook-r"_s);
        return cached(u"notebook-generic"_s);
    }
    if (objectType == ObjectType::File)
        return cached(u"file"_s);
    if (objectType == ObjectType::Library)
        return cached(u"library"_s);
    if (objectType == ObjectType::Dashboard)
        return cached(u"dashboard"_s);
    // Outside the API's documented enum but common in real listings.
    if (objectType == "MLFLOW_EXPERIMENT"_L1)
        return cached(u"experiment"_s);
    // Anything else (DESIGNER_FILE, types added later): a neutral icon; the
    // Type column names it.
    return cached(u"object"_s);
}

QIcon WorkspaceIcons::cached(const QString &name)
{
    // Only used from the GUI thread; one QIcon per file keeps painting cheap.
    static QHash<QString, QIcon> icons;
    auto it = icons.find(name);
    if (it == icons.end())
        it = icons.insert(name, QIcon(u":/icons/%1.svg"_s.arg(name)));
    return it.value();
}

} // namespace brickdesk
