#pragma once

#include "core/dbfs/dbfsdownloadtransfer.h"
#include "core/dbfs/dbfsfileinfo.h"
#include "core/transfers/conflictresolver.h"
#include "core/transfers/transfer.h"

#include <QList>
#include <QPointer>

#include <optional>

namespace brickdesk {

class ApiClient;

// The first item of a download: lists the chosen DBFS folders recursively
// (concurrently, within the client's budget), then on a worker thread
// creates the local folders and picks safe, unique local names, asks about
// local files that already exist, and adds one DbfsDownloadTransfer per
// file to its queue.
class DbfsDownloadPlanner : public Transfer
{
    Q_OBJECT

public:
    // One remote entry below the download's local folder.
    struct RemoteItem
    {
        DbfsFileInfo info;
        QString parent; // key of the remote folder it is in; empty at the top
        QString key;    // its own key (its remote path)
    };
    // Where one remote file goes, as the worker decided it.
    struct LocalPlan
    {
        DbfsFileInfo info;
        QString localPath;
        QString keepBothPath; // a free name beside it, when it exists
        bool exists = false;
        QString blocked;
        std::optional<ConflictChoice> choice;
    };

    DbfsDownloadPlanner(ApiClient *client, const QList<DbfsFileInfo> &items,
                        const QString &localDir, ConflictResolver *resolver,
                        const DbfsDownloadTransfer::Options &options, QObject *parent = nullptr);

    // Makes the local folders and names the files. Blocking: runs on a
    // worker thread. `items` lists parents before their children.
    static QList<LocalPlan> prepareLocal(const QString &localDir, const QList<RemoteItem> &items);

protected:
    void run() override;
    void abort() override;

private:
    void listFolder(const QString &path);
    void onListed(const QString &path, const std::optional<ApiError> &error,
                  const QList<DbfsFileInfo> &files);
    void onPrepared(const QList<LocalPlan> &plans);
    void addTransfers();

    QPointer<ApiClient> m_client;
    QList<DbfsFileInfo> m_selection;
    QString m_localDir;
    QPointer<ConflictResolver> m_resolver;
    DbfsDownloadTransfer::Options m_options;

    QList<RemoteItem> m_items;
    int m_pendingListings = 0;
    QList<LocalPlan> m_plans;
    int m_pendingAnswers = 0;
};

} // namespace brickdesk
