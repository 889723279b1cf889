// The demo's access control lists: who may view, run and manage its jobs,
// clusters, pipelines, folders, notebooks and repo.
#include "core/emulator/demoseed.h"

#include "core/emulator/clustersstore.h"
#include "core/emulator/jobsstore.h"
#include "core/emulator/permissionsstore.h"
#include "core/emulator/pipelinesstore.h"
#include "core/emulator/workspacestore.h"

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

PermissionEntry user(const QString &name, const char *level)
{
    return {Principal{PrincipalKind::User, name}, QLatin1StringView(level)};
}

PermissionEntry group(const char *name, const char *level)
{
    return {Principal{PrincipalKind::Group, QLatin1StringView(name)}, QLatin1StringView(level)};
}

PermissionEntry servicePrincipal(const char *applicationId, const char *level)
{
    return {Principal{PrincipalKind::ServicePrincipal, QLatin1StringView(applicationId)},
            QLatin1StringView(level)};
}

} // namespace

void DemoSeed::seedPermissions(PermissionsStore &permissions, const JobsStore &jobs,
                               const ClustersStore &clusters, const PipelinesStore &pipelines,
                               const WorkspaceStore &workspace, const QString &me, bool demo)
{
    permissions.clear();
    if (!demo)
        return;
    const QString kim = u"kim.minjun@brickdesk.dev"_s;
    const QString zhang = u"zhang.wei@brickdesk.dev"_s;

    // Jobs: the creator owns each; engineers run them, analysts watch them.
    for (const Job *job : jobs.jobs()) {
        const QString name = job->settings.value("name"_L1).toString();
        const PermissionEntry owner = user(job->creatorUserName, "IS_OWNER");
        QList<PermissionEntry> acl{owner, group("data-engineers", "CAN_MANAGE_RUN"),
                                   group("analysts", "CAN_VIEW")};
        if (name == "Data quality checks"_L1) {
            // Kim's own: the demo user reaches it only as an admin.
            acl = {owner, group("analysts", "CAN_VIEW")};
        } else if (name == "Daily revenue report"_L1) {
            acl = {owner, group("analysts", "CAN_MANAGE_RUN"), group("data-engineers", "CAN_VIEW")};
        } else if (name == "Orders medallion ETL"_L1) {
            // Triggered from Airflow.
            acl.append(servicePrincipal(kAirflowApplicationId, "CAN_MANAGE_RUN"));
        } else if (name == "Churn model retrain"_L1) {
            acl.insert(1, user(zhang, "CAN_MANAGE"));
        } else if (name == "Feature store refresh"_L1) {
            acl.append(group("platform", "CAN_MANAGE"));
        } else if (name == "Partition backfill 2024"_L1) {
            acl = {owner, group("data-engineers", "CAN_MANAGE_RUN")};
        }
        permissions.set(PermissionsStore::jobKey(job->jobId), acl);
    }

    // Clusters: the creator manages each; engineers may restart them,
    // analysts attach to the analytics ones. Job clusters keep the defaults.
    for (const Cluster *cluster : clusters.clusters()) {
        if (cluster->source == ClusterSource::Job)
            continue;
        QList<PermissionEntry> acl{user(cluster->creatorUserName, "CAN_MANAGE"),
                                   group("data-engineers", "CAN_RESTART")};
        if (cluster->clusterName == "Shared analytics"_L1 ||
            cluster->clusterName == "analytics-sandbox"_L1 ||
            cluster->clusterName == "geo-enrichment"_L1)
            acl.append(group("analysts", "CAN_ATTACH_TO"));
        permissions.set(PermissionsStore::clusterKey(cluster->clusterId), acl);
    }

    for (const Pipeline *pipeline : pipelines.pipelines())
        permissions.set(PermissionsStore::pipelineKey(pipeline->pipelineId),
                        {user(pipeline->creatorUserName, "IS_OWNER"),
                         group("data-engineers", "CAN_RUN"), group("analysts", "CAN_VIEW")});

    const auto workspaceAcl = [&](const QString &path, const QList<PermissionEntry> &acl) {
        if (const WorkspaceObject *object = workspace.find(path))
            permissions.set(PermissionsStore::workspaceKey(*object), acl);
    };
    const QString home = u"/Users/"_s + me;
    workspaceAcl(u"/Shared"_s, {group("users", "CAN_READ")});
    workspaceAcl(u"/Shared/etl"_s,
                 {group("data-engineers", "CAN_EDIT"), group("analysts", "CAN_READ")});
    // The deployment pipeline runs the shared ingest notebook.
    workspaceAcl(u"/Shared/etl/ingest"_s, {servicePrincipal(kCiDeployerApplicationId, "CAN_RUN")});
    workspaceAcl(home, {user(me, "CAN_MANAGE")});
    workspaceAcl(home + "/etl"_L1, {user(kim, "CAN_EDIT")});
    // A user's folder under /Repos is theirs, as their home folder is.
    workspaceAcl(u"/Repos/"_s + me, {user(me, "CAN_MANAGE")});
    workspaceAcl(u"/Repos/"_s + me + "/brickdesk-pipelines"_L1,
                 {group("data-engineers", "CAN_EDIT")});
}

} // namespace brickdesk::emulator
