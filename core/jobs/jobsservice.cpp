#include "core/jobs/jobsservice.h"

#include "core/net/apiclient.h"
#include "core/net/jsonids.h"
#include "core/net/pager.h"
#include "core/net/replyhandlers.h"

#include <QJsonArray>

#include <memory>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

const QString kBase = u"/api/2.2/jobs/"_s;

QJsonObject jobIdBody(qint64 jobId)
{
    // Written from qint64, the id stays exact above 2^53.
    return {{u"job_id"_s, QJsonValue(jobId)}};
}

QJsonObject runIdBody(qint64 runId)
{
    return {{u"run_id"_s, QJsonValue(runId)}};
}

} // namespace

JobSummary JobSummary::fromJson(const QJsonObject &json)
{
    JobSummary job;
    job.jobId = jsonId(json, "job_id"_L1);
    job.settings = json.value("settings"_L1).toObject();
    job.name = job.settings.value("name"_L1).toString();
    return job;
}

JobsService::JobsService(ApiClient *client)
    : m_client(client)
{}

ApiRequest JobsService::jobsListRequest()
{
    return ApiRequest::get(kBase + "list"_L1).query(u"expand_tasks"_s, true);
}

ApiRequest JobsService::runsListRequest(qint64 jobId)
{
    ApiRequest request = ApiRequest::get(kBase + "runs/list"_L1);
    if (jobId != 0)
        request.query(u"job_id"_s, jobId);
    return request;
}

ApiRequest JobsService::runGetRequest(qint64 runId)
{
    return ApiRequest::get(kBase + "runs/get"_L1).query(u"run_id"_s, runId);
}

Pager *JobsService::listAllJobs(QObject *context, JobsPage onPage, Done done) const
{
    if (!m_client)
        return nullptr;
    return Pager::fetchAll(
        m_client, jobsListRequest(), Pager::Style::PageToken, kJobsPageLimit, context,
        [onPage = std::move(onPage)](const QJsonObject &page) {
            QList<JobSummary> jobs;
            // "jobs" is left out when there are none.
            for (const QJsonValue &value : page.value("jobs"_L1).toArray())
                jobs.append(JobSummary::fromJson(value.toObject()));
            if (onPage)
                onPage(jobs);
        },
        std::move(done));
}

QJsonObject JobsService::listedRun(QJsonObject run)
{
    for (const auto field : {"tasks"_L1, "iterations"_L1, "next_page_token"_L1, "has_more"_L1,
                             "job_clusters"_L1, "repair_history"_L1})
        run.remove(field);
    return run;
}

void JobsService::mergeArrayPage(QJsonObject &merged, const QJsonObject &page,
                                 const QString &container, const QStringList &arrays)
{
    QJsonObject target = container.isEmpty() ? merged : merged.value(container).toObject();
    const QJsonObject source = container.isEmpty() ? page : page.value(container).toObject();
    for (const QString &name : arrays) {
        // Arrays already exhausted come back empty (or absent) on later pages.
        const QJsonArray more = source.value(name).toArray();
        if (more.isEmpty())
            continue;
        QJsonArray all = target.value(name).toArray();
        for (const QJsonValue &value : more)
            all.append(value);
        target.insert(name, all);
    }
    if (container.isEmpty())
        merged = target;
    else
        merged.insert(container, target);
}

void JobsService::fetchMerged(const ApiRequest &request, const QString &container,
                              const QStringList &arrays, QObject *context, ObjectDone done) const
{
    if (!m_client)
        return;
    // 2.2 caps these arrays at 100 elements per answer and sets a root
    // next_page_token while more exist; each later page carries only the
    // arrays' next elements.
    struct State
    {
        QJsonObject merged;
        bool first = true;
    };
    auto state = std::make_shared<State>();
    auto fetchPage = std::make_shared<std::function<void(const QString &)>>();
    QPointer<ApiClient> client = m_client;
    *fetchPage = [client, request, container, arrays, context, done, state,
                  weakFetch = std::weak_ptr(fetchPage)](const QString &token) {
        ApiRequest page = request;
        if (!token.isEmpty())
            page.query(u"page_token"_s, token);
        // The handler holds the chain while its page is on the way; once the
        // last page is in nothing holds it and it goes.
        client->send(page, context, [=, self = weakFetch.lock()](const ApiReply &reply) {
            if (!reply.ok()) {
                done(reply.optionalError(), {});
                return;
            }
            const QJsonObject json = reply.json();
            if (state->first) {
                state->merged = json;
                state->first = false;
            } else {
                mergeArrayPage(state->merged, json, container, arrays);
            }
            const QString next = json.value("next_page_token"_L1).toString();
            if (!next.isEmpty() && next != token && client) {
                (*self)(next);
                return;
            }
            state->merged.remove(u"next_page_token"_s);
            done(std::nullopt, state->merged);
        });
    };
    (*fetchPage)({});
}

void JobsService::getJob(qint64 jobId, QObject *context, ObjectDone done) const
{
    fetchMerged(ApiRequest::get(kBase + "get"_L1).query(u"job_id"_s, jobId), u"settings"_s,
                {u"tasks"_s, u"job_clusters"_s, u"parameters"_s, u"environments"_s}, context,
                std::move(done));
}

void JobsService::getRun(qint64 runId, bool includeHistory, QObject *context, ObjectDone done) const
{
    ApiRequest request = runGetRequest(runId);
    if (includeHistory)
        request.query(u"include_history"_s, true);
    // A for-each task's run pages its iterations the same way.
    fetchMerged(
        request, {},
        {u"tasks"_s, u"iterations"_s, u"job_clusters"_s, u"job_parameters"_s, u"repair_history"_s},
        context, std::move(done));
}

ApiCall *JobsService::getRunOutput(qint64 taskRunId, QObject *context, ObjectDone done) const
{
    return m_client->send(
        ApiRequest::get(kBase + "runs/get-output"_L1).query(u"run_id"_s, taskRunId), context,
        wholeObject(std::move(done)));
}

ApiCall *JobsService::post(const QString &path, const QJsonObject &body, bool idempotent,
                           QObject *context, ObjectDone done) const
{
    return m_client->send(ApiRequest::post(kBase + path, body).idempotent(idempotent), context,
                          wholeObject(std::move(done)));
}

ApiCall *JobsService::createJob(const QJsonObject &settings, QObject *context,
                                ObjectDone done) const
{
    // Not idempotent: a repeat after a lost answer would create a second job.
    return post(u"create"_s, settings, false, context, std::move(done));
}

ApiCall *JobsService::updateJob(qint64 jobId, const QJsonObject &newSettings,
                                const QStringList &fieldsToRemove, QObject *context,
                                Done done) const
{
    QJsonObject body = jobIdBody(jobId);
    body.insert(u"new_settings"_s, newSettings);
    if (!fieldsToRemove.isEmpty())
        body.insert(u"fields_to_remove"_s, QJsonArray::fromStringList(fieldsToRemove));
    // The same update applied twice gives the same settings.
    return m_client->send(ApiRequest::post(kBase + "update"_L1, body).idempotent(true), context,
                          noBody(std::move(done)));
}

ApiCall *JobsService::resetJob(qint64 jobId, const QJsonObject &settings, QObject *context,
                               Done done) const
{
    QJsonObject body = jobIdBody(jobId);
    body.insert(u"new_settings"_s, settings);
    return m_client->send(ApiRequest::post(kBase + "reset"_L1, body).idempotent(true), context,
                          noBody(std::move(done)));
}

ApiCall *JobsService::deleteJob(qint64 jobId, QObject *context, Done done) const
{
    return m_client->send(ApiRequest::post(kBase + "delete"_L1, jobIdBody(jobId)), context,
                          noBody(std::move(done)));
}

ApiCall *JobsService::runNow(const QJsonObject &body, QObject *context, ObjectDone done) const
{
    // The same idempotency_token returns the run the first call started, so
    // only then may a lost answer be retried.
    const bool idempotent = !body.value("idempotency_token"_L1).toString().isEmpty();
    return post(u"run-now"_s, body, idempotent, context, std::move(done));
}

ApiCall *JobsService::cancelRun(qint64 runId, QObject *context, Done done) const
{
    // Cancelling a finished run is a no-op, so a repeat is harmless.
    return m_client->send(ApiRequest::post(kBase + "runs/cancel"_L1, runIdBody(runId)).idempotent(),
                          context, noBody(std::move(done)));
}

ApiCall *JobsService::cancelAllRuns(qint64 jobId, QObject *context, Done done) const
{
    return m_client->send(
        ApiRequest::post(kBase + "runs/cancel-all"_L1, jobIdBody(jobId)).idempotent(), context,
        noBody(std::move(done)));
}

ApiCall *JobsService::deleteRun(qint64 runId, QObject *context, Done done) const
{
    return m_client->send(ApiRequest::post(kBase + "runs/delete"_L1, runIdBody(runId)), context,
                          noBody(std::move(done)));
}

ApiCall *JobsService::repairRun(const QJsonObject &body, QObject *context, ObjectDone done) const
{
    // A repeated repair would be a second repair: never retried blindly.
    return post(u"runs/repair"_s, body, false, context, std::move(done));
}

} // namespace brickdesk
