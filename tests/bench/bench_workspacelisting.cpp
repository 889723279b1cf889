// Lists and shows a workspace folder of 10,000 objects with WorkspaceModel:
// time from the response's arrival to the first row and to all rows, and
// the process's peak RSS (emulator included: it runs in this process). Not
// a pass/fail test.

#include "core/emulator/emulator.h"
#include "core/emulator/workspacestore.h"
#include "core/workspace/workspacemodel.h"
#include "tests/support/testworkspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>

#include <sys/resource.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

constexpr int kObjects = 10'000;

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    test::TestWorkspace workspace;
    emulator::WorkspaceStore &store = workspace.emulator().workspace();
    const QString folder = u"/Users/bench/many"_s;
    store.mkdirs(folder);
    QElapsedTimer seedClock;
    seedClock.start();
    Notebook notebook;
    NotebookCell cell;
    cell.source = u"print(1)"_s;
    notebook.cells = {cell};
    for (int i = 0; i < kObjects; ++i) {
        const QString path = u"%1/object %2"_s.arg(folder).arg(i, 5, 10, QChar(u'0'));
        switch (i % 10) {
        case 0:
            store.mkdirs(path);
            break;
        case 1:
        case 2:
            store.putFile(path + u".csv"_s, "a,b\n");
            break;
        default:
            store.putNotebook(path, notebook);
        }
    }
    const qint64 seedMs = seedClock.elapsed();
    const long rssBefore = peakRssKb();

    WorkspaceModel model(&workspace.client());
    model.setRootPath(folder);

    QElapsedTimer clock;
    qint64 requestedAt = -1, arrivedAt = -1, parsedAt = -1, firstRowAt = -1, allRowsAt = -1;
    QObject::connect(workspace.client().networkAccessManager(), &QNetworkAccessManager::finished,
                     &app, [&] {
                         if (arrivedAt < 0)
                             arrivedAt = clock.nsecsElapsed();
                     });
    QObject::connect(&workspace.client(), &ApiClient::callFinished, &app, [&] {
        if (parsedAt < 0)
            parsedAt = clock.nsecsElapsed();
    });
    QObject::connect(
        &model, &QAbstractItemModel::rowsInserted, &app,
        [&](const QModelIndex &parent, int first, int last) {
            if (parent.isValid())
                return;
            // The "Loading…" row does not count: wait for objects.
            for (int row = first; row <= last && firstRowAt < 0; ++row) {
                const QModelIndex index = model.index(row, 0);
                if (index.data(WorkspaceModel::RowKindRole).value<WorkspaceModel::RowKind>() ==
                    WorkspaceModel::RowKind::Object) {
                    firstRowAt = clock.nsecsElapsed();
                    // What a view does for the first screen: read its rows.
                    for (int r = row; r <= std::min(last, row + 50); ++r)
                        for (int c = 0; c < model.columnCount(); ++c)
                            model.index(r, c).data();
                }
            }
        });
    QObject::connect(&model, &WorkspaceModel::folderLoaded, &app, [&] {
        if (allRowsAt < 0)
            allRowsAt = clock.nsecsElapsed();
    });

    clock.start();
    requestedAt = 0;
    model.fetchMore(QModelIndex());
    if (!QTest::qWaitFor([&] { return allRowsAt >= 0; }, 120'000)) {
        std::printf("the listing did not finish\n");
        return 1;
    }
    // Touch every row, as a view scrolled through all of them would.
    QElapsedTimer touchClock;
    touchClock.start();
    for (int row = 0; row < model.rowCount(); ++row)
        model.index(row, 0).data();
    const qint64 touchMs = touchClock.elapsed();

    const auto ms = [](qint64 ns) { return double(ns) / 1e6; };
    std::printf("Listing a workspace folder of %d objects (WorkspaceModel)\n", kObjects);
    std::printf("%-46s %10lld ms\n", "seeding the emulator (not measured below)", seedMs);
    std::printf("%-46s %10.1f ms\n", "request -> response arrived", ms(arrivedAt - requestedAt));
    std::printf("%-46s %10.1f ms\n", "response arrived -> JSON parsed", ms(parsedAt - arrivedAt));
    std::printf("%-46s %10.1f ms   (target < 100 ms)\n", "response arrived -> first row",
                ms(firstRowAt - arrivedAt));
    std::printf("%-46s %10.1f ms\n", "response arrived -> all rows (folderLoaded)",
                ms(allRowsAt - arrivedAt));
    std::printf("%-46s %10lld ms\n", "reading all rows once", touchMs);
    std::printf("%-46s %10d\n", "rows", model.rowCount());
    std::printf("%-46s %10.1f MB\n", "peak RSS before listing (emulator seeded)",
                double(rssBefore) / 1024.0);
    std::printf("%-46s %10.1f MB\n", "peak RSS after listing", double(peakRssKb()) / 1024.0);
    return model.rowCount() == kObjects ? 0 : 1;
}
