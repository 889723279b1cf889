// RepairPlan: reading a run as runs/get?include_history=true returns it
// (task states, the DAG, repair history, parameters) and the repair body
// the user's choice makes of it.

#include "core/jobs/repairplan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

// A finished run: transform failed, so report was upstream-failed and
// notify (after report) upstream-failed too; audit, beside them, succeeded.
// The tasks are listed out of DAG order, as the API may list them.
const QByteArray kFailedRun = R"({
  "job_id": 9007199254740993,
  "run_id": 9007199254740995,
  "number_in_job": 9007199254740995,
  "run_name": "nightly-sales",
  "state": {"life_cycle_state": "TERMINATED", "result_state": "FAILED",
            "state_message": "Task transform failed with message: Workload failed."},
  "status": {"state": "TERMINATED",
             "termination_details": {"code": "RUN_EXECUTION_ERROR", "type": "CLIENT_ERROR"}},
  "tasks": [
    {"task_key": "report", "run_id": 9007199254741001,
     "depends_on": [{"task_key": "transform"}],
     "state": {"life_cycle_state": "TERMINATED", "result_state": "UPSTREAM_FAILED"}},
    {"task_key": "ingest", "run_id": 9007199254740997, "attempt_number": 0,
     "state": {"life_cycle_state": "TERMINATED", "result_state": "SUCCESS"},
     "status": {"state": "TERMINATED", "termination_details": {"code": "SUCCESS"}}},
    {"task_key": "notify", "run_id": 9007199254741003,
     "depends_on": [{"task_key": "report"}],
     "state": {"life_cycle_state": "TERMINATED", "result_state": "UPSTREAM_FAILED"}},
    {"task_key": "transform", "run_id": 9007199254740999,
     "depends_on": [{"task_key": "ingest"}],
     "state": {"life_cycle_state": "INTERNAL_ERROR", "result_state": "FAILED",
               "state_message": "Workload failed, see run output for details."}},
    {"task_key": "audit", "run_id": 9007199254741005,
     "depends_on": [{"task_key": "ingest"}],
     "state": {"life_cycle_state": "TERMINATED", "result_state": "SUCCESS"}}
  ],
  "job_parameters": [
    {"name": "env", "default": "prod", "value": "staging"},
    {"name": "run_date", "default": "2024-05-01"}
  ],
  "repair_history": [
    {"type": "ORIGINAL", "id": 9007199254740995, "start_time": 1714550400000,
     "end_time": 1714550700000, "state": {"life_cycle_state": "TERMINATED"}}
  ]
})";

QJsonObject withRepairs(int repairs)
{
    QJsonObject run = parse(kFailedRun);
    QJsonArray history = run["repair_history"_L1].toArray();
    for (int i = 1; i <= repairs; ++i)
        history.append(
            QJsonObject{{"type"_L1, "REPAIR"_L1},
                        {"id"_L1, Q_INT64_C(9007199254750000) + i},
                        {"start_time"_L1, Q_INT64_C(1714550800000) + i * 1000},
                        {"task_run_ids"_L1, QJsonArray{Q_INT64_C(9007199254760000) + i}}});
    run["repair_history"_L1] = history;
    return run;
}

} // namespace

class TestRepairPlan : public QObject
{
    Q_OBJECT

private slots:
    void tasksAreInDagOrder();
    void failedTasksArePreselected();
    void cancelledTasksArePreselected();
    void dependentsAreTransitive();
    void allFailedShortcut();
    void latestRepairIdAfterRepairs_data();
    void latestRepairIdAfterRepairs();
    void activeRunIsRefused();
    void nothingSelectedIsRefused();
    void bodyReSendsJobParameters();
    void bodyReSendsLegacyParameters();
    void idsAboveTwoToThe53AreExactInTheBody();
    void newestAttemptOfATaskCounts();
};

void TestRepairPlan::tasksAreInDagOrder()
{
    RepairPlan plan(parse(kFailedRun));
    QStringList keys;
    for (const auto &task : plan.tasks())
        keys << task.key;
    QCOMPARE(keys,
             (QStringList{u"ingest"_s, u"transform"_s, u"report"_s, u"notify"_s, u"audit"_s}));
    QCOMPARE(plan.tasks()[1].runId, Q_INT64_C(9007199254740999));
    QCOMPARE(plan.tasks()[1].dependsOn, QStringList{u"ingest"_s});
}

void TestRepairPlan::failedTasksArePreselected()
{
    RepairPlan plan(parse(kFailedRun));
    QCOMPARE(plan.failedTaskKeys(), (QStringList{u"transform"_s, u"report"_s, u"notify"_s}));
    QCOMPARE(plan.selectedTasks(), plan.failedTaskKeys());
    QCOMPARE(plan.previewText(), u"Will rerun: transform, report, notify (3 tasks)"_s);
}

void TestRepairPlan::cancelledTasksArePreselected()
{
    RepairPlan plan(parse(R"({"run_id": 5, "state": {"life_cycle_state": "TERMINATED",
        "result_state": "CANCELED"}, "tasks": [
        {"task_key": "a", "run_id": 6, "state": {"life_cycle_state": "TERMINATED",
         "result_state": "CANCELED"}},
        {"task_key": "b", "run_id": 7, "depends_on": [{"task_key": "a"}],
         "state": {"life_cycle_state": "TERMINATED", "result_state": "UPSTREAM_CANCELED"}},
        {"task_key": "c", "run_id": 8, "state": {"life_cycle_state": "SKIPPED"}}]})"));
    QCOMPARE(plan.failedTaskKeys(), (QStringList{u"a"_s, u"b"_s}));
}

void TestRepairPlan::dependentsAreTransitive()
{
    RepairPlan plan(parse(kFailedRun));
    plan.setSelectedTasks({u"ingest"_s});
    QCOMPARE(plan.tasksToRerun(), QStringList{u"ingest"_s});
    plan.setRerunDependents(true);
    // ingest → transform → report → notify, and ingest → audit.
    QCOMPARE(plan.tasksToRerun(),
             (QStringList{u"ingest"_s, u"transform"_s, u"report"_s, u"notify"_s, u"audit"_s}));
    plan.setSelectedTasks({u"transform"_s});
    QCOMPARE(plan.tasksToRerun(), (QStringList{u"transform"_s, u"report"_s, u"notify"_s}));
    QCOMPARE(plan.previewText(), u"Will rerun: transform, report, notify (3 tasks)"_s);
    // The body names what was picked; the server adds the dependents.
    QCOMPARE(plan.body()["rerun_tasks"_L1].toArray(), QJsonArray{"transform"_L1});
    QCOMPARE(plan.body()["rerun_dependent_tasks"_L1].toBool(), true);
}

void TestRepairPlan::allFailedShortcut()
{
    RepairPlan plan(parse(kFailedRun));
    plan.setSelectedTasks({u"audit"_s});
    plan.setRerunAllFailed(true);
    QCOMPARE(plan.tasksToRerun(), (QStringList{u"transform"_s, u"report"_s, u"notify"_s}));
    const QJsonObject body = plan.body();
    QCOMPARE(body["rerun_all_failed_tasks"_L1].toBool(), true);
    QVERIFY(!body.contains("rerun_tasks"_L1)); // exactly one of the two
}

void TestRepairPlan::latestRepairIdAfterRepairs_data()
{
    QTest::addColumn<int>("repairs");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("first repair") << 0 << qint64(0);
    QTest::newRow("after one") << 1 << Q_INT64_C(9007199254750001);
    QTest::newRow("after two") << 2 << Q_INT64_C(9007199254750002);
}

void TestRepairPlan::latestRepairIdAfterRepairs()
{
    QFETCH(int, repairs);
    QFETCH(qint64, expected);
    RepairPlan plan(withRepairs(repairs));
    const QJsonObject body = plan.body();
    if (repairs == 0) {
        QVERIFY(!plan.latestRepairId());
        QVERIFY(!body.contains("latest_repair_id"_L1));
    } else {
        QCOMPARE(plan.latestRepairId().value_or(0), expected);
        QCOMPARE(body["latest_repair_id"_L1].toInteger(), expected);
    }
}

void TestRepairPlan::activeRunIsRefused()
{
    RepairPlan plan(parse(R"({"run_id": 123, "run_name": "nightly-sales",
        "state": {"life_cycle_state": "RUNNING"}, "status": {"state": "RUNNING"},
        "tasks": [{"task_key": "a", "run_id": 124, "state": {"life_cycle_state": "TERMINATED",
                   "result_state": "FAILED"}}]})"));
    QVERIFY(plan.isActive());
    QCOMPARE(plan.problem(), u"Run 123 is still running; repair it once it has ended."_s);
}

void TestRepairPlan::nothingSelectedIsRefused()
{
    RepairPlan plan(parse(kFailedRun));
    plan.setSelectedTasks({});
    QCOMPARE(plan.problem(), u"Check at least one task to rerun."_s);
    QCOMPARE(plan.previewText(), u"Nothing will rerun."_s);
    plan.setSelectedTasks({u"report"_s});
    QVERIFY(plan.problem().isEmpty());
}

void TestRepairPlan::bodyReSendsJobParameters()
{
    RepairPlan plan(parse(kFailedRun));
    QCOMPARE(plan.parameterGroups().size(), 1);
    // value where the run set one, else the default.
    QCOMPARE(plan.body()["job_parameters"_L1].toObject(),
             (QJsonObject{{"env"_L1, "staging"_L1}, {"run_date"_L1, "2024-05-01"_L1}}));
    plan.setParameterValue(u"run_date"_s, u"2024-05-02"_s);
    const QJsonObject body = plan.body();
    QCOMPARE(body["job_parameters"_L1].toObject()["run_date"_L1].toString(), u"2024-05-02"_s);
    QCOMPARE(body["rerun_tasks"_L1].toArray(),
             (QJsonArray{"transform"_L1, "report"_L1, "notify"_L1}));
    QCOMPARE(body["rerun_dependent_tasks"_L1].toBool(), false);
    QVERIFY(!body.contains("rerun_all_failed_tasks"_L1));
}

void TestRepairPlan::bodyReSendsLegacyParameters()
{
    RepairPlan plan(parse(R"({"run_id": 88, "state": {"life_cycle_state": "TERMINATED",
        "result_state": "FAILED"}, "tasks": [{"task_key": "nb", "run_id": 89,
        "state": {"life_cycle_state": "TERMINATED", "result_state": "FAILED"}}],
        "overriding_parameters": {"notebook_params": {"country": "FR"},
                                  "python_params": ["--model", "v4"]}})"));
    const QJsonObject body = plan.body();
    QCOMPARE(body["notebook_params"_L1].toObject(), (QJsonObject{{"country"_L1, "FR"_L1}}));
    QCOMPARE(body["python_params"_L1].toArray(), (QJsonArray{"--model"_L1, "v4"_L1}));
    QVERIFY(!body.contains("job_parameters"_L1));
}

void TestRepairPlan::idsAboveTwoToThe53AreExactInTheBody()
{
    RepairPlan plan(withRepairs(1));
    const QByteArray text = QJsonDocument(plan.body()).toJson(QJsonDocument::Compact);
    QVERIFY2(text.contains(R"("run_id":9007199254740995)"), text.constData());
    QVERIFY2(text.contains(R"("latest_repair_id":9007199254750001)"), text.constData());
}

void TestRepairPlan::newestAttemptOfATaskCounts()
{
    // After a repair, the run lists transform twice: failed, then fixed.
    QJsonObject run = withRepairs(1);
    QJsonArray tasks = run["tasks"_L1].toArray();
    tasks.append(
        QJsonObject{{"task_key"_L1, "transform"_L1},
                    {"run_id"_L1, Q_INT64_C(9007199254760001)},
                    {"attempt_number"_L1, 1},
                    {"depends_on"_L1, QJsonArray{QJsonObject{{"task_key"_L1, "ingest"_L1}}}},
                    {"state"_L1, QJsonObject{{"life_cycle_state"_L1, "TERMINATED"_L1},
                                             {"result_state"_L1, "SUCCESS"_L1}}}});
    run["tasks"_L1] = tasks;
    RepairPlan plan(run);
    QCOMPARE(plan.tasks().size(), 5);
    QCOMPARE(plan.tasks()[1].runId, Q_INT64_C(9007199254760001));
    QCOMPARE(plan.failedTaskKeys(), (QStringList{u"report"_s, u"notify"_s}));
}

QTEST_GUILESS_MAIN(TestRepairPlan)
#include "tst_repairplan.moc"
