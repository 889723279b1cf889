// The Jobs area over real HTTP against the emulator: the list, a job's
// graph, runs and settings, a run's timeline and output, and every action.

#include "app/common/areapage.h"
#include "app/common/browseropener.h"
#include "app/common/confirmdialog.h"
#include "app/common/jsoneditor/jsondiffview.h"
#include "app/common/jsoneditor/jsonpayloaddialog.h"
#include "app/common/resourcelistview.h"
#include "app/common/testseam.h"
#include "app/jobs/jobpane.h"
#include "app/jobs/jobsactions.h"
#include "app/jobs/jobsbrowser.h"
#include "app/jobs/jobspage.h"
#include "app/jobs/repairrundialog.h"
#include "app/jobs/rundurationschart.h"
#include "app/jobs/runnowdialog.h"
#include "app/jobs/runpane.h"
#include "app/jobs/runtimelineview.h"
#include "app/jobs/taskgraphview.h"
#include "core/activity/activitymodel.h"
#include "core/emulator/emulator.h"
#include "core/jobs/jobsmodel.h"
#include "core/jobs/lastrunindex.h"
#include "core/jobs/runsmodel.h"
#include "core/net/apiclient.h"
#include "guitestutil.h"
#include "tests/support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace brickdesk;

class TestJobsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listShowsTriggerLastRunAndOwner();
    void jobPaneShowsGraphRunsAndSettings();
    void runNowStartsOneRunEvenWhenTheAnswerIsLost();
    void runNowWithDifferentSettingsSendsParametersAndTaskSubset();
    void runPaneShowsTimelineOutputAndOpensInBrowser();
    void activeRunIsPolledUntilItEnds();
    void editShowsDiffAndSendsOnlyWhatChanged();
    void editRefusedByServerKeepsTheText();
    void createJobFromTheEditor();
    void deleteJobNamesJobAndWorkspace();
    void pauseAndResumeSendTheWholeSchedule();
    void cancelRunAndCancelAll();
    void deleteRunAsksAndRemovesIt();
    void repairRerunsTheFailedTask();
    void copyJobIdAndOpenJobInBrowser();

private:
    qint64 addJob(const QString &name, const QJsonObject &extra = {});
    bool selectJob(qint64 jobId);
    QList<emulator::RecordedRequest> requestsTo(const QString &suffix) const;
    QJsonObject lastBodyTo(const QString &suffix) const;
    // Runs every run to its end on the emulator's clock.
    void finishRuns();
    template <typename T> T *waitForDialog(const QString &name);

    std::unique_ptr<test::TestWorkspace> m_ws;
    std::unique_ptr<ActivityModel> m_activity;
    std::unique_ptr<JobsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_runsTester;
    JobsModel *m_model = nullptr;
    JobsBrowser *m_browser = nullptr;
    JobsActions *m_actions = nullptr;
    qint64 m_diamond = 0;
    qint64 m_paused = 0;
};

namespace {

QJsonObject notebookTask(const QString &key, const QStringList &after = {})
{
    QJsonObject task{
        {u"task_key"_s, key},
        {u"notebook_task"_s, QJsonObject{{u"notebook_path"_s, u"/Shared/etl/"_s + key}}},
        {u"job_cluster_key"_s, u"main"_s}};
    QJsonArray depends;
    for (const QString &upstream : after)
        depends.append(QJsonObject{{u"task_key"_s, upstream}});
    if (!depends.isEmpty())
        task.insert(u"depends_on"_s, depends);
    return task;
}

QJsonObject dailySchedule(const QString &pause)
{
    return {{u"quartz_cron_expression"_s, u"0 0 2 * * ?"_s},
            {u"timezone_id"_s, u"Europe/Madrid"_s},
            {u"pause_status"_s, pause}};
}

} // namespace

void TestJobsPage::initTestCase()
{
    QCoreApplication::setOrganizationName(u"BrickdeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_jobspage"_s);
}

qint64 TestJobsPage::addJob(const QString &name, const QJsonObject &extra)
{
    QJsonObject settings{
        {u"name"_s, name},
        {u"tasks"_s, QJsonArray{notebookTask(u"ingest"_s), notebookTask(u"clean"_s, {u"ingest"_s}),
                                notebookTask(u"features"_s, {u"ingest"_s}),
                                notebookTask(u"report"_s, {u"clean"_s, u"features"_s})}},
        {u"job_clusters"_s,
         QJsonArray{
             QJsonObject{{u"job_cluster_key"_s, u"main"_s},
                         {u"new_cluster"_s, QJsonObject{{u"spark_version"_s, u"15.4.x-scala2.12"_s},
                                                        {u"num_workers"_s, 2}}}}}},
        {u"parameters"_s,
         QJsonArray{QJsonObject{{u"name"_s, u"env"_s}, {u"default"_s, u"prod"_s}}}},
        {u"max_concurrent_runs"_s, 1}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        settings.insert(it.key(), it.value());
    return m_ws->emulator().jobs().addJob(settings, u"ana.garcia@brickdesk.dev"_s);
}

void TestJobsPage::init()
{
    m_ws = std::make_unique<test::TestWorkspace>(emulator::Seed::Empty);
    m_ws->emulator().clock().setFrozen(true);
    m_diamond = addJob(u"Nightly ingest"_s, {{u"schedule"_s, dailySchedule(u"UNPAUSED"_s)}});
    m_paused =
        addJob(u"Landing files"_s,
               {{u"trigger"_s,
                 QJsonObject{{u"file_arrival"_s, QJsonObject{{u"url"_s, u"s3://landing/"_s}}},
                             {u"pause_status"_s, u"PAUSED"_s}}}});
    m_ws->emulator().seedFinishedRuns(3);

    m_activity = std::make_unique<ActivityModel>();
    m_activity->attach(&m_ws->client());
    m_page = std::make_unique<JobsPage>();
    AreaContext context;
    context.client = &m_ws->client();
    context.activity = m_activity.get();
    context.workspaceName = u"Alpha"_s;
    m_page->attach(context);
    m_model = m_page->model();
    QVERIFY(m_model);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_browser = m_page->browser();
    m_actions = m_browser->actions();
    m_runsTester = std::make_unique<QAbstractItemModelTester>(
        m_browser->jobPane()->runsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->lastRuns()->poller()->setBaseInterval(20);
    m_browser->jobPane()->runsModel()->poller()->setBaseInterval(20);
    m_browser->jobPane()->runPane()->poller()->setBaseInterval(20);
    m_page->resize(1200, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_COMPARE(m_model->state(), ResourceListModel::State::Loaded);
}

void TestJobsPage::cleanup()
{
    resetTestSeams();
    ConfirmDialog::setAnswerForTesting(std::nullopt);
    m_runsTester.reset();
    m_tester.reset();
    m_page.reset();
    m_model = nullptr;
    m_activity.reset();
    m_ws.reset();
}

bool TestJobsPage::selectJob(qint64 jobId)
{
    if (!m_browser->view()->selectKey(QString::number(jobId)))
        return false;
    return QTest::qWaitFor([&] {
        return m_actions->jobId() == jobId &&
               m_browser->jobPane()->runsModel()->state() == ResourceListModel::State::Loaded;
    });
}

QList<emulator::RecordedRequest> TestJobsPage::requestsTo(const QString &suffix) const
{
    QList<emulator::RecordedRequest> out;
    for (const emulator::RecordedRequest &request : m_ws->emulator().requests())
        if (request.path.endsWith(suffix))
            out.append(request);
    return out;
}

QJsonObject TestJobsPage::lastBodyTo(const QString &suffix) const
{
    const auto requests = requestsTo(suffix);
    return requests.isEmpty() ? QJsonObject()
                              : QJsonDocument::fromJson(requests.last().body).object();
}

void TestJobsPage::finishRuns()
{
    for (int i = 0; i < 20; ++i)
        m_ws->emulator().clock().advance(60'000);
}

template <typename T> T *TestJobsPage::waitForDialog(const QString &name)
{
    T *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *found = qobject_cast<T *>(widget);
                found && found->objectName() == name && found->isVisible())
                dialog = found;
        return dialog != nullptr;
    });
    return shown ? dialog : nullptr;
}

void TestJobsPage::listShowsTriggerLastRunAndOwner()
{
    const int row = m_model->rowForJob(m_diamond);
    QVERIFY(row >= 0);
    QCOMPARE(m_model->index(row, JobsModel::NameColumn).data().toString(), u"Nightly ingest"_s);
    QCOMPARE(m_model->index(row, JobsModel::TriggerColumn).data().toString(),
             u"Daily at 02:00 Europe/Madrid"_s);
    QCOMPARE(
        m_model->index(m_model->rowForJob(m_paused), JobsModel::TriggerColumn).data().toString(),
        u"On file arrival (paused)"_s);
    QCOMPARE(m_model->index(row, JobsModel::OwnerColumn).data().toString(),
             u"ana.garcia@brickdesk.dev"_s);
    QTRY_VERIFY(
        m_model->index(row, JobsModel::LastRunColumn).data().toString().startsWith(u"Succeeded"_s));
    // The last runs came from the workspace's recent runs, not a call per job.
    QVERIFY(requestsTo(u"/jobs/runs/list"_s).size() <= 2);
    QVERIFY(m_model->index(row, JobsModel::LastRunColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"Run "_s));
    test::saveScreenshot(m_page.get(), u"jobs-list"_s);
}

void TestJobsPage::jobPaneShowsGraphRunsAndSettings()
{
    QVERIFY(selectJob(m_diamond));
    JobPane *pane = m_browser->jobPane();
    QCOMPARE(pane->graph()->graph().nodes().size(), 4);
    pane->graph()->selectTask(u"report"_s);
    QTRY_VERIFY(pane->taskDetailsText().contains(u"clean, features"_s));
    QVERIFY(pane->taskDetailsText().contains(u"/Shared/etl/report"_s));
    QCOMPARE(pane->runsModel()->rowCount(), 3);
    QCOMPARE(pane->chart()->barCount(), 3);
    QStringList settings;
    for (int i = 0; i < pane->settingsTree()->topLevelItemCount(); ++i)
        settings << pane->settingsTree()->topLevelItem(i)->text(0);
    QCOMPARE(settings.first(), u"schedule"_s);
    QVERIFY(settings.contains(u"parameters"_s));
    QVERIFY(settings.contains(u"job_clusters"_s));
    QVERIFY(!settings.contains(u"tasks"_s));
    test::saveScreenshot(m_page.get(), u"jobs-dag"_s);
    pane->tabs()->setCurrentIndex(1);
    test::saveScreenshot(m_page.get(), u"jobs-runs-chart"_s);
}

void TestJobsPage::runNowStartsOneRunEvenWhenTheAnswerIsLost()
{
    QVERIFY(selectJob(m_diamond));
    const int before = int(m_ws->emulator().jobRuns().runsOfJob(m_diamond).size());
    // The server starts the run, then the answer is lost mid-body: the
    // client repeats the call with the same token and gets the same run.
    m_ws->emulator().faults().dropConnection(u"/api/2.2/jobs/run-now"_s, 1);
    m_actions->runNowAction()->trigger();
    QTRY_VERIFY(m_browser->statusText().startsWith(u"Started run"_s));
    QCOMPARE(requestsTo(u"/jobs/run-now"_s).size(), 2);
    QCOMPARE(int(m_ws->emulator().jobRuns().runsOfJob(m_diamond).size()), before + 1);
    const auto bodies = requestsTo(u"/jobs/run-now"_s);
    QCOMPARE(QJsonDocument::fromJson(bodies[0].body).object().value(u"idempotency_token"_s),
             QJsonDocument::fromJson(bodies[1].body).object().value(u"idempotency_token"_s));
    QTRY_COMPARE(m_browser->jobPane()->runsModel()->rowCount(), 4);
}

void TestJobsPage::runNowWithDifferentSettingsSendsParametersAndTaskSubset()
{
    QVERIFY(selectJob(m_diamond));
    RunNowDialog::Edits edits;
    edits.values.insert(u"env"_s, u"staging"_s);
    edits.uncheckedTasks = {u"report"_s};
    RunNowDialog::setEditsForTesting(edits);
    m_actions->runNowWithAction()->trigger();
    QTRY_VERIFY(m_browser->statusText().startsWith(u"Started run"_s));
    const QJsonObject body = lastBodyTo(u"/jobs/run-now"_s);
    QCOMPARE(body.value(u"job_parameters"_s).toObject().value(u"env"_s).toString(), u"staging"_s);
    QCOMPARE(body.value(u"only"_s).toArray(), (QJsonArray{u"ingest"_s, u"clean"_s, u"features"_s}));
    QVERIFY(!body.value(u"idempotency_token"_s).toString().isEmpty());
}

void TestJobsPage::runPaneShowsTimelineOutputAndOpensInBrowser()
{
    QVERIFY(selectJob(m_diamond));
    JobPane *pane = m_browser->jobPane();
    const qint64 runId = pane->runsModel()->runIdAt(0);
    pane->openRun(runId);
    RunPane *run = pane->runPane();
    QTRY_COMPARE(run->timeline()->timeline().rows().size(), qsizetype(4));
    QCOMPARE(pane->tabs()->currentWidget(), run);
    QSignalSpy shown(run, &RunPane::outputShown);
    run->timeline()->setCurrentRow(0);
    QVERIFY(shown.wait(5000));
    QVERIFY(!run->outputText().isEmpty());
    // get-output is asked for the task run, never the whole run.
    const auto outputs = requestsTo(u"/jobs/runs/get-output"_s);
    QVERIFY(!outputs.isEmpty());
    QVERIFY(outputs.last().query.queryItemValue(u"run_id"_s) != QString::number(runId));

    QList<QUrl> opened;
    BrowserOpener::setOpenerForTesting([&](const QUrl &url) { opened.append(url); });
    QTRY_VERIFY(m_actions->openRunAction()->isEnabled());
    m_actions->openRunAction()->trigger();
    QCOMPARE(opened.size(), 1);
    QVERIFY(opened.first().toString().contains(u"/runs/%1"_s.arg(runId)));
    test::saveScreenshot(m_page.get(), u"jobs-run-timeline"_s);
}

void TestJobsPage::activeRunIsPolledUntilItEnds()
{
    QVERIFY(selectJob(m_diamond));
    m_actions->runNowAction()->trigger();
    QTRY_VERIFY(m_browser->statusText().startsWith(u"Started run"_s));
    RunsModel *runs = m_browser->jobPane()->runsModel();
    QTRY_COMPARE(runs->rowCount(), 4);
    QTRY_VERIFY(runs->poller()->isActive());
    finishRuns();
    QTRY_VERIFY_WITH_TIMEOUT(!runs->poller()->isActive(), 10000);
    QCOMPARE(runs->index(0, RunsModel::ResultColumn).data().toString(), u"Succeeded"_s);
}

void TestJobsPage::editShowsDiffAndSendsOnlyWhatChanged()
{
    QVERIFY(selectJob(m_diamond));
    m_actions->editJobAction()->trigger();
    auto *dialog = waitForDialog<JsonPayloadDialog>(u"editJobDialog"_s);
    QVERIFY(dialog);
    const QString original = dialog->text();
    QVERIFY(original.contains(u"\"job_id\""_s));
    QString edited = original;
    edited.replace(u"\"max_concurrent_runs\": 1"_s, u"\"max_concurrent_runs\": 3"_s);
    QVERIFY(edited != original);
    dialog->setText(edited);
    dialog->apply();
    QTRY_VERIFY(dialog->isReviewing());
    dialog->confirm();
    QTRY_VERIFY(m_browser->statusText().startsWith(u"Saved job"_s));
    const QJsonObject body = lastBodyTo(u"/jobs/update"_s);
    QCOMPARE(body.value(u"new_settings"_s).toObject(),
             (QJsonObject{{u"max_concurrent_runs"_s, 3}}));
    QVERIFY(!body.contains(u"fields_to_remove"_s));
    QCOMPARE(
        m_ws->emulator().jobs().find(m_diamond)->settings.value(u"max_concurrent_runs"_s).toInt(),
        3);
    QCOMPARE(m_ws->emulator().jobs().find(m_diamond)->settings.value(u"tasks"_s).toArray().size(),
             4);
}

void TestJobsPage::editRefusedByServerKeepsTheText()
{
    QVERIFY(selectJob(m_diamond));
    emulator::FaultRule refuse;
    refuse.kind = emulator::FaultRule::Kind::CannedResponse;
    refuse.pathPattern = u"/api/2.2/jobs/update"_s;
    refuse.status = 400;
    refuse.body =
        R"({"error_code":"INVALID_PARAMETER_VALUE","message":"Shared job cluster feature is only supported in multi-task jobs."})";
    m_ws->emulator().faults().addRule(refuse);
    m_actions->editJobAction()->trigger();
    auto *dialog = waitForDialog<JsonPayloadDialog>(u"editJobDialog"_s);
    QVERIFY(dialog);
    QString edited = dialog->text();
    edited.replace(u"\"Nightly ingest\""_s, u"\"Nightly ingest v2\""_s);
    dialog->setText(edited);
    dialog->apply();
    QTRY_VERIFY(dialog->isReviewing());
    dialog->confirm();
    QTRY_VERIFY(dialog->noticeText().contains(u"Shared job cluster feature"_s));
    QCOMPARE(dialog->text(), edited);
    QVERIFY(dialog->isVisible());
    test::saveScreenshot(dialog, u"jobs-edit-refused"_s);
    dialog->close();
}

void TestJobsPage::createJobFromTheEditor()
{
    const int before = m_ws->emulator().jobs().size();
    m_actions->newJobAction()->trigger();
    auto *dialog = waitForDialog<JsonPayloadDialog>(u"newJobDialog"_s);
    QVERIFY(dialog);
    dialog->setText(uR"({"name": "Created here", "tasks": [{"task_key": "main",
        "notebook_task": {"notebook_path": "/Shared/main"}}]})"_s);
    dialog->apply();
    QTRY_VERIFY(m_browser->statusText().startsWith(u"Created job"_s));
    QCOMPARE(m_ws->emulator().jobs().size(), before + 1);
    QTRY_COMPARE(m_browser->jobPane()->graph()->graph().nodes().size(), 1);
    QCOMPARE(m_model->item(m_browser->view()->currentSourceRow())
                 .value(u"settings"_s)
                 .toObject()
                 .value(u"name"_s)
                 .toString(),
             u"Created here"_s);
}

void TestJobsPage::deleteJobNamesJobAndWorkspace()
{
    QVERIFY(selectJob(m_paused));
    ConfirmDialog::setAnswerForTesting(true);
    m_actions->deleteJobAction()->trigger();
    QTRY_VERIFY(m_browser->statusText().startsWith(u"Deleted job"_s));
    const QString question = ConfirmDialog::lastQuestionForTesting();
    QVERIFY2(question.contains(u"Landing files"_s) && question.contains(u"Alpha"_s),
             qPrintable(question));
    QVERIFY(!m_ws->emulator().jobs().find(m_paused));
    QTRY_COMPARE(m_model->rowForJob(m_paused), -1);
}

void TestJobsPage::pauseAndResumeSendTheWholeSchedule()
{
    QVERIFY(selectJob(m_diamond));
    QCOMPARE(m_actions->pauseAction()->text(), u"&Pause Schedule"_s);
    m_actions->pauseAction()->trigger();
    QTRY_VERIFY(m_browser->statusText().startsWith(u"Paused"_s));
    const QJsonObject schedule = lastBodyTo(u"/jobs/update"_s)
                                     .value(u"new_settings"_s)
                                     .toObject()
                                     .value(u"schedule"_s)
                                     .toObject();
    QCOMPARE(schedule, dailySchedule(u"PAUSED"_s));
    QTRY_COMPARE(m_actions->pauseAction()->text(), u"Resume Sched&ule"_s);
    QTRY_COMPARE(
        m_model->index(m_model->rowForJob(m_diamond), JobsModel::TriggerColumn).data().toString(),
        u"Daily at 02:00 Europe/Madrid (paused)"_s);
    m_actions->pauseAction()->trigger();
    QTRY_VERIFY(m_browser->statusText().startsWith(u"Resumed"_s));
    QCOMPARE(lastBodyTo(u"/jobs/update"_s)
                 .value(u"new_settings"_s)
                 .toObject()
                 .value(u"schedule"_s)
                 .toObject(),
             dailySchedule(u"UNPAUSED"_s));
}

void TestJobsPage::cancelRunAndCancelAll()
{
    QVERIFY(selectJob(m_diamond));
    m_actions->runNowAction()->trigger();
    QTRY_VERIFY(m_browser->statusText().startsWith(u"Started run"_s));
    ResourceListView *runs = m_browser->jobPane()->runsView();
    RunsModel *model = m_browser->jobPane()->runsModel();
    QTRY_COMPARE(model->rowCount(), 4);
    const qint64 active = m_actions->runId() ? m_actions->runId() : model->runIdAt(0);
    QVERIFY(runs->selectKey(QString::number(active)));
    QTRY_VERIFY(m_actions->cancelRunAction()->isEnabled());
    ConfirmDialog::setAnswerForTesting(true);
    m_actions->cancelRunAction()->trigger();
    QTRY_VERIFY(!requestsTo(u"/jobs/runs/cancel"_s).isEmpty());
    QVERIFY(ConfirmDialog::lastQuestionForTesting().contains(QString::number(active)));
    finishRuns();
    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(model->rowForRun(active), RunsModel::ResultColumn).data().toString(),
        u"Cancelled"_s, 10000);

    m_actions->cancelAllAction()->trigger();
    QTRY_VERIFY(!requestsTo(u"/jobs/runs/cancel-all"_s).isEmpty());
    QCOMPARE(lastBodyTo(u"/jobs/runs/cancel-all"_s).value(u"job_id"_s).toInteger(), m_diamond);
    QVERIFY(ConfirmDialog::lastQuestionForTesting().contains(u"Nightly ingest"_s));
}

void TestJobsPage::deleteRunAsksAndRemovesIt()
{
    QVERIFY(selectJob(m_diamond));
    RunsModel *model = m_browser->jobPane()->runsModel();
    const qint64 runId = model->runIdAt(2);
    QVERIFY(m_browser->jobPane()->runsView()->selectKey(QString::number(runId)));
    QTRY_VERIFY(m_actions->deleteRunAction()->isEnabled());
    ConfirmDialog::setAnswerForTesting(true);
    m_actions->deleteRunAction()->trigger();
    QTRY_VERIFY(m_browser->statusText().startsWith(u"Deleted run"_s));
    QVERIFY(!m_ws->emulator().jobRuns().find(runId));
    QTRY_COMPARE(model->rowForRun(runId), -1);
}

void TestJobsPage::repairRerunsTheFailedTask()
{
    QVERIFY(selectJob(m_diamond));
    m_ws->emulator().jobRunLifecycle().failTask(m_diamond, u"features"_s, u"Division by zero"_s);
    m_actions->runNowAction()->trigger();
    QTRY_VERIFY(m_browser->statusText().startsWith(u"Started run"_s));
    RunsModel *model = m_browser->jobPane()->runsModel();
    QTRY_COMPARE(model->rowCount(), 4);
    const qint64 failed = model->runIdAt(model->rowCount() > 0 ? 0 : -1);
    finishRuns();
    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(model->rowForRun(failed), RunsModel::ResultColumn).data().toString(),
        u"Failed"_s, 10000);
    m_ws->emulator().jobRunLifecycle().clearTaskScript(m_diamond, u"features"_s);
    QVERIFY(m_browser->jobPane()->runsView()->selectKey(QString::number(failed)));
    QTRY_VERIFY(m_actions->repairRunAction()->isEnabled());
    RepairRunDialog::Edits edits;
    edits.rerunDependents = true;
    RepairRunDialog::setEditsForTesting(edits);
    m_actions->repairRunAction()->trigger();
    QTRY_VERIFY(m_browser->statusText().startsWith(u"Repairing run"_s));
    const QJsonObject body = lastBodyTo(u"/jobs/runs/repair"_s);
    // The failed task and the one its failure skipped are preselected.
    QCOMPARE(body.value(u"rerun_tasks"_s).toArray(), (QJsonArray{u"features"_s, u"report"_s}));
    QVERIFY(body.value(u"rerun_dependent_tasks"_s).toBool());
    QCOMPARE(body.value(u"job_parameters"_s).toObject().value(u"env"_s).toString(), u"prod"_s);
    finishRuns();
    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(model->rowForRun(failed), RunsModel::ResultColumn).data().toString(),
        u"Succeeded"_s, 10000);
}

void TestJobsPage::copyJobIdAndOpenJobInBrowser()
{
    QVERIFY(selectJob(m_diamond));
    m_actions->copyJobIdAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QString::number(m_diamond));
    QList<QUrl> opened;
    BrowserOpener::setOpenerForTesting([&](const QUrl &url) { opened.append(url); });
    m_actions->openJobAction()->trigger();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().path(), u"/jobs/%1"_s.arg(m_diamond));
}

QTEST_MAIN(TestJobsPage)
#include "tst_jobspage.moc"
