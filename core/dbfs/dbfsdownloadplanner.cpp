#include "core/dbfs/dbfsdownloadplanner.h"

#include "core/dbfs/dbfsservice.h"
#include "core/net/apiclient.h"
#include "core/transfers/backgroundtask.h"
#include "core/transfers/localnames.h"
#include "core/transfers/transferqueue.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

QString plannerName(const QList<DbfsFileInfo> &items)
{
    if (items.size() == 1)
        return items.first().name;
    return DbfsDownloadPlanner::tr("%n item(s)", nullptr, int(items.size()));
}

} // namespace

DbfsDownloadPlanner::DbfsDownloadPlanner(ApiClient *client, const QList<DbfsFileInfo> &items,
                                         const QString &localDir, ConflictResolver *resolver,
                                         const DbfsDownloadTransfer::Options &options,
                                         QObject *parent)
    : Transfer(Direction::Download, plannerName(items),
               items.size() == 1 ? DbfsService::displayPath(items.first().path) : QString(),
               localDir, parent)
    , m_client(client)
    , m_selection(items)
    , m_localDir(localDir)
    , m_resolver(resolver)
    , m_options(options)
{}

void DbfsDownloadPlanner::run()
{
    m_items.clear();
    m_pendingListings = 0;
    m_plans.clear();
    m_pendingAnswers = 0;
    if (!m_client) {
        fail(tr("The workspace is not connected"));
        return;
    }
    for (DbfsFileInfo info : std::as_const(m_selection)) {
        info.path = DbfsService::apiPath(info.path);
        if (info.name.isEmpty())
            info.name = DbfsFileInfo::nameFromPath(info.path);
        m_items.append({info, {}, info.path});
        if (info.isDir)
            listFolder(info.path);
    }
    if (m_pendingListings == 0)
        onListed({}, std::nullopt, {}); // nothing to list: plan at once
}

void DbfsDownloadPlanner::abort()
{
    closeRunScope();
}

void DbfsDownloadPlanner::listFolder(const QString &path)
{
    ++m_pendingListings;
    setStatusMessage(tr("Listing %1…").arg(DbfsService::displayPath(path)));
    DbfsService(m_client).list(
        path, runScope(),
        [this, path](const std::optional<ApiError> &error, const QList<DbfsFileInfo> &files) {
            --m_pendingListings;
            onListed(path, error, files);
        });
}

void DbfsDownloadPlanner::onListed(const QString &path, const std::optional<ApiError> &error,
                                   const QList<DbfsFileInfo> &files)
{
    if (error) {
        fail(tr("Could not list %1: %2").arg(DbfsService::displayPath(path), error->toString()));
        return;
    }
    for (const DbfsFileInfo &file : files) {
        m_items.append({file, path, file.path});
        if (file.isDir)
            listFolder(file.path);
    }
    if (m_pendingListings > 0)
        return;
    setStatusMessage(tr("Preparing local folders…"));
    runInBackground(
        runScope(),
        [localDir = m_localDir, items = m_items] { return prepareLocal(localDir, items); },
        [this](const QList<LocalPlan> &plans) { onPrepared(plans); });
}

QList<DbfsDownloadPlanner::LocalPlan>
DbfsDownloadPlanner::prepareLocal(const QString &localDir, const QList<RemoteItem> &items)
{
    QList<LocalPlan> plans;
    QHash<QString, QString> folders;          // remote key -> local folder
    QHash<QString, QString> folderErrors;     // remote key -> why it is unusable
    QHash<QString, LocalNameAllocator> names; // local folder -> names given out
    const QString root = QDir::cleanPath(localDir);
    if (!QDir().mkpath(root))
        folderErrors.insert(QString(), tr("Could not create the local folder %1").arg(root));
    folders.insert(QString(), root);

    for (const RemoteItem &item : items) {
        const QString parentError = folderErrors.value(item.parent);
        const QString parent = folders.value(item.parent);
        LocalNameAllocator &allocator = names[parent];
        // A remote name can never lead outside the chosen folder.
        const QString name = allocator.allocate(item.info.name);
        const QString local = parent + u'/' + name;
        if (item.info.isDir) {
            folders.insert(item.key, local);
            if (!parentError.isEmpty())
                folderErrors.insert(item.key, parentError);
            else if (!QDir().mkpath(local))
                folderErrors.insert(item.key,
                                    tr("Could not create the local folder %1").arg(local));
            continue;
        }
        LocalPlan plan;
        plan.info = item.info;
        plan.localPath = local;
        plan.blocked = parentError;
        const QFileInfo existing(local);
        if (plan.blocked.isEmpty() && existing.exists()) {
            if (existing.isDir()) {
                plan.blocked =
                    tr("A folder exists at %1; it cannot be replaced by a file").arg(local);
            } else {
                plan.exists = true;
                QString free;
                for (int n = 2; free.isEmpty() || allocator.isTaken(free) ||
                                QFileInfo::exists(parent + u'/' + free);
                     ++n)
                    free = LocalNames::numbered(name, n);
                allocator.allocate(free);
                plan.keepBothPath = parent + u'/' + free;
            }
        }
        plans.append(plan);
    }
    return plans;
}

void DbfsDownloadPlanner::onPrepared(const QList<LocalPlan> &plans)
{
    m_plans = plans;
    QList<int> conflicts;
    for (int i = 0; i < m_plans.size(); ++i) {
        if (m_plans.at(i).exists)
            conflicts.append(i);
    }
    if (conflicts.isEmpty()) {
        addTransfers();
        return;
    }
    setStatusMessage(
        tr("Waiting for an answer about %n existing file(s)…", nullptr, int(conflicts.size())));
    m_pendingAnswers = int(conflicts.size());
    for (const int index : std::as_const(conflicts)) {
        const auto decided = [this, index](ConflictChoice choice) {
            m_plans[index].choice = choice;
            if (--m_pendingAnswers == 0)
                addTransfers();
        };
        if (!m_resolver) {
            decided(ConflictChoice::Skip);
            continue;
        }
        ConflictResolver::Question question;
        question.name = QFileInfo(m_plans.at(index).localPath).fileName();
        question.target = m_plans.at(index).localPath;
        question.canKeepBoth = true;
        m_resolver->resolve(question, runScope(), decided);
    }
}

void DbfsDownloadPlanner::addTransfers()
{
    QList<Transfer *> transfers;
    transfers.reserve(m_plans.size());
    for (const LocalPlan &plan : std::as_const(m_plans)) {
        QString local = plan.localPath;
        QString skipped;
        if (plan.exists) {
            switch (plan.choice.value_or(ConflictChoice::Skip)) {
            case ConflictChoice::Overwrite:
                break; // QSaveFile replaces it in one step when complete
            case ConflictChoice::KeepBoth:
                local = plan.keepBothPath;
                break;
            case ConflictChoice::Skip:
                skipped = tr("%1 already exists").arg(local);
                break;
            }
        }
        auto *transfer = new DbfsDownloadTransfer(m_client, plan.info, local, m_options);
        if (!plan.blocked.isEmpty())
            transfer->setBlocked(plan.blocked);
        else if (!skipped.isEmpty())
            transfer->setSkipped(skipped);
        transfers.append(transfer);
    }
    TransferQueue *target = queue();
    if (!target) {
        qDeleteAll(transfers);
        fail(tr("The transfer queue is gone"));
        return;
    }
    target->add(transfers);
    succeed();
}

} // namespace brickdesk
