#include "core/jobs/jobsservice.h"

#include "core/net/apiclient.h"
#include "core/net/jsonids.h"
#include "core/net/pager.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace brickdesk {

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

Pager *JobsService::listAllJobs(QObject *context, JobsPage onPage, Done done) const
{
    if (!m_client)
        return nullptr;
    // limit may be at most 100; the pager adds it to every page.
    return Pager::fetchAll(
        m_client, ApiRequest::get(u"/api/2.2/jobs/list"_s).query(u"expand_tasks"_s, true),
        Pager::Style::PageToken, 100, context,
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

} // namespace brickdesk
