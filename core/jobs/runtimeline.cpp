#include "core/jobs/runtimeline.h"

#include "core/net/jsonids.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk {

RunTimeline RunTimeline::fromRun(const QJsonObject &run, qint64 nowMs)
{
    RunTimeline timeline;
    for (const QJsonValue &value : run.value("tasks"_L1).toArray()) {
        const QJsonObject task = value.toObject();
        Row row;
        row.taskKey = task.value("task_key"_L1).toString();
        row.taskRunId = jsonId(task, "run_id"_L1);
        row.status = RunStatus::fromRun(task);
        row.attempt = task.value("attempt_number"_L1).toInt();
        row.startMs = task.value("start_time"_L1).toInteger();
        row.setupMs = task.value("setup_duration"_L1).toInteger();
        row.executionMs = task.value("execution_duration"_L1).toInteger();
        row.cleanupMs = task.value("cleanup_duration"_L1).toInteger();
        const qint64 end = task.value("end_time"_L1).toInteger();
        row.running = row.started() && (row.status.isActive() || end <= 0);
        if (row.started())
            row.endMs = row.running ? std::max(nowMs, row.startMs) : std::max(end, row.startMs);
        timeline.m_rows.append(row);
    }
    // Not started yet goes last: it has no place on the time axis.
    std::stable_sort(timeline.m_rows.begin(), timeline.m_rows.end(),
                     [](const Row &a, const Row &b) {
                         if (a.started() != b.started())
                             return a.started();
                         if (a.startMs != b.startMs)
                             return a.startMs < b.startMs;
                         if (a.taskKey != b.taskKey)
                             return a.taskKey < b.taskKey;
                         return a.attempt < b.attempt;
                     });

    qint64 start = run.value("start_time"_L1).toInteger();
    qint64 end = run.value("end_time"_L1).toInteger();
    if (start > 0 && end <= 0)
        end = std::max(nowMs, start); // the run itself is still going
    for (const Row &row : std::as_const(timeline.m_rows)) {
        if (!row.started())
            continue;
        start = start > 0 ? std::min(start, row.startMs) : row.startMs;
        end = std::max(end, row.endMs);
    }
    timeline.m_spanStart = start;
    timeline.m_spanEnd = start > 0 ? std::max(end, start) : 0;
    return timeline;
}

} // namespace brickdesk
