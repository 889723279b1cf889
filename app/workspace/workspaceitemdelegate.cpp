#include "app/workspace/workspaceitemdelegate.h"

#include "app/workspace/workspaceicons.h"
#include "core/workspace/workspacemodel.h"

namespace brickdesk {

void WorkspaceItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                            const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto kind = index.data(WorkspaceModel::RowKindRole).value<WorkspaceModel::RowKind>();
    switch (kind) {
    case WorkspaceModel::RowKind::Loading:
    case WorkspaceModel::RowKind::LoadMore:
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        break;
    case WorkspaceModel::RowKind::Error:
        option->palette.setColor(QPalette::Text, QColor(0xb4, 0x23, 0x18));
        break;
    case WorkspaceModel::RowKind::Object:
        if (index.column() != WorkspaceModel::NameColumn) {
            // Secondary columns a step quieter than the name, in any palette.
            const QColor text = option->palette.color(QPalette::Text);
            const QColor base = option->palette.color(QPalette::Base);
            option->palette.setColor(QPalette::Text,
                                     QColor::fromRgbF(text.redF() * 0.62f + base.redF() * 0.38f,
                                                      text.greenF() * 0.62f + base.greenF() * 0.38f,
                                                      text.blueF() * 0.62f + base.blueF() * 0.38f));
        }
        break;
    }
    if (index.column() == WorkspaceModel::NameColumn) {
        option->icon = WorkspaceIcons::forIndex(index);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
    }
}

} // namespace brickdesk
