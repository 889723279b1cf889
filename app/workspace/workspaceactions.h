#pragma once

#include "app/common/areaactions.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QAction;
class QMenu;

namespace brickdesk {

struct PermissionObject;

class WorkspaceDeleter;
class WorkspaceView;

// The actions of the workspace tree - in its context menu, in the toolbar
// above it and as shortcuts on it - and what they do. Each action is enabled
// only when the selection allows it (no delete on a Loading row or on "/").
class WorkspaceActions : public AreaActions
{
    Q_OBJECT

public:
    explicit WorkspaceActions(WorkspaceView *view);
    ~WorkspaceActions() override;

    QAction *refreshAction() const { return m_refresh; }
    QAction *newFolderAction() const { return m_newFolder; }
    QAction *deleteAction() const { return m_delete; }
    QAction *copyPathAction() const { return m_copyPath; }
    QAction *openInBrowserAction() const { return m_openInBrowser; }
    // Notebooks, folders, files and repos have permissions of their own;
    // other objects (experiments, libraries) and the root are left out.
    QAction *permissionsAction() const { return m_permissions; }
    // Emit WorkspaceView::importRequested / exportRequested; disabled until
    // something is connected to those signals.
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    QList<QAction *> toolbarActions() const;
    void fillMenu(QMenu *menu) const;

    bool isBusy() const;

    // The object's page in the workspace web UI.
    static QUrl webUrl(const QUrl &host, const QString &objectType, qint64 objectId,
                       const QString &path);
    // Test seam: URLs go to `opener` instead of the desktop's browser.
    static void setUrlOpenerForTesting(std::function<void(const QUrl &)> opener);

private:
    void updateEnabled();
    void newFolder();
    void createFolder(const QString &parentPath, const QString &name);
    void selectWhenListed(const QString &folderPath, const QString &path);
    void deleteSelected();
    void refreshFolders(const QStringList &folders);
    void copyPath();
    void openInBrowser();
    QList<PermissionObject> selectedPermissionObjects() const;

    WorkspaceView *m_view;
    QAction *m_refresh;
    QAction *m_newFolder;
    QAction *m_delete;
    QAction *m_copyPath;
    QAction *m_openInBrowser;
    QAction *m_permissions;
    QAction *m_import;
    QAction *m_export;
    QPointer<WorkspaceDeleter> m_deleter;
    int m_creating = 0;
    QMetaObject::Connection m_selectWhenListed;
};

} // namespace brickdesk
