#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

#include <functional>

namespace brickdesk {

// How every area's tree draws its rows: entries with the icon the area
// gives them and their secondary columns a step quieter than the name;
// Loading and "Load more…" rows quiet and italic, error rows in red.
class TreeItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // The icon of an entry's name cell (`index` is in column 0); Loading
    // and error rows have theirs already.
    using IconFor = std::function<QIcon(const QModelIndex &index)>;

    explicit TreeItemDelegate(IconFor iconFor, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    IconFor m_iconFor;
};

} // namespace brickdesk
