#include "core/jobs/rundurations.h"

#include "core/net/jsonids.h"

#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace brickdesk {
namespace {

qint64 medianOf(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

} // namespace

qint64 RunDurations::durationOf(const QJsonObject &run, qint64 nowMs, bool *running)
{
    const RunStatus status = RunStatus::fromRun(run);
    // A run with no end is still going even when its status is unreadable.
    const bool active =
        status.isActive() || (run.value("end_time"_L1).toInteger() <= 0 && !status.isFinished());
    if (running)
        *running = active;
    // The one duration rule every jobs view shares.
    return std::max<qint64>(0, RunStatus::durationMs(run, nowMs));
}

QList<RunDurations::Point> RunDurations::fromRuns(const QJsonArray &runs, qint64 nowMs)
{
    QList<Point> points;
    points.reserve(runs.size());
    for (const QJsonValue &value : runs) {
        const QJsonObject run = value.toObject();
        Point point;
        point.startMs = run.value("start_time"_L1).toInteger();
        if (point.startMs <= 0)
            continue;
        point.runId = jsonId(run, "run_id"_L1);
        point.durationMs = durationOf(run, nowMs, &point.running);
        point.status = RunStatus::fromRun(run);
        points.append(point);
    }
    // runs/list answers newest first; a chart reads oldest first.
    std::stable_sort(points.begin(), points.end(), [](const Point &a, const Point &b) {
        return a.startMs != b.startMs ? a.startMs < b.startMs : a.runId < b.runId;
    });
    return points;
}

double RunDurations::Trend::change() const
{
    if (!hasComparison() || previousMedianMs <= 0)
        return 0;
    return double(recentMedianMs) / double(previousMedianMs) - 1.0;
}

RunDurations::Trend RunDurations::trend(const QList<Point> &points, int window, int failureWindow)
{
    Trend trend;
    QList<qint64> recent, previous;
    for (auto it = points.crbegin(); it != points.crend(); ++it) {
        if (it->running)
            continue;
        if (recent.size() < window)
            recent.append(it->durationMs);
        else if (previous.size() < window)
            previous.append(it->durationMs);
        else
            break;
    }
    trend.recentCount = int(recent.size());
    trend.recentMedianMs = medianOf(recent);
    trend.previousCount = int(previous.size());
    trend.previousMedianMs = medianOf(previous);

    trend.failureWindow = int(std::min<qsizetype>(failureWindow, points.size()));
    for (qsizetype i = points.size() - trend.failureWindow; i < points.size(); ++i) {
        if (points[i].status.isFailure())
            ++trend.failures;
    }
    return trend;
}

QString RunDurations::trendText(const Trend &trend)
{
    if (trend.recentCount == 0 && trend.failureWindow == 0)
        return tr("No runs yet.");
    QString text;
    // Worded without plurals ("the last 10", "3 of the last 20") so that it
    // reads right before any translation is loaded.
    if (trend.recentCount > 0) {
        text = tr("Median of the last %1: %2.")
                   .arg(trend.recentCount)
                   .arg(formatDuration(trend.recentMedianMs));
    }
    if (trend.hasComparison()) {
        const int percent = int(std::lround(trend.change() * 100));
        const QString before = formatDuration(trend.previousMedianMs);
        QString comparison;
        if (percent > 0)
            comparison = tr("%1% slower than the %2 before (%3).")
                             .arg(percent)
                             .arg(trend.previousCount)
                             .arg(before);
        else if (percent < 0)
            comparison = tr("%1% faster than the %2 before (%3).")
                             .arg(-percent)
                             .arg(trend.previousCount)
                             .arg(before);
        else
            comparison = tr("The same as the %1 before.").arg(trend.previousCount);
        text += u' ' + comparison;
    }
    if (trend.failureWindow > 0) {
        const QString failures =
            tr("Failed: %1 of the last %2.").arg(trend.failures).arg(trend.failureWindow);
        text = text.isEmpty() ? failures : text + u' ' + failures;
    }
    return text;
}

QString RunDurations::formatDuration(qint64 ms)
{
    if (ms < 0)
        ms = 0;
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60) {
        const qint64 rest = seconds % 60;
        return rest ? tr("%1 min %2 s").arg(minutes).arg(rest) : tr("%1 min").arg(minutes);
    }
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QChar(u'0'));
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

} // namespace brickdesk
