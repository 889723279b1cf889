#include "core/emulator/jobsapi.h"

#include "core/emulator/apierrors.h"
#include "core/emulator/demoseed.h"
#include "core/emulator/jobrunjson.h"
#include "core/emulator/jobrunlifecycle.h"
#include "core/emulator/jobrunsstore.h"
#include "core/emulator/jobsstore.h"
#include "core/emulator/pagetoken.h"
#include "core/emulator/router.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

// The arrays 2.2 jobs/get pages 100 at a time.
constexpr QLatin1StringView kPagedSettingsArrays[] = {"tasks"_L1, "job_clusters"_L1,
                                                      "parameters"_L1, "environments"_L1};

QJsonArray slice(const QJsonArray &array, qint64 offset, qint64 limit)
{
    QJsonArray out;
    const qint64 end = std::min<qint64>(array.size(), offset + limit);
    for (qint64 i = offset; i < end; ++i)
        out.append(array.at(i));
    return out;
}

// update merges these arrays by key instead of replacing them.
QLatin1StringView mergeKey(const QString &field)
{
    if (field == "tasks"_L1)
        return "task_key"_L1;
    if (field == "job_clusters"_L1)
        return "job_cluster_key"_L1;
    return {};
}

QJsonArray mergeByKey(const QJsonArray &current, const QJsonArray &changes, QLatin1StringView key)
{
    QJsonArray out = current;
    for (const QJsonValue &change : changes) {
        const QString name = change.toObject().value(key).toString();
        bool replaced = false;
        for (qsizetype i = 0; i < out.size(); ++i) {
            if (out.at(i).toObject().value(key).toString() == name) {
                out.replace(i, change);
                replaced = true;
                break;
            }
        }
        if (!replaced)
            out.append(change);
    }
    return out;
}

QJsonObject withDefaults(QJsonObject settings, bool queueByDefault)
{
    // What the service fills in for a job created without them.
    if (!settings.contains("name"_L1))
        settings.insert("name"_L1, u"Untitled"_s);
    if (!settings.contains("max_concurrent_runs"_L1))
        settings.insert("max_concurrent_runs"_L1, 1);
    if (!settings.contains("format"_L1))
        settings.insert("format"_L1, u"MULTI_TASK"_s);
    // Jobs created through 2.2 queue by default; 2.0/2.1-created ones do not.
    if (queueByDefault && !settings.contains("queue"_L1))
        settings.insert("queue"_L1, QJsonObject{{"enabled"_L1, true}});
    return settings;
}

} // namespace

JobsApi::JobsApi(JobsStore &store, JobRunsStore &runs, JobRunLifecycle &lifecycle,
                 const QString &userName)
    : m_store(store)
    , m_runs(runs)
    , m_lifecycle(lifecycle)
    , m_userName(userName)
{}

void JobsApi::registerRoutes(Router &router)
{
    for (const auto version : {"2.0"_L1, "2.1"_L1, "2.2"_L1}) {
        const QString base = "/api/"_L1 + version + "/jobs/"_L1;
        router.route("GET", base + "list"_L1, [this](const HttpRequest &r) { return list(r); });
        router.route("GET", base + "get"_L1, [this](const HttpRequest &r) { return get(r); });
        router.route("POST", base + "create"_L1,
                     [this](const HttpRequest &r) { return create(r); });
        router.route("POST", base + "update"_L1,
                     [this](const HttpRequest &r) { return update(r); });
        router.route("POST", base + "reset"_L1, [this](const HttpRequest &r) { return reset(r); });
        router.route("POST", base + "delete"_L1,
                     [this](const HttpRequest &r) { return remove(r); });
    }
}

void JobsApi::seed(const SeedContext &context)
{
    DemoSeed::seedJobs(m_store, context.userName, context.demo());
}

QString JobsApi::version(const HttpRequest &request)
{
    // "/api/2.1/jobs/..."
    return request.path.mid(5, 3);
}

std::optional<qint64> JobsApi::idValue(const QJsonValue &value)
{
    if (value.isDouble()) {
        // Qt keeps JSON integers as qint64; a fraction is no id.
        const qint64 id = value.toInteger(-1);
        if (id >= 0 && double(id) == std::floor(value.toDouble()))
            return id;
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 id = value.toString().toLongLong(&ok);
        if (ok && id >= 0)
            return id;
    }
    return std::nullopt;
}

HttpResponse JobsApi::missingJob(qint64 jobId) const
{
    const QString message = u"Job %1 does not exist."_s.arg(jobId);
    return m_missingJob == MissingJobStatus::ResourceDoesNotExist404 ? notFound(message)
                                                                     : invalidParameter(message);
}

std::variant<Job *, HttpResponse> JobsApi::targetJob(const QJsonValue &jobId) const
{
    if (jobId.isUndefined() || jobId.isNull() || (jobId.isString() && jobId.toString().isEmpty()))
        return invalidParameter(u"Missing required field: job_id"_s);
    const auto id = idValue(jobId);
    if (!id)
        return invalidParameter(u"Invalid job_id: %1"_s.arg(jobId.toVariant().toString()));
    Job *job = m_store.find(*id);
    if (!job)
        return missingJob(*id);
    return job;
}

std::optional<QString> JobsApi::validateTasks(const QJsonObject &settings)
{
    const QJsonArray tasks = settings.value("tasks"_L1).toArray();
    if (tasks.size() > kMaxTasks)
        return u"A job can have at most %1 tasks, got %2."_s.arg(kMaxTasks).arg(tasks.size());
    QSet<QString> keys;
    for (const QJsonValue &value : tasks) {
        const QString key = value.toObject().value("task_key"_L1).toString();
        if (key.isEmpty())
            return u"Task key must be specified for every task."_s;
        if (keys.contains(key))
            return u"Task key %1 is used by more than one task."_s.arg(key);
        keys.insert(key);
    }
    for (const QJsonValue &value : tasks) {
        const QJsonObject task = value.toObject();
        for (const QJsonValue &dep : task.value("depends_on"_L1).toArray()) {
            const QString upstream = dep.toObject().value("task_key"_L1).toString();
            if (!keys.contains(upstream))
                return u"Task %1 depends on task %2, which is not defined in the job."_s.arg(
                    task.value("task_key"_L1).toString(), upstream);
        }
    }
    return std::nullopt;
}

QJsonObject JobsApi::jobJson(const Job &job, bool expandTasks)
{
    QJsonObject settings = job.settings;
    bool hasMore = false;
    if (!expandTasks) {
        // BaseJob in a listing carries no task or cluster arrays unless expanded.
        settings.remove("tasks"_L1);
        settings.remove("job_clusters"_L1);
    } else {
        // Expanded listings show the first 100 of each; has_more tells the
        // client to get the job for the rest.
        for (const auto key : {"tasks"_L1, "job_clusters"_L1}) {
            const QJsonArray array = settings.value(key).toArray();
            if (array.size() > RunJson::kArrayPage) {
                settings.insert(key, slice(array, 0, RunJson::kArrayPage));
                hasMore = true;
            }
        }
    }
    QJsonObject out{{"job_id"_L1, QJsonValue(job.jobId)},
                    {"created_time"_L1, QJsonValue(job.createdTime)},
                    {"settings"_L1, settings}};
    if (!job.creatorUserName.isEmpty())
        out.insert("creator_user_name"_L1, job.creatorUserName);
    if (hasMore)
        out.insert("has_more"_L1, true);
    return out;
}

HttpResponse JobsApi::list(const HttpRequest &request) const
{
    int limit = kDefaultLimit;
    if (request.hasQuery(u"limit"_s)) {
        bool ok = false;
        const QString raw = request.queryValue(u"limit"_s);
        limit = raw.toInt(&ok);
        if (!ok)
            return invalidParameter(u"Invalid limit %1 - it has to be a number."_s.arg(raw));
        if (limit < 0)
            return invalidParameter(u"Invalid limit %1 - it has to be non-negative."_s.arg(limit));
        if (limit > kMaxLimit)
            return invalidParameter(
                u"Invalid limit %1 - it has to be no more than %2."_s.arg(limit).arg(kMaxLimit));
        if (limit == 0)
            limit = kMaxLimit; // 0 means "the service maximum"
    }
    const auto start = PageToken::offsetOrLegacy(request);
    if (const auto *failure = std::get_if<HttpResponse>(&start))
        return *failure;
    const qint64 offset = std::get<qint64>(start);
    // Only the deprecated offset has a ceiling; page tokens go on.
    if (!PageToken::isSent(request) && offset > kMaxOffset)
        return invalidParameter(
            u"The supplied offset %1 has exceeded the value of %2. Offset-based pagination "
            "is deprecated; use page_token to paginate through the remaining jobs."_s.arg(offset)
                .arg(kMaxOffset));
    const bool expandTasks = request.queryValue(u"expand_tasks"_s) == "true"_L1;
    const QString name = request.queryValue(u"name"_s);

    QList<const Job *> matching;
    for (const Job *job : m_store.jobs())
        if (name.isEmpty() ||
            job->settings.value("name"_L1).toString().compare(name, Qt::CaseInsensitive) == 0)
            matching.append(job);

    QJsonArray jobs;
    const qint64 end = std::min<qint64>(offset + limit, matching.size());
    for (qint64 i = offset; i < end; ++i)
        jobs.append(jobJson(*matching.at(i), expandTasks));

    QJsonObject body;
    if (!jobs.isEmpty())
        body.insert("jobs"_L1, jobs);
    if (end < matching.size()) {
        body.insert("has_more"_L1, true);
        body.insert("next_page_token"_L1, PageToken::encode(end));
    }
    if (offset > 0 && !jobs.isEmpty())
        body.insert("prev_page_token"_L1, PageToken::encode(std::max<qint64>(0, offset - limit)));
    return HttpResponse::json(body);
}

HttpResponse JobsApi::get(const HttpRequest &request) const
{
    const auto target =
        targetJob(request.hasQuery(u"job_id"_s) ? QJsonValue(request.queryValue(u"job_id"_s))
                                                : QJsonValue(QJsonValue::Undefined));
    if (const auto *failure = std::get_if<HttpResponse>(&target))
        return *failure;
    const Job *job = std::get<Job *>(target);
    QJsonObject body{{"job_id"_L1, QJsonValue(job->jobId)},
                     {"created_time"_L1, QJsonValue(job->createdTime)}};
    if (!job->creatorUserName.isEmpty()) {
        body.insert("creator_user_name"_L1, job->creatorUserName);
        body.insert("run_as_user_name"_L1, job->creatorUserName);
    }
    QJsonObject settings = job->settings;
    if (version(request) == "2.2"_L1) {
        // 2.2 answers at most 100 elements of each array and a root
        // next_page_token while any has more; later pages hold only what is
        // left (exhausted arrays come back empty).
        const auto decoded = PageToken::offset(request);
        if (const auto *failure = std::get_if<HttpResponse>(&decoded))
            return *failure;
        const qint64 offset = std::get<qint64>(decoded);
        bool more = false;
        for (const auto key : kPagedSettingsArrays) {
            if (!settings.contains(key))
                continue;
            const QJsonArray array = settings.value(key).toArray();
            const QJsonArray page = slice(array, offset, RunJson::kArrayPage);
            if (page.isEmpty())
                settings.remove(key);
            else
                settings.insert(key, page);
            more = more || array.size() > offset + RunJson::kArrayPage;
        }
        if (more)
            body.insert("next_page_token"_L1, PageToken::encode(offset + RunJson::kArrayPage));
    }
    body.insert("settings"_L1, settings);
    return HttpResponse::json(body);
}

HttpResponse JobsApi::create(const HttpRequest &request)
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    QJsonObject settings = *body;
    settings.remove("access_control_list"_L1);
    if (const auto error = validateTasks(settings))
        return invalidParameter(*error);
    const qint64 id =
        m_store.addJob(withDefaults(settings, version(request) == "2.2"_L1), m_userName);
    return HttpResponse::json(QJsonObject{{"job_id"_L1, QJsonValue(id)}});
}

HttpResponse JobsApi::update(const HttpRequest &request)
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const auto target = targetJob(body->value("job_id"_L1));
    if (const auto *failure = std::get_if<HttpResponse>(&target))
        return *failure;
    Job *job = std::get<Job *>(target);
    QJsonObject settings = job->settings;
    for (const QJsonValue &value : body->value("fields_to_remove"_L1).toArray()) {
        // "tags" removes a top-level field; "tasks/<key>" and
        // "job_clusters/<key>" remove one entry of those arrays.
        const QString field = value.toString();
        const qsizetype slash = field.indexOf(u'/');
        if (slash < 0) {
            settings.remove(field);
            continue;
        }
        const QString array = field.left(slash);
        const QString entry = field.mid(slash + 1);
        const QLatin1StringView key = mergeKey(array);
        if (key.isEmpty())
            return invalidParameter(u"Invalid field to remove: %1"_s.arg(field));
        QJsonArray items = settings.value(array).toArray();
        const qsizetype before = items.size();
        for (qsizetype i = items.size() - 1; i >= 0; --i)
            if (items.at(i).toObject().value(key).toString() == entry)
                items.removeAt(i);
        if (items.size() == before)
            return invalidParameter(u"Cannot remove %1: no such entry in the job."_s.arg(field));
        settings.insert(array, items);
    }
    const QJsonObject changes = body->value("new_settings"_L1).toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        // Top-level fields are replaced whole; only tasks and job_clusters
        // merge, by their keys.
        const QLatin1StringView key = mergeKey(it.key());
        if (!key.isEmpty())
            settings.insert(it.key(), mergeByKey(settings.value(it.key()).toArray(),
                                                 it.value().toArray(), key));
        else
            settings.insert(it.key(), it.value());
    }
    if (const auto error = validateTasks(settings))
        return invalidParameter(*error);
    job->settings = settings;
    return HttpResponse::json({});
}

HttpResponse JobsApi::reset(const HttpRequest &request)
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const auto target = targetJob(body->value("job_id"_L1));
    if (const auto *failure = std::get_if<HttpResponse>(&target))
        return *failure;
    if (!body->value("new_settings"_L1).isObject())
        return invalidParameter(u"Missing required field: new_settings"_s);
    QJsonObject settings = body->value("new_settings"_L1).toObject();
    if (const auto error = validateTasks(settings))
        return invalidParameter(*error);
    std::get<Job *>(target)->settings = withDefaults(settings, false);
    return HttpResponse::json({});
}

HttpResponse JobsApi::remove(const HttpRequest &request)
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const auto target = targetJob(body->value("job_id"_L1));
    if (const auto *failure = std::get_if<HttpResponse>(&target))
        return *failure;
    const qint64 jobId = std::get<Job *>(target)->jobId;
    // A deleted job's runs go with it.
    for (const JobRun *run : m_runs.runsOfJob(jobId))
        m_lifecycle.forget(run->runId);
    m_runs.removeRunsOfJob(jobId);
    m_store.remove(jobId);
    return HttpResponse::json({});
}

} // namespace brickdesk::emulator
