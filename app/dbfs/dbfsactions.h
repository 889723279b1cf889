#pragma once

#include "app/common/areaactions.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class QAction;
class QMenu;

namespace brickdesk {

class DbfsDeleter;
class DbfsView;
class TransferQueue;

// The actions of the DBFS tree - in its context menu, in the toolbar above
// it and as shortcuts on it - and what they do, including the moves and
// uploads that drops onto the tree ask for. Each action is enabled only when
// the selection allows it.
class DbfsActions : public AreaActions
{
    Q_OBJECT

public:
    explicit DbfsActions(DbfsView *view);
    ~DbfsActions() override;

    // The workspace's name for questions ("prod") and its transfer queue
    // (not owned; uploads and downloads are disabled without one).
    void setWorkspace(const QString &name, TransferQueue *queue);
    QString workspaceName() const { return m_workspace; }

    QAction *refreshAction() const { return m_refresh; }
    QAction *newFolderAction() const { return m_newFolder; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    QAction *copyPathAction() const { return m_copyPath; }
    QAction *downloadAction() const { return m_download; }
    QAction *uploadAction() const { return m_upload; }
    QList<QAction *> toolbarActions() const;
    void fillMenu(QMenu *menu) const;

    // Moves `paths` into `folder`, after asking (drags inside the tree).
    void moveInto(const QStringList &paths, const QString &folder);
    // Queues uploads of local files and folders into `folder`; it is listed
    // again once the queue has run dry.
    void uploadInto(const QStringList &localPaths, const QString &folder);

private:
    void updateEnabled();
    void newFolder();
    void rename();
    void deleteSelected();
    void copyPath();
    void download();
    void upload();
    void move(const QList<QPair<QString, QString>> &moves, const QString &selectAfter);
    void selectWhenListed(const QString &folder, const QString &path);
    void refreshFolders(const QStringList &folders);
    void onQueueIdle();

    DbfsView *m_view;
    QString m_workspace;
    QPointer<TransferQueue> m_queue;
    QMetaObject::Connection m_idleConnection;
    QSet<QString> m_uploadFolders; // to list again when the queue is idle
    QPointer<DbfsDeleter> m_deleter;
    QMetaObject::Connection m_selectWhenListed;

    QAction *m_refresh;
    QAction *m_newFolder;
    QAction *m_rename;
    QAction *m_delete;
    QAction *m_copyPath;
    QAction *m_download;
    QAction *m_upload;
};

} // namespace brickdesk
