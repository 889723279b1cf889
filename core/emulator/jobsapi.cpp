#include "core/emulator/jobsapi.h"

#include "core/emulator/apierrors.h"
#include "core/emulator/demoseed.h"
#include "core/emulator/jobsstore.h"
#include "core/emulator/pagetoken.h"
#include "core/emulator/router.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

JobsApi::JobsApi(JobsStore &store)
    : m_store(store)
{}

void JobsApi::registerRoutes(Router &router)
{
    for (const auto version : {"2.0"_L1, "2.1"_L1, "2.2"_L1}) {
        const QString base = "/api/"_L1 + version + "/jobs/"_L1;
        router.route("GET", base + "list"_L1, [this](const HttpRequest &r) { return list(r); });
        router.route("GET", base + "get"_L1, [this](const HttpRequest &r) { return get(r); });
    }
}

void JobsApi::seed(const SeedContext &context)
{
    DemoSeed::seedJobs(m_store, context.userName, context.demo());
}

QJsonObject JobsApi::jobJson(const Job &job, bool expandTasks)
{
    QJsonObject settings = job.settings;
    if (!expandTasks) {
        // BaseJob in a listing carries no task or cluster arrays unless expanded.
        settings.remove("tasks"_L1);
        settings.remove("job_clusters"_L1);
    }
    QJsonObject out{{"job_id"_L1, QJsonValue(job.jobId)},
                    {"created_time"_L1, QJsonValue(job.createdTime)},
                    {"settings"_L1, settings}};
    if (!job.creatorUserName.isEmpty())
        out.insert("creator_user_name"_L1, job.creatorUserName);
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
    qint64 offset = 0;
    if (PageToken::isSent(request)) {
        const auto decoded = PageToken::offset(request);
        if (const auto *failure = std::get_if<HttpResponse>(&decoded))
            return *failure;
        offset = std::get<qint64>(decoded);
    } else if (request.hasQuery(u"offset"_s)) {
        bool ok = false;
        offset = request.queryValue(u"offset"_s).toLongLong(&ok);
        if (!ok || offset < 0)
            return invalidParameter(u"Invalid offset %1 - it has to be non-negative."_s.arg(
                request.queryValue(u"offset"_s)));
    }
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
    const QString raw = request.queryValue(u"job_id"_s);
    if (raw.isEmpty())
        return invalidParameter(u"Missing required field: job_id"_s);
    bool ok = false;
    const qint64 jobId = raw.toLongLong(&ok);
    if (!ok)
        return invalidParameter(u"Invalid job_id: %1"_s.arg(raw));
    const Job *job = m_store.find(jobId);
    if (!job)
        return invalidParameter(u"Job %1 does not exist."_s.arg(jobId));
    QJsonObject body = jobJson(*job, true);
    if (!job->creatorUserName.isEmpty())
        body.insert("run_as_user_name"_L1, job->creatorUserName);
    return HttpResponse::json(body);
}

} // namespace brickdesk::emulator
