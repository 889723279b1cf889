#pragma once

#include "app/common/lazytreeview.h"
#include "core/dbfs/dbfsfileinfo.h"

namespace brickdesk {

class DbfsModel;

// The DBFS tree: folders first, sortable by any column, filterable by name,
// several rows selectable. Rows drag onto folders (a move) and files from
// the desktop drop onto folders or onto the empty area, which stands for the
// root (an upload); the model turns both into requests, DbfsActions carries
// them out.
class DbfsView : public LazyTreeView
{
    Q_OBJECT

public:
    explicit DbfsView(QWidget *parent = nullptr);

    // Shows `model` (not owned) through a sorting and filtering proxy;
    // nullptr clears.
    void setDbfsModel(DbfsModel *model);
    DbfsModel *dbfsModel() const;

    // The selected entries (never Loading or error rows) in view order,
    // without those inside another selected folder.
    QList<DbfsFileInfo> selectedEntries() const;
    // Where a new entry goes: the selected folder, the folder of the
    // selected file, or the root.
    QString targetFolder() const;
    // Selects and shows the loaded entry at `path`; false if not loaded.
    bool selectPath(const QString &path);

protected:
    QString emptyText() const override;
    QString noMatchText(const QString &filter) const override;
    void dragEnterEvent(QDragEnterEvent *event) override;
};

} // namespace brickdesk
