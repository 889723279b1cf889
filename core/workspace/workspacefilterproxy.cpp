#include "core/workspace/workspacefilterproxy.h"

#include "core/workspace/workspacemodel.h"

namespace brickdesk {

WorkspaceFilterProxy::WorkspaceFilterProxy(QObject *parent)
    : WorkspaceSortProxy(parent)
{
    // Keeps the ancestors of a match; QSortFilterProxyModel only asks about
    // children when their parent itself does not match, so an empty filter
    // costs nothing.
    setRecursiveFilteringEnabled(true);
}

void WorkspaceFilterProxy::setNameFilter(const QString &text)
{
    const QString filter = text.trimmed();
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
    emit nameFilterChanged(m_filter);
}

bool WorkspaceFilterProxy::matchesFilter(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return false;
    const QModelIndex name = sourceIndex.siblingAtColumn(WorkspaceModel::NameColumn);
    if (name.data(WorkspaceModel::RowKindRole).value<WorkspaceModel::RowKind>() !=
        WorkspaceModel::RowKind::Object)
        return false;
    if (m_filter.isEmpty())
        return true;
    // The raw name, not the display text: the filter matches what the user
    // typed against the object's real name.
    return name.data(WorkspaceModel::RawValueRole)
        .toString()
        .contains(m_filter, Qt::CaseInsensitive);
}

bool WorkspaceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    return matchesFilter(sourceModel()->index(sourceRow, WorkspaceModel::NameColumn, sourceParent));
}

} // namespace brickdesk
