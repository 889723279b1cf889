#include "core/jobs/repairplan.h"

#include "core/net/jsonids.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

bool needsRerun(const RunStatus &status)
{
    return status.isFailure() || status.outcome() == RunStatus::Outcome::Canceled;
}

QString textOf(const QJsonValue &value)
{
    return value.isString() ? value.toString() : value.toVariant().toString();
}

// The legacy fields of overriding_parameters, as run-now took them.
struct LegacyField
{
    QLatin1StringView name;
    JobParameterGroup::Shape shape;
};
constexpr LegacyField kLegacyFields[] = {
    {"notebook_params"_L1, JobParameterGroup::Shape::Named},
    {"python_params"_L1, JobParameterGroup::Shape::Positional},
    {"python_named_params"_L1, JobParameterGroup::Shape::Named},
    {"jar_params"_L1, JobParameterGroup::Shape::Positional},
    {"spark_submit_params"_L1, JobParameterGroup::Shape::Positional},
    {"sql_params"_L1, JobParameterGroup::Shape::Named},
};

} // namespace

RepairPlan::RepairPlan(const QJsonObject &run)
    : m_runId(jsonId(run, "run_id"_L1))
    , m_runName(run.value("run_name"_L1).toString())
    , m_status(RunStatus::fromRun(run))
{
    // The most recent REPAIR entry; the ORIGINAL entry is the first attempt
    // and is not a repair. History is oldest first, start_time settles it.
    qint64 newestStart = -1;
    for (const QJsonValue &entry : run.value("repair_history"_L1).toArray()) {
        if (entry["type"_L1].toString() != "REPAIR"_L1)
            continue;
        const qint64 start = entry["start_time"_L1].toInteger();
        if (start >= newestStart) {
            newestStart = start;
            m_latestRepairId = jsonId(entry["id"_L1]);
        }
    }
    readTasks(run.value("tasks"_L1).toArray());
    readParameters(run);
    m_selected = failedTaskKeys();
}

void RepairPlan::readTasks(const QJsonArray &tasks)
{
    // A repaired run lists a task run per attempt; the newest one tells
    // the task's state, and rerun_tasks refuses repeated keys.
    QList<Task> inRunOrder;
    QHash<QString, qsizetype> indexOfKey;
    QHash<QString, int> attemptOfKey;
    for (const QJsonValue &t : tasks) {
        const QJsonObject json = t.toObject();
        Task task;
        task.key = json.value("task_key"_L1).toString();
        task.runId = jsonId(json, "run_id"_L1);
        for (const QJsonValue &d : json.value("depends_on"_L1).toArray())
            task.dependsOn.append(d["task_key"_L1].toString());
        task.status = RunStatus::fromRun(json);
        task.needsRerun = needsRerun(task.status);
        const int attempt = json.value("attempt_number"_L1).toInt();
        if (const auto it = indexOfKey.constFind(task.key); it != indexOfKey.cend()) {
            if (attempt >= attemptOfKey.value(task.key)) {
                inRunOrder[*it] = task;
                attemptOfKey.insert(task.key, attempt);
            }
            continue;
        }
        indexOfKey.insert(task.key, inRunOrder.size());
        attemptOfKey.insert(task.key, attempt);
        inRunOrder.append(task);
    }

    // Upstream first (Kahn), each round taking the earliest ready task in
    // the run's order, so the order is stable. A dependency outside the run
    // (a task excluded from it) does not hold anything back; a cycle, which
    // the API does not allow, keeps what is left in the run's order.
    QSet<QString> placed;
    QList<bool> done(inRunOrder.size(), false);
    while (m_tasks.size() < inRunOrder.size()) {
        qsizetype next = -1;
        for (qsizetype i = 0; i < inRunOrder.size() && next < 0; ++i) {
            if (done.at(i))
                continue;
            const bool ready =
                std::all_of(inRunOrder.at(i).dependsOn.cbegin(), inRunOrder.at(i).dependsOn.cend(),
                            [&](const QString &key) {
                                return placed.contains(key) || !indexOfKey.contains(key);
                            });
            if (ready)
                next = i;
        }
        if (next < 0)
            next = done.indexOf(false);
        done[next] = true;
        placed.insert(inRunOrder.at(next).key);
        m_tasks.append(inRunOrder.at(next));
    }
}

void RepairPlan::readParameters(const QJsonObject &run)
{
    // job_parameters: [{name, default, value}], value only when it was set.
    const QJsonArray jobParameters = run.value("job_parameters"_L1).toArray();
    if (!jobParameters.isEmpty()) {
        JobParameterGroup group(u"job_parameters"_s, JobParameterGroup::Shape::Named, true);
        for (const QJsonValue &p : jobParameters) {
            const QJsonValue value = p["value"_L1].isUndefined() ? p["default"_L1] : p["value"_L1];
            group.addFromJob(p["name"_L1].toString(), textOf(value));
        }
        m_groups.append(group);
        return;
    }
    const QJsonObject overriding = run.value("overriding_parameters"_L1).toObject();
    for (const LegacyField &field : kLegacyFields) {
        const QJsonValue json = overriding.value(field.name);
        if (json.isUndefined())
            continue;
        JobParameterGroup group(QString(field.name), field.shape, false);
        if (field.shape == JobParameterGroup::Shape::Named) {
            const QJsonObject map = json.toObject();
            for (auto it = map.begin(); it != map.end(); ++it)
                group.addFromJob(it.key(), textOf(it.value()));
        } else {
            for (const QJsonValue &value : json.toArray())
                group.addFromJob(QString(), textOf(value));
        }
        m_groups.append(group);
    }
}

QStringList RepairPlan::failedTaskKeys() const
{
    QStringList keys;
    for (const Task &task : m_tasks) {
        if (task.needsRerun)
            keys.append(task.key);
    }
    return keys;
}

void RepairPlan::setSelectedTasks(const QStringList &taskKeys)
{
    m_selected.clear();
    for (const Task &task : std::as_const(m_tasks)) {
        if (taskKeys.contains(task.key))
            m_selected.append(task.key);
    }
}

bool RepairPlan::setParameterValue(const QString &name, const QString &value)
{
    for (JobParameterGroup &group : m_groups) {
        for (JobParameter &p : group.parameters) {
            if (p.name == name) {
                p.value = value;
                return true;
            }
        }
    }
    return false;
}

QStringList RepairPlan::tasksToRerun() const
{
    QSet<QString> chosen;
    const QStringList start = m_rerunAllFailed ? failedTaskKeys() : m_selected;
    for (const QString &key : start)
        chosen.insert(key);
    // m_tasks is upstream first, so one pass reaches every transitive
    // dependent: a task's dependencies are decided before it is looked at.
    QStringList keys;
    for (const Task &task : m_tasks) {
        if (!chosen.contains(task.key) && m_rerunDependents &&
            std::any_of(task.dependsOn.cbegin(), task.dependsOn.cend(),
                        [&](const QString &key) { return chosen.contains(key); }))
            chosen.insert(task.key);
        if (chosen.contains(task.key))
            keys.append(task.key);
    }
    return keys;
}

QString RepairPlan::previewText() const
{
    const QStringList keys = tasksToRerun();
    if (keys.isEmpty())
        return tr("Nothing will rerun.");
    return tr("Will rerun: %1 (%n tasks)", "", int(keys.size())).arg(keys.join(u", "_s));
}

QString RepairPlan::problem() const
{
    if (isActive())
        return tr("Run %1 is still running; repair it once it has ended.").arg(m_runId);
    if (tasksToRerun().isEmpty())
        return m_rerunAllFailed
                   ? tr("No task of run %1 failed; check the tasks to rerun.").arg(m_runId)
                   : tr("Check at least one task to rerun.");
    for (const JobParameterGroup &group : m_groups) {
        if (const QString why = group.problem(group.valuesJson()); !why.isEmpty())
            return why;
    }
    return {};
}

QJsonObject RepairPlan::body() const
{
    QJsonObject body;
    body.insert("run_id"_L1, m_runId);
    if (m_rerunAllFailed)
        body.insert("rerun_all_failed_tasks"_L1, true);
    else
        body.insert("rerun_tasks"_L1, QJsonArray::fromStringList(m_selected));
    body.insert("rerun_dependent_tasks"_L1, m_rerunDependents);
    if (m_latestRepairId)
        body.insert("latest_repair_id"_L1, *m_latestRepairId);
    for (const JobParameterGroup &group : m_groups)
        body.insert(group.field(), group.valuesJson());
    return body;
}

} // namespace brickdesk
