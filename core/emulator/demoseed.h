#pragma once

#include <QString>

namespace brickdesk::emulator {

class ClustersStore;
class DbfsStore;
class JobRunLifecycle;
class JobRunsStore;
class JobsStore;
class PermissionsStore;
class PipelineUpdateLifecycle;
class PipelinesStore;
class SecretsStore;
class WorkspaceStore;
struct ScimDirectory;

// Sample content: what a new user sees in `brickdesk --demo`, and what tests
// that need "a realistic workspace" start from.
class DemoSeed
{
public:
    static constexpr qint64 kLargeJobId = 9'007'199'254'740'993LL; // 2^53 + 1

    // "/", "/Users/<user>", "/Shared"; for `demo` sample notebooks, files,
    // a repo and an experiment in several users' folders too.
    static void seedWorkspace(WorkspaceStore &workspace, const QString &user, bool demo);
    // No jobs; for `demo` jobs whose tasks run the demo notebooks, three of
    // them with `{{secrets/<scope>/<key>}}` references in cluster settings
    // and notebook parameters (one to a key no scope holds).
    // The demo also has the jobs a team would run (addTeamJobs): multi-task
    // DAGs of notebook, python, SQL, pipeline and run-job tasks, a for-each
    // fan-out, paused and unpaused schedules, a file-arrival trigger, job
    // parameters and a 130-task backfill.
    static void seedJobs(JobsStore &jobs, const QString &user, bool demo);
    static void addTeamJobs(JobsStore &jobs, const QString &user);
    // No runs; for `demo` 10-20 runs of every demo job over the past days
    // (durations trending, failures with error traces, an INTERNAL_ERROR, a
    // cancelled and a repaired run) and one run of "Hourly sessions rollup"
    // RUNNING at `now`, finishing about seven minutes later on the clock
    // once JobRunLifecycle::resume() runs.
    static void seedJobRuns(const JobsStore &jobs, JobRunsStore &runs, JobRunLifecycle &lifecycle,
                            const QString &user, qint64 now, bool demo);
    // An empty root for Seed::Empty; a small, realistic DBFS for Seed::Demo.
    static void seedDbfs(DbfsStore &dbfs, bool demo);
    // No scopes; for `demo` four Databricks scopes with secrets updated from
    // days to over a year before `now`, a read-only Azure Key Vault scope and
    // ACLs for users, groups and a service principal.
    static void seedSecrets(SecretsStore &secrets, const QString &user, qint64 now, bool demo);
    // No one besides the signed-in user; for `demo` nine users, the groups
    // data-engineers, analysts and platform, and three service principals.
    static void seedDirectory(ScimDirectory &directory, bool demo);
    // No clusters; for `demo` seven in varied states and sources, with a few
    // days of events, pins and libraries (one that fails to install).
    static void seedClusters(ClustersStore &clusters, const QString &user, qint64 now, bool demo);
    // No pipelines; for `demo` four (demopipelines.cpp): orders-dlt with an
    // update RUNNING now that finishes on the clock, a continuous one, a
    // failing development one and a healthy one the orders ETL job refreshes,
    // each with datasets and past updates replayed with their events.
    static void seedPipelines(PipelinesStore &pipelines, PipelineUpdateLifecycle &lifecycle,
                              const QString &user, qint64 now, bool demo);
    // No access control lists (every object has the service's defaults);
    // for `demo` lists for every demo job (creator IS_OWNER, groups that run
    // and view them, a service principal), the clusters, the pipelines and
    // /Shared, /Shared/etl, /Shared/etl/ingest, the user's home and repo
    // folders. Reads the other stores, so it runs after they are seeded.
    static void seedPermissions(PermissionsStore &permissions, const JobsStore &jobs,
                                const ClustersStore &clusters, const PipelinesStore &pipelines,
                                const WorkspaceStore &workspace, const QString &user, bool demo);

    // The secret reference no scope resolves: a key deleted after the
    // settings naming it were written.
    static constexpr auto kMissingSecretReference = "{{secrets/etl-credentials/old-api-token}}";
    static constexpr auto kCiDeployerApplicationId = "6a1f3c2e-8b4d-4e5f-9a07-1c2d3e4f5a6b";
    static constexpr auto kAirflowApplicationId = "b3e9d7c1-2f4a-4c8e-8d6b-5a4f3e2d1c0b";
    static constexpr auto kDbtApplicationId = "0c5e7a9b-1d3f-4b6a-8c2e-9f8e7d6c5b4a";
};

} // namespace brickdesk::emulator
