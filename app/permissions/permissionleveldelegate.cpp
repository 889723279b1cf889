#include "app/permissions/permissionleveldelegate.h"

#include "app/common/principalpickerdialog.h"
#include "core/permissions/permissionsmodel.h"

#include <QComboBox>

using namespace Qt::StringLiterals;

namespace brickdesk {

QWidget *PermissionLevelDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                               const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(u"permissionLevelEditor"_s);
    combo->setAccessibleName(
        tr("Permission of %1")
            .arg(index.siblingAtColumn(PermissionsModel::PrincipalColumn).data().toString()));
    for (const QString &level : index.data(PermissionsModel::LevelChoicesRole).toStringList())
        combo->addItem(permissionLevelText(level), level);
    // A choice is the edit: commit it at once rather than on focus loss.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<PermissionLevelDelegate *>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void PermissionLevelDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        // No direct level: nothing is chosen, so leaving the editor adds nothing.
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
}

void PermissionLevelDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                           const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (combo && combo->currentIndex() >= 0)
        model->setData(index, combo->currentData(), Qt::EditRole);
}

void PermissionLevelDelegate::initStyleOption(QStyleOptionViewItem *option,
                                              const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == PermissionsModel::PrincipalColumn) {
        option->icon = PrincipalPickerDialog::iconFor(
            Principal::Kind(index.data(PermissionsModel::KindRole).toInt()));
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
    switch (PermissionsModel::EditState(index.data(PermissionsModel::EditStateRole).toInt())) {
    case PermissionsModel::EditState::Added:
    case PermissionsModel::EditState::Changed:
        // What the edit changes, not what stays inherited.
        option->font.setBold(index.column() != PermissionsModel::InheritedColumn);
        break;
    case PermissionsModel::EditState::Removed:
        option->font.setStrikeOut(index.column() == PermissionsModel::PrincipalColumn);
        option->palette.setColor(QPalette::Text,
                                 option->palette.color(QPalette::Disabled, QPalette::Text));
        break;
    case PermissionsModel::EditState::Unchanged:
        break;
    }
}

} // namespace brickdesk
