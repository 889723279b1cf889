#pragma once

#include "app/common/areaactions.h"

#include <QJsonObject>
#include <QList>

#include <memory>
#include <optional>

class QAction;
class QMenu;

namespace brickdesk {

class ApiClient;
class JobsService;
struct ApiError;

// What can be done to jobs and runs: New, Edit, Delete, Run Now, Run Now
// With Different Settings, Pause/Resume, Copy Job ID and Open in Browser for
// the selected job; Cancel, Repair, Delete and Open in Browser for the
// selected run, and Cancel All Runs of the job. Destructive ones ask first
// and name what goes and the workspace. Edits and creations go through the
// shared JSON payload editor; an edit reads the whole job first (every 2.2
// page) and sends an update with only what changed.
class JobsActions : public AreaActions
{
    Q_OBJECT

public:
    // `view` is the jobs list: shortcuts work while it or the job pane has focus.
    explicit JobsActions(QWidget *view);
    ~JobsActions() override;

    void setConnection(ApiClient *client, const QString &workspace);
    // The selected job as the listing has it ({}: none) and the selected run
    // of it ({}: none).
    void setJob(const QJsonObject &job);
    void setRun(const QJsonObject &run);
    // Every selected job (the current one among them): what Permissions…
    // acts on.
    void setSelectedJobs(const QList<QJsonObject> &jobs);
    qint64 jobId() const;
    qint64 runId() const;

    QAction *newJobAction() const { return m_newJob; }
    QAction *editJobAction() const { return m_editJob; }
    QAction *deleteJobAction() const { return m_deleteJob; }
    QAction *runNowAction() const { return m_runNow; }
    QAction *runNowWithAction() const { return m_runNowWith; }
    QAction *pauseAction() const { return m_pause; }
    QAction *copyJobIdAction() const { return m_copyJobId; }
    QAction *openJobAction() const { return m_openJob; }
    QAction *cancelRunAction() const { return m_cancelRun; }
    QAction *cancelAllAction() const { return m_cancelAll; }
    QAction *repairRunAction() const { return m_repairRun; }
    QAction *deleteRunAction() const { return m_deleteRun; }
    QAction *openRunAction() const { return m_openRun; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *permissionsAction() const { return m_permissions; }

    QList<QAction *> toolbarActions() const;
    void fillJobMenu(QMenu *menu) const;
    void fillRunMenu(QMenu *menu) const;

signals:
    // Jobs were created, changed or deleted: list them again and select
    // `selectJobId` (0: keep the selection).
    void jobsChanged(qint64 selectJobId);
    // A run of `jobId` started, ended or went: list its runs again, select
    // `selectRunId` (0: keep) and show the job's runs.
    void runsChanged(qint64 jobId, qint64 selectRunId);
    void refreshRequested();

private:
    void updateActions();
    void newJob();
    void editJob();
    void deleteJob();
    void runNow();
    void runNowWith();
    void togglePause();
    void copyJobId();
    void openJob();
    void cancelRun();
    void cancelAll();
    void repairRun();
    void deleteRun();
    void openRun();
    void openEditor(const QJsonObject &job);
    void reportError(const QString &failure, const ApiError &error);
    QString jobName() const;
    QObject *operationScope();

    std::unique_ptr<JobsService> m_service;
    ApiClient *m_client = nullptr;
    QString m_workspace;
    QJsonObject m_job;
    QJsonObject m_run;
    std::unique_ptr<QObject> m_scope;
    QAction *m_newJob;
    QAction *m_editJob;
    QAction *m_deleteJob;
    QAction *m_runNow;
    QAction *m_runNowWith;
    QAction *m_pause;
    QAction *m_copyJobId;
    QAction *m_openJob;
    QAction *m_cancelRun;
    QAction *m_cancelAll;
    QAction *m_repairRun;
    QAction *m_deleteRun;
    QAction *m_openRun;
    QAction *m_refresh;
    QAction *m_permissions;
    QList<QJsonObject> m_selectedJobs;
};

} // namespace brickdesk
