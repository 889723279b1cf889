#pragma once

#include <QSortFilterProxyModel>

namespace brickdesk {

// Sorts a tree (TreeRoles) by the raw value of the sort column (dates and
// sizes as numbers, names case-insensitively) while keeping folders above
// everything else in either direction, as file managers do.
class TreeSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TreeSortProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace brickdesk
