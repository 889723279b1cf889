#pragma once

#include "core/net/apierror.h"
#include "core/net/apirequest.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace brickdesk {

class ApiCall;
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

// Typed calls of the Jobs API (2.2 paths); the only place that knows its REST
// paths. Every call answers once through `done` unless `context` goes first.
class JobsService
{
public:
    using Done = std::function<void(const std::optional<ApiError> &error)>;
    using JobsPage = std::function<void(const QList<JobSummary> &jobs)>;
    // The answer's object ({} on failure).
    using ObjectDone =
        std::function<void(const std::optional<ApiError> &error, const QJsonObject &reply)>;

    // runs/list takes at most 25 a page on 2.1 and 2.2 (2.0 took 1000).
    static constexpr int kRunsPageLimit = 25;
    static constexpr int kJobsPageLimit = 100;

    explicit JobsService(ApiClient *client);
    ApiClient *client() const { return m_client; }

    // Every job, page by page (100 a page, page tokens), tasks expanded.
    // `onPage` runs for each page as it arrives, `done` once at the end;
    // destroying `context` stops the listing silently.
    Pager *listAllJobs(QObject *context, JobsPage onPage, Done done) const;

    // --- requests the list models page and poll with ---
    static ApiRequest jobsListRequest();
    // A job's runs, most recently started first (limit and page token added
    // by the pager). jobId 0: the runs of every job in the workspace.
    static ApiRequest runsListRequest(qint64 jobId);
    static ApiRequest runGetRequest(qint64 runId);

    // --- reads ---
    // The job with every 2.2 page of its tasks, job clusters, parameters and
    // environments merged, so an edit never starts from the first 100 tasks.
    void getJob(qint64 jobId, QObject *context, ObjectDone done) const;
    // The run with every page of tasks, iterations, job clusters, job
    // parameters and (includeHistory) repair_history merged.
    void getRun(qint64 runId, bool includeHistory, QObject *context, ObjectDone done) const;
    // The output of one task run (a parent run's id is refused by the API).
    ApiCall *getRunOutput(qint64 taskRunId, QObject *context, ObjectDone done) const;

    // --- writes ---
    // Answers {"job_id"}.
    ApiCall *createJob(const QJsonObject &settings, QObject *context, ObjectDone done) const;
    // Replaces the top-level fields of `newSettings`, merges tasks and job
    // clusters by key, removes `fieldsToRemove` ("tags", "tasks/<key>").
    ApiCall *updateJob(qint64 jobId, const QJsonObject &newSettings,
                       const QStringList &fieldsToRemove, QObject *context, Done done) const;
    // Replaces every setting: only with settings read whole (getJob).
    ApiCall *resetJob(qint64 jobId, const QJsonObject &settings, QObject *context, Done done) const;
    ApiCall *deleteJob(qint64 jobId, QObject *context, Done done) const;
    // `body` as RunNowRequest builds it; answers {"run_id", "number_in_job"}.
    // With an idempotency_token it is safe to repeat after a lost answer.
    ApiCall *runNow(const QJsonObject &body, QObject *context, ObjectDone done) const;
    ApiCall *cancelRun(qint64 runId, QObject *context, Done done) const;
    ApiCall *cancelAllRuns(qint64 jobId, QObject *context, Done done) const;
    ApiCall *deleteRun(qint64 runId, QObject *context, Done done) const;
    // `body` as RepairPlan builds it; answers {"repair_id"}.
    ApiCall *repairRun(const QJsonObject &body, QObject *context, ObjectDone done) const;

    // A runs/get answer shaped like a runs/list item: without task runs,
    // iterations and paging fields, so an unchanged run compares equal.
    static QJsonObject listedRun(QJsonObject run);

    // The arrays 2.2 pages 100 at a time inside one object: appends `page`'s
    // elements of each array to `merged` (under `container` when not empty:
    // a job's arrays live in its settings).
    static void mergeArrayPage(QJsonObject &merged, const QJsonObject &page,
                               const QString &container, const QStringList &arrays);

private:
    void fetchMerged(const ApiRequest &request, const QString &container, const QStringList &arrays,
                     QObject *context, ObjectDone done) const;
    ApiCall *post(const QString &path, const QJsonObject &body, bool idempotent, QObject *context,
                  ObjectDone done) const;

    QPointer<ApiClient> m_client;
};

} // namespace brickdesk
