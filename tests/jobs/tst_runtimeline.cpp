// One run's task runs in time: rows, their order, the ends of running task
// runs and the span of the whole run.

#include "core/jobs/runtimeline.h"
#include "tests/jobs/jobsamples.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

class TestRunTimeline : public QObject
{
    Q_OBJECT

private slots:
    void rowsOfTheNightlyRun();
    void orderedByStartThenKey();
    void emptyRun();
};

void TestRunTimeline::rowsOfTheNightlyRun()
{
    const qint64 now = test::nightlyRunNow();
    const RunTimeline timeline = RunTimeline::fromRun(test::nightlyRun(), now);
    QCOMPARE(timeline.rows().size(), 6);
    QStringList keys;
    for (const auto &row : timeline.rows())
        keys.append(row.taskKey);
    // per_region and refresh_sales_dlt start together: by key. The task run
    // that never started goes last.
    QCOMPARE(keys, (QStringList{u"ingest"_s, u"validate"_s, u"per_region"_s, u"refresh_sales_dlt"_s,
                                u"notify"_s, u"daily_report"_s}));

    const RunTimeline::Row &ingest = timeline.rows()[0];
    QCOMPARE(ingest.taskRunId, 990000000000101);
    QCOMPARE(ingest.durationMs(), 372000);
    QVERIFY(ingest.hasPhases());
    QCOMPARE(ingest.setupMs, 95000);
    QCOMPARE(ingest.executionMs, 270000);
    QCOMPARE(ingest.cleanupMs, 7000);
    QCOMPARE(ingest.status.outcome(), RunStatus::Outcome::Succeeded);
    QVERIFY(!ingest.running);

    const RunTimeline::Row &perRegion = timeline.rows()[2];
    QCOMPARE(perRegion.status.outcome(), RunStatus::Outcome::Failed);
    QVERIFY(!perRegion.hasPhases());

    const RunTimeline::Row &notify = timeline.rows()[4];
    QVERIFY(notify.running);
    QCOMPARE(notify.endMs, now);
    QCOMPARE(notify.status.phase(), RunStatus::Phase::Running);

    const RunTimeline::Row &report = timeline.rows()[5];
    QVERIFY(!report.started());
    QCOMPARE(report.durationMs(), 0);
    QCOMPARE(report.status.outcome(), RunStatus::Outcome::UpstreamFailed);

    QCOMPARE(timeline.spanStartMs(), test::utcMs(2025, 12, 1, 2, 0));
    QCOMPARE(timeline.spanEndMs(), now);
}

void TestRunTimeline::orderedByStartThenKey()
{
    const auto taskRun = [](const QString &key, qint64 id, qint64 start, qint64 end, int attempt) {
        return QJsonObject{
            {u"task_key"_s, key},           {u"run_id"_s, id},
            {u"start_time"_s, start},       {u"end_time"_s, end},
            {u"attempt_number"_s, attempt}, {u"state"_s, test::finishedState(u"SUCCESS"_s)}};
    };
    const QJsonObject run{
        {u"start_time"_s, 500},
        {u"end_time"_s, 9000},
        {u"tasks"_s, QJsonArray{taskRun(u"b"_s, 2, 1000, 2000, 0),
                                taskRun(u"a"_s, 3, 1000, 1500, 1), taskRun(u"a"_s, 1, 800, 900, 0),
                                // An end before the start is read as a zero-length bar.
                                taskRun(u"c"_s, 4, 3000, 10, 0)}},
    };
    const RunTimeline timeline = RunTimeline::fromRun(run, 99999);
    QCOMPARE(timeline.rows().size(), 4);
    QCOMPARE(timeline.rows()[0].taskRunId, 1);
    QCOMPARE(timeline.rows()[1].taskRunId, 3);
    QCOMPARE(timeline.rows()[1].attempt, 1);
    QCOMPARE(timeline.rows()[2].taskRunId, 2);
    QCOMPARE(timeline.rows()[3].durationMs(), 0);
    QCOMPARE(timeline.spanStartMs(), 500); // the run started before its tasks
    QCOMPARE(timeline.spanEndMs(), 9000);
}

void TestRunTimeline::emptyRun()
{
    const RunTimeline timeline = RunTimeline::fromRun({}, 1000);
    QVERIFY(timeline.isEmpty());
    QCOMPARE(timeline.spanStartMs(), 0);
    QCOMPARE(timeline.spanEndMs(), 0);
}

QTEST_GUILESS_MAIN(TestRunTimeline)
#include "tst_runtimeline.moc"
