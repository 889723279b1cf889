#pragma once

#include <QList>
#include <QPointer>
#include <QTreeView>

namespace brickdesk {

class LazyTreeModel;
class TreeFilterProxy;

// What every area's tree view shares: the model behind a sorting and
// name-filtering proxy (folders first), several rows selectable, Loading,
// error and "Load more…" rows spanning all columns, "Load more…" rows that
// list the next page when activated, folders opened on the way to filter
// matches, and a sentence instead of a blank pane when there is nothing to
// show. Subclasses add their actions, drag and drop and typed selections.
class LazyTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit LazyTreeView(QWidget *parent = nullptr);
    ~LazyTreeView() override;

    TreeFilterProxy *proxy() const { return m_proxy; }
    QModelIndex sourceIndex(const QModelIndex &viewIndex) const;

    // Shows only rows whose name contains `text` and the folders on the way
    // to them (of what is loaded), opened.
    void setNameFilter(const QString &text);
    // Lists the folder of the selected row again, or the root without one.
    void refreshCurrent();
    // The selected rows that stand for entries (never Loading, error or
    // "Load more…" rows), in the order the user sees them, column 0.
    QModelIndexList selectedEntryRows() const;

signals:
    // The selection, or what it points at, changed.
    void selectionChangedByUser();

protected:
    struct ColumnWidth
    {
        int column;
        int digits; // the width of that many digits of the view's font
    };

    // Shows `model` (not owned) through the proxy; nullptr clears. The
    // header is set up on the first model: `stretch` takes the room left.
    void setTreeModel(LazyTreeModel *model, int stretch, const QList<ColumnWidth> &widths);
    LazyTreeModel *treeModel() const { return m_model; }
    // Selects, reveals and scrolls to the row at `source`; false if it is
    // not loaded or filtered out.
    bool selectSourceIndex(const QModelIndex &source);
    // What an empty, listed root says, and what a filter matching nothing.
    virtual QString emptyText() const = 0;
    virtual QString noMatchText(const QString &filter) const;

    void paintEvent(QPaintEvent *event) override;
    void selectionChanged(const QItemSelection &selected,
                          const QItemSelection &deselected) override;

private:
    void onRowsInserted(const QModelIndex &folder, int first, int last);
    void expandMatches(const QModelIndex &parent);
    void activateRow(const QModelIndex &index);

    QPointer<LazyTreeModel> m_model;
    TreeFilterProxy *m_proxy;
    bool m_headerSetUp = false;
};

} // namespace brickdesk
