#pragma once

#include "core/pipelines/updatetimeline.h"

#include <QWidget>

namespace brickdesk {

// Where one pipeline update's time went, over a shared time axis counted
// from its start: a row per phase (waiting for resources, initializing…),
// then a row per dataset flow (lighter while queued or starting, solid
// while running, coloured by how it ended), with a red diamond at every
// error. Painted by hand; it is as tall as its rows, so a scroll area
// around it scrolls a long graph.
class UpdateTimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit UpdateTimelineView(QWidget *parent = nullptr);

    void setTimeline(const UpdateTimeline &timeline);
    const UpdateTimeline &timeline() const { return m_timeline; }

    // Rows: the phases first, then the flows. -1: none is current.
    int rowCount() const;
    int currentRow() const { return m_current; }
    void setCurrentRow(int row);
    // The flow a row shows, or -1 for a phase row.
    int flowOfRow(int row) const;

    // In widget coordinates, for tests: a row, its bar, and what a tooltip
    // at a point says (empty where there is nothing).
    QRect rowRect(int row) const;
    QRect barRect(int row) const;
    QString toolTipAt(const QPoint &pos) const;

    // What an update without progress events shows in the middle.
    static QString emptyText();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // Enter on, or a double click of, a flow's row: its full name.
    void flowActivated(const QString &flowName);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct MarkerPlace
    {
        int row = -1;
        QPoint centre;
    };

    int rowHeight() const;
    int axisHeight() const;
    QRect timeArea() const;
    int xOf(qint64 ms) const;
    int rowAt(const QPoint &pos) const;
    QString rowLabel(int row) const;
    const UpdateTimeline::Span &spanOfRow(int row) const;
    MarkerPlace markerPlace(const UpdateTimeline::Marker &marker) const;
    QString spanToolTip(int row) const;
    QString markerToolTip(const UpdateTimeline::Marker &marker) const;
    QColor rowColour(int row) const;
    void relayout();
    void activate(int row);
    void paintAxis(QPainter &painter);
    void paintRow(QPainter &painter, int row);
    void paintMarkers(QPainter &painter);

    UpdateTimeline m_timeline;
    int m_current = -1;
    int m_labelWidth = 120;
};

} // namespace brickdesk
