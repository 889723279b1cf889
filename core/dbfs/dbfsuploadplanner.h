#pragma once

#include "core/dbfs/dbfsfileinfo.h"
#include "core/dbfs/dbfsuploadtransfer.h"
#include "core/transfers/conflictresolver.h"
#include "core/transfers/transfer.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace brickdesk {

class ApiClient;

// The first item of an upload: walks the local files and folders (on a
// worker thread), looks at what already exists under the target (listings
// up front, not after gigabytes went over the wire), asks about conflicts
// once per file with apply-to-all, creates the folders, and then adds one
// DbfsUploadTransfer per file to its queue.
class DbfsUploadPlanner : public Transfer
{
    Q_OBJECT

public:
    // A local file or folder as the walk found it; `relative` uses '/'.
    struct LocalItem
    {
        QString localPath;
        QString relative; // "photos/2024/a.jpg" below the target folder
        qint64 size = 0;
        bool isDir = false;
        QString error; // could not be read
    };

    DbfsUploadPlanner(ApiClient *client, const QStringList &localPaths, const QString &targetDir,
                      ConflictResolver *resolver, const DbfsUploadTransfer::Options &options,
                      QObject *parent = nullptr);

    // Walks `localPaths` (files and folders, recursively). Blocking: runs on
    // a worker thread.
    static QList<LocalItem> scan(const QStringList &localPaths);

protected:
    void run() override;
    void abort() override;

private:
    struct Planned
    {
        LocalItem item;
        QString targetPath;
        QString keepBothPath;
        bool exists = false;
        QString blocked;
        std::optional<ConflictChoice> choice;
    };

    void onScanned(const QList<LocalItem> &items);
    void listRemote(const QString &relative);
    void onListed(const QString &relative, const std::optional<ApiError> &error,
                  const QList<DbfsFileInfo> &files);
    void plan();
    void askConflicts();
    void makeFolders();
    void addTransfers();
    QString remotePath(const QString &relative) const;

    QPointer<ApiClient> m_client;
    QStringList m_localPaths;
    QString m_targetDir;
    QPointer<ConflictResolver> m_resolver;
    DbfsUploadTransfer::Options m_options;

    QList<LocalItem> m_items;
    QHash<QString, QStringList> m_childDirs;     // relative dir -> planned child dirs
    QHash<QString, DbfsFileInfo> m_remote;       // relative path -> what exists there
    QHash<QString, QSet<QString>> m_remoteNames; // relative dir -> names there
    QSet<QString> m_listed;                      // relative dirs listed
    int m_pendingListings = 0;
    QList<Planned> m_planned;
    int m_pendingAnswers = 0;
    int m_pendingFolders = 0;
    QHash<QString, QString> m_folderErrors; // relative dir -> why it could not be made
};

} // namespace brickdesk
