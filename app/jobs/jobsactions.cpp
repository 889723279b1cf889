#include "app/jobs/jobsactions.h"

#include "app/permissions/permissionsopener.h"

#include "app/common/browseropener.h"
#include "app/common/confirmdialog.h"
#include "app/common/jsoneditor/jsonpayloaddialog.h"
#include "app/jobs/repairrundialog.h"
#include "app/jobs/runnowdialog.h"
#include "core/jobs/jobsettingsupdate.h"
#include "core/jobs/jobsservice.h"
#include "core/jobs/runstatus.h"
#include "core/jobs/triggertext.h"
#include "core/net/apiclient.h"
#include "core/net/jsonids.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace brickdesk {

JobsActions::JobsActions(QWidget *view)
    : AreaActions(view)
{
    m_newJob = makeAction(tr("&New Job…"), u"add"_s, QKeySequence::New,
                          tr("Create a job from a template in the JSON editor"));
    m_editJob = makeAction(tr("&Edit Job…"), u"edit"_s, QKeySequence(Qt::CTRL | Qt::Key_E),
                           tr("Edit the job's settings as JSON; the changes are shown before "
                              "they are saved"));
    m_deleteJob = makeAction(tr("&Delete Job…"), u"remove"_s, QKeySequence::Delete,
                             tr("Delete the job and its run history"));
    m_runNow = makeAction(tr("&Run Now"), u"run"_s, QKeySequence(Qt::CTRL | Qt::Key_R),
                          tr("Start a run with the job's own settings"));
    m_runNowWith = makeAction(tr("Run Now &With Different Settings…"), u"run-with"_s,
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                              tr("Start a run with other parameters or only some tasks"));
    m_pause = makeAction(tr("&Pause Schedule"), u"pause"_s, {},
                         tr("Stop the schedule or trigger from starting runs"));
    m_copyJobId = makeAction(tr("Copy Job &ID"), u"copy"_s, QKeySequence::Copy,
                             tr("Copy the job's id to the clipboard"));
    m_openJob = makeAction(tr("Open Job in &Browser"), u"open-external"_s,
                           QKeySequence(Qt::CTRL | Qt::Key_B), tr("Show the job in the web UI"));
    m_cancelRun = makeAction(tr("&Cancel Run…"), u"stop"_s, QKeySequence(Qt::CTRL | Qt::Key_Period),
                             tr("Cancel the selected run"));
    m_cancelAll = makeAction(tr("Cancel &All Runs…"), QString(), {},
                             tr("Cancel every active and queued run of the job"));
    m_repairRun = makeAction(tr("Re&pair Run…"), u"repair"_s, QKeySequence(Qt::CTRL | Qt::Key_P),
                             tr("Run the failed tasks of the selected run again"));
    m_deleteRun = makeAction(tr("Delete R&un…"), QString(), {},
                             tr("Delete the selected run from the history"));
    m_openRun = makeAction(tr("Open Run in Bro&wser"), u"open-external"_s, {},
                           tr("Show the selected run in the web UI"));
    m_refresh = makeAction(tr("Refresh"), u"refresh"_s, QKeySequence::Refresh,
                           tr("List the jobs and the selected job's runs again"));
    const QList<std::pair<QAction *, QString>> names{
        {m_newJob, u"newJobAction"_s},         {m_editJob, u"editJobAction"_s},
        {m_deleteJob, u"deleteJobAction"_s},   {m_runNow, u"runNowAction"_s},
        {m_runNowWith, u"runNowWithAction"_s}, {m_pause, u"pauseJobAction"_s},
        {m_copyJobId, u"copyJobIdAction"_s},   {m_openJob, u"openJobAction"_s},
        {m_cancelRun, u"cancelRunAction"_s},   {m_cancelAll, u"cancelAllRunsAction"_s},
        {m_repairRun, u"repairRunAction"_s},   {m_deleteRun, u"deleteRunAction"_s},
        {m_openRun, u"openRunAction"_s},       {m_refresh, u"refreshJobsAction"_s}};
    for (const auto &[action, name] : names)
        action->setObjectName(name);
    connect(m_newJob, &QAction::triggered, this, &JobsActions::newJob);
    connect(m_editJob, &QAction::triggered, this, &JobsActions::editJob);
    connect(m_deleteJob, &QAction::triggered, this, &JobsActions::deleteJob);
    connect(m_runNow, &QAction::triggered, this, &JobsActions::runNow);
    connect(m_runNowWith, &QAction::triggered, this, &JobsActions::runNowWith);
    connect(m_pause, &QAction::triggered, this, &JobsActions::togglePause);
    connect(m_copyJobId, &QAction::triggered, this, &JobsActions::copyJobId);
    connect(m_openJob, &QAction::triggered, this, &JobsActions::openJob);
    connect(m_cancelRun, &QAction::triggered, this, &JobsActions::cancelRun);
    connect(m_cancelAll, &QAction::triggered, this, &JobsActions::cancelAll);
    connect(m_repairRun, &QAction::triggered, this, &JobsActions::repairRun);
    connect(m_deleteRun, &QAction::triggered, this, &JobsActions::deleteRun);
    connect(m_openRun, &QAction::triggered, this, &JobsActions::openRun);
    connect(m_refresh, &QAction::triggered, this, &JobsActions::refreshRequested);
    m_permissions = makePermissionsAction([this] {
        PermissionsTarget target{m_client, m_workspace, {}};
        const QList<QJsonObject> jobs =
            m_selectedJobs.isEmpty() && jobId() != 0 ? QList<QJsonObject>{m_job} : m_selectedJobs;
        for (const QJsonObject &job : jobs) {
            const qint64 id = jsonId(job, "job_id"_L1);
            const QString name = job.value("settings"_L1).toObject().value("name"_L1).toString();
            target.objects.append({PermissionObject::Type::Job,
                                   QString::number(id),
                                   name.isEmpty() ? tr("Job %1").arg(id) : name,
                                   {}});
        }
        return target;
    });
    updateActions();
}

JobsActions::~JobsActions() = default;

void JobsActions::setConnection(ApiClient *client, const QString &workspace)
{
    m_scope.reset(); // answers for the old connection go nowhere
    m_client = client;
    m_workspace = workspace;
    m_service.reset(client ? new JobsService(client) : nullptr);
    m_job = {};
    m_selectedJobs.clear();
    m_run = {};
    updateActions();
}

void JobsActions::setJob(const QJsonObject &job)
{
    if (jsonId(job, "job_id"_L1) != jobId())
        m_run = {};
    m_job = job;
    updateActions();
}

void JobsActions::setSelectedJobs(const QList<QJsonObject> &jobs)
{
    m_selectedJobs = jobs;
    updateActions();
}

void JobsActions::setRun(const QJsonObject &run)
{
    m_run = run;
    updateActions();
}

qint64 JobsActions::jobId() const
{
    return jsonId(m_job, "job_id"_L1);
}

qint64 JobsActions::runId() const
{
    return jsonId(m_run, "run_id"_L1);
}

QString JobsActions::jobName() const
{
    const QString name = m_job.value("settings"_L1).toObject().value("name"_L1).toString();
    return name.isEmpty() ? tr("Job %1").arg(jobId()) : name;
}

QList<QAction *> JobsActions::toolbarActions() const
{
    return {m_newJob,    m_editJob,   m_runNow,    m_runNowWith, m_pause,
            m_cancelRun, m_repairRun, m_deleteJob, m_refresh};
}

void JobsActions::fillJobMenu(QMenu *menu) const
{
    menu->addActions({m_runNow, m_runNowWith, m_pause});
    menu->addSeparator();
    menu->addActions({m_editJob, m_permissions, m_copyJobId, m_openJob});
    menu->addSeparator();
    menu->addActions({m_cancelAll, m_deleteJob});
    menu->addSeparator();
    menu->addActions({m_newJob, m_refresh});
}

void JobsActions::fillRunMenu(QMenu *menu) const
{
    menu->addActions({m_cancelRun, m_repairRun, m_openRun});
    menu->addSeparator();
    menu->addActions({m_deleteRun});
}

void JobsActions::updateActions()
{
    const bool connected = m_client != nullptr;
    // Several selected: only what acts on all of them (Permissions…).
    const bool job = connected && jobId() != 0 && m_selectedJobs.size() <= 1;
    const bool run = job && runId() != 0;
    const RunStatus status = RunStatus::fromRun(m_run);
    const QJsonObject settings = m_job.value("settings"_L1).toObject();
    m_newJob->setEnabled(connected);
    m_refresh->setEnabled(connected);
    for (QAction *action :
         {m_editJob, m_deleteJob, m_runNow, m_runNowWith, m_copyJobId, m_openJob, m_cancelAll})
        action->setEnabled(job);
    const bool pausable = job && !TriggerText::pausableField(settings).isEmpty();
    const bool paused = TriggerText::isPaused(settings);
    m_permissions->setEnabled(connected && (jobId() != 0 || !m_selectedJobs.isEmpty()));
    m_pause->setEnabled(pausable);
    m_pause->setText(paused ? tr("Resume Sched&ule") : tr("&Pause Schedule"));
    m_pause->setIcon(QIcon(paused ? u":/icons/run.svg"_s : u":/icons/pause.svg"_s));
    m_pause->setToolTip(paused ? tr("Let the schedule or trigger start runs again")
                               : tr("Stop the schedule or trigger from starting runs"));
    m_cancelRun->setEnabled(run && status.isActive());
    // A run is repaired once it has ended, and only when something in it did
    // not succeed.
    m_repairRun->setEnabled(run && status.isFinished() &&
                            status.outcome() != RunStatus::Outcome::Succeeded);
    m_deleteRun->setEnabled(run && status.isFinished());
    m_openRun->setEnabled(run && !m_run.value("run_page_url"_L1).toString().isEmpty());
}

QObject *JobsActions::operationScope()
{
    if (!m_scope)
        m_scope = std::make_unique<QObject>();
    return m_scope.get();
}

void JobsActions::reportError(const QString &failure, const ApiError &error)
{
    emit statusChanged(QString(), false);
    emit errorOccurred(failure.arg(error.toString()));
}

void JobsActions::newJob()
{
    if (!m_service)
        return;
    JsonPayloadDialog::Setup setup;
    setup.title = tr("New Job in %1").arg(m_workspace);
    setup.kind = u"job-settings"_s;
    setup.workspace = m_workspace;
    setup.actionText = tr("Create");
    setup.objectName = u"newJobDialog"_s;
    auto *dialog = new JsonPayloadDialog(setup, actionView());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &JsonPayloadDialog::submitted, dialog,
            [this, dialog](const QJsonObject &settings) {
                dialog->setBusy(true);
                m_service->createJob(
                    settings, dialog,
                    [this, dialog, name = settings.value("name"_L1).toString()](
                        const std::optional<ApiError> &error, const QJsonObject &reply) {
                        // On a refusal: the server's words, the text as typed.
                        if (!dialog->finishSubmit(error))
                            return;
                        emit statusChanged(tr("Created job “%1”.").arg(name), false);
                        emit jobsChanged(jsonId(reply, "job_id"_L1));
                    });
            });
    dialog->open();
}

void JobsActions::editJob()
{
    if (!m_service || jobId() == 0)
        return;
    emit statusChanged(tr("Reading “%1”…").arg(jobName()), true);
    // The listing holds at most 100 tasks: the editor starts from the whole job.
    m_service->getJob(jobId(), operationScope(),
                      [this](const std::optional<ApiError> &error, const QJsonObject &job) {
                          if (error) {
                              reportError(tr("Could not read the job: %1"), *error);
                              return;
                          }
                          emit statusChanged(QString(), false);
                          openEditor(job);
                      });
}

void JobsActions::openEditor(const QJsonObject &job)
{
    const qint64 id = jsonId(job, "job_id"_L1);
    const QJsonObject settings = job.value("settings"_L1).toObject();
    // job_id is shown pinned at the top, so the user sees which job this is
    // and cannot point the edit at another one.
    QJsonObject document = settings;
    document.insert(u"job_id"_s, QJsonValue(id));

    JsonPayloadDialog::Setup setup;
    setup.title = tr("Edit Job “%1” in %2").arg(settings.value("name"_L1).toString(), m_workspace);
    setup.kind = u"job-settings"_s;
    setup.workspace = m_workspace;
    setup.original = document;
    setup.pinnedKeys = {u"job_id"_s};
    setup.actionText = tr("Save");
    setup.objectName = u"editJobDialog"_s;
    auto *dialog = new JsonPayloadDialog(setup, actionView());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &JsonPayloadDialog::submitted, dialog,
            [this, dialog, id, settings](QJsonObject edited) {
                edited.remove(u"job_id"_s);
                // Only what changed, and removed tasks by key: nothing of the
                // job is ever replaced by a partial copy.
                const JobSettingsUpdate update = JobSettingsUpdate::between(settings, edited);
                if (update.isEmpty()) {
                    dialog->accept();
                    return;
                }
                dialog->setBusy(true);
                m_service->updateJob(id, update.newSettings, update.fieldsToRemove, dialog,
                                     [this, dialog, id, name = edited.value("name"_L1).toString()](
                                         const std::optional<ApiError> &error) {
                                         if (!dialog->finishSubmit(error))
                                             return;
                                         emit statusChanged(tr("Saved job “%1”.").arg(name), false);
                                         emit jobsChanged(id);
                                     });
            });
    dialog->open();
}

void JobsActions::deleteJob()
{
    if (!m_service || jobId() == 0)
        return;
    ConfirmDialog::Question question;
    question.workspace = m_workspace;
    question.what =
        tr("Delete job “%1” (%2) from %3?").arg(jobName()).arg(jobId()).arg(m_workspace);
    question.details = tr("Its schedule stops and its run history goes with it. Active runs are "
                          "cancelled. This cannot be undone.");
    question.action = tr("Delete Job");
    const qint64 id = jobId();
    const QString name = jobName();
    ConfirmDialog::ask(actionView(), question, [this, id, name](bool confirmed) {
        if (!confirmed || !m_service)
            return;
        emit statusChanged(tr("Deleting “%1”…").arg(name), true);
        m_service->deleteJob(id, operationScope(),
                             [this, name](const std::optional<ApiError> &error) {
                                 if (error) {
                                     reportError(tr("Could not delete the job: %1"), *error);
                                     return;
                                 }
                                 emit statusChanged(tr("Deleted job “%1”.").arg(name), false);
                                 emit jobsChanged(0);
                             });
    });
}

void JobsActions::runNow()
{
    if (!m_service || jobId() == 0)
        return;
    const qint64 id = jobId();
    const QString name = jobName();
    // One token per click: the client may repeat a lost call, and the same
    // token answers with the run the first call started.
    const QJsonObject body{
        {u"job_id"_s, QJsonValue(id)},
        {u"idempotency_token"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    emit statusChanged(tr("Starting “%1”…").arg(name), true);
    m_service->runNow(
        body, operationScope(),
        [this, id, name](const std::optional<ApiError> &error, const QJsonObject &reply) {
            if (error) {
                reportError(tr("Could not start the job: %1"), *error);
                return;
            }
            const qint64 run = jsonId(reply, "run_id"_L1);
            emit statusChanged(tr("Started run %1 of “%2”.").arg(run).arg(name), false);
            emit runsChanged(id, run);
        });
}

void JobsActions::runNowWith()
{
    if (!m_service || jobId() == 0)
        return;
    emit statusChanged(tr("Reading “%1”…").arg(jobName()), true);
    m_service->getJob(
        jobId(), operationScope(),
        [this](const std::optional<ApiError> &error, const QJsonObject &job) {
            if (error) {
                reportError(tr("Could not read the job: %1"), *error);
                return;
            }
            emit statusChanged(QString(), false);
            const qint64 id = jsonId(job, "job_id"_L1);
            const QString name = job.value("settings"_L1).toObject().value("name"_L1).toString();
            auto *dialog = RunNowDialog::ask(actionView(), job);
            connect(dialog, &RunNowDialog::runRequested, dialog,
                    [this, dialog, id, name](const QJsonObject &body) {
                        dialog->setBusy(true);
                        m_service->runNow(
                            body, dialog,
                            [this, dialog, id, name](const std::optional<ApiError> &failure,
                                                     const QJsonObject &reply) {
                                if (failure) {
                                    // The same dialog keeps its token: a retry cannot start two
                                    // runs.
                                    dialog->setBusy(false);
                                    dialog->showError(failure->message);
                                    return;
                                }
                                dialog->accept();
                                const qint64 run = jsonId(reply, "run_id"_L1);
                                emit statusChanged(tr("Started run %1 of “%2”.").arg(run).arg(name),
                                                   false);
                                emit runsChanged(id, run);
                            });
                    });
        });
}

void JobsActions::togglePause()
{
    if (!m_service || jobId() == 0)
        return;
    const QJsonObject settings = m_job.value("settings"_L1).toObject();
    const QString field = TriggerText::pausableField(settings);
    if (field.isEmpty())
        return;
    const bool resume = TriggerText::isPaused(settings);
    // update replaces top-level fields whole and cannot patch inside one, so
    // the whole schedule (cron and time zone included) goes with the new status.
    QJsonObject holder = settings.value(field).toObject();
    holder.insert(u"pause_status"_s, resume ? u"UNPAUSED"_s : u"PAUSED"_s);
    const qint64 id = jobId();
    const QString name = jobName();
    emit statusChanged(resume ? tr("Resuming “%1”…").arg(name) : tr("Pausing “%1”…").arg(name),
                       true);
    m_service->updateJob(id, QJsonObject{{field, holder}}, {}, operationScope(),
                         [this, id, name, resume](const std::optional<ApiError> &error) {
                             if (error) {
                                 reportError(tr("Could not change the schedule: %1"), *error);
                                 return;
                             }
                             emit statusChanged(resume ? tr("Resumed “%1”.").arg(name)
                                                       : tr("Paused “%1”.").arg(name),
                                                false);
                             emit jobsChanged(id);
                         });
}

void JobsActions::copyJobId()
{
    if (jobId() == 0)
        return;
    QApplication::clipboard()->setText(QString::number(jobId()));
    emit statusChanged(tr("Copied job id %1.").arg(jobId()), false);
}

void JobsActions::openJob()
{
    if (!m_client || jobId() == 0)
        return;
    QUrl url = m_client->host();
    url.setPath(u"/jobs/%1"_s.arg(jobId()));
    if (!BrowserOpener::open(url))
        emit errorOccurred(tr("Could not open %1 in a browser.").arg(url.toDisplayString()));
}

void JobsActions::openRun()
{
    const QUrl url(m_run.value("run_page_url"_L1).toString());
    if (!url.isValid() || url.isEmpty())
        return;
    if (!BrowserOpener::open(url))
        emit errorOccurred(tr("Could not open %1 in a browser.").arg(url.toDisplayString()));
}

void JobsActions::cancelRun()
{
    if (!m_service || runId() == 0)
        return;
    const qint64 job = jobId(), run = runId();
    ConfirmDialog::Question question;
    question.workspace = m_workspace;
    question.what = tr("Cancel run %1 of “%2” in %3?").arg(run).arg(jobName(), m_workspace);
    question.details = tr("Its running tasks are stopped and the tasks after them are skipped.");
    question.action = tr("Cancel Run");
    ConfirmDialog::ask(actionView(), question, [this, job, run](bool confirmed) {
        if (!confirmed || !m_service)
            return;
        emit statusChanged(tr("Cancelling run %1…").arg(run), true);
        m_service->cancelRun(run, operationScope(),
                             [this, job, run](const std::optional<ApiError> &error) {
                                 if (error) {
                                     reportError(tr("Could not cancel the run: %1"), *error);
                                     return;
                                 }
                                 // Cancelling is asynchronous: the run's polling shows it end.
                                 emit statusChanged(tr("Cancelling run %1.").arg(run), false);
                                 emit runsChanged(job, run);
                             });
    });
}

void JobsActions::cancelAll()
{
    if (!m_service || jobId() == 0)
        return;
    const qint64 job = jobId();
    const QString name = jobName();
    ConfirmDialog::Question question;
    question.workspace = m_workspace;
    question.what = tr("Cancel every run of “%1” in %2?").arg(name, m_workspace);
    question.details = tr("All its active and queued runs are cancelled. New runs can still "
                          "start, from the schedule or from another job.");
    question.action = tr("Cancel All Runs");
    ConfirmDialog::ask(actionView(), question, [this, job, name](bool confirmed) {
        if (!confirmed || !m_service)
            return;
        emit statusChanged(tr("Cancelling the runs of “%1”…").arg(name), true);
        m_service->cancelAllRuns(
            job, operationScope(), [this, job, name](const std::optional<ApiError> &error) {
                if (error) {
                    reportError(tr("Could not cancel the runs: %1"), *error);
                    return;
                }
                emit statusChanged(tr("Cancelling every run of “%1”.").arg(name), false);
                emit runsChanged(job, 0);
            });
    });
}

void JobsActions::deleteRun()
{
    if (!m_service || runId() == 0)
        return;
    const qint64 job = jobId(), run = runId();
    ConfirmDialog::Question question;
    question.workspace = m_workspace;
    question.what = tr("Delete run %1 of “%2” from %3?").arg(run).arg(jobName(), m_workspace);
    question.details = tr("The run, its output and its logs go from the history. This cannot be "
                          "undone.");
    question.action = tr("Delete Run");
    ConfirmDialog::ask(actionView(), question, [this, job, run](bool confirmed) {
        if (!confirmed || !m_service)
            return;
        emit statusChanged(tr("Deleting run %1…").arg(run), true);
        m_service->deleteRun(run, operationScope(),
                             [this, job, run](const std::optional<ApiError> &error) {
                                 if (error) {
                                     reportError(tr("Could not delete the run: %1"), *error);
                                     return;
                                 }
                                 emit statusChanged(tr("Deleted run %1.").arg(run), false);
                                 emit runsChanged(job, 0);
                             });
    });
}

void JobsActions::repairRun()
{
    if (!m_service || runId() == 0)
        return;
    const qint64 job = jobId();
    emit statusChanged(tr("Reading run %1…").arg(runId()), true);
    // The repair history tells the latest repair id a second repair needs.
    m_service->getRun(
        runId(), true, operationScope(),
        [this, job](const std::optional<ApiError> &error, const QJsonObject &run) {
            if (error) {
                reportError(tr("Could not read the run: %1"), *error);
                return;
            }
            emit statusChanged(QString(), false);
            auto *dialog = RepairRunDialog::ask(actionView(), run, jobName());
            connect(dialog, &RepairRunDialog::repairRequested, dialog,
                    [this, dialog, job](const QJsonObject &body) {
                        dialog->setBusy(true);
                        const qint64 runId = jsonId(body, "run_id"_L1);
                        m_service->repairRun(
                            body, dialog,
                            [this, dialog, job, runId](const std::optional<ApiError> &failure,
                                                       const QJsonObject &) {
                                if (failure) {
                                    dialog->setBusy(false);
                                    dialog->showError(failure->message);
                                    return;
                                }
                                dialog->accept();
                                emit statusChanged(tr("Repairing run %1.").arg(runId), false);
                                emit runsChanged(job, runId);
                            });
                    });
        });
}

} // namespace brickdesk
