#include "core/emulator/jobrunsapi.h"

#include "core/emulator/apierrors.h"
#include "core/emulator/demoseed.h"
#include "core/emulator/emulatorclock.h"
#include "core/emulator/jobrunlifecycle.h"
#include "core/emulator/jobrunsstore.h"
#include "core/emulator/jobsapi.h"
#include "core/emulator/jobsstore.h"
#include "core/emulator/pagetoken.h"
#include "core/emulator/router.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

constexpr QLatin1StringView kLegacyParameters[] = {
    "notebook_params"_L1,     "jar_params"_L1, "python_params"_L1, "python_named_params"_L1,
    "spark_submit_params"_L1, "sql_params"_L1, "dbt_commands"_L1,  "pipeline_params"_L1};

constexpr QLatin1StringView kTaskTypes[] = {
    "notebook_task"_L1,     "spark_python_task"_L1, "spark_jar_task"_L1, "spark_submit_task"_L1,
    "python_wheel_task"_L1, "sql_task"_L1,          "pipeline_task"_L1,  "run_job_task"_L1,
    "dbt_task"_L1,          "for_each_task"_L1,     "condition_task"_L1};

bool isTrue(const HttpRequest &request, const QString &key)
{
    return request.queryValue(key) == "true"_L1;
}

QStringList upstreamOf(const QJsonObject &task)
{
    QStringList keys;
    for (const QJsonValue &dep : task.value("depends_on"_L1).toArray())
        keys.append(dep.toObject().value("task_key"_L1).toString());
    return keys;
}

QJsonObject taskByKey(const QJsonArray &tasks, const QString &key)
{
    for (const QJsonValue &task : tasks)
        if (task.toObject().value("task_key"_L1).toString() == key)
            return task.toObject();
    return {};
}

QStringList withUpstream(const QJsonArray &tasks, const QString &key)
{
    QStringList out{key};
    for (qsizetype i = 0; i < out.size(); ++i)
        for (const QString &upstream : upstreamOf(taskByKey(tasks, out.at(i))))
            if (!out.contains(upstream))
                out.append(upstream);
    return out;
}

// Legacy run-now parameters apply to the tasks they are for: notebook_params
// over a notebook task's base_parameters, python_params as a python task's
// parameters.
QJsonArray applyLegacyParameters(QJsonArray tasks, const QJsonObject &legacy)
{
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        QJsonObject task = tasks.at(i).toObject();
        if (legacy.contains("notebook_params"_L1) && task.contains("notebook_task"_L1)) {
            QJsonObject notebook = task.value("notebook_task"_L1).toObject();
            QJsonObject base = notebook.value("base_parameters"_L1).toObject();
            const QJsonObject params = legacy.value("notebook_params"_L1).toObject();
            for (auto it = params.begin(); it != params.end(); ++it)
                base.insert(it.key(), it.value());
            notebook.insert("base_parameters"_L1, base);
            task.insert("notebook_task"_L1, notebook);
        }
        if (legacy.contains("python_params"_L1) && task.contains("spark_python_task"_L1)) {
            QJsonObject python = task.value("spark_python_task"_L1).toObject();
            python.insert("parameters"_L1, legacy.value("python_params"_L1));
            task.insert("spark_python_task"_L1, python);
        }
        tasks.replace(i, task);
    }
    return tasks;
}

QJsonArray onlyTasks(const QJsonArray &tasks, const QStringList &keys)
{
    QJsonArray out;
    for (const QJsonValue &task : tasks)
        if (keys.contains(task.toObject().value("task_key"_L1).toString()))
            out.append(task);
    return out;
}

// 2.0's single-task format: the task's fields at the top of the request.
QJsonArray singleTaskFormat(const QJsonObject &body)
{
    QJsonObject task{{"task_key"_L1, u"default"_s}};
    bool any = false;
    for (const auto type : kTaskTypes) {
        if (body.contains(type)) {
            task.insert(type, body.value(type));
            any = true;
        }
    }
    for (const auto key : {"new_cluster"_L1, "existing_cluster_id"_L1, "libraries"_L1})
        if (body.contains(key))
            task.insert(key, body.value(key));
    return any ? QJsonArray{task} : QJsonArray{};
}

std::optional<int> parseLimit(const HttpRequest &request, int max, HttpResponse *error)
{
    if (!request.hasQuery(u"limit"_s))
        return JobRunsApi::kDefaultLimit;
    bool ok = false;
    const QString raw = request.queryValue(u"limit"_s);
    const int limit = raw.toInt(&ok);
    if (!ok) {
        *error = invalidParameter(u"Invalid limit %1 - it has to be a number."_s.arg(raw));
        return std::nullopt;
    }
    if (limit < 0) {
        *error = invalidParameter(u"Invalid limit %1 - it has to be non-negative."_s.arg(limit));
        return std::nullopt;
    }
    if (limit > max) {
        *error = invalidParameter(
            u"Invalid limit %1 - it has to be no more than %2."_s.arg(limit).arg(max));
        return std::nullopt;
    }
    return limit == 0 ? max : limit; // 0 = the service maximum
}

std::optional<qint64> queryTime(const HttpRequest &request, const QString &key, bool *ok)
{
    if (!request.hasQuery(key))
        return std::nullopt;
    const qint64 value = request.queryValue(key).toLongLong(ok);
    return value;
}

} // namespace

JobRunsApi::JobRunsApi(JobsStore &jobs, JobRunsStore &runs, JobRunLifecycle &lifecycle,
                       JobsApi &jobsApi, EmulatorClock &clock, const QString &userName,
                       const QString &workspaceId, std::function<QUrl()> baseUrl)
    : m_jobs(jobs)
    , m_runs(runs)
    , m_lifecycle(lifecycle)
    , m_jobsApi(jobsApi)
    , m_clock(clock)
    , m_userName(userName)
    , m_workspaceId(workspaceId)
    , m_baseUrl(std::move(baseUrl))
{}

void JobRunsApi::registerRoutes(Router &router)
{
    for (const auto version : {"2.0"_L1, "2.1"_L1, "2.2"_L1}) {
        const QString base = "/api/"_L1 + version + "/jobs/"_L1;
        router.route("POST", base + "run-now"_L1,
                     [this](const HttpRequest &r) { return runNow(r); });
        router.route("POST", base + "runs/submit"_L1,
                     [this](const HttpRequest &r) { return submit(r); });
        router.route("GET", base + "runs/list"_L1,
                     [this](const HttpRequest &r) { return list(r); });
        router.route("GET", base + "runs/get"_L1, [this](const HttpRequest &r) { return get(r); });
        router.route("GET", base + "runs/get-output"_L1,
                     [this](const HttpRequest &r) { return getOutput(r); });
        router.route("POST", base + "runs/cancel"_L1,
                     [this](const HttpRequest &r) { return cancel(r); });
        router.route("POST", base + "runs/cancel-all"_L1,
                     [this](const HttpRequest &r) { return cancelAll(r); });
        router.route("POST", base + "runs/delete"_L1,
                     [this](const HttpRequest &r) { return remove(r); });
        router.route("POST", base + "runs/repair"_L1,
                     [this](const HttpRequest &r) { return repair(r); });
    }
}

void JobRunsApi::seed(const SeedContext &context)
{
    // After JobsApi::seed: the runs are of the jobs just seeded.
    m_runs.clear();
    m_lifecycle.clearTaskScripts();
    DemoSeed::seedJobRuns(m_jobs, m_runs, m_lifecycle, context.userName, m_clock.now(),
                          context.demo());
    m_lifecycle.resume();
}

RunJson::Links JobRunsApi::links(const HttpRequest &request) const
{
    // The emulator's own address (plain http on loopback), as the client
    // reached it, so the link opens where the runs are.
    const QString host = QString::fromUtf8(request.header("Host"));
    QString base = host.isEmpty() ? m_baseUrl().toString() : "http://"_L1 + host;
    while (base.endsWith(u'/'))
        base.chop(1);
    return RunJson::Links{base, m_workspaceId};
}

HttpResponse JobRunsApi::missingRun(qint64 runId) const
{
    return invalidParameter(u"Run %1 does not exist."_s.arg(runId));
}

std::variant<JobRun *, HttpResponse> JobRunsApi::targetRun(const QJsonValue &runId) const
{
    if (runId.isUndefined() || runId.isNull() || (runId.isString() && runId.toString().isEmpty()))
        return invalidParameter(u"Missing required field: run_id"_s);
    const auto id = JobsApi::idValue(runId);
    if (!id)
        return invalidParameter(u"Invalid run_id: %1"_s.arg(runId.toVariant().toString()));
    JobRun *run = m_runs.find(*id);
    if (!run)
        return missingRun(*id);
    return run;
}

QJsonArray JobRunsApi::resolveParameters(const Job &job, const QJsonObject &values)
{
    QJsonArray out;
    QSet<QString> defined;
    for (const QJsonValue &value : job.settings.value("parameters"_L1).toArray()) {
        const QJsonObject definition = value.toObject();
        const QString name = definition.value("name"_L1).toString();
        defined.insert(name);
        QJsonObject parameter{{"name"_L1, name}};
        if (definition.contains("default"_L1))
            parameter.insert("default"_L1, definition.value("default"_L1));
        parameter.insert("value"_L1, values.contains(name) ? values.value(name)
                                                           : definition.value("default"_L1));
        out.append(parameter);
    }
    for (auto it = values.begin(); it != values.end(); ++it)
        if (!defined.contains(it.key()))
            out.append(QJsonObject{{"name"_L1, it.key()}, {"value"_L1, it.value()}});
    return out;
}

QJsonObject JobRunsApi::legacyParameters(const QJsonObject &body)
{
    QJsonObject out;
    for (const auto key : kLegacyParameters)
        if (body.contains(key))
            out.insert(key, body.value(key));
    return out;
}

QStringList JobRunsApi::withDownstream(const QJsonArray &tasks, const QStringList &keys)
{
    QStringList out = keys;
    bool grew = true;
    while (grew) {
        grew = false;
        for (const QJsonValue &value : tasks) {
            const QJsonObject task = value.toObject();
            const QString key = task.value("task_key"_L1).toString();
            if (out.contains(key))
                continue;
            const QStringList upstream = upstreamOf(task);
            if (std::any_of(upstream.cbegin(), upstream.cend(),
                            [&out](const QString &u) { return out.contains(u); })) {
                out.append(key);
                grew = true;
            }
        }
    }
    return out;
}

std::variant<QStringList, QString> JobRunsApi::selectTasks(const QJsonArray &tasks,
                                                           const QJsonArray &only)
{
    QStringList selected;
    for (const QJsonValue &value : only) {
        QString key = value.toString();
        const bool upstream = key.startsWith(u'+');
        const bool downstream = key.endsWith(u'+') && key.size() > 1;
        if (upstream)
            key.remove(0, 1);
        if (downstream)
            key.chop(1);
        if (taskByKey(tasks, key).isEmpty())
            return u"Task %1 is not defined in the job."_s.arg(key);
        QStringList add{key};
        if (upstream)
            add = withUpstream(tasks, key);
        if (downstream)
            add = withDownstream(tasks, add);
        for (const QString &k : add)
            if (!selected.contains(k))
                selected.append(k);
    }
    return selected;
}

HttpResponse JobRunsApi::runNow(const HttpRequest &request)
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const auto target = m_jobsApi.targetJob(body->value("job_id"_L1));
    if (const auto *failure = std::get_if<HttpResponse>(&target))
        return *failure;
    const Job &job = *std::get<Job *>(target);

    const QString token = body->value("idempotency_token"_L1).toString();
    if (token.size() > kMaxIdempotencyToken)
        return invalidParameter(
            u"idempotency_token must be at most %1 characters long."_s.arg(kMaxIdempotencyToken));
    if (!token.isEmpty()) {
        // The same token answers the run it started instead of a new one.
        if (const qint64 existing = m_runs.runForToken(token)) {
            const JobRun *run = m_runs.find(existing);
            if (!run)
                return invalidState(
                    u"The run started with idempotency token %1 has been deleted."_s.arg(token));
            return HttpResponse::json(
                QJsonObject{{"run_id"_L1, QJsonValue(run->runId)},
                            {"number_in_job"_L1, QJsonValue(run->numberInJob)}});
        }
    }

    QJsonArray tasks = job.settings.value("tasks"_L1).toArray();
    if (body->contains("only"_L1)) {
        const auto selected = selectTasks(tasks, body->value("only"_L1).toArray());
        if (const auto *error = std::get_if<QString>(&selected))
            return invalidParameter(*error);
        tasks = onlyTasks(tasks, std::get<QStringList>(selected));
    }
    const QJsonObject legacy = legacyParameters(*body);
    JobRunLifecycle::StartRequest start;
    start.jobId = job.jobId;
    start.runName = job.settings.value("name"_L1).toString();
    start.creatorUserName = m_userName;
    start.tasks = applyLegacyParameters(tasks, legacy);
    start.jobClusters = job.settings.value("job_clusters"_L1).toArray();
    start.jobParameters = resolveParameters(job, body->value("job_parameters"_L1).toObject());
    start.overridingParameters = legacy;
    const QJsonObject queue = body->contains("queue"_L1)
                                  ? body->value("queue"_L1).toObject()
                                  : job.settings.value("queue"_L1).toObject();
    start.queueEnabled = queue.value("enabled"_L1).toBool();
    start.maxConcurrentRuns = int(job.settings.value("max_concurrent_runs"_L1).toInteger(1));
    start.idempotencyToken = token;
    const qint64 runId = m_lifecycle.start(start);
    const JobRun *run = m_runs.find(runId);
    return HttpResponse::json(QJsonObject{{"run_id"_L1, QJsonValue(runId)},
                                          {"number_in_job"_L1, QJsonValue(run->numberInJob)}});
}

HttpResponse JobRunsApi::submit(const HttpRequest &request)
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const QString token = body->value("idempotency_token"_L1).toString();
    if (token.size() > kMaxIdempotencyToken)
        return invalidParameter(
            u"idempotency_token must be at most %1 characters long."_s.arg(kMaxIdempotencyToken));
    if (!token.isEmpty()) {
        if (const qint64 existing = m_runs.runForToken(token)) {
            if (!m_runs.find(existing))
                return invalidState(
                    u"The run started with idempotency token %1 has been deleted."_s.arg(token));
            return HttpResponse::json(QJsonObject{{"run_id"_L1, QJsonValue(existing)}});
        }
    }
    QJsonArray tasks = body->value("tasks"_L1).toArray();
    if (tasks.isEmpty())
        tasks = singleTaskFormat(*body);
    if (tasks.isEmpty())
        return invalidParameter(u"At least one task must be specified."_s);
    if (const auto error = JobsApi::validateTasks(QJsonObject{{"tasks"_L1, tasks}}))
        return invalidParameter(*error);
    for (const QJsonValue &value : tasks) {
        const QJsonObject task = value.toObject();
        // JVM tasks need classic compute; notebooks and python can run serverless.
        const bool needsCluster =
            task.contains("spark_jar_task"_L1) || task.contains("spark_submit_task"_L1);
        const bool hasCluster = task.contains("job_cluster_key"_L1) ||
                                task.contains("new_cluster"_L1) ||
                                task.contains("existing_cluster_id"_L1);
        if (needsCluster && !hasCluster)
            return invalidParameter(u"One of job_cluster_key, new_cluster, or existing_cluster_id "
                                    "must be specified."_s);
    }
    JobRunLifecycle::StartRequest start;
    start.runName = body->value("run_name"_L1).toString(u"Untitled"_s);
    start.runType = u"SUBMIT_RUN"_s;
    start.creatorUserName = m_userName;
    start.tasks = tasks;
    start.jobClusters = body->value("job_clusters"_L1).toArray();
    start.queueEnabled = body->value("queue"_L1).toObject().value("enabled"_L1).toBool();
    start.idempotencyToken = token;
    return HttpResponse::json(QJsonObject{{"run_id"_L1, QJsonValue(m_lifecycle.start(start))}});
}

HttpResponse JobRunsApi::list(const HttpRequest &request)
{
    const bool v20 = JobsApi::version(request) == "2.0"_L1;
    HttpResponse error;
    const auto limit = parseLimit(request, v20 ? kMaxLimit20 : kMaxLimit, &error);
    if (!limit)
        return error;
    const auto start = PageToken::offsetOrLegacy(request);
    if (const auto *failure = std::get_if<HttpResponse>(&start))
        return *failure;
    const qint64 offset = std::get<qint64>(start);
    std::optional<qint64> jobId;
    if (request.hasQuery(u"job_id"_s)) {
        const auto target = m_jobsApi.targetJob(QJsonValue(request.queryValue(u"job_id"_s)));
        if (const auto *failure = std::get_if<HttpResponse>(&target))
            return *failure;
        jobId = std::get<Job *>(target)->jobId;
    }
    const bool activeOnly = isTrue(request, u"active_only"_s);
    const bool completedOnly = isTrue(request, u"completed_only"_s);
    if (activeOnly && completedOnly && m_rejectActiveAndCompleted)
        return invalidParameter(u"active_only and completed_only cannot both be true."_s);
    const QString runType = request.queryValue(u"run_type"_s);
    if (!runType.isEmpty() && runType != "JOB_RUN"_L1 && runType != "WORKFLOW_RUN"_L1 &&
        runType != "SUBMIT_RUN"_L1)
        return invalidParameter(u"Invalid run_type: %1"_s.arg(runType));
    bool fromOk = true, toOk = true;
    const auto from = queryTime(request, u"start_time_from"_s, &fromOk);
    const auto to = queryTime(request, u"start_time_to"_s, &toOk);
    if (!fromOk || !toOk)
        return invalidParameter(u"start_time_from and start_time_to are epoch milliseconds."_s);
    const bool expandTasks = isTrue(request, u"expand_tasks"_s);

    QList<const JobRun *> matching;
    for (const JobRun *run : jobId ? m_runs.runsOfJobNewestFirst(*jobId) : m_runs.runs()) {
        if (activeOnly && !run->state.isActive())
            continue;
        if (completedOnly && run->state.isActive())
            continue;
        if (!runType.isEmpty() && run->runType != runType)
            continue;
        if ((from && run->startTime < *from) || (to && run->startTime > *to))
            continue;
        matching.append(run);
    }
    const RunJson::Links runLinks = links(request);
    QJsonArray runs;
    const qint64 end = std::min<qint64>(offset + *limit, matching.size());
    for (qint64 i = offset; i < end; ++i)
        runs.append(RunJson::run(*matching.at(i), runLinks, expandTasks, 0, RunJson::kArrayPage));
    QJsonObject body;
    if (!runs.isEmpty())
        body.insert("runs"_L1, runs);
    if (end < matching.size()) {
        body.insert("has_more"_L1, true);
        body.insert("next_page_token"_L1, PageToken::encode(end));
    }
    if (offset > 0 && !runs.isEmpty())
        body.insert("prev_page_token"_L1, PageToken::encode(std::max<qint64>(0, offset - *limit)));
    return HttpResponse::json(body);
}

HttpResponse JobRunsApi::get(const HttpRequest &request)
{
    const QJsonValue id = request.hasQuery(u"run_id"_s)
                              ? QJsonValue(request.queryValue(u"run_id"_s))
                              : QJsonValue(QJsonValue::Undefined);
    const bool paged = JobsApi::version(request) == "2.2"_L1;
    const auto decoded = PageToken::offset(request);
    if (const auto *failure = std::get_if<HttpResponse>(&decoded))
        return *failure;
    const qint64 offset = paged ? std::get<qint64>(decoded) : 0;
    const qint64 limit = paged ? RunJson::kArrayPage : -1;
    const bool history = isTrue(request, u"include_history"_s);
    const RunJson::Links runLinks = links(request);

    const auto target = targetRun(id);
    if (const auto *failure = std::get_if<HttpResponse>(&target)) {
        // A task run id answers that task run (a for-each task's with its
        // iterations).
        const auto taskRunId = JobsApi::idValue(id);
        const TaskRun *task = taskRunId ? m_runs.findTask(*taskRunId) : nullptr;
        if (!task)
            return *failure;
        const JobRun *run = m_runs.runOfTask(*taskRunId);
        QJsonObject body = RunJson::taskAsRun(*task, *run, runLinks, offset, limit);
        if (paged && task->iterations.size() > offset + limit)
            body.insert("next_page_token"_L1, PageToken::encode(offset + limit));
        return HttpResponse::json(body);
    }
    const JobRun &run = *std::get<JobRun *>(target);
    QJsonObject body = RunJson::run(run, runLinks, true, offset, limit, history);
    body.remove("has_more"_L1); // a listing's flag; get pages on next_page_token
    if (paged && RunJson::hasMoreThan(run, offset + limit, history))
        body.insert("next_page_token"_L1, PageToken::encode(offset + limit));
    return HttpResponse::json(body);
}

HttpResponse JobRunsApi::getOutput(const HttpRequest &request)
{
    const QJsonValue id = request.hasQuery(u"run_id"_s)
                              ? QJsonValue(request.queryValue(u"run_id"_s))
                              : QJsonValue(QJsonValue::Undefined);
    const auto taskRunId = JobsApi::idValue(id);
    if (taskRunId) {
        if (const TaskRun *task = m_runs.findTask(*taskRunId))
            return HttpResponse::json(
                RunJson::output(*task, *m_runs.runOfTask(*taskRunId), links(request)));
    }
    const auto target = targetRun(id);
    if (const auto *failure = std::get_if<HttpResponse>(&target))
        return *failure;
    const JobRun &run = *std::get<JobRun *>(target);
    // 2.0 still answers for a single-task run; 2.1+ wants the task run id
    // even then.
    if (JobsApi::version(request) == "2.0"_L1 && run.tasks.size() == 1)
        return HttpResponse::json(RunJson::output(run.tasks.first(), run, links(request)));
    return invalidParameter(u"Retrieving the output of runs with multiple tasks is not supported. "
                            "Please retrieve the output of each individual task run instead."_s);
}

HttpResponse JobRunsApi::cancel(const HttpRequest &request)
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const auto target = targetRun(body->value("run_id"_L1));
    if (const auto *failure = std::get_if<HttpResponse>(&target))
        return *failure;
    // Asynchronous; a finished run keeps its outcome.
    m_lifecycle.cancel(std::get<JobRun *>(target)->runId);
    return HttpResponse::json({});
}

HttpResponse JobRunsApi::cancelAll(const HttpRequest &request)
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const bool allQueued = body->value("all_queued_runs"_L1).toBool();
    std::optional<qint64> jobId;
    if (body->contains("job_id"_L1)) {
        const auto target = m_jobsApi.targetJob(body->value("job_id"_L1));
        if (const auto *failure = std::get_if<HttpResponse>(&target))
            return *failure;
        jobId = std::get<Job *>(target)->jobId;
    } else if (!allQueued) {
        return invalidParameter(u"Either job_id or all_queued_runs must be specified."_s);
    }
    QList<qint64> toCancel;
    for (const JobRun *run : m_runs.runs()) {
        if (!run->state.isActive())
            continue;
        // With a job: all its active runs. all_queued_runs alone: every
        // queued run of the workspace.
        if (jobId ? run->jobId == *jobId : run->state.lifeCycle == LifeCycle::Queued)
            toCancel.append(run->runId);
    }
    for (const qint64 id : toCancel)
        m_lifecycle.cancel(id);
    return HttpResponse::json({});
}

HttpResponse JobRunsApi::remove(const HttpRequest &request)
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const auto target = targetRun(body->value("run_id"_L1));
    if (const auto *failure = std::get_if<HttpResponse>(&target))
        return *failure;
    const JobRun *run = std::get<JobRun *>(target);
    if (run->state.isActive())
        return invalidState(
            u"Run %1 is active and cannot be deleted. Cancel it first."_s.arg(run->runId));
    m_lifecycle.forget(run->runId);
    m_runs.remove(run->runId);
    return HttpResponse::json({});
}

HttpResponse JobRunsApi::repair(const HttpRequest &request)
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const auto target = targetRun(body->value("run_id"_L1));
    if (const auto *failure = std::get_if<HttpResponse>(&target))
        return *failure;
    JobRun &run = *std::get<JobRun *>(target);

    const QJsonArray rerunTasks = body->value("rerun_tasks"_L1).toArray();
    const bool allFailed = body->value("rerun_all_failed_tasks"_L1).toBool();
    if (rerunTasks.isEmpty() == !allFailed)
        return invalidParameter(
            u"Exactly one of rerun_tasks or rerun_all_failed_tasks must be specified."_s);
    QStringList keys;
    for (const QJsonValue &value : rerunTasks) {
        const QString key = value.toString();
        if (keys.contains(key))
            return invalidParameter(u"rerun_tasks cannot contain duplicate task keys."_s);
        if (!run.task(key))
            return invalidParameter(u"Task %1 is not part of run %2."_s.arg(key).arg(run.runId));
        keys.append(key);
    }
    if (run.state.isActive())
        return invalidState(
            u"Run %1 is still active. Only finished runs can be repaired."_s.arg(run.runId));
    const qint64 latest = run.history.size() > 1 ? run.history.last().repairId : 0;
    if (latest != 0 && !body->contains("latest_repair_id"_L1))
        return invalidParameter(
            u"The latest repair ID needs to be provided in order to create a new repair"_s);
    if (body->contains("latest_repair_id"_L1)) {
        const auto given = JobsApi::idValue(body->value("latest_repair_id"_L1));
        if (!given || *given != latest)
            return invalidParameter(
                u"The latest repair ID %1 does not match the run's latest repair ID %2."_s
                    .arg(body->value("latest_repair_id"_L1).toVariant().toString())
                    .arg(latest));
    }
    if (allFailed) {
        for (const TaskRun &task : run.tasks) {
            const QString result = task.state.resultState;
            if (result != "SUCCESS"_L1 && result != "EXCLUDED"_L1)
                keys.append(task.taskKey);
        }
        if (keys.isEmpty())
            return invalidParameter(u"Run %1 has no failed tasks to repair."_s.arg(run.runId));
    }
    QJsonArray runTasks;
    for (const TaskRun &task : run.tasks)
        runTasks.append(task.settings);
    if (body->value("rerun_dependent_tasks"_L1).toBool())
        keys = withDownstream(runTasks, keys);

    // Parameters are not carried over from the original run: what the
    // repair sends (or the job's defaults) applies.
    std::optional<QJsonArray> parameters;
    if (const Job *job = m_jobs.find(run.jobId))
        parameters = resolveParameters(*job, body->value("job_parameters"_L1).toObject());
    const QJsonObject legacy = legacyParameters(*body);
    const qint64 repairId = m_lifecycle.repair(run.runId, keys, parameters, legacy);
    return HttpResponse::json(QJsonObject{{"repair_id"_L1, QJsonValue(repairId)}});
}

} // namespace brickdesk::emulator
