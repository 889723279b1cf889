#pragma once

#include "core/emulator/emulatorarea.h"
#include "core/emulator/httpmessage.h"
#include "core/emulator/jobrunjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <functional>
#include <variant>

namespace brickdesk::emulator {

class EmulatorClock;
class JobRunLifecycle;
class JobRunsStore;
class JobsApi;
class JobsStore;
class Router;
struct Job;
struct JobRun;
struct TaskRun;

// /api/2.x/jobs/run-now and /api/2.x/jobs/runs/*: submit, list, get,
// get-output, cancel, cancel-all, delete and repair, on 2.0, 2.1 and 2.2.
// Runs move on the JobRunLifecycle; missing jobs are answered as JobsApi's
// knob says, missing runs with 400 INVALID_PARAMETER_VALUE "Run <id> does
// not exist.".
class JobRunsApi : public EmulatorArea
{
public:
    static constexpr int kDefaultLimit = 20;
    // runs/list limit: the spec says "less than 25"; a 2022 server allowed
    // 26 ("Invalid limit 27 - it has to be no more than 26."). The emulator
    // allows 25 on 2.1/2.2 and words its error the same way. 2.0: 1000.
    static constexpr int kMaxLimit = 25;
    static constexpr int kMaxLimit20 = 1000;
    static constexpr int kMaxIdempotencyToken = 64;

    JobRunsApi(JobsStore &jobs, JobRunsStore &runs, JobRunLifecycle &lifecycle, JobsApi &jobsApi,
               EmulatorClock &clock, const QString &userName, const QString &workspaceId,
               std::function<QUrl()> baseUrl);
    void registerRoutes(Router &router) override;
    void seed(const SeedContext &context) override;

    // runs/list with both active_only and completed_only: a real server
    // accepted it despite the docs; true answers 400 as documented.
    void setRejectActiveAndCompleted(bool reject) { m_rejectActiveAndCompleted = reject; }

    HttpResponse runNow(const HttpRequest &request);
    HttpResponse submit(const HttpRequest &request);
    HttpResponse list(const HttpRequest &request);
    HttpResponse get(const HttpRequest &request);
    HttpResponse getOutput(const HttpRequest &request);
    HttpResponse cancel(const HttpRequest &request);
    HttpResponse cancelAll(const HttpRequest &request);
    HttpResponse remove(const HttpRequest &request);
    HttpResponse repair(const HttpRequest &request);

    // The job's `parameters` definitions with run-now's `job_parameters`
    // values: [{name, default, value}].
    static QJsonArray resolveParameters(const Job &job, const QJsonObject &values);
    // The legacy notebook_params, python_params, ... of a request body.
    static QJsonObject legacyParameters(const QJsonObject &body);
    // run-now's `only`: the selected task keys, "+key" adding its upstream
    // and "key+" its downstream tasks. Error message on an unknown key.
    static std::variant<QStringList, QString> selectTasks(const QJsonArray &tasks,
                                                          const QJsonArray &only);
    // `keys` and every task downstream of them.
    static QStringList withDownstream(const QJsonArray &tasks, const QStringList &keys);

private:
    RunJson::Links links(const HttpRequest &request) const;
    HttpResponse missingRun(qint64 runId) const;
    // The body's run_id: a run (or, with `taskRuns`, a task run's run), or the error.
    std::variant<JobRun *, HttpResponse> targetRun(const QJsonValue &runId) const;

    JobsStore &m_jobs;
    JobRunsStore &m_runs;
    JobRunLifecycle &m_lifecycle;
    JobsApi &m_jobsApi;
    EmulatorClock &m_clock;
    QString m_userName;
    QString m_workspaceId;
    std::function<QUrl()> m_baseUrl;
    bool m_rejectActiveAndCompleted = false;
};

} // namespace brickdesk::emulator
