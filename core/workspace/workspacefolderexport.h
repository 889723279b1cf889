#pragma once

#include "core/transfers/conflictresolver.h"
#include "core/transfers/transfer.h"
#include "core/workspace/workspaceobject.h"

#include <QPointer>

namespace brickdesk {

class ApiClient;
class WorkspaceTreeWalker;

// Exports a workspace folder as a local tree: the planning row of the
// transfer panel ("Listing… 120 objects"). Walks the folder with
// WorkspaceTreeWalker, creates the local folders (on a worker thread), then
// adds one WorkspaceExportTransfer per notebook and file to its queue(), so
// the exports run concurrently within the queue's and the client's limits.
//
// The local tree is `localParent`/<folder name>/…: notebooks as SOURCE files
// (or `notebookFormat`), workspace files as their bytes, so that importing
// the tree again (WorkspaceImportPlanner) recreates the same workspace tree.
// Local names come from LocalNameAllocator per folder: a hostile remote name
// ("../x", "a/b", "CON") can never write outside `localParent`, and names
// that differ only in case get "(2)".
//
// Objects that cannot be exported (MLflow experiments, dashboards,
// libraries, unknown types) and folders that cannot be listed are added as
// skipped or failed rows with the reason; everything else goes on.
//
// For one DBC archive of the whole folder use WorkspaceExportTransfer with
// format "DBC" on the folder instead.
//
// Add it to a TransferQueue: without one there is nowhere to put the items.
class WorkspaceFolderExport : public Transfer
{
    Q_OBJECT

public:
    // `folder` is a DIRECTORY or REPO object; `notebookFormat` one of the
    // notebook formats in ExportFormat, empty for SOURCE (R_MARKDOWN applies
    // to R notebooks, the others fall back to SOURCE).
    WorkspaceFolderExport(ApiClient *client, const WorkspaceObject &folder,
                          const QString &localParent, ConflictResolver *resolver = nullptr,
                          const QString &notebookFormat = {}, QObject *parent = nullptr);
    ~WorkspaceFolderExport() override;

    // The local folder the tree is written to: localParent/<safe folder name>.
    QString localRoot() const { return m_localRoot; }
    // Rows this planner added to the queue (0 until listing is done).
    int queuedCount() const { return m_queuedCount; }

protected:
    void run() override;
    void abort() override;

private:
    void onListed();

    ApiClient *m_client;
    WorkspaceObject m_folder;
    QString m_localRoot;
    QString m_notebookFormat;
    QPointer<ConflictResolver> m_resolver;
    WorkspaceTreeWalker *m_walker;
    int m_queuedCount = 0;
    bool m_itemsQueued = false; // a retry never queues the items twice
};

} // namespace brickdesk
