#include "core/dbfs/dbfstransfers.h"

#include "core/dbfs/dbfsdownloadplanner.h"
#include "core/dbfs/dbfsuploadplanner.h"
#include "core/transfers/transferqueue.h"

namespace brickdesk::DbfsTransfers {

void upload(TransferQueue *queue, ApiClient *client, const QStringList &localPaths,
            const QString &targetDir, ConflictResolver *resolver,
            const DbfsUploadTransfer::Options &options)
{
    if (!queue || localPaths.isEmpty())
        return;
    queue->add(new DbfsUploadPlanner(client, localPaths, targetDir, resolver, options));
}

void download(TransferQueue *queue, ApiClient *client, const QList<DbfsFileInfo> &items,
              const QString &localDir, ConflictResolver *resolver,
              const DbfsDownloadTransfer::Options &options)
{
    if (!queue || items.isEmpty())
        return;
    queue->add(new DbfsDownloadPlanner(client, items, localDir, resolver, options));
}

} // namespace brickdesk::DbfsTransfers
