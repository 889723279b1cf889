// Job runs over real loopback HTTP: run-now, runs/submit, list, get,
// get-output, cancel, cancel-all, delete and repair, on a frozen emulator
// clock moved with advance(), never with sleeps.
#include "tests/emulator/emulatorfixture.h"

#include "core/emulator/demoseed.h"
#include "core/emulator/jobrunlifecycle.h"
#include "core/emulator/jobrunsapi.h"
#include "core/emulator/jobrunsstore.h"
#include "core/emulator/jobsstore.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;
using namespace brickdesk::emulator;
using brickdesk::test::EmulatorFixture;
using brickdesk::test::query;
using brickdesk::test::RawResponse;

namespace {

// Default timing: run PENDING 10 s, then per task PENDING 5 s, RUNNING 30 s,
// TERMINATING 1 s, then the run TERMINATING 2 s.
constexpr qint64 kRunPending = 10'000;
constexpr qint64 kTaskTotal = 36'000;
constexpr qint64 kRunTerminating = 2'000;
constexpr qint64 kSingleTaskRun = kRunPending + kTaskTotal + kRunTerminating;

QJsonObject notebook(const QString &key, const QStringList &upstream = {},
                     const QString &runIf = {})
{
    QJsonObject out{{"task_key"_L1, key},
                    {"notebook_task"_L1, QJsonObject{{"notebook_path"_L1, u"/Shared/x"_s}}}};
    QJsonArray deps;
    for (const QString &u : upstream)
        deps.append(QJsonObject{{"task_key"_L1, u}});
    if (!deps.isEmpty())
        out.insert("depends_on"_L1, deps);
    if (!runIf.isEmpty())
        out.insert("run_if"_L1, runIf);
    return out;
}

QJsonObject python(const QString &key, const QStringList &upstream = {})
{
    QJsonObject out = notebook(key, upstream);
    out.remove("notebook_task"_L1);
    out.insert("spark_python_task"_L1, QJsonObject{{"python_file"_L1, u"/Workspace/x.py"_s}});
    return out;
}

class Runs
{
public:
    explicit Runs(Seed seed = Seed::Empty)
        : fixture(seed)
    {
        fixture.emulator().clock().setFrozen(true);
    }

    void advance(qint64 ms) { fixture.emulator().clock().advance(ms); }
    JobRunLifecycle &lifecycle() { return fixture.emulator().jobRunLifecycle(); }

    qint64 createJob(const QJsonArray &tasks, QJsonObject settings = {})
    {
        settings.insert("tasks"_L1, tasks);
        if (!settings.contains("name"_L1))
            settings.insert("name"_L1, u"job"_s);
        const RawResponse response = fixture.post(u"/api/2.1/jobs/create"_s, settings);
        if (response.status != 200)
            qWarning() << response.body;
        return response.json.value("job_id"_L1).toInteger();
    }
    RawResponse post(const QString &verb, const QJsonObject &body,
                     const QString &version = u"2.2"_s)
    {
        return fixture.post("/api/"_L1 + version + "/jobs/"_L1 + verb, body);
    }
    qint64 runNow(qint64 jobId, QJsonObject body = {})
    {
        body.insert("job_id"_L1, QJsonValue(jobId));
        const RawResponse response = post(u"run-now"_s, body);
        if (response.status != 200)
            qWarning() << response.body;
        return response.json.value("run_id"_L1).toInteger();
    }
    RawResponse getRaw(qint64 runId, QUrlQuery q = {}, const QString &version = u"2.2"_s)
    {
        q.addQueryItem(u"run_id"_s, QString::number(runId));
        return fixture.get("/api/"_L1 + version + "/jobs/runs/get"_L1, q);
    }
    QJsonObject get(qint64 runId, bool history = false)
    {
        QUrlQuery q;
        if (history)
            q.addQueryItem(u"include_history"_s, u"true"_s);
        return getRaw(runId, q).json;
    }
    static QString lifeCycle(const QJsonObject &run)
    {
        return run.value("state"_L1).toObject().value("life_cycle_state"_L1).toString();
    }
    static QString result(const QJsonObject &run)
    {
        return run.value("state"_L1).toObject().value("result_state"_L1).toString();
    }
    static QString statusState(const QJsonObject &run)
    {
        return run.value("status"_L1).toObject().value("state"_L1).toString();
    }
    QString lifeCycle(qint64 runId) { return lifeCycle(get(runId)); }
    QJsonObject task(const QJsonObject &run, const QString &key)
    {
        for (const QJsonValue &t : run.value("tasks"_L1).toArray())
            if (t.toObject().value("task_key"_L1).toString() == key)
                return t.toObject();
        return {};
    }
    RawResponse output(qint64 runId, const QString &version = u"2.2"_s)
    {
        return fixture.get("/api/"_L1 + version + "/jobs/runs/get-output"_L1,
                           query({{u"run_id"_s, QString::number(runId)}}));
    }
    RawResponse list(QUrlQuery q = {}, const QString &version = u"2.2"_s)
    {
        return fixture.get("/api/"_L1 + version + "/jobs/runs/list"_L1, q);
    }

    EmulatorFixture fixture;
};

void compareError(const RawResponse &response, int status, const QString &code,
                  const QString &message)
{
    QCOMPARE(response.status, status);
    QCOMPARE(response.json.value("error_code"_L1).toString(), code);
    QCOMPARE(response.json.value("message"_L1).toString(), message);
}

} // namespace

class TestJobRunsApi : public QObject
{
    Q_OBJECT
private slots:
    void lifecycleOfASingleTaskRun();
    void dependsOnAndRunIf();
    void successWithFailures();
    void getOutput();
    void internalErrorRun();
    void idempotentRunNow();
    void maxConcurrentRunsSkips();
    void maxConcurrentRunsQueues();
    void parametersAndOnly();
    void listFiltersAndPaging();
    void listLimits_data();
    void listLimits();
    void cancelAndCancelAll();
    void deleteRun();
    void repairRules();
    void repairRerunsAndGrowsHistory();
    void get22PagesTasks();
    void forEachIterations();
    void idsAbove2To53();
    void submit();
    void missingRun();
    void demoRuns();
    void seedFinishedRunsHook();
};

void TestJobRunsApi::lifecycleOfASingleTaskRun()
{
    Runs r;
    const qint64 job = r.createJob({notebook(u"main"_s)});
    const RawResponse started = r.post(u"run-now"_s, QJsonObject{{"job_id"_L1, job}});
    QCOMPARE(started.status, 200);
    const qint64 run = started.json.value("run_id"_L1).toInteger();
    QCOMPARE(started.json.value("number_in_job"_L1).toInteger(), 1);
    QJsonObject body = r.get(run);
    QCOMPARE(Runs::lifeCycle(body), u"PENDING"_s);
    QCOMPARE(Runs::statusState(body), u"PENDING"_s);
    QCOMPARE(body.value("job_id"_L1).toInteger(), job);
    QCOMPARE(body.value("run_type"_L1).toString(), u"JOB_RUN"_s);
    QCOMPARE(body.value("trigger"_L1).toString(), u"ONE_TIME"_s);
    const qint64 start = body.value("start_time"_L1).toInteger();
    QVERIFY(!body.contains("end_time"_L1));
    QCOMPARE(body.value("run_page_url"_L1).toString(),
             u"%1/jobs/%2/runs/%3?o=%4"_s.arg(r.fixture.emulator().url().toString())
                 .arg(job)
                 .arg(run)
                 .arg(r.fixture.emulator().workspaceId()));

    r.advance(kRunPending);
    body = r.get(run);
    QCOMPARE(Runs::lifeCycle(body), u"RUNNING"_s);
    QJsonObject main = r.task(body, u"main"_s);
    QCOMPARE(Runs::lifeCycle(main), u"PENDING"_s);
    const qint64 taskRun = main.value("run_id"_L1).toInteger();
    QVERIFY(taskRun != run);
    r.advance(5'000);
    QCOMPARE(Runs::lifeCycle(r.task(r.get(run), u"main"_s)), u"RUNNING"_s);
    r.advance(31'000);
    body = r.get(run);
    QCOMPARE(Runs::lifeCycle(body), u"TERMINATING"_s);
    QCOMPARE(Runs::result(r.task(body, u"main"_s)), u"SUCCESS"_s);
    r.advance(kRunTerminating);
    body = r.get(run);
    QCOMPARE(Runs::lifeCycle(body), u"TERMINATED"_s);
    QCOMPARE(Runs::result(body), u"SUCCESS"_s);
    QCOMPARE(Runs::statusState(body), u"TERMINATED"_s);
    QCOMPARE(body.value("status"_L1)
                 .toObject()
                 .value("termination_details"_L1)
                 .toObject()
                 .value("code"_L1),
             u"SUCCESS"_s);
    QCOMPARE(body.value("end_time"_L1).toInteger() - start, kSingleTaskRun);
    QCOMPARE(body.value("run_duration"_L1).toInteger(), kSingleTaskRun);
    main = r.task(body, u"main"_s);
    QCOMPARE(main.value("setup_duration"_L1).toInteger(), 5'000);
    QCOMPARE(main.value("execution_duration"_L1).toInteger(), 30'000);
    QCOMPARE(main.value("cleanup_duration"_L1).toInteger(), 1'000);
    // A single-task run reports its task's phases.
    QCOMPARE(body.value("execution_duration"_L1).toInteger(), 30'000);
    QVERIFY(!body.contains("repair_history"_L1));
}

void TestJobRunsApi::dependsOnAndRunIf()
{
    Runs r;
    const qint64 job =
        r.createJob({notebook(u"a"_s), notebook(u"b"_s, {u"a"_s}), notebook(u"c"_s, {u"b"_s}),
                     notebook(u"d"_s, {u"a"_s}, u"ALL_DONE"_s)});
    r.lifecycle().failTask(job, u"a"_s, u"boom"_s);
    const qint64 run = r.runNow(job);
    r.advance(kRunPending);
    QJsonObject body = r.get(run);
    QCOMPARE(Runs::lifeCycle(r.task(body, u"b"_s)), u"BLOCKED"_s);
    QCOMPARE(Runs::statusState(r.task(body, u"b"_s)), u"BLOCKED"_s);
    r.advance(kTaskTotal);
    body = r.get(run);
    QCOMPARE(Runs::result(r.task(body, u"a"_s)), u"FAILED"_s);
    QCOMPARE(Runs::lifeCycle(r.task(body, u"b"_s)), u"SKIPPED"_s);
    QCOMPARE(Runs::result(r.task(body, u"b"_s)), u"UPSTREAM_FAILED"_s);
    QCOMPARE(Runs::result(r.task(body, u"c"_s)), u"UPSTREAM_FAILED"_s);
    QCOMPARE(Runs::lifeCycle(r.task(body, u"d"_s)), u"PENDING"_s); // ALL_DONE runs anyway
    r.advance(kTaskTotal + kRunTerminating);
    body = r.get(run);
    QCOMPARE(Runs::result(r.task(body, u"d"_s)), u"SUCCESS"_s);
    QCOMPARE(Runs::lifeCycle(body), u"TERMINATED"_s);
    QCOMPARE(Runs::result(body), u"FAILED"_s);
    QCOMPARE(
        body.value("state"_L1).toObject().value("state_message"_L1).toString(),
        u"Task a failed with message: boom This caused all downstream tasks to get skipped."_s);
    // A multi-task run reports 0 for the phases and run_duration instead.
    QCOMPARE(body.value("execution_duration"_L1).toInteger(), 0);
    QCOMPARE(body.value("run_duration"_L1).toInteger(),
             kRunPending + 2 * kTaskTotal + kRunTerminating);
}

void TestJobRunsApi::successWithFailures()
{
    Runs r;
    const qint64 job =
        r.createJob({notebook(u"a"_s), notebook(u"b"_s, {u"a"_s}, u"AT_LEAST_ONE_FAILED"_s),
                     notebook(u"c"_s, {u"b"_s}, u"ALL_FAILED"_s)});
    r.lifecycle().failTask(job, u"a"_s);
    const qint64 run = r.runNow(job);
    r.advance(600'000);
    const QJsonObject body = r.get(run);
    QCOMPARE(Runs::result(r.task(body, u"b"_s)), u"SUCCESS"_s);
    QCOMPARE(Runs::result(r.task(body, u"c"_s)), u"EXCLUDED"_s);
    QCOMPARE(Runs::result(body), u"SUCCESS_WITH_FAILURES"_s);
}

void TestJobRunsApi::getOutput()
{
    Runs r;
    const qint64 job = r.createJob({notebook(u"nb"_s), python(u"py"_s, {u"nb"_s})});
    TaskScript nb;
    nb.notebookResult = u"{\"rows\": 3}"_s;
    nb.logs = u"never shown for notebooks"_s;
    r.lifecycle().setTaskScript(job, u"nb"_s, nb);
    TaskScript py;
    py.logs = u"hello\n"_s;
    py.outcome = TaskScript::Outcome::Fail;
    py.stateMessage = u"ZeroDivisionError: division by zero"_s;
    py.errorTrace = u"Traceback (most recent call last):\nZeroDivisionError"_s;
    r.lifecycle().setTaskScript(job, u"py"_s, py);
    const qint64 run = r.runNow(job);
    r.advance(600'000);
    const QJsonObject body = r.get(run);
    const qint64 nbRun = r.task(body, u"nb"_s).value("run_id"_L1).toInteger();
    const qint64 pyRun = r.task(body, u"py"_s).value("run_id"_L1).toInteger();

    QJsonObject out = r.output(nbRun).json;
    QCOMPARE(out.value("notebook_output"_L1).toObject(),
             QJsonObject({{"result"_L1, u"{\"rows\": 3}"_s}, {"truncated"_L1, false}}));
    QVERIFY(!out.contains("logs"_L1));
    QCOMPARE(out.value("metadata"_L1).toObject().value("run_id"_L1).toInteger(), nbRun);
    QCOMPARE(out.value("metadata"_L1).toObject().value("job_id"_L1).toInteger(), job);
    out = r.output(pyRun).json;
    QCOMPARE(out.value("logs"_L1).toString(), u"hello\n"_s);
    QCOMPARE(out.value("logs_truncated"_L1).toBool(), false);
    QCOMPARE(out.value("error"_L1).toString(), u"ZeroDivisionError: division by zero"_s);
    QVERIFY(out.value("error_trace"_L1).toString().startsWith("Traceback"_L1));
    QVERIFY(!out.contains("notebook_output"_L1));

    const QString parentError =
        u"Retrieving the output of runs with multiple tasks is not supported. Please retrieve the "
        "output of each individual task run instead."_s;
    compareError(r.output(run), 400, u"INVALID_PARAMETER_VALUE"_s, parentError);
    // Also for a single-task run on 2.1+; 2.0 still answers for it.
    const qint64 single = r.createJob({notebook(u"only"_s)});
    r.lifecycle().setTaskScript(single, u"only"_s, nb);
    const qint64 singleRun = r.runNow(single);
    r.advance(600'000);
    compareError(r.output(singleRun, u"2.1"_s), 400, u"INVALID_PARAMETER_VALUE"_s, parentError);
    QCOMPARE(r.output(singleRun, u"2.0"_s)
                 .json.value("notebook_output"_L1)
                 .toObject()
                 .value("result"_L1)
                 .toString(),
             u"{\"rows\": 3}"_s);
    compareError(r.output(12345), 400, u"INVALID_PARAMETER_VALUE"_s,
                 u"Run 12345 does not exist."_s);
}

void TestJobRunsApi::internalErrorRun()
{
    Runs r;
    const qint64 job = r.createJob({python(u"main"_s)});
    TaskScript script;
    script.outcome = TaskScript::Outcome::InternalError;
    r.lifecycle().setTaskScript(job, u"main"_s, script);
    const qint64 run = r.runNow(job);
    r.advance(600'000);
    const QJsonObject body = r.get(run);
    QCOMPARE(Runs::lifeCycle(body), u"INTERNAL_ERROR"_s);
    QCOMPARE(Runs::result(body), u"FAILED"_s);
    QCOMPARE(Runs::statusState(body), u"TERMINATED"_s);
    QCOMPARE(body.value("state"_L1).toObject().value("state_message"_L1).toString(),
             u"Task main failed with message: Workload failed, see run output for details."_s);
    QCOMPARE(body.value("status"_L1)
                 .toObject()
                 .value("termination_details"_L1)
                 .toObject()
                 .value("type"_L1)
                 .toString(),
             u"CLIENT_ERROR"_s);
}

void TestJobRunsApi::idempotentRunNow()
{
    Runs r;
    const qint64 job =
        r.createJob({notebook(u"main"_s)}, QJsonObject{{"max_concurrent_runs"_L1, 5}});
    const QJsonObject body{{"idempotency_token"_L1, u"nightly-2025-06-30"_s}};
    const qint64 first = r.runNow(job, body);
    QCOMPARE(r.runNow(job, body), first);
    QCOMPARE(r.fixture.emulator().jobRuns().size(), 1);
    QVERIFY(r.runNow(job) != first);
    r.advance(600'000);
    QCOMPARE(r.post(u"runs/delete"_s, QJsonObject{{"run_id"_L1, first}}).status, 200);
    QJsonObject again = body;
    again.insert("job_id"_L1, job);
    const RawResponse deleted = r.post(u"run-now"_s, again);
    QCOMPARE(deleted.status, 400);
    QCOMPARE(deleted.json.value("error_code"_L1).toString(), u"INVALID_STATE"_s);
    again.insert("idempotency_token"_L1, QString(65, u'x'));
    QCOMPARE(r.post(u"run-now"_s, again).status, 400);
}

void TestJobRunsApi::maxConcurrentRunsSkips()
{
    Runs r;
    const qint64 job = r.createJob({notebook(u"main"_s)});
    const qint64 first = r.runNow(job);
    const qint64 second = r.runNow(job);
    const QJsonObject skipped = r.get(second);
    QCOMPARE(Runs::lifeCycle(skipped), u"SKIPPED"_s);
    QCOMPARE(Runs::result(skipped), u"MAXIMUM_CONCURRENT_RUNS_REACHED"_s);
    QCOMPARE(Runs::statusState(skipped), u"TERMINATED"_s);
    QCOMPARE(skipped.value("status"_L1)
                 .toObject()
                 .value("termination_details"_L1)
                 .toObject()
                 .value("code"_L1)
                 .toString(),
             u"MAX_CONCURRENT_RUNS_EXCEEDED"_s);
    QCOMPARE(r.lifeCycle(first), u"PENDING"_s);
}

void TestJobRunsApi::maxConcurrentRunsQueues()
{
    Runs r;
    const qint64 job = r.createJob({notebook(u"main"_s)},
                                   QJsonObject{{"queue"_L1, QJsonObject{{"enabled"_L1, true}}}});
    const qint64 first = r.runNow(job);
    r.advance(1'000);
    const qint64 second = r.runNow(job);
    QJsonObject queued = r.get(second);
    QCOMPARE(Runs::lifeCycle(queued), u"QUEUED"_s);
    QCOMPARE(Runs::statusState(queued), u"QUEUED"_s);
    QCOMPARE(
        queued.value("status"_L1).toObject().value("queue_details"_L1).toObject().value("code"_L1),
        u"MAX_CONCURRENT_RUNS_REACHED"_s);
    r.advance(kSingleTaskRun - 1'000);
    QCOMPARE(r.lifeCycle(first), u"TERMINATED"_s);
    queued = r.get(second);
    QCOMPARE(Runs::lifeCycle(queued), u"PENDING"_s);
    QCOMPARE(queued.value("queue_duration"_L1).toInteger(), kSingleTaskRun - 1'000);
    r.advance(kSingleTaskRun);
    QCOMPARE(Runs::result(r.get(second)), u"SUCCESS"_s);
    // queue.enabled in run-now overrides the job's.
    r.runNow(job);
    const qint64 unqueued =
        r.runNow(job, QJsonObject{{"queue"_L1, QJsonObject{{"enabled"_L1, false}}}});
    QCOMPARE(r.lifeCycle(unqueued), u"SKIPPED"_s);
}

void TestJobRunsApi::parametersAndOnly()
{
    Runs r;
    const qint64 job = r.createJob(
        {notebook(u"a"_s), notebook(u"b"_s, {u"a"_s}), notebook(u"c"_s, {u"b"_s})},
        QJsonObject{{"max_concurrent_runs"_L1, 10},
                    {"parameters"_L1,
                     QJsonArray{QJsonObject{{"name"_L1, u"env"_s}, {"default"_L1, u"prod"_s}},
                                QJsonObject{{"name"_L1, u"date"_s}, {"default"_L1, u"today"_s}}}}});
    const qint64 run =
        r.runNow(job, QJsonObject{{"job_parameters"_L1, QJsonObject{{"date"_L1, u"2025-06-01"_s}}},
                                  {"notebook_params"_L1, QJsonObject{{"x"_L1, u"1"_s}}},
                                  {"only"_L1, QJsonArray{u"b"_s}}});
    const QJsonObject body = r.get(run);
    QCOMPARE(
        body.value("job_parameters"_L1).toArray(),
        QJsonArray(
            {QJsonObject{{"name"_L1, u"env"_s}, {"default"_L1, u"prod"_s}, {"value"_L1, u"prod"_s}},
             QJsonObject{{"name"_L1, u"date"_s},
                         {"default"_L1, u"today"_s},
                         {"value"_L1, u"2025-06-01"_s}}}));
    QCOMPARE(body.value("overriding_parameters"_L1).toObject(),
             QJsonObject({{"notebook_params"_L1, QJsonObject{{"x"_L1, u"1"_s}}}}));
    QCOMPARE(body.value("tasks"_L1).toArray().size(), 1);
    QCOMPARE(r.task(body, u"b"_s)
                 .value("notebook_task"_L1)
                 .toObject()
                 .value("base_parameters"_L1)
                 .toObject()
                 .value("x"_L1)
                 .toString(),
             u"1"_s);
    // "+b" adds b's upstream tasks, "b+" its downstream ones.
    QCOMPARE(r.get(r.runNow(job, QJsonObject{{"only"_L1, QJsonArray{u"+b"_s}}}))
                 .value("tasks"_L1)
                 .toArray()
                 .size(),
             2);
    const QJsonObject downstream =
        r.get(r.runNow(job, QJsonObject{{"only"_L1, QJsonArray{u"b+"_s}}}));
    QVERIFY(!r.task(downstream, u"c"_s).isEmpty());
    QVERIFY(r.task(downstream, u"a"_s).isEmpty());
    const RawResponse unknown =
        r.post(u"run-now"_s, QJsonObject{{"job_id"_L1, job}, {"only"_L1, QJsonArray{u"zz"_s}}});
    QCOMPARE(unknown.status, 400);
    // b of the `only` run starts without waiting for a, which is not part of it.
    r.advance(kRunPending);
    QCOMPARE(Runs::lifeCycle(r.task(r.get(run), u"b"_s)), u"PENDING"_s);
}

void TestJobRunsApi::listFiltersAndPaging()
{
    Runs r;
    const qint64 job =
        r.createJob({notebook(u"main"_s)}, QJsonObject{{"max_concurrent_runs"_L1, 100}});
    const qint64 other = r.createJob({notebook(u"main"_s)});
    QList<qint64> ids;
    for (int i = 0; i < 30; ++i) {
        ids.prepend(r.runNow(job));
        r.advance(1'000);
    }
    const qint64 otherRun = r.runNow(other);
    r.advance(kSingleTaskRun - 5'000); // the last runs are still active
    QSet<qint64> seen;
    QString token;
    int pages = 0;
    qint64 previousStart = std::numeric_limits<qint64>::max();
    do {
        QUrlQuery q = query({{u"job_id"_s, QString::number(job)}, {u"limit"_s, u"25"_s}});
        if (!token.isEmpty())
            q.addQueryItem(u"page_token"_s, token);
        const RawResponse page = r.list(q);
        QCOMPARE(page.status, 200);
        for (const QJsonValue &value : page.json.value("runs"_L1).toArray()) {
            const QJsonObject run = value.toObject();
            seen.insert(run.value("run_id"_L1).toInteger());
            QVERIFY(run.value("start_time"_L1).toInteger() <= previousStart); // newest first
            previousStart = run.value("start_time"_L1).toInteger();
            QVERIFY(!run.contains("tasks"_L1));
        }
        token = page.json.value("next_page_token"_L1).toString();
        QCOMPARE(page.json.value("has_more"_L1).toBool(), !token.isEmpty());
        ++pages;
    } while (!token.isEmpty());
    QCOMPARE(pages, 2);
    QCOMPARE(seen.size(), 30);
    QVERIFY(!seen.contains(otherRun));
    QCOMPARE(
        r.list().json.value("runs"_L1).toArray().first().toObject().value("run_id"_L1).toInteger(),
        otherRun);

    const auto count = [&](QUrlQuery q) -> qint64 {
        q.addQueryItem(u"limit"_s, u"0"_s);
        const RawResponse response = r.list(q, u"2.0"_s);
        if (response.status != 200)
            return -1;
        return response.json.value("runs"_L1).toArray().size();
    };
    const qint64 active = count(query({{u"active_only"_s, u"true"_s}}));
    const qint64 completed = count(query({{u"completed_only"_s, u"true"_s}}));
    QVERIFY(active > 0 && completed > 0);
    QCOMPARE(active + completed, 31);
    // Both at once: accepted, as a real server did.
    QCOMPARE(
        r.list(query({{u"active_only"_s, u"true"_s}, {u"completed_only"_s, u"true"_s}})).status,
        200);
    r.fixture.emulator().jobRunsApi().setRejectActiveAndCompleted(true);
    QCOMPARE(
        r.list(query({{u"active_only"_s, u"true"_s}, {u"completed_only"_s, u"true"_s}})).status,
        400);
    const qint64 firstStart = r.get(ids.last()).value("start_time"_L1).toInteger();
    QCOMPARE(count(query({{u"start_time_from"_s, QString::number(firstStart + 10'000)},
                          {u"job_id"_s, QString::number(job)}})),
             20);
    QCOMPARE(count(query({{u"start_time_to"_s, QString::number(firstStart + 1'000)}})), 2);
    QCOMPARE(count(query({{u"run_type"_s, u"SUBMIT_RUN"_s}})), 0);
    QCOMPARE(r.list(query({{u"run_type"_s, u"NOPE"_s}})).status, 400);
    const QJsonObject expanded =
        r.list(query({{u"expand_tasks"_s, u"true"_s}, {u"limit"_s, u"1"_s}}))
            .json.value("runs"_L1)
            .toArray()
            .first()
            .toObject();
    QCOMPARE(expanded.value("tasks"_L1).toArray().size(), 1);
}

void TestJobRunsApi::listLimits_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("limit");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("2.2 25") << u"2.2"_s << u"25"_s << 200 << QString();
    QTest::newRow("2.2 26") << u"2.2"_s << u"26"_s << 400
                            << u"Invalid limit 26 - it has to be no more than 25."_s;
    QTest::newRow("2.1 27") << u"2.1"_s << u"27"_s << 400
                            << u"Invalid limit 27 - it has to be no more than 25."_s;
    QTest::newRow("2.0 1000") << u"2.0"_s << u"1000"_s << 200 << QString();
    QTest::newRow("2.0 1001") << u"2.0"_s << u"1001"_s << 400
                              << u"Invalid limit 1001 - it has to be no more than 1000."_s;
    QTest::newRow("-1") << u"2.1"_s << u"-1"_s << 400
                        << u"Invalid limit -1 - it has to be non-negative."_s;
    QTest::newRow("0") << u"2.1"_s << u"0"_s << 200 << QString();
}

void TestJobRunsApi::listLimits()
{
    QFETCH(QString, version);
    QFETCH(QString, limit);
    QFETCH(int, status);
    QFETCH(QString, message);
    Runs r;
    const RawResponse response = r.list(query({{u"limit"_s, limit}}), version);
    QCOMPARE(response.status, status);
    if (status == 400)
        compareError(response, 400, u"INVALID_PARAMETER_VALUE"_s, message);
}

void TestJobRunsApi::cancelAndCancelAll()
{
    Runs r;
    const qint64 job = r.createJob({notebook(u"a"_s), notebook(u"b"_s, {u"a"_s})},
                                   QJsonObject{{"queue"_L1, QJsonObject{{"enabled"_L1, true}}}});
    const qint64 run = r.runNow(job);
    r.advance(kRunPending + 10'000);
    QCOMPARE(r.post(u"runs/cancel"_s, QJsonObject{{"run_id"_L1, run}}).body, QByteArray("{}"));
    QJsonObject body = r.get(run);
    QCOMPARE(Runs::lifeCycle(body), u"TERMINATING"_s); // asynchronous
    r.advance(kRunTerminating);
    body = r.get(run);
    QCOMPARE(Runs::lifeCycle(body), u"TERMINATED"_s);
    QCOMPARE(Runs::result(body), u"CANCELED"_s);
    QCOMPARE(body.value("state"_L1).toObject().value("state_message"_L1).toString(),
             u"Run cancelled."_s);
    QCOMPARE(body.value("state"_L1).toObject().value("user_cancelled_or_timedout"_L1).toBool(),
             true);
    QCOMPARE(Runs::result(r.task(body, u"a"_s)), u"CANCELED"_s);
    QCOMPARE(Runs::result(r.task(body, u"b"_s)), u"CANCELED"_s);
    // Cancelling a finished run is a no-op that keeps its outcome.
    QCOMPARE(r.post(u"runs/cancel"_s, QJsonObject{{"run_id"_L1, run}}).status, 200);
    QCOMPARE(Runs::result(r.get(run)), u"CANCELED"_s);

    // all_queued_runs without job_id cancels only queued runs.
    const qint64 running = r.runNow(job);
    const qint64 queued = r.runNow(job);
    QCOMPARE(r.lifeCycle(queued), u"QUEUED"_s);
    QCOMPARE(r.post(u"runs/cancel-all"_s, QJsonObject{{"all_queued_runs"_L1, true}}).status, 200);
    QCOMPARE(Runs::result(r.get(queued)), u"CANCELED"_s);
    QCOMPARE(r.lifeCycle(running), u"PENDING"_s);
    const qint64 queued2 = r.runNow(job);
    QCOMPARE(r.post(u"runs/cancel-all"_s, QJsonObject{{"job_id"_L1, job}}).status, 200);
    r.advance(kRunTerminating);
    QCOMPARE(Runs::result(r.get(running)), u"CANCELED"_s);
    QCOMPARE(Runs::result(r.get(queued2)), u"CANCELED"_s);
    QCOMPARE(r.post(u"runs/cancel-all"_s, QJsonObject{}).status, 400);
}

void TestJobRunsApi::deleteRun()
{
    Runs r;
    const qint64 job = r.createJob({notebook(u"main"_s)});
    const qint64 run = r.runNow(job);
    const RawResponse active = r.post(u"runs/delete"_s, QJsonObject{{"run_id"_L1, run}});
    QCOMPARE(active.status, 400);
    QCOMPARE(active.json.value("error_code"_L1).toString(), u"INVALID_STATE"_s);
    r.advance(kSingleTaskRun);
    QCOMPARE(r.post(u"runs/delete"_s, QJsonObject{{"run_id"_L1, run}}).status, 200);
    compareError(r.getRaw(run), 400, u"INVALID_PARAMETER_VALUE"_s,
                 u"Run %1 does not exist."_s.arg(run));
}

void TestJobRunsApi::repairRules()
{
    Runs r;
    const qint64 job = r.createJob({notebook(u"a"_s), notebook(u"b"_s, {u"a"_s})});
    r.lifecycle().failTask(job, u"a"_s);
    const qint64 run = r.runNow(job);
    const auto repair = [&](QJsonObject body) {
        body.insert("run_id"_L1, run);
        return r.post(u"runs/repair"_s, body);
    };
    compareError(repair(QJsonObject{{"rerun_tasks"_L1, QJsonArray{u"a"_s}}}), 400,
                 u"INVALID_STATE"_s,
                 u"Run %1 is still active. Only finished runs can be repaired."_s.arg(run));
    r.advance(600'000);
    QCOMPARE(repair(QJsonObject{}).status, 400);
    QCOMPARE(repair(QJsonObject{{"rerun_tasks"_L1, QJsonArray{u"a"_s}},
                                {"rerun_all_failed_tasks"_L1, true}})
                 .status,
             400);
    compareError(repair(QJsonObject{{"rerun_tasks"_L1, QJsonArray{u"a"_s, u"a"_s}}}), 400,
                 u"INVALID_PARAMETER_VALUE"_s,
                 u"rerun_tasks cannot contain duplicate task keys."_s);
    QCOMPARE(repair(QJsonObject{{"rerun_tasks"_L1, QJsonArray{u"zz"_s}}}).status, 400);
    const RawResponse first = repair(QJsonObject{{"rerun_all_failed_tasks"_L1, true}});
    QCOMPARE(first.status, 200);
    const qint64 repairId = first.json.value("repair_id"_L1).toInteger();
    QVERIFY(repairId > 0);
    r.advance(600'000);
    compareError(repair(QJsonObject{{"rerun_tasks"_L1, QJsonArray{u"a"_s}}}), 400,
                 u"INVALID_PARAMETER_VALUE"_s,
                 u"The latest repair ID needs to be provided in order to create a new repair"_s);
    QCOMPARE(repair(QJsonObject{{"rerun_tasks"_L1, QJsonArray{u"a"_s}}, {"latest_repair_id"_L1, 1}})
                 .status,
             400);
    QCOMPARE(repair(QJsonObject{{"rerun_tasks"_L1, QJsonArray{u"a"_s}},
                                {"latest_repair_id"_L1, QJsonValue(repairId)}})
                 .status,
             200);
}

void TestJobRunsApi::repairRerunsAndGrowsHistory()
{
    Runs r;
    const qint64 job = r.createJob(
        {notebook(u"a"_s), notebook(u"b"_s, {u"a"_s}), notebook(u"c"_s)},
        QJsonObject{{"parameters"_L1,
                     QJsonArray{QJsonObject{{"name"_L1, u"env"_s}, {"default"_L1, u"prod"_s}}}}});
    r.lifecycle().failTask(job, u"a"_s);
    const qint64 run =
        r.runNow(job, QJsonObject{{"job_parameters"_L1, QJsonObject{{"env"_L1, u"dev"_s}}}});
    r.advance(600'000);
    QJsonObject before = r.get(run);
    QCOMPARE(Runs::result(before), u"FAILED"_s);
    const qint64 oldA = r.task(before, u"a"_s).value("run_id"_L1).toInteger();
    const qint64 oldC = r.task(before, u"c"_s).value("run_id"_L1).toInteger();
    const qint64 end = before.value("end_time"_L1).toInteger();

    r.lifecycle().clearTaskScript(job, u"a"_s);
    const RawResponse repaired =
        r.post(u"runs/repair"_s, QJsonObject{{"run_id"_L1, run},
                                             {"rerun_tasks"_L1, QJsonArray{u"a"_s}},
                                             {"rerun_dependent_tasks"_L1, true}});
    QCOMPARE(repaired.status, 200);
    const qint64 repairId = repaired.json.value("repair_id"_L1).toInteger();
    QJsonObject during = r.get(run);
    QCOMPARE(Runs::lifeCycle(during), u"PENDING"_s);
    QVERIFY(!during.contains("end_time"_L1));
    const qint64 newA = r.task(during, u"a"_s).value("run_id"_L1).toInteger();
    QVERIFY(newA != oldA);
    QCOMPARE(r.task(during, u"c"_s).value("run_id"_L1).toInteger(), oldC); // kept
    // Parameters are not carried over: the job's default again.
    QCOMPARE(during.value("job_parameters"_L1).toArray().first().toObject().value("value"_L1),
             u"prod"_s);
    r.advance(kRunPending);
    QCOMPARE(r.lifeCycle(run), u"RUNNING"_s);
    r.advance(600'000);
    const QJsonObject after = r.get(run, true);
    QCOMPARE(Runs::result(after), u"SUCCESS"_s);
    QCOMPARE(Runs::result(r.task(after, u"b"_s)), u"SUCCESS"_s);
    const QJsonArray history = after.value("repair_history"_L1).toArray();
    QCOMPARE(history.size(), 2);
    const QJsonObject original = history.at(0).toObject();
    QCOMPARE(original.value("type"_L1).toString(), u"ORIGINAL"_s);
    QVERIFY(!original.contains("id"_L1));
    QCOMPARE(original.value("end_time"_L1).toInteger(), end);
    QVERIFY(original.value("task_run_ids"_L1).toArray().contains(QJsonValue(oldA)));
    QCOMPARE(Runs::result(original), u"FAILED"_s);
    const QJsonObject repair = history.at(1).toObject();
    QCOMPARE(repair.value("type"_L1).toString(), u"REPAIR"_s);
    QCOMPARE(repair.value("id"_L1).toInteger(), repairId);
    QCOMPARE(repair.value("task_run_ids"_L1).toArray().size(), 2); // a and its dependent b
    QVERIFY(repair.value("task_run_ids"_L1).toArray().contains(QJsonValue(newA)));
    QCOMPARE(Runs::result(repair), u"SUCCESS"_s);
    QVERIFY(repair.value("start_time"_L1).toInteger() >= end);
    // The superseded attempt's output is still there by its id.
    QCOMPARE(r.output(oldA).status, 200);
}

void TestJobRunsApi::get22PagesTasks()
{
    Runs r;
    QJsonArray tasks;
    for (int i = 0; i < 130; ++i)
        tasks.append(notebook(u"t%1"_s.arg(i, 3, 10, QChar(u'0'))));
    const qint64 job = r.createJob(tasks);
    const qint64 run = r.runNow(job);
    QCOMPARE(r.getRaw(run, {}, u"2.1"_s).json.value("tasks"_L1).toArray().size(), 130);
    const QJsonObject first = r.get(run);
    QCOMPARE(first.value("tasks"_L1).toArray().size(), 100);
    const QString token = first.value("next_page_token"_L1).toString();
    QVERIFY(!token.isEmpty());
    const QJsonObject second = r.getRaw(run, query({{u"page_token"_s, token}})).json;
    QCOMPARE(second.value("tasks"_L1).toArray().size(), 30);
    QVERIFY(!second.contains("next_page_token"_L1));
    // Listings cut at 100 and say so per run.
    const QJsonObject listed = r.list(query({{u"expand_tasks"_s, u"true"_s}}))
                                   .json.value("runs"_L1)
                                   .toArray()
                                   .first()
                                   .toObject();
    QCOMPARE(listed.value("tasks"_L1).toArray().size(), 100);
    QCOMPARE(listed.value("has_more"_L1).toBool(), true);
    // Every task of the run runs in parallel and finishes.
    r.advance(600'000);
    QCOMPARE(Runs::result(r.get(run)), u"SUCCESS"_s);
}

void TestJobRunsApi::forEachIterations()
{
    Runs r;
    const QJsonObject forEach{
        {"task_key"_L1, u"fan"_s},
        {"for_each_task"_L1, QJsonObject{{"inputs"_L1, u"[\"a\",\"b\",\"c\",\"d\"]"_s},
                                         {"concurrency"_L1, 2},
                                         {"task"_L1, notebook(u"fan_iteration"_s)}}}};
    const qint64 job = r.createJob({forEach});
    const qint64 run = r.runNow(job);
    r.advance(kRunPending + 5'000 + 1);
    const qint64 fan = r.task(r.get(run), u"fan"_s).value("run_id"_L1).toInteger();
    QJsonObject fanRun = r.getRaw(fan).json;
    QJsonArray iterations = fanRun.value("iterations"_L1).toArray();
    QCOMPARE(iterations.size(), 4);
    QCOMPARE(Runs::lifeCycle(iterations.at(0).toObject()), u"RUNNING"_s);
    QCOMPARE(Runs::lifeCycle(iterations.at(2).toObject()), u"BLOCKED"_s);
    r.advance(600'000);
    fanRun = r.getRaw(fan).json;
    iterations = fanRun.value("iterations"_L1).toArray();
    QSet<qint64> ids;
    for (const QJsonValue &iteration : iterations) {
        QCOMPARE(Runs::result(iteration.toObject()), u"SUCCESS"_s);
        ids.insert(iteration.toObject().value("run_id"_L1).toInteger());
    }
    QCOMPARE(ids.size(), 4);
    QVERIFY(!ids.contains(fan));
    // Two waves of 30 s.
    const QJsonObject fanTask = r.task(r.get(run), u"fan"_s);
    QCOMPARE(fanTask.value("execution_duration"_L1).toInteger(), 60'000);
    QCOMPARE(fanTask.value("for_each_task"_L1)
                 .toObject()
                 .value("stats"_L1)
                 .toObject()
                 .value("task_run_stats"_L1)
                 .toObject()
                 .value("succeeded_iterations"_L1)
                 .toInt(),
             4);
}

void TestJobRunsApi::idsAbove2To53()
{
    Runs r(Seed::Demo);
    r.fixture.emulator().jobRuns().setNextId(9'007'199'254'740'995LL);
    const RawResponse started =
        r.post(u"run-now"_s, QJsonObject{{"job_id"_L1, QJsonValue(DemoSeed::kLargeJobId)}});
    QCOMPARE(started.status, 200);
    QVERIFY(started.body.contains(R"("run_id":9007199254740995)"));
    const RawResponse run = r.getRaw(9'007'199'254'740'995LL);
    QCOMPARE(run.status, 200);
    QVERIFY(run.body.contains(R"("job_id":9007199254740993)"));
    QCOMPARE(run.json.value("run_id"_L1).toInteger(), 9'007'199'254'740'995LL);
    QCOMPARE(
        r.post(u"runs/cancel"_s, QJsonObject{{"run_id"_L1, QJsonValue(9'007'199'254'740'995LL)}})
            .status,
        200);
}

void TestJobRunsApi::submit()
{
    Runs r;
    const RawResponse response =
        r.post(u"runs/submit"_s, QJsonObject{{"run_name"_L1, u"adhoc"_s},
                                             {"tasks"_L1, QJsonArray{notebook(u"main"_s)}}});
    QCOMPARE(response.status, 200);
    const qint64 run = response.json.value("run_id"_L1).toInteger();
    QJsonObject body = r.get(run);
    QCOMPARE(body.value("run_type"_L1).toString(), u"SUBMIT_RUN"_s);
    QCOMPARE(body.value("run_name"_L1).toString(), u"adhoc"_s);
    QVERIFY(!body.contains("job_id"_L1));
    r.advance(kSingleTaskRun);
    QCOMPARE(Runs::result(r.get(run)), u"SUCCESS"_s);
    QCOMPARE(
        r.list(query({{u"run_type"_s, u"SUBMIT_RUN"_s}})).json.value("runs"_L1).toArray().size(),
        1);
    compareError(
        r.post(u"runs/submit"_s,
               QJsonObject{{"tasks"_L1, QJsonArray{QJsonObject{
                                            {"task_key"_L1, u"jar"_s},
                                            {"spark_jar_task"_L1,
                                             QJsonObject{{"main_class_name"_L1, u"a.B"_s}}}}}}}),
        400, u"INVALID_PARAMETER_VALUE"_s,
        u"One of job_cluster_key, new_cluster, or existing_cluster_id must be specified."_s);
}

void TestJobRunsApi::missingRun()
{
    Runs r;
    const QString message = u"Run 123 does not exist."_s;
    compareError(r.getRaw(123), 400, u"INVALID_PARAMETER_VALUE"_s, message);
    for (const QString &verb : {u"runs/cancel"_s, u"runs/delete"_s, u"runs/repair"_s})
        compareError(r.post(verb, QJsonObject{{"run_id"_L1, 123}}), 400,
                     u"INVALID_PARAMETER_VALUE"_s, message);
    QCOMPARE(r.fixture.get(u"/api/2.2/jobs/runs/get"_s).status, 400);
}

void TestJobRunsApi::demoRuns()
{
    Runs r(Seed::Demo);
    JobRunsStore &store = r.fixture.emulator().jobRuns();
    QVERIFY(store.size() > 150);
    const QJsonArray active =
        r.list(query({{u"active_only"_s, u"true"_s}})).json.value("runs"_L1).toArray();
    QCOMPARE(active.size(), 1);
    const qint64 live = active.first().toObject().value("run_id"_L1).toInteger();
    QCOMPARE(r.lifeCycle(live), u"RUNNING"_s);
    QCOMPARE(Runs::lifeCycle(r.task(r.get(live), u"sessionize"_s)), u"RUNNING"_s);
    r.advance(3 * 60'000);
    QCOMPARE(r.lifeCycle(live), u"RUNNING"_s);
    r.advance(8 * 60'000);
    QCOMPARE(Runs::result(r.get(live)), u"SUCCESS"_s);

    bool internalError = false, canceled = false, repaired = false, failed = false;
    for (const JobRun *run : store.runs()) {
        internalError = internalError || run->state.lifeCycle == LifeCycle::InternalError;
        canceled = canceled || run->state.resultState == "CANCELED"_L1;
        failed = failed || run->state.resultState == "FAILED"_L1;
        if (run->history.size() > 1) {
            repaired = true;
            const QJsonArray history = r.get(run->runId, true).value("repair_history"_L1).toArray();
            QCOMPARE(history.first().toObject().value("type"_L1).toString(), u"ORIGINAL"_s);
            QCOMPARE(history.last().toObject().value("type"_L1).toString(), u"REPAIR"_s);
        }
        if (run->state.lifeCycle == LifeCycle::InternalError) {
            const qint64 task = run->tasks.first().runId;
            const QJsonObject out = r.output(task).json;
            QVERIFY(!out.value("error"_L1).toString().isEmpty());
            QVERIFY(!out.value("error_trace"_L1).toString().isEmpty());
        }
    }
    QVERIFY(internalError);
    QVERIFY(canceled);
    QVERIFY(repaired);
    QVERIFY(failed);
}

void TestJobRunsApi::seedFinishedRunsHook()
{
    Runs r;
    r.fixture.emulator().jobs().addJobs(4);
    r.fixture.emulator().seedFinishedRuns(7);
    QCOMPARE(r.fixture.emulator().jobRuns().size(), 28);
    const QJsonArray runs = r.list(query({{u"limit"_s, u"25"_s}})).json.value("runs"_L1).toArray();
    QCOMPARE(runs.size(), 25);
    QCOMPARE(Runs::result(runs.first().toObject()), u"SUCCESS"_s);
    QVERIFY(runs.first().toObject().value("run_duration"_L1).toInteger() > 0);
}

QTEST_GUILESS_MAIN(TestJobRunsApi)
#include "tst_jobrunsapi.moc"
