#pragma once

#include "core/jobs/jobparameters.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace brickdesk {

// A jobs/run-now request being prepared for one job, read from the job as
// jobs/get returns it: which parameters it takes, prefilled with their
// defaults, which tasks it has, and the body that starts the run.
//
// One request carries one idempotency token for its whole life: the Jobs
// API answers a repeated token with the run it already started, so a
// retried call (after a timeout, or Run pressed again after an error)
// never starts a second run.
class RunNowRequest
{
    Q_DECLARE_TR_FUNCTIONS(RunNowRequest)

public:
    enum class ParameterStyle {
        None,          // the job takes no parameters
        JobParameters, // settings.parameters: one job-level set
        Legacy,        // an older job: per task type (notebook_params, python_params...)
    };

    // The Jobs API refuses longer tokens.
    static constexpr qsizetype kMaxIdempotencyTokenLength = 64;

    // `job`: {job_id, settings{name, parameters, tasks...}} as jobs/get
    // answers; a 2.0 single-task job (task fields in settings) works too.
    explicit RunNowRequest(const QJsonObject &job);

    qint64 jobId() const { return m_jobId; }
    QString jobName() const { return m_jobName; }
    ParameterStyle parameterStyle() const { return m_style; }

    // One group for job parameters; for an older job one per legacy field.
    QList<JobParameterGroup> parameterGroups() const { return m_groups; }
    void setParameterGroups(const QList<JobParameterGroup> &groups) { m_groups = groups; }
    // Sets the value of the first parameter called `name`; false if none is.
    bool setParameterValue(const QString &name, const QString &value);

    // Every task key in the job's order; empty for a single-task job.
    QStringList taskKeys() const { return m_taskKeys; }
    // The tasks to run; all of them (the default) sends no `only`.
    QStringList selectedTasks() const { return m_selectedTasks; }
    void setSelectedTasks(const QStringList &taskKeys);

    // Whether a pipeline task is there, for which a full refresh can be asked.
    bool hasPipelineTasks() const { return m_hasPipelineTasks; }
    bool fullRefresh() const { return m_fullRefresh; }
    void setFullRefresh(bool fullRefresh) { m_fullRefresh = fullRefresh; }

    QString idempotencyToken() const { return m_idempotencyToken; }

    // Why the request cannot be sent yet, empty if it can.
    QString problem() const;
    // The run-now body; job_id an exact integer (ids exceed 2^53).
    QJsonObject body() const;

private:
    void readParameters(const QJsonObject &settings, const QJsonArray &tasks);
    QJsonValue parametersJson(const JobParameterGroup &group) const;

    qint64 m_jobId = 0;
    QString m_jobName;
    ParameterStyle m_style = ParameterStyle::None;
    QList<JobParameterGroup> m_groups;
    QStringList m_taskKeys;
    QStringList m_selectedTasks;
    bool m_hasPipelineTasks = false;
    bool m_fullRefresh = false;
    QString m_idempotencyToken;
};

} // namespace brickdesk
