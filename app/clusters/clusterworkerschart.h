#pragma once

#include "core/clusters/clusterworkershistory.h"

#include <QChartView>
#include <QJsonArray>
#include <QList>
#include <QPointF>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace brickdesk {

// How many workers a cluster had over time, as a step line: each count
// holds until the next event changes it. Built from the cluster's events
// (ClusterWorkersHistory); the X axis is time, the Y axis workers from 0 to
// the peak. The accessible description says the same in words ("Between 2
// and 5 workers over the last 3 days; now 5"); without sizing events the
// chart says so instead of drawing an empty frame.
class ClusterWorkersChart : public QChartView
{
    Q_OBJECT

public:
    explicit ClusterWorkersChart(QWidget *parent = nullptr);

    // clusters/events answers in any order; `nowMs` (default: now) is where
    // the last count's step ends.
    void setEvents(const QJsonArray &events, qint64 nowMs = -1);
    void setPoints(const QList<ClusterWorkersHistory::Point> &points);
    void clear() { setPoints({}); }

    // What is drawn, for tests and screen readers.
    const QList<ClusterWorkersHistory::Point> &points() const { return m_points; }
    // The series' vertices (ms since the epoch, workers), steps included.
    QList<QPointF> seriesPoints() const;
    int peak() const { return ClusterWorkersHistory::peak(m_points); }
    // The range of the workers axis.
    double axisMaximum() const;
    QString summaryText() const { return m_summary; }
    QString emptyText() const;
    bool isEmpty() const { return m_points.isEmpty(); }

    // "Between 2 and 5 workers over the last 3 days; now 5".
    static QString summarize(const QList<ClusterWorkersHistory::Point> &points);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyPalette();

    QList<ClusterWorkersHistory::Point> m_points;
    QLineSeries *m_series = nullptr;
    QDateTimeAxis *m_time = nullptr;
    QValueAxis *m_workers = nullptr;
    QString m_summary;
};

} // namespace brickdesk
