// The jobs area's pictures, offscreen: the task graph (selection by mouse
// and keys, run overlay), the run durations chart (bars, colours, clicks,
// empty state) and one run's timeline (rows, selection).

#include "app/jobs/rundurationschart.h"
#include "app/jobs/runtimelineview.h"
#include "app/jobs/taskgraphview.h"
#include "tests/gui/guitestutil.h"
#include "tests/jobs/jobsamples.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

QPalette darkPalette()
{
    QPalette pal;
    pal.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    pal.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    pal.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    pal.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    pal.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    pal.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xf0));
    pal.setColor(QPalette::HighlightedText, Qt::white);
    return pal;
}

QColor outcomeColor(RunStatus::Outcome outcome)
{
    return QColor::fromRgba(RunStatus::outcomeColor(outcome));
}

} // namespace

class TestJobsVisuals : public QObject
{
    Q_OBJECT

private slots:
    void graphSelectsByClickAndKeys();
    void graphShowsARun();
    void graphOfManyTasks();
    void chartBarsFollowTheRuns();
    void chartClickActivatesARun();
    void chartEmptyState();
    void timelineRowsAndSelection();
    void darkScreenshots();
};

void TestJobsVisuals::graphSelectsByClickAndKeys()
{
    TaskGraphView view;
    view.setJob(test::nightlyJob());
    view.resize(1180, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.accessibleName(), u"Task graph"_s);
    QVERIFY(view.accessibleDescription().contains(u"daily_report"_s));
    QVERIFY(view.accessibleDescription().contains(u"after refresh_sales_dlt, per_region"_s));

    // Every box is inside the view after the fit.
    for (const auto &node : view.graph().nodes())
        QVERIFY2(view.viewport()->rect().contains(view.taskRect(node.key)), qPrintable(node.key));

    QSignalSpy selected(&view, &TaskGraphView::taskSelected);
    QSignalSpy activated(&view, &TaskGraphView::taskActivated);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.taskRect(u"validate"_s).center());
    QCOMPARE(view.selectedTask(), u"validate"_s);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.last().first().toString(), u"validate"_s);

    // Right goes to the next layer, up and down move inside it.
    QTest::keyClick(&view, Qt::Key_Right);
    const QString first = view.selectedTask();
    QVERIFY2(first == u"refresh_sales_dlt"_s || first == u"per_region"_s, qPrintable(first));
    QTest::keyClick(&view, Qt::Key_Down);
    QTest::keyClick(&view, Qt::Key_Up);
    const QString top = view.selectedTask();
    QTest::keyClick(&view, Qt::Key_Down);
    QVERIFY(view.selectedTask() != top);
    QTest::keyClick(&view, Qt::Key_Down); // the bottom stays the bottom
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.selectedTask(), u"daily_report"_s);
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.selectedTask(), u"notify"_s);
    QTest::keyClick(&view, Qt::Key_Right); // the last layer: stays
    QCOMPARE(view.selectedTask(), u"notify"_s);
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(view.selectedTask(), u"ingest"_s);
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.last().first().toString(), u"ingest"_s);
    QVERIFY(view.accessibleDescription().contains(u"Selected: ingest."_s));

    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, view.taskRect(u"notify"_s).center());
    QCOMPARE(activated.last().first().toString(), u"notify"_s);

    // A refresh of the same job keeps the selection.
    view.setJob(test::nightlyJob());
    QCOMPARE(view.selectedTask(), u"notify"_s);
}

void TestJobsVisuals::graphShowsARun()
{
    TaskGraphView view;
    view.setJob(test::nightlyJob());
    QVERIFY(!view.taskStatusColor(u"ingest"_s).isValid());
    view.setRun(test::nightlyRun(), test::nightlyRunNow());
    QVERIFY(view.hasRun());
    view.resize(1180, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.taskStatusColor(u"ingest"_s), outcomeColor(RunStatus::Outcome::Succeeded));
    QCOMPARE(view.taskStatusColor(u"per_region"_s), outcomeColor(RunStatus::Outcome::Failed));
    QCOMPARE(view.taskStatusColor(u"daily_report"_s),
             outcomeColor(RunStatus::Outcome::UpstreamFailed));
    QCOMPARE(view.taskStatusColor(u"notify"_s), QColor::fromRgba(RunStatus::activeColor()));
    QVERIFY(view.accessibleDescription().contains(u"per_region"_s));
    QVERIFY(view.accessibleDescription().contains(u"Failed"_s));
    view.selectTask(u"per_region"_s);
    view.resize(1180, 300);
    view.zoomToFit();
    test::saveScreenshot(&view, u"jobs-task-graph"_s);

    view.clearRun();
    QVERIFY(!view.taskStatusColor(u"notify"_s).isValid());
}

void TestJobsVisuals::graphOfManyTasks()
{
    QJsonArray tasks{
        test::task(u"extract"_s,
                   {{u"notebook_task"_s, QJsonObject{{u"notebook_path"_s, u"/etl/extract"_s}}}})};
    for (int i = 0; i < 130; ++i) {
        tasks.append(test::task(
            u"table_%1"_s.arg(i, 3, 10, QChar(u'0')),
            {{u"sql_task"_s, QJsonObject{{u"query"_s, QJsonObject{{u"query_id"_s, u"q"_s}}}}}},
            {test::dep(u"extract"_s)}));
    }
    TaskGraphView view;
    view.resize(800, 500);
    view.setGraph(TaskGraph::fromTasks(tasks));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.graph().nodes().size(), 131);
    view.selectTask(u"table_129"_s);
    // Selecting scrolls the task into view.
    QVERIFY(view.viewport()->rect().intersects(view.taskRect(u"table_129"_s)));
}

void TestJobsVisuals::chartBarsFollowTheRuns()
{
    RunDurationsChart chart;
    chart.resize(900, 380);
    chart.setRuns(test::nightlyRuns(), test::nightlyRunNow());
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCOMPARE(chart.accessibleName(), u"Run durations"_s);
    QCOMPARE(chart.barCount(), 20);
    const QList<qint64> failed = test::failedNightlyRunIds();
    for (int i = 0; i < chart.barCount(); ++i) {
        const qint64 id = chart.shownPoints()[i].runId;
        QCOMPARE(id, 880000000000000 + i); // oldest first
        QCOMPARE(chart.barColor(i),
                 outcomeColor(failed.contains(id) ? RunStatus::Outcome::Failed
                                                  : RunStatus::Outcome::Succeeded));
    }
    QCOMPARE(chart.legendNames(), (QStringList{u"Succeeded"_s, u"Failed"_s}));
    QVERIFY(chart.barToolTip(6).contains(u"880000000000006"_s));
    QVERIFY(chart.barToolTip(6).contains(u"Failed"_s));
    QVERIFY(chart.trendText().contains(u"slower"_s));
    QVERIFY(chart.accessibleDescription().contains(u"880000000000019"_s));
    test::saveScreenshot(&chart, u"jobs-run-durations"_s);

    chart.setMaximumRuns(10);
    QCOMPARE(chart.barCount(), 10);
    QCOMPARE(chart.shownPoints().first().runId, 880000000000010);

    // A running run is a bar of its own colour and legend entry.
    QJsonArray withActive = test::nightlyRuns();
    withActive.prepend(
        QJsonObject{{u"run_id"_s, qint64(880000000000020)},
                    {u"start_time"_s, test::utcMs(2025, 12, 1, 2, 0)},
                    {u"state"_s, QJsonObject{{u"life_cycle_state"_s, u"RUNNING"_s}}}});
    chart.setRuns(withActive, test::nightlyRunNow());
    QCOMPARE(chart.barCount(), 10);
    QVERIFY(chart.shownPoints().last().running);
    QCOMPARE(chart.barColor(9), QColor::fromRgba(RunStatus::activeColor()));
    QCOMPARE(chart.legendNames().last(), u"Running"_s);
}

void TestJobsVisuals::chartClickActivatesARun()
{
    RunDurationsChart chart;
    chart.resize(900, 380);
    chart.setRuns(test::nightlyRuns(), test::nightlyRunNow());
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QSignalSpy activated(&chart, &RunDurationsChart::runActivated);
    for (int index : {5, 13}) {
        const QPoint centre = chart.barCenter(index);
        QVERIFY(chart.viewport()->rect().contains(centre));
        QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, centre);
        QTRY_COMPARE(activated.size(), index == 5 ? 1 : 2);
        QCOMPARE(activated.last().first().toLongLong(), 880000000000000 + index);
    }
}

void TestJobsVisuals::chartEmptyState()
{
    RunDurationsChart chart;
    chart.resize(600, 300);
    chart.setRuns({});
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCOMPARE(chart.barCount(), 0);
    QVERIFY(chart.legendNames().isEmpty());
    QCOMPARE(chart.accessibleDescription(), u"No runs yet."_s);
    QCOMPARE(chart.barCenter(0), QPoint());
    test::saveScreenshot(&chart, u"jobs-run-durations-empty"_s);
}

void TestJobsVisuals::timelineRowsAndSelection()
{
    RunTimelineView view;
    view.setRun(test::nightlyRun(), test::nightlyRunNow());
    view.resize(900, 260);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.accessibleName(), u"Task run timeline"_s);
    QCOMPARE(view.timeline().rows().size(), 6);
    QVERIFY(
        view.accessibleDescription().contains(u"daily_report: Upstream failed, not started."_s));

    // Bars sit in time: ingest first, per_region longer than validate,
    // daily_report (never started) has none.
    QVERIFY(!view.barRect(0).isEmpty());
    QVERIFY(view.barRect(2).width() > view.barRect(1).width());
    QVERIFY(view.barRect(1).left() >= view.barRect(0).right() - 1);
    QVERIFY(view.barRect(5).isEmpty());
    QVERIFY(view.rowToolTip(0).contains(u"Setup 1 min 35 s"_s));
    QVERIFY(view.rowToolTip(4).contains(u"Running for"_s));

    QSignalSpy selected(&view, &RunTimelineView::taskRunSelected);
    QSignalSpy activated(&view, &RunTimelineView::taskRunActivated);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.rowRect(2).center());
    QCOMPARE(view.currentRow(), 2);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.last().at(0).toLongLong(), 990000000000104);
    QCOMPARE(selected.last().at(1).toString(), u"per_region"_s);
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.currentRow(), 3);
    QCOMPARE(selected.last().at(1).toString(), u"refresh_sales_dlt"_s);
    QTest::keyClick(&view, Qt::Key_End);
    QCOMPARE(view.currentRow(), 5);
    QTest::keyClick(&view, Qt::Key_Down); // the last row stays
    QCOMPARE(view.currentRow(), 5);
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(view.currentRow(), 0);
    QTest::keyClick(&view, Qt::Key_Enter);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.last().at(1).toString(), u"ingest"_s);
    QVERIFY(view.accessibleDescription().contains(u"Selected: ingest."_s));

    // A refresh of the same run keeps the selected task run.
    view.setCurrentRow(2);
    view.setRun(test::nightlyRun(), test::nightlyRunNow() + 60'000);
    QCOMPARE(view.currentRow(), 2);
    view.resize(900, view.sizeHint().height());
    test::saveScreenshot(&view, u"jobs-run-timeline"_s);

    view.setRun({});
    QCOMPARE(view.currentRow(), -1);
    QVERIFY(view.rowRect(0).isNull());
}

void TestJobsVisuals::darkScreenshots()
{
    TaskGraphView graph;
    graph.setPalette(darkPalette());
    graph.setJob(test::nightlyJob());
    graph.setRun(test::nightlyRun(), test::nightlyRunNow());
    graph.resize(1180, 300);
    graph.show();
    QVERIFY(QTest::qWaitForWindowExposed(&graph));
    test::saveScreenshot(&graph, u"jobs-task-graph-dark"_s);

    RunDurationsChart chart;
    chart.setPalette(darkPalette());
    chart.setRuns(test::nightlyRuns(), test::nightlyRunNow());
    chart.resize(900, 380);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCOMPARE(chart.chart()->theme(), QChart::ChartThemeDark);
    // The theme change must not take the outcome colours away.
    QCOMPARE(chart.barColor(6), outcomeColor(RunStatus::Outcome::Failed));
    test::saveScreenshot(&chart, u"jobs-run-durations-dark"_s);

    RunTimelineView timeline;
    timeline.setPalette(darkPalette());
    timeline.setRun(test::nightlyRun(), test::nightlyRunNow());
    timeline.resize(900, timeline.sizeHint().height());
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    test::saveScreenshot(&timeline, u"jobs-run-timeline-dark"_s);
}

QTEST_MAIN(TestJobsVisuals)
#include "tst_jobsvisuals.moc"
