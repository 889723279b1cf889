#include "app/dbfs/dbfsitemdelegate.h"

#include "core/dbfs/dbfsmodel.h"

using namespace Qt::StringLiterals;

namespace brickdesk {

void DbfsItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    WorkspaceItemDelegate::initStyleOption(option, index);
    if (index.column() != DbfsModel::NameColumn ||
        index.data(DbfsModel::RowKindRole).value<DbfsModel::RowKind>() !=
            DbfsModel::RowKind::Object)
        return;
    // Painted for every visible row: build each icon once.
    static const QIcon folder(u":/icons/folder.svg"_s);
    static const QIcon file(u":/icons/file.svg"_s);
    option->icon = index.data(DbfsModel::IsFolderRole).toBool() ? folder : file;
}

} // namespace brickdesk
