#pragma once

#include <QJsonArray>
#include <QList>

namespace brickdesk {

// How many workers a cluster had over time, from its events: the series a
// workers chart draws. A step series: each point holds until the next.
class ClusterWorkersHistory
{
public:
    struct Point
    {
        qint64 timeMs = 0;
        int workers = 0;
        bool operator==(const Point &) const = default;
    };

    // `events` as clusters/events answers them, in any order. The series
    // ends at `endMs` (now) with the last known count, when later than the
    // last event.
    static QList<Point> fromEvents(const QJsonArray &events, qint64 endMs);
    // The most workers the series reaches: the chart's scale.
    static int peak(const QList<Point> &points);
};

} // namespace brickdesk
