#include "app/dbfs/dbfsactions.h"

#include "app/common/confirmdialog.h"
#include "app/common/conflictdialog.h"
#include "app/dbfs/dbfsdeleter.h"
#include "app/dbfs/dbfsnamedialog.h"
#include "app/dbfs/dbfsview.h"
#include "app/dbfs/localfilechooser.h"
#include "core/dbfs/dbfsmodel.h"
#include "core/dbfs/dbfsmove.h"
#include "core/dbfs/dbfsservice.h"
#include "core/dbfs/dbfstransfers.h"
#include "core/transfers/conflictresolver.h"
#include "core/transfers/transferqueue.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>

#include <memory>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// Drops the folders inside other folders of `folders`: listing the outer
// one lists them anew anyway.
QStringList outermost(const QSet<QString> &folders)
{
    QStringList result;
    for (const QString &folder : folders) {
        const bool inner = std::any_of(folders.begin(), folders.end(), [&](const QString &other) {
            return other != folder && (other == "/"_L1 || folder.startsWith(other + u'/'));
        });
        if (!inner)
            result << folder;
    }
    return result;
}

} // namespace

DbfsActions::DbfsActions(DbfsView *view)
    : AreaActions(view)
    , m_view(view)
{
    m_refresh = makeAction(tr("&Refresh"), u"refresh"_s, QKeySequence(Qt::Key_F5),
                           tr("List the selected folder again (F5)"));
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Refresh);
    if (!keys.contains(QKeySequence(Qt::Key_F5)))
        keys.prepend(QKeySequence(Qt::Key_F5));
    m_refresh->setShortcuts(keys);
    m_newFolder = makeAction(tr("&New Folder…"), u"folder-new"_s,
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                             tr("Create a folder in the selected folder (Ctrl+Shift+N)"));
    m_rename = makeAction(tr("Re&name…"), u"rename"_s, QKeySequence(Qt::Key_F2),
                          tr("Rename the selected file or folder (F2)"));
    m_delete = makeAction(tr("&Delete…"), u"remove"_s, QKeySequence::Delete,
                          tr("Delete the selected files and folders (Del)"));
    m_copyPath =
        makeAction(tr("Copy &Path"), u"copy"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                   tr("Copy the dbfs:/ path of the selection (Ctrl+Shift+C)"));
    m_download = makeAction(tr("Do&wnload…"), u"transfer-download"_s, {},
                            tr("Download the selected files and folders to this computer"));
    m_upload = makeAction(tr("&Upload…"), u"transfer-upload"_s, {},
                          tr("Upload files from this computer into the selected folder"));

    connect(m_refresh, &QAction::triggered, m_view, &DbfsView::refreshCurrent);
    connect(m_newFolder, &QAction::triggered, this, &DbfsActions::newFolder);
    connect(m_rename, &QAction::triggered, this, &DbfsActions::rename);
    connect(m_delete, &QAction::triggered, this, &DbfsActions::deleteSelected);
    connect(m_copyPath, &QAction::triggered, this, &DbfsActions::copyPath);
    connect(m_download, &QAction::triggered, this, &DbfsActions::download);
    connect(m_upload, &QAction::triggered, this, &DbfsActions::upload);

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        // popup(), not exec(): no nested event loop.
        auto *menu = new QMenu(m_view);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        fillMenu(menu);
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view, &DbfsView::selectionChangedByUser, this, &DbfsActions::updateEnabled);
    updateEnabled();
}

DbfsActions::~DbfsActions() = default;

void DbfsActions::setWorkspace(const QString &name, TransferQueue *queue)
{
    m_workspace = name;
    if (m_queue != queue) {
        disconnect(m_idleConnection);
        m_queue = queue;
        if (queue)
            m_idleConnection =
                connect(queue, &TransferQueue::idle, this, &DbfsActions::onQueueIdle);
    }
    updateEnabled();
}

QList<QAction *> DbfsActions::toolbarActions() const
{
    return {m_newFolder, m_upload, m_download, m_rename, m_delete, m_copyPath, m_refresh};
}

void DbfsActions::fillMenu(QMenu *menu) const
{
    menu->addAction(m_newFolder);
    menu->addAction(m_rename);
    menu->addAction(m_delete);
    menu->addSeparator();
    menu->addAction(m_copyPath);
    menu->addSeparator();
    menu->addAction(m_download);
    menu->addAction(m_upload);
    menu->addSeparator();
    menu->addAction(m_refresh);
}

void DbfsActions::updateEnabled()
{
    const DbfsModel *model = m_view->dbfsModel();
    const bool connected = model && model->client();
    const QList<DbfsFileInfo> entries = m_view->selectedEntries();
    m_refresh->setEnabled(model);
    m_newFolder->setEnabled(connected);
    m_rename->setEnabled(connected && entries.size() == 1);
    m_delete->setEnabled(connected && !entries.isEmpty() && !m_deleter);
    m_copyPath->setEnabled(!entries.isEmpty());
    m_download->setEnabled(connected && m_queue && !entries.isEmpty());
    m_upload->setEnabled(connected && m_queue);
}

void DbfsActions::newFolder()
{
    DbfsModel *model = m_view->dbfsModel();
    if (!model || !model->client())
        return;
    const QString folder = m_view->targetFolder();
    DbfsNameDialog::Request request;
    request.title = tr("New Folder");
    request.where = tr("In %1").arg(DbfsService::displayPath(folder));
    request.action = tr("Create");
    request.takenNames = model->childNames(model->indexForPath(folder));
    DbfsNameDialog::ask(m_view, request, [this, folder](const QString &name) {
        // The model of when the answer comes: the workspace may have reconnected.
        DbfsModel *current = m_view->dbfsModel();
        if (!current || !current->client())
            return;
        const QString path = DbfsService::childPath(folder, name);
        emit statusChanged(tr("Creating %1…").arg(DbfsService::displayPath(path)), true);
        DbfsService(current->client())
            .mkdirs(path, this, [this, folder, path](const std::optional<ApiError> &error) {
                if (error) {
                    emit statusChanged(QString(), false);
                    emit errorOccurred(tr("Could not create the folder %1: %2")
                                           .arg(DbfsService::displayPath(path), error->toString()));
                    return;
                }
                emit statusChanged(tr("Created %1").arg(DbfsService::displayPath(path)), false);
                selectWhenListed(folder, path);
                refreshFolders({folder});
            });
    });
}

void DbfsActions::rename()
{
    DbfsModel *model = m_view->dbfsModel();
    const QList<DbfsFileInfo> entries = m_view->selectedEntries();
    if (!model || entries.size() != 1)
        return;
    const DbfsFileInfo entry = entries.first();
    const QString folder = DbfsService::parentPath(entry.path);
    DbfsNameDialog::Request request;
    request.title = tr("Rename");
    request.where = tr("In %1").arg(DbfsService::displayPath(folder));
    request.action = tr("Rename");
    request.initialName = entry.name;
    request.takenNames = model->childNames(model->indexForPath(folder));
    DbfsNameDialog::ask(m_view, request, [this, entry, folder](const QString &name) {
        // On DBFS a rename is a move within the folder.
        const QString target = DbfsService::childPath(folder, name);
        move({{entry.path, target}}, target);
    });
}

void DbfsActions::moveInto(const QStringList &paths, const QString &folder)
{
    if (paths.isEmpty())
        return;
    ConfirmDialog::Question question;
    question.workspace = m_workspace;
    const QString target = DbfsService::displayPath(folder);
    if (paths.size() == 1) {
        question.what = tr("Move “%1” into “%2” in workspace “%3”?")
                            .arg(DbfsService::displayPath(paths.first()), target, m_workspace);
    } else {
        question.what = tr("Move %n items into “%1” in workspace “%2”?", "", int(paths.size()))
                            .arg(target, m_workspace);
        QStringList shown;
        for (const QString &path : paths.mid(0, 8))
            shown << DbfsService::displayPath(path);
        if (paths.size() > 8)
            shown << tr("and %n more", "", int(paths.size() - 8));
        question.details = shown.join(u'\n');
    }
    question.action = tr("Move");
    ConfirmDialog::ask(m_view, question, [this, paths, folder](bool confirmed) {
        if (!confirmed)
            return;
        QList<QPair<QString, QString>> moves;
        for (const QString &path : paths)
            moves.append({path, DbfsService::childPath(folder, DbfsFileInfo::nameFromPath(path))});
        move(moves, paths.size() == 1 ? moves.first().second : QString());
    });
}

void DbfsActions::move(const QList<QPair<QString, QString>> &moves, const QString &selectAfter)
{
    DbfsModel *model = m_view->dbfsModel();
    if (!model || !model->client() || moves.isEmpty())
        return;
    emit statusChanged(moves.size() == 1
                           ? tr("Moving %1…").arg(DbfsService::displayPath(moves.first().first))
                           : tr("Moving %n items…", "", int(moves.size())),
                       true);
    auto *operation = new DbfsMove(model->client(), moves, this);
    connect(operation, &DbfsMove::finished, this,
            [this, operation, selectAfter](const QStringList &errors) {
                operation->deleteLater();
                emit statusChanged(QString(), false);
                if (!errors.isEmpty())
                    emit errorOccurred(tr("Could not move %1").arg(errors.join(u"; "_s)));
                else if (!selectAfter.isEmpty())
                    selectWhenListed(DbfsService::parentPath(selectAfter), selectAfter);
                refreshFolders(operation->changedFolders());
            });
    operation->start();
}

void DbfsActions::deleteSelected()
{
    DbfsModel *model = m_view->dbfsModel();
    const QList<DbfsFileInfo> entries = m_view->selectedEntries();
    if (!model || !model->client() || entries.isEmpty() || m_deleter)
        return;
    m_deleter = new DbfsDeleter(model->client(), this);
    connect(m_deleter, &DbfsDeleter::progress, this,
            [this](const QString &text) { emit statusChanged(text, !text.isEmpty()); });
    connect(m_deleter, &DbfsDeleter::cancelled, this, &DbfsActions::updateEnabled,
            Qt::QueuedConnection);
    connect(m_deleter, &DbfsDeleter::finished, this,
            [this](const QStringList &paths, const QString &error) {
                if (!error.isEmpty())
                    emit errorOccurred(tr("Could not delete everything: %1").arg(error));
                else
                    emit statusChanged(
                        paths.size() == 1
                            ? tr("Deleted %1").arg(DbfsService::displayPath(paths.first()))
                            : tr("Deleted %n items", "", int(paths.size())),
                        false);
                QSet<QString> folders;
                for (const QString &path : paths)
                    folders << DbfsService::parentPath(path);
                refreshFolders(folders.values());
            });
    // The deleter deletes itself; the button comes back once it is gone.
    connect(m_deleter, &QObject::destroyed, this, &DbfsActions::updateEnabled,
            Qt::QueuedConnection);
    updateEnabled();
    m_deleter->start(entries, m_workspace, m_view);
}

void DbfsActions::copyPath()
{
    QStringList paths;
    for (const DbfsFileInfo &entry : m_view->selectedEntries())
        paths << DbfsService::displayPath(entry.path);
    if (paths.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(paths.join(u'\n'));
    emit statusChanged(paths.size() == 1 ? tr("Copied %1").arg(paths.first())
                                         : tr("Copied %n paths", "", int(paths.size())),
                       false);
}

void DbfsActions::download()
{
    const QList<DbfsFileInfo> entries = m_view->selectedEntries();
    if (entries.isEmpty() || !m_queue)
        return;
    LocalFileChooser::chooseDirectory(
        m_view, tr("Download to Folder"), [this, entries](const QString &directory) {
            DbfsModel *model = m_view->dbfsModel();
            if (!model || !model->client() || !m_queue)
                return;
            auto *resolver = new ConflictResolver(ConflictResolver::Policy::Ask,
                                                  ConflictDialog::asker(m_view), m_queue);
            // The transfer panel shows the progress from here on.
            DbfsTransfers::download(m_queue, model->client(), entries, directory, resolver);
        });
}

void DbfsActions::upload()
{
    if (!m_queue)
        return;
    const QString folder = m_view->targetFolder();
    LocalFileChooser::chooseFiles(
        m_view, tr("Upload to %1").arg(DbfsService::displayPath(folder)),
        [this, folder](const QStringList &paths) { uploadInto(paths, folder); });
}

void DbfsActions::uploadInto(const QStringList &localPaths, const QString &folder)
{
    DbfsModel *model = m_view->dbfsModel();
    if (localPaths.isEmpty() || !model || !model->client())
        return;
    if (!m_queue) {
        emit errorOccurred(tr("Uploads are not available here."));
        return;
    }
    auto *resolver =
        new ConflictResolver(ConflictResolver::Policy::Ask, ConflictDialog::asker(m_view), m_queue);
    DbfsTransfers::upload(m_queue, model->client(), localPaths, folder, resolver);
    // The transfer panel shows the progress; the folder is listed again
    // when the queue is idle.
    m_uploadFolders.insert(folder);
}

void DbfsActions::onQueueIdle()
{
    if (m_uploadFolders.isEmpty())
        return;
    const QSet<QString> folders = std::exchange(m_uploadFolders, {});
    refreshFolders(folders.values());
}

void DbfsActions::selectWhenListed(const QString &folder, const QString &path)
{
    DbfsModel *model = m_view->dbfsModel();
    if (!model)
        return;
    disconnect(m_selectWhenListed);
    m_selectWhenListed =
        connect(model, &DbfsModel::folderLoaded, this, [this, folder, path](const QString &loaded) {
            if (loaded != folder)
                return;
            disconnect(m_selectWhenListed);
            m_view->selectPath(path);
        });
}

void DbfsActions::refreshFolders(const QStringList &folders)
{
    DbfsModel *model = m_view->dbfsModel();
    if (!model)
        return;
    for (const QString &folder : outermost(QSet<QString>(folders.begin(), folders.end())))
        model->refreshPath(folder);
}

} // namespace brickdesk
