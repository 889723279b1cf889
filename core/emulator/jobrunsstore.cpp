#include "core/emulator/jobrunsstore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

// Real run ids are not contiguous; a stride keeps clients from computing them.
constexpr qint64 kIdStride = 1'731;

void indexTask(QHash<qint64, qint64> &index, const TaskRun &task, qint64 runId)
{
    index.insert(task.runId, runId);
    for (const TaskRun &iteration : task.iterations)
        index.insert(iteration.runId, runId);
}

TaskRun *findIn(QList<TaskRun> &tasks, qint64 taskRunId)
{
    for (TaskRun &task : tasks) {
        if (task.runId == taskRunId)
            return &task;
        for (TaskRun &iteration : task.iterations)
            if (iteration.runId == taskRunId)
                return &iteration;
    }
    return nullptr;
}

} // namespace

QString lifeCycleName(LifeCycle lifeCycle)
{
    switch (lifeCycle) {
    case LifeCycle::Queued:
        return u"QUEUED"_s;
    case LifeCycle::Pending:
        return u"PENDING"_s;
    case LifeCycle::Blocked:
        return u"BLOCKED"_s;
    case LifeCycle::Running:
        return u"RUNNING"_s;
    case LifeCycle::Terminating:
        return u"TERMINATING"_s;
    case LifeCycle::Terminated:
        return u"TERMINATED"_s;
    case LifeCycle::Skipped:
        return u"SKIPPED"_s;
    case LifeCycle::InternalError:
        return u"INTERNAL_ERROR"_s;
    }
    return {};
}

bool RunState::isTerminal() const
{
    return lifeCycle == LifeCycle::Terminated || lifeCycle == LifeCycle::Skipped ||
           lifeCycle == LifeCycle::InternalError;
}

bool RunState::isActive() const
{
    return !isTerminal();
}

const TaskRun *JobRun::task(const QString &taskKey) const
{
    for (const TaskRun &t : tasks)
        if (t.taskKey == taskKey)
            return &t;
    return nullptr;
}

TaskRun *JobRun::task(const QString &taskKey)
{
    for (TaskRun &t : tasks)
        if (t.taskKey == taskKey)
            return &t;
    return nullptr;
}

void JobRunsStore::clear()
{
    m_runs.clear();
    m_runsOfJob.clear();
    m_taskToRun.clear();
    m_numbers.clear();
    m_tokens.clear();
    m_nextId = kFirstId;
}

qint64 JobRunsStore::nextId()
{
    const qint64 id = m_nextId;
    m_nextId += kIdStride;
    return id;
}

JobRun &JobRunsStore::add(JobRun run)
{
    const qint64 id = run.runId;
    JobRun &stored = m_runs[id] = std::move(run);
    m_runsOfJob[stored.jobId].insert(id);
    indexTasks(stored);
    return stored;
}

void JobRunsStore::indexTasks(const JobRun &run)
{
    for (const TaskRun &task : run.tasks)
        indexTask(m_taskToRun, task, run.runId);
    for (const TaskRun &task : run.supersededTasks)
        indexTask(m_taskToRun, task, run.runId);
}

bool JobRunsStore::remove(qint64 runId)
{
    const auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return false;
    // Idempotency tokens stay: run-now with the token of a deleted run is an
    // error, not a new run.
    m_taskToRun.removeIf([runId](const auto &entry) { return entry.value() == runId; });
    m_runsOfJob[it->second.jobId].remove(runId);
    m_runs.erase(it);
    return true;
}

void JobRunsStore::removeRunsOfJob(qint64 jobId)
{
    for (const JobRun *run : runsOfJob(jobId))
        remove(run->runId);
}

JobRun *JobRunsStore::find(qint64 runId)
{
    const auto it = m_runs.find(runId);
    return it == m_runs.end() ? nullptr : &it->second;
}

const JobRun *JobRunsStore::find(qint64 runId) const
{
    const auto it = m_runs.find(runId);
    return it == m_runs.end() ? nullptr : &it->second;
}

JobRun *JobRunsStore::runOfTask(qint64 taskRunId)
{
    const auto it = m_taskToRun.constFind(taskRunId);
    return it == m_taskToRun.cend() ? nullptr : find(it.value());
}

TaskRun *JobRunsStore::findTask(qint64 taskRunId)
{
    JobRun *run = runOfTask(taskRunId);
    if (!run)
        return nullptr;
    if (TaskRun *task = findIn(run->tasks, taskRunId))
        return task;
    return findIn(run->supersededTasks, taskRunId);
}

namespace {

void sortNewestFirst(QList<const JobRun *> &runs)
{
    std::stable_sort(runs.begin(), runs.end(), [](const JobRun *a, const JobRun *b) {
        if (a->startTime != b->startTime)
            return a->startTime > b->startTime;
        return a->runId > b->runId;
    });
}

} // namespace

QList<const JobRun *> JobRunsStore::runs() const
{
    QList<const JobRun *> out;
    out.reserve(qsizetype(m_runs.size()));
    for (const auto &[id, run] : m_runs)
        out.append(&run);
    sortNewestFirst(out);
    return out;
}

QList<const JobRun *> JobRunsStore::runsOfJobNewestFirst(qint64 jobId) const
{
    QList<const JobRun *> out;
    for (const qint64 id : m_runsOfJob.value(jobId))
        if (const JobRun *run = find(id))
            out.append(run);
    sortNewestFirst(out);
    return out;
}

QList<JobRun *> JobRunsStore::runsOfJob(qint64 jobId)
{
    QList<JobRun *> out;
    for (auto &[id, run] : m_runs)
        if (run.jobId == jobId)
            out.append(&run);
    return out;
}

} // namespace brickdesk::emulator
