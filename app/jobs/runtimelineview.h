#pragma once

#include "core/jobs/runtimeline.h"

#include <QAbstractScrollArea>

namespace brickdesk {

// A Gantt chart of one run: a row per task run, its task key on the left
// and a bar from start to end on a shared time axis, coloured by status.
// Setup and cleanup show as lighter ends of a bar when the server gave the
// split; task runs still going are striped. Painted by hand on a scroll
// area: a run of 130 tasks scrolls, and the axis stays on top.
class RunTimelineView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit RunTimelineView(QWidget *parent = nullptr);

    // runs/get; `nowMs` (default: now) ends the bars of task runs still going.
    void setRun(const QJsonObject &run, qint64 nowMs = -1);
    void setTimeline(const RunTimeline &timeline);
    const RunTimeline &timeline() const { return m_timeline; }

    // -1 when nothing is selected. Setting it scrolls the row into view and
    // emits taskRunSelected when it changes.
    int currentRow() const { return m_current; }
    void setCurrentRow(int row);

    // In viewport coordinates, for tests: a whole row and its bar (empty
    // for a task run that has not started).
    QRect rowRect(int row) const;
    QRect barRect(int row) const;
    QString rowToolTip(int row) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void taskRunSelected(qint64 taskRunId, const QString &taskKey);
    // Enter on, or a double click of, a row.
    void taskRunActivated(qint64 taskRunId, const QString &taskKey);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int rowHeight() const;
    int axisHeight() const;
    int labelWidth() const;
    QRect timeArea() const; // the x range bars are drawn in (full height)
    int xOf(qint64 ms) const;
    int rowAt(const QPoint &pos) const;
    void updateScrollBar();
    void updateAccessibleDescription();
    void paintAxis(QPainter &painter);
    void paintRow(QPainter &painter, int row);

    RunTimeline m_timeline;
    int m_current = -1;
    int m_labelWidth = 120;
};

} // namespace brickdesk
