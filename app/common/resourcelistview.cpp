#include "app/common/resourcelistview.h"

#include "core/common/resourcelistmodel.h"
#include "core/net/apiclient.h"

#include <QHash>
#include <QHeaderView>
#include <QIcon>
#include <QIdentityProxyModel>
#include <QPainter>
#include <QPixmap>
#include <QSortFilterProxyModel>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// Core models have no QtGui: a decoration given as a QRgb (an unsigned int)
// becomes a round dot of that colour here, and one given as a resource path
// (":/icons/pin.svg") that icon.
class ColorDotProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QVariant value = QIdentityProxyModel::data(index, role);
        if (role != Qt::DecorationRole)
            return value;
        if (value.typeId() == QMetaType::QString) {
            const QString path = value.toString();
            auto icon = m_icons.find(path);
            if (icon == m_icons.end())
                icon = m_icons.insert(path, QIcon(path));
            return *icon;
        }
        if (value.typeId() != QMetaType::UInt)
            return value;
        const QRgb rgb = value.toUInt();
        auto it = m_dots.find(rgb);
        if (it == m_dots.end()) {
            QPixmap dot(12, 12);
            dot.fill(Qt::transparent);
            QPainter painter(&dot);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor::fromRgba(rgb));
            painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
            it = m_dots.insert(rgb, dot);
        }
        return *it;
    }

private:
    mutable QHash<QRgb, QPixmap> m_dots;
    mutable QHash<QString, QIcon> m_icons;
};

// Sorts by value and filters by name, and on top of that keeps the rows a
// view wants apart (pinned clusters) ahead in either order, and hides the
// rows a view's own filter refuses (a state, job clusters).
class ResourceFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    ResourceListView::ItemFilter rowFilter;
    ResourceListView::ItemGroup sortGroup;

    // Public for the view: the row filter changed.
    void refilter() { invalidateFilter(); }
    void regroup() { invalidate(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (rowFilter && !rowFilter(itemOf(sourceModel()->index(sourceRow, 0, sourceParent))))
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (sortGroup) {
            const int a = sortGroup(itemOf(left));
            const int b = sortGroup(itemOf(right));
            if (a != b) {
                // The group leads whichever way the column is sorted.
                const bool ascending = sortOrder() == Qt::AscendingOrder;
                return ascending ? a < b : a > b;
            }
        }
        return QSortFilterProxyModel::lessThan(left, right);
    }

private:
    static QJsonObject itemOf(const QModelIndex &index)
    {
        return index.data(ResourceListModel::ItemRole).toJsonObject();
    }
};

} // namespace

ResourceListView::ResourceListView(QWidget *parent)
    : QTreeView(parent)
    , m_proxy(new ResourceFilterProxy(this))
    , m_emptyText(tr("Nothing here yet."))
{
    auto *dots = new ColorDotProxy(this);
    m_proxy->setSourceModel(dots);
    m_proxy->setSortRole(ResourceListModel::RawValueRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    setModel(m_proxy);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSortingEnabled(true);
    header()->setSortIndicatorShown(true);
    header()->setStretchLastSection(true);
    header()->setSectionsMovable(true);

    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentRowChanged(currentSourceRow()); });
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ResourceListView::selectedRowsChanged);
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex dotted = m_proxy->mapToSource(index);
        emit rowActivated(dotted.row());
    });
    const auto changed = [this] { emit visibleRowsChanged(); };
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, changed);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, changed);
}

ResourceListView::~ResourceListView() = default;

void ResourceListView::setResourceModel(ResourceListModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    static_cast<QIdentityProxyModel *>(m_proxy->sourceModel())->setSourceModel(model);
    if (model) {
        // The placeholder follows the listing's state.
        connect(model, &ResourceListModel::stateChanged, viewport(), qOverload<>(&QWidget::update));
    }
    viewport()->update();
}

ResourceListModel *ResourceListView::resourceModel() const
{
    return m_model;
}

void ResourceListView::setMultiSelection(bool on)
{
    setSelectionMode(on ? QAbstractItemView::ExtendedSelection
                        : QAbstractItemView::SingleSelection);
}

QList<int> ResourceListView::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = selectionModel()->selectedRows();
    rows.reserve(selected.size());
    // The dot proxy between keeps rows as they are.
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<QJsonObject> ResourceListView::selectedItems() const
{
    QList<QJsonObject> items;
    if (!m_model)
        return items;
    for (const int row : selectedSourceRows())
        items.append(m_model->item(row));
    return items;
}

void ResourceListView::selectPendingOrFirst(QString *pendingKey)
{
    if (!pendingKey->isEmpty() && selectKey(*pendingKey))
        pendingKey->clear();
    else if (currentSourceRow() < 0 && pendingKey->isEmpty() && model()->rowCount() > 0)
        setCurrentIndex(model()->index(0, 0));
}

void ResourceListView::setNameFilter(const QString &text)
{
    m_proxy->setFilterFixedString(text);
}

void ResourceListView::setRowFilter(ItemFilter filter)
{
    auto *proxy = static_cast<ResourceFilterProxy *>(m_proxy);
    proxy->rowFilter = std::move(filter);
    proxy->refilter();
    viewport()->update();
}

void ResourceListView::refilter()
{
    static_cast<ResourceFilterProxy *>(m_proxy)->refilter();
    viewport()->update();
}

void ResourceListView::setSortGroup(ItemGroup group)
{
    auto *proxy = static_cast<ResourceFilterProxy *>(m_proxy);
    proxy->sortGroup = std::move(group);
    proxy->regroup();
}

int ResourceListView::currentSourceRow() const
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return -1;
    return m_proxy->mapToSource(current).row();
}

bool ResourceListView::selectKey(const QString &key)
{
    if (!m_model)
        return false;
    const int row = m_model->rowForKey(key);
    if (row < 0)
        return false;
    auto *dots = static_cast<QIdentityProxyModel *>(m_proxy->sourceModel());
    const QModelIndex index = m_proxy->mapFromSource(dots->mapFromSource(m_model->index(row, 0)));
    if (!index.isValid())
        return false;
    setCurrentIndex(index);
    scrollTo(index);
    return true;
}

QList<int> ResourceListView::visibleSourceRows() const
{
    QList<int> rows;
    const QModelIndex first = indexAt(QPoint(1, 1));
    if (!first.isValid())
        return rows;
    const int height = viewport()->height();
    for (QModelIndex index = first; index.isValid(); index = indexBelow(index)) {
        if (visualRect(index).top() > height)
            break;
        rows.append(m_proxy->mapToSource(index).row());
    }
    return rows;
}

void ResourceListView::scrollContentsBy(int dx, int dy)
{
    QTreeView::scrollContentsBy(dx, dy);
    if (dy != 0)
        emit visibleRowsChanged();
}

void ResourceListView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    emit visibleRowsChanged();
}

QString ResourceListView::placeholderText() const
{
    if (!m_model)
        return {};
    if (m_proxy->rowCount() > 0)
        return {};
    switch (m_model->state()) {
    case ResourceListModel::State::Idle:
    case ResourceListModel::State::Loading:
        return tr("Loading…");
    case ResourceListModel::State::Failed:
        return m_model->error() ? tr("Could not list them: %1").arg(m_model->error()->toString())
                                : tr("Could not list them.");
    case ResourceListModel::State::Loaded:
        break;
    }
    if (m_model->rowCount() > 0)
        return tr("Nothing matches the filter.");
    return m_emptyText;
}

void ResourceListView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    const QString text = placeholderText();
    if (text.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
}

} // namespace brickdesk
