#include "core/common/treefilterproxy.h"

#include "core/common/treeroles.h"

namespace brickdesk {

TreeFilterProxy::TreeFilterProxy(QObject *parent)
    : TreeSortProxy(parent)
{
    // Keeps the ancestors of a match; QSortFilterProxyModel only asks about
    // children when their parent itself does not match, so an empty filter
    // costs nothing.
    setRecursiveFilteringEnabled(true);
}

void TreeFilterProxy::setNameFilter(const QString &text)
{
    const QString filter = text.trimmed();
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
    emit nameFilterChanged(m_filter);
}

bool TreeFilterProxy::matchesFilter(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return false;
    const QModelIndex name = sourceIndex.siblingAtColumn(TreeRoles::NameColumn);
    if (name.data(TreeRoles::RowKindRole).value<RowKind>() != RowKind::Object)
        return false;
    if (m_filter.isEmpty())
        return true;
    // The raw name, not the display text: the filter matches what the user
    // typed against the object's real name.
    return name.data(TreeRoles::RawValueRole).toString().contains(m_filter, Qt::CaseInsensitive);
}

bool TreeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    return matchesFilter(sourceModel()->index(sourceRow, TreeRoles::NameColumn, sourceParent));
}

} // namespace brickdesk
