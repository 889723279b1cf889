#pragma once

#include "app/common/lazytreeview.h"
#include "core/workspace/workspacemodel.h"

#include <QPointer>

namespace brickdesk {

class ApiClient;
class WorkspaceActions;

// The workspace tree: folders first, sortable by any column, filterable by
// name, several rows selectable. Its actions (refresh, new folder, delete,
// copy path, open in browser, import, export) are in actions() and in the
// context menu.
class WorkspaceView : public LazyTreeView
{
    Q_OBJECT

public:
    // What a selected row stands for.
    struct Item
    {
        QString path;
        QString name;
        QString objectType;
        qint64 objectId = 0;
        bool isFolder = false;
    };

    explicit WorkspaceView(QWidget *parent = nullptr);
    ~WorkspaceView() override;

    // Shows `model` (not owned) through a sorting and filtering proxy;
    // nullptr clears.
    void setWorkspaceModel(WorkspaceModel *model);
    WorkspaceModel *workspaceModel() const;
    // The client that writes to the workspace (not owned) and the name the
    // workspace has in questions ("prod (adb-1.azuredatabricks.net)").
    void setConnection(ApiClient *client, const QString &workspaceTitle);
    ApiClient *client() const;
    QString workspaceTitle() const { return m_workspaceTitle; }
    WorkspaceActions *actions() const { return m_actions; }

    // The workspace path of the current row; empty without one.
    QString currentPath() const;
    // The selected objects (never Loading or error rows), in view order.
    QList<Item> selectedItems() const;
    // The folder a new object goes to: the selected folder, the folder of
    // the selected object, or the root.
    QString targetFolder() const;
    // Selects and shows the loaded object at `path`; false if not loaded.
    bool selectPath(const QString &path);
    // Lists every folder on the way to `path` (each when the one above it
    // has arrived) and selects it; a path that is not there selects the
    // deepest folder found.
    void revealPath(const QString &path);
    // Whether something handles importRequested() / exportRequested().
    bool handlesImport() const;
    bool handlesExport() const;

signals:
    // The user asked to import into `folderPath` / export `paths` (the
    // Import… and Export… actions). Until something connects to them those
    // actions stay disabled.
    void importRequested(const QString &folderPath);
    void exportRequested(const QStringList &paths);

protected:
    QString emptyText() const override;
    void connectNotify(const QMetaMethod &signal) override;

private:
    void showContextMenu(const QPoint &pos);

    WorkspaceActions *m_actions;
    void revealNext();

    QPointer<ApiClient> m_client;
    QString m_revealing; // the path revealPath() is on its way to
    QMetaObject::Connection m_revealConnection;
    QString m_workspaceTitle;
};

} // namespace brickdesk
