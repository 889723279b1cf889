// The clusters list against the emulator with 20 ms latency on every call:
//
// 1. 500 clusters: time to the first row and to all rows.
// 2. Live state: 20 clusters of which 3 are on their way (one starting, one
//    resizing, one terminating), watched for 10 emulated minutes. Brickdesk's
//    live polling (the transitional rows only, one filtered clusters/list a
//    round, with back-off) side by side with refreshing the whole list every
//    5 s (the way the VS Code extensions poll): calls per minute, and how
//    long after the emulator made each transition the list showed it.
//
// The emulator runs 20x faster than real time and both pollers' intervals
// and the latency are scaled the same way, so ten minutes take half a
// minute; every figure of part 2 is in emulated time. Prints figures; not a pass/fail test.

#include "core/clusters/clustersmodel.h"
#include "core/emulator/clustersstore.h"
#include "core/emulator/emulator.h"
#include "core/net/apiclient.h"
#include "tests/support/testworkspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

constexpr int kManyClusters = 500;
constexpr int kWatchedClusters = 20;
constexpr int kLatencyMs = 20;
constexpr double kTimeScale = 20;
constexpr qint64 kWindowMs = 10 * 60'000; // emulated
constexpr int kBaselineEveryMs = 5000;    // emulated

emulator::Cluster makeCluster(int i, emulator::ClusterState state)
{
    emulator::Cluster cluster;
    cluster.clusterName = u"cluster-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
    cluster.sparkVersion = u"15.4.x-scala2.12"_s;
    cluster.nodeTypeId = u"i3.xlarge"_s;
    cluster.numWorkers = 2 + i % 6;
    cluster.currentWorkers = state == emulator::ClusterState::Running ? cluster.numWorkers : 0;
    cluster.state = state;
    cluster.creatorUserName = u"ana.lopez@brickdesk.dev"_s;
    return cluster;
}

// The 20 clusters: even ones running, odd ones terminated; none idles out.
QStringList seedWatched(emulator::Emulator &emulator)
{
    emulator.clusters().clear();
    QStringList ids;
    for (int i = 0; i < kWatchedClusters; ++i)
        ids.append(emulator.clusters().add(makeCluster(
            i, i % 2 == 0 ? emulator::ClusterState::Running : emulator::ClusterState::Terminated)));
    return ids;
}

// Sets three of them on their way through the API, as a person would.
void startTransitions(test::TestWorkspace &workspace, const QStringList &ids)
{
    const auto post = [&](const QString &path, QJsonObject body) {
        test::sendAndWait(workspace.client(), ApiRequest::post(path, body));
    };
    post(u"/api/2.1/clusters/start"_s, {{u"cluster_id"_s, ids.at(1)}});
    post(u"/api/2.1/clusters/resize"_s, {{u"cluster_id"_s, ids.at(2)}, {u"num_workers"_s, 12}});
    post(u"/api/2.1/clusters/delete"_s, {{u"cluster_id"_s, ids.at(4)}});
}

// Runs the event loop until `done` holds: QTest::qWaitFor sleeps 10 ms
// between turns, which at 20x would add a fifth of a second of emulated
// time to every step of every call.
bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    check.start(1);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

struct Watch
{
    int calls = 0;
    QList<qint64> lagsMs; // per transition: shown minus made, emulated ms
    int missed = 0;       // transitions never shown
};

// Runs one way of watching against its own emulator: `useLivePolling`
// Brickdesk's, else a full refresh every 5 s.
Watch watch(bool useLivePolling, int latencyMs)
{
    test::TestWorkspace workspace;
    emulator::Emulator &emulator = workspace.emulator();
    emulator.clock().setScale(kTimeScale);
    const QStringList ids = seedWatched(emulator);
    startTransitions(workspace, ids);
    // The latency in emulated time too: 20 ms of it is 1 ms of real time.
    if (latencyMs > 0)
        emulator.faults().latency(u"*"_s, std::max(1, int(latencyMs / kTimeScale)));

    ClustersModel model(&workspace.client());
    bool loaded = false;
    QObject::connect(&model, &ResourceListModel::loaded, [&] { loaded = true; });
    model.refresh();
    if (!runUntil([&] { return loaded; }, 60'000))
        std::printf("the listing did not finish\n");
    const qsizetype callsBefore = emulator.requests().size();

    // When the emulator changed each state, and when the list showed it.
    QHash<QString, QString> made, shown;
    QHash<QString, qint64> madeAt;
    QList<std::pair<QString, qint64>> transitions; // "id/STATE", emulated ms
    for (const QString &id : ids) {
        made.insert(id, emulator::ClustersStore::stateName(emulator.clusters().find(id)->state));
        shown.insert(id, model.item(model.rowForKey(id)).value("state"_L1).toString());
    }
    QHash<QString, qint64> shownAt;
    QTimer observer;
    observer.setInterval(2); // 40 ms of emulated time
    QObject::connect(&observer, &QTimer::timeout, [&] {
        const qint64 now = emulator.clock().now();
        for (const QString &id : ids) {
            const QString state =
                emulator::ClustersStore::stateName(emulator.clusters().find(id)->state);
            if (state != made.value(id)) {
                made[id] = state;
                madeAt.insert(id + u'/' + state, now);
            }
            const QString seen = model.item(model.rowForKey(id)).value("state"_L1).toString();
            if (seen != shown.value(id)) {
                shown[id] = seen;
                shownAt.insert(id + u'/' + seen, now);
            }
        }
    });
    observer.start();

    QTimer baseline;
    baseline.setInterval(int(kBaselineEveryMs / kTimeScale));
    if (useLivePolling) {
        // The model's own intervals, in emulated time like everything else.
        model.poller()->setBaseInterval(int(model.poller()->baseInterval() / kTimeScale));
        model.poller()->setMaxInterval(int(model.poller()->maxInterval() / kTimeScale));
        model.setLiveUpdatesEnabled(true);
    } else {
        QObject::connect(&baseline, &QTimer::timeout, &model, &ResourceListModel::refresh);
        baseline.start();
    }
    const qint64 start = emulator.clock().now();
    if (!runUntil([&] { return emulator.clock().now() - start >= kWindowMs; }, 600'000))
        std::printf("the window did not pass\n");
    observer.stop();
    baseline.stop();
    model.setLiveUpdatesEnabled(false);

    if (qEnvironmentVariableIsSet("BENCH_VERBOSE")) {
        for (auto it = madeAt.cbegin(); it != madeAt.cend(); ++it)
            std::printf("  made %s at %lld, shown at %lld\n", qPrintable(it.key()),
                        qint64(*it - start), qint64(shownAt.value(it.key(), start - 1) - start));
        for (const auto &request : emulator.requests().mid(callsBefore))
            std::printf("  call %s %lld\n", qPrintable(request.path), request.clockMs - start);
    }
    Watch result;
    result.calls = int(emulator.requests().size() - callsBefore);
    for (auto it = madeAt.cbegin(); it != madeAt.cend(); ++it) {
        const auto seen = shownAt.constFind(it.key());
        if (seen == shownAt.cend()) {
            // A state passed through between two looks (RESIZING → RUNNING
            // counts once, at its end) is not a miss when its end was seen.
            if (it.key().endsWith(u"/RUNNING"_s) || it.key().endsWith(u"/TERMINATED"_s))
                ++result.missed;
            continue;
        }
        result.lagsMs.append(std::max<qint64>(0, *seen - *it));
    }
    return result;
}

double medianOf(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return double(values.at(values.size() / 2));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int latencyMs = qEnvironmentVariableIsSet("BENCH_LATENCY_MS")
                              ? qEnvironmentVariableIntValue("BENCH_LATENCY_MS")
                              : kLatencyMs;

    // 1. The listing of 500 clusters.
    qint64 firstRowNs = -1, allRowsNs = -1;
    int rows = 0;
    {
        test::TestWorkspace workspace;
        workspace.emulator().clusters().clear();
        for (int i = 0; i < kManyClusters; ++i)
            workspace.emulator().clusters().add(
                makeCluster(i, i % 3 == 0 ? emulator::ClusterState::Running
                                          : emulator::ClusterState::Terminated));
        if (latencyMs > 0)
            workspace.emulator().faults().latency(u"*"_s, latencyMs);
        ClustersModel model(&workspace.client());
        QElapsedTimer clock;
        QObject::connect(&model, &ResourceListModel::pageLoaded, [&] {
            if (firstRowNs < 0)
                firstRowNs = clock.nsecsElapsed();
        });
        QObject::connect(&model, &ResourceListModel::loaded,
                         [&] { allRowsNs = clock.nsecsElapsed(); });
        clock.start();
        model.refresh();
        if (!QTest::qWaitFor([&] { return allRowsNs >= 0; }, 300'000)) {
            std::printf("the listing did not finish\n");
            return 1;
        }
        rows = model.rowCount();
    }

    // 2. Watching 20 clusters, 3 of them on their way, each way.
    const Watch live = watch(true, latencyMs);
    const Watch full = watch(false, latencyMs);
    const double minutes = double(kWindowMs) / 60'000.0;
    const auto perMinute = [minutes](const Watch &w) { return double(w.calls) / minutes; };
    const auto worst = [](const Watch &w) {
        return w.lagsMs.isEmpty() ? 0.0
                                  : double(*std::max_element(w.lagsMs.cbegin(), w.lagsMs.cend()));
    };

    const auto ms = [](qint64 ns) { return double(ns) / 1e6; };
    std::printf("Clusters list: %d ms latency per call (ClustersModel)\n", latencyMs);
    std::printf("%-52s %10.1f ms\n", "500 clusters: refresh -> first row", ms(firstRowNs));
    std::printf("%-52s %10.1f ms   (%d rows)\n", "500 clusters: refresh -> all rows", ms(allRowsNs),
                rows);
    std::printf("\nLive state: %d clusters, 3 starting/resizing/terminating, %.0f emulated "
                "minutes at %gx:\n",
                kWatchedClusters, minutes, kTimeScale);
    std::printf("%-44s %10s %12s %12s %8s\n", "", "calls/min", "median lag", "worst lag", "missed");
    std::printf("%-44s %10.1f %9.0f ms %9.0f ms %8d\n", "live polling (Brickdesk)", perMinute(live),
                medianOf(live.lagsMs), worst(live), live.missed);
    std::printf("%-44s %10.1f %9.0f ms %9.0f ms %8d\n", "whole list every 5 s (baseline)",
                perMinute(full), medianOf(full.lagsMs), worst(full), full.missed);
    std::printf("%-44s %9.1fx\n", "fewer calls",
                live.calls > 0 ? double(full.calls) / double(live.calls) : 0.0);
    return rows == kManyClusters && live.missed == 0 ? 0 : 1;
}
