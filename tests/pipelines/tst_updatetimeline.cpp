// The update timeline: UpdateTimeline::fromEvents on hand-written event
// lists, on the demo's failed update read over HTTP through the event log
// model, and the view that draws it (offscreen).
#include "app/pipelines/updatetimelineview.h"
#include "core/pipelines/pipelineevent.h"
#include "core/pipelines/pipelineeventsmodel.h"
#include "core/pipelines/updatetimeline.h"
#include "tests/support/testworkspace.h"

#include <QImage>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

constexpr qint64 kT0 = 1'700'000'000'000;
constexpr qint64 kS = 1000;

const QString kRaw = u"main.sales.orders_raw"_s;
const QString kCustomers = u"main.sales.customers_dim"_s;
const QString kEnriched = u"main.sales.orders_enriched"_s;
const QString kAnalysis = u"org.apache.spark.sql.AnalysisException"_s;

PipelineEvent updateEvent(qint64 atS, const QString &state, const QString &level = u"INFO"_s)
{
    PipelineEvent event;
    event.timeMs = kT0 + atS * kS;
    event.level = level;
    event.eventType = u"update_progress"_s;
    event.progressState = state;
    event.message = u"Update 6fc8a0 is %1."_s.arg(state);
    return event;
}

PipelineEvent flowEvent(qint64 atS, const QString &flow, const QString &status,
                        const QString &level = u"INFO"_s)
{
    PipelineEvent event;
    event.timeMs = kT0 + atS * kS;
    event.level = level;
    event.eventType = u"flow_progress"_s;
    event.flowName = flow;
    event.datasetName = flow;
    event.progressState = status;
    event.message = u"Flow '%1' is %2."_s.arg(flow, status);
    return event;
}

// Queued 2 s, waiting 40 s, initializing 15 s, setting up 10 s, running
// 33 s: orders_raw completes, customers_dim fails, orders_enriched is
// skipped, and the update fails at 100 s.
QList<PipelineEvent> failedUpdate()
{
    QList<PipelineEvent> events{updateEvent(0, u"QUEUED"_s),
                                updateEvent(2, u"WAITING_FOR_RESOURCES"_s),
                                updateEvent(42, u"INITIALIZING"_s),
                                updateEvent(57, u"SETTING_UP_TABLES"_s),
                                updateEvent(67, u"RUNNING"_s),
                                flowEvent(67, kRaw, u"QUEUED"_s),
                                flowEvent(67, kCustomers, u"QUEUED"_s),
                                flowEvent(67, kEnriched, u"QUEUED"_s),
                                flowEvent(68, kRaw, u"STARTING"_s),
                                flowEvent(70, kRaw, u"RUNNING"_s)};
    PipelineEvent completed = flowEvent(90, kRaw, u"COMPLETED"_s);
    completed.outputRows = 1000;
    events.append(completed);
    events.append(flowEvent(90, kCustomers, u"STARTING"_s));
    events.append(flowEvent(92, kCustomers, u"RUNNING"_s));
    PipelineEvent failed = flowEvent(100, kCustomers, u"FAILED"_s, u"ERROR"_s);
    failed.exceptions = {{kAnalysis, u"[TABLE_OR_VIEW_NOT_FOUND] customers_raw"_s}};
    events.append(failed);
    events.append(flowEvent(100, kEnriched, u"SKIPPED"_s, u"WARN"_s));
    PipelineEvent end = updateEvent(100, u"FAILED"_s, u"ERROR"_s);
    end.fatal = true;
    end.exceptions = failed.exceptions;
    events.append(end);
    return events;
}

QStringList phaseNames(const UpdateTimeline &timeline)
{
    QStringList names;
    for (const UpdateTimeline::Span &phase : timeline.phases)
        names.append(phase.name);
    return names;
}

QStringList flowNames(const UpdateTimeline &timeline)
{
    QStringList names;
    for (const UpdateTimeline::Span &flow : timeline.flows)
        names.append(flow.name);
    return names;
}

UpdateTimeline withFlows(int count)
{
    QList<PipelineEvent> events{updateEvent(0, u"RUNNING"_s)};
    for (int i = 0; i < count; ++i) {
        const QString flow = u"main.sales.flow_%1"_s.arg(i);
        events.append(flowEvent(0, flow, u"QUEUED"_s));
        events.append(flowEvent(10 * i + 1, flow, u"RUNNING"_s));
        events.append(flowEvent(10 * i + 10, flow, u"COMPLETED"_s));
    }
    events.append(updateEvent(10 * count + 10, u"COMPLETED"_s));
    return UpdateTimeline::fromEvents(events, kT0 + 3600 * kS);
}

} // namespace

class TestUpdateTimeline : public QObject
{
    Q_OBJECT

private slots:
    void phasesInOrderWithDurations();
    void flowsWithQueuedRunningAndEnd();
    void failedFlowHasItsErrorMarker();
    void ongoingUpdateRunsToNow();
    void newestFirstGivesTheSameTimeline();
    void summaryInWords();
    void demoFailedUpdateOverHttp();
    void viewGrowsWithRows();
    void viewDescribesAndExplains();
    void viewKeyboard();
    void viewEmpty();
};

void TestUpdateTimeline::phasesInOrderWithDurations()
{
    const UpdateTimeline timeline = UpdateTimeline::fromEvents(failedUpdate(), kT0 + 3600 * kS);
    QCOMPARE(phaseNames(timeline),
             (QStringList{u"QUEUED"_s, u"WAITING_FOR_RESOURCES"_s, u"INITIALIZING"_s,
                          u"SETTING_UP_TABLES"_s, u"RUNNING"_s}));
    const QList<qint64> durations{2, 40, 15, 10, 33};
    for (int i = 0; i < durations.size(); ++i) {
        const UpdateTimeline::Span &phase = timeline.phases.at(i);
        QCOMPARE(phase.endMs - phase.startMs, durations.at(i) * kS);
        QVERIFY(!phase.ongoing);
    }
    // Each phase ends where the next begins.
    for (int i = 1; i < timeline.phases.size(); ++i)
        QCOMPARE(timeline.phases.at(i).startMs, timeline.phases.at(i - 1).endMs);
    QCOMPARE(timeline.phases.last().state, u"FAILED"_s);
    QCOMPARE(timeline.finalState, u"FAILED"_s);
    QCOMPARE(timeline.startMs, kT0);
    QCOMPARE(timeline.durationMs(), 100 * kS);
}

void TestUpdateTimeline::flowsWithQueuedRunningAndEnd()
{
    const UpdateTimeline timeline = UpdateTimeline::fromEvents(failedUpdate(), kT0 + 3600 * kS);
    QCOMPARE(flowNames(timeline), (QStringList{kRaw, kCustomers, kEnriched}));
    const UpdateTimeline::Span &raw = timeline.flows.at(0);
    QCOMPARE(raw.startMs, kT0 + 67 * kS);
    QCOMPARE(raw.runStartMs, kT0 + 70 * kS);
    QCOMPARE(raw.endMs, kT0 + 90 * kS);
    QCOMPARE(raw.state, u"COMPLETED"_s);
    QCOMPARE(raw.outputRows, 1000);
    QVERIFY(!raw.ongoing);

    const UpdateTimeline::Span &customers = timeline.flows.at(1);
    QCOMPARE(customers.runStartMs, kT0 + 92 * kS);
    QCOMPARE(customers.endMs, kT0 + 100 * kS);
    QVERIFY(customers.failed());

    // Skipped: queued until the update gave up, never running, not failed.
    const UpdateTimeline::Span &enriched = timeline.flows.at(2);
    QCOMPARE(enriched.state, u"SKIPPED"_s);
    QCOMPARE(enriched.runStartMs, -1);
    QCOMPARE(enriched.endMs, kT0 + 100 * kS);
    QVERIFY(!enriched.failed());
    QVERIFY(!enriched.ongoing);
}

void TestUpdateTimeline::failedFlowHasItsErrorMarker()
{
    const UpdateTimeline timeline = UpdateTimeline::fromEvents(failedUpdate(), kT0 + 3600 * kS);
    // The flow's error, and the update's own (fatal) one that names no flow.
    QCOMPARE(timeline.errors.size(), 2);
    const UpdateTimeline::Marker &flow = timeline.errors.at(0);
    QCOMPARE(flow.flowName, kCustomers);
    QCOMPARE(flow.timeMs, kT0 + 100 * kS);
    QCOMPARE(flow.exceptions.size(), 1);
    QCOMPARE(flow.exceptions.first().className, kAnalysis);
    QVERIFY(flow.message.contains(u"FAILED"_s));
    const UpdateTimeline::Marker &update = timeline.errors.at(1);
    QVERIFY(update.flowName.isEmpty());
    QCOMPARE(update.exceptions.first().className, kAnalysis);
}

void TestUpdateTimeline::ongoingUpdateRunsToNow()
{
    QList<PipelineEvent> events = failedUpdate().mid(0, 10); // up to orders_raw RUNNING at 70 s
    const qint64 now = kT0 + 80 * kS;
    const UpdateTimeline timeline = UpdateTimeline::fromEvents(events, now);
    QVERIFY(timeline.finalState.isEmpty());
    QCOMPARE(timeline.endMs, now);
    QCOMPARE(timeline.phases.last().name, u"RUNNING"_s);
    QCOMPARE(timeline.phases.last().endMs, now);
    QVERIFY(timeline.phases.last().ongoing);
    QVERIFY(!timeline.phases.first().ongoing);
    const UpdateTimeline::Span &raw = timeline.flows.at(0);
    QCOMPARE(raw.state, u"RUNNING"_s);
    QCOMPARE(raw.endMs, now);
    QVERIFY(raw.ongoing);
    // Queued and waiting: ongoing too, without a running part.
    QCOMPARE(timeline.flows.at(1).runStartMs, -1);
    QVERIFY(timeline.flows.at(1).ongoing);
    QVERIFY(timeline.errors.isEmpty());
}

void TestUpdateTimeline::newestFirstGivesTheSameTimeline()
{
    const QList<PipelineEvent> oldestFirst = failedUpdate();
    QList<PipelineEvent> newestFirst = oldestFirst;
    std::reverse(newestFirst.begin(), newestFirst.end());
    const qint64 now = kT0 + 3600 * kS;
    const UpdateTimeline a = UpdateTimeline::fromEvents(oldestFirst, now);
    const UpdateTimeline b = UpdateTimeline::fromEvents(newestFirst, now);
    QCOMPARE(phaseNames(b), phaseNames(a));
    // Three flows queued in one millisecond keep their order.
    QCOMPARE(flowNames(b), flowNames(a));
    for (int i = 0; i < a.flows.size(); ++i) {
        QCOMPARE(b.flows.at(i).state, a.flows.at(i).state);
        QCOMPARE(b.flows.at(i).startMs, a.flows.at(i).startMs);
        QCOMPARE(b.flows.at(i).runStartMs, a.flows.at(i).runStartMs);
        QCOMPARE(b.flows.at(i).endMs, a.flows.at(i).endMs);
    }
    for (int i = 0; i < a.phases.size(); ++i) {
        QCOMPARE(b.phases.at(i).startMs, a.phases.at(i).startMs);
        QCOMPARE(b.phases.at(i).endMs, a.phases.at(i).endMs);
    }
    QCOMPARE(b.errors.size(), a.errors.size());
    QCOMPARE(b.finalState, a.finalState);
    QCOMPARE(b.summary(), a.summary());
}

void TestUpdateTimeline::summaryInWords()
{
    const UpdateTimeline timeline = UpdateTimeline::fromEvents(failedUpdate(), kT0 + 3600 * kS);
    QCOMPARE(timeline.summary(),
             u"Queued 2 s, Waiting for resources 40 s, Initializing 15 s, Setting up tables 10 s, "
             "Running 33 s — Failed after 1 min 40 s. 3 flow(s), 1 failed."_s);
    QCOMPARE(UpdateTimeline().summary(), u"No progress recorded yet."_s);
}

void TestUpdateTimeline::demoFailedUpdateOverHttp()
{
    test::TestWorkspace workspace(emulator::Seed::Demo);
    PipelineEventsModel model;
    model.setClient(&workspace.client());
    PipelineEventsModel::Query query;
    query.pipelineId = u"c0a8f3e4-1b2d-4c5e-8f90-a1b2c3d4e5f6"_s;
    query.updateId = u"f6e5d4c3-b2a1-4f0e-9d8c-7b6a5f4e3d2c"_s;
    query.oldestFirst = true;
    model.load(query);
    model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(
        model.state() == PipelineEventsModel::State::Loaded && !model.canLoadMore(), 20000);
    QVERIFY(model.eventCount() > 0);

    QList<PipelineEvent> events;
    for (int row = 0; row < model.eventCount(); ++row) {
        QCOMPARE(model.eventAt(row).updateId, query.updateId);
        events.append(model.eventAt(row));
    }
    const UpdateTimeline timeline =
        UpdateTimeline::fromEvents(events, workspace.emulator().clock().now());

    const QStringList phases = phaseNames(timeline);
    const QStringList expected{u"WAITING_FOR_RESOURCES"_s, u"INITIALIZING"_s,
                               u"SETTING_UP_TABLES"_s, u"RUNNING"_s};
    const qsizetype first = phases.indexOf(expected.first());
    QVERIFY2(first >= 0, qPrintable(phases.join(u' ')));
    QCOMPARE(phases.mid(first, expected.size()), expected);
    QCOMPARE(timeline.finalState, u"FAILED"_s);
    QCOMPARE(timeline.phases.last().state, u"FAILED"_s);

    int customers = -1;
    for (int i = 0; i < timeline.flows.size(); ++i) {
        if (timeline.flows.at(i).name.endsWith(u".customers_dim"_s))
            customers = i;
    }
    QVERIFY2(customers >= 0, qPrintable(flowNames(timeline).join(u' ')));
    const UpdateTimeline::Span &failed = timeline.flows.at(customers);
    QVERIFY(failed.failed());
    QVERIFY(failed.runStartMs >= failed.startMs);

    const auto marker =
        std::find_if(timeline.errors.cbegin(), timeline.errors.cend(),
                     [&](const UpdateTimeline::Marker &m) { return m.flowName == failed.name; });
    QVERIFY(marker != timeline.errors.cend());
    QVERIFY(!marker->exceptions.isEmpty());
    QVERIFY(marker->exceptions.first().className.endsWith(u"AnalysisException"_s));
    QCOMPARE(marker->timeMs, failed.endMs);

    int skipped = 0;
    for (const UpdateTimeline::Span &flow : timeline.flows) {
        if (flow.state != "SKIPPED"_L1)
            continue;
        ++skipped;
        QVERIFY(!flow.failed());
        QVERIFY(!flow.ongoing);
    }
    QVERIFY(skipped > 0);
}

void TestUpdateTimeline::viewGrowsWithRows()
{
    UpdateTimelineView view;
    view.resize(800, 300);
    view.setTimeline(withFlows(2));
    const int small = view.sizeHint().height();
    QCOMPARE(view.rowCount(), 3);
    view.setTimeline(withFlows(12));
    QCOMPARE(view.rowCount(), 13);
    QVERIFY(view.sizeHint().height() > small);
    // The scroll area around it scrolls: every row has room.
    QCOMPARE(view.minimumHeight(), view.sizeHint().height());
    QVERIFY(view.rowRect(12).bottom() < view.minimumHeight());
}

void TestUpdateTimeline::viewDescribesAndExplains()
{
    const UpdateTimeline timeline = UpdateTimeline::fromEvents(failedUpdate(), kT0 + 3600 * kS);
    UpdateTimelineView view;
    view.resize(800, 400);
    view.setTimeline(timeline);
    QCOMPARE(view.accessibleName(), u"Update timeline"_s);
    QCOMPARE(view.accessibleDescription(), timeline.summary());

    // Phases first, then flows, labelled without catalog and schema.
    const int customersRow = int(timeline.phases.size()) + timeline.flowIndex(kCustomers);
    QCOMPARE(view.flowOfRow(customersRow), 1);
    const QRect bar = view.barRect(customersRow);
    QVERIFY(!bar.isEmpty());
    const QString tip = view.toolTipAt(bar.center());
    QVERIFY2(tip.contains(kCustomers), qPrintable(tip));
    QVERIFY2(tip.contains(u"Failed"_s), qPrintable(tip));
    // The error marker at the flow's end: the message and the exception.
    const QString error = view.toolTipAt(QPoint(bar.right(), bar.center().y()));
    QVERIFY2(error.contains(u"AnalysisException: [TABLE_OR_VIEW_NOT_FOUND]"_s), qPrintable(error));
    // Nothing in the empty part of a row.
    const QRect rawBar = view.barRect(int(timeline.phases.size()));
    QVERIFY(view.toolTipAt(QPoint(rawBar.right() + 40, rawBar.center().y())).isEmpty());
    // A phase's bar names the phase.
    QVERIFY(view.toolTipAt(view.barRect(1).center()).startsWith(u"Waiting for resources"_s));

    // A help event shows the same text.
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QHelpEvent help(QEvent::ToolTip, bar.center(), view.mapToGlobal(bar.center()));
    QVERIFY(QCoreApplication::sendEvent(&view, &help));

    // A new timeline, a new description.
    const UpdateTimeline other = withFlows(3);
    view.setTimeline(other);
    QCOMPARE(view.accessibleDescription(), other.summary());
}

void TestUpdateTimeline::viewKeyboard()
{
    const UpdateTimeline timeline = UpdateTimeline::fromEvents(failedUpdate(), kT0 + 3600 * kS);
    UpdateTimelineView view;
    view.resize(800, 400);
    view.setTimeline(timeline);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy activated(&view, &UpdateTimelineView::flowActivated);

    QCOMPARE(view.currentRow(), -1);
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.currentRow(), 0);
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.currentRow(), 1);
    QTest::keyClick(&view, Qt::Key_Up);
    QCOMPARE(view.currentRow(), 0);
    // Enter on a phase activates nothing; on a flow, the flow.
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(activated.size(), 0);
    QTest::keyClick(&view, Qt::Key_End);
    QCOMPARE(view.currentRow(), view.rowCount() - 1);
    QTest::keyClick(&view, Qt::Key_Down); // stays on the last row
    QCOMPARE(view.currentRow(), view.rowCount() - 1);
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), kEnriched);

    // A double click on a flow's row activates it too.
    const int rawRow = int(timeline.phases.size());
    QTest::mouseDClick(&view, Qt::LeftButton, {}, view.barRect(rawRow).center());
    QCOMPARE(view.currentRow(), rawRow);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.last().first().toString(), kRaw);

    // A refresh of the same update keeps the current flow.
    view.setTimeline(timeline);
    QCOMPARE(view.currentRow(), rawRow);
}

void TestUpdateTimeline::viewEmpty()
{
    UpdateTimelineView view;
    view.resize(600, 200);
    view.setTimeline({});
    QCOMPARE(view.rowCount(), 0);
    QCOMPARE(UpdateTimelineView::emptyText(), u"No progress recorded for this update yet."_s);
    QCOMPARE(view.accessibleDescription(), UpdateTimeline().summary());
    QVERIFY(view.toolTipAt(QPoint(300, 100)).isEmpty());
    // The sentence is drawn in the middle: something other than the background there.
    const QImage image = view.grab().toImage();
    const QColor base = view.palette().color(QPalette::Base);
    bool drawn = false;
    for (int x = 0; x < image.width() && !drawn; ++x)
        drawn = image.pixelColor(x, image.height() / 2) != base;
    QVERIFY(drawn);
    // Keys do nothing without rows.
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.currentRow(), -1);
}

QTEST_MAIN(TestUpdateTimeline)
#include "tst_updatetimeline.moc"
