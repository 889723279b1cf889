#pragma once

#include "core/emulator/jobrunsstore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPair>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace brickdesk::emulator {

class JobsStore;
class ProcessRunner;

// How one task behaves when it runs: how long each phase takes in emulated
// time and how it ends. Scripts are keyed by (job id, task key), so a test or
// the demo seed says "this task of that job fails" without magic names; job
// id 0 scripts the tasks of one-time (runs/submit) runs.
struct TaskScript
{
    enum class Outcome {
        Success,
        Fail,          // TERMINATED / FAILED
        InternalError, // INTERNAL_ERROR / FAILED, as failed serverless runs report it
    };

    std::chrono::milliseconds setup{5'000};
    std::chrono::milliseconds execution{30'000};
    std::chrono::milliseconds cleanup{1'000};
    Outcome outcome = Outcome::Success;
    // The failed task's state_message (the run's reads "Task <key> failed
    // with message: <stateMessage>").
    QString stateMessage = QStringLiteral("Workload failed, see run output for details.");
    QString error;          // runs/get-output `error`; stateMessage when empty
    QString errorTrace;     // runs/get-output `error_trace`
    QString notebookResult; // dbutils.notebook.exit() value, notebook tasks only
    QString logs;           // stdout/stderr, python/jar/wheel-style tasks only

    bool fails() const { return outcome != Outcome::Success; }
};

// Moves job runs through their states on the ProcessRunner:
//
//   run:  [QUEUED] → PENDING (cluster start) → RUNNING → TERMINATING → TERMINATED
//   task: BLOCKED (upstream tasks unfinished) → PENDING (setup) → RUNNING
//         (execution) → TERMINATING (cleanup) → TERMINATED, or SKIPPED when
//         its run_if is not met (UPSTREAM_FAILED, UPSTREAM_CANCELED, EXCLUDED)
//
// Tasks start in depends_on order once every upstream task is terminal and
// their run_if (default ALL_SUCCESS) holds. The run's result follows its
// leaf tasks, as the service's does: a failed leaf fails the run, a failed
// non-leaf task whose leaves succeeded gives SUCCESS_WITH_FAILURES.
// A job's runs beyond max_concurrent_runs wait QUEUED when the job's queue is
// enabled (they start as earlier runs finish) and are SKIPPED with
// MAXIMUM_CONCURRENT_RUNS_REACHED otherwise.
//
// Process ids: "job-run/<run id>", "job-task/<task run id>".
class JobRunLifecycle
{
public:
    struct Timing
    {
        std::chrono::milliseconds pending{10'000}; // the run's cluster starting
        std::chrono::milliseconds terminating{2'000};
    };

    // What run-now, runs/submit and run_job_task start.
    struct StartRequest
    {
        qint64 jobId = 0; // 0 = a one-time run
        QString runName;
        QString runType = QStringLiteral("JOB_RUN");
        QString trigger = QStringLiteral("ONE_TIME");
        QString creatorUserName;
        QJsonArray tasks; // the tasks to run (run-now's `only` already applied)
        QJsonArray jobClusters;
        QJsonArray jobParameters; // [{name, default, value}]
        QJsonObject overridingParameters;
        bool queueEnabled = false;
        int maxConcurrentRuns = 1; // ignored for one-time runs
        QString idempotencyToken;
    };

    JobRunLifecycle(JobsStore &jobs, JobRunsStore &runs, ProcessRunner &processes);

    const Timing &timing() const { return m_timing; }
    void setTiming(const Timing &timing) { m_timing = timing; }

    // The script of tasks that have none of their own.
    void setDefaultTaskScript(const TaskScript &script) { m_defaultScript = script; }
    const TaskScript &defaultTaskScript() const { return m_defaultScript; }
    void setTaskScript(qint64 jobId, const QString &taskKey, const TaskScript &script);
    TaskScript taskScript(qint64 jobId, const QString &taskKey) const;
    // Test hook: the task fails (TERMINATED / FAILED) from its next run on;
    // repair it after clearTaskScript() to see it succeed. Emulator::seed()
    // clears every script (the demo seed sets its own).
    void failTask(qint64 jobId, const QString &taskKey, const QString &stateMessage = {});
    void clearTaskScript(qint64 jobId, const QString &taskKey);
    void clearTaskScripts() { m_scripts.clear(); }

    // Creates the run (QUEUED, PENDING or SKIPPED) and starts it; its run id.
    qint64 start(const StartRequest &request);
    // runs/cancel: asynchronous, the run passes TERMINATING. No-op on a
    // finished run.
    void cancel(qint64 runId);
    // runs/repair of a finished run: `taskKeys` get new task run ids and run
    // again; the others keep their outcome. Returns the repair id.
    qint64 repair(qint64 runId, const QStringList &taskKeys,
                  const std::optional<QJsonArray> &jobParameters,
                  const std::optional<QJsonObject> &overridingParameters);
    // Ends the processes of a run that is being deleted.
    void forget(qint64 runId);
    // Starts the processes seeded runs are in the middle of (RUNNING runs
    // and their RUNNING tasks, timed from their start_time).
    void resume();

    // A task's run_if decision once every upstream task is terminal: nullopt
    // when it runs, else the result_state it is skipped with.
    static std::optional<QString> skipResult(const TaskRun &task, const JobRun &run);
    // Sets the run's final state from its tasks (or its cancellation).
    static void settle(JobRun &run);
    // The state a task that finished according to `script` ends in.
    static RunState taskEndState(const TaskScript &script);
    static RunState skippedState(const QString &result);
    static RunState canceledState();
    // The for-each task's iteration count: its `inputs` JSON array's size.
    static int iterationCount(const QJsonObject &taskSettings);

    static QString runProcess(qint64 runId)
    {
        return QStringLiteral("job-run/") + QString::number(runId);
    }
    static QString taskProcess(qint64 taskRunId)
    {
        return QStringLiteral("job-task/") + QString::number(taskRunId);
    }

private:
    void startRunProcess(qint64 runId, LifeCycle from);
    void startTask(qint64 runId, qint64 taskRunId, std::optional<qint64> resumeExecutionMs = {});
    // Starts or skips the tasks whose upstream tasks are done; moves the run
    // to TERMINATING once every task is terminal.
    void advance(qint64 runId);
    void finishRun(qint64 runId);
    void dequeue(qint64 jobId);
    int activeRuns(qint64 jobId) const;
    int maxConcurrentRuns(qint64 jobId) const;

    JobsStore &m_jobs;
    JobRunsStore &m_runs;
    ProcessRunner &m_processes;
    Timing m_timing;
    TaskScript m_defaultScript;
    QHash<QPair<qint64, QString>, TaskScript> m_scripts;
};

} // namespace brickdesk::emulator
