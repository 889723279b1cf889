#include "app/workspace/workspaceview.h"

#include "app/workspace/workspaceactions.h"
#include "app/workspace/workspaceitemdelegate.h"
#include "core/net/apiclient.h"
#include "core/workspace/workspacefilterproxy.h"
#include "core/workspace/workspacemodel.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMetaMethod>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace brickdesk {

WorkspaceView::WorkspaceView(QWidget *parent)
    : QTreeView(parent)
    , m_proxy(new WorkspaceFilterProxy(this))
{
    setObjectName(u"workspaceView"_s);
    setAccessibleName(tr("Workspace"));
    setItemDelegate(new WorkspaceItemDelegate(this));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setUniformRowHeights(true);
    setAnimated(true);
    setIconSize(QSize(16, 16));
    setFrameShape(QFrame::NoFrame);
    setSortingEnabled(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &WorkspaceView::showContextMenu);

    // Loading and error rows span all columns: an error message is too long
    // for the name column and has nothing to say in the others.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &folder, int first, int last) {
                for (int row = first; row <= last; ++row) {
                    const auto kind = m_proxy->index(row, 0, folder)
                                          .data(WorkspaceModel::RowKindRole)
                                          .value<WorkspaceModel::RowKind>();
                    if (kind != WorkspaceModel::RowKind::Object)
                        setFirstColumnSpanned(row, folder, true);
                }
            });
    // Rows that disappear from under the selection (refresh, delete, filter)
    // change what the actions may do.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this,
            &WorkspaceView::selectionChangedByUser);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &WorkspaceView::selectionChangedByUser);

    m_actions = new WorkspaceActions(this);
}

WorkspaceView::~WorkspaceView() = default;

void WorkspaceView::setWorkspaceModel(WorkspaceModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    if (!model) {
        setModel(nullptr);
        emit selectionChangedByUser();
        return;
    }
    if (QTreeView::model() != m_proxy)
        setModel(m_proxy);
    // Empty-state text depends on whether the root has been listed.
    connect(model, &WorkspaceModel::folderLoaded, viewport(), qOverload<>(&QWidget::update),
            Qt::UniqueConnection);
    setupHeader();
    emit selectionChangedByUser();
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

void WorkspaceView::setupHeader()
{
    if (m_headerSetUp)
        return;
    m_headerSetUp = true;
    sortByColumn(WorkspaceModel::NameColumn, Qt::AscendingOrder);
    QHeaderView *h = header();
    h->setStretchLastSection(false);
    h->setHighlightSections(false);
    h->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    h->setSectionResizeMode(WorkspaceModel::NameColumn, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(u'0');
    // Narrow secondary columns: beside the preview the name needs the room.
    h->resizeSection(WorkspaceModel::TypeColumn, digit * 12);
    h->resizeSection(WorkspaceModel::LanguageColumn, digit * 8);
    h->resizeSection(WorkspaceModel::ModifiedColumn, digit * 19);
    h->resizeSection(WorkspaceModel::SizeColumn, digit * 9);
    h->setMinimumSectionSize(digit * 6);
}

void WorkspaceView::refreshCurrent()
{
    if (!m_model)
        return;
    m_model->refresh(sourceIndex(currentIndex()));
}

QString WorkspaceView::currentPath() const
{
    return currentIndex().data(WorkspaceModel::PathRole).toString();
}

QModelIndex WorkspaceView::sourceIndex(const QModelIndex &viewIndex) const
{
    return viewIndex.model() == m_proxy ? m_proxy->mapToSource(viewIndex) : viewIndex;
}

QList<WorkspaceView::Item> WorkspaceView::selectedItems() const
{
    QList<Item> items;
    if (!selectionModel() || !m_model)
        return items;
    QModelIndexList rows = selectionModel()->selectedRows(WorkspaceModel::NameColumn);
    // Selection order is click order; act in the order the user sees.
    std::sort(rows.begin(), rows.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        return visualRect(a).top() < visualRect(b).top();
    });
    for (const QModelIndex &row : std::as_const(rows)) {
        if (row.data(WorkspaceModel::RowKindRole).value<WorkspaceModel::RowKind>() !=
            WorkspaceModel::RowKind::Object)
            continue;
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
    if (!m_model)
        return {};
    const QList<Item> items = selectedItems();
    if (items.size() == 1) {
        if (items.first().isFolder)
            return items.first().path;
        const QString path = items.first().path;
        const qsizetype slash = path.lastIndexOf(u'/');
        return slash <= 0 ? u"/"_s : path.left(slash);
    }
    return m_model->rootPath();
}

bool WorkspaceView::selectPath(const QString &path)
{
    if (!m_model)
        return false;
    const QModelIndex source = m_model->indexForPath(path);
    const QModelIndex index = source.isValid() ? m_proxy->mapFromSource(source) : QModelIndex();
    if (!index.isValid())
        return false;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        expand(parent);
    setCurrentIndex(index);
    selectionModel()->select(index,
                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

void WorkspaceView::selectionChanged(const QItemSelection &selected,
                                     const QItemSelection &deselected)
{
    QTreeView::selectionChanged(selected, deselected);
    emit selectionChangedByUser();
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
    QTreeView::connectNotify(signal);
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

void WorkspaceView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (!m_model || !m_model->isLoaded() || m_proxy->rowCount() > 0)
        return;
    // A listed but empty workspace (or a filter that matches nothing) gets a
    // sentence instead of a blank pane.
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(24, 48, -24, -24),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                     m_proxy->isFiltering()
                         ? tr("Nothing loaded matches “%1”.\nOpen more folders to search them too.")
                               .arg(m_proxy->nameFilter())
                         : tr("This folder is empty."));
}

} // namespace brickdesk
