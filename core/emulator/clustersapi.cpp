#include "core/emulator/clustersapi.h"

#include "core/emulator/apierrors.h"
#include "core/emulator/clustersstore.h"
#include "core/emulator/demoseed.h"
#include "core/emulator/emulatorclock.h"
#include "core/emulator/pagetoken.h"
#include "core/emulator/router.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

bool isTerminal(ClusterState state)
{
    return state == ClusterState::Terminated || state == ClusterState::Error ||
           state == ClusterState::Unknown;
}

} // namespace

ClustersApi::ClustersApi(ClustersStore &store, EmulatorClock &clock)
    : m_store(store)
    , m_clock(clock)
{}

void ClustersApi::registerRoutes(Router &router)
{
    router.route("GET", u"/api/2.0/clusters/list"_s,
                 [this](const HttpRequest &r) { return list20(r); });
    router.route("GET", u"/api/2.1/clusters/list"_s,
                 [this](const HttpRequest &r) { return list21(r); });
    for (const auto version : {"2.0"_L1, "2.1"_L1})
        router.route("GET", "/api/"_L1 + version + "/clusters/get"_L1,
                     [this](const HttpRequest &r) { return get(r); });
}

void ClustersApi::seed(const SeedContext &context)
{
    DemoSeed::seedClusters(m_store, context.userName, m_clock.now(), context.demo());
}

QJsonObject ClustersApi::clusterJson(const Cluster &cluster)
{
    QJsonObject out{
        {"cluster_id"_L1, cluster.clusterId},
        {"cluster_name"_L1, cluster.clusterName},
        {"spark_version"_L1, cluster.sparkVersion},
        {"node_type_id"_L1, cluster.nodeTypeId},
        {"driver_node_type_id"_L1,
         cluster.driverNodeTypeId.isEmpty() ? cluster.nodeTypeId : cluster.driverNodeTypeId},
        {"state"_L1, ClustersStore::stateName(cluster.state)},
        {"state_message"_L1, cluster.stateMessage},
        {"creator_user_name"_L1, cluster.creatorUserName},
        {"autotermination_minutes"_L1, cluster.autoterminationMinutes},
        {"cluster_source"_L1, ClustersStore::sourceName(cluster.source)},
        {"start_time"_L1, cluster.startTime},
        {"default_tags"_L1, QJsonObject{{"Vendor"_L1, u"Databricks"_s},
                                        {"Creator"_L1, cluster.creatorUserName},
                                        {"ClusterName"_L1, cluster.clusterName},
                                        {"ClusterId"_L1, cluster.clusterId}}},
    };
    if (cluster.autoscale)
        out.insert("autoscale"_L1, QJsonObject{{"min_workers"_L1, cluster.autoscale->minWorkers},
                                               {"max_workers"_L1, cluster.autoscale->maxWorkers}});
    else
        out.insert("num_workers"_L1, cluster.numWorkers);
    // Empty maps are left out, as the service leaves them out.
    if (!cluster.sparkConf.isEmpty())
        out.insert("spark_conf"_L1, cluster.sparkConf);
    if (!cluster.sparkEnvVars.isEmpty())
        out.insert("spark_env_vars"_L1, cluster.sparkEnvVars);
    if (!cluster.customTags.isEmpty())
        out.insert("custom_tags"_L1, cluster.customTags);
    if (cluster.terminatedTime > 0)
        out.insert("terminated_time"_L1, cluster.terminatedTime);
    if (cluster.terminationReason) {
        QJsonObject reason{{"code"_L1, cluster.terminationReason->code},
                           {"type"_L1, cluster.terminationReason->type}};
        if (!cluster.terminationReason->parameters.isEmpty())
            reason.insert("parameters"_L1, cluster.terminationReason->parameters);
        out.insert("termination_reason"_L1, reason);
    }
    return out;
}

QList<const Cluster *> ClustersApi::sorted() const
{
    // The default order: clusters that are up or on their way first, then by name.
    QList<const Cluster *> clusters = m_store.clusters();
    std::stable_sort(clusters.begin(), clusters.end(), [](const Cluster *a, const Cluster *b) {
        const bool aDown = isTerminal(a->state);
        const bool bDown = isTerminal(b->state);
        if (aDown != bDown)
            return !aDown;
        return a->clusterName.compare(b->clusterName, Qt::CaseInsensitive) < 0;
    });
    return clusters;
}

HttpResponse ClustersApi::list20(const HttpRequest &request) const
{
    Q_UNUSED(request);
    QJsonArray clusters;
    for (const Cluster *cluster : sorted())
        clusters.append(clusterJson(*cluster));
    // clusters/list answers `clusters`, omitted when there are none.
    QJsonObject body;
    if (!clusters.isEmpty())
        body.insert("clusters"_L1, clusters);
    return HttpResponse::json(body);
}

HttpResponse ClustersApi::list21(const HttpRequest &request) const
{
    int pageSize = kMaxPageSize;
    if (request.hasQuery(u"page_size"_s)) {
        bool ok = false;
        const QString raw = request.queryValue(u"page_size"_s);
        pageSize = raw.toInt(&ok);
        if (!ok || pageSize < 0)
            return invalidParameter(
                u"Invalid page_size %1 - it has to be a non-negative number."_s.arg(raw));
        // 0 means the default; larger sizes are capped at the maximum.
        if (pageSize == 0 || pageSize > kMaxPageSize)
            pageSize = kMaxPageSize;
    }
    const auto decoded = PageToken::offset(request);
    if (const auto *failure = std::get_if<HttpResponse>(&decoded))
        return *failure;
    const qint64 offset = std::get<qint64>(decoded);

    QList<ClusterState> states;
    for (const QString &name : request.query.allQueryItemValues(u"filter_by.cluster_states"_s)) {
        const auto state = ClustersStore::parseState(name);
        if (!state)
            return invalidParameter(u"Invalid cluster state: %1"_s.arg(name));
        states.append(*state);
    }
    QList<ClusterSource> sources;
    for (const QString &name : request.query.allQueryItemValues(u"filter_by.cluster_sources"_s)) {
        const auto source = ClustersStore::parseSource(name);
        if (!source)
            return invalidParameter(u"Invalid cluster source: %1"_s.arg(name));
        sources.append(*source);
    }

    QList<const Cluster *> matching;
    for (const Cluster *cluster : sorted())
        if ((states.isEmpty() || states.contains(cluster->state)) &&
            (sources.isEmpty() || sources.contains(cluster->source)))
            matching.append(cluster);

    QJsonArray clusters;
    const qint64 end = std::min<qint64>(offset + pageSize, matching.size());
    for (qint64 i = offset; i < end; ++i)
        clusters.append(clusterJson(*matching.at(i)));
    QJsonObject body;
    if (!clusters.isEmpty())
        body.insert("clusters"_L1, clusters);
    if (end < matching.size())
        body.insert("next_page_token"_L1, PageToken::encode(end));
    if (offset > 0 && offset <= matching.size())
        body.insert("prev_page_token"_L1,
                    PageToken::encode(std::max<qint64>(0, offset - pageSize)));
    return HttpResponse::json(body);
}

HttpResponse ClustersApi::get(const HttpRequest &request) const
{
    const QString id = request.queryValue(u"cluster_id"_s);
    if (id.isEmpty())
        return invalidParameter(u"Missing required field: cluster_id"_s);
    const Cluster *cluster = m_store.find(id);
    // An unknown id is a 400 INVALID_PARAMETER_VALUE here, not a 404.
    if (!cluster)
        return invalidParameter(u"Cluster %1 does not exist"_s.arg(id));
    return HttpResponse::json(clusterJson(*cluster));
}

} // namespace brickdesk::emulator
