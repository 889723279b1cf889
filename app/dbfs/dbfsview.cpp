#include "app/dbfs/dbfsview.h"

#include "app/dbfs/dbfsitemdelegate.h"
#include "core/dbfs/dbfsmodel.h"
#include "core/workspace/workspacefilterproxy.h"

#include <QDragEnterEvent>
#include <QHeaderView>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace brickdesk {

DbfsView::DbfsView(QWidget *parent)
    : QTreeView(parent)
    , m_proxy(new WorkspaceFilterProxy(this))
{
    setObjectName(u"dbfsView"_s);
    setAccessibleName(tr("DBFS"));
    setItemDelegate(new DbfsItemDelegate(this));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setUniformRowHeights(true);
    setAnimated(true);
    setIconSize(QSize(16, 16));
    setFrameShape(QFrame::NoFrame);
    setSortingEnabled(true);

    setDragEnabled(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    // Drops land on a row (a folder) or on the empty area, never "between"
    // rows, which means nothing in a file tree.
    setDragDropOverwriteMode(true);

    // Loading and error rows span all columns: an error message is too long
    // for the name column and has nothing to say in the others.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &folder, int first, int last) {
                for (int row = first; row <= last; ++row) {
                    const auto kind = m_proxy->index(row, 0, folder)
                                          .data(DbfsModel::RowKindRole)
                                          .value<DbfsModel::RowKind>();
                    if (kind != DbfsModel::RowKind::Object)
                        setFirstColumnSpanned(row, folder, true);
                }
                if (m_proxy->isFiltering())
                    expandMatches(folder);
            });
    // Rows that go from under the selection (refresh, delete, filter) change
    // what the actions may do.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DbfsView::selectionChangedByUser);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DbfsView::selectionChangedByUser);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DbfsView::selectionChangedByUser);
}

void DbfsView::setDbfsModel(DbfsModel *model)
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
    // The empty-state text depends on whether the root has been listed.
    connect(model, &DbfsModel::folderLoaded, viewport(), qOverload<>(&QWidget::update),
            Qt::UniqueConnection);
    setupHeader();
    emit selectionChangedByUser();
}

DbfsModel *DbfsView::dbfsModel() const
{
    return m_model;
}

void DbfsView::setupHeader()
{
    if (m_headerSetUp)
        return;
    m_headerSetUp = true;
    sortByColumn(DbfsModel::NameColumn, Qt::AscendingOrder);
    QHeaderView *h = header();
    h->setStretchLastSection(false);
    h->setHighlightSections(false);
    h->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    h->setSectionResizeMode(DbfsModel::NameColumn, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(u'0');
    h->resizeSection(DbfsModel::SizeColumn, digit * 11);
    h->resizeSection(DbfsModel::ModifiedColumn, digit * 20);
    h->setMinimumSectionSize(digit * 6);
}

void DbfsView::setNameFilter(const QString &text)
{
    m_proxy->setNameFilter(text);
    if (m_proxy->isFiltering())
        expandMatches({});
    viewport()->update();
}

void DbfsView::expandMatches(const QModelIndex &parent)
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

QModelIndex DbfsView::sourceIndex(const QModelIndex &viewIndex) const
{
    return viewIndex.model() == m_proxy ? m_proxy->mapToSource(viewIndex) : viewIndex;
}

QList<DbfsFileInfo> DbfsView::selectedEntries() const
{
    QList<DbfsFileInfo> entries;
    if (!selectionModel() || !m_model)
        return entries;
    QModelIndexList rows = selectionModel()->selectedRows(DbfsModel::NameColumn);
    // View order, whatever order the user picked them in.
    std::sort(rows.begin(), rows.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        return visualRect(a).top() < visualRect(b).top();
    });
    for (const QModelIndex &row : std::as_const(rows)) {
        const DbfsFileInfo info = m_model->fileInfo(sourceIndex(row));
        if (info.isValid())
            entries.append(info);
    }
    // A selected folder takes what is in it along.
    const QList<DbfsFileInfo> all = entries;
    entries.removeIf([&all](const DbfsFileInfo &entry) {
        return std::any_of(all.begin(), all.end(), [&entry](const DbfsFileInfo &other) {
            return other.isDir && other.path != entry.path &&
                   (other.path == "/"_L1 || entry.path.startsWith(other.path + u'/'));
        });
    });
    return entries;
}

QString DbfsView::targetFolder() const
{
    if (!m_model)
        return u"/"_s;
    const QModelIndex current = currentIndex();
    if (!current.isValid() || !selectionModel()->isSelected(current))
        return m_model->rootPath();
    return m_model->folderPathFor(sourceIndex(current));
}

bool DbfsView::selectPath(const QString &path)
{
    if (!m_model)
        return false;
    const QModelIndex source = m_model->indexForPath(path);
    if (!source.isValid())
        return false;
    const QModelIndex index = m_proxy->mapFromSource(source);
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

void DbfsView::refreshCurrent()
{
    if (!m_model)
        return;
    const QModelIndex current = currentIndex();
    const bool selected = current.isValid() && selectionModel()->isSelected(current);
    m_model->refresh(selected ? sourceIndex(current) : QModelIndex());
}

void DbfsView::selectionChanged(const QItemSelection &selected, const QItemSelection &deselected)
{
    QTreeView::selectionChanged(selected, deselected);
    emit selectionChangedByUser();
}

void DbfsView::dragEnterEvent(QDragEnterEvent *event)
{
    // QAbstractItemView accepts only data its model can drop at the entry
    // point; over a file row that would refuse the whole drag, and the
    // cursor could never reach a folder. Accept what the model understands
    // at all and let dragMoveEvent decide row by row.
    QTreeView::dragEnterEvent(event);
    if (!event->isAccepted() && m_model &&
        (!m_model->draggedPaths(event->mimeData()).isEmpty() ||
         !DbfsModel::localPaths(event->mimeData()).isEmpty())) {
        event->accept();
        setState(DraggingState);
    }
}

void DbfsView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (!m_model || !m_model->isLoaded() || m_proxy->rowCount() > 0)
        return;
    // An empty listing gets a sentence instead of a blank pane.
    const QString text = m_proxy->isFiltering()
                             ? tr("Nothing loaded matches “%1”.").arg(m_proxy->nameFilter())
                             : tr("DBFS is empty. Drop files here to upload them.");
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(24, 48, -24, -24),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
}

} // namespace brickdesk
