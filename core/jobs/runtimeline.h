#pragma once

#include "core/jobs/runstatus.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace brickdesk {

// One job run's task runs laid out in time (runs/get), for a Gantt chart:
// a row per task run ordered by start then key, and the span they cover.
class RunTimeline
{
public:
    struct Row
    {
        QString taskKey;
        qint64 taskRunId = 0;
        qint64 startMs = 0; // 0: not started (queued, blocked, skipped)
        qint64 endMs = 0;   // now for a task run still going
        bool running = false;
        // The setup / execution / cleanup split, when the server gave one
        // (classic compute); all 0 otherwise.
        qint64 setupMs = 0;
        qint64 executionMs = 0;
        qint64 cleanupMs = 0;
        RunStatus status;
        int attempt = 0;

        bool started() const { return startMs > 0; }
        bool hasPhases() const { return setupMs + executionMs + cleanupMs > 0; }
        qint64 durationMs() const { return started() ? endMs - startMs : 0; }
    };

    RunTimeline() = default;
    // `nowMs` ends the bars of task runs still going.
    static RunTimeline fromRun(const QJsonObject &run, qint64 nowMs);

    const QList<Row> &rows() const { return m_rows; }
    bool isEmpty() const { return m_rows.isEmpty(); }
    // The earliest start and the latest end of the run and its task runs;
    // both 0 when nothing has started.
    qint64 spanStartMs() const { return m_spanStart; }
    qint64 spanEndMs() const { return m_spanEnd; }

private:
    QList<Row> m_rows;
    qint64 m_spanStart = 0;
    qint64 m_spanEnd = 0;
};

} // namespace brickdesk
