#include "app/workspace/workspacetransfers.h"

#include "app/common/conflictdialog.h"
#include "app/common/transferpanel.h"
#include "app/workspace/exportdialog.h"
#include "app/workspace/importdialog.h"
#include "app/workspace/workspaceview.h"
#include "core/transfers/localnames.h"
#include "core/transfers/transferqueue.h"
#include "core/workspace/exportformat.h"
#include "core/workspace/noticetransfer.h"
#include "core/workspace/workspaceexporttransfer.h"
#include "core/workspace/workspacefolderexport.h"
#include "core/workspace/workspaceimportbatch.h"
#include "core/workspace/workspaceimporttransfer.h"
#include "core/workspace/workspacemodel.h"

#include <QDir>
#include <QDropEvent>
#include <QMainWindow>
#include <QMimeData>
#include <QSet>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace brickdesk {

// One import on its way: the batch row and the item rows it added to the
// queue. A QObject so that connections to its transfers end with it.
struct WorkspaceTransfers::ImportWatch : QObject
{
    using QObject::QObject;

    QPointer<Transfer> batch;
    QString folder;
    QSet<QString> localPaths; // of the plan's items
    QSet<QString> unreadable; // local paths the batch adds failed rows for
    QList<QPointer<Transfer>> items;
    bool captured = false; // the batch has added its items
};

WorkspaceTransfers::WorkspaceTransfers(WorkspaceView *view, TransferQueue *queue)
    : QObject(view)
    , m_view(view)
    , m_queue(queue)
{
    setObjectName(u"workspaceTransfers"_s);
    // Connecting enables the view's Import… and Export… actions.
    connect(view, &WorkspaceView::importRequested, this,
            [this](const QString &folder) { openImport(folder); });
    connect(view, &WorkspaceView::exportRequested, this,
            [this](const QStringList &paths) { openExport(paths); });
    view->viewport()->setAcceptDrops(true);
    view->viewport()->installEventFilter(this);
    connect(queue, &TransferQueue::aboutToInsert, this, [this](int first, int last) {
        m_inserting = {first, last};
    });
    connect(queue, &TransferQueue::inserted, this, &WorkspaceTransfers::onInserted);
}

WorkspaceTransfers::~WorkspaceTransfers() = default;

ImportDialog *WorkspaceTransfers::importDialog() const
{
    return m_importDialog;
}

ExportDialog *WorkspaceTransfers::exportDialog() const
{
    return m_exportDialog;
}

ImportDialog *WorkspaceTransfers::openImport(const QString &folder, const QStringList &localPaths)
{
    if (!m_view->workspaceModel() || !m_view->client())
        return nullptr;
    const QString target = folder.isEmpty() ? m_view->workspaceModel()->rootPath() : folder;
    if (!m_importDialog) {
        m_importDialog = new ImportDialog(m_view);
        connect(m_importDialog, &ImportDialog::importAccepted, this,
                &WorkspaceTransfers::startImport);
        m_importDialog->setTargetFolder(target);
    } else if (m_importDialog->localPaths().isEmpty() || !localPaths.isEmpty()) {
        // A new drop or request goes where the user pointed this time.
        m_importDialog->setTargetFolder(target);
    }
    if (!localPaths.isEmpty())
        m_importDialog->addLocalPaths(localPaths);
    m_importDialog->show();
    m_importDialog->raise();
    m_importDialog->activateWindow();
    return m_importDialog;
}

ExportDialog *WorkspaceTransfers::openExport(const QStringList &paths)
{
    const QList<WorkspaceObject> objects = objectsFor(paths);
    if (objects.isEmpty() || !m_view->client())
        return nullptr;
    // A new selection makes a new question; the old dialog asked about
    // other objects.
    if (m_exportDialog)
        m_exportDialog->close();
    m_exportDialog = new ExportDialog(objects, m_view);
    connect(m_exportDialog, &ExportDialog::exportAccepted, this, &WorkspaceTransfers::startExport);
    m_exportDialog->show();
    m_exportDialog->raise();
    m_exportDialog->activateWindow();
    return m_exportDialog;
}

ConflictResolver *WorkspaceTransfers::askingResolver(ConflictResolver::Policy policy)
{
    // Owned by the queue: it must outlive the transfers it decides for,
    // which the queue owns.
    return new ConflictResolver(policy, ConflictDialog::asker(m_view), m_queue);
}

void WorkspaceTransfers::startImport(const ImportPlan &plan, ConflictResolver::Policy policy)
{
    ApiClient *client = m_view->client();
    if (!client || !m_queue)
        return;
    auto *batch = new WorkspaceImportBatch(client, plan, askingResolver(policy));
    watchImport(batch, plan);
    m_queue->add(batch);
    showTransfers(tr("Importing %n item(s) into %1…", nullptr, int(plan.items.size()))
                      .arg(plan.remoteFolder));
}

void WorkspaceTransfers::startExport(const ExportRequest &request)
{
    ApiClient *client = m_view->client();
    if (!client || !m_queue)
        return;
    ConflictResolver *resolver = askingResolver(ConflictResolver::Policy::Ask);
    QList<Transfer *> transfers;
    auto skipped = [](const WorkspaceObject &object) {
        return new NoticeTransfer(Transfer::Direction::Download, object.name, object.path,
                                  NoticeTransfer::Outcome::Skipped,
                                  ExportFormat::whyNotExportable(object));
    };
    if (request.mode == ExportRequest::Mode::File) {
        const WorkspaceObject &object = request.objects.first();
        transfers.append(new WorkspaceExportTransfer(client, object, request.format,
                                                     request.filePath, resolver));
    } else {
        // Names unique within the target folder: two selected objects whose
        // names differ only in case must not write the same file.
        LocalNameAllocator names;
        const QString preferred = request.mode == ExportRequest::Mode::Dbc
                                      ? QString(ExportFormat::Dbc)
                                      : QString(ExportFormat::Source);
        for (const WorkspaceObject &object : request.objects) {
            if (object.isContainer() && request.mode == ExportRequest::Mode::SourceTree) {
                transfers.append(
                    new WorkspaceFolderExport(client, object, request.directory, resolver));
                continue;
            }
            const QString format = ExportFormat::effectiveFormat(object, preferred);
            if (format.isEmpty()) {
                transfers.append(skipped(object));
                continue;
            }
            const QString name = names.allocate(ExportFormat::fileName(object, format));
            transfers.append(new WorkspaceExportTransfer(
                client, object, format, QDir(request.directory).filePath(name), resolver));
        }
    }
    m_queue->add(transfers);
    showTransfers(
        request.mode == ExportRequest::Mode::File
            ? tr("Exporting %1 to %2…").arg(request.objects.first().name, request.filePath)
            : tr("Exporting %n object(s) to %1…", nullptr, int(request.objects.size()))
                  .arg(request.directory));
}

void WorkspaceTransfers::watchImport(Transfer *batch, const ImportPlan &plan)
{
    auto *watch = new ImportWatch(this);
    watch->batch = batch;
    watch->folder = plan.remoteFolder;
    for (const ImportItem &item : plan.items)
        watch->localPaths.insert(item.localPath);
    for (const QString &path : plan.unreadable)
        watch->unreadable.insert(path);
    m_imports.append(watch);
    connect(batch, &Transfer::stateChanged, watch, [this, watch] { checkImport(watch); });
    connect(batch, &QObject::destroyed, watch, [this, watch] { checkImport(watch); });
}

void WorkspaceTransfers::onInserted()
{
    // The batch adds its items in one go while it runs, right before it
    // finishes: the new rows of a running batch's plan are its items. Only
    // new rows count, an earlier import of the same files has rows too.
    const auto [first, last] = std::exchange(m_inserting, {-1, -1});
    if (first < 0 || !m_queue)
        return;
    for (ImportWatch *watch : std::as_const(m_imports)) {
        if (watch->captured || !watch->batch || watch->batch->state() != Transfer::State::Running)
            continue;
        for (int row = first; row <= last && row < m_queue->count(); ++row) {
            Transfer *transfer = m_queue->at(row);
            const auto *item = qobject_cast<WorkspaceImportTransfer *>(transfer);
            const bool ours = item ? watch->localPaths.contains(item->item().localPath)
                                   : qobject_cast<NoticeTransfer *>(transfer) &&
                                         watch->unreadable.contains(transfer->source());
            if (!ours)
                continue;
            watch->items.append(transfer);
            connect(transfer, &Transfer::stateChanged, watch,
                    [this, watch] { checkImport(watch); });
        }
        watch->captured = !watch->items.isEmpty();
    }
}

void WorkspaceTransfers::checkImport(ImportWatch *watch)
{
    if (watch->batch && !watch->batch->isFinished())
        return;
    // The batch adds its items before it finishes. One that ended without
    // (cancelled, or a plan of folders only) is done; otherwise wait for
    // every item.
    if (watch->captured) {
        for (const QPointer<Transfer> &item : std::as_const(watch->items))
            if (item && !item->isFinished())
                return;
    }
    finishImport(watch);
}

void WorkspaceTransfers::finishImport(ImportWatch *watch)
{
    m_imports.removeOne(watch);
    int succeeded = 0;
    int skipped = 0;
    int failed = 0;
    for (const QPointer<Transfer> &item : std::as_const(watch->items)) {
        if (!item)
            continue;
        succeeded += item->state() == Transfer::State::Succeeded;
        skipped += item->state() == Transfer::State::Skipped;
        failed +=
            item->state() == Transfer::State::Failed || item->state() == Transfer::State::Cancelled;
    }
    if (watch->batch && watch->batch->state() == Transfer::State::Failed)
        ++failed;

    // The new objects show where they went; the folder collapses its
    // subfolders, which list again when opened.
    if (WorkspaceModel *model = m_view->workspaceModel()) {
        if (watch->folder == model->rootPath()) {
            model->refresh();
        } else {
            const QModelIndex folder = model->indexForPath(watch->folder);
            if (folder.isValid() && model->isLoaded(folder))
                model->refresh(folder);
        }
    }

    QStringList parts{tr("Imported %n item(s) into %1", nullptr, succeeded).arg(watch->folder)};
    if (skipped)
        parts << tr("%n skipped", nullptr, skipped);
    if (failed)
        parts << tr("%n failed (see Transfers)", nullptr, failed);
    const QString summary = parts.join(u" · "_s);
    if (auto *window = qobject_cast<QMainWindow *>(m_view->window()))
        window->statusBar()->showMessage(summary, 15'000);
    const QString folder = watch->folder;
    watch->deleteLater();
    emit importFinished(folder, summary);
}

bool WorkspaceTransfers::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!m_view->workspaceModel() || !m_view->client() ||
            localPathsOf(drag->mimeData()).isEmpty())
            return false; // not ours: the view decides
        // Files from the desktop are copied, whatever the modifiers say.
        drag->setDropAction(Qt::CopyAction);
        drag->accept();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = localPathsOf(drop->mimeData());
        if (!m_view->workspaceModel() || !m_view->client() || paths.isEmpty())
            return false;
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        // The dialog opens after the drop returns: the source application
        // is still waiting for the drop to finish.
        const QString folder = dropFolder(drop->position().toPoint());
        QMetaObject::invokeMethod(
            this, [this, folder, paths] { openImport(folder, paths); }, Qt::QueuedConnection);
        return true;
    }
    default:
        return false;
    }
}

QStringList WorkspaceTransfers::localPathsOf(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            return {}; // a mixed drag is not a desktop drop
        paths.append(QDir::cleanPath(url.toLocalFile()));
    }
    return paths;
}

QString WorkspaceTransfers::dropFolder(const QPoint &pos) const
{
    WorkspaceModel *model = m_view->workspaceModel();
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return model->rootPath();
    const auto parentOf = [model](const QModelIndex &row) {
        const QModelIndex parent = row.parent();
        return parent.isValid() ? parent.data(WorkspaceModel::PathRole).toString()
                                : model->rootPath();
    };
    if (index.data(WorkspaceModel::RowKindRole).value<WorkspaceModel::RowKind>() !=
        WorkspaceModel::RowKind::Object)
        return parentOf(index); // a Loading or error row stands for its folder
    if (index.data(WorkspaceModel::IsFolderRole).toBool())
        return index.data(WorkspaceModel::PathRole).toString();
    return parentOf(index);
}

QList<WorkspaceObject> WorkspaceTransfers::objectsFor(const QStringList &paths) const
{
    QList<WorkspaceObject> objects;
    WorkspaceModel *model = m_view->workspaceModel();
    if (!model)
        return objects;
    for (const QString &path : paths) {
        const QModelIndex index = model->indexForPath(path);
        if (!index.isValid())
            continue; // only loaded rows can be selected
        WorkspaceObject object;
        object.path = path;
        object.name = WorkspaceObject::nameFromPath(path);
        object.objectType = index.data(WorkspaceModel::ObjectTypeRole).toString();
        object.language = index.data(WorkspaceModel::LanguageRole).toString();
        object.objectId = index.data(WorkspaceModel::ObjectIdRole).toLongLong();
        object.isGitFolder = index.data(WorkspaceModel::IsGitFolderRole).toBool();
        objects.append(object);
    }
    return objects;
}

void WorkspaceTransfers::showTransfers(const QString &status)
{
    auto *window = qobject_cast<QMainWindow *>(m_view->window());
    if (!window)
        return;
    window->statusBar()->showMessage(status, 10'000);
    if (auto *panel = window->findChild<TransferPanel *>()) {
        panel->show();
        panel->raise();
    }
}

} // namespace brickdesk
