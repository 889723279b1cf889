#pragma once

#include <QStyledItemDelegate>

namespace brickdesk {

// Draws workspace rows with their type icon, and the Loading and error rows
// in a quieter (or alarming) style than real objects.
class WorkspaceItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace brickdesk
