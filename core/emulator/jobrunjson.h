#pragma once

#include "core/emulator/jobrunsstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace brickdesk::emulator {

// Writes runs as the Jobs API answers them. Ids and times go in as qint64,
// which QJsonValue keeps as an exact integer (ids above 2^53 survive).
class RunJson
{
public:
    // How many elements of each array one 2.2 runs/get (or jobs/get) page
    // holds, and a listing with expand_tasks shows before setting has_more.
    static constexpr int kArrayPage = 100;

    // Where run_page_url points: "<base>/jobs/<job id>/runs/<run id>?o=<workspace id>".
    struct Links
    {
        QString baseUrl; // scheme and host, no trailing slash
        QString workspaceId;
    };

    // The deprecated `state` object.
    static QJsonObject state(const RunState &state);
    // The preferred `status` object, from the same RunState.
    static QJsonObject status(const RunState &state);
    static QString runPageUrl(const Links &links, qint64 jobId, qint64 runId);

    // One element of a run's tasks[] (or a for-each task's iterations[]).
    static QJsonObject task(const TaskRun &task, const JobRun &run, const Links &links);
    // A run as runs/get answers it without paging: tasks only with
    // `withTasks`, at most `arrayLimit` elements of each array from
    // `arrayOffset` on (has_more set when a listing cut them).
    static QJsonObject run(const JobRun &run, const Links &links, bool withTasks,
                           qint64 arrayOffset = 0, qint64 arrayLimit = -1,
                           bool includeHistory = false);
    // repair_history: ORIGINAL first, then each REPAIR with its id.
    static QJsonArray repairHistory(const JobRun &run);
    // Whether any of the run's paged arrays has elements beyond `end`.
    static bool hasMoreThan(const JobRun &run, qint64 end, bool includeHistory);
    // runs/get on a task run id: that task run as a Run (a for-each task's
    // iterations paged from `iterationOffset`).
    static QJsonObject taskAsRun(const TaskRun &task, const JobRun &run, const Links &links,
                                 qint64 iterationOffset, qint64 iterationLimit);
    // runs/get-output of a task run.
    static QJsonObject output(const TaskRun &task, const JobRun &run, const Links &links);
};

} // namespace brickdesk::emulator
