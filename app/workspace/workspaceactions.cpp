#include "app/workspace/workspaceactions.h"

#include "app/permissions/permissionsopener.h"

#include "app/common/browseropener.h"
#include "app/common/testseam.h"
#include "app/workspace/newfolderdialog.h"
#include "app/workspace/workspacedeleter.h"
#include "app/workspace/workspaceview.h"
#include "core/common/treefilterproxy.h"
#include "core/net/apiclient.h"
#include "core/workspace/workspacemodel.h"
#include "core/workspace/workspaceservice.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QSet>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

QString parentPath(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash <= 0 ? u"/"_s : path.left(slash);
}

QString joinPath(const QString &folder, const QString &name)
{
    return folder.endsWith(u'/') ? folder + name : folder + u'/' + name;
}

bool isInside(const QString &path, const QString &folder)
{
    return path.startsWith(folder.endsWith(u'/') ? folder : folder + u'/');
}

} // namespace

WorkspaceActions::WorkspaceActions(WorkspaceView *view)
    : AreaActions(view)
    , m_view(view)
{
    m_refresh = makeAction(tr("&Refresh"), u"refresh"_s, QKeySequence(Qt::Key_F5),
                           tr("List the selected folder again (F5)"));
    QList<QKeySequence> keys = m_refresh->shortcuts();
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Refresh))
        if (!keys.contains(key))
            keys.append(key);
    m_refresh->setShortcuts(keys);
    m_newFolder = makeAction(tr("New &Folder…"), u"folder-new"_s,
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                             tr("Create a folder in the selected folder (Ctrl+Shift+N)"));
    m_delete = makeAction(tr("&Delete…"), u"remove"_s, QKeySequence(QKeySequence::Delete),
                          tr("Delete the selected objects from the workspace (Del)"));
    m_copyPath =
        makeAction(tr("Copy &Path"), u"copy"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                   tr("Copy the workspace path of the selection (Ctrl+Shift+C)"));
    // Ctrl+C copies the path too: there is nothing else to copy in a tree.
    m_copyPath->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), QKeySequence(QKeySequence::Copy)});
    m_openInBrowser = makeAction(tr("Open in &Browser"), u"open-external"_s, QKeySequence(),
                                 tr("Open the selected object in the workspace web UI"));
    m_import = makeAction(tr("&Import…"), u"import"_s, QKeySequence(Qt::CTRL | Qt::Key_I),
                          tr("Import files or notebooks into the selected folder (Ctrl+I)"));
    m_export = makeAction(tr("&Export…"), u"export"_s, QKeySequence(Qt::CTRL | Qt::Key_E),
                          tr("Export the selected objects (Ctrl+E)"));

    m_refresh->setObjectName(u"refreshAction"_s);
    m_newFolder->setObjectName(u"newFolderAction"_s);
    m_delete->setObjectName(u"deleteAction"_s);
    m_copyPath->setObjectName(u"copyPathAction"_s);
    m_openInBrowser->setObjectName(u"openInBrowserAction"_s);
    m_import->setObjectName(u"importAction"_s);
    m_export->setObjectName(u"exportAction"_s);

    connect(m_refresh, &QAction::triggered, m_view, &WorkspaceView::refreshCurrent);
    connect(m_newFolder, &QAction::triggered, this, &WorkspaceActions::newFolder);
    connect(m_delete, &QAction::triggered, this, &WorkspaceActions::deleteSelected);
    connect(m_copyPath, &QAction::triggered, this, &WorkspaceActions::copyPath);
    connect(m_openInBrowser, &QAction::triggered, this, &WorkspaceActions::openInBrowser);
    connect(m_import, &QAction::triggered, this,
            [this] { emit m_view->importRequested(m_view->targetFolder()); });
    connect(m_export, &QAction::triggered, this, [this] {
        QStringList paths;
        for (const auto &item : m_view->selectedItems())
            paths.append(item.path);
        if (!paths.isEmpty())
            emit m_view->exportRequested(paths);
    });

    m_permissions = makePermissionsAction([this] {
        return PermissionsTarget{m_view->client(), m_view->workspaceTitle(),
                                 selectedPermissionObjects()};
    });

    connect(m_view, &WorkspaceView::selectionChangedByUser, this, &WorkspaceActions::updateEnabled);
    updateEnabled();
}

WorkspaceActions::~WorkspaceActions() = default;

QList<QAction *> WorkspaceActions::toolbarActions() const
{
    return {m_newFolder, m_import, m_export, m_delete, m_refresh, m_copyPath, m_openInBrowser};
}

void WorkspaceActions::fillMenu(QMenu *menu) const
{
    menu->addAction(m_openInBrowser);
    menu->addAction(m_copyPath);
    menu->addAction(m_permissions);
    menu->addSeparator();
    menu->addAction(m_newFolder);
    menu->addAction(m_import);
    menu->addAction(m_export);
    menu->addSeparator();
    menu->addAction(m_delete);
    menu->addSeparator();
    menu->addAction(m_refresh);
}

bool WorkspaceActions::isBusy() const
{
    return m_deleter || m_creating > 0;
}

void WorkspaceActions::updateEnabled()
{
    const bool connected = m_view->workspaceModel() && m_view->client();
    const auto items = m_view->selectedItems();
    const bool single = items.size() == 1;
    const bool oneFolderTarget = items.size() <= 1;
    const bool rootSelected = std::any_of(items.cbegin(), items.cend(), [](const auto &item) {
        return item.path == "/"_L1 || item.path.isEmpty();
    });

    m_refresh->setEnabled(m_view->workspaceModel() != nullptr);
    m_newFolder->setEnabled(connected && oneFolderTarget && !isBusy());
    m_delete->setEnabled(connected && !items.isEmpty() && !rootSelected && !isBusy());
    m_copyPath->setEnabled(!items.isEmpty());
    m_openInBrowser->setEnabled(connected && single);
    m_permissions->setEnabled(connected && !selectedPermissionObjects().isEmpty());
    m_import->setEnabled(connected && oneFolderTarget && m_view->handlesImport());
    m_export->setEnabled(connected && !items.isEmpty() && m_view->handlesExport());
}

QList<PermissionObject> WorkspaceActions::selectedPermissionObjects() const
{
    QList<PermissionObject> objects;
    for (const WorkspaceView::Item &item : m_view->selectedItems()) {
        const auto type = PermissionObject::typeOfWorkspaceObject(item.objectType);
        if (type && item.objectId > 0 && item.path != "/"_L1)
            objects.append({*type, QString::number(item.objectId), item.path, item.path});
    }
    return objects;
}

void WorkspaceActions::newFolder()
{
    WorkspaceModel *model = m_view->workspaceModel();
    if (!model || !m_newFolder->isEnabled())
        return;
    const QString folder = m_view->targetFolder();
    // Loaded names only: enough to catch the common clash early; the server
    // has the last word for the rest.
    QStringList existing;
    const QModelIndex folderIndex = model->indexForPath(folder);
    for (int row = 0; row < model->rowCount(folderIndex); ++row)
        existing.append(model->index(row, WorkspaceModel::NameColumn, folderIndex)
                            .data(WorkspaceModel::RawValueRole)
                            .toString());
    existing.removeAll(QString());
    NewFolderDialog::ask(m_view, folder, existing,
                         [self = QPointer(this), folder](const QString &name) {
                             if (self)
                                 self->createFolder(folder, name);
                         });
}

void WorkspaceActions::createFolder(const QString &parent, const QString &name)
{
    if (!m_view->client())
        return;
    const QString path = joinPath(parent, name);
    ++m_creating;
    updateEnabled();
    emit statusChanged(tr("Creating the folder “%1”…").arg(name), true);
    WorkspaceService service(m_view->client());
    service.mkdirs(path, this, [this, parent, path, name](const std::optional<ApiError> &error) {
        --m_creating;
        updateEnabled();
        emit statusChanged(QString(), false);
        if (error) {
            emit errorOccurred(
                tr("Could not create the folder “%1”: %2").arg(name, error->toString()));
            return;
        }
        selectWhenListed(parent, path);
        refreshFolders({parent});
    });
}

void WorkspaceActions::selectWhenListed(const QString &folderPath, const QString &path)
{
    WorkspaceModel *model = m_view->workspaceModel();
    if (!model)
        return;
    disconnect(m_selectWhenListed);
    m_selectWhenListed = connect(model, &WorkspaceModel::folderLoaded, this,
                                 [this, folderPath, path](const QString &listed) {
                                     if (listed != folderPath)
                                         return;
                                     disconnect(m_selectWhenListed);
                                     m_view->selectPath(path);
                                 });
}

void WorkspaceActions::refreshFolders(const QStringList &folders)
{
    WorkspaceModel *model = m_view->workspaceModel();
    if (!model)
        return;
    for (const QString &folder : folders) {
        if (folder == model->rootPath()) {
            model->refresh();
            continue;
        }
        const QModelIndex index = model->indexForPath(folder);
        // A folder no longer loaded has nothing stale to show.
        if (index.isValid())
            model->refresh(index);
    }
}

void WorkspaceActions::deleteSelected()
{
    if (!m_delete->isEnabled() || !m_view->client())
        return;
    QList<WorkspaceView::Item> items = m_view->selectedItems();
    // Whatever is inside a selected folder goes with it; asking about it
    // twice would double the count.
    QList<WorkspaceDeleter::Target> targets;
    for (const auto &item : items) {
        const bool inSelectedFolder =
            std::any_of(items.cbegin(), items.cend(), [&item](const auto &other) {
                return other.isFolder && isInside(item.path, other.path);
            });
        if (!inSelectedFolder)
            targets.append({item.path, item.name, item.objectType, item.isFolder});
    }
    auto *deleter = new WorkspaceDeleter(m_view->client(), this);
    m_deleter = deleter;
    updateEnabled();
    connect(deleter, &WorkspaceDeleter::progress, this,
            [this](const QString &text) { emit statusChanged(text, !text.isEmpty()); });
    connect(deleter, &WorkspaceDeleter::cancelled, this, [this, deleter] {
        deleter->deleteLater();
        m_deleter = nullptr;
        updateEnabled();
        emit statusChanged(QString(), false);
    });
    connect(deleter, &WorkspaceDeleter::finished, this,
            [this, deleter, targets](const QStringList &, const QStringList &errors) {
                deleter->deleteLater();
                m_deleter = nullptr;
                updateEnabled();
                emit statusChanged(QString(), false);
                QStringList parents;
                for (const auto &target : targets)
                    if (!parents.contains(parentPath(target.path)))
                        parents.append(parentPath(target.path));
                refreshFolders(parents);
                if (!errors.isEmpty())
                    emit errorOccurred(errors.join(u'\n'));
            });
    deleter->start(targets, m_view->workspaceTitle(), m_view->window());
}

void WorkspaceActions::copyPath()
{
    QStringList paths;
    for (const auto &item : m_view->selectedItems())
        paths.append(item.path);
    if (!paths.isEmpty())
        QApplication::clipboard()->setText(paths.join(u'\n'));
}

QUrl WorkspaceActions::webUrl(const QUrl &host, const QString &objectType, qint64 objectId,
                              const QString &path)
{
    QUrl url = host.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                             QUrl::RemoveUserInfo);
    url.setPath(u"/"_s);
    // The routes the workspace web UI itself links to: notebooks by id,
    // folders (and Git folders) on the browse page by id, anything else by
    // its path in the workspace browser.
    if (objectId > 0 && objectType == ObjectType::Notebook) {
        url.setFragment(u"notebook/%1"_s.arg(objectId));
    } else if (objectId > 0 &&
               (objectType == ObjectType::Directory || objectType == ObjectType::Repo)) {
        url.setPath(u"/browse/folders/%1"_s.arg(objectId));
    } else {
        url.setFragment(u"workspace"_s + path);
    }
    return url;
}

void WorkspaceActions::setUrlOpenerForTesting(std::function<void(const QUrl &)> opener)
{
    BrowserOpener::setOpenerForTesting(std::move(opener));
}

void WorkspaceActions::openInBrowser()
{
    const auto items = m_view->selectedItems();
    if (items.size() != 1 || !m_view->client())
        return;
    const auto &item = items.first();
    const QUrl url = webUrl(m_view->client()->host(), item.objectType, item.objectId, item.path);
    if (!BrowserOpener::open(url))
        emit errorOccurred(tr("Could not open %1 in a browser.").arg(url.toDisplayString()));
}

} // namespace brickdesk
