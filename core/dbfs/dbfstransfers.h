#pragma once

#include "core/dbfs/dbfsdownloadtransfer.h"
#include "core/dbfs/dbfsfileinfo.h"
#include "core/dbfs/dbfsuploadtransfer.h"

#include <QList>
#include <QStringList>

namespace brickdesk {

class ApiClient;
class ConflictResolver;
class TransferQueue;

// What the DBFS page calls to move files. Each call adds one planner item
// to `queue`, which looks at both sides, asks `resolver` about existing
// files (not owned: parent it to the queue so it lives as long as the
// batch; nullptr skips existing files) and then queues one transfer per
// file. Returns at once; nothing blocks the GUI thread.
namespace DbfsTransfers {

// Local files and folders (recursively, folders recreated) into `targetDir`.
void upload(TransferQueue *queue, ApiClient *client, const QStringList &localPaths,
            const QString &targetDir, ConflictResolver *resolver,
            const DbfsUploadTransfer::Options &options = {});

// DBFS files and folders (recursively) into the local folder `localDir`,
// under names made safe for this computer.
void download(TransferQueue *queue, ApiClient *client, const QList<DbfsFileInfo> &items,
              const QString &localDir, ConflictResolver *resolver,
              const DbfsDownloadTransfer::Options &options = {});

} // namespace DbfsTransfers

} // namespace brickdesk
