#pragma once

#include "core/emulator/jobrunlifecycle.h"
#include "core/emulator/jobrunsstore.h"

#include <QHash>
#include <QJsonArray>
#include <QString>

namespace brickdesk::emulator {

class JobsStore;
struct Job;

// Writes runs that already happened straight into the JobRunsStore, with no
// process: the demo's run history and the tests' and benchmarks' bulk runs.
// Tasks are timed in depends_on order and decided with the same run_if and
// result rules as JobRunLifecycle, so a seeded run reads like a real one.
class RunHistory
{
public:
    struct Spec
    {
        qint64 startTime = 0;
        qint64 queueMs = 0;
        qint64 pendingMs = 45'000;    // the job cluster starting
        qint64 setupMs = 8'000;       // per task
        qint64 executionMs = 120'000; // per task, unless in `executionByTask`
        QHash<QString, qint64> executionByTask;
        qint64 cleanupMs = 2'000;
        qint64 terminatingMs = 3'000;
        QString trigger = QStringLiteral("PERIODIC");
        // The task that fails (empty: none) and how.
        QString failTask;
        TaskScript failure;
        // Cancelled by a user halfway through the first task that runs.
        bool canceled = false;
        // dbutils.notebook.exit() values and logs of the tasks that succeed.
        QHash<QString, QString> notebookResults;
        QHash<QString, QString> logs;
        QJsonArray jobParameters;
        QString creatorUserName;
    };

    explicit RunHistory(JobRunsStore &runs)
        : m_runs(runs)
    {}

    // A finished run of `job` as `spec` describes it.
    JobRun &addFinishedRun(const Job &job, const Spec &spec);
    // A run of `job` started at spec.startTime and still RUNNING at `now`:
    // tasks finished before `now` are done, the one under way is RUNNING,
    // later ones wait. `lifecycle` gets scripts with the planned timings, so
    // JobRunLifecycle::resume() finishes it as planned.
    JobRun &addRunningRun(const Job &job, const Spec &spec, qint64 now, JobRunLifecycle &lifecycle);
    // A repair of finished `run` at `startTime` rerunning `taskKeys` (with
    // success) and the tasks they had skipped.
    void addRepair(JobRun &run, const QStringList &taskKeys, qint64 startTime, qint64 executionMs);

    // Test hook: `runsPerJob` finished, successful runs for every job of
    // `jobs`, one a day back from `now`, durations varying.
    static void seedFinishedRuns(const JobsStore &jobs, JobRunsStore &runs, int runsPerJob,
                                 qint64 now);

    // Tasks in an order where every task comes after its upstream tasks.
    static QList<int> topologicalOrder(const QList<TaskRun> &tasks);

private:
    JobRun build(const Job &job, const Spec &spec);

    JobRunsStore &m_runs;
};

} // namespace brickdesk::emulator
