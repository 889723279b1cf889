// The jobs list of a workspace with 2,000 jobs, against the emulator with
// 20 ms latency on every call: time to the first row and to all rows, then
// the calls and time to fill the "Last run" column of the first 100 jobs,
// LastRunIndex's way (the workspace's recent runs, then the jobs still
// unknown all at once) side by side with one runs/list per job in turn.
// Prints figures; not a pass/fail test.

#include "core/emulator/emulator.h"
#include "core/jobs/jobsmodel.h"
#include "core/jobs/lastrunindex.h"
#include "tests/support/testworkspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

constexpr int kJobs = 2000;
constexpr int kLastRunRows = 100;
constexpr int kLatencyMs = 20;

struct FillResult
{
    double ms = 0;
    int requests = 0;
    int known = 0;
};

FillResult fillLastRuns(ApiClient *client, const QList<qint64> &jobIds,
                        LastRunIndex::Strategy strategy)
{
    LastRunIndex index(client);
    index.setStrategy(strategy);
    bool filled = false;
    QObject::connect(&index, &LastRunIndex::filled, [&] { filled = true; });
    QElapsedTimer clock;
    clock.start();
    index.fill(jobIds);
    if (!QTest::qWaitFor([&] { return filled; }, 300'000))
        std::printf("the fill did not finish\n");
    FillResult result;
    result.ms = double(clock.nsecsElapsed()) / 1e6;
    result.requests = index.requestCount();
    for (const qint64 id : jobIds)
        result.known += index.isKnown(id) && !index.lastRun(id).isEmpty() ? 1 : 0;
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    test::TestWorkspace workspace;
    workspace.emulator().jobs().addJobs(kJobs);
    workspace.emulator().seedFinishedRuns(3);
    const int latencyMs = qEnvironmentVariableIsSet("BENCH_LATENCY_MS")
                              ? qEnvironmentVariableIntValue("BENCH_LATENCY_MS")
                              : kLatencyMs;
    if (latencyMs > 0)
        workspace.emulator().faults().latency(u"*"_s, latencyMs);

    // 1. The listing, as the page runs it (its eager last-run fill included).
    JobsModel model(&workspace.client());
    QElapsedTimer clock;
    qint64 firstRowNs = -1, allRowsNs = -1, lastRunsNs = -1;
    QObject::connect(&model, &ResourceListModel::pageLoaded, [&] {
        if (firstRowNs < 0)
            firstRowNs = clock.nsecsElapsed();
    });
    QObject::connect(&model, &ResourceListModel::loaded, [&] { allRowsNs = clock.nsecsElapsed(); });
    QObject::connect(model.lastRuns(), &LastRunIndex::filled, [&] {
        if (lastRunsNs < 0)
            lastRunsNs = clock.nsecsElapsed();
    });
    clock.start();
    model.refresh();
    if (!QTest::qWaitFor([&] { return allRowsNs >= 0 && lastRunsNs >= 0; }, 300'000)) {
        std::printf("the listing did not finish\n");
        return 1;
    }

    QList<qint64> first;
    for (int row = 0; row < kLastRunRows && row < model.rowCount(); ++row)
        first.append(model.jobIdAt(row));

    // 2. Filling the column for the first 100 jobs, each way from cold.
    const FillResult batched =
        fillLastRuns(&workspace.client(), first, LastRunIndex::Strategy::RecentThenPerJob);
    const FillResult baseline =
        fillLastRuns(&workspace.client(), first, LastRunIndex::Strategy::OnePerJobInTurn);

    const auto ms = [](qint64 ns) { return double(ns) / 1e6; };
    std::printf("Jobs list: %d jobs, %d ms latency per call (JobsModel, LastRunIndex)\n", kJobs,
                kLatencyMs);
    std::printf("%-52s %10.1f ms\n", "refresh -> first row", ms(firstRowNs));
    std::printf("%-52s %10.1f ms   (%d rows)\n", "refresh -> all rows", ms(allRowsNs),
                model.rowCount());
    std::printf("%-52s %10.1f ms\n", "refresh -> last runs of the first 100 rows shown",
                ms(lastRunsNs));
    std::printf("\nLast-run column, first %d jobs, from cold:\n", kLastRunRows);
    std::printf("%-52s %10s %10s %8s\n", "", "time", "calls", "found");
    std::printf("%-52s %7.1f ms %10d %8d\n", "recent runs, then the rest at once (Brickdesk)",
                batched.ms, batched.requests, batched.known);
    std::printf("%-52s %7.1f ms %10d %8d\n", "one runs/list per job, one at a time (baseline)",
                baseline.ms, baseline.requests, baseline.known);
    std::printf("%-52s %9.1fx\n", "speed-up", batched.ms > 0 ? baseline.ms / batched.ms : 0.0);
    return model.rowCount() == kJobs && batched.known == baseline.known ? 0 : 1;
}
