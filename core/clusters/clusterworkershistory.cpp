#include "core/clusters/clusterworkershistory.h"

#include <QJsonObject>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// The worker count an event says the cluster has from then on, if it says.
std::optional<int> workersAfter(const QJsonObject &event)
{
    const QString type = event.value("type"_L1).toString();
    // A cluster that is down or on its way up has no workers yet.
    if (type == "TERMINATING"_L1 || type == "TERMINATED"_L1 || type == "CREATING"_L1 ||
        type == "STARTING"_L1 || type == "RESTARTING"_L1)
        return 0;
    const QJsonObject details = event.value("details"_L1).toObject();
    // current_num_workers is what runs; target_num_workers what a resize
    // asks for, which counts only once the resize completed.
    if (details.contains("current_num_workers"_L1))
        return int(details.value("current_num_workers"_L1).toInteger());
    if ((type == "UPSIZE_COMPLETED"_L1 || type == "RUNNING"_L1) &&
        details.contains("target_num_workers"_L1))
        return int(details.value("target_num_workers"_L1).toInteger());
    return std::nullopt;
}

} // namespace

QList<ClusterWorkersHistory::Point> ClusterWorkersHistory::fromEvents(const QJsonArray &events,
                                                                      qint64 endMs)
{
    QList<QJsonObject> sorted;
    for (const QJsonValue &value : events)
        sorted.append(value.toObject());
    std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value("timestamp"_L1).toInteger() < b.value("timestamp"_L1).toInteger();
    });
    QList<Point> points;
    for (const QJsonObject &event : std::as_const(sorted)) {
        const std::optional<int> workers = workersAfter(event);
        if (!workers)
            continue;
        const qint64 at = event.value("timestamp"_L1).toInteger();
        if (!points.isEmpty() && points.last().timeMs == at) {
            points.last().workers = *workers; // the later event of that moment wins
            continue;
        }
        // A step to the same count adds nothing to draw.
        if (!points.isEmpty() && points.last().workers == *workers)
            continue;
        points.append({at, *workers});
    }
    if (!points.isEmpty() && endMs > points.last().timeMs)
        points.append({endMs, points.last().workers});
    return points;
}

int ClusterWorkersHistory::peak(const QList<Point> &points)
{
    int most = 0;
    for (const Point &point : points)
        most = std::max(most, point.workers);
    return most;
}

} // namespace brickdesk
