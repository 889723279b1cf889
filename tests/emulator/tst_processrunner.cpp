// ProcessRunner on the EmulatorClock: timed states, --time-scale, cancel and
// jump, several processes at once. Time moves through the clock's advance
// API, never through sleeps.
#include "core/emulator/emulator.h"
#include "core/emulator/emulatorclock.h"
#include "core/emulator/processrunner.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace brickdesk::emulator;

namespace {

// A cluster's life: PENDING 20 s, RUNNING until terminated, TERMINATING 5 s.
QList<ProcessStep> clusterSteps(QStringList *entered = nullptr)
{
    const auto log = [entered](const QString &state) {
        return [entered, state] {
            if (entered)
                entered->append(state);
        };
    };
    return {{u"PENDING"_s, 20s, log(u"PENDING"_s)},
            {u"RUNNING"_s, ProcessStep::kUntilJumped, log(u"RUNNING"_s)},
            {u"TERMINATING"_s, 5s, log(u"TERMINATING"_s)},
            {u"TERMINATED"_s, 0ms, log(u"TERMINATED"_s)}};
}

QList<ProcessStep> twoSteps()
{
    return {{u"PENDING"_s, 20s}, {u"RUNNING"_s}};
}

} // namespace

class TestProcessRunner : public QObject
{
    Q_OBJECT
private slots:
    void statesAdvanceWithTheClock();
    void timeScaleShortensRealTime_data();
    void timeScaleShortensRealTime();
    void realTimeTimerUsesTheScale();
    void scaleChangeKeepsNowContinuous();
    void cancelStopsCallbacks();
    void jumpToTerminates();
    void restartReplacesTheOldProcess();
    void severalProcessesInTimeOrder();
    void callbacksChainProcessesExactly();
    void emulatorOwnsARunner();
    void parseTimeScale_data();
    void parseTimeScale();
    void parseTimeScaleRejects_data();
    void parseTimeScaleRejects();
};

void TestProcessRunner::statesAdvanceWithTheClock()
{
    EmulatorClock clock;
    clock.setFrozen(true);
    ProcessRunner runner(clock);
    QSignalSpy changed(&runner, &ProcessRunner::stateChanged);
    QStringList entered;
    QStringList reported;
    runner.start(u"c1"_s, clusterSteps(&entered),
                 [&reported](const QString &id, const QString &state) {
                     QCOMPARE(id, u"c1"_s);
                     reported.append(state);
                 });
    // The first state is entered at once.
    QCOMPARE(runner.state(u"c1"_s), u"PENDING"_s);
    QCOMPARE(entered, QStringList{u"PENDING"_s});
    QCOMPARE(reported, QStringList{u"PENDING"_s});
    QCOMPARE(changed.size(), 1);
    QVERIFY(!runner.isSettled(u"c1"_s));

    clock.advance(19'999);
    QCOMPARE(runner.state(u"c1"_s), u"PENDING"_s);
    clock.advance(1);
    QCOMPARE(runner.state(u"c1"_s), u"RUNNING"_s);
    QCOMPARE(entered, (QStringList{u"PENDING"_s, u"RUNNING"_s}));
    QCOMPARE(reported, entered);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(0).toString(), u"c1"_s);
    QCOMPARE(changed.at(1).at(1).toString(), u"RUNNING"_s);

    // RUNNING lasts until jumped out of, however long the clock runs.
    clock.advance(24 * 3600 * 1000);
    QCOMPARE(runner.state(u"c1"_s), u"RUNNING"_s);
    QCOMPARE(changed.size(), 2);

    QVERIFY(runner.state(u"unknown"_s).isEmpty());
    QVERIFY(!runner.contains(u"unknown"_s));
    QCOMPARE(runner.ids(), QStringList{u"c1"_s});
}

void TestProcessRunner::timeScaleShortensRealTime_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<qint64>("realBefore"); // real ms at which PENDING still holds
    QTest::addColumn<qint64>("realAt");     // real ms at which RUNNING is reached

    QTest::newRow("1") << 1.0 << qint64(19'999) << qint64(20'000);
    QTest::newRow("4") << 4.0 << qint64(4'999) << qint64(5'000);
    QTest::newRow("10") << 10.0 << qint64(1'999) << qint64(2'000);
    QTest::newRow("1000") << 1000.0 << qint64(19) << qint64(20);
    QTest::newRow("0.5") << 0.5 << qint64(39'998) << qint64(40'000);
}

void TestProcessRunner::timeScaleShortensRealTime()
{
    QFETCH(double, scale);
    QFETCH(qint64, realBefore);
    QFETCH(qint64, realAt);

    EmulatorClock clock;
    clock.setFrozen(true);
    clock.setScale(scale);
    QCOMPARE(clock.scale(), scale);
    // 20 s of emulated time are 20/N s of real time.
    QCOMPARE(clock.realMsFor(20'000), realAt);

    ProcessRunner runner(clock);
    runner.start(u"c"_s, twoSteps());
    const qint64 started = clock.now();
    clock.advanceReal(realBefore);
    QCOMPARE(runner.state(u"c"_s), u"PENDING"_s);
    clock.advanceReal(realAt - realBefore);
    QCOMPARE(runner.state(u"c"_s), u"RUNNING"_s);
    QVERIFY(runner.isSettled(u"c"_s));
    QCOMPARE(clock.now() - started, 20'000);
}

void TestProcessRunner::realTimeTimerUsesTheScale()
{
    // A running clock: the runner's own timer enters RUNNING after 20 s of
    // emulated time, which at scale 1000 is 20 ms of real time.
    EmulatorClock clock;
    clock.setScale(1000);
    ProcessRunner runner(clock);
    QElapsedTimer elapsed;
    elapsed.start();
    runner.start(u"c"_s, twoSteps());
    QCOMPARE(runner.state(u"c"_s), u"PENDING"_s);
    QTRY_COMPARE_WITH_TIMEOUT(runner.state(u"c"_s), u"RUNNING"_s, 10'000);
    // Not early (the wall clock and the monotonic clock may differ by a
    // millisecond or two).
    QVERIFY2(elapsed.elapsed() >= 18, qPrintable(QString::number(elapsed.elapsed())));
}

void TestProcessRunner::scaleChangeKeepsNowContinuous()
{
    EmulatorClock clock;
    clock.setFrozen(true);
    const qint64 frozen = clock.now();
    clock.setScale(50);
    QCOMPARE(clock.now(), frozen);
    clock.advanceReal(10);
    QCOMPARE(clock.now(), frozen + 500);
    clock.advance(1);
    QCOMPARE(clock.now(), frozen + 501);

    // Unfrozen, neither a rescale nor unfreezing makes time jump or rewind.
    clock.setFrozen(false);
    const qint64 before = clock.now();
    QVERIFY(before >= frozen + 501);
    clock.setScale(1);
    const qint64 after = clock.now();
    QVERIFY(after >= before);
    QVERIFY2(after - before < 5'000, qPrintable(QString::number(after - before)));

    // Invalid scales are ignored.
    clock.setScale(0);
    clock.setScale(-2);
    QCOMPARE(clock.scale(), 1.0);
}

void TestProcessRunner::cancelStopsCallbacks()
{
    EmulatorClock clock;
    clock.setFrozen(true);
    ProcessRunner runner(clock);
    QStringList entered;
    runner.start(u"c"_s, clusterSteps(&entered));
    runner.start(u"other"_s, twoSteps());
    clock.advance(10'000);
    runner.cancel(u"c"_s);
    QVERIFY(!runner.contains(u"c"_s));
    QVERIFY(runner.state(u"c"_s).isEmpty());
    QSignalSpy changed(&runner, &ProcessRunner::stateChanged);
    clock.advance(60'000);
    QCOMPARE(entered, QStringList{u"PENDING"_s});
    // The other process went on.
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), u"other"_s);
    QCOMPARE(runner.state(u"other"_s), u"RUNNING"_s);
    runner.cancel(u"never-started"_s); // harmless

    runner.clear();
    QVERIFY(runner.ids().isEmpty());
}

void TestProcessRunner::jumpToTerminates()
{
    EmulatorClock clock;
    clock.setFrozen(true);
    ProcessRunner runner(clock);
    QStringList entered;
    runner.start(u"c"_s, clusterSteps(&entered));
    clock.advance(20'000);
    QCOMPARE(runner.state(u"c"_s), u"RUNNING"_s);

    QVERIFY(runner.jumpTo(u"c"_s, u"TERMINATING"_s));
    QCOMPARE(runner.state(u"c"_s), u"TERMINATING"_s);
    clock.advance(4'999);
    QCOMPARE(runner.state(u"c"_s), u"TERMINATING"_s);
    clock.advance(1);
    QCOMPARE(runner.state(u"c"_s), u"TERMINATED"_s);
    QVERIFY(runner.isSettled(u"c"_s));
    QCOMPARE(entered, (QStringList{u"PENDING"_s, u"RUNNING"_s, u"TERMINATING"_s, u"TERMINATED"_s}));

    // Terminating a cluster that is still starting times from the jump.
    entered.clear();
    runner.start(u"d"_s, clusterSteps(&entered));
    clock.advance(7'000);
    QVERIFY(runner.jumpTo(u"d"_s, u"TERMINATING"_s));
    clock.advance(13'000); // PENDING would have ended here; it no longer counts
    QCOMPARE(runner.state(u"d"_s), u"TERMINATED"_s);
    QCOMPARE(entered, (QStringList{u"PENDING"_s, u"TERMINATING"_s, u"TERMINATED"_s}));

    QVERIFY(!runner.jumpTo(u"d"_s, u"EXPLODED"_s));
    QVERIFY(!runner.jumpTo(u"unknown"_s, u"RUNNING"_s));
}

void TestProcessRunner::restartReplacesTheOldProcess()
{
    EmulatorClock clock;
    clock.setFrozen(true);
    ProcessRunner runner(clock);
    QStringList oldReports;
    runner.start(u"r"_s, twoSteps(), [&oldReports](const QString &, const QString &state) {
        oldReports.append(state);
    });
    clock.advance(10'000);
    QStringList newReports;
    runner.start(
        u"r"_s, {{u"QUEUED"_s, 3s}, {u"PENDING"_s, 20s}, {u"RUNNING"_s}},
        [&newReports](const QString &, const QString &state) { newReports.append(state); });
    clock.advance(10'000); // the old PENDING would have ended here
    QCOMPARE(oldReports, QStringList{u"PENDING"_s});
    QCOMPARE(runner.state(u"r"_s), u"PENDING"_s);
    clock.advance(13'000);
    QCOMPARE(newReports, (QStringList{u"QUEUED"_s, u"PENDING"_s, u"RUNNING"_s}));
}

void TestProcessRunner::severalProcessesInTimeOrder()
{
    EmulatorClock clock;
    clock.setFrozen(true);
    ProcessRunner runner(clock);
    QStringList order;
    const auto note = [&order](const QString &id, const QString &state) {
        order.append(id + u':' + state);
    };
    runner.start(u"a"_s, {{u"X"_s, 10s}, {u"Y"_s, 10s}, {u"Z"_s}}, note);
    runner.start(u"b"_s, {{u"P"_s, 5s}, {u"Q"_s, 12s}, {u"R"_s}}, note);
    runner.start(u"c"_s, {{u"S"_s, 10s}, {u"T"_s}}, note);

    clock.advance(15'000);
    QCOMPARE(runner.state(u"a"_s), u"Y"_s);
    QCOMPARE(runner.state(u"b"_s), u"Q"_s);
    QCOMPARE(runner.state(u"c"_s), u"T"_s);

    // One advance across several deadlines: steps are entered in emulated
    // time order (ties in start order), each timed from its own deadline.
    clock.advance(100'000);
    QCOMPARE(order, (QStringList{u"a:X"_s, u"b:P"_s, u"c:S"_s, u"b:Q"_s, u"a:Y"_s, u"c:T"_s,
                                 u"b:R"_s, u"a:Z"_s}));
    QVERIFY(runner.isSettled(u"a"_s));
    QVERIFY(runner.isSettled(u"b"_s));
    QVERIFY(runner.isSettled(u"c"_s));
    QCOMPARE(runner.ids(), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
}

void TestProcessRunner::callbacksChainProcessesExactly()
{
    // A job run: when task 1 ends, task 2 starts, from a callback, at the
    // moment task 1 ended even when one advance() covers both.
    EmulatorClock clock;
    clock.setFrozen(true);
    ProcessRunner runner(clock);
    const qint64 t0 = clock.now();
    qint64 task2Done = 0;
    runner.start(u"task1"_s, {{u"RUNNING"_s, 30s}, {u"SUCCESS"_s, 0ms, [&] {
                                                        runner.start(u"task2"_s,
                                                                     {{u"RUNNING"_s, 40s},
                                                                      {u"SUCCESS"_s, 0ms, [&] {
                                                                           task2Done = clock.now();
                                                                       }}});
                                                    }}});
    clock.advance(69'999);
    QCOMPARE(runner.state(u"task2"_s), u"RUNNING"_s);
    clock.advance(1);
    QCOMPARE(runner.state(u"task2"_s), u"SUCCESS"_s);
    QCOMPARE(task2Done, t0 + 70'000);

    // A callback may cancel its own process.
    runner.start(u"once"_s,
                 {{u"A"_s, 1s}, {u"B"_s, 1s, [&] { runner.cancel(u"once"_s); }}, {u"C"_s}});
    clock.advance(5'000);
    QVERIFY(!runner.contains(u"once"_s));
}

void TestProcessRunner::emulatorOwnsARunner()
{
    Emulator emulator;
    emulator.clock().setFrozen(true);
    emulator.processes().start(u"c"_s, twoSteps());
    emulator.clock().advance(20'000);
    QCOMPARE(emulator.processes().state(u"c"_s), u"RUNNING"_s);
    // New content, no processes from the old; the demo's clusters, its
    // running job and its running pipeline update run their own.
    emulator.seed(Seed::Demo);
    QVERIFY(!emulator.processes().contains(u"c"_s));
    for (const QString &id : emulator.processes().ids())
        QVERIFY2(id.startsWith("cluster"_L1) || id.startsWith("job-"_L1) ||
                     id.startsWith("pipeline-update/"_L1),
                 qPrintable(id));
    emulator.seed(Seed::Empty);
    QVERIFY(emulator.processes().ids().isEmpty());
}

void TestProcessRunner::parseTimeScale_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("scale");
    QTest::newRow("default") << u"1"_s << 1.0;
    QTest::newRow("integer") << u"60"_s << 60.0;
    QTest::newRow("decimal") << u"0.5"_s << 0.5;
    QTest::newRow("fraction") << u"1/4"_s << 0.25;
    QTest::newRow("spaces") << u" 10 "_s << 10.0;
    QTest::newRow("exponent") << u"1e3"_s << 1000.0;
}

void TestProcessRunner::parseTimeScale()
{
    QFETCH(QString, text);
    QFETCH(double, scale);
    QString error;
    const auto parsed = EmulatorClock::parseScale(text, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(*parsed, scale);
    QVERIFY(error.isEmpty());
}

void TestProcessRunner::parseTimeScaleRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << u"0"_s;
    QTest::newRow("negative") << u"-2"_s;
    QTest::newRow("zero fraction") << u"0/5"_s;
    QTest::newRow("divide by zero") << u"1/0"_s;
    QTest::newRow("word") << u"fast"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("infinite") << u"inf"_s;
    QTest::newRow("nan") << u"nan"_s;
}

void TestProcessRunner::parseTimeScaleRejects()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!EmulatorClock::parseScale(text, &error));
    QVERIFY2(error.contains(u"time scale"_s), qPrintable(error));
    QVERIFY2(error.contains(u"greater than 0"_s), qPrintable(error));
    if (!text.isEmpty())
        QVERIFY2(error.contains(text), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestProcessRunner)
#include "tst_processrunner.moc"
