// Exports a folder of 500 notebooks from the emulator, which adds 20 ms of
// latency to every workspace call, once one at a time (queue and client
// budget 1) and once with the defaults, through the same code path, and
// prints both. Not a pass/fail test.

#include "core/emulator/emulator.h"
#include "core/emulator/faultinjector.h"
#include "core/emulator/workspacestore.h"
#include "core/transfers/transferqueue.h"
#include "core/workspace/workspacefolderexport.h"
#include "tests/support/testworkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

constexpr int kNotebooks = 500;
constexpr int kDefaultLatencyMs = 20;

struct Run
{
    qint64 ms = -1;
    int succeeded = 0;
    int failed = 0;
};

Run exportOnce(ApiClient &client, int parallel, const QString &localParent)
{
    client.setMaxConcurrentRequests(parallel);
    TransferQueue queue;
    queue.setMaxRunning(parallel);
    WorkspaceObject folder;
    folder.path = u"/Users/bench/notebooks"_s;
    folder.name = u"notebooks"_s;
    folder.objectType = u"DIRECTORY"_s;
    QElapsedTimer clock;
    clock.start();
    queue.add(new WorkspaceFolderExport(&client, folder, localParent));
    if (!QTest::qWaitFor([&queue] { return !queue.isBusy(); }, 600'000))
        return {};
    Run run;
    run.ms = clock.elapsed();
    const TransferQueue::Summary summary = queue.summary();
    run.succeeded = summary.succeeded;
    run.failed = summary.failed + summary.skipped + summary.cancelled;
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // An optional first argument changes the latency: 0 shows the client's
    // own cost per notebook.
    const QStringList arguments = app.arguments();
    const int latencyMs = arguments.size() > 1 ? arguments.at(1).toInt() : kDefaultLatencyMs;
    test::TestWorkspace workspace;
    emulator::WorkspaceStore &store = workspace.emulator().workspace();
    store.mkdirs(u"/Users/bench/notebooks"_s);
    for (int i = 0; i < kNotebooks; ++i) {
        Notebook notebook;
        NotebookCell markdown;
        markdown.source = u"%md\n# Notebook %1"_s.arg(i);
        NotebookCell code;
        code.source = u"df = spark.range(%1)\ndisplay(df)"_s.arg(i);
        notebook.cells = {markdown, code};
        store.putNotebook(u"/Users/bench/notebooks/nb%1"_s.arg(i, 3, 10, QChar(u'0')), notebook);
    }
    if (latencyMs > 0)
        workspace.emulator().faults().latency(u"/api/2.0/workspace/*"_s, latencyMs);

    QTemporaryDir serialDir;
    QTemporaryDir parallelDir;
    const int defaultParallel = TransferQueue().maxRunning();
    const Run serial = exportOnce(workspace.client(), 1, serialDir.path());
    const Run parallel = exportOnce(workspace.client(), defaultParallel, parallelDir.path());

    std::printf("Export of a folder of %d notebooks, %d ms latency per workspace call\n",
                kNotebooks, latencyMs);
    std::printf("%-34s %12s %12s\n", "", "one at a time", "concurrent");
    std::printf("%-34s %12d %12d\n", "queue / client budget", 1, defaultParallel);
    std::printf("%-34s %12lld %12lld\n", "wall time (ms)", serial.ms, parallel.ms);
    std::printf("%-34s %12.1f %12.1f\n", "ms per notebook", double(serial.ms) / kNotebooks,
                double(parallel.ms) / kNotebooks);
    std::printf("%-34s %12.1f %12.1f\n", "notebooks per second",
                serial.ms > 0 ? kNotebooks * 1000.0 / double(serial.ms) : 0.0,
                parallel.ms > 0 ? kNotebooks * 1000.0 / double(parallel.ms) : 0.0);
    std::printf("%-34s %12d %12d\n", "rows succeeded (planner + items)", serial.succeeded,
                parallel.succeeded);
    std::printf("%-34s %12d %12d\n", "rows not succeeded", serial.failed, parallel.failed);
    std::printf("speed-up: %.2fx (target >= 4x; plain http allows 6 connections per host)\n",
                parallel.ms > 0 ? double(serial.ms) / double(parallel.ms) : 0.0);
    const bool complete =
        serial.succeeded == kNotebooks + 1 && parallel.succeeded == kNotebooks + 1;
    if (!complete)
        std::printf("WARNING: not every notebook was exported\n");
    return complete ? 0 : 1;
}
