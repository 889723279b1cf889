#include "app/clusters/clusterworkerschart.h"

#include "app/common/chartstyle.h"
#include "core/jobs/runstatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;

// "3 days", "5 hours", "20 minutes": the span the chart covers.
QString spanText(qint64 ms)
{
    // Variables, not casts in the calls: Qt 6.4's lupdate hangs on
    // translate(..., nullptr, int(...)).
    if (ms >= 2 * kDayMs) {
        const int days = int((ms + kDayMs / 2) / kDayMs);
        return QCoreApplication::translate("brickdesk::ClusterWorkersChart", "%n day(s)", nullptr,
                                           days);
    }
    if (ms >= 2 * kHourMs) {
        const int hours = int((ms + kHourMs / 2) / kHourMs);
        return QCoreApplication::translate("brickdesk::ClusterWorkersChart", "%n hour(s)", nullptr,
                                           hours);
    }
    const int minutes = int(std::max<qint64>(1, (ms + 30'000) / 60'000));
    return QCoreApplication::translate("brickdesk::ClusterWorkersChart", "%n minute(s)", nullptr,
                                       minutes);
}

} // namespace

ClusterWorkersChart::ClusterWorkersChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(u"clusterWorkersChart"_s);
    setAccessibleName(tr("Workers over time"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 200);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setBackgroundRoundness(0);
    chart()->legend()->setVisible(false);
    chart()->setAnimationOptions(QChart::NoAnimation);
    applyPalette();
    rebuild();
}

void ClusterWorkersChart::setEvents(const QJsonArray &events, qint64 nowMs)
{
    setPoints(ClusterWorkersHistory::fromEvents(
        events, nowMs >= 0 ? nowMs : QDateTime::currentMSecsSinceEpoch()));
}

void ClusterWorkersChart::setPoints(const QList<ClusterWorkersHistory::Point> &points)
{
    m_points = points;
    rebuild();
}

QList<QPointF> ClusterWorkersChart::seriesPoints() const
{
    return m_series ? m_series->points() : QList<QPointF>();
}

double ClusterWorkersChart::axisMaximum() const
{
    return m_workers ? m_workers->max() : 0.0;
}

QString ClusterWorkersChart::emptyText() const
{
    return tr("No sizing events yet.\nThe number of workers shows here once the cluster has "
              "started or resized.");
}

QString ClusterWorkersChart::summarize(const QList<ClusterWorkersHistory::Point> &points)
{
    if (points.isEmpty())
        return tr("No sizing events yet.");
    int least = points.first().workers;
    int most = least;
    for (const auto &point : points) {
        least = std::min(least, point.workers);
        most = std::max(most, point.workers);
    }
    const QString span = spanText(points.last().timeMs - points.first().timeMs);
    const int now = points.last().workers;
    if (least == most)
        return tr("%1 workers throughout the last %2; now %3").arg(most).arg(span).arg(now);
    return tr("Between %1 and %2 workers over the last %3; now %4")
        .arg(least)
        .arg(most)
        .arg(span)
        .arg(now);
}

void ClusterWorkersChart::rebuild()
{
    chart()->removeAllSeries(); // deletes m_series
    m_series = nullptr;
    const QList<QAbstractAxis *> axes = chart()->axes();
    for (QAbstractAxis *axis : axes) {
        chart()->removeAxis(axis);
        delete axis;
    }
    m_time = nullptr;
    m_workers = nullptr;
    m_summary = summarize(m_points);
    setAccessibleDescription(m_summary);
    chart()->setTitle(m_points.isEmpty() ? QString() : m_summary);
    if (m_points.isEmpty()) {
        viewport()->update();
        return;
    }

    // A step: the count holds until the next point, then jumps.
    m_series = new QLineSeries;
    m_series->setName(tr("Workers"));
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const auto &point = m_points[i];
        if (i > 0)
            m_series->append(qreal(point.timeMs), m_points[i - 1].workers);
        m_series->append(qreal(point.timeMs), point.workers);
    }
    chart()->addSeries(m_series);

    const qint64 first = m_points.first().timeMs;
    const qint64 last = std::max(m_points.last().timeMs, first + 60'000);
    m_time = new QDateTimeAxis;
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    m_time->setFormat(last - first > 2 * kDayMs ? u"MMM d"_s : u"MMM d HH:mm"_s);
    m_time->setTickCount(5);
    chart()->addAxis(m_time, Qt::AlignBottom);
    m_series->attachAxis(m_time);

    const int top = std::max(1, peak());
    m_workers = new QValueAxis;
    m_workers->setRange(0, top);
    m_workers->setLabelFormat(u"%d"_s);
    // Whole workers only: a tick per worker while that stays readable.
    m_workers->setTickType(QValueAxis::TicksDynamic);
    m_workers->setTickAnchor(0);
    m_workers->setTickInterval(top <= 10 ? 1 : std::ceil(top / 10.0));
    m_workers->setTitleText(tr("Workers"));
    chart()->addAxis(m_workers, Qt::AlignLeft);
    m_series->attachAxis(m_workers);
    applyPalette();
}

void ClusterWorkersChart::applyPalette()
{
    // The theme resets the series' colours: set again below.
    ChartStyle::apply(this);
    if (m_series) {
        QPen pen(QColor::fromRgba(RunStatus::activeColor()));
        pen.setWidthF(2.0);
        m_series->setPen(pen);
    }
}

void ClusterWorkersChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (!m_points.isEmpty())
        return;
    painter->save();
    painter->resetTransform();
    QColor text = palette().color(QPalette::Text);
    text.setAlphaF(0.6);
    painter->setPen(text);
    painter->drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap, emptyText());
    painter->restore();
}

void ClusterWorkersChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

} // namespace brickdesk
