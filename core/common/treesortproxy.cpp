#include "core/common/treesortproxy.h"

#include "core/common/treeroles.h"

namespace brickdesk {

namespace {

// <0, 0, >0. Missing values sort before present ones.
int compareValues(const QVariant &left, const QVariant &right)
{
    if (!left.isValid() || !right.isValid())
        return int(left.isValid()) - int(right.isValid());
    if (left.typeId() == QMetaType::QString || right.typeId() == QMetaType::QString)
        return left.toString().compare(right.toString(), Qt::CaseInsensitive);
    const qint64 a = left.toLongLong();
    const qint64 b = right.toLongLong();
    return a < b ? -1 : (a > b ? 1 : 0);
}

} // namespace

TreeSortProxy::TreeSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TreeRoles::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setRecursiveFilteringEnabled(false);
}

bool TreeSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftFolder = left.data(TreeRoles::IsFolderRole).toBool();
    const bool rightFolder = right.data(TreeRoles::IsFolderRole).toBool();
    if (leftFolder != rightFolder) {
        // The proxy sorts descending by swapping the arguments; undo that
        // for the folder rule so folders stay on top both ways.
        return (sortOrder() == Qt::AscendingOrder) ? leftFolder : rightFolder;
    }
    const int byValue = compareValues(left.data(sortRole()), right.data(sortRole()));
    if (byValue != 0)
        return byValue < 0;
    // Equal values (same type, no date): fall back to the name.
    const QModelIndex leftName = left.siblingAtColumn(TreeRoles::NameColumn);
    const QModelIndex rightName = right.siblingAtColumn(TreeRoles::NameColumn);
    return compareValues(leftName.data(TreeRoles::RawValueRole),
                         rightName.data(TreeRoles::RawValueRole)) < 0;
}

} // namespace brickdesk
