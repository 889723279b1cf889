// The run-now and repair dialogs, driven through their controls offscreen:
// prefilled values, edits that reach the request body, the page's
// busy/error/accept calls, the test seams, and every control reachable.

#include "app/common/testseam.h"
#include "app/jobs/parametertable.h"
#include "app/jobs/repairrundialog.h"
#include "app/jobs/requestpreview.h"
#include "app/jobs/runnowdialog.h"
#include "tests/gui/guitestutil.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

const QByteArray kJob = R"({
  "job_id": 9007199254740993,
  "settings": {
    "name": "nightly-sales",
    "parameters": [
      {"name": "env", "default": "prod"},
      {"name": "run_date", "default": "{{job.start_time.iso_date}}"}
    ],
    "tasks": [
      {"task_key": "ingest", "notebook_task": {"notebook_path": "/Repos/etl/ingest"}},
      {"task_key": "refresh_dlt", "depends_on": [{"task_key": "ingest"}],
       "pipeline_task": {"pipeline_id": "5f2c1a3e-1111-4c55-9a8e-2b3c4d5e6f70"}},
      {"task_key": "report", "depends_on": [{"task_key": "refresh_dlt"}],
       "sql_task": {"warehouse_id": "abc123", "query": {"query_id": "q-1"}}}
    ]
  }
})";

const QByteArray kLegacyJob = R"({
  "job_id": 4711,
  "settings": {
    "name": "legacy-etl",
    "tasks": [
      {"task_key": "prepare", "notebook_task": {"notebook_path": "/Shared/prepare",
        "base_parameters": {"country": "DE", "limit": "1000"}}}
    ]
  }
})";

const QByteArray kFailedRun = R"({
  "job_id": 9007199254740993,
  "run_id": 9007199254740995,
  "run_name": "nightly-sales",
  "state": {"life_cycle_state": "TERMINATED", "result_state": "FAILED"},
  "status": {"state": "TERMINATED",
             "termination_details": {"code": "RUN_EXECUTION_ERROR", "type": "CLIENT_ERROR"}},
  "tasks": [
    {"task_key": "ingest", "run_id": 9007199254740997,
     "state": {"life_cycle_state": "TERMINATED", "result_state": "SUCCESS"}},
    {"task_key": "transform", "run_id": 9007199254740999,
     "depends_on": [{"task_key": "ingest"}],
     "state": {"life_cycle_state": "INTERNAL_ERROR", "result_state": "FAILED",
               "state_message": "Workload failed, see run output for details."}},
    {"task_key": "report", "run_id": 9007199254741001,
     "depends_on": [{"task_key": "transform"}],
     "state": {"life_cycle_state": "TERMINATED", "result_state": "UPSTREAM_FAILED"}},
    {"task_key": "audit", "run_id": 9007199254741005,
     "depends_on": [{"task_key": "ingest"}],
     "state": {"life_cycle_state": "TERMINATED", "result_state": "SUCCESS"}}
  ],
  "job_parameters": [
    {"name": "env", "default": "prod", "value": "staging"},
    {"name": "run_date", "default": "2024-05-01"}
  ],
  "repair_history": [
    {"type": "ORIGINAL", "id": 9007199254740995, "start_time": 1714550400000},
    {"type": "REPAIR", "id": 9007199254750001, "start_time": 1714550800000}
  ]
})";

QListWidgetItem *itemNamed(QListWidget *list, const QString &prefix)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(prefix))
            return list->item(row);
    }
    return nullptr;
}

QString cell(ParameterTable *table, int row, int column)
{
    return table->table()->item(row, column)->text();
}

// Every control can be reached with Tab and tells a screen reader its name.
void verifyReachableAndNamed(QWidget *dialog)
{
    const auto controls = dialog->findChildren<QWidget *>();
    for (QWidget *w : controls) {
        const bool control =
            qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractItemView *>(w);
        if (!control || w->parentWidget()->inherits("QAbstractScrollArea"))
            continue;
        QVERIFY2(w->focusPolicy() & Qt::TabFocus, qPrintable(w->objectName()));
        QVERIFY2(!w->accessibleName().isEmpty() || !qobject_cast<QAbstractButton *>(w) ||
                     !qobject_cast<QAbstractButton *>(w)->text().isEmpty(),
                 qPrintable(w->objectName()));
        if (qobject_cast<QAbstractItemView *>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
}

} // namespace

class TestJobDialogs : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void runNowIsPrefilledFromDefaults();
    void runNowEditAndUncheckSendsOnly();
    void runNowShowErrorKeepsInputsAndToken();
    void runNowLegacyNotebookRows();
    void runNowSeamPreAnswers();
    void runNowControlsAreReachable();

    void repairPreselectsFailedAndPreviewsDependents();
    void repairAllFailedShortcut();
    void repairActiveRunIsRefused();
    void repairShowErrorKeepsInputs();
    void repairSeamPreAnswers();
    void repairControlsAreReachable();
};

void TestJobDialogs::cleanup()
{
    resetTestSeams();
}

void TestJobDialogs::runNowIsPrefilledFromDefaults()
{
    RunNowDialog dialog(parse(kJob));
    QVERIFY(dialog.windowTitle().contains(u"nightly-sales"_s));
    ParameterTable *table = dialog.parameterTable(u"job_parameters"_s);
    QVERIFY(table);
    QCOMPARE(table->table()->rowCount(), 2);
    QCOMPARE(cell(table, 0, 0), u"env"_s);
    QCOMPARE(cell(table, 0, 1), u"prod"_s);
    QCOMPARE(cell(table, 1, 1), u"{{job.start_time.iso_date}}"_s);
    // Job parameter names are the job's: not editable, no rows added.
    QVERIFY(!(table->table()->item(0, 0)->flags() & Qt::ItemIsEditable));
    QVERIFY(table->table()->item(0, 1)->flags() & Qt::ItemIsEditable);
    QVERIFY(!dialog.findChild<QPushButton *>(u"addParameter_job_parameters"_s));
    QCOMPARE(dialog.taskList()->count(), 3);
    QVERIFY(dialog.fullRefreshBox());
    QVERIFY(!dialog.preview()->isExpanded());
    QVERIFY(dialog.preview()->text().contains(u"\"job_id\": 9007199254740993"_s));
    QVERIFY(dialog.runButton()->isEnabled());

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.preview()->setExpanded(true);
    test::saveScreenshot(&dialog, u"jobs-run-now"_s);
}

void TestJobDialogs::runNowEditAndUncheckSendsOnly()
{
    RunNowDialog dialog(parse(kJob));
    QSignalSpy run(&dialog, &RunNowDialog::runRequested);
    dialog.parameterTable(u"job_parameters"_s)->table()->item(0, 1)->setText(u"staging"_s);
    itemNamed(dialog.taskList(), u"refresh_dlt"_s)->setCheckState(Qt::Unchecked);
    dialog.fullRefreshBox()->setChecked(true);
    QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
    QCOMPARE(run.size(), 1);
    const QJsonObject body = run.at(0).at(0).toJsonObject();
    QCOMPARE(body["job_parameters"_L1].toObject()["env"_L1].toString(), u"staging"_s);
    QCOMPARE(body["only"_L1].toArray(), (QJsonArray{"ingest"_L1, "report"_L1}));
    QCOMPARE(body["pipeline_params"_L1].toObject()["full_refresh"_L1].toBool(), true);
    QCOMPARE(body["idempotency_token"_L1].toString(), dialog.idempotencyToken());
    QCOMPARE(body["job_id"_L1].toInteger(), Q_INT64_C(9007199254740993));
    QVERIFY(dialog.preview()->text().contains(u"\"only\""_s));

    // Nothing checked: Run is off and the dialog says why.
    for (int row = 0; row < dialog.taskList()->count(); ++row)
        dialog.taskList()->item(row)->setCheckState(Qt::Unchecked);
    QVERIFY(!dialog.runButton()->isEnabled());
    QCOMPARE(dialog.findChild<QLabel *>(u"runNowProblem"_s)->text(),
             u"Check at least one task to run."_s);
}

void TestJobDialogs::runNowShowErrorKeepsInputsAndToken()
{
    RunNowDialog dialog(parse(kJob));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy run(&dialog, &RunNowDialog::runRequested);
    ParameterTable *table = dialog.parameterTable(u"job_parameters"_s);
    table->table()->item(0, 1)->setText(u"dev"_s);
    dialog.runButton()->click();
    QCOMPARE(run.size(), 1);

    dialog.setBusy(true);
    QVERIFY(!dialog.runButton()->isEnabled());
    QVERIFY(!table->isEnabled());
    dialog.runButton()->click(); // a second press while busy sends nothing
    QCOMPARE(run.size(), 1);

    dialog.showError(u"There are already 5 active runs (limit: 5)."_s);
    QVERIFY(dialog.errorText().contains(u"There are already 5 active runs"_s));
    QVERIFY(dialog.findChild<QLabel *>(u"runNowError"_s)->isVisible());
    QVERIFY(table->isEnabled());
    QVERIFY(dialog.runButton()->isEnabled());
    QCOMPARE(cell(table, 0, 1), u"dev"_s);
    test::saveScreenshot(&dialog, u"jobs-run-now-error"_s);

    dialog.runButton()->click();
    QCOMPARE(run.size(), 2);
    QCOMPARE(run.at(1).at(0).toJsonObject()["idempotency_token"_L1],
             run.at(0).at(0).toJsonObject()["idempotency_token"_L1]);
    QVERIFY(dialog.errorText().isEmpty()); // a new attempt clears the old error
}

void TestJobDialogs::runNowLegacyNotebookRows()
{
    RunNowDialog dialog(parse(kLegacyJob));
    ParameterTable *table = dialog.parameterTable(u"notebook_params"_s);
    QVERIFY(table);
    QCOMPARE(table->table()->rowCount(), 2);
    auto *add = dialog.findChild<QPushButton *>(u"addParameter_notebook_params"_s);
    auto *remove = dialog.findChild<QPushButton *>(u"removeParameter_notebook_params"_s);
    QVERIFY(add && remove);
    QVERIFY(!dialog.taskList() || dialog.taskList()->count() == 1);

    table->table()->setCurrentCell(0, 1);
    QVERIFY(!remove->isEnabled()); // the notebook's own parameter stays
    add->click();
    QCOMPARE(table->table()->rowCount(), 3);
    QVERIFY(remove->isEnabled());
    // An added row without a name yet: refused until it has one.
    QVERIFY(!dialog.runButton()->isEnabled());
    table->table()->item(2, 0)->setText(u"country"_s);
    QVERIFY(dialog.findChild<QLabel *>(u"runNowProblem"_s)->text().contains(u"given twice"_s));
    table->table()->item(2, 0)->setText(u"dry_run"_s);
    table->table()->item(2, 1)->setText(u"true"_s);
    QVERIFY(dialog.runButton()->isEnabled());

    QSignalSpy run(&dialog, &RunNowDialog::runRequested);
    dialog.runButton()->click();
    QCOMPARE(run.size(), 1);
    QCOMPARE(run.at(0).at(0).toJsonObject()["notebook_params"_L1].toObject(),
             (QJsonObject{{"dry_run"_L1, "true"_L1}}));

    remove->click();
    QCOMPARE(table->table()->rowCount(), 2);
    QVERIFY(!dialog.request().body().contains("notebook_params"_L1));
}

void TestJobDialogs::runNowSeamPreAnswers()
{
    QWidget page;
    RunNowDialog::setEditsForTesting(
        RunNowDialog::Edits{{{u"env"_s, u"qa"_s}}, {u"report"_s}, false, true});
    QPointer<RunNowDialog> dialog = RunNowDialog::ask(&page, parse(kJob));
    QSignalSpy run(dialog.data(), &RunNowDialog::runRequested);
    connect(dialog, &RunNowDialog::runRequested, dialog, [dialog] {
        dialog->setBusy(true);
        QTimer::singleShot(0, dialog, [dialog] { dialog->accept(); });
    });
    QVERIFY(run.wait());
    const QJsonObject body = run.at(0).at(0).toJsonObject();
    QCOMPARE(body["job_parameters"_L1].toObject()["env"_L1].toString(), u"qa"_s);
    QCOMPARE(body["only"_L1].toArray(), (QJsonArray{"ingest"_L1, "refresh_dlt"_L1}));
    QTRY_VERIFY(dialog.isNull()); // accepted and deleted on close
}

void TestJobDialogs::runNowControlsAreReachable()
{
    RunNowDialog dialog(parse(kLegacyJob));
    verifyReachableAndNamed(&dialog);
    RunNowDialog current(parse(kJob));
    verifyReachableAndNamed(&current);
}

void TestJobDialogs::repairPreselectsFailedAndPreviewsDependents()
{
    RepairRunDialog dialog(parse(kFailedRun));
    QCOMPARE(dialog.windowTitle(), u"Repair Run #9007199254740995 of nightly-sales"_s);
    QListWidget *tasks = dialog.taskList();
    QCOMPARE(tasks->count(), 4);
    QCOMPARE(itemNamed(tasks, u"ingest"_s)->checkState(), Qt::Unchecked);
    QCOMPARE(itemNamed(tasks, u"transform"_s)->checkState(), Qt::Checked);
    QCOMPARE(itemNamed(tasks, u"report"_s)->checkState(), Qt::Checked);
    QCOMPARE(itemNamed(tasks, u"transform"_s)->text(), u"transform — Failed"_s);
    QVERIFY(!itemNamed(tasks, u"transform"_s)->icon().isNull());
    QCOMPARE(dialog.previewText(), u"Will rerun: transform, report (2 tasks)"_s);

    itemNamed(tasks, u"report"_s)->setCheckState(Qt::Unchecked);
    itemNamed(tasks, u"ingest"_s)->setCheckState(Qt::Checked);
    itemNamed(tasks, u"transform"_s)->setCheckState(Qt::Unchecked);
    QCOMPARE(dialog.previewText(), u"Will rerun: ingest (1 tasks)"_s);
    dialog.rerunDependentsBox()->setChecked(true);
    QCOMPARE(dialog.previewText(), u"Will rerun: ingest, transform, report, audit (4 tasks)"_s);

    // Parameters are re-sent, and can be changed.
    ParameterTable *table = dialog.parameterTable(u"job_parameters"_s);
    QVERIFY(table);
    QCOMPARE(cell(table, 0, 1), u"staging"_s);
    table->table()->item(1, 1)->setText(u"2024-05-02"_s);

    QSignalSpy repair(&dialog, &RepairRunDialog::repairRequested);
    dialog.repairButton()->click();
    QCOMPARE(repair.size(), 1);
    const QJsonObject body = repair.at(0).at(0).toJsonObject();
    QCOMPARE(body["rerun_tasks"_L1].toArray(), QJsonArray{"ingest"_L1});
    QCOMPARE(body["rerun_dependent_tasks"_L1].toBool(), true);
    QCOMPARE(body["latest_repair_id"_L1].toInteger(), Q_INT64_C(9007199254750001));
    QCOMPARE(body["job_parameters"_L1].toObject(),
             (QJsonObject{{"env"_L1, "staging"_L1}, {"run_date"_L1, "2024-05-02"_L1}}));
    const QByteArray text = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QVERIFY2(text.contains(R"("run_id":9007199254740995)"), text.constData());
}

void TestJobDialogs::repairAllFailedShortcut()
{
    RepairRunDialog dialog(parse(kFailedRun));
    QListWidget *tasks = dialog.taskList();
    itemNamed(tasks, u"report"_s)->setCheckState(Qt::Unchecked);
    itemNamed(tasks, u"audit"_s)->setCheckState(Qt::Checked);
    dialog.rerunAllFailedBox()->setChecked(true);
    QVERIFY(!tasks->isEnabled());
    QCOMPARE(itemNamed(tasks, u"audit"_s)->checkState(), Qt::Unchecked);
    QCOMPARE(itemNamed(tasks, u"report"_s)->checkState(), Qt::Checked);
    QCOMPARE(dialog.previewText(), u"Will rerun: transform, report (2 tasks)"_s);
    QCOMPARE(dialog.plan().body()["rerun_all_failed_tasks"_L1].toBool(), true);
    QVERIFY(!dialog.plan().body().contains("rerun_tasks"_L1));

    // Off again: the user's own checks come back.
    dialog.rerunAllFailedBox()->setChecked(false);
    QCOMPARE(itemNamed(tasks, u"audit"_s)->checkState(), Qt::Checked);
    QCOMPARE(itemNamed(tasks, u"report"_s)->checkState(), Qt::Unchecked);
    QCOMPARE(dialog.plan().body()["rerun_tasks"_L1].toArray(),
             (QJsonArray{"transform"_L1, "audit"_L1}));
}

void TestJobDialogs::repairActiveRunIsRefused()
{
    RepairRunDialog dialog(parse(R"({"run_id": 123, "run_name": "nightly-sales",
        "status": {"state": "RUNNING"}, "state": {"life_cycle_state": "RUNNING"},
        "tasks": [{"task_key": "ingest", "run_id": 124,
                   "state": {"life_cycle_state": "TERMINATED", "result_state": "FAILED"}},
                  {"task_key": "report", "run_id": 125, "depends_on": [{"task_key": "ingest"}],
                   "status": {"state": "RUNNING"}}]})"));
    QVERIFY(!dialog.repairButton()->isEnabled());
    QCOMPARE(dialog.findChild<QLabel *>(u"repairProblem"_s)->text(),
             u"Run 123 is still running; repair it once it has ended."_s);
    QVERIFY(!dialog.taskList()->isEnabled());
    QSignalSpy repair(&dialog, &RepairRunDialog::repairRequested);
    dialog.repairButton()->click();
    QCOMPARE(repair.size(), 0);
}

void TestJobDialogs::repairShowErrorKeepsInputs()
{
    RepairRunDialog dialog(parse(kFailedRun));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.rerunDependentsBox()->setChecked(true);
    QSignalSpy repair(&dialog, &RepairRunDialog::repairRequested);
    dialog.repairButton()->click();
    QCOMPARE(repair.size(), 1);
    dialog.setBusy(true);
    QVERIFY(!dialog.taskList()->isEnabled());
    QVERIFY(!dialog.repairButton()->isEnabled());
    dialog.showError(
        u"The latest repair ID needs to be provided in order to create a new repair"_s);
    QVERIFY(dialog.errorText().contains(u"latest repair ID"_s));
    QVERIFY(dialog.taskList()->isEnabled());
    QVERIFY(dialog.rerunDependentsBox()->isChecked());
    QCOMPARE(itemNamed(dialog.taskList(), u"transform"_s)->checkState(), Qt::Checked);
    QVERIFY(dialog.repairButton()->isEnabled());
    dialog.preview()->setExpanded(true);
    test::saveScreenshot(&dialog, u"jobs-repair-run-error"_s);
}

void TestJobDialogs::repairSeamPreAnswers()
{
    QWidget page;
    RepairRunDialog::Edits edits;
    edits.checkedTasks = QStringList{u"transform"_s};
    edits.rerunDependents = true;
    edits.values.insert(u"env"_s, u"prod"_s);
    RepairRunDialog::setEditsForTesting(edits);
    QPointer<RepairRunDialog> dialog = RepairRunDialog::ask(&page, parse(kFailedRun));
    QSignalSpy repair(dialog.data(), &RepairRunDialog::repairRequested);
    QVERIFY(repair.wait());
    const QJsonObject body = repair.at(0).at(0).toJsonObject();
    QCOMPARE(body["rerun_tasks"_L1].toArray(), QJsonArray{"transform"_L1});
    QCOMPARE(body["rerun_dependent_tasks"_L1].toBool(), true);
    QCOMPARE(body["job_parameters"_L1].toObject()["env"_L1].toString(), u"prod"_s);
    QCOMPARE(dialog->previewText(), u"Will rerun: transform, report (2 tasks)"_s);
    dialog->accept();
    QTRY_VERIFY(dialog.isNull());
}

void TestJobDialogs::repairControlsAreReachable()
{
    RepairRunDialog dialog(parse(kFailedRun));
    verifyReachableAndNamed(&dialog);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    test::saveScreenshot(&dialog, u"jobs-repair-run"_s);
}

QTEST_MAIN(TestJobDialogs)
#include "tst_jobdialogs.moc"
