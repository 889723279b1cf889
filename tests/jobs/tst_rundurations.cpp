// Run durations for the chart: which field gives the duration, the order of
// the points and the trend facts.

#include "core/jobs/rundurations.h"
#include "tests/jobs/jobsamples.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

QJsonObject run(qint64 id, qint64 start, qint64 end, const QJsonObject &extra = {})
{
    QJsonObject r = extra;
    r.insert(u"run_id"_s, id);
    r.insert(u"start_time"_s, start);
    r.insert(u"end_time"_s, end);
    if (!r.contains(u"state"_s))
        r.insert(u"state"_s, test::finishedState(u"SUCCESS"_s));
    return r;
}

RunDurations::Point point(qint64 id, qint64 durationMs, bool failed = false, bool running = false)
{
    RunDurations::Point p;
    p.runId = id;
    p.startMs = id * 1000;
    p.durationMs = durationMs;
    p.running = running;
    p.status = RunStatus::fromRun(
        {{u"state"_s, running ? QJsonObject{{u"life_cycle_state"_s, u"RUNNING"_s}}
                              : test::finishedState(failed ? u"FAILED"_s : u"SUCCESS"_s)}});
    return p;
}

} // namespace

class TestRunDurations : public QObject
{
    Q_OBJECT

private slots:
    void durationRules_data();
    void durationRules();
    void pointsOldestFirst();
    void trendOfTheNightlyRuns();
    void trendLeavesRunningRunsOut();
    void trendWithFewRuns();
    void formatting_data();
    void formatting();
};

void TestRunDurations::durationRules_data()
{
    QTest::addColumn<QJsonObject>("run");
    QTest::addColumn<qint64>("duration");
    QTest::addColumn<bool>("running");
    const qint64 now = 1'000'000;

    QTest::newRow("run_duration wins")
        << run(1, 1000, 9000,
               {{u"run_duration"_s, 5000}, {u"setup_duration"_s, 1}, {u"execution_duration"_s, 2}})
        << qint64(5000) << false;
    QTest::newRow("phases when no run_duration") << run(1, 1000, 90000,
                                                        {{u"setup_duration"_s, 1000},
                                                         {u"execution_duration"_s, 20000},
                                                         {u"cleanup_duration"_s, 500}})
                                                 << qint64(21500) << false;
    // Multi-task runs send zeros for the phases: end - start then.
    QTest::newRow("multi-task zeros")
        << run(1, 1000, 61000,
               {{u"setup_duration"_s, 0}, {u"execution_duration"_s, 0}, {u"cleanup_duration"_s, 0}})
        << qint64(60000) << false;
    QTest::newRow("active so far")
        << run(1, 400'000, 0, {{u"state"_s, QJsonObject{{u"life_cycle_state"_s, u"RUNNING"_s}}}})
        << qint64(now - 400'000) << true;
    // A run that is active by its status is "so far" even with a run_duration.
    QTest::newRow("active by status")
        << run(1, 500'000, 0,
               {{u"status"_s, QJsonObject{{u"state"_s, u"QUEUED"_s}}}, {u"run_duration"_s, 7}})
        << qint64(now - 500'000) << true;
    QTest::newRow("no end, unknown state")
        << run(1, 900'000, 0, {{u"state"_s, QJsonObject{}}}) << qint64(100'000) << true;
    QTest::newRow("nothing known")
        << run(1, 1000, 0, {{u"state"_s, test::finishedState(u"FAILED"_s)}}) << qint64(0) << false;
}

void TestRunDurations::durationRules()
{
    QFETCH(QJsonObject, run);
    QFETCH(qint64, duration);
    QFETCH(bool, running);
    bool isRunning = !running;
    QCOMPARE(RunDurations::durationOf(run, 1'000'000, &isRunning), duration);
    QCOMPARE(isRunning, running);
}

void TestRunDurations::pointsOldestFirst()
{
    const QJsonArray runs{
        run(30, 3000, 4000), run(20, 2000, 2500), run(10, 2000, 2600), // same start: by run id
        run(40, 0, 0),                                                 // never started: left out
    };
    const QList<RunDurations::Point> points = RunDurations::fromRuns(runs, 10'000);
    QCOMPARE(points.size(), 3);
    QCOMPARE(points[0].runId, 10);
    QCOMPARE(points[1].runId, 20);
    QCOMPARE(points[2].runId, 30);
    QCOMPARE(points[0].durationMs, 600);
    QCOMPARE(points[2].status.outcome(), RunStatus::Outcome::Succeeded);

    const QList<RunDurations::Point> nightly =
        RunDurations::fromRuns(test::nightlyRuns(), test::nightlyRunNow());
    QCOMPARE(nightly.size(), 20);
    QCOMPARE(nightly.first().runId, 880000000000000);
    QCOMPARE(nightly.last().runId, 880000000000019);
    int failed = 0;
    for (const auto &p : nightly) {
        QVERIFY(!p.running);
        failed += p.status.isFailure() ? 1 : 0;
    }
    QCOMPARE(failed, 3);
}

void TestRunDurations::trendOfTheNightlyRuns()
{
    const auto points = RunDurations::fromRuns(test::nightlyRuns(), test::nightlyRunNow());
    const RunDurations::Trend trend = RunDurations::trend(points);
    QCOMPARE(trend.recentCount, 10);
    QCOMPARE(trend.previousCount, 10);
    QVERIFY(trend.recentMedianMs > trend.previousMedianMs);
    QVERIFY(trend.change() > 0.2);
    QCOMPARE(trend.failureWindow, 20);
    QCOMPARE(trend.failures, 3);
    const QString text = RunDurations::trendText(trend);
    QVERIFY2(text.contains(u"slower"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Failed: 3 of the last 20."_s), qPrintable(text));
}

void TestRunDurations::trendLeavesRunningRunsOut()
{
    // Medians of 1..5 s and 10..14 s, oldest first; the running run last.
    QList<RunDurations::Point> points;
    for (int i = 0; i < 5; ++i)
        points.append(point(i, (1 + i) * 1000));
    for (int i = 0; i < 5; ++i)
        points.append(point(10 + i, (10 + i) * 1000, i == 4));
    points.append(point(99, 50, false, true));
    const RunDurations::Trend trend = RunDurations::trend(points, 5, 3);
    QCOMPARE(trend.recentCount, 5);
    QCOMPARE(trend.recentMedianMs, 12000);
    QCOMPARE(trend.previousMedianMs, 3000);
    QCOMPARE(trend.change(), 3.0);
    QCOMPARE(trend.failureWindow, 3);
    QCOMPARE(trend.failures, 1);
}

void TestRunDurations::trendWithFewRuns()
{
    QCOMPARE(RunDurations::trendText(RunDurations::trend({})), u"No runs yet."_s);
    const RunDurations::Trend one = RunDurations::trend({point(1, 4000), point(2, 6000)});
    QCOMPARE(one.recentCount, 2);
    QCOMPARE(one.recentMedianMs, 5000); // even count: the mean of the middle two
    QVERIFY(!one.hasComparison());
    QCOMPARE(one.change(), 0.0);
    QCOMPARE(RunDurations::trendText(one),
             u"Median of the last 2: 5 s. Failed: 0 of the last 2."_s);
}

void TestRunDurations::formatting_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("ms") << qint64(850) << u"850 ms"_s;
    QTest::newRow("s") << qint64(42'400) << u"42 s"_s;
    QTest::newRow("min") << qint64(180'000) << u"3 min"_s;
    QTest::newRow("min s") << qint64(200'000) << u"3 min 20 s"_s;
    QTest::newRow("h") << qint64(3'900'000) << u"1 h 05 min"_s;
    QTest::newRow("d") << qint64(97'200'000) << u"1 d 3 h"_s;
    QTest::newRow("negative") << qint64(-5) << u"0 ms"_s;
}

void TestRunDurations::formatting()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(RunDurations::formatDuration(ms), text);
}

QTEST_GUILESS_MAIN(TestRunDurations)
#include "tst_rundurations.moc"
