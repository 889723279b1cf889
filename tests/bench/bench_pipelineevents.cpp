// A pipeline update's event log of 10,000 events read through
// PipelineEventsModel against the emulator with 20 ms latency on every call:
//
// A. Brickdesk's paging: a first page of 100 (it paints at once), then
//    pages of 1000 (the most the API gives).
// B. Baseline: 25 a page throughout, the API's default page size.
//
// For each: the calls made, the time to the first rows shown (the first
// pageLoaded) and to every event, the median of three runs. Prints figures;
// not a pass/fail test (the exit code says whether every event arrived).

#include "core/emulator/emulator.h"
#include "core/emulator/pipelineupdatelifecycle.h"
#include "core/pipelines/pipelineeventsmodel.h"
#include "tests/support/testworkspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

// The demo's failed update of "finance-ledger": it has ended, so nothing
// adds events while the benchmark reads.
const QString kPipeline = u"c0a8f3e4-1b2d-4c5e-8f90-a1b2c3d4e5f6"_s;
const QString kUpdate = u"f6e5d4c3-b2a1-4f0e-9d8c-7b6a5f4e3d2c"_s;
constexpr int kSyntheticEvents = 10'000;
constexpr int kLatencyMs = 20;
constexpr int kRuns = 3;

struct Run
{
    int calls = 0;
    int events = 0;
    double firstRowsMs = -1;
    double secondPageMs = -1;
    double allEventsMs = -1;
};

// One read of the whole update, from load() to the last page.
Run readAll(test::TestWorkspace &workspace, int firstPage, int nextPages)
{
    PipelineEventsModel model;
    model.setClient(&workspace.client());
    model.setPageSizes(firstPage, nextPages);
    PipelineEventsModel::Query query;
    query.pipelineId = kPipeline;
    query.updateId = kUpdate;
    query.oldestFirst = true;

    Run run;
    QElapsedTimer clock;
    QEventLoop loop;
    int pages = 0;
    QObject::connect(&model, &PipelineEventsModel::pageLoaded, &loop, [&](int events) {
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        if (++pages == 1)
            run.firstRowsMs = ms;
        else if (pages == 2)
            run.secondPageMs = ms;
        if (!model.canLoadMore()) {
            run.allEventsMs = ms;
            run.events = events;
            loop.quit();
        }
    });
    QObject::connect(&model, &PipelineEventsModel::stateChanged, &loop,
                     [&](PipelineEventsModel::State state) {
                         if (state == PipelineEventsModel::State::Failed) {
                             std::printf("a page failed: %s\n", qPrintable(model.error()->message));
                             loop.quit();
                         }
                     });
    QTimer::singleShot(300'000, &loop, &QEventLoop::quit);
    const int before = model.requestCount();
    clock.start();
    model.load(query);
    model.loadAll();
    loop.exec();
    run.calls = model.requestCount() - before;
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

struct Figures
{
    int calls = 0;
    int events = 0;
    double firstRowsMs = 0;
    double secondPageMs = 0;
    double allEventsMs = 0;
    bool firstBeforeSecond = true; // in every run
};

Figures measure(test::TestWorkspace &workspace, int firstPage, int nextPages)
{
    QList<double> first, second, all;
    Figures figures;
    for (int i = 0; i < kRuns; ++i) {
        const Run run = readAll(workspace, firstPage, nextPages);
        first.append(run.firstRowsMs);
        second.append(run.secondPageMs);
        all.append(run.allEventsMs);
        figures.calls = run.calls;
        figures.events = run.events;
        figures.firstBeforeSecond =
            figures.firstBeforeSecond && run.firstRowsMs >= 0 && run.firstRowsMs < run.secondPageMs;
    }
    figures.firstRowsMs = median(first);
    figures.secondPageMs = median(second);
    figures.allEventsMs = median(all);
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int latencyMs = qEnvironmentVariableIsSet("BENCH_LATENCY_MS")
                              ? qEnvironmentVariableIntValue("BENCH_LATENCY_MS")
                              : kLatencyMs;

    test::TestWorkspace workspace(emulator::Seed::Demo);
    emulator::Emulator &emulator = workspace.emulator();
    const int added =
        emulator.pipelineLifecycle().addSyntheticEvents(kPipeline, kUpdate, kSyntheticEvents);
    if (added != kSyntheticEvents) {
        std::printf("could not add the events (%d added)\n", added);
        return 1;
    }
    if (latencyMs > 0)
        emulator.faults().latency(u"*"_s, latencyMs);

    const Figures paged = measure(workspace, 100, 1000);
    const Figures baseline = measure(workspace, 25, 25);

    std::printf("Pipeline events: one update, %d events (%d synthetic), %d ms latency per call,\n"
                "PipelineEventsModel, oldest first, loadAll; median of %d runs\n\n",
                paged.events, kSyntheticEvents, latencyMs, kRuns);
    std::printf("%-36s %7s %16s %16s %16s\n", "", "calls", "first rows", "second page",
                "all events");
    std::printf("%-36s %7d %13.1f ms %13.1f ms %13.1f ms\n", "A. Brickdesk (100, then 1000)",
                paged.calls, paged.firstRowsMs, paged.secondPageMs, paged.allEventsMs);
    std::printf("%-36s %7d %13.1f ms %13.1f ms %13.1f ms\n", "B. baseline (25 a page)",
                baseline.calls, baseline.firstRowsMs, baseline.secondPageMs, baseline.allEventsMs);
    const double ratio = paged.allEventsMs > 0 ? baseline.allEventsMs / paged.allEventsMs : 0;
    std::printf("\n%-36s %6.1fx   (goal >= 5x: %s)\n", "all events, baseline / Brickdesk", ratio,
                ratio >= 5 ? "met" : "NOT met");
    std::printf("%-36s %s\n", "first rows before the second page",
                paged.firstBeforeSecond ? "yes, in every run" : "NO");
    return paged.events == baseline.events && paged.events >= kSyntheticEvents ? 0 : 1;
}
