#include "core/emulator/jobrunlifecycle.h"

#include "core/emulator/jobsstore.h"
#include "core/emulator/processrunner.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace brickdesk::emulator {

namespace {

bool isSuccess(const QString &result)
{
    return result == "SUCCESS"_L1 || result == "SUCCESS_WITH_FAILURES"_L1;
}

bool isFailure(const QString &result)
{
    return result == "FAILED"_L1 || result == "TIMEDOUT"_L1 || result == "UPSTREAM_FAILED"_L1;
}

bool isCancellation(const QString &result)
{
    return result == "CANCELED"_L1 || result == "UPSTREAM_CANCELED"_L1;
}

QStringList upstreamKeys(const TaskRun &task)
{
    QStringList keys;
    for (const QJsonValue &dep : task.settings.value("depends_on"_L1).toArray())
        keys.append(dep.toObject().value("task_key"_L1).toString());
    return keys;
}

RunState terminated(const QString &result, const QString &code, const QString &type,
                    const QString &message = {})
{
    RunState state;
    state.lifeCycle = LifeCycle::Terminated;
    state.resultState = result;
    state.terminationCode = code;
    state.terminationType = type;
    state.stateMessage = message;
    return state;
}

// Python, jar and wheel-style tasks write stdout/stderr that get-output
// returns as `logs`; notebook, SQL and pipeline tasks do not.
bool writesLogs(const QJsonObject &settings)
{
    return settings.contains("spark_python_task"_L1) || settings.contains("python_wheel_task"_L1) ||
           settings.contains("spark_jar_task"_L1);
}

} // namespace

JobRunLifecycle::JobRunLifecycle(JobsStore &jobs, JobRunsStore &runs, ProcessRunner &processes)
    : m_jobs(jobs)
    , m_runs(runs)
    , m_processes(processes)
{}

void JobRunLifecycle::setTaskScript(qint64 jobId, const QString &taskKey, const TaskScript &script)
{
    m_scripts.insert({jobId, taskKey}, script);
}

TaskScript JobRunLifecycle::taskScript(qint64 jobId, const QString &taskKey) const
{
    return m_scripts.value({jobId, taskKey}, m_defaultScript);
}

void JobRunLifecycle::failTask(qint64 jobId, const QString &taskKey, const QString &stateMessage)
{
    TaskScript script = taskScript(jobId, taskKey);
    script.outcome = TaskScript::Outcome::Fail;
    if (!stateMessage.isEmpty())
        script.stateMessage = stateMessage;
    setTaskScript(jobId, taskKey, script);
}

void JobRunLifecycle::clearTaskScript(qint64 jobId, const QString &taskKey)
{
    m_scripts.remove({jobId, taskKey});
}

int JobRunLifecycle::iterationCount(const QJsonObject &taskSettings)
{
    const QJsonObject forEach = taskSettings.value("for_each_task"_L1).toObject();
    const QJsonValue inputs = forEach.value("inputs"_L1);
    if (inputs.isArray())
        return int(inputs.toArray().size());
    const QJsonDocument parsed = QJsonDocument::fromJson(inputs.toString().toUtf8());
    // A parameter reference ("{{job.parameters.regions}}") resolves at run
    // time; the emulator runs three iterations for it.
    return parsed.isArray() ? int(parsed.array().size()) : 3;
}

RunState JobRunLifecycle::taskEndState(const TaskScript &script)
{
    switch (script.outcome) {
    case TaskScript::Outcome::Success:
        return terminated(u"SUCCESS"_s, u"SUCCESS"_s, u"SUCCESS"_s);
    case TaskScript::Outcome::Fail:
        return terminated(u"FAILED"_s, u"RUN_EXECUTION_ERROR"_s, u"CLIENT_ERROR"_s,
                          script.stateMessage);
    case TaskScript::Outcome::InternalError: {
        // A failed serverless workload reports INTERNAL_ERROR with FAILED,
        // though the user's code failed (termination type CLIENT_ERROR).
        RunState state = terminated(u"FAILED"_s, u"RUN_EXECUTION_ERROR"_s, u"CLIENT_ERROR"_s,
                                    script.stateMessage);
        state.lifeCycle = LifeCycle::InternalError;
        return state;
    }
    }
    return {};
}

RunState JobRunLifecycle::skippedState(const QString &result)
{
    RunState state;
    state.lifeCycle = LifeCycle::Skipped;
    state.resultState = result;
    state.terminationCode = u"SKIPPED"_s;
    if (result == "UPSTREAM_FAILED"_L1) {
        state.terminationType = u"CLIENT_ERROR"_s;
        state.stateMessage = u"Upstream task failed."_s;
    } else if (result == "UPSTREAM_CANCELED"_L1) {
        state.terminationType = u"SUCCESS"_s;
        state.stateMessage = u"Upstream task was cancelled."_s;
    } else {
        state.terminationType = u"SUCCESS"_s;
        state.stateMessage = u"The task was excluded because its run_if condition was not met."_s;
    }
    state.terminationCode = u"SKIPPED"_s;
    return state;
}

RunState JobRunLifecycle::canceledState()
{
    RunState state =
        terminated(u"CANCELED"_s, u"USER_CANCELED"_s, u"SUCCESS"_s, u"Run cancelled."_s);
    state.userCancelledOrTimedout = true;
    return state;
}

std::optional<QString> JobRunLifecycle::skipResult(const TaskRun &task, const JobRun &run)
{
    int deps = 0, succeeded = 0, failed = 0, canceled = 0;
    for (const QString &key : upstreamKeys(task)) {
        const TaskRun *upstream = run.task(key);
        if (!upstream)
            continue; // not part of this run (run-now's `only`): satisfied
        ++deps;
        const QString result = upstream->state.resultState;
        succeeded += isSuccess(result) ? 1 : 0;
        failed += isFailure(result) ? 1 : 0;
        canceled += isCancellation(result) ? 1 : 0;
    }
    if (deps == 0)
        return std::nullopt;
    const QString runIf = task.settings.value("run_if"_L1).toString(u"ALL_SUCCESS"_s);
    const auto notMet = [&]() -> QString {
        if (failed > 0)
            return u"UPSTREAM_FAILED"_s;
        if (canceled > 0)
            return u"UPSTREAM_CANCELED"_s;
        return u"EXCLUDED"_s;
    };
    bool runs = false;
    if (runIf == "ALL_DONE"_L1)
        runs = true;
    else if (runIf == "NONE_FAILED"_L1)
        runs = failed == 0 && canceled == 0;
    else if (runIf == "AT_LEAST_ONE_SUCCESS"_L1)
        runs = succeeded > 0;
    else if (runIf == "ALL_FAILED"_L1)
        return failed == deps ? std::nullopt : std::optional<QString>(u"EXCLUDED"_s);
    else if (runIf == "AT_LEAST_ONE_FAILED"_L1)
        return failed > 0 ? std::nullopt : std::optional<QString>(u"EXCLUDED"_s);
    else
        runs = succeeded == deps;
    if (runs)
        return std::nullopt;
    return notMet();
}

void JobRunLifecycle::settle(JobRun &run)
{
    if (run.cancelRequested) {
        run.state = canceledState();
        return;
    }
    QSet<QString> upstream;
    for (const TaskRun &task : run.tasks)
        for (const QString &key : upstreamKeys(task))
            upstream.insert(key);
    const TaskRun *firstFailed = nullptr;
    bool leafFailed = false;
    bool skippedDownstream = false;
    for (const TaskRun &task : run.tasks) {
        const QString result = task.state.resultState;
        if ((result == "FAILED"_L1 || result == "TIMEDOUT"_L1) && !firstFailed)
            firstFailed = &task;
        if (result == "UPSTREAM_FAILED"_L1)
            skippedDownstream = true;
        const bool leaf = !upstream.contains(task.taskKey);
        if (leaf && !isSuccess(result) && result != "EXCLUDED"_L1)
            leafFailed = true;
    }
    if (!leafFailed) {
        run.state = firstFailed ? terminated(u"SUCCESS_WITH_FAILURES"_s, u"SUCCESS_WITH_FAILURES"_s,
                                             u"SUCCESS"_s)
                                : terminated(u"SUCCESS"_s, u"SUCCESS"_s, u"SUCCESS"_s);
        return;
    }
    QString message;
    if (firstFailed) {
        // The service's wording, e.g. "Task main failed with message:
        // Workload failed, see run output for details."
        message = u"Task %1 failed with message: %2"_s.arg(firstFailed->taskKey,
                                                           firstFailed->state.stateMessage);
        if (skippedDownstream)
            message += u" This caused all downstream tasks to get skipped."_s;
    } else {
        message = u"Upstream task(s) did not succeed."_s;
    }
    run.state = terminated(u"FAILED"_s, u"RUN_EXECUTION_ERROR"_s, u"CLIENT_ERROR"_s, message);
    if (firstFailed && firstFailed->state.lifeCycle == LifeCycle::InternalError)
        run.state.lifeCycle = LifeCycle::InternalError;
}

int JobRunLifecycle::maxConcurrentRuns(qint64 jobId) const
{
    const Job *job = m_jobs.find(jobId);
    // max_concurrent_runs defaults to 1 on the service.
    return job ? int(job->settings.value("max_concurrent_runs"_L1).toInteger(1)) : 1;
}

int JobRunLifecycle::activeRuns(qint64 jobId) const
{
    int count = 0;
    for (const JobRun *run : m_runs.runs())
        if (run->jobId == jobId && run->state.isActive() &&
            run->state.lifeCycle != LifeCycle::Queued)
            ++count;
    return count;
}

qint64 JobRunLifecycle::start(const StartRequest &request)
{
    JobRun run;
    run.runId = m_runs.nextId();
    run.jobId = request.jobId;
    run.numberInJob = request.jobId ? m_runs.nextNumberInJob(request.jobId) : run.runId;
    run.runName = request.runName;
    run.runType = request.runType;
    run.trigger = request.trigger;
    run.creatorUserName = request.creatorUserName;
    run.startTime = m_processes.now();
    run.jobClusters = request.jobClusters;
    run.jobParameters = request.jobParameters;
    run.overridingParameters = request.overridingParameters;
    run.queue = QJsonObject{{"enabled"_L1, request.queueEnabled}};
    run.idempotencyToken = request.idempotencyToken;
    for (const QJsonValue &value : request.tasks) {
        TaskRun task;
        task.runId = m_runs.nextId();
        task.settings = value.toObject();
        task.taskKey = task.settings.value("task_key"_L1).toString();
        task.state.lifeCycle =
            upstreamKeys(task).isEmpty() ? LifeCycle::Pending : LifeCycle::Blocked;
        run.tasks.append(task);
    }
    RepairAttempt original;
    original.startTime = run.startTime;
    for (const TaskRun &task : run.tasks)
        original.taskRunIds.append(task.runId);
    run.history.append(original);

    LifeCycle from = LifeCycle::Pending;
    if (request.jobId) {
        const int limit = request.maxConcurrentRuns;
        if (activeRuns(request.jobId) >= limit) {
            if (request.queueEnabled && limit > 0) {
                from = LifeCycle::Queued;
            } else {
                // Over max_concurrent_runs without a queue the service skips the run.
                run.state.lifeCycle = LifeCycle::Skipped;
                run.state.resultState = u"MAXIMUM_CONCURRENT_RUNS_REACHED"_s;
                run.state.stateMessage = u"Skipping this run because the limit of %1 maximum "
                                         "concurrent runs has been reached."_s.arg(limit);
                run.state.terminationCode = u"MAX_CONCURRENT_RUNS_EXCEEDED"_s;
                run.state.terminationType = u"CLIENT_ERROR"_s;
                run.endTime = run.startTime;
                for (TaskRun &task : run.tasks)
                    task.state = skippedState(u"EXCLUDED"_s);
                run.history.first().endTime = run.endTime;
                run.history.first().state = run.state;
                const qint64 skippedId = run.runId;
                m_runs.add(std::move(run));
                if (!request.idempotencyToken.isEmpty())
                    m_runs.rememberToken(request.idempotencyToken, skippedId);
                return skippedId;
            }
        }
    }
    const qint64 id = run.runId;
    if (from == LifeCycle::Queued) {
        run.state.lifeCycle = LifeCycle::Queued;
        run.state.queueCode = u"MAX_CONCURRENT_RUNS_REACHED"_s;
        run.state.stateMessage = u"Queued due to reaching maximum concurrent runs of %1."_s.arg(
            request.maxConcurrentRuns);
    }
    m_runs.add(std::move(run));
    if (!request.idempotencyToken.isEmpty())
        m_runs.rememberToken(request.idempotencyToken, id);
    startRunProcess(id, from);
    return id;
}

void JobRunLifecycle::startRunProcess(qint64 runId, LifeCycle from)
{
    const auto setState = [this, runId](LifeCycle lifeCycle) {
        return [this, runId, lifeCycle] {
            JobRun *run = m_runs.find(runId);
            if (!run)
                return;
            if (run->state.lifeCycle == LifeCycle::Queued && lifeCycle != LifeCycle::Queued)
                run->queueDuration = m_processes.now() - run->startTime;
            run->state.lifeCycle = lifeCycle;
            run->state.queueCode.clear();
            run->state.stateMessage.clear();
            if (lifeCycle == LifeCycle::Running)
                advance(runId);
        };
    };
    QList<ProcessStep> steps;
    if (from == LifeCycle::Queued)
        steps.append({u"QUEUED"_s, ProcessStep::kUntilJumped});
    if (from == LifeCycle::Queued || from == LifeCycle::Pending)
        steps.append({u"PENDING"_s, m_timing.pending, setState(LifeCycle::Pending)});
    steps.append({u"RUNNING"_s, ProcessStep::kUntilJumped, setState(LifeCycle::Running)});
    steps.append({u"TERMINATING"_s, m_timing.terminating, [this, runId] {
                      if (JobRun *run = m_runs.find(runId))
                          run->state.lifeCycle = LifeCycle::Terminating;
                  }});
    steps.append({u"TERMINATED"_s, 0ms, [this, runId] { finishRun(runId); }});
    m_processes.start(runProcess(runId), steps);
}

void JobRunLifecycle::advance(qint64 runId)
{
    JobRun *run = m_runs.find(runId);
    if (!run || run->state.lifeCycle != LifeCycle::Running || run->cancelRequested)
        return;
    bool changed = true;
    while (changed) {
        changed = false;
        for (TaskRun &task : run->tasks) {
            if (task.started)
                continue;
            const QStringList keys = upstreamKeys(task);
            const bool ready = std::all_of(keys.cbegin(), keys.cend(), [run](const QString &k) {
                const TaskRun *upstream = run->task(k);
                return !upstream || upstream->state.isTerminal();
            });
            if (!ready)
                continue;
            changed = true;
            task.started = true;
            if (const auto skip = skipResult(task, *run)) {
                task.state = skippedState(*skip);
                continue;
            }
            const qint64 taskRunId = task.runId;
            startTask(runId, taskRunId);
            run = m_runs.find(runId); // callbacks may have changed the store
            if (!run)
                return;
            break; // the task list may have been touched: scan again
        }
    }
    const bool done = std::all_of(run->tasks.cbegin(), run->tasks.cend(),
                                  [](const TaskRun &task) { return task.state.isTerminal(); });
    if (done)
        m_processes.jumpTo(runProcess(runId), u"TERMINATING"_s);
}

void JobRunLifecycle::startTask(qint64 runId, qint64 taskRunId,
                                std::optional<qint64> resumeExecutionMs)
{
    JobRun *run = m_runs.find(runId);
    TaskRun *task = m_runs.findTask(taskRunId);
    if (!run || !task)
        return;
    const TaskScript script = taskScript(run->jobId, task->taskKey);
    task->started = true;

    const auto onPending = [this, taskRunId] {
        if (TaskRun *t = m_runs.findTask(taskRunId)) {
            t->state = RunState{};
            t->state.lifeCycle = LifeCycle::Pending;
            t->startTime = m_processes.now();
        }
    };
    const bool resumed = resumeExecutionMs.has_value();
    const auto onRunning = [this, taskRunId, resumed] {
        if (TaskRun *t = m_runs.findTask(taskRunId)) {
            t->state.lifeCycle = LifeCycle::Running;
            if (!resumed)
                t->setupDuration = m_processes.now() - t->startTime;
        }
    };
    const auto onTerminating = [this, taskRunId] {
        if (TaskRun *t = m_runs.findTask(taskRunId)) {
            t->state.lifeCycle = LifeCycle::Terminating;
            t->executionDuration = m_processes.now() - t->startTime - t->setupDuration;
            const qint64 now = m_processes.now();
            for (TaskRun &iteration : t->iterations) {
                if (iteration.state.lifeCycle != LifeCycle::Running)
                    continue;
                iteration.endTime = now;
                iteration.executionDuration = now - iteration.startTime;
                iteration.state.lifeCycle = LifeCycle::Terminating;
            }
        }
    };
    const qint64 jobId = run->jobId;
    const auto onTerminated = [this, runId, taskRunId, jobId, script] {
        TaskRun *t = m_runs.findTask(taskRunId);
        if (!t)
            return;
        const qint64 now = m_processes.now();
        t->cleanupDuration = now - t->startTime - t->setupDuration - t->executionDuration;
        t->endTime = now;
        if (t->isForEach()) {
            const QString nestedKey = t->settings.value("for_each_task"_L1)
                                          .toObject()
                                          .value("task"_L1)
                                          .toObject()
                                          .value("task_key"_L1)
                                          .toString();
            const TaskScript nested = taskScript(jobId, nestedKey);
            int failedIterations = 0;
            for (TaskRun &iteration : t->iterations) {
                iteration.state = taskEndState(nested);
                failedIterations += nested.fails() ? 1 : 0;
            }
            if (failedIterations > 0 || script.fails()) {
                TaskScript failing = script;
                if (failing.outcome == TaskScript::Outcome::Success) {
                    failing.outcome = TaskScript::Outcome::Fail;
                    failing.stateMessage =
                        u"%1 out of %2 iterations failed."_s.arg(failedIterations)
                            .arg(t->iterations.size());
                }
                t->state = taskEndState(failing);
            } else {
                t->state = taskEndState(script);
            }
        } else {
            t->state = taskEndState(script);
            t->output.notebookResult =
                t->settings.contains("notebook_task"_L1) ? script.notebookResult : QString();
            t->output.logs = writesLogs(t->settings) ? script.logs : QString();
            if (script.fails()) {
                t->output.error = script.error.isEmpty() ? script.stateMessage : script.error;
                t->output.errorTrace = script.errorTrace;
            }
        }
        m_processes.cancel(taskProcess(taskRunId));
        advance(runId);
    };

    QList<ProcessStep> steps;
    if (!resumed)
        steps.append({u"PENDING"_s, script.setup, onPending});
    if (task->isForEach() && !resumed) {
        // Iterations run `concurrency` at a time; each wave is one RUNNING
        // step, entering it ends the previous wave.
        const QJsonObject forEach = task->settings.value("for_each_task"_L1).toObject();
        const int count = iterationCount(task->settings);
        const int concurrency = std::max(1, int(forEach.value("concurrency"_L1).toInteger(1)));
        const QJsonObject nestedSettings = forEach.value("task"_L1).toObject();
        const TaskScript nested = taskScript(jobId, nestedSettings.value("task_key"_L1).toString());
        for (int i = 0; i < count; ++i) {
            TaskRun iteration;
            iteration.runId = m_runs.nextId();
            iteration.taskKey = nestedSettings.value("task_key"_L1).toString();
            iteration.settings = nestedSettings;
            iteration.state.lifeCycle = LifeCycle::Blocked;
            task->iterations.append(iteration);
        }
        m_runs.indexTasks(*run);
        const int waves = std::max(1, (count + concurrency - 1) / concurrency);
        for (int wave = 0; wave < waves; ++wave) {
            const auto onWave = [this, taskRunId, wave, concurrency, onRunning] {
                if (wave == 0)
                    onRunning();
                TaskRun *t = m_runs.findTask(taskRunId);
                if (!t)
                    return;
                const qint64 now = m_processes.now();
                for (int i = 0; i < t->iterations.size(); ++i) {
                    TaskRun &iteration = t->iterations[i];
                    const int of = i / concurrency;
                    if (of == wave - 1) {
                        iteration.endTime = now;
                        iteration.executionDuration = now - iteration.startTime;
                        iteration.state.lifeCycle = LifeCycle::Terminating;
                    } else if (of == wave) {
                        iteration.started = true;
                        iteration.startTime = now;
                        iteration.state.lifeCycle = LifeCycle::Running;
                    }
                }
            };
            steps.append({u"RUNNING"_s, nested.execution, onWave});
        }
    } else {
        const std::chrono::milliseconds execution =
            resumed ? std::chrono::milliseconds(std::max<qint64>(0, *resumeExecutionMs))
                    : script.execution;
        steps.append({u"RUNNING"_s, execution, onRunning});
    }
    steps.append({u"TERMINATING"_s, script.cleanup, onTerminating});
    steps.append({u"TERMINATED"_s, 0ms, onTerminated});
    m_processes.start(taskProcess(taskRunId), steps);
}

void JobRunLifecycle::finishRun(qint64 runId)
{
    JobRun *run = m_runs.find(runId);
    if (!run)
        return;
    const qint64 now = m_processes.now();
    if (run->cancelRequested) {
        for (TaskRun &task : run->tasks)
            if (!task.state.isTerminal())
                task.state = canceledState();
    }
    settle(*run);
    run->endTime = now;
    if (!run->history.isEmpty()) {
        run->history.last().endTime = now;
        run->history.last().state = run->state;
    }
    const qint64 jobId = run->jobId;
    m_processes.cancel(runProcess(runId));
    if (jobId)
        dequeue(jobId);
}

void JobRunLifecycle::dequeue(qint64 jobId)
{
    QList<JobRun *> queued;
    for (JobRun *run : m_runs.runsOfJob(jobId))
        if (run->state.lifeCycle == LifeCycle::Queued && !run->cancelRequested)
            queued.append(run);
    std::sort(queued.begin(), queued.end(), [](const JobRun *a, const JobRun *b) {
        return a->startTime != b->startTime ? a->startTime < b->startTime : a->runId < b->runId;
    });
    const int limit = maxConcurrentRuns(jobId);
    for (const JobRun *run : queued) {
        if (activeRuns(jobId) >= limit)
            break;
        m_processes.jumpTo(runProcess(run->runId), u"PENDING"_s);
    }
}

void JobRunLifecycle::cancel(qint64 runId)
{
    JobRun *run = m_runs.find(runId);
    if (!run || run->state.isTerminal() || run->cancelRequested)
        return;
    run->cancelRequested = true;
    const qint64 now = m_processes.now();
    for (TaskRun &task : run->tasks) {
        if (task.state.isTerminal())
            continue;
        m_processes.cancel(taskProcess(task.runId));
        task.started = true;
        if (task.startTime > 0)
            task.endTime = now;
        task.state = canceledState();
        for (TaskRun &iteration : task.iterations)
            if (!iteration.state.isTerminal())
                iteration.state = canceledState();
    }
    const bool queued = run->state.lifeCycle == LifeCycle::Queued;
    if (run->state.lifeCycle == LifeCycle::Terminating)
        return; // already on its way to TERMINATED, which reads cancelRequested
    m_processes.jumpTo(runProcess(runId), queued ? u"TERMINATED"_s : u"TERMINATING"_s);
}

qint64 JobRunLifecycle::repair(qint64 runId, const QStringList &taskKeys,
                               const std::optional<QJsonArray> &jobParameters,
                               const std::optional<QJsonObject> &overridingParameters)
{
    JobRun *run = m_runs.find(runId);
    if (!run)
        return 0;
    RepairAttempt attempt;
    attempt.repairId = m_runs.nextId();
    attempt.startTime = m_processes.now();
    for (TaskRun &task : run->tasks) {
        if (!taskKeys.contains(task.taskKey))
            continue;
        run->supersededTasks.append(task);
        TaskRun again;
        again.runId = m_runs.nextId();
        again.taskKey = task.taskKey;
        again.settings = task.settings;
        again.attemptNumber = task.attemptNumber + 1;
        again.state.lifeCycle =
            upstreamKeys(again).isEmpty() ? LifeCycle::Pending : LifeCycle::Blocked;
        task = again;
        attempt.taskRunIds.append(again.runId);
    }
    m_runs.indexTasks(*run);
    if (jobParameters)
        run->jobParameters = *jobParameters;
    if (overridingParameters)
        run->overridingParameters = *overridingParameters;
    run->cancelRequested = false;
    run->endTime = 0;
    run->state = RunState{};
    run->history.append(attempt);
    startRunProcess(runId, LifeCycle::Pending);
    return attempt.repairId;
}

void JobRunLifecycle::forget(qint64 runId)
{
    JobRun *run = m_runs.find(runId);
    if (!run)
        return;
    for (const TaskRun &task : run->tasks)
        m_processes.cancel(taskProcess(task.runId));
    m_processes.cancel(runProcess(runId));
}

void JobRunLifecycle::resume()
{
    QList<qint64> running;
    for (const JobRun *run : m_runs.runs())
        if (run->state.lifeCycle == LifeCycle::Running)
            running.append(run->runId);
    for (const qint64 runId : running) {
        JobRun *run = m_runs.find(runId);
        QList<QPair<qint64, qint64>> tasks; // task run id, execution left
        for (const TaskRun &task : run->tasks) {
            if (task.state.lifeCycle != LifeCycle::Running)
                continue;
            const TaskScript script = taskScript(run->jobId, task.taskKey);
            const qint64 ran = m_processes.now() - task.startTime - task.setupDuration;
            tasks.append({task.runId, qint64(script.execution.count()) - ran});
        }
        // Entering RUNNING starts whatever is ready besides the resumed tasks.
        startRunProcess(runId, LifeCycle::Running);
        for (const auto &[taskRunId, left] : tasks)
            startTask(runId, taskRunId, left);
    }
}

} // namespace brickdesk::emulator
