#pragma once

#include "core/jobs/runstatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace brickdesk {

// How long a job's runs took, from runs/list, oldest first: the data behind
// the durations chart and the few facts a person asks of it ("is it getting
// slower?", "how often does it fail?").
class RunDurations
{
    Q_DECLARE_TR_FUNCTIONS(RunDurations)

public:
    struct Point
    {
        qint64 runId = 0;
        qint64 startMs = 0; // ms since the epoch
        qint64 durationMs = 0;
        bool running = false; // still going: the duration is "so far"
        RunStatus status;
    };

    // Runs without a start time (never started) are left out.
    static QList<Point> fromRuns(const QJsonArray &runs, qint64 nowMs);

    // The duration rule, in order: an active run has lasted now - start;
    // a finished one took run_duration, else setup + execution + cleanup
    // (single-task runs; multi-task runs send those as 0), else end - start.
    static qint64 durationOf(const QJsonObject &run, qint64 nowMs, bool *running = nullptr);

    struct Trend
    {
        int recentCount = 0; // finished runs in the recent window
        qint64 recentMedianMs = 0;
        int previousCount = 0; // finished runs in the window before it
        qint64 previousMedianMs = 0;
        int failures = 0; // failed runs among the last `failureWindow`
        int failureWindow = 0;
        bool hasComparison() const { return recentCount > 0 && previousCount > 0; }
        // recent / previous - 1: +0.25 is a quarter slower. 0 without a comparison.
        double change() const;
    };
    // Medians of the last `window` finished runs and of the `window` before
    // them (running runs are left out: their duration is not known yet);
    // failures among the last `failureWindow` runs of any kind.
    static Trend trend(const QList<Point> &points, int window = 10, int failureWindow = 20);
    // One or two sentences for a label or a screen reader.
    static QString trendText(const Trend &trend);

    // "850 ms", "42 s", "3 min 20 s", "1 h 05 min", "2 d 3 h".
    static QString formatDuration(qint64 ms);
};

} // namespace brickdesk
