#pragma once

#include <QStyledItemDelegate>

namespace brickdesk {

// Draws a PermissionsModel row and edits its level: the principal's icon by
// kind, added and changed levels in bold, removed ones struck through, and a
// combo box offering only the levels the row may be given.
class PermissionLevelDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace brickdesk
