#pragma once

#include "core/emulator/emulatorarea.h"
#include "core/emulator/httpmessage.h"

#include <QJsonObject>

#include <optional>
#include <variant>

namespace brickdesk::emulator {

class JobRunLifecycle;
class JobRunsStore;
class JobsStore;
class Router;
struct Job;

// /api/2.x/jobs/* for saved jobs on 2.0, 2.1 and 2.2: list (token and the
// deprecated offset paging, name filter, expand_tasks), get (2.2 pages
// tasks, job_clusters, parameters and environments 100 at a time), create,
// update (tasks and job_clusters merged by key), reset and delete. Runs are
// JobRunsApi's.
class JobsApi : public EmulatorArea
{
public:
    static constexpr int kDefaultLimit = 20;
    static constexpr int kMaxLimit = 100;
    // The deprecated offset paging stops here; beyond it the service asks
    // for page_token.
    static constexpr qint64 kMaxOffset = 10'000;
    static constexpr int kMaxTasks = 1000; // per job, on write

    // How a missing job is answered: the classic 400 INVALID_PARAMETER_VALUE
    // or the newer 404 RESOURCE_DOES_NOT_EXIST; both with "Job <id> does not
    // exist.". Runs are always 400 INVALID_PARAMETER_VALUE.
    enum class MissingJobStatus { InvalidParameterValue400, ResourceDoesNotExist404 };

    JobsApi(JobsStore &store, JobRunsStore &runs, JobRunLifecycle &lifecycle,
            const QString &userName);
    void registerRoutes(Router &router) override;
    void seed(const SeedContext &context) override;

    void setMissingJobStatus(MissingJobStatus status) { m_missingJob = status; }
    MissingJobStatus missingJobStatus() const { return m_missingJob; }
    HttpResponse missingJob(qint64 jobId) const;
    // The body's (or query's) job_id naming a saved job, or the error.
    std::variant<Job *, HttpResponse> targetJob(const QJsonValue &jobId) const;

    HttpResponse list(const HttpRequest &request) const;
    HttpResponse get(const HttpRequest &request) const;
    HttpResponse create(const HttpRequest &request);
    HttpResponse update(const HttpRequest &request);
    HttpResponse reset(const HttpRequest &request);
    HttpResponse remove(const HttpRequest &request);

    // A job in a listing: without tasks and job_clusters unless `expandTasks`,
    // then at most 100 of each and has_more when there are more.
    static QJsonObject jobJson(const Job &job, bool expandTasks);
    // An id sent as a JSON number or a numeric string; nullopt otherwise.
    static std::optional<qint64> idValue(const QJsonValue &value);
    // The API version of a /api/<version>/jobs/... path ("2.0", "2.1", "2.2").
    static QString version(const HttpRequest &request);
    // Checks task keys and depends_on of settings about to be saved; the
    // error message, or nullopt.
    static std::optional<QString> validateTasks(const QJsonObject &settings);

private:
    JobsStore &m_store;
    JobRunsStore &m_runs;
    JobRunLifecycle &m_lifecycle;
    QString m_userName;
    MissingJobStatus m_missingJob = MissingJobStatus::InvalidParameterValue400;
};

} // namespace brickdesk::emulator
