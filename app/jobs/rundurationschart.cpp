#include "app/jobs/rundurationschart.h"

#include "app/common/chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QDateTime>
#include <QLegendMarker>
#include <QLocale>
#include <QSet>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk {
namespace {

// A bar's group: how the run ended, or -1 while it runs.
constexpr int runningGroup = -1;

int groupOf(const RunDurations::Point &point)
{
    return point.running ? runningGroup : int(point.status.outcome());
}

// Legend order: the common outcomes first.
const QList<int> &groupOrder()
{
    using O = RunStatus::Outcome;
    static const QList<int> order{int(O::Succeeded),
                                  int(O::SucceededWithFailures),
                                  int(O::Failed),
                                  int(O::TimedOut),
                                  int(O::UpstreamFailed),
                                  int(O::Canceled),
                                  int(O::Skipped),
                                  int(O::None),
                                  runningGroup};
    return order;
}

QColor groupColor(int group)
{
    return QColor::fromRgba(group == runningGroup
                                ? RunStatus::activeColor()
                                : RunStatus::outcomeColor(RunStatus::Outcome(group)));
}

QString groupName(int group)
{
    if (group == runningGroup)
        return RunDurationsChart::tr("Running");
    if (group == int(RunStatus::Outcome::None))
        return RunDurationsChart::tr("Other");
    return RunStatus::outcomeText(RunStatus::Outcome(group));
}

// The unit the y axis counts in, picked so that the tallest bar reads as a
// small number of it.
struct Unit
{
    qint64 ms;
    QString name;
};

Unit unitFor(qint64 maxMs)
{
    if (maxMs < 2 * 60'000)
        return {1000, RunDurationsChart::tr("s")};
    if (maxMs < 2 * 3'600'000)
        return {60'000, RunDurationsChart::tr("min")};
    return {3'600'000, RunDurationsChart::tr("h")};
}

} // namespace

RunDurationsChart::RunDurationsChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(u"runDurationsChart"_s);
    setAccessibleName(tr("Run durations"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 200);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setBackgroundRoundness(0);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setAnimationOptions(QChart::NoAnimation);
    applyPalette();
    rebuild();
}

void RunDurationsChart::setMaximumRuns(int count)
{
    m_maximumRuns = std::max(1, count);
    setPoints(m_all);
}

void RunDurationsChart::setRuns(const QJsonArray &runs, qint64 nowMs)
{
    setPoints(
        RunDurations::fromRuns(runs, nowMs >= 0 ? nowMs : QDateTime::currentMSecsSinceEpoch()));
}

void RunDurationsChart::setPoints(const QList<RunDurations::Point> &points)
{
    m_all = points;
    m_points = points.mid(std::max<qsizetype>(0, points.size() - m_maximumRuns));
    rebuild();
}

QColor RunDurationsChart::barColor(int index) const
{
    // Read back from the bar sets: what is painted, not what was meant.
    if (!m_series || index < 0 || index >= m_points.size())
        return {};
    const QList<QBarSet *> sets = m_series->barSets();
    for (QBarSet *set : sets) { // QBarSet::color() is not const
        if (set->at(index) > 0)
            return set->color();
    }
    return {};
}

QString RunDurationsChart::barToolTip(int index) const
{
    const RunDurations::Point &point = m_points.at(index);
    const QString start =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(point.startMs), QLocale::ShortFormat);
    const QString duration =
        point.running ? tr("%1 so far").arg(RunDurations::formatDuration(point.durationMs))
                      : RunDurations::formatDuration(point.durationMs);
    return tr("Run %1\nStarted %2\nDuration %3\n%4")
        .arg(point.runId)
        .arg(start, duration, point.status.text());
}

QPoint RunDurationsChart::barCenter(int index) const
{
    if (!m_series || index < 0 || index >= m_points.size())
        return {};
    const qreal value = m_points[index].durationMs / qreal(m_unitMs);
    const QPointF inChart = chart()->mapToPosition(QPointF(index, value / 2), m_series);
    return mapFromScene(chart()->mapToScene(inChart));
}

QStringList RunDurationsChart::legendNames() const
{
    QStringList names;
    if (m_series) {
        const QList<QBarSet *> sets = m_series->barSets();
        for (const QBarSet *set : sets)
            names.append(set->label());
    }
    return names;
}

void RunDurationsChart::rebuild()
{
    chart()->removeAllSeries(); // deletes m_series and its sets
    m_series = nullptr;
    const QList<QAbstractAxis *> axes = chart()->axes();
    for (QAbstractAxis *axis : axes) {
        chart()->removeAxis(axis);
        delete axis;
    }
    m_categories = nullptr;
    m_values = nullptr;

    const RunDurations::Trend trend = RunDurations::trend(m_all);
    m_trendText = m_all.isEmpty() ? QString() : RunDurations::trendText(trend);
    chart()->setTitle(m_trendText);
    chart()->legend()->setVisible(!m_points.isEmpty());

    QStringList description{m_points.isEmpty() ? tr("No runs yet.") : m_trendText};
    if (m_points.isEmpty()) {
        setAccessibleDescription(description.first());
        viewport()->update();
        return;
    }

    qint64 maxMs = 1;
    for (const RunDurations::Point &point : std::as_const(m_points))
        maxMs = std::max(maxMs, point.durationMs);
    const Unit unit = unitFor(maxMs);
    m_unitMs = unit.ms;

    m_series = new QStackedBarSeries;
    m_series->setBarWidth(0.72);
    QHash<int, QBarSet *> sets;
    for (int group : groupOrder()) {
        const bool used = std::any_of(m_points.cbegin(), m_points.cend(),
                                      [group](const auto &p) { return groupOf(p) == group; });
        if (!used)
            continue;
        auto *set = new QBarSet(groupName(group));
        set->setColor(groupColor(group));
        set->setBorderColor(groupColor(group));
        sets.insert(group, set);
        m_series->append(set);
    }

    QStringList categories;
    QLocale locale;
    // A nightly job needs only the day under each bar; runs sharing a day
    // need the time too (the tooltip always has both).
    QSet<QDate> days;
    for (const RunDurations::Point &point : std::as_const(m_points))
        days.insert(QDateTime::fromMSecsSinceEpoch(point.startMs).date());
    const QString labelFormat = days.size() == m_points.size() ? u"MMM d"_s : u"MMM d HH:mm"_s;
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const RunDurations::Point &point = m_points[i];
        for (auto it = sets.cbegin(); it != sets.cend(); ++it)
            it.value()->append(it.key() == groupOf(point) ? point.durationMs / qreal(unit.ms)
                                                          : 0.0);
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(point.startMs);
        QString label = locale.toString(start, labelFormat);
        // Category names must be unique: two runs in one minute get a count.
        while (categories.contains(label))
            label += u'\u200b'; // zero-width space: unique, and shows the same
        categories.append(label);
        description.append(tr("Run %1 on %2: %3, %4.")
                               .arg(point.runId)
                               .arg(locale.toString(start, QLocale::ShortFormat),
                                    RunDurations::formatDuration(point.durationMs),
                                    point.status.text()));
    }
    chart()->addSeries(m_series);

    m_categories = new QBarCategoryAxis;
    m_categories->append(categories);
    m_categories->setGridLineVisible(false);
    // Upright labels centre on their bar; slanted ones would be cut at the ends.
    m_categories->setLabelsAngle(m_points.size() > 12 ? -90 : 0);
    m_categories->setTruncateLabels(false);
    chart()->addAxis(m_categories, Qt::AlignBottom);
    m_series->attachAxis(m_categories);

    m_values = new QValueAxis;
    m_values->setRange(0, maxMs / qreal(unit.ms) * 1.08);
    m_values->applyNiceNumbers();
    m_values->setLabelFormat(u"%g"_s);
    m_values->setTitleText(tr("Duration (%1)").arg(unit.name));
    chart()->addAxis(m_values, Qt::AlignLeft);
    m_series->attachAxis(m_values);

    connect(m_series, &QStackedBarSeries::hovered, this, &RunDurationsChart::onHovered);
    connect(m_series, &QStackedBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index >= 0 && index < m_points.size())
            emit runActivated(m_points[index].runId);
    });
    applyPalette();
    setAccessibleDescription(description.join(u' '));
}

void RunDurationsChart::onHovered(bool entered, int index, QBarSet *set)
{
    // The stacked sets' zero-height bars report hovers too: only the run's
    // own bar counts.
    if (!entered || index < 0 || index >= m_points.size() || !set || set->at(index) <= 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), barToolTip(index), this);
}

void RunDurationsChart::applyPalette()
{
    // The theme resets the series' colours: set again below.
    ChartStyle::apply(this);
    if (m_series) {
        const QList<QBarSet *> sets = m_series->barSets();
        for (qsizetype i = 0; i < sets.size(); ++i) {
            for (int group : groupOrder()) {
                if (sets[i]->label() == groupName(group)) {
                    sets[i]->setColor(groupColor(group));
                    sets[i]->setBorderColor(groupColor(group));
                }
            }
        }
    }
}

void RunDurationsChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (!m_points.isEmpty())
        return;
    // The empty state is drawn in viewport coordinates, over the empty chart.
    painter->save();
    painter->resetTransform();
    QColor text = palette().color(QPalette::Text);
    text.setAlphaF(0.6);
    painter->setPen(text);
    painter->drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap,
                      tr("No runs yet.\nRuns of this job will show here with how long they "
                         "took."));
    painter->restore();
}

void RunDurationsChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

} // namespace brickdesk
