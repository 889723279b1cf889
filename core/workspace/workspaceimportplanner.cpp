#include "core/workspace/workspaceimportplanner.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace brickdesk {

namespace {

bool isCancelled(const std::atomic_bool *cancelled)
{
    return cancelled && cancelled->load();
}

void walkFolder(const QFileInfo &folder, const QString &remoteFolder, ImportPlan &plan,
                const std::atomic_bool *cancelled)
{
    plan.folders.append(remoteFolder);
    const QDir dir(folder.absoluteFilePath());
    if (!dir.isReadable()) {
        plan.unreadable.append(folder.absoluteFilePath());
        return;
    }
    // Sorted, so that the plan (and the order of the rows) is the same on
    // every run and every file system.
    const QFileInfoList entries =
        dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (isCancelled(cancelled))
            return;
        // A link to a folder may point at its own ancestor: never follow.
        if (entry.isSymLink() && entry.isDir())
            continue;
        if (entry.isDir()) {
            walkFolder(entry, ImportFormat::joinRemote(remoteFolder, entry.fileName()), plan,
                       cancelled);
        } else if (entry.isFile()) {
            if (!entry.isReadable()) {
                plan.unreadable.append(entry.absoluteFilePath());
                continue;
            }
            ImportItem item = ImportFormat::detectFile(entry.absoluteFilePath(), remoteFolder);
            plan.totalBytes += item.size;
            plan.items.append(item);
        }
    }
}

} // namespace

WorkspaceImportPlanner::WorkspaceImportPlanner(QObject *parent)
    : QObject(parent)
{}

WorkspaceImportPlanner::~WorkspaceImportPlanner()
{
    cancel();
}

ImportPlan WorkspaceImportPlanner::makePlan(const QStringList &localPaths,
                                            const QString &remoteFolder,
                                            const std::atomic_bool *cancelled)
{
    ImportPlan plan;
    plan.remoteFolder = remoteFolder;
    for (const QString &path : localPaths) {
        if (isCancelled(cancelled))
            break;
        const QFileInfo info(path);
        if (info.isDir()) {
            walkFolder(info, ImportFormat::joinRemote(remoteFolder, info.fileName()), plan,
                       cancelled);
        } else if (info.isFile() && info.isReadable()) {
            ImportItem item = ImportFormat::detectFile(info.absoluteFilePath(), remoteFolder);
            plan.totalBytes += item.size;
            plan.items.append(item);
        } else {
            plan.unreadable.append(info.absoluteFilePath());
        }
    }
    return plan;
}

void WorkspaceImportPlanner::start(const QStringList &localPaths, const QString &remoteFolder)
{
    cancel();
    // The flag is shared with the worker, which may outlive this planner.
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_watcher = new QFutureWatcher<ImportPlan>(this);
    QFutureWatcher<ImportPlan> *watcher = m_watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher != m_watcher)
            return;
        m_watcher = nullptr;
        m_plan = watcher->future().result();
        emit finished();
    });
    m_watcher->setFuture(QtConcurrent::run([localPaths, remoteFolder, cancelled = m_cancelled] {
        return makePlan(localPaths, remoteFolder, cancelled.get());
    }));
}

void WorkspaceImportPlanner::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
    if (m_watcher) {
        // The worker ends on its own; its result goes nowhere.
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
}

bool WorkspaceImportPlanner::isRunning() const
{
    return m_watcher != nullptr;
}

} // namespace brickdesk
