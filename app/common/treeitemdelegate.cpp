#include "app/common/treeitemdelegate.h"

#include "core/common/treeroles.h"

namespace brickdesk {

TreeItemDelegate::TreeItemDelegate(IconFor iconFor, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_iconFor(std::move(iconFor))
{}

void TreeItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto kind = index.data(TreeRoles::RowKindRole).value<RowKind>();
    switch (kind) {
    case RowKind::Loading:
    case RowKind::LoadMore:
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        break;
    case RowKind::Error:
        option->palette.setColor(QPalette::Text, QColor(0xb4, 0x23, 0x18));
        break;
    case RowKind::Object:
        if (index.column() != TreeRoles::NameColumn) {
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
    if (index.column() != TreeRoles::NameColumn)
        return;
    // Painted for every visible row: each status icon is built once.
    static const QIcon loading(QStringLiteral(":/icons/loading.svg"));
    static const QIcon error(QStringLiteral(":/icons/error.svg"));
    QIcon icon;
    if (kind == RowKind::Loading)
        icon = loading;
    else if (kind == RowKind::Error)
        icon = error;
    else if (kind == RowKind::Object && m_iconFor)
        icon = m_iconFor(index);
    if (icon.isNull())
        return;
    option->icon = icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(16, 16);
}

} // namespace brickdesk
