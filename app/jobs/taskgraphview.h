#pragma once

#include "core/jobs/taskgraph.h"

#include <QGraphicsView>
#include <QHash>
#include <QJsonObject>

namespace brickdesk {

class TaskGraphNodeItem;
class TaskGraphEdgeItem;

// A job's tasks drawn as a graph, left to right in the layers TaskGraph
// computed: a rounded box per task (key, type and target, compute or run
// status) and an arrow per dependency. With a run overlaid, every box takes
// its task run's status colour. The selection is the view's own (one task,
// moved by mouse or arrow keys) rather than QGraphicsScene's, so that the
// keyboard follows the graph's layers instead of item stacking order.
class TaskGraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit TaskGraphView(QWidget *parent = nullptr);
    ~TaskGraphView() override;

    // A job (jobs/get, or a listing entry with expand_tasks) or its settings.
    void setJob(const QJsonObject &job);
    void setGraph(const TaskGraph &graph);
    const TaskGraph &graph() const { return m_graph; }

    // Overlays a run (runs/get) on the graph; `nowMs` (default: now) ends
    // the durations of task runs still going. An empty object clears it.
    void setRun(const QJsonObject &run, qint64 nowMs = -1);
    void clearRun() { setRun({}); }
    bool hasRun() const { return !m_taskRuns.isEmpty(); }

    QString selectedTask() const;
    // Selects the task with `key` (none for an unknown or empty key) and
    // shows it; emits taskSelected when the selection changes.
    void selectTask(const QString &key);

    // The box of a task in viewport coordinates (for tests and for
    // placing popups next to a task); empty for an unknown key.
    QRect taskRect(const QString &key) const;
    // The colour a task's box shows its run status in; invalid without a run.
    QColor taskStatusColor(const QString &key) const;

public slots:
    void zoomToFit();
    void zoomIn();
    void zoomOut();

signals:
    void taskSelected(const QString &key);
    // Enter on, or a double click of, a task.
    void taskActivated(const QString &key);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuildScene();
    void applyPalette();
    void selectIndex(int index);
    int nodeIndexAt(const QPoint &viewportPos) const;
    int neighbourInLayer(int step) const;
    int neighbourAcrossLayers(int step) const;
    void scaleBy(double factor);
    void updateAccessibleDescription();
    QString taskToolTip(int index) const;

    TaskGraph m_graph;
    QList<TaskGraphNodeItem *> m_nodeItems;
    QList<TaskGraphEdgeItem *> m_edgeItems; // parallel to m_graph.edges()
    QHash<QString, QJsonObject> m_taskRuns; // by task key: the latest attempt
    qint64 m_now = 0;
    int m_selected = -1;
    bool m_fitPending = true; // fit once the view has its real size
};

} // namespace brickdesk
