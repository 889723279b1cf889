#include "core/emulator/jobrunjson.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

QString statusStateName(LifeCycle lifeCycle)
{
    // RunLifecycleStateV2 has no SKIPPED or INTERNAL_ERROR: those runs have
    // TERMINATED, and termination_details tell how.
    switch (lifeCycle) {
    case LifeCycle::Terminated:
    case LifeCycle::Skipped:
    case LifeCycle::InternalError:
        return u"TERMINATED"_s;
    default:
        return lifeCycleName(lifeCycle);
    }
}

void insertTime(QJsonObject &out, QLatin1StringView key, qint64 value)
{
    if (value > 0)
        out.insert(key, QJsonValue(value));
}

QJsonArray slice(const QJsonArray &array, qint64 offset, qint64 limit)
{
    QJsonArray out;
    const qint64 end = limit < 0 ? array.size() : std::min<qint64>(array.size(), offset + limit);
    for (qint64 i = offset; i < end; ++i)
        out.append(array.at(i));
    return out;
}

void insertArray(QJsonObject &out, QLatin1StringView key, const QJsonArray &array)
{
    if (!array.isEmpty())
        out.insert(key, array);
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray out;
    for (const qint64 id : ids)
        out.append(QJsonValue(id));
    return out;
}

} // namespace

QJsonObject RunJson::state(const RunState &state)
{
    QJsonObject out{{"life_cycle_state"_L1, lifeCycleName(state.lifeCycle)}};
    if (!state.resultState.isEmpty())
        out.insert("result_state"_L1, state.resultState);
    // The service sends state_message even when empty.
    out.insert("state_message"_L1, state.stateMessage);
    out.insert("user_cancelled_or_timedout"_L1, state.userCancelledOrTimedout);
    if (!state.queueCode.isEmpty())
        out.insert("queue_reason"_L1, state.stateMessage);
    return out;
}

QJsonObject RunJson::status(const RunState &state)
{
    QJsonObject out{{"state"_L1, statusStateName(state.lifeCycle)}};
    if (!state.queueCode.isEmpty())
        out.insert("queue_details"_L1,
                   QJsonObject{{"code"_L1, state.queueCode}, {"message"_L1, state.stateMessage}});
    if (state.isTerminal() && !state.terminationCode.isEmpty()) {
        QJsonObject termination{{"code"_L1, state.terminationCode},
                                {"type"_L1, state.terminationType}};
        if (!state.stateMessage.isEmpty())
            termination.insert("message"_L1, state.stateMessage);
        out.insert("termination_details"_L1, termination);
    }
    return out;
}

QString RunJson::runPageUrl(const Links &links, qint64 jobId, qint64 runId)
{
    if (jobId == 0)
        return u"%1/jobs/runs/%2?o=%3"_s.arg(links.baseUrl).arg(runId).arg(links.workspaceId);
    return u"%1/jobs/%2/runs/%3?o=%4"_s.arg(links.baseUrl)
        .arg(jobId)
        .arg(runId)
        .arg(links.workspaceId);
}

QJsonObject RunJson::task(const TaskRun &task, const JobRun &run, const Links &links)
{
    QJsonObject out = task.settings;
    out.insert("run_id"_L1, QJsonValue(task.runId));
    out.insert("task_key"_L1, task.taskKey);
    out.insert("state"_L1, state(task.state));
    out.insert("status"_L1, status(task.state));
    out.insert("attempt_number"_L1, task.attemptNumber);
    insertTime(out, "start_time"_L1, task.startTime);
    insertTime(out, "end_time"_L1, task.endTime);
    out.insert("setup_duration"_L1, QJsonValue(task.setupDuration));
    out.insert("execution_duration"_L1, QJsonValue(task.executionDuration));
    out.insert("cleanup_duration"_L1, QJsonValue(task.cleanupDuration));
    if (task.endTime > 0 && task.startTime > 0)
        out.insert("run_duration"_L1, QJsonValue(task.endTime - task.startTime));
    out.insert("run_page_url"_L1, runPageUrl(links, run.jobId, task.runId));
    if (task.isForEach() && !task.iterations.isEmpty()) {
        int succeeded = 0, failed = 0, active = 0;
        for (const TaskRun &iteration : task.iterations) {
            active += iteration.state.isActive() ? 1 : 0;
            succeeded += iteration.state.resultState == "SUCCESS"_L1 ? 1 : 0;
            failed += iteration.state.resultState == "FAILED"_L1 ? 1 : 0;
        }
        QJsonObject forEach = out.value("for_each_task"_L1).toObject();
        forEach.insert(
            "stats"_L1,
            QJsonObject{
                {"task_run_stats"_L1,
                 QJsonObject{{"total_iterations"_L1, int(task.iterations.size())},
                             {"active_iterations"_L1, active},
                             {"succeeded_iterations"_L1, succeeded},
                             {"failed_iterations"_L1, failed},
                             {"completed_iterations"_L1, int(task.iterations.size()) - active}}}});
        out.insert("for_each_task"_L1, forEach);
    }
    return out;
}

QJsonArray RunJson::repairHistory(const JobRun &run)
{
    QJsonArray out;
    for (const RepairAttempt &attempt : run.history) {
        QJsonObject item{{"type"_L1, attempt.repairId ? u"REPAIR"_s : u"ORIGINAL"_s},
                         {"state"_L1, state(attempt.state)},
                         {"status"_L1, status(attempt.state)},
                         {"task_run_ids"_L1, idArray(attempt.taskRunIds)}};
        // Only repairs carry an id; the original attempt is the run itself.
        if (attempt.repairId)
            item.insert("id"_L1, QJsonValue(attempt.repairId));
        insertTime(item, "start_time"_L1, attempt.startTime);
        insertTime(item, "end_time"_L1, attempt.endTime);
        out.append(item);
    }
    return out;
}

bool RunJson::hasMoreThan(const JobRun &run, qint64 end, bool includeHistory)
{
    return run.tasks.size() > end || run.jobClusters.size() > end ||
           run.jobParameters.size() > end || (includeHistory && run.history.size() > end);
}

QJsonObject RunJson::run(const JobRun &run, const Links &links, bool withTasks, qint64 arrayOffset,
                         qint64 arrayLimit, bool includeHistory)
{
    QJsonObject out{{"run_id"_L1, QJsonValue(run.runId)},
                    {"number_in_job"_L1, QJsonValue(run.numberInJob)},
                    {"original_attempt_run_id"_L1, QJsonValue(run.runId)},
                    {"run_name"_L1, run.runName},
                    {"run_type"_L1, run.runType},
                    {"trigger"_L1, run.trigger},
                    {"state"_L1, state(run.state)},
                    {"status"_L1, status(run.state)},
                    {"run_page_url"_L1, runPageUrl(links, run.jobId, run.runId)},
                    {"format"_L1, u"MULTI_TASK"_s},
                    {"attempt_number"_L1, 0}};
    if (run.jobId)
        out.insert("job_id"_L1, QJsonValue(run.jobId));
    if (!run.creatorUserName.isEmpty())
        out.insert("creator_user_name"_L1, run.creatorUserName);
    insertTime(out, "start_time"_L1, run.startTime);
    insertTime(out, "end_time"_L1, run.endTime);
    // A multi-task run's phases are its tasks'; the run itself reports 0
    // and run_duration (start to end, repairs included).
    qint64 setup = 0, execution = 0, cleanup = 0;
    if (!run.isMultiTask() && !run.tasks.isEmpty()) {
        setup = run.tasks.first().setupDuration;
        execution = run.tasks.first().executionDuration;
        cleanup = run.tasks.first().cleanupDuration;
    }
    out.insert("setup_duration"_L1, QJsonValue(setup));
    out.insert("execution_duration"_L1, QJsonValue(execution));
    out.insert("cleanup_duration"_L1, QJsonValue(cleanup));
    if (run.endTime > 0)
        out.insert("run_duration"_L1, QJsonValue(run.endTime - run.startTime));
    if (run.queueDuration > 0)
        out.insert("queue_duration"_L1, QJsonValue(run.queueDuration));
    if (!run.queue.isEmpty())
        out.insert("queue"_L1, run.queue);
    if (!run.overridingParameters.isEmpty())
        out.insert("overriding_parameters"_L1, run.overridingParameters);

    if (withTasks) {
        QJsonArray tasks;
        const qint64 end = arrayLimit < 0
                               ? run.tasks.size()
                               : std::min<qint64>(run.tasks.size(), arrayOffset + arrayLimit);
        for (qint64 i = arrayOffset; i < end; ++i)
            tasks.append(task(run.tasks.at(i), run, links));
        insertArray(out, "tasks"_L1, tasks);
        insertArray(out, "job_clusters"_L1, slice(run.jobClusters, arrayOffset, arrayLimit));
        if (arrayLimit >= 0 && hasMoreThan(run, arrayOffset + arrayLimit, false) &&
            arrayOffset == 0)
            out.insert("has_more"_L1, true);
    }
    insertArray(out, "job_parameters"_L1, slice(run.jobParameters, arrayOffset, arrayLimit));
    if (includeHistory)
        insertArray(out, "repair_history"_L1, slice(repairHistory(run), arrayOffset, arrayLimit));
    return out;
}

QJsonObject RunJson::taskAsRun(const TaskRun &task, const JobRun &run, const Links &links,
                               qint64 iterationOffset, qint64 iterationLimit)
{
    QJsonObject out{{"run_id"_L1, QJsonValue(task.runId)},
                    {"run_name"_L1, task.taskKey},
                    {"run_type"_L1, run.runType},
                    {"state"_L1, state(task.state)},
                    {"status"_L1, status(task.state)},
                    {"run_page_url"_L1, runPageUrl(links, run.jobId, task.runId)},
                    {"attempt_number"_L1, task.attemptNumber},
                    {"setup_duration"_L1, QJsonValue(task.setupDuration)},
                    {"execution_duration"_L1, QJsonValue(task.executionDuration)},
                    {"cleanup_duration"_L1, QJsonValue(task.cleanupDuration)}};
    if (run.jobId)
        out.insert("job_id"_L1, QJsonValue(run.jobId));
    insertTime(out, "start_time"_L1, task.startTime);
    insertTime(out, "end_time"_L1, task.endTime);
    if (task.endTime > 0 && task.startTime > 0)
        out.insert("run_duration"_L1, QJsonValue(task.endTime - task.startTime));
    if (!run.creatorUserName.isEmpty())
        out.insert("creator_user_name"_L1, run.creatorUserName);
    if (iterationOffset == 0)
        out.insert("tasks"_L1, QJsonArray{RunJson::task(task, run, links)});
    QJsonArray iterations;
    const qint64 end = iterationLimit < 0 ? task.iterations.size()
                                          : std::min<qint64>(task.iterations.size(),
                                                             iterationOffset + iterationLimit);
    for (qint64 i = iterationOffset; i < end; ++i)
        iterations.append(RunJson::task(task.iterations.at(i), run, links));
    insertArray(out, "iterations"_L1, iterations);
    return out;
}

QJsonObject RunJson::output(const TaskRun &task, const JobRun &run, const Links &links)
{
    QJsonObject metadata = RunJson::task(task, run, links);
    if (run.jobId)
        metadata.insert("job_id"_L1, QJsonValue(run.jobId));
    QJsonObject out{{"metadata"_L1, metadata}};
    if (!task.output.notebookResult.isEmpty())
        out.insert("notebook_output"_L1,
                   QJsonObject{{"result"_L1, task.output.notebookResult}, {"truncated"_L1, false}});
    if (!task.output.error.isEmpty())
        out.insert("error"_L1, task.output.error);
    if (!task.output.errorTrace.isEmpty())
        out.insert("error_trace"_L1, task.output.errorTrace);
    if (!task.output.logs.isEmpty()) {
        out.insert("logs"_L1, task.output.logs);
        out.insert("logs_truncated"_L1, false);
    }
    return out;
}

} // namespace brickdesk::emulator
