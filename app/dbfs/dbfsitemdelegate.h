#pragma once

#include "app/workspace/workspaceitemdelegate.h"

namespace brickdesk {

// The workspace tree's row style (quiet Loading rows, red error rows, muted
// secondary columns) with DBFS's two kinds of entry: folders and files.
class DbfsItemDelegate : public WorkspaceItemDelegate
{
    Q_OBJECT

public:
    using WorkspaceItemDelegate::WorkspaceItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace brickdesk
