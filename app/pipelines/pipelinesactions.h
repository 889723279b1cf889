#pragma once

#include "app/common/areaactions.h"

#include <QJsonObject>
#include <QList>

#include <memory>

class QAction;
class QMenu;

namespace brickdesk {

class ApiClient;
class PipelinesService;
struct ApiError;

// What can be done to pipelines: Start (every table, a full refresh, the
// tables picked from those the pipeline has, or validation only), Stop,
// New and Edit Settings in the shared JSON payload editor with Brickdesk's
// pipeline schema (an edit reads the settings and their last_modified first,
// shows the diff, and a stale one reports the conflict instead of
// overwriting what someone else saved), Delete (which names the pipeline,
// the workspace and what happens to its tables), Copy Pipeline ID, Open in
// Browser and Permissions….
class PipelinesActions : public AreaActions
{
    Q_OBJECT

public:
    explicit PipelinesActions(QWidget *view);
    ~PipelinesActions() override;

    void setConnection(ApiClient *client, const QString &workspace);
    // The selected pipeline as the list has it ({}: none).
    void setPipeline(const QJsonObject &pipeline);
    void setSelectedPipelines(const QList<QJsonObject> &pipelines);
    QString pipelineId() const;

    QAction *startAction() const { return m_start; }
    QAction *stopAction() const { return m_stop; }
    QAction *newPipelineAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *copyIdAction() const { return m_copyId; }
    QAction *openInBrowserAction() const { return m_openInBrowser; }
    QAction *permissionsAction() const { return m_permissions; }
    QAction *refreshAction() const { return m_refresh; }

    QList<QAction *> toolbarActions() const;
    void fillMenu(QMenu *menu) const;

signals:
    // A pipeline was created or deleted: list again, select `selectId`.
    void pipelinesChanged(const QString &selectId);
    // One pipeline's state or settings changed: read that row again.
    void pipelineChanged(const QString &pipelineId);
    // An update was started: the pane shows it.
    void updateStarted(const QString &pipelineId, const QString &updateId);
    void refreshRequested();

private:
    void updateActions();
    void start();
    void stop();
    void newPipeline();
    void edit();
    void openEditor(const QJsonObject &pipeline);
    void remove();
    void copyId();
    void openInBrowser();
    QString pipelineName() const;
    bool hasActiveUpdate() const;
    QObject *operationScope();
    void reportFailure(const QString &what, const ApiError &error);

    std::unique_ptr<PipelinesService> m_service;
    ApiClient *m_client = nullptr;
    QString m_workspace;
    QJsonObject m_pipeline;
    QList<QJsonObject> m_selected;
    std::unique_ptr<QObject> m_scope;
    QAction *m_start;
    QAction *m_stop;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_copyId;
    QAction *m_openInBrowser;
    QAction *m_permissions;
    QAction *m_refresh;
};

} // namespace brickdesk
