#pragma once

#include "core/net/apierror.h"
#include "core/transfers/conflictresolver.h"
#include "core/transfers/transfer.h"
#include "core/workspace/workspaceimportplanner.h"

#include <QPointer>

#include <memory>
#include <optional>

namespace brickdesk {

class ApiCall;
class ApiClient;
class WorkspaceService;

// The first row of an import: creates the plan's folders (mkdirs is
// idempotent, so existing folders merge), then adds one
// WorkspaceImportTransfer per item to its queue(). Items never start before
// their folders exist, and empty folders are recreated too. A folder that
// cannot be created fails this row with the reason; the items are still
// queued (each one retries its own parent once and reports its own error).
//
//   auto *resolver = new ConflictResolver(ConflictResolver::Policy::Ask, asker, dialog);
//   queue->add(new WorkspaceImportBatch(client, planner->plan(), resolver));
//
// Add it to a TransferQueue: without one there is nowhere to put the items.
class WorkspaceImportBatch : public Transfer
{
    Q_OBJECT

public:
    WorkspaceImportBatch(ApiClient *client, const ImportPlan &plan,
                         ConflictResolver *resolver = nullptr, QObject *parent = nullptr);
    ~WorkspaceImportBatch() override;

    const ImportPlan &plan() const { return m_plan; }

protected:
    void run() override;
    void abort() override;
    void reset() override;

private:
    void onFolderDone(const QString &folder, const std::optional<ApiError> &error);
    void queueItems();

    ApiClient *m_client;
    std::unique_ptr<WorkspaceService> m_service;
    ImportPlan m_plan;
    QPointer<ConflictResolver> m_resolver;
    QList<QPointer<ApiCall>> m_calls;
    QStringList m_failures;
    int m_pending = 0;
    bool m_itemsQueued = false; // a retry creates folders again, never items twice
};

} // namespace brickdesk
