#pragma once

#include "core/dbfs/dbfsfileinfo.h"

#include <QPointer>
#include <QTreeView>

namespace brickdesk {

class DbfsModel;
class WorkspaceFilterProxy;

// The DBFS tree: folders first, sortable by any column, filterable by name,
// several rows selectable. Rows drag onto folders (a move) and files from
// the desktop drop onto folders or onto the empty area, which stands for the
// root (an upload); the model turns both into requests, DbfsActions carries
// them out.
class DbfsView : public QTreeView
{
    Q_OBJECT

public:
    explicit DbfsView(QWidget *parent = nullptr);

    // Shows `model` (not owned) through a sorting and filtering proxy;
    // nullptr clears.
    void setDbfsModel(DbfsModel *model);
    DbfsModel *dbfsModel() const;
    WorkspaceFilterProxy *proxy() const { return m_proxy; }

    // Shows only entries whose name contains `text` and the folders on the
    // way to them (of what is loaded), opened.
    void setNameFilter(const QString &text);

    // The selected entries (never Loading or error rows) in view order,
    // without those inside another selected folder.
    QList<DbfsFileInfo> selectedEntries() const;
    // Where a new entry goes: the selected folder, the folder of the
    // selected file, or the root.
    QString targetFolder() const;
    // Selects and shows the loaded entry at `path`; false if not loaded.
    bool selectPath(const QString &path);
    QModelIndex sourceIndex(const QModelIndex &viewIndex) const;
    // Lists the folder of the current row again, or the root without one.
    void refreshCurrent();

signals:
    // The selection or what it points at changed.
    void selectionChangedByUser();

protected:
    void paintEvent(QPaintEvent *event) override;
    void selectionChanged(const QItemSelection &selected,
                          const QItemSelection &deselected) override;
    void dragEnterEvent(QDragEnterEvent *event) override;

private:
    void setupHeader();
    void expandMatches(const QModelIndex &parent);

    QPointer<DbfsModel> m_model;
    WorkspaceFilterProxy *m_proxy;
    bool m_headerSetUp = false;
};

} // namespace brickdesk
