// The workers-over-time series behind a cluster's chart: built from events
// by hand, and from the demo cluster's real event history over HTTP.

#include "core/clusters/clusterworkershistory.h"
#include "core/net/apirequest.h"
#include "tests/support/testworkspace.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

QJsonObject clusterEvent(qint64 at, const QString &type, const QJsonObject &details = {})
{
    return {{"timestamp"_L1, at}, {"type"_L1, type}, {"details"_L1, details}};
}

QJsonObject workers(int current, int target)
{
    return {{"current_num_workers"_L1, current}, {"target_num_workers"_L1, target}};
}

} // namespace

class TestClusterWorkersHistory : public QObject
{
    Q_OBJECT

private slots:
    void stepsFollowTheEvents();
    void eventsInAnyOrderAndRepeatsFolded();
    void nothingKnownIsAnEmptySeries();
    void theDemoClusterHasAHistory();
};

void TestClusterWorkersHistory::stepsFollowTheEvents()
{
    using Point = ClusterWorkersHistory::Point;
    const QJsonArray events{
        clusterEvent(1000, u"CREATING"_s),
        clusterEvent(2000, u"RUNNING"_s, workers(2, 2)),
        clusterEvent(3000, u"RESIZING"_s, workers(2, 5)), // asked for, not there yet
        clusterEvent(4000, u"UPSIZE_COMPLETED"_s, workers(5, 5)),
        clusterEvent(5000, u"TERMINATING"_s),
        clusterEvent(6000, u"TERMINATED"_s),
        clusterEvent(7000, u"STARTING"_s),
        clusterEvent(8000, u"RUNNING"_s, workers(3, 3)),
    };
    const QList<Point> points = ClusterWorkersHistory::fromEvents(events, 10000);
    const QList<Point> expected{{1000, 0}, {2000, 2}, {4000, 5}, {5000, 0}, {8000, 3}, {10000, 3}};
    QCOMPARE(points, expected);
    QCOMPARE(ClusterWorkersHistory::peak(points), 5);
}

void TestClusterWorkersHistory::eventsInAnyOrderAndRepeatsFolded()
{
    using Point = ClusterWorkersHistory::Point;
    const QJsonArray events{
        clusterEvent(3000, u"UPSIZE_COMPLETED"_s, workers(4, 4)),
        clusterEvent(1000, u"RUNNING"_s, workers(2, 2)),
        clusterEvent(2000, u"DRIVER_HEALTHY"_s),         // says nothing about workers
        clusterEvent(2500, u"RUNNING"_s, workers(2, 2)), // same count: no step
    };
    const QList<Point> points = ClusterWorkersHistory::fromEvents(events, 3000);
    const QList<Point> expected{{1000, 2}, {3000, 4}};
    QCOMPARE(points, expected); // ends at the last event: nothing added
}

void TestClusterWorkersHistory::nothingKnownIsAnEmptySeries()
{
    QVERIFY(ClusterWorkersHistory::fromEvents({}, 5000).isEmpty());
    QVERIFY(ClusterWorkersHistory::fromEvents({clusterEvent(1, u"PINNED"_s)}, 5000).isEmpty());
    QCOMPARE(ClusterWorkersHistory::peak({}), 0);
}

void TestClusterWorkersHistory::theDemoClusterHasAHistory()
{
    test::TestWorkspace ws(emulator::Seed::Demo);
    const ApiReply reply = test::sendAndWait(
        ws.client(), ApiRequest::post(u"/api/2.0/clusters/events"_s,
                                      {{u"cluster_id"_s, u"0412-081530-shrd7k2q"_s},
                                       {u"order"_s, u"ASC"_s},
                                       {u"limit"_s, 500}}));
    QVERIFY2(reply.ok(),
             qPrintable(reply.optionalError() ? reply.optionalError()->toString() : QString()));
    const QJsonArray events = reply.json().value("events"_L1).toArray();
    QVERIFY(events.size() > 5);
    const qint64 end = events.last().toObject().value("timestamp"_L1).toInteger() + 60'000;
    const auto points = ClusterWorkersHistory::fromEvents(events, end);
    QVERIFY(points.size() >= 3);
    for (qsizetype i = 1; i < points.size(); ++i)
        QVERIFY(points.at(i).timeMs > points.at(i - 1).timeMs);
    QCOMPARE(points.last().timeMs, end);
    // Days of resizes between 2 and 8 workers: the chart has a shape.
    QVERIFY(ClusterWorkersHistory::peak(points) >= 2);
    QVERIFY(ClusterWorkersHistory::peak(points) <= 8);
}

QTEST_MAIN(TestClusterWorkersHistory)
#include "tst_clusterworkershistory.moc"
