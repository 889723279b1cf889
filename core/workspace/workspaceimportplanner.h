#pragma once

#include "core/workspace/importformat.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace brickdesk {

// What importing a set of local files and folders will do: the folders to
// create (parents before children) and one item per file.
struct ImportPlan
{
    QString remoteFolder;    // where the selection goes: "/Users/me"
    QStringList folders;     // remote folders to mkdirs, parents first
    QList<ImportItem> items; // files, in walk order
    QStringList unreadable;  // local paths that could not be read, with nothing planned
    qint64 totalBytes = 0;   // of all items
};

// Walks local files and folders on a worker thread and plans their import
// into one workspace folder. A folder "etl" dropped on "/Users/me" becomes
// "/Users/me/etl" with its whole tree; symbolic links are not followed (a
// link loop must not hang the walk). The GUI thread never touches the disk.
//
//   auto *planner = new WorkspaceImportPlanner(this);
//   connect(planner, &WorkspaceImportPlanner::finished, this, [=] {
//       showItems(planner->plan()); // let the user override formats
//   });
//   planner->start({u"/home/me/etl"_s}, u"/Users/me"_s);
class WorkspaceImportPlanner : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceImportPlanner(QObject *parent = nullptr);
    ~WorkspaceImportPlanner() override;

    // Starts planning; a plan still being made is cancelled first.
    void start(const QStringList &localPaths, const QString &remoteFolder);
    // Stops planning; finished() is not emitted.
    void cancel();
    bool isRunning() const;

    // The last finished plan.
    const ImportPlan &plan() const { return m_plan; }

    // The blocking walk itself, for worker threads and tests. Stops early
    // (with a partial plan) when `cancelled` becomes true.
    static ImportPlan makePlan(const QStringList &localPaths, const QString &remoteFolder,
                               const std::atomic_bool *cancelled = nullptr);

signals:
    void finished();

private:
    QFutureWatcher<ImportPlan> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    ImportPlan m_plan;
};

} // namespace brickdesk
