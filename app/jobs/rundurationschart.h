#pragma once

#include "core/jobs/rundurations.h"

#include <QChartView>
#include <QJsonArray>
#include <QList>

class QBarSet;
class QBarCategoryAxis;
class QStackedBarSeries;
class QValueAxis;

namespace brickdesk {

// The last runs of a job as bars, one per run, oldest on the left: height
// is how long the run took, colour how it ended (RunStatus' outcome
// colours; running runs in the active colour), one legend entry per
// outcome shown. Hover tells the run, a click on a bar activates it.
//
// A stacked series with one bar set per outcome gives each outcome its own
// colour and legend entry while every run keeps a single bar: a run's value
// is in its outcome's set and 0 in all the others.
class RunDurationsChart : public QChartView
{
    Q_OBJECT

public:
    explicit RunDurationsChart(QWidget *parent = nullptr);

    // How many of the most recent runs are shown (default 30).
    void setMaximumRuns(int count);
    int maximumRuns() const { return m_maximumRuns; }

    // runs/list answers in any order; `nowMs` (default: now) is where
    // active runs' bars end.
    void setRuns(const QJsonArray &runs, qint64 nowMs = -1);
    void setPoints(const QList<RunDurations::Point> &points);

    // What is drawn, for tests and screen readers: the shown runs oldest
    // first, a bar's colour, its tooltip, its centre in viewport coordinates.
    const QList<RunDurations::Point> &shownPoints() const { return m_points; }
    int barCount() const { return int(m_points.size()); }
    QColor barColor(int index) const;
    QString barToolTip(int index) const;
    QPoint barCenter(int index) const;
    // The names of the legend entries, in order.
    QStringList legendNames() const;
    QString trendText() const { return m_trendText; }

signals:
    void runActivated(qint64 runId);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyPalette();
    void onHovered(bool entered, int index, QBarSet *set);

    QList<RunDurations::Point> m_all;
    QList<RunDurations::Point> m_points; // the last m_maximumRuns of m_all
    QStackedBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_values = nullptr;
    QString m_trendText;
    qint64 m_unitMs = 1000; // the y axis unit in ms
    int m_maximumRuns = 30;
};

} // namespace brickdesk
