#pragma once

#include "core/net/apierror.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace brickdesk {

class ApiClient;
class Pager;

// One job as jobs/list with expand_tasks answers it.
struct JobSummary
{
    qint64 jobId = 0; // above 2^53 on some workspaces: never through a double
    QString name;
    // The job's settings, tasks and job clusters included (the first 100 of
    // each; a job with more has has_more set in the listing).
    QJsonObject settings;

    static JobSummary fromJson(const QJsonObject &json);
};

// Typed calls of the Jobs API; the only place that knows its REST paths.
class JobsService
{
public:
    using Done = std::function<void(const std::optional<ApiError> &error)>;
    using JobsPage = std::function<void(const QList<JobSummary> &jobs)>;

    explicit JobsService(ApiClient *client);
    ApiClient *client() const { return m_client; }

    // Every job, page by page (100 a page, page tokens), tasks expanded.
    // `onPage` runs for each page as it arrives, `done` once at the end;
    // destroying `context` stops the listing silently.
    Pager *listAllJobs(QObject *context, JobsPage onPage, Done done) const;

private:
    QPointer<ApiClient> m_client;
};

} // namespace brickdesk
