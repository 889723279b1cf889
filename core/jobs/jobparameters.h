#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace brickdesk {

// One parameter as a run-now or repair dialog edits it.
struct JobParameter
{
    QString name;  // empty for a positional value (python_params, jar_params...)
    QString value; // what will be sent
    QString defaultValue;
    bool fromJob = true; // declared by the job (or the run), not added by the user
};

// The parameters a run-now or repair request carries in one request field:
// `job_parameters` (the job's declared parameters) or one of the legacy
// per-task-type fields of older jobs. Named fields are JSON objects
// (notebook_params, python_named_params, sql_params, job_parameters),
// positional ones arrays of strings (python_params, jar_params,
// spark_submit_params).
class JobParameterGroup
{
    Q_DECLARE_TR_FUNCTIONS(JobParameterGroup)

public:
    enum class Shape { Named, Positional };

    // The Jobs API accepts at most 10,000 bytes of JSON in each legacy map.
    static constexpr qsizetype kMaxLegacyJsonBytes = 10000;

    JobParameterGroup() = default;
    JobParameterGroup(QString field, Shape shape, bool namesFixed);

    QString field() const { return m_field; }
    Shape shape() const { return m_shape; }
    // Job parameters are declared by the job: their names cannot change and
    // none can be added (run-now refuses undeclared ones).
    bool namesFixed() const { return m_namesFixed; }
    bool isLegacy() const;
    // "Job parameters", "Notebook parameters (notebook_params)"...
    QString title() const;

    QList<JobParameter> parameters;
    // Appends a parameter the job (or run) declares, its value the default.
    void addFromJob(const QString &name, const QString &defaultValue);

    // Every value, as the request field carries it.
    QJsonValue valuesJson() const;
    // Legacy maps override each task's own parameters, so only what differs
    // from the job's defaults is sent: two notebook tasks with different
    // base_parameters then each keep their own. A positional list replaces
    // the task's list, so it is sent whole once anything in it changed.
    // Undefined (nothing to send) when nothing changed.
    QJsonValue overridesJson() const;
    // Why the group cannot be sent as `json`, empty if it can: empty or
    // repeated names, a legacy map over the size limit.
    QString problem(const QJsonValue &json) const;

private:
    QString m_field;
    Shape m_shape = Shape::Named;
    bool m_namesFixed = false;
    QStringList m_jobValues; // positional: the job's own list, to tell a change
};

} // namespace brickdesk
