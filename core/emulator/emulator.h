#pragma once

#include "core/emulator/clusterlifecycle.h"
#include "core/emulator/clustersstore.h"
#include "core/emulator/dbfsstore.h"
#include "core/emulator/emulatorarea.h"
#include "core/emulator/emulatorclock.h"
#include "core/emulator/faultinjector.h"
#include "core/emulator/httpmessage.h"
#include "core/emulator/jobrunlifecycle.h"
#include "core/emulator/jobrunsstore.h"
#include "core/emulator/jobsstore.h"
#include "core/emulator/oauthstore.h"
#include "core/emulator/permissionsstore.h"
#include "core/emulator/pipelinesstore.h"
#include "core/emulator/processrunner.h"
#include "core/emulator/secretsstore.h"
#include "core/emulator/workspacestore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <vector>

class QTcpSocket;

namespace brickdesk::emulator {

class ClustersApi;
class DbfsApi;
class HttpTransport;
class JobRunsApi;
class JobsApi;
class PipelinesApi;
class PipelineUpdateLifecycle;
class ScimApi;
class SecretsApi;
class Router;

// An in-memory Databricks workspace answering the Databricks REST API on a
// loopback port, with the real service's paths, bodies, errors and statuses:
// the tests' server and the backend of `brickdesk --demo`. It never blocks:
// slow answers are timers.
//
// Each API is an EmulatorArea; createAreas() lists them.
class Emulator : public QObject
{
    Q_OBJECT
public:
    explicit Emulator(QObject *parent = nullptr);
    ~Emulator() override;

    bool listen(quint16 port = 0); // binds 127.0.0.1 only; 0 = any free port
    quint16 port() const { return m_port; }
    QUrl url() const; // "http://127.0.0.1:<port>"

    void setAcceptedToken(const QByteArray &token); // the one valid PAT
    // OAuth clients, token lifetime and issued tokens. Access tokens it issues
    // are accepted alongside the PAT until they expire on clock().
    OAuthStore &oauth() { return *m_oauth; }
    void seed(Seed seed); // replaces all content

    FaultInjector &faults() { return m_faults; }
    EmulatorClock &clock() { return *m_clock; }
    // The state machines of clusters, runs and pipeline updates, on clock().
    ProcessRunner &processes() { return *m_processes; }
    WorkspaceStore &workspace() { return *m_workspace; }
    JobsStore &jobs() { return *m_jobs; }
    // Every job run, task run and repair (the run history included).
    JobRunsStore &jobRuns() { return *m_jobRuns; }
    // The runs' state machines on processes(): timings and task scripts
    // (failTask(jobId, taskKey) makes a task fail from its next run on).
    JobRunLifecycle &jobRunLifecycle() { return *m_jobRunLifecycle; }
    // Jobs API knobs: setMissingJobStatus() (400 INVALID_PARAMETER_VALUE or
    // 404 RESOURCE_DOES_NOT_EXIST for a missing job).
    JobsApi &jobsApi() { return *m_jobsApi; }
    // Runs API knobs: setRejectActiveAndCompleted().
    JobRunsApi &jobRunsApi() { return *m_jobRunsApi; }
    // Test and benchmark hook: `runsPerJob` finished, successful runs for
    // every job, one a day back from now.
    void seedFinishedRuns(int runsPerJob);
    DbfsStore &dbfs() { return *m_dbfs; }
    // DBFS knobs: partial-delete limit and stream handle timeout.
    DbfsApi &dbfsApi() { return *m_dbfsApi; }
    // Secret scopes, secrets and ACLs; setSecretValuesReadable(false) makes
    // secrets/get answer 400 BAD_REQUEST.
    SecretsStore &secrets() { return *m_secrets; }
    ClustersStore &clusters() { return *m_clusters; }
    // The clusters' state machines on processes(): durations, failing init
    // scripts and libraries.
    ClusterLifecycle &clusterLifecycle() { return *m_clusterLifecycle; }
    // Clusters API knobs: the pinned-cluster limit.
    ClustersApi &clustersApi() { return *m_clustersApi; }
    PipelinesStore &pipelines() { return *m_pipelines; }
    // The Permissions API's stored direct ACLs by object id ("/jobs/14",
    // "/directories/<id>"); objects without one have the defaults.
    PermissionsStore &permissions() { return *m_permissions; }
    // The pipeline updates' state machines on processes(): timings,
    // failDataset() and addSyntheticEvents().
    PipelineUpdateLifecycle &pipelineLifecycle();
    // The SCIM directory (users, groups, service principals) besides the
    // signed-in user.
    ScimApi &scim() { return *m_scimApi; }
    // The signed-in user's groups, for SCIM Me and the Secrets API's checks.
    // By default they include `admins` (MANAGE on every secret scope); pass
    // groups without it to test as a non-admin. Every user is in `users`.
    void setUserGroups(const QStringList &groups);
    QStringList userGroups() const;
    QString userName() const;
    QString workspaceId() const;

    // Every request received, oldest first.
    QList<RecordedRequest> requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

    // Authentication and routing without transport or faults: what the
    // emulator answers to `request` right now.
    HttpResponse handle(const HttpRequest &request);

signals:
    void requestReceived(const QString &method, const QString &path);

private:
    void onRequest(const HttpRequest &request, QPointer<QTcpSocket> socket);
    void respond(const HttpRequest &request, QTcpSocket *socket,
                 const std::optional<FaultRule> &fault);
    std::optional<HttpResponse> checkAuth(const HttpRequest &request) const;
    void record(const HttpRequest &request);
    void createAreas();
    template <typename Area, typename... Args> Area &addArea(Args &&...args)
    {
        auto area = std::make_unique<Area>(std::forward<Args>(args)...);
        Area &added = *area;
        m_areas.push_back(std::move(area));
        return added;
    }
    // What areas that run processes or need the user are constructed with.
    AreaContext areaContext();

    EmulatorClock *m_clock;
    ProcessRunner *m_processes;
    FaultInjector m_faults;
    std::unique_ptr<WorkspaceStore> m_workspace;
    std::unique_ptr<JobsStore> m_jobs;
    std::unique_ptr<JobRunsStore> m_jobRuns;
    std::unique_ptr<JobRunLifecycle> m_jobRunLifecycle;
    std::unique_ptr<DbfsStore> m_dbfs;
    std::unique_ptr<OAuthStore> m_oauth;
    std::unique_ptr<SecretsStore> m_secrets;
    std::unique_ptr<ClustersStore> m_clusters;
    std::unique_ptr<ClusterLifecycle> m_clusterLifecycle;
    std::unique_ptr<PipelinesStore> m_pipelines;
    std::unique_ptr<PermissionsStore> m_permissions;
    std::unique_ptr<Router> m_router;
    std::vector<std::unique_ptr<EmulatorArea>> m_areas; // in registration and seeding order
    ClustersApi *m_clustersApi = nullptr;
    DbfsApi *m_dbfsApi = nullptr;
    JobsApi *m_jobsApi = nullptr;
    JobRunsApi *m_jobRunsApi = nullptr;
    PipelinesApi *m_pipelinesApi = nullptr;
    ScimApi *m_scimApi = nullptr;
    SecretsApi *m_secretsApi = nullptr;
    HttpTransport *m_transport;
    QByteArray m_acceptedToken;
    QList<RecordedRequest> m_requests;
    quint16 m_port = 0;
};

} // namespace brickdesk::emulator
