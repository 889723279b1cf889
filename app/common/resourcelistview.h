#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QTreeView>

#include <functional>

class QSortFilterProxyModel;

namespace brickdesk {

class ResourceListModel;

// A flat resource list (jobs, runs, clusters, pipelines) as a sortable
// table: sorted by each column's raw value, filtered by name (the first
// column, case-insensitive, anywhere in the name), whole rows selected, a
// coloured dot where a column's decoration is a colour (a run's result, a
// cluster's state), and a sentence instead of a blank pane while it loads,
// when it failed and when there is nothing to show.
class ResourceListView : public QTreeView
{
    Q_OBJECT

public:
    explicit ResourceListView(QWidget *parent = nullptr);
    ~ResourceListView() override;

    // Shows `model` (not owned) through the proxy; nullptr clears.
    void setResourceModel(ResourceListModel *model);
    ResourceListModel *resourceModel() const;
    QSortFilterProxyModel *proxy() const { return m_proxy; }

    void setNameFilter(const QString &text);

    using ItemFilter = std::function<bool(const QJsonObject &item)>;
    using ItemGroup = std::function<int(const QJsonObject &item)>;
    // Rows whose item `filter` refuses are hidden (with the name filter).
    void setRowFilter(ItemFilter filter);
    // The row filter's answer changed (its settings did): filters again.
    void refilter();
    // Rows of a lower group come first whichever way a column is sorted
    // (pinned clusters: 0, the rest: 1).
    void setSortGroup(ItemGroup group);
    // What the empty view says once the listing has nothing ("No jobs").
    void setEmptyText(const QString &text) { m_emptyText = text; }

    // The source row of the current row; -1 without one.
    int currentSourceRow() const;
    // Several rows at once, for what acts on many (a permission grant); the
    // current row still drives the pane and single-object actions.
    void setMultiSelection(bool on);
    // The source rows of every selected row, in model order.
    QList<int> selectedSourceRows() const;
    // The items of those rows, as the model has them.
    QList<QJsonObject> selectedItems() const;
    // After a page or a listing arrived: selects the row of `*pendingKey`
    // once it is there (and forgets the key), or else the first row when
    // nothing is current and nothing is pending.
    void selectPendingOrFirst(QString *pendingKey);
    // Selects the row with this key and scrolls to it; false when absent.
    bool selectKey(const QString &key);
    // Source rows of the rows the viewport shows now.
    QList<int> visibleSourceRows() const;

signals:
    // The current row changed (by the user or by a refresh).
    void currentRowChanged(int sourceRow);
    // The set of selected rows changed.
    void selectedRowsChanged();
    // Enter or double-click on a row.
    void rowActivated(int sourceRow);
    // The visible rows changed (scrolled, resized, filtered, sorted).
    void visibleRowsChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QString placeholderText() const;

    QSortFilterProxyModel *m_proxy;
    QPointer<ResourceListModel> m_model;
    QString m_emptyText;
};

} // namespace brickdesk
