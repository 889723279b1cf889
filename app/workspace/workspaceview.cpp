#include "app/workspace/workspaceview.h"

#include "app/common/treeitemdelegate.h"
#include "app/workspace/workspaceactions.h"
#include "app/workspace/workspaceicons.h"
#include "core/common/treefilterproxy.h"
#include "core/net/apiclient.h"
#include "core/workspace/workspacemodel.h"

#include <QMenu>
#include <QMetaMethod>

using namespace Qt::StringLiterals;

namespace brickdesk {

WorkspaceView::WorkspaceView(QWidget *parent)
    : LazyTreeView(parent)
{
    setObjectName(u"workspaceView"_s);
    setAccessibleName(tr("Workspace"));
    setItemDelegate(new TreeItemDelegate(&WorkspaceIcons::forIndex, this));
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &WorkspaceView::showContextMenu);

    m_actions = new WorkspaceActions(this);
}

WorkspaceView::~WorkspaceView() = default;

void WorkspaceView::setWorkspaceModel(WorkspaceModel *model)
{
    // Narrow secondary columns: beside the preview the name needs the room.
    setTreeModel(model, WorkspaceModel::NameColumn,
                 {{WorkspaceModel::TypeColumn, 12},
                  {WorkspaceModel::LanguageColumn, 8},
                  {WorkspaceModel::ModifiedColumn, 19},
                  {WorkspaceModel::SizeColumn, 9}});
}

WorkspaceModel *WorkspaceView::workspaceModel() const
{
    return static_cast<WorkspaceModel *>(treeModel());
}

void WorkspaceView::setConnection(ApiClient *client, const QString &workspaceTitle)
{
    m_client = client;
    m_workspaceTitle = workspaceTitle;
    emit selectionChangedByUser();
}

ApiClient *WorkspaceView::client() const
{
    return m_client;
}

QString WorkspaceView::currentPath() const
{
    return currentIndex().data(WorkspaceModel::PathRole).toString();
}

QList<WorkspaceView::Item> WorkspaceView::selectedItems() const
{
    QList<Item> items;
    const QModelIndexList rows = selectedEntryRows();
    for (const QModelIndex &row : rows) {
        Item item;
        item.path = row.data(WorkspaceModel::PathRole).toString();
        item.name = row.data(WorkspaceModel::RawValueRole).toString();
        if (item.name.isEmpty())
            item.name = item.path;
        item.objectType = row.data(WorkspaceModel::ObjectTypeRole).toString();
        item.objectId = row.data(WorkspaceModel::ObjectIdRole).toLongLong();
        item.isFolder = row.data(WorkspaceModel::IsFolderRole).toBool();
        items.append(item);
    }
    return items;
}

QString WorkspaceView::targetFolder() const
{
    const WorkspaceModel *model = workspaceModel();
    if (!model)
        return {};
    const QList<Item> items = selectedItems();
    if (items.size() == 1) {
        if (items.first().isFolder)
            return items.first().path;
        const QString path = items.first().path;
        const qsizetype slash = path.lastIndexOf(u'/');
        return slash <= 0 ? u"/"_s : path.left(slash);
    }
    return model->rootPath();
}

bool WorkspaceView::selectPath(const QString &path)
{
    const WorkspaceModel *model = workspaceModel();
    return model && selectSourceIndex(model->indexForPath(path));
}

void WorkspaceView::revealPath(const QString &path)
{
    WorkspaceModel *model = workspaceModel();
    if (!model)
        return;
    m_revealing = path;
    disconnect(m_revealConnection);
    m_revealConnection =
        connect(model, &LazyTreeModel::folderLoaded, this, &WorkspaceView::revealNext);
    revealNext();
}

void WorkspaceView::revealNext()
{
    WorkspaceModel *model = workspaceModel();
    if (!model || m_revealing.isEmpty())
        return;
    if (selectPath(m_revealing)) {
        scrollTo(currentIndex());
        m_revealing.clear();
        disconnect(m_revealConnection);
        return;
    }
    // The deepest folder on the way that is there (the root at least):
    // expand it (listing it if need be) and go on when its rows arrive.
    QString folder = m_revealing;
    QModelIndex index;
    bool root = false;
    while (!index.isValid() && !root) {
        const qsizetype slash = folder.lastIndexOf(u'/');
        root = slash <= 0;
        folder = root ? u"/"_s : folder.left(slash);
        if (!root)
            index = model->indexForPath(folder);
    }
    if (model->isLoaded(index)) {
        // Listed, and the next step is not in it: the path is not there.
        if (!root)
            selectPath(folder);
        m_revealing.clear();
        disconnect(m_revealConnection);
        return;
    }
    if (!root)
        expand(proxy()->mapFromSource(index));
    if (model->canFetchMore(index))
        model->fetchMore(index);
}

bool WorkspaceView::handlesImport() const
{
    return isSignalConnected(QMetaMethod::fromSignal(&WorkspaceView::importRequested));
}

bool WorkspaceView::handlesExport() const
{
    return isSignalConnected(QMetaMethod::fromSignal(&WorkspaceView::exportRequested));
}

void WorkspaceView::connectNotify(const QMetaMethod &signal)
{
    LazyTreeView::connectNotify(signal);
    // Import and Export stay disabled until someone handles them.
    if (signal == QMetaMethod::fromSignal(&WorkspaceView::importRequested) ||
        signal == QMetaMethod::fromSignal(&WorkspaceView::exportRequested))
        QMetaObject::invokeMethod(this, &WorkspaceView::selectionChangedByUser,
                                  Qt::QueuedConnection);
}

void WorkspaceView::showContextMenu(const QPoint &pos)
{
    // A right click on an unselected row acts on that row, as file managers do.
    const QModelIndex index = indexAt(pos);
    if (index.isValid() && !selectionModel()->isSelected(index)) {
        setCurrentIndex(index);
        selectionModel()->select(index,
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    m_actions->fillMenu(menu);
    menu->popup(viewport()->mapToGlobal(pos));
}

QString WorkspaceView::emptyText() const
{
    return tr("This folder is empty.");
}

} // namespace brickdesk
