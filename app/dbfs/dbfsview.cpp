#include "app/dbfs/dbfsview.h"

#include "app/common/treeitemdelegate.h"
#include "core/dbfs/dbfsmodel.h"

#include <QDragEnterEvent>

using namespace Qt::StringLiterals;

namespace brickdesk {

DbfsView::DbfsView(QWidget *parent)
    : LazyTreeView(parent)
{
    setObjectName(u"dbfsView"_s);
    setAccessibleName(tr("DBFS"));
    setItemDelegate(new TreeItemDelegate(
        [](const QModelIndex &index) {
            static const QIcon folder(u":/icons/folder.svg"_s);
            static const QIcon file(u":/icons/file.svg"_s);
            return index.data(DbfsModel::IsFolderRole).toBool() ? folder : file;
        },
        this));

    setDragEnabled(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    // Drops land on a row (a folder) or on the empty area, never "between"
    // rows, which means nothing in a file tree.
    setDragDropOverwriteMode(true);
}

void DbfsView::setDbfsModel(DbfsModel *model)
{
    setTreeModel(model, DbfsModel::NameColumn,
                 {{DbfsModel::SizeColumn, 11}, {DbfsModel::ModifiedColumn, 20}});
}

DbfsModel *DbfsView::dbfsModel() const
{
    return static_cast<DbfsModel *>(treeModel());
}

QList<DbfsFileInfo> DbfsView::selectedEntries() const
{
    QList<DbfsFileInfo> entries;
    const DbfsModel *model = dbfsModel();
    if (!model)
        return entries;
    const QModelIndexList rows = selectedEntryRows();
    for (const QModelIndex &row : rows) {
        const DbfsFileInfo info = model->fileInfo(sourceIndex(row));
        if (info.isValid())
            entries.append(info);
    }
    // A selected folder takes what is in it along.
    const QList<DbfsFileInfo> all = entries;
    entries.removeIf([&all](const DbfsFileInfo &entry) {
        return std::any_of(all.begin(), all.end(), [&entry](const DbfsFileInfo &other) {
            return other.isDir && other.path != entry.path &&
                   (other.path == "/"_L1 || entry.path.startsWith(other.path + u'/'));
        });
    });
    return entries;
}

QString DbfsView::targetFolder() const
{
    const DbfsModel *model = dbfsModel();
    if (!model)
        return u"/"_s;
    const QModelIndex current = currentIndex();
    if (!current.isValid() || !selectionModel()->isSelected(current))
        return model->rootPath();
    return model->folderPathFor(sourceIndex(current));
}

bool DbfsView::selectPath(const QString &path)
{
    const DbfsModel *model = dbfsModel();
    return model && selectSourceIndex(model->indexForPath(path));
}

QString DbfsView::emptyText() const
{
    return tr("DBFS is empty. Drop files here to upload them.");
}

QString DbfsView::noMatchText(const QString &filter) const
{
    return tr("Nothing loaded matches “%1”.").arg(filter);
}

void DbfsView::dragEnterEvent(QDragEnterEvent *event)
{
    // QAbstractItemView accepts only data its model can drop at the entry
    // point; over a file row that would refuse the whole drag, and the
    // cursor could never reach a folder. Accept what the model understands
    // at all and let dragMoveEvent decide row by row.
    LazyTreeView::dragEnterEvent(event);
    const DbfsModel *model = dbfsModel();
    if (!event->isAccepted() && model &&
        (!model->draggedPaths(event->mimeData()).isEmpty() ||
         !DbfsModel::localPaths(event->mimeData()).isEmpty())) {
        event->accept();
        setState(DraggingState);
    }
}

} // namespace brickdesk
