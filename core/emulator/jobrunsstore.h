#pragma once

#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <map>

namespace brickdesk::emulator {

// life_cycle_state of a run or task run. Terminal: Terminated, Skipped,
// InternalError; "active" (runs/list active_only): Queued, Pending, Running,
// Terminating (Blocked is a task waiting on its upstream tasks).
enum class LifeCycle {
    Queued,
    Pending,
    Blocked,
    Running,
    Terminating,
    Terminated,
    Skipped,
    InternalError,
};

QString lifeCycleName(LifeCycle lifeCycle);

// What both the deprecated `state` object and the preferred `status` object
// of a run are written from, so the two always agree.
struct RunState
{
    LifeCycle lifeCycle = LifeCycle::Pending;
    QString resultState; // SUCCESS, FAILED, CANCELED, ...; empty until terminal
    QString stateMessage;
    bool userCancelledOrTimedout = false;
    QString queueCode;       // status.queue_details.code while QUEUED
    QString terminationCode; // status.termination_details.code once terminal
    QString terminationType; // status.termination_details.type once terminal

    bool isTerminal() const;
    bool isActive() const; // QUEUED, PENDING, RUNNING, TERMINATING (and BLOCKED)
};

// What runs/get-output answers for a finished task run.
struct TaskOutput
{
    QString notebookResult; // dbutils.notebook.exit() value; empty = never called
    QString error;
    QString errorTrace;
    QString logs; // stdout/stderr, only for python/jar/wheel-style tasks
};

// One task of a run (or one iteration of a for-each task): the task's
// settings as the job had them, plus its own run id, state and timings.
struct TaskRun
{
    qint64 runId = 0;
    QString taskKey;
    QJsonObject settings; // the JobSettings task (notebook_task, depends_on, ...)
    RunState state;
    bool started = false; // its process started (or it was decided without running)
    int attemptNumber = 0;
    qint64 startTime = 0;
    qint64 endTime = 0;
    qint64 setupDuration = 0;
    qint64 executionDuration = 0;
    qint64 cleanupDuration = 0;
    TaskOutput output;
    QList<TaskRun> iterations; // a for-each task's iterations, in input order

    bool isForEach() const { return settings.contains(QLatin1StringView("for_each_task")); }
};

// One entry of runs/get?include_history=true's repair_history: the original
// attempt (repairId 0, type ORIGINAL) or a repair (type REPAIR).
struct RepairAttempt
{
    qint64 repairId = 0;
    qint64 startTime = 0;
    qint64 endTime = 0;
    RunState state;
    QList<qint64> taskRunIds;
};

// A job run, a one-time (runs/submit) run or a run started by a run_job_task.
struct JobRun
{
    qint64 runId = 0;
    qint64 jobId = 0; // 0 for SUBMIT_RUN
    qint64 numberInJob = 0;
    QString runName;
    QString runType = QStringLiteral("JOB_RUN"); // JOB_RUN, SUBMIT_RUN, WORKFLOW_RUN
    QString trigger = QStringLiteral("ONE_TIME");
    QString creatorUserName;
    RunState state;
    qint64 startTime = 0; // when it was created (queued runs included)
    qint64 endTime = 0;
    qint64 queueDuration = 0;
    QList<TaskRun> tasks;           // the latest attempt of every task
    QList<TaskRun> supersededTasks; // earlier attempts replaced by repairs
    QJsonArray jobClusters;
    QJsonArray jobParameters;         // [{name, default, value}]
    QJsonObject overridingParameters; // the legacy notebook_params, python_params, ...
    QJsonObject queue;                // {"enabled": bool} as the run was started with
    QList<RepairAttempt> history;     // ORIGINAL first, then each REPAIR
    QString idempotencyToken;
    bool cancelRequested = false;

    const TaskRun *task(const QString &taskKey) const;
    TaskRun *task(const QString &taskKey);
    bool isMultiTask() const { return tasks.size() > 1; }
};

// Every run of the workspace by run id, with a lookup from task run ids (and
// for-each iteration ids) to the run holding them. Run and task run ids come
// from one sequence, as on the service, ~1e15 and not contiguous.
class JobRunsStore
{
public:
    void clear();

    // The next run, task run or repair id.
    qint64 nextId();
    // Test hook: the ids handed out from now on start at `id` (above 2^53, to
    // test id handling).
    void setNextId(qint64 id) { m_nextId = id; }
    qint64 nextNumberInJob(qint64 jobId) { return ++m_numbers[jobId]; }

    // Stores `run` (its tasks' ids indexed); the reference stays valid until
    // the run is removed.
    JobRun &add(JobRun run);
    // Indexes task run ids added to a stored run after add() (repairs).
    void indexTasks(const JobRun &run);
    bool remove(qint64 runId);
    void removeRunsOfJob(qint64 jobId);

    JobRun *find(qint64 runId);
    const JobRun *find(qint64 runId) const;
    // The run holding task run (or iteration) `taskRunId`; nullptr otherwise.
    JobRun *runOfTask(qint64 taskRunId);
    // The task run `taskRunId` in its current, superseded or iteration slot.
    TaskRun *findTask(qint64 taskRunId);

    // Most recently started first (ties: the higher run id first).
    QList<const JobRun *> runs() const;
    // The runs of one job, in the same order; filtered before sorting, so a
    // runs/list?job_id= on a workspace of thousands of runs stays cheap.
    QList<const JobRun *> runsOfJobNewestFirst(qint64 jobId) const;
    QList<JobRun *> runsOfJob(qint64 jobId);
    int size() const { return int(m_runs.size()); }

    // run-now's idempotency_token: the run it started (0 = none).
    qint64 runForToken(const QString &token) const { return m_tokens.value(token); }
    void rememberToken(const QString &token, qint64 runId) { m_tokens.insert(token, runId); }

private:
    std::map<qint64, JobRun> m_runs;
    QHash<qint64, QSet<qint64>> m_runsOfJob; // job id -> its run ids
    QHash<qint64, qint64> m_taskToRun;
    QHash<qint64, qint64> m_numbers;
    QHash<QString, qint64> m_tokens;
    qint64 m_nextId = kFirstId;

    static constexpr qint64 kFirstId = 583'112'744'908'211LL;
};

} // namespace brickdesk::emulator
