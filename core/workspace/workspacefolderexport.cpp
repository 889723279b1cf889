#include "core/workspace/workspacefolderexport.h"

#include "core/transfers/backgroundtask.h"
#include "core/transfers/conflictresolver.h"
#include "core/transfers/localnames.h"
#include "core/transfers/transferqueue.h"
#include "core/workspace/exportformat.h"
#include "core/workspace/noticetransfer.h"
#include "core/workspace/workspaceexporttransfer.h"
#include "core/workspace/workspacetreewalker.h"

#include <QDir>
#include <QHash>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

QString withoutTrailingSlash(QString path)
{
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return path;
}

QString parentOf(const QString &remotePath)
{
    const qsizetype slash = remotePath.lastIndexOf(u'/');
    return slash <= 0 ? u"/"_s : remotePath.left(slash);
}

QString folderName(const WorkspaceObject &folder)
{
    return folder.name.isEmpty() ? WorkspaceObject::nameFromPath(folder.path) : folder.name;
}

struct PlannedExport
{
    WorkspaceObject object;
    QString format;
    QString localPath;
};

struct Notice
{
    QString name;
    QString path;
    NoticeTransfer::Outcome outcome;
    QString reason;
};

} // namespace

WorkspaceFolderExport::WorkspaceFolderExport(ApiClient *client, const WorkspaceObject &folder,
                                             const QString &localParent, ConflictResolver *resolver,
                                             const QString &notebookFormat, QObject *parent)
    : Transfer(Direction::Download, folderName(folder), folder.path,
               QDir(localParent).filePath(LocalNames::sanitize(folderName(folder))), parent)
    , m_client(client)
    , m_folder(folder)
    , m_localRoot(target())
    , m_notebookFormat(notebookFormat.isEmpty() ? QString(ExportFormat::Source) : notebookFormat)
    , m_resolver(resolver)
    , m_walker(new WorkspaceTreeWalker(client, this))
{
    m_folder.path = withoutTrailingSlash(m_folder.path);
    connect(m_walker, &WorkspaceTreeWalker::progress, this, [this](int found) {
        if (isRunning())
            setStatusMessage(tr("Listing… %n object(s)", nullptr, found));
    });
    connect(m_walker, &WorkspaceTreeWalker::finished, this, [this] {
        if (isRunning())
            onListed();
    });
}

WorkspaceFolderExport::~WorkspaceFolderExport()
{
    m_walker->cancel();
}

void WorkspaceFolderExport::run()
{
    setStatusMessage(tr("Listing…"));
    m_walker->start(m_folder.path);
}

void WorkspaceFolderExport::onListed()
{
    // Every remote folder maps to one local folder; names inside each are
    // handed out by that folder's allocator, so siblings never collide and
    // nothing a remote name says can leave the root.
    QHash<QString, QString> localFolderOf{{m_folder.path, m_localRoot}};
    QHash<QString, LocalNameAllocator> allocators;
    QStringList localFolders{m_localRoot};
    QList<PlannedExport> planned;
    QList<Notice> notices;

    for (const WorkspaceObject &object : m_walker->objects()) {
        const QString remoteParent = parentOf(object.path);
        const auto parentIt = localFolderOf.constFind(remoteParent);
        if (parentIt == localFolderOf.cend())
            continue; // not below the root (cannot happen with a sane server)
        const QString localParent = *parentIt;
        LocalNameAllocator &names = allocators[remoteParent];
        if (object.isContainer()) {
            const QString local = QDir(localParent).filePath(names.allocate(object.name));
            localFolderOf.insert(object.path, local);
            localFolders.append(local);
        } else if (ExportFormat::canExport(object)) {
            const QString format = object.objectType == ObjectType::Notebook
                                       ? ExportFormat::effectiveFormat(object, m_notebookFormat)
                                       : QString(ExportFormat::Auto);
            const QString name = names.allocate(ExportFormat::fileName(object, format));
            planned.append({object, format, QDir(localParent).filePath(name)});
        } else {
            notices.append({object.name, object.path, NoticeTransfer::Outcome::Skipped,
                            ExportFormat::whyNotExportable(object)});
        }
    }
    for (const ApiError &error : m_walker->errors())
        notices.append({folderName(m_folder), m_folder.path, NoticeTransfer::Outcome::Failed,
                        tr("Could not list a folder: %1").arg(error.toString())});

    setStatusMessage(tr("Creating %n local folder(s)…", nullptr, int(localFolders.size())));
    runInBackground(
        runScope(),
        [localFolders] {
            QStringList failed;
            for (const QString &folder : localFolders)
                if (!QDir().mkpath(folder))
                    failed.append(folder);
            return failed;
        },
        [this, planned, notices](const QStringList &failed) {
            QList<Transfer *> transfers;
            for (const Notice &notice : notices)
                transfers.append(new NoticeTransfer(Direction::Download, notice.name, notice.path,
                                                    notice.outcome, notice.reason));
            for (const PlannedExport &item : planned)
                transfers.append(new WorkspaceExportTransfer(m_client, item.object, item.format,
                                                             item.localPath, m_resolver));
            if (!m_itemsQueued && queue()) {
                m_itemsQueued = true;
                m_queuedCount = int(transfers.size());
                queue()->add(transfers);
            } else {
                qDeleteAll(transfers);
            }
            if (!failed.isEmpty()) {
                fail(tr("Could not create the local folder %1").arg(failed.first()));
                return;
            }
            succeed();
        });
}

void WorkspaceFolderExport::abort()
{
    closeRunScope();
    m_walker->cancel();
}

} // namespace brickdesk
