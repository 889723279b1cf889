#include "core/workspace/workspaceimportbatch.h"

#include "core/net/apicall.h"
#include "core/transfers/transferqueue.h"
#include "core/workspace/noticetransfer.h"
#include "core/workspace/workspaceimporttransfer.h"
#include "core/workspace/workspaceservice.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// The folders no other folder of the list lies in: mkdirs creates parents,
// so these are the only calls needed.
QStringList leafFolders(const QStringList &folders)
{
    QStringList leaves;
    for (const QString &folder : folders) {
        const QString prefix = folder + u'/';
        const bool hasChild = std::any_of(folders.cbegin(), folders.cend(),
                                          [&](const QString &f) { return f.startsWith(prefix); });
        if (!hasChild && !leaves.contains(folder))
            leaves.append(folder);
    }
    return leaves;
}

QString batchName(const ImportPlan &plan)
{
    if (plan.items.size() == 1 && plan.folders.isEmpty())
        return QFileInfo(plan.items.first().localPath).fileName();
    return WorkspaceImportBatch::tr("Import of %n item(s)", nullptr, int(plan.items.size()));
}

} // namespace

WorkspaceImportBatch::WorkspaceImportBatch(ApiClient *client, const ImportPlan &plan,
                                           ConflictResolver *resolver, QObject *parent)
    : Transfer(Direction::Upload, batchName(plan), QString(), plan.remoteFolder, parent)
    , m_client(client)
    , m_service(std::make_unique<WorkspaceService>(client))
    , m_plan(plan)
    , m_resolver(resolver)
{}

WorkspaceImportBatch::~WorkspaceImportBatch()
{
    abort();
}

void WorkspaceImportBatch::run()
{
    m_failures.clear();
    // Sorted so that folders are created in a stable order; the API's
    // mkdirs is mkdir -p, so only leaves need a call of their own.
    QStringList folders = leafFolders(m_plan.folders);
    folders.sort();
    m_pending = int(folders.size());
    if (m_pending == 0) {
        queueItems();
        return;
    }
    setStatusMessage(tr("Creating %n folder(s)…", nullptr, m_pending));
    for (const QString &folder : std::as_const(folders)) {
        m_calls.append(
            m_service->mkdirs(folder, this, [this, folder](const std::optional<ApiError> &error) {
                onFolderDone(folder, error);
            }));
    }
}

void WorkspaceImportBatch::onFolderDone(const QString &folder, const std::optional<ApiError> &error)
{
    if (!isRunning())
        return;
    if (error)
        m_failures.append(tr("%1: %2").arg(folder, error->message));
    if (--m_pending > 0)
        return;
    m_calls.clear();
    queueItems();
}

void WorkspaceImportBatch::queueItems()
{
    if (!m_itemsQueued && queue()) {
        m_itemsQueued = true;
        QList<Transfer *> transfers;
        transfers.reserve(m_plan.items.size());
        for (const ImportItem &item : std::as_const(m_plan.items))
            transfers.append(new WorkspaceImportTransfer(m_client, item, m_resolver));
        // Files the planner could not read get a row of their own, so the
        // summary counts them with the reason.
        for (const QString &path : std::as_const(m_plan.unreadable))
            transfers.append(new NoticeTransfer(Direction::Upload, QFileInfo(path).fileName(), path,
                                                NoticeTransfer::Outcome::Failed,
                                                tr("Could not read %1").arg(path)));
        queue()->add(transfers);
    }
    if (!m_failures.isEmpty()) {
        fail(tr("Could not create %n folder(s): %1", nullptr, int(m_failures.size()))
                 .arg(m_failures.join(u"; "_s)));
        return;
    }
    succeed();
}

void WorkspaceImportBatch::abort()
{
    m_pending = 0;
    for (const QPointer<ApiCall> &call : std::exchange(m_calls, {}))
        if (call)
            call->cancel();
}

void WorkspaceImportBatch::reset()
{
    m_failures.clear();
}

} // namespace brickdesk
