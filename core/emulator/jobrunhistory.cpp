#include "core/emulator/jobrunhistory.h"

#include "core/emulator/jobsstore.h"

#include <QSet>

#include <algorithm>
#include <chrono>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QStringList upstreamKeys(const TaskRun &task)
{
    QStringList keys;
    for (const QJsonValue &dep : task.settings.value("depends_on"_L1).toArray())
        keys.append(dep.toObject().value("task_key"_L1).toString());
    return keys;
}

bool writesLogs(const QJsonObject &settings)
{
    return settings.contains("spark_python_task"_L1) || settings.contains("python_wheel_task"_L1) ||
           settings.contains("spark_jar_task"_L1);
}

} // namespace

QList<int> RunHistory::topologicalOrder(const QList<TaskRun> &tasks)
{
    QList<int> order;
    QSet<QString> placed;
    QList<bool> done(tasks.size(), false);
    bool progress = true;
    while (progress && order.size() < tasks.size()) {
        progress = false;
        for (int i = 0; i < tasks.size(); ++i) {
            if (done[i])
                continue;
            const QStringList upstream = upstreamKeys(tasks.at(i));
            const bool ready =
                std::all_of(upstream.cbegin(), upstream.cend(), [&](const QString &k) {
                    return placed.contains(k) ||
                           std::none_of(tasks.cbegin(), tasks.cend(),
                                        [&k](const TaskRun &t) { return t.taskKey == k; });
                });
            if (!ready)
                continue;
            done[i] = true;
            placed.insert(tasks.at(i).taskKey);
            order.append(i);
            progress = true;
        }
    }
    for (int i = 0; i < tasks.size(); ++i) // cycles: whatever is left, in order
        if (!done[i])
            order.append(i);
    return order;
}

JobRun RunHistory::build(const Job &job, const Spec &spec)
{
    JobRun run;
    run.runId = m_runs.nextId();
    run.jobId = job.jobId;
    run.numberInJob = m_runs.nextNumberInJob(job.jobId);
    run.runName = job.settings.value("name"_L1).toString();
    run.trigger = spec.trigger;
    run.creatorUserName =
        spec.creatorUserName.isEmpty() ? job.creatorUserName : spec.creatorUserName;
    run.startTime = spec.startTime;
    run.queueDuration = spec.queueMs;
    run.jobClusters = job.settings.value("job_clusters"_L1).toArray();
    run.jobParameters = spec.jobParameters;
    run.queue = QJsonObject{
        {"enabled"_L1, job.settings.value("queue"_L1).toObject().value("enabled"_L1).toBool()}};
    for (const QJsonValue &value : job.settings.value("tasks"_L1).toArray()) {
        TaskRun task;
        task.runId = m_runs.nextId();
        task.settings = value.toObject();
        task.taskKey = task.settings.value("task_key"_L1).toString();
        task.started = true;
        run.tasks.append(task);
    }

    const qint64 firstStart = spec.startTime + spec.queueMs + spec.pendingMs;
    bool canceledOne = false;
    for (const int index : topologicalOrder(run.tasks)) {
        TaskRun &task = run.tasks[index];
        if (canceledOne) {
            task.state = JobRunLifecycle::canceledState();
            continue;
        }
        if (const auto skip = JobRunLifecycle::skipResult(task, run)) {
            task.state = JobRunLifecycle::skippedState(*skip);
            continue;
        }
        qint64 start = firstStart;
        for (const QString &key : upstreamKeys(task))
            if (const TaskRun *upstream = run.task(key))
                start = std::max(start, upstream->endTime);
        const qint64 execution = spec.executionByTask.value(task.taskKey, spec.executionMs);
        task.startTime = start;
        task.setupDuration = spec.setupMs;
        if (spec.canceled) {
            task.executionDuration = execution / 2;
            task.endTime = start + spec.setupMs + task.executionDuration;
            task.state = JobRunLifecycle::canceledState();
            canceledOne = true;
            continue;
        }
        task.executionDuration = execution;
        task.cleanupDuration = spec.cleanupMs;
        task.endTime = start + spec.setupMs + execution + spec.cleanupMs;
        const int iterations =
            task.isForEach() ? JobRunLifecycle::iterationCount(task.settings) : 0;
        const QJsonObject nested =
            task.settings.value("for_each_task"_L1).toObject().value("task"_L1).toObject();
        for (int i = 0; i < iterations; ++i) {
            TaskRun iteration;
            iteration.runId = m_runs.nextId();
            iteration.taskKey = nested.value("task_key"_L1).toString();
            iteration.settings = nested;
            iteration.started = true;
            iteration.startTime = start + spec.setupMs + execution * i / iterations;
            iteration.executionDuration = execution / iterations;
            iteration.endTime = iteration.startTime + iteration.executionDuration;
            iteration.state = JobRunLifecycle::taskEndState(TaskScript{});
            task.iterations.append(iteration);
        }
        if (task.taskKey == spec.failTask) {
            task.state = JobRunLifecycle::taskEndState(spec.failure);
            task.output.error =
                spec.failure.error.isEmpty() ? spec.failure.stateMessage : spec.failure.error;
            task.output.errorTrace = spec.failure.errorTrace;
            task.output.logs = writesLogs(task.settings) ? spec.failure.logs : QString();
        } else {
            task.state = JobRunLifecycle::taskEndState(TaskScript{});
            if (task.settings.contains("notebook_task"_L1))
                task.output.notebookResult = spec.notebookResults.value(task.taskKey);
            if (writesLogs(task.settings))
                task.output.logs = spec.logs.value(task.taskKey);
        }
    }
    run.cancelRequested = spec.canceled;
    JobRunLifecycle::settle(run);
    qint64 end = firstStart;
    for (const TaskRun &task : run.tasks)
        end = std::max(end, task.endTime);
    run.endTime = end + spec.terminatingMs;
    RepairAttempt original;
    original.startTime = run.startTime;
    original.endTime = run.endTime;
    original.state = run.state;
    for (const TaskRun &task : run.tasks)
        original.taskRunIds.append(task.runId);
    run.history.append(original);
    return run;
}

JobRun &RunHistory::addFinishedRun(const Job &job, const Spec &spec)
{
    return m_runs.add(build(job, spec));
}

JobRun &RunHistory::addRunningRun(const Job &job, const Spec &spec, qint64 now,
                                  JobRunLifecycle &lifecycle)
{
    JobRun run = build(job, spec);
    for (TaskRun &task : run.tasks) {
        // Every task runs as planned from here on.
        TaskScript script = lifecycle.taskScript(job.jobId, task.taskKey);
        script.setup = std::chrono::milliseconds(spec.setupMs);
        script.execution =
            std::chrono::milliseconds(spec.executionByTask.value(task.taskKey, spec.executionMs));
        script.cleanup = std::chrono::milliseconds(spec.cleanupMs);
        script.logs = spec.logs.value(task.taskKey);
        script.notebookResult = spec.notebookResults.value(task.taskKey);
        lifecycle.setTaskScript(job.jobId, task.taskKey, script);
        if (task.endTime <= now)
            continue;
        if (task.startTime > 0 && task.startTime + task.setupDuration <= now) {
            task.state = RunState{};
            task.state.lifeCycle = LifeCycle::Running;
            task.executionDuration = 0;
            task.cleanupDuration = 0;
            task.endTime = 0;
            task.output = {};
            task.iterations.clear();
            continue;
        }
        // Not started yet (a task still in setup at `now` starts over).
        task = TaskRun{task.runId, task.taskKey, task.settings};
        task.state.lifeCycle =
            upstreamKeys(task).isEmpty() ? LifeCycle::Pending : LifeCycle::Blocked;
    }
    run.state = RunState{};
    run.state.lifeCycle = LifeCycle::Running;
    run.endTime = 0;
    run.history.first().endTime = 0;
    run.history.first().state = run.state;
    return m_runs.add(std::move(run));
}

void RunHistory::addRepair(JobRun &run, const QStringList &taskKeys, qint64 startTime,
                           qint64 executionMs)
{
    RepairAttempt attempt;
    attempt.repairId = m_runs.nextId();
    attempt.startTime = startTime;
    qint64 clock = startTime + 30'000;
    for (const int index : topologicalOrder(run.tasks)) {
        TaskRun &task = run.tasks[index];
        const bool skippedBefore = task.state.lifeCycle == LifeCycle::Skipped;
        if (!taskKeys.contains(task.taskKey) && !skippedBefore)
            continue;
        run.supersededTasks.append(task);
        TaskRun again{m_runs.nextId(), task.taskKey, task.settings};
        again.started = true;
        again.attemptNumber = task.attemptNumber + 1;
        again.startTime = clock;
        again.setupDuration = 8'000;
        again.executionDuration = executionMs;
        again.cleanupDuration = 2'000;
        again.endTime = clock + 10'000 + executionMs;
        again.state = JobRunLifecycle::taskEndState(TaskScript{});
        clock = again.endTime;
        task = again;
        attempt.taskRunIds.append(again.runId);
    }
    run.cancelRequested = false;
    JobRunLifecycle::settle(run);
    run.endTime = clock + 3'000;
    attempt.endTime = run.endTime;
    attempt.state = run.state;
    run.history.append(attempt);
    m_runs.indexTasks(run);
}

void RunHistory::seedFinishedRuns(const JobsStore &jobs, JobRunsStore &runs, int runsPerJob,
                                  qint64 now)
{
    RunHistory history(runs);
    for (const Job *job : jobs.jobs()) {
        for (int i = runsPerJob; i >= 1; --i) {
            Spec spec;
            spec.startTime = now - i * kDayMs;
            // Deterministic variation, so charts and benchmarks repeat.
            spec.executionMs = 60'000 + (job->jobId % 97 + i * 37) % 120 * 1'000;
            history.addFinishedRun(*job, spec);
        }
    }
}

} // namespace brickdesk::emulator
