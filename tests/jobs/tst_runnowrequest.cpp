// RunNowRequest: reading a job as jobs/get returns it (job parameters, the
// legacy per-task-type fields of older jobs, tasks, pipelines) and the
// run-now body built from it, with its one idempotency token.

#include "core/jobs/runnowrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

// Declared before the JSON fixtures: Qt 6.4's moc loses the class after
// some of their raw string literals.
class TestRunNowRequest : public QObject
{
    Q_OBJECT

private slots:
    void jobParametersArePrefilledWithDefaults();
    void jobIdAboveTwoToThe53IsExact();
    void legacyNotebookJobSendsOnlyWhatChanged();
    void legacyNotebookRowsCanBeAdded();
    void pythonParamsAreSentWholeOnceChanged();
    void pythonWheelNamedParameters();
    void singleTaskJobFromApi20();
    void onlyListsTheCheckedTasksInJobOrder();
    void fullRefreshOnlyForPipelineJobs();
    void oneTokenPerRequestAndTheSameOnRetry();
    void duplicateAndEmptyNamesAreRefused();
    void legacyMapOverTenThousandBytesIsRefused();
    void noTaskCheckedIsRefused();
};

namespace {

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

// A current job: job-level parameters, three tasks, one of them a pipeline.
const QByteArray kJobWithParameters = R"({
  "job_id": 9007199254740993,
  "creator_user_name": "ana@example.com",
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
    ],
    "format": "MULTI_TASK"
  }
})";

// An older job: no job parameters; a notebook, a Python script and a JAR.
const QByteArray kLegacyJob = R"({
  "job_id": 4711,
  "settings": {
    "name": "legacy-etl",
    "tasks": [
      {"task_key": "prepare", "notebook_task": {"notebook_path": "/Shared/prepare",
        "base_parameters": {"country": "DE", "limit": "1000"}}},
      {"task_key": "score", "depends_on": [{"task_key": "prepare"}],
       "spark_python_task": {"python_file": "dbfs:/jobs/score.py",
                             "parameters": ["--model", "v3"]}},
      {"task_key": "export", "depends_on": [{"task_key": "score"}],
       "spark_jar_task": {"main_class_name": "com.example.Export", "parameters": ["s3://out"]}}
    ]
  }
})";

} // namespace

void TestRunNowRequest::jobParametersArePrefilledWithDefaults()
{
    RunNowRequest request(parse(kJobWithParameters));
    QCOMPARE(request.jobName(), u"nightly-sales"_s);
    QCOMPARE(request.parameterStyle(), RunNowRequest::ParameterStyle::JobParameters);
    const QList<JobParameterGroup> groups = request.parameterGroups();
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups[0].field(), u"job_parameters"_s);
    QVERIFY(groups[0].namesFixed());
    QCOMPARE(groups[0].parameters.size(), 2);
    QCOMPARE(groups[0].parameters[0].name, u"env"_s);
    QCOMPARE(groups[0].parameters[0].value, u"prod"_s);
    QCOMPARE(groups[0].parameters[1].value, u"{{job.start_time.iso_date}}"_s);

    QVERIFY(request.setParameterValue(u"env"_s, u"staging"_s));
    QVERIFY(!request.setParameterValue(u"nope"_s, u"x"_s));
    QVERIFY(request.problem().isEmpty());
    const QJsonObject body = request.body();
    QCOMPARE(
        body["job_parameters"_L1].toObject(),
        (QJsonObject{{"env"_L1, "staging"_L1}, {"run_date"_L1, "{{job.start_time.iso_date}}"_L1}}));
    QVERIFY(!body.contains("notebook_params"_L1));
    QVERIFY(!body.contains("only"_L1)); // every task checked
    QVERIFY(!body.contains("pipeline_params"_L1));
}

void TestRunNowRequest::jobIdAboveTwoToThe53IsExact()
{
    RunNowRequest request(parse(kJobWithParameters));
    QCOMPARE(request.jobId(), Q_INT64_C(9007199254740993));
    const QByteArray text = QJsonDocument(request.body()).toJson(QJsonDocument::Compact);
    QVERIFY2(text.contains(R"("job_id":9007199254740993)"), text.constData());
}

void TestRunNowRequest::legacyNotebookJobSendsOnlyWhatChanged()
{
    RunNowRequest request(parse(kLegacyJob));
    QCOMPARE(request.parameterStyle(), RunNowRequest::ParameterStyle::Legacy);
    const QList<JobParameterGroup> groups = request.parameterGroups();
    QStringList fields;
    for (const auto &g : groups)
        fields << g.field();
    QCOMPARE(fields, (QStringList{u"notebook_params"_s, u"python_params"_s, u"jar_params"_s}));
    QCOMPARE(groups[0].parameters.size(), 2);
    QCOMPARE(groups[0].parameters[0].name, u"country"_s);
    QCOMPARE(groups[0].parameters[0].value, u"DE"_s);

    // Unchanged defaults are the tasks' own: nothing legacy is sent.
    QJsonObject body = request.body();
    QCOMPARE(body["job_id"_L1].toInteger(), 4711);
    QVERIFY(!body.contains("notebook_params"_L1));
    QVERIFY(!body.contains("python_params"_L1));
    QVERIFY(!body.contains("job_parameters"_L1));

    request.setParameterValue(u"country"_s, u"FR"_s);
    body = request.body();
    QCOMPARE(body["notebook_params"_L1].toObject(), (QJsonObject{{"country"_L1, "FR"_L1}}));
}

void TestRunNowRequest::legacyNotebookRowsCanBeAdded()
{
    RunNowRequest request(parse(kLegacyJob));
    QList<JobParameterGroup> groups = request.parameterGroups();
    QVERIFY(!groups[0].namesFixed());
    groups[0].parameters.append({u"dry_run"_s, u"true"_s, QString(), false});
    request.setParameterGroups(groups);
    QCOMPARE(request.body()["notebook_params"_L1].toObject(),
             (QJsonObject{{"dry_run"_L1, "true"_L1}}));
}

void TestRunNowRequest::pythonParamsAreSentWholeOnceChanged()
{
    RunNowRequest request(parse(kLegacyJob));
    QList<JobParameterGroup> groups = request.parameterGroups();
    QCOMPARE(groups[1].shape(), JobParameterGroup::Shape::Positional);
    groups[1].parameters[1].value = u"v4"_s;
    request.setParameterGroups(groups);
    QCOMPARE(request.body()["python_params"_L1].toArray(), (QJsonArray{"--model"_L1, "v4"_L1}));
    QVERIFY(!request.body().contains("jar_params"_L1));

    // Removing a value from the task's list changes the list too.
    groups = request.parameterGroups();
    groups[2].parameters.clear();
    request.setParameterGroups(groups);
    QCOMPARE(request.body()["jar_params"_L1].toArray(), QJsonArray());
}

void TestRunNowRequest::pythonWheelNamedParameters()
{
    RunNowRequest request(parse(R"({"job_id": 12, "settings": {"name": "wheel", "tasks": [
        {"task_key": "main", "python_wheel_task": {"package_name": "etl", "entry_point": "run",
          "named_parameters": {"mode": "full"}}}]}})"));
    const QList<JobParameterGroup> groups = request.parameterGroups();
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups[0].field(), u"python_named_params"_s);
    request.setParameterValue(u"mode"_s, u"incremental"_s);
    QCOMPARE(request.body()["python_named_params"_L1].toObject(),
             (QJsonObject{{"mode"_L1, "incremental"_L1}}));
}

void TestRunNowRequest::singleTaskJobFromApi20()
{
    RunNowRequest request(parse(R"({"job_id": 77, "settings": {"name": "old-single",
        "format": "SINGLE_TASK", "existing_cluster_id": "0923-164208-meows279",
        "notebook_task": {"notebook_path": "/Users/ana/old", "base_parameters": {"x": "1"}}}})"));
    QCOMPARE(request.parameterStyle(), RunNowRequest::ParameterStyle::Legacy);
    QVERIFY(request.taskKeys().isEmpty());
    QCOMPARE(request.parameterGroups()[0].parameters[0].name, u"x"_s);
    QVERIFY(request.problem().isEmpty());
    QVERIFY(!request.body().contains("only"_L1));
}

void TestRunNowRequest::onlyListsTheCheckedTasksInJobOrder()
{
    RunNowRequest request(parse(kJobWithParameters));
    QCOMPARE(request.taskKeys(), (QStringList{u"ingest"_s, u"refresh_dlt"_s, u"report"_s}));
    request.setSelectedTasks({u"report"_s, u"ingest"_s, u"not-a-task"_s});
    QCOMPARE(request.body()["only"_L1].toArray(), (QJsonArray{"ingest"_L1, "report"_L1}));
    request.setSelectedTasks(request.taskKeys());
    QVERIFY(!request.body().contains("only"_L1));
}

void TestRunNowRequest::fullRefreshOnlyForPipelineJobs()
{
    RunNowRequest pipeline(parse(kJobWithParameters));
    QVERIFY(pipeline.hasPipelineTasks());
    pipeline.setFullRefresh(true);
    QCOMPARE(pipeline.body()["pipeline_params"_L1].toObject(),
             (QJsonObject{{"full_refresh"_L1, true}}));

    RunNowRequest legacy(parse(kLegacyJob));
    QVERIFY(!legacy.hasPipelineTasks());
    legacy.setFullRefresh(true);
    QVERIFY(!legacy.body().contains("pipeline_params"_L1));
}

void TestRunNowRequest::oneTokenPerRequestAndTheSameOnRetry()
{
    const QJsonObject job = parse(kJobWithParameters);
    RunNowRequest first(job);
    RunNowRequest second(job);
    const QString token = first.idempotencyToken();
    QVERIFY(!token.isEmpty());
    QVERIFY(token.size() <= RunNowRequest::kMaxIdempotencyTokenLength);
    QVERIFY(!token.contains(u'{'));
    QVERIFY(token != second.idempotencyToken());

    // Built again after an edit (a retry after an error): the same token.
    const QString sent = first.body()["idempotency_token"_L1].toString();
    first.setParameterValue(u"env"_s, u"dev"_s);
    QCOMPARE(first.body()["idempotency_token"_L1].toString(), sent);
    QCOMPARE(sent, token);
}

void TestRunNowRequest::duplicateAndEmptyNamesAreRefused()
{
    RunNowRequest request(parse(kLegacyJob));
    QList<JobParameterGroup> groups = request.parameterGroups();
    groups[0].parameters.append({u"country"_s, u"US"_s, QString(), false});
    request.setParameterGroups(groups);
    QVERIFY2(request.problem().contains(u"“country” is given twice"_s),
             qPrintable(request.problem()));

    groups[0].parameters.last().name = u"  "_s;
    request.setParameterGroups(groups);
    QVERIFY2(request.problem().contains(u"parameter 3 has no name"_s),
             qPrintable(request.problem()));
    QVERIFY(request.problem().startsWith(u"Notebook parameters"_s));
}

void TestRunNowRequest::legacyMapOverTenThousandBytesIsRefused()
{
    RunNowRequest request(parse(kLegacyJob));
    // {"country":"<v>"} is 14 bytes around the value.
    request.setParameterValue(u"country"_s, QString(10000 - 14, u'x'));
    QVERIFY2(request.problem().isEmpty(), qPrintable(request.problem()));
    request.setParameterValue(u"country"_s, QString(10000 - 13, u'x'));
    QVERIFY(request.problem().contains(u"10,001 bytes"_s) ||
            request.problem().contains(u"10001 bytes"_s));
    QVERIFY(request.problem().contains(u"at most"_s));
}

void TestRunNowRequest::noTaskCheckedIsRefused()
{
    RunNowRequest request(parse(kJobWithParameters));
    request.setSelectedTasks({});
    QCOMPARE(request.problem(), u"Check at least one task to run."_s);
}

QTEST_GUILESS_MAIN(TestRunNowRequest)
#include "tst_runnowrequest.moc"
