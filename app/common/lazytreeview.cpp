#include "app/common/lazytreeview.h"

#include "core/common/lazytreemodel.h"
#include "core/common/treefilterproxy.h"
#include "core/common/treeroles.h"

#include <QHeaderView>
#include <QPainter>

#include <algorithm>

namespace brickdesk {

namespace {

RowKind rowKindOf(const QModelIndex &index)
{
    return index.data(TreeRoles::RowKindRole).value<RowKind>();
}

} // namespace

LazyTreeView::LazyTreeView(QWidget *parent)
    : QTreeView(parent)
    , m_proxy(new TreeFilterProxy(this))
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setUniformRowHeights(true);
    setAnimated(true);
    setIconSize(QSize(16, 16));
    setFrameShape(QFrame::NoFrame);
    setSortingEnabled(true);

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LazyTreeView::onRowsInserted);
    // Rows that go from under the selection (refresh, delete, filter) change
    // what the actions may do.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LazyTreeView::selectionChangedByUser);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this,
            &LazyTreeView::selectionChangedByUser);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LazyTreeView::selectionChangedByUser);
    connect(this, &QAbstractItemView::activated, this, &LazyTreeView::activateRow);
}

LazyTreeView::~LazyTreeView() = default;

void LazyTreeView::setTreeModel(LazyTreeModel *model, int stretch, const QList<ColumnWidth> &widths)
{
    if (m_model)
        disconnect(m_model, nullptr, viewport(), nullptr);
    m_model = model;
    m_proxy->setSourceModel(model);
    if (!model) {
        setModel(nullptr);
        emit selectionChangedByUser();
        return;
    }
    if (QTreeView::model() != m_proxy)
        setModel(m_proxy);
    // The empty-state text depends on whether the root has been listed.
    connect(model, &LazyTreeModel::folderLoaded, viewport(), qOverload<>(&QWidget::update));
    // A folder listed while a filter is set may hold matches: show them.
    connect(model, &LazyTreeModel::folderLoaded, viewport(), [this] {
        if (m_proxy->isFiltering())
            expandMatches({});
    });
    if (!m_headerSetUp) {
        m_headerSetUp = true;
        sortByColumn(TreeRoles::NameColumn, Qt::AscendingOrder);
        QHeaderView *h = header();
        h->setStretchLastSection(false);
        h->setHighlightSections(false);
        h->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        h->setSectionResizeMode(stretch, QHeaderView::Stretch);
        const int digit = fontMetrics().horizontalAdvance(u'0');
        for (const ColumnWidth &width : widths)
            h->resizeSection(width.column, digit * width.digits);
        h->setMinimumSectionSize(digit * 6);
    }
    emit selectionChangedByUser();
}

QModelIndex LazyTreeView::sourceIndex(const QModelIndex &viewIndex) const
{
    return viewIndex.model() == m_proxy ? m_proxy->mapToSource(viewIndex) : viewIndex;
}

void LazyTreeView::setNameFilter(const QString &text)
{
    m_proxy->setNameFilter(text);
    if (m_proxy->isFiltering())
        expandMatches({});
    viewport()->update();
}

void LazyTreeView::refreshCurrent()
{
    if (!m_model)
        return;
    const QModelIndex current = currentIndex();
    const bool selected = current.isValid() && selectionModel()->isSelected(current);
    m_model->refresh(selected ? sourceIndex(current) : QModelIndex());
}

QModelIndexList LazyTreeView::selectedEntryRows() const
{
    if (!selectionModel() || !m_model)
        return {};
    QModelIndexList rows = selectionModel()->selectedRows(TreeRoles::NameColumn);
    rows.removeIf([](const QModelIndex &row) { return rowKindOf(row) != RowKind::Object; });
    // Selection order is click order; act in the order the user sees.
    std::sort(rows.begin(), rows.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        return visualRect(a).top() < visualRect(b).top();
    });
    return rows;
}

bool LazyTreeView::selectSourceIndex(const QModelIndex &source)
{
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

QString LazyTreeView::noMatchText(const QString &filter) const
{
    return tr("Nothing loaded matches “%1”.\nOpen more folders to search them too.").arg(filter);
}

void LazyTreeView::onRowsInserted(const QModelIndex &folder, int first, int last)
{
    // Loading, error and "Load more…" rows span all columns: their text is
    // too long for the name column and the others have nothing to say.
    for (int row = first; row <= last; ++row)
        if (rowKindOf(m_proxy->index(row, 0, folder)) != RowKind::Object)
            setFirstColumnSpanned(row, folder, true);
    if (m_proxy->isFiltering())
        expandMatches(folder);
}

void LazyTreeView::expandMatches(const QModelIndex &parent)
{
    // Opens the folders on the way to matches: those with rows left after
    // filtering. A matching folder that was never listed stays closed, or
    // opening it would list it (and so on, down the whole tree).
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex child = m_proxy->index(row, 0, parent);
        if (m_proxy->rowCount(child) > 0) {
            expand(child);
            expandMatches(child);
        }
    }
}

void LazyTreeView::activateRow(const QModelIndex &index)
{
    if (m_model && rowKindOf(index) == RowKind::LoadMore)
        m_model->loadMore(sourceIndex(index));
}

void LazyTreeView::selectionChanged(const QItemSelection &selected,
                                    const QItemSelection &deselected)
{
    QTreeView::selectionChanged(selected, deselected);
    emit selectionChangedByUser();
}

void LazyTreeView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (!m_model || !m_model->isLoaded() || m_proxy->rowCount() > 0)
        return;
    // A listed but empty root (or a filter that matches nothing) gets a
    // sentence instead of a blank pane.
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(24, 48, -24, -24),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                     m_proxy->isFiltering() ? noMatchText(m_proxy->nameFilter()) : emptyText());
}

} // namespace brickdesk
