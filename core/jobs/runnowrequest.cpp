#include "core/jobs/runnowrequest.h"

#include "core/net/jsonids.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// Parameter values are strings in the API; a number typed into a job
// definition by hand still reads as its text.
QString textOf(const QJsonValue &value)
{
    return value.isString() ? value.toString() : value.toVariant().toString();
}

// Where each legacy field takes its defaults from: the first task of a type
// that carries them (the request applies one set to every task of the type).
struct LegacySource
{
    QLatin1StringView taskField;
    QLatin1StringView parametersField;
    QLatin1StringView requestField;
    JobParameterGroup::Shape shape;
};

constexpr LegacySource kLegacySources[] = {
    {"notebook_task"_L1, "base_parameters"_L1, "notebook_params"_L1,
     JobParameterGroup::Shape::Named},
    {"spark_python_task"_L1, "parameters"_L1, "python_params"_L1,
     JobParameterGroup::Shape::Positional},
    {"python_wheel_task"_L1, "parameters"_L1, "python_params"_L1,
     JobParameterGroup::Shape::Positional},
    {"python_wheel_task"_L1, "named_parameters"_L1, "python_named_params"_L1,
     JobParameterGroup::Shape::Named},
    {"spark_jar_task"_L1, "parameters"_L1, "jar_params"_L1, JobParameterGroup::Shape::Positional},
    {"spark_submit_task"_L1, "parameters"_L1, "spark_submit_params"_L1,
     JobParameterGroup::Shape::Positional},
    {"sql_task"_L1, "parameters"_L1, "sql_params"_L1, JobParameterGroup::Shape::Named},
};

} // namespace

RunNowRequest::RunNowRequest(const QJsonObject &job)
    : m_jobId(jsonId(job, "job_id"_L1))
    , m_idempotencyToken(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    const QJsonObject settings = job.value("settings"_L1).toObject();
    m_jobName = settings.value("name"_L1).toString();
    QJsonArray tasks = settings.value("tasks"_L1).toArray();
    const bool singleTask = tasks.isEmpty();
    // A 2.0 single-task job keeps its task's fields in settings itself.
    if (singleTask)
        tasks.append(settings);
    for (const QJsonValue &t : std::as_const(tasks)) {
        const QJsonObject task = t.toObject();
        if (!singleTask)
            m_taskKeys.append(task.value("task_key"_L1).toString());
        if (task.contains("pipeline_task"_L1))
            m_hasPipelineTasks = true;
    }
    m_selectedTasks = m_taskKeys;
    readParameters(settings, tasks);
}

void RunNowRequest::readParameters(const QJsonObject &settings, const QJsonArray &tasks)
{
    // A job with job-level parameters takes no legacy ones: run-now refuses
    // job_parameters mixed with the per-task-type fields.
    const QJsonArray declared = settings.value("parameters"_L1).toArray();
    if (!declared.isEmpty()) {
        m_style = ParameterStyle::JobParameters;
        JobParameterGroup group(u"job_parameters"_s, JobParameterGroup::Shape::Named, true);
        for (const QJsonValue &p : declared)
            group.addFromJob(p["name"_L1].toString(), textOf(p["default"_L1]));
        m_groups.append(group);
        return;
    }
    for (const LegacySource &source : kLegacySources) {
        const auto existing = std::find_if(m_groups.cbegin(), m_groups.cend(), [&](const auto &g) {
            return g.field() == source.requestField;
        });
        if (existing != m_groups.cend())
            continue; // python_params: the first task type that has them
        for (const QJsonValue &t : tasks) {
            const QJsonObject task = t[source.taskField].toObject();
            if (t[source.taskField].isUndefined())
                continue;
            // A notebook without base parameters can still be given some;
            // the other fields only exist where the task declares them.
            const QJsonValue parameters = task.value(source.parametersField);
            if (parameters.isUndefined() && source.requestField != "notebook_params"_L1)
                continue;
            JobParameterGroup group(QString(source.requestField), source.shape, false);
            if (source.shape == JobParameterGroup::Shape::Named) {
                const QJsonObject map = parameters.toObject();
                for (auto it = map.begin(); it != map.end(); ++it)
                    group.addFromJob(it.key(), textOf(it.value()));
            } else {
                for (const QJsonValue &value : parameters.toArray())
                    group.addFromJob(QString(), textOf(value));
            }
            m_groups.append(group);
            break;
        }
    }
    if (!m_groups.isEmpty())
        m_style = ParameterStyle::Legacy;
}

bool RunNowRequest::setParameterValue(const QString &name, const QString &value)
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

void RunNowRequest::setSelectedTasks(const QStringList &taskKeys)
{
    // Kept in the job's order, so `only` reads like the job.
    m_selectedTasks.clear();
    for (const QString &key : std::as_const(m_taskKeys)) {
        if (taskKeys.contains(key))
            m_selectedTasks.append(key);
    }
}

QJsonValue RunNowRequest::parametersJson(const JobParameterGroup &group) const
{
    return group.isLegacy() ? group.overridesJson() : group.valuesJson();
}

QString RunNowRequest::problem() const
{
    if (m_jobId <= 0)
        return tr("The job has no job_id.");
    for (const JobParameterGroup &group : m_groups) {
        if (const QString why = group.problem(parametersJson(group)); !why.isEmpty())
            return why;
    }
    if (!m_taskKeys.isEmpty() && m_selectedTasks.isEmpty())
        return tr("Check at least one task to run.");
    return {};
}

QJsonObject RunNowRequest::body() const
{
    QJsonObject body;
    body.insert("job_id"_L1, m_jobId);
    for (const JobParameterGroup &group : m_groups) {
        const QJsonValue json = parametersJson(group);
        if (!json.isUndefined())
            body.insert(group.field(), json);
    }
    if (m_selectedTasks.size() != m_taskKeys.size())
        body.insert("only"_L1, QJsonArray::fromStringList(m_selectedTasks));
    if (m_hasPipelineTasks && m_fullRefresh)
        body.insert("pipeline_params"_L1, QJsonObject{{"full_refresh"_L1, true}});
    body.insert("idempotency_token"_L1, m_idempotencyToken);
    return body;
}

} // namespace brickdesk
