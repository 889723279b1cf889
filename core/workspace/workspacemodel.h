#pragma once

#include "core/common/lazytreemodel.h"
#include "core/common/treeroles.h"
#include "core/net/apicall.h"
#include "core/net/apiclient.h"
#include "core/workspace/workspaceobject.h"
#include "core/workspace/workspaceservice.h"

namespace brickdesk {

// The workspace file tree (notebooks, folders, repos, files), listed lazily
// through WorkspaceService: a folder is listed only when a view asks for its
// children. LazyTreeModel does the rest (Loading and error rows, refresh that
// keeps expansion and selection). Read-only.
class WorkspaceModel : public LazyTreeModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, LanguageColumn, ModifiedColumn, SizeColumn, ColumnCount };
    enum Role {
        // The value behind the display text (QString, qint64), for sorting.
        // Invalid when the API did not send the field.
        RawValueRole = TreeRoles::RawValueRole,
        PathRole = TreeRoles::PathRole,    // QString, the object's absolute path
        ObjectTypeRole = Qt::UserRole + 3, // QString, verbatim ("NOTEBOOK", "MLFLOW_EXPERIMENT")
        LanguageRole = Qt::UserRole + 4,   // QString, "PYTHON" ... for notebooks
        ObjectIdRole = Qt::UserRole + 5,   // qint64, exact (ids exceed 2^53)
        RowKindRole = TreeRoles::RowKindRole,
        IsFolderRole = TreeRoles::IsFolderRole, // a directory or repo, sorted first
        IsGitFolderRole = Qt::UserRole + 8,     // bool
        ErrorRole = TreeRoles::ErrorRole,       // QString, the error text of an error row
    };
    Q_ENUM(Role)
    using RowKind = brickdesk::RowKind;

    explicit WorkspaceModel(ApiClient *client, QObject *parent = nullptr);
    ~WorkspaceModel() override;

    // The folder whose children are the top-level rows (default "/").
    void setRootPath(const QString &path);
    QString rootPath() const;

    // The index of an already loaded object, or invalid.
    QModelIndex indexForPath(const QString &path) const;

    static QString typeDisplayName(const QString &objectType, bool isGitFolder = false);
    static QString languageDisplayName(const QString &language);

protected:
    void listChildren(const Entry &folder, const QString &pageToken, QObject *scope,
                      ListDone done) override;
    bool lessThan(const Entry &a, const Entry &b) const override;
    bool entryChanged(const Entry &before, const Entry &after) const override;
    QVariant entryData(const Entry &entry, int column, int role) const override;

private:
    static Entry entryOf(const WorkspaceObject &object);

    WorkspaceService m_service;
};

} // namespace brickdesk
