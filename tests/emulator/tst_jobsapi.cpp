// The Jobs API's saved jobs over real loopback HTTP: create, list (limits,
// offset ceiling, expand_tasks with has_more), get (2.2 array paging of a
// 130-task job), update (merge by key, fields_to_remove), reset, delete and
// the missing-job knob.
#include "tests/emulator/emulatorfixture.h"

#include "core/emulator/demoseed.h"
#include "core/emulator/jobsapi.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;
using namespace brickdesk::emulator;
using brickdesk::test::EmulatorFixture;
using brickdesk::test::query;
using brickdesk::test::RawResponse;

namespace {

QJsonObject task(const QString &key, const QStringList &upstream = {})
{
    QJsonObject out{{"task_key"_L1, key},
                    {"notebook_task"_L1, QJsonObject{{"notebook_path"_L1, u"/Shared/x"_s}}}};
    QJsonArray deps;
    for (const QString &u : upstream)
        deps.append(QJsonObject{{"task_key"_L1, u}});
    if (!deps.isEmpty())
        out.insert("depends_on"_L1, deps);
    return out;
}

QJsonArray manyTasks(int count)
{
    QJsonArray tasks;
    for (int i = 0; i < count; ++i)
        tasks.append(task(u"t%1"_s.arg(i, 3, 10, QChar(u'0'))));
    return tasks;
}

QStringList keys(const QJsonArray &tasks)
{
    QStringList out;
    for (const QJsonValue &t : tasks)
        out.append(t.toObject().value("task_key"_L1).toString());
    return out;
}

} // namespace

class TestJobsApi : public QObject
{
    Q_OBJECT
private slots:
    void createAndGetOnEveryVersion();
    void createValidation();
    void queueDefaultsOn22Only();
    void getPages130TasksOn22();
    void listExpandTasksHasMore();
    void listOffsetCeiling();
    void updateMergesByKey();
    void updateFieldsToRemove();
    void resetReplacesSettings();
    void deleteJob();
    void missingJobKnob();
    void demoJobs();

private:
    static qint64 create(EmulatorFixture &fixture, const QJsonObject &settings,
                         const QString &version = u"2.1"_s)
    {
        const RawResponse response =
            fixture.post("/api/"_L1 + version + "/jobs/create"_L1, settings);
        if (response.status != 200)
            qWarning() << response.body;
        return response.json.value("job_id"_L1).toInteger();
    }
    static QJsonObject get(EmulatorFixture &fixture, qint64 id, const QString &version = u"2.1"_s)
    {
        return fixture
            .get("/api/"_L1 + version + "/jobs/get"_L1, query({{u"job_id"_s, QString::number(id)}}))
            .json;
    }
};

void TestJobsApi::createAndGetOnEveryVersion()
{
    EmulatorFixture fixture;
    const qint64 id =
        create(fixture, QJsonObject{{"name"_L1, u"etl"_s}, {"tasks"_L1, QJsonArray{task(u"a"_s)}}});
    QVERIFY(id > 1'000'000'000'000'000LL);
    for (const QString &version : {u"2.0"_s, u"2.1"_s, u"2.2"_s}) {
        const QJsonObject job = get(fixture, id, version);
        QCOMPARE(job.value("job_id"_L1).toInteger(), id);
        const QJsonObject settings = job.value("settings"_L1).toObject();
        QCOMPARE(settings.value("name"_L1).toString(), u"etl"_s);
        QCOMPARE(settings.value("max_concurrent_runs"_L1).toInt(), 1);
        QCOMPARE(settings.value("format"_L1).toString(), u"MULTI_TASK"_s);
        QCOMPARE(keys(settings.value("tasks"_L1).toArray()), QStringList{u"a"_s});
        QCOMPARE(job.value("creator_user_name"_L1).toString(), u"demo@brickdesk.dev"_s);
    }
}

void TestJobsApi::createValidation()
{
    EmulatorFixture fixture;
    RawResponse response =
        fixture.post(u"/api/2.1/jobs/create"_s,
                     QJsonObject{{"tasks"_L1, QJsonArray{task(u"a"_s), task(u"a"_s)}}});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"INVALID_PARAMETER_VALUE"_s);
    response = fixture.post(u"/api/2.1/jobs/create"_s,
                            QJsonObject{{"tasks"_L1, QJsonArray{task(u"a"_s, {u"zz"_s})}}});
    QCOMPARE(response.status, 400);
    QVERIFY(response.json.value("message"_L1).toString().contains("zz"_L1));
    response = fixture.postRaw(u"/api/2.1/jobs/create"_s, "[1]", "application/json");
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"MALFORMED_REQUEST"_s);
    QCOMPARE(fixture.emulator().jobs().size(), 0);
}

void TestJobsApi::queueDefaultsOn22Only()
{
    EmulatorFixture fixture;
    const qint64 v22 = create(fixture, QJsonObject{{"name"_L1, u"a"_s}}, u"2.2"_s);
    const qint64 v21 = create(fixture, QJsonObject{{"name"_L1, u"b"_s}}, u"2.1"_s);
    QCOMPARE(get(fixture, v22).value("settings"_L1).toObject().value("queue"_L1).toObject(),
             QJsonObject({{"enabled"_L1, true}}));
    QVERIFY(!get(fixture, v21).value("settings"_L1).toObject().contains("queue"_L1));
}

void TestJobsApi::getPages130TasksOn22()
{
    EmulatorFixture fixture;
    QJsonArray clusters;
    for (int i = 0; i < 3; ++i)
        clusters.append(QJsonObject{{"job_cluster_key"_L1, u"c%1"_s.arg(i)},
                                    {"new_cluster"_L1, QJsonObject{{"num_workers"_L1, 1}}}});
    const qint64 id = create(fixture, QJsonObject{{"name"_L1, u"big"_s},
                                                  {"tasks"_L1, manyTasks(130)},
                                                  {"job_clusters"_L1, clusters}});
    // 2.1 answers everything at once.
    QCOMPARE(get(fixture, id).value("settings"_L1).toObject().value("tasks"_L1).toArray().size(),
             130);
    QVERIFY(!get(fixture, id).contains("next_page_token"_L1));

    // 2.2: 100, then the rest; the exhausted job_clusters come back empty.
    const QJsonObject first = get(fixture, id, u"2.2"_s);
    QCOMPARE(first.value("settings"_L1).toObject().value("tasks"_L1).toArray().size(), 100);
    QCOMPARE(first.value("settings"_L1).toObject().value("job_clusters"_L1).toArray().size(), 3);
    const QString token = first.value("next_page_token"_L1).toString();
    QVERIFY(!token.isEmpty());
    const RawResponse second =
        fixture.get(u"/api/2.2/jobs/get"_s,
                    query({{u"job_id"_s, QString::number(id)}, {u"page_token"_s, token}}));
    QCOMPARE(second.status, 200);
    const QJsonObject settings = second.json.value("settings"_L1).toObject();
    QCOMPARE(settings.value("tasks"_L1).toArray().size(), 30);
    QCOMPARE(
        settings.value("tasks"_L1).toArray().first().toObject().value("task_key"_L1).toString(),
        u"t100"_s);
    QVERIFY(!settings.contains("job_clusters"_L1));
    QVERIFY(!second.json.contains("next_page_token"_L1));
    QCOMPARE(settings.value("name"_L1).toString(), u"big"_s);
}

void TestJobsApi::listExpandTasksHasMore()
{
    EmulatorFixture fixture;
    create(fixture, QJsonObject{{"name"_L1, u"big"_s}, {"tasks"_L1, manyTasks(130)}});
    create(fixture, QJsonObject{{"name"_L1, u"small"_s}, {"tasks"_L1, manyTasks(2)}});
    const QJsonArray jobs =
        fixture.get(u"/api/2.2/jobs/list"_s, query({{u"expand_tasks"_s, u"true"_s}}))
            .json.value("jobs"_L1)
            .toArray();
    QCOMPARE(jobs.size(), 2);
    const QJsonObject big = jobs.at(0).toObject();
    QCOMPARE(big.value("settings"_L1).toObject().value("tasks"_L1).toArray().size(), 100);
    QCOMPARE(big.value("has_more"_L1).toBool(), true);
    QVERIFY(!jobs.at(1).toObject().contains("has_more"_L1));
}

void TestJobsApi::listOffsetCeiling()
{
    EmulatorFixture fixture;
    fixture.emulator().jobs().addJobs(3);
    QCOMPARE(fixture.get(u"/api/2.1/jobs/list"_s, query({{u"offset"_s, u"10000"_s}})).status, 200);
    const RawResponse response =
        fixture.get(u"/api/2.1/jobs/list"_s, query({{u"offset"_s, u"10020"_s}}));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"INVALID_PARAMETER_VALUE"_s);
    QVERIFY(response.json.value("message"_L1)
                .toString()
                .startsWith("The supplied offset 10020 has exceeded the value of 10000"_L1));
    QVERIFY(response.json.value("message"_L1).toString().contains("page_token"_L1));
}

void TestJobsApi::updateMergesByKey()
{
    EmulatorFixture fixture;
    const qint64 id =
        create(fixture, QJsonObject{{"name"_L1, u"etl"_s},
                                    {"tags"_L1, QJsonObject{{"a"_L1, u"1"_s}}},
                                    {"tasks"_L1, QJsonArray{task(u"a"_s), task(u"b"_s)}}});
    QJsonObject changedB = task(u"b"_s, {u"a"_s});
    changedB.insert("timeout_seconds"_L1, 60);
    const RawResponse response =
        fixture.post(u"/api/2.1/jobs/update"_s,
                     QJsonObject{{"job_id"_L1, id},
                                 {"new_settings"_L1,
                                  QJsonObject{{"tasks"_L1, QJsonArray{changedB, task(u"c"_s)}},
                                              {"tags"_L1, QJsonObject{{"b"_L1, u"2"_s}}}}}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
    const QJsonObject settings = get(fixture, id).value("settings"_L1).toObject();
    QCOMPARE(keys(settings.value("tasks"_L1).toArray()), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(
        settings.value("tasks"_L1).toArray().at(1).toObject().value("timeout_seconds"_L1).toInt(),
        60);
    // Top-level fields are replaced whole, not merged.
    QCOMPARE(settings.value("tags"_L1).toObject(), QJsonObject({{"b"_L1, u"2"_s}}));
    QCOMPARE(settings.value("name"_L1).toString(), u"etl"_s);
}

void TestJobsApi::updateFieldsToRemove()
{
    EmulatorFixture fixture;
    const qint64 id =
        create(fixture, QJsonObject{{"name"_L1, u"etl"_s},
                                    {"tags"_L1, QJsonObject{{"a"_L1, u"1"_s}}},
                                    {"tasks"_L1, QJsonArray{task(u"a"_s), task(u"b"_s)}}});
    RawResponse response =
        fixture.post(u"/api/2.2/jobs/update"_s,
                     QJsonObject{{"job_id"_L1, id},
                                 {"fields_to_remove"_L1, QJsonArray{u"tags"_s, u"tasks/a"_s}}});
    QCOMPARE(response.status, 200);
    const QJsonObject settings = get(fixture, id).value("settings"_L1).toObject();
    QVERIFY(!settings.contains("tags"_L1));
    QCOMPARE(keys(settings.value("tasks"_L1).toArray()), QStringList{u"b"_s});
    response = fixture.post(
        u"/api/2.2/jobs/update"_s,
        QJsonObject{{"job_id"_L1, id}, {"fields_to_remove"_L1, QJsonArray{u"tasks/nope"_s}}});
    QCOMPARE(response.status, 400);
}

void TestJobsApi::resetReplacesSettings()
{
    EmulatorFixture fixture;
    const qint64 id =
        create(fixture, QJsonObject{{"name"_L1, u"etl"_s},
                                    {"tags"_L1, QJsonObject{{"a"_L1, u"1"_s}}},
                                    {"tasks"_L1, QJsonArray{task(u"a"_s), task(u"b"_s)}}});
    RawResponse response = fixture.post(
        u"/api/2.1/jobs/reset"_s,
        QJsonObject{{"job_id"_L1, id},
                    {"new_settings"_L1,
                     QJsonObject{{"name"_L1, u"etl2"_s}, {"tasks"_L1, QJsonArray{task(u"z"_s)}}}}});
    QCOMPARE(response.status, 200);
    const QJsonObject settings = get(fixture, id).value("settings"_L1).toObject();
    QCOMPARE(settings.value("name"_L1).toString(), u"etl2"_s);
    QVERIFY(!settings.contains("tags"_L1));
    QCOMPARE(keys(settings.value("tasks"_L1).toArray()), QStringList{u"z"_s});
    response = fixture.post(u"/api/2.1/jobs/reset"_s, QJsonObject{{"job_id"_L1, id}});
    QCOMPARE(response.status, 400);
}

void TestJobsApi::deleteJob()
{
    EmulatorFixture fixture;
    const qint64 id = create(fixture, QJsonObject{{"name"_L1, u"etl"_s}});
    QCOMPARE(fixture.post(u"/api/2.1/jobs/delete"_s, QJsonObject{{"job_id"_L1, id}}).status, 200);
    const RawResponse again =
        fixture.post(u"/api/2.1/jobs/delete"_s, QJsonObject{{"job_id"_L1, id}});
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json.value("message"_L1).toString(), u"Job %1 does not exist."_s.arg(id));
}

void TestJobsApi::missingJobKnob()
{
    EmulatorFixture fixture;
    const auto check = [&](int status, const QString &code) {
        const QList<RawResponse> answers{
            fixture.get(u"/api/2.2/jobs/get"_s, query({{u"job_id"_s, u"123"_s}})),
            fixture.post(u"/api/2.2/jobs/update"_s, QJsonObject{{"job_id"_L1, 123}}),
            fixture.post(u"/api/2.2/jobs/delete"_s, QJsonObject{{"job_id"_L1, 123}}),
            fixture.post(u"/api/2.2/jobs/run-now"_s, QJsonObject{{"job_id"_L1, 123}}),
            fixture.get(u"/api/2.2/jobs/runs/list"_s, query({{u"job_id"_s, u"123"_s}}))};
        for (const RawResponse &response : answers) {
            QCOMPARE(response.status, status);
            QCOMPARE(response.json.value("error_code"_L1).toString(), code);
            QCOMPARE(response.json.value("message"_L1).toString(), u"Job 123 does not exist."_s);
        }
    };
    check(400, u"INVALID_PARAMETER_VALUE"_s);
    fixture.emulator().jobsApi().setMissingJobStatus(
        JobsApi::MissingJobStatus::ResourceDoesNotExist404);
    check(404, u"RESOURCE_DOES_NOT_EXIST"_s);
}

void TestJobsApi::demoJobs()
{
    EmulatorFixture fixture(Seed::Demo);
    const QJsonArray jobs =
        fixture
            .get(u"/api/2.2/jobs/list"_s,
                 query({{u"limit"_s, u"100"_s}, {u"expand_tasks"_s, u"true"_s}}))
            .json.value("jobs"_L1)
            .toArray();
    QVERIFY(jobs.size() >= 12);
    bool madrid = false, paused = false, fileArrival = false, forEach = false, bigJob = false,
         parameters = false;
    for (const QJsonValue &value : jobs) {
        const QJsonObject settings = value.toObject().value("settings"_L1).toObject();
        const QJsonObject schedule = settings.value("schedule"_L1).toObject();
        madrid = madrid || schedule.value("timezone_id"_L1).toString() == "Europe/Madrid"_L1;
        paused = paused || schedule.value("pause_status"_L1).toString() == "PAUSED"_L1;
        fileArrival =
            fileArrival || settings.value("trigger"_L1).toObject().contains("file_arrival"_L1);
        parameters = parameters || !settings.value("parameters"_L1).toArray().isEmpty();
        bigJob = bigJob || value.toObject().value("has_more"_L1).toBool();
        for (const QJsonValue &t : settings.value("tasks"_L1).toArray())
            forEach = forEach || t.toObject().contains("for_each_task"_L1);
    }
    QVERIFY(madrid);
    QVERIFY(paused);
    QVERIFY(fileArrival);
    QVERIFY(forEach);
    QVERIFY(bigJob);
    QVERIFY(parameters);
    // The id above 2^53 is still exact on the wire.
    const RawResponse large = fixture.get(
        u"/api/2.2/jobs/get"_s, query({{u"job_id"_s, QString::number(DemoSeed::kLargeJobId)}}));
    QVERIFY(large.body.contains(R"("job_id":9007199254740993)"));
}

QTEST_GUILESS_MAIN(TestJobsApi)
#include "tst_jobsapi.moc"
