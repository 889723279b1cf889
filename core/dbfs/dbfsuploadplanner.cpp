#include "core/dbfs/dbfsuploadplanner.h"

#include "core/dbfs/dbfsservice.h"
#include "core/net/apiclient.h"
#include "core/transfers/backgroundtask.h"
#include "core/transfers/localnames.h"
#include "core/transfers/transferqueue.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

QString parentOf(const QString &relative)
{
    const qsizetype slash = relative.lastIndexOf(u'/');
    return slash < 0 ? QString() : relative.left(slash);
}

QString nameOf(const QString &relative)
{
    return relative.mid(relative.lastIndexOf(u'/') + 1);
}

QString join(const QString &directory, const QString &name)
{
    return directory.isEmpty() ? name : directory + u'/' + name;
}

QString plannerName(const QStringList &localPaths)
{
    if (localPaths.size() == 1)
        return QFileInfo(QDir::cleanPath(localPaths.first())).fileName();
    return DbfsUploadPlanner::tr("%n item(s)", nullptr, int(localPaths.size()));
}

} // namespace

DbfsUploadPlanner::DbfsUploadPlanner(ApiClient *client, const QStringList &localPaths,
                                     const QString &targetDir, ConflictResolver *resolver,
                                     const DbfsUploadTransfer::Options &options, QObject *parent)
    : Transfer(Direction::Upload, plannerName(localPaths),
               localPaths.size() == 1 ? localPaths.first() : QString(),
               DbfsService::displayPath(targetDir), parent)
    , m_client(client)
    , m_localPaths(localPaths)
    , m_targetDir(DbfsService::apiPath(targetDir))
    , m_resolver(resolver)
    , m_options(options)
{}

QList<DbfsUploadPlanner::LocalItem> DbfsUploadPlanner::scan(const QStringList &localPaths)
{
    QList<LocalItem> items;
    for (const QString &path : localPaths) {
        const QString clean = QDir::cleanPath(path);
        const QFileInfo info(clean);
        const QString name = info.fileName();
        if (!info.exists()) {
            items.append({clean, name, 0, false, tr("It does not exist")});
            continue;
        }
        if (info.isFile()) {
            items.append({clean, name, info.size(), false, {}});
            continue;
        }
        if (!info.isDir())
            continue; // sockets, pipes, devices: nothing to upload
        items.append({clean, name, 0, true, {}});
        const QDir root(clean);
        QDirIterator it(clean,
                        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            const QFileInfo entry = it.fileInfo();
            // A linked folder could lead back up the tree: not followed.
            if (entry.isSymLink() && entry.isDir())
                continue;
            const QString relative = name + u'/' + root.relativeFilePath(entry.filePath());
            if (entry.isDir())
                items.append({entry.filePath(), relative, 0, true, {}});
            else if (entry.isFile())
                items.append({entry.filePath(), relative, entry.size(), false, {}});
        }
    }
    // Folders before what they hold, and a stable order in the panel.
    std::stable_sort(items.begin(), items.end(), [](const LocalItem &a, const LocalItem &b) {
        return a.relative < b.relative;
    });
    return items;
}

QString DbfsUploadPlanner::remotePath(const QString &relative) const
{
    return relative.isEmpty() ? m_targetDir : DbfsService::childPath(m_targetDir, relative);
}

void DbfsUploadPlanner::run()
{
    m_items.clear();
    m_childDirs.clear();
    m_remote.clear();
    m_remoteNames.clear();
    m_listed.clear();
    m_pendingListings = 0;
    m_planned.clear();
    m_pendingAnswers = 0;
    m_pendingFolders = 0;
    m_folderErrors.clear();
    if (!m_client) {
        fail(tr("The workspace is not connected"));
        return;
    }
    setStatusMessage(tr("Looking at the local files…"));
    runInBackground(
        runScope(), [paths = m_localPaths] { return scan(paths); },
        [this](const QList<LocalItem> &items) { onScanned(items); });
}

void DbfsUploadPlanner::abort()
{
    closeRunScope();
}

void DbfsUploadPlanner::onScanned(const QList<LocalItem> &items)
{
    m_items = items;
    for (const LocalItem &item : std::as_const(m_items)) {
        if (item.isDir && item.error.isEmpty())
            m_childDirs[parentOf(item.relative)].append(item.relative);
    }
    setStatusMessage(tr("Checking %1…").arg(DbfsService::displayPath(m_targetDir)));
    listRemote({});
}

void DbfsUploadPlanner::listRemote(const QString &relative)
{
    ++m_pendingListings;
    m_listed.insert(relative);
    DbfsService(m_client).list(
        remotePath(relative), runScope(),
        [this, relative](const std::optional<ApiError> &error, const QList<DbfsFileInfo> &files) {
            onListed(relative, error, files);
        });
}

void DbfsUploadPlanner::onListed(const QString &relative, const std::optional<ApiError> &error,
                                 const QList<DbfsFileInfo> &files)
{
    --m_pendingListings;
    const QString path = remotePath(relative);
    if (error && !error->isNotFound()) {
        fail(tr("Could not look at %1: %2").arg(DbfsService::displayPath(path), error->toString()));
        return;
    }
    // Listing a file answers the file itself.
    const bool isFile = !error && files.size() == 1 && !files.first().isDir &&
                        DbfsService::apiPath(files.first().path) == path;
    if (isFile && relative.isEmpty()) {
        fail(tr("%1 is a file, not a folder").arg(DbfsService::displayPath(path)));
        return;
    }
    if (!error && !isFile) {
        QSet<QString> &names = m_remoteNames[relative];
        for (const DbfsFileInfo &file : files) {
            names.insert(file.name);
            m_remote.insert(join(relative, file.name), file);
        }
        // Only folders that exist and receive something need a look.
        for (const QString &child : m_childDirs.value(relative)) {
            const auto it = m_remote.constFind(child);
            if (it != m_remote.cend() && it->isDir)
                listRemote(child);
        }
    }
    if (m_pendingListings == 0)
        plan();
}

void DbfsUploadPlanner::plan()
{
    for (const LocalItem &item : std::as_const(m_items)) {
        if (!item.isDir)
            continue;
        const auto it = m_remote.constFind(item.relative);
        if (it != m_remote.cend() && !it->isDir)
            m_folderErrors.insert(item.relative,
                                  tr("A file exists at %1 where a folder should be")
                                      .arg(DbfsService::displayPath(remotePath(item.relative))));
    }

    // Names taken in each remote folder: what is there and what comes.
    QHash<QString, QSet<QString>> taken = m_remoteNames;
    for (const LocalItem &item : std::as_const(m_items))
        taken[parentOf(item.relative)].insert(nameOf(item.relative));

    for (const LocalItem &item : std::as_const(m_items)) {
        if (item.isDir)
            continue;
        Planned planned;
        planned.item = item;
        planned.targetPath = remotePath(item.relative);
        if (!item.error.isEmpty()) {
            planned.blocked = tr("Could not read %1: %2").arg(item.localPath, item.error);
        } else if (const auto it = m_remote.constFind(item.relative); it != m_remote.cend()) {
            if (it->isDir) {
                planned.blocked = tr("A folder exists at %1; it cannot be replaced by a file")
                                      .arg(DbfsService::displayPath(planned.targetPath));
            } else {
                planned.exists = true;
                const QString directory = parentOf(item.relative);
                QSet<QString> &names = taken[directory];
                const QString name = nameOf(item.relative);
                QString free;
                for (int n = 2; free.isEmpty() || names.contains(free); ++n)
                    free = LocalNames::numbered(name, n);
                names.insert(free);
                planned.keepBothPath = remotePath(join(directory, free));
            }
        }
        m_planned.append(planned);
    }
    askConflicts();
}

void DbfsUploadPlanner::askConflicts()
{
    QList<int> conflicts;
    for (int i = 0; i < m_planned.size(); ++i) {
        if (m_planned.at(i).exists && m_planned.at(i).blocked.isEmpty())
            conflicts.append(i);
    }
    if (conflicts.isEmpty()) {
        makeFolders();
        return;
    }
    setStatusMessage(
        tr("Waiting for an answer about %n existing file(s)…", nullptr, int(conflicts.size())));
    m_pendingAnswers = int(conflicts.size());
    for (const int index : std::as_const(conflicts)) {
        const auto decided = [this, index](ConflictChoice choice) {
            m_planned[index].choice = choice;
            if (--m_pendingAnswers == 0)
                makeFolders();
        };
        if (!m_resolver) {
            decided(ConflictChoice::Skip);
            continue;
        }
        const Planned &planned = m_planned.at(index);
        ConflictResolver::Question question;
        question.name = nameOf(planned.item.relative);
        question.target = DbfsService::displayPath(planned.targetPath);
        question.canKeepBoth = true;
        m_resolver->resolve(question, runScope(), decided);
    }
}

void DbfsUploadPlanner::makeFolders()
{
    // mkdirs makes parents, so the deepest new folders are enough; folders
    // that hold files would also come with their files, but empty ones
    // would not.
    QStringList leaves;
    for (const LocalItem &item : std::as_const(m_items)) {
        if (!item.isDir || m_childDirs.contains(item.relative) || m_remote.contains(item.relative))
            continue;
        leaves.append(item.relative);
    }
    if (leaves.isEmpty()) {
        addTransfers();
        return;
    }
    setStatusMessage(tr("Creating folders…"));
    m_pendingFolders = int(leaves.size());
    for (const QString &relative : std::as_const(leaves)) {
        DbfsService(m_client).mkdirs(remotePath(relative), runScope(),
                                     [this, relative](const std::optional<ApiError> &error) {
                                         if (error)
                                             m_folderErrors.insert(relative, error->toString());
                                         if (--m_pendingFolders == 0)
                                             addTransfers();
                                     });
    }
}

void DbfsUploadPlanner::addTransfers()
{
    const auto folderError = [this](QString relative) {
        while (!relative.isEmpty()) {
            relative = parentOf(relative);
            if (const auto it = m_folderErrors.constFind(relative); it != m_folderErrors.cend())
                return *it;
        }
        return QString();
    };
    QList<Transfer *> transfers;
    transfers.reserve(m_planned.size());
    for (const Planned &planned : std::as_const(m_planned)) {
        QString target = planned.targetPath;
        bool replace = false;
        QString skipped;
        if (planned.exists) {
            switch (planned.choice.value_or(ConflictChoice::Skip)) {
            case ConflictChoice::Overwrite:
                replace = true;
                break;
            case ConflictChoice::KeepBoth:
                target = planned.keepBothPath;
                break;
            case ConflictChoice::Skip:
                skipped = tr("%1 already exists").arg(DbfsService::displayPath(target));
                break;
            }
        }
        auto *transfer = new DbfsUploadTransfer(m_client, planned.item.localPath, planned.item.size,
                                                target, replace, m_options);
        QString blocked = planned.blocked;
        if (blocked.isEmpty())
            blocked = folderError(planned.item.relative);
        if (!blocked.isEmpty())
            transfer->setBlocked(blocked);
        else if (!skipped.isEmpty())
            transfer->setSkipped(skipped);
        transfers.append(transfer);
    }
    // Folders that could not be made without files in them still count.
    QStringList failedFolders;
    for (auto it = m_folderErrors.cbegin(); it != m_folderErrors.cend(); ++it)
        failedFolders.append(it.value());
    TransferQueue *target = queue();
    if (!target) {
        qDeleteAll(transfers);
        fail(tr("The transfer queue is gone"));
        return;
    }
    target->add(transfers);
    if (!failedFolders.isEmpty() && transfers.isEmpty()) {
        fail(failedFolders.first());
        return;
    }
    succeed();
}

} // namespace brickdesk
