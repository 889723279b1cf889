#include "core/emulator/clustersapi.h"

#include "core/emulator/apierrors.h"
#include "core/emulator/clusterlifecycle.h"
#include "core/emulator/clustersstore.h"
#include "core/emulator/demoseed.h"
#include "core/emulator/emulatorclock.h"
#include "core/emulator/pagetoken.h"
#include "core/emulator/router.h"

#include <QJsonArray>

#include <iterator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

bool isTerminal(ClusterState state)
{
    return state == ClusterState::Terminated || state == ClusterState::Error ||
           state == ClusterState::Unknown;
}

// The cluster event types the service knows; events filters by them.
constexpr const char *kEventTypes[] = {
    "ADD_NODES_FAILED",
    "AUTOMATIC_CLUSTER_UPDATE",
    "AUTOSCALING_BACKOFF",
    "AUTOSCALING_FAILED",
    "AUTOSCALING_STATS_REPORT",
    "CREATING",
    "DBFS_DOWN",
    "DID_NOT_EXPAND_DISK",
    "DRIVER_HEALTHY",
    "DRIVER_NOT_RESPONDING",
    "DRIVER_UNAVAILABLE",
    "EDITED",
    "EXPANDED_DISK",
    "FAILED_TO_EXPAND_DISK",
    "INIT_SCRIPTS_FINISHED",
    "INIT_SCRIPTS_STARTED",
    "METASTORE_DOWN",
    "NODES_LOST",
    "NODE_BLACKLISTED",
    "NODE_EXCLUDED_DECOMMISSIONED",
    "PINNED",
    "RESIZING",
    "RESTARTING",
    "RUNNING",
    "SPARK_EXCEPTION",
    "STARTING",
    "TERMINATING",
    "TERMINATED",
    "UNPINNED",
    "UPSIZE_COMPLETED",
};

struct SparkVersion
{
    const char *key;
    const char *name;
};

constexpr SparkVersion kSparkVersions[] = {
    {"17.0.x-scala2.13", "17.0 (includes Apache Spark 4.0.0, Scala 2.13)"},
    {"16.4.x-scala2.12", "16.4 LTS (includes Apache Spark 3.5.2, Scala 2.12)"},
    {"16.4.x-photon-scala2.12", "16.4 LTS Photon (includes Apache Spark 3.5.2, Scala 2.12)"},
    {"16.4.x-cpu-ml-scala2.12", "16.4 LTS ML (includes Apache Spark 3.5.2, Scala 2.12)"},
    {"16.4.x-gpu-ml-scala2.12", "16.4 LTS ML (includes Apache Spark 3.5.2, GPU, Scala 2.12)"},
    {"15.4.x-scala2.12", "15.4 LTS (includes Apache Spark 3.5.0, Scala 2.12)"},
    {"15.4.x-photon-scala2.12", "15.4 LTS Photon (includes Apache Spark 3.5.0, Scala 2.12)"},
    {"15.4.x-cpu-ml-scala2.12", "15.4 LTS ML (includes Apache Spark 3.5.0, Scala 2.12)"},
    {"15.4.x-gpu-ml-scala2.12", "15.4 LTS ML (includes Apache Spark 3.5.0, GPU, Scala 2.12)"},
    {"14.3.x-scala2.12", "14.3 LTS (includes Apache Spark 3.5.0, Scala 2.12)"},
    {"14.3.x-photon-scala2.12", "14.3 LTS Photon (includes Apache Spark 3.5.0, Scala 2.12)"},
    {"13.3.x-scala2.12", "13.3 LTS (includes Apache Spark 3.4.1, Scala 2.12)"},
    {"12.2.x-scala2.12", "12.2 LTS (includes Apache Spark 3.3.2, Scala 2.12)"},
};

struct NodeType
{
    const char *id;
    int memoryMb;
    double cores;
    int gpus;
    const char *category;
    int localDisks;
    int localDiskGb;
};

constexpr NodeType kNodeTypes[] = {
    {"m5d.large", 8192, 2, 0, "General Purpose", 1, 75},
    {"m5d.xlarge", 16384, 4, 0, "General Purpose", 1, 150},
    {"m5d.2xlarge", 32768, 8, 0, "General Purpose", 1, 300},
    {"i3.xlarge", 31232, 4, 0, "Storage Optimized", 1, 950},
    {"i3.2xlarge", 62464, 8, 0, "Storage Optimized", 1, 1900},
    {"r5d.xlarge", 32768, 4, 0, "Memory Optimized", 1, 150},
    {"r5d.2xlarge", 65536, 8, 0, "Memory Optimized", 1, 300},
    {"c5d.2xlarge", 16384, 8, 0, "Compute Optimized", 1, 200},
    {"g5.xlarge", 16384, 4, 1, "GPU Accelerated", 1, 250},
    {"g5.2xlarge", 32768, 8, 1, "GPU Accelerated", 1, 450},
};

std::optional<QString> parseWorkers(const QJsonObject &body, Cluster &cluster, bool required)
{
    const bool hasNum = body.contains("num_workers"_L1);
    const bool hasAutoscale = body.contains("autoscale"_L1);
    if (hasNum && hasAutoscale)
        return u"Exactly 1 of virtual_cluster_size, num_workers or autoscale must be specified."_s;
    if (!hasNum && !hasAutoscale) {
        if (required)
            return u"Exactly 1 of virtual_cluster_size, num_workers or autoscale must be "
                   "specified."_s;
        cluster.numWorkers = 0;
        cluster.autoscale.reset();
        return std::nullopt;
    }
    if (hasNum) {
        const QJsonValue value = body.value("num_workers"_L1);
        if (!value.isDouble() || value.toInteger(-1) < 0)
            return u"num_workers must be a non-negative integer"_s;
        cluster.numWorkers = int(value.toInteger());
        cluster.autoscale.reset();
        return std::nullopt;
    }
    const QJsonObject autoscale = body.value("autoscale"_L1).toObject();
    const int min = int(autoscale.value("min_workers"_L1).toInteger(-1));
    const int max = int(autoscale.value("max_workers"_L1).toInteger(-1));
    if (min < 0 || max < 1)
        return u"Invalid autoscale: min_workers and max_workers must be set, max_workers at "
               "least 1"_s;
    if (min > max)
        return u"Invalid autoscale: min_workers (%1) must not be greater than max_workers (%2)"_s
            .arg(min)
            .arg(max);
    cluster.autoscale = ClusterAutoscale{min, max};
    return std::nullopt;
}

// Applies create/edit settings to `cluster`; an error message when they are
// not acceptable. `workersRequired`: edit needs num_workers or autoscale.
std::optional<QString> applySpec(const QJsonObject &spec, Cluster &cluster, bool workersRequired)
{
    const QString sparkVersion = spec.value("spark_version"_L1).toString();
    if (sparkVersion.isEmpty())
        return u"Missing required field: spark_version"_s;
    const QString nodeType = spec.value("node_type_id"_L1).toString();
    if (nodeType.isEmpty() && !spec.contains("instance_pool_id"_L1))
        return u"Missing required field: node_type_id"_s;
    if (spec.value("autotermination_minutes"_L1).toInteger(0) < 0)
        return u"autotermination_minutes must be 0 (no autotermination) or between 10 and "
               "43200"_s;
    Cluster updated = cluster;
    if (const auto problem = parseWorkers(spec, updated, workersRequired))
        return problem;
    updated.sparkVersion = sparkVersion;
    updated.nodeTypeId = nodeType;
    updated.driverNodeTypeId = spec.value("driver_node_type_id"_L1).toString();
    updated.clusterName = spec.value("cluster_name"_L1).toString();
    updated.autoterminationMinutes = int(spec.value("autotermination_minutes"_L1).toInteger(0));
    updated.sparkConf = spec.value("spark_conf"_L1).toObject();
    updated.sparkEnvVars = spec.value("spark_env_vars"_L1).toObject();
    updated.customTags = spec.value("custom_tags"_L1).toObject();
    updated.initScripts = spec.value("init_scripts"_L1).toArray();
    // What the emulator does not act on is kept as sent, as the service
    // keeps a cluster's whole spec.
    static const QStringList handled{u"cluster_id"_s,          u"cluster_name"_s,
                                     u"spark_version"_s,       u"node_type_id"_s,
                                     u"driver_node_type_id"_s, u"num_workers"_s,
                                     u"autoscale"_s,           u"autotermination_minutes"_s,
                                     u"spark_conf"_s,          u"spark_env_vars"_s,
                                     u"custom_tags"_s,         u"init_scripts"_s};
    updated.otherSpec = {};
    for (auto it = spec.begin(); it != spec.end(); ++it)
        if (!handled.contains(it.key()))
            updated.otherSpec.insert(it.key(), it.value());
    cluster = std::move(updated);
    return std::nullopt;
}

QJsonObject eventJson(const QString &clusterId, const ClusterEvent &event)
{
    return QJsonObject{{"cluster_id"_L1, clusterId},
                       {"timestamp"_L1, event.timestamp},
                       {"type"_L1, event.type},
                       {"details"_L1, event.details}};
}

} // namespace

ClustersApi::ClustersApi(ClustersStore &store, ClusterLifecycle &lifecycle, EmulatorClock &clock,
                         const QString &userName)
    : m_store(store)
    , m_lifecycle(lifecycle)
    , m_clock(clock)
    , m_userName(userName)
{}

void ClustersApi::registerRoutes(Router &router)
{
    router.route("GET", u"/api/2.0/clusters/list"_s,
                 [this](const HttpRequest &r) { return list20(r); });
    router.route("GET", u"/api/2.1/clusters/list"_s,
                 [this](const HttpRequest &r) { return list21(r); });
    for (const auto version : {"2.0"_L1, "2.1"_L1}) {
        const QString base = "/api/"_L1 + version + "/clusters/"_L1;
        router.route("GET", base + "get"_L1, [this](const HttpRequest &r) { return get(r); });
        router.route("POST", base + "create"_L1,
                     [this](const HttpRequest &r) { return create(r); });
        router.route("POST", base + "edit"_L1, [this](const HttpRequest &r) { return edit(r); });
        router.route("POST", base + "update"_L1,
                     [this](const HttpRequest &r) { return update(r); });
        router.route("POST", base + "start"_L1, [this](const HttpRequest &r) { return start(r); });
        router.route("POST", base + "restart"_L1,
                     [this](const HttpRequest &r) { return restart(r); });
        router.route("POST", base + "delete"_L1,
                     [this](const HttpRequest &r) { return terminate(r); });
        router.route("POST", base + "permanent-delete"_L1,
                     [this](const HttpRequest &r) { return permanentDelete(r); });
        router.route("POST", base + "resize"_L1,
                     [this](const HttpRequest &r) { return resize(r); });
        router.route("POST", base + "pin"_L1, [this](const HttpRequest &r) { return pin(r); });
        router.route("POST", base + "unpin"_L1, [this](const HttpRequest &r) { return unpin(r); });
        router.route("POST", base + "events"_L1,
                     [this](const HttpRequest &r) { return events(r); });
        router.route("GET", base + "spark-versions"_L1,
                     [this](const HttpRequest &r) { return sparkVersions(r); });
        router.route("GET", base + "list-node-types"_L1,
                     [this](const HttpRequest &r) { return listNodeTypes(r); });
    }
}

void ClustersApi::seed(const SeedContext &context)
{
    DemoSeed::seedClusters(m_store, context.userName, m_clock.now(), context.demo());
    m_lifecycle.resume();
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
    if (!cluster.initScripts.isEmpty())
        out.insert("init_scripts"_L1, cluster.initScripts);
    for (auto it = cluster.otherSpec.begin(); it != cluster.otherSpec.end(); ++it)
        out.insert(it.key(), it.value());
    if (!cluster.pinnedByUserName.isEmpty())
        out.insert("pinned_by_user_name"_L1, cluster.pinnedByUserName);
    if (cluster.lastRestartedTime > 0)
        out.insert("last_restarted_time"_L1, cluster.lastRestartedTime);
    if (cluster.terminatedTime > 0)
        out.insert("terminated_time"_L1, cluster.terminatedTime);
    if (cluster.terminationReason)
        out.insert("termination_reason"_L1,
                   ClusterLifecycle::reasonJson(*cluster.terminationReason));
    return out;
}

QJsonObject ClustersApi::specJson(const Cluster &cluster)
{
    QJsonObject out{{"cluster_name"_L1, cluster.clusterName},
                    {"spark_version"_L1, cluster.sparkVersion},
                    {"node_type_id"_L1, cluster.nodeTypeId},
                    {"autotermination_minutes"_L1, cluster.autoterminationMinutes}};
    if (!cluster.driverNodeTypeId.isEmpty())
        out.insert("driver_node_type_id"_L1, cluster.driverNodeTypeId);
    if (cluster.autoscale)
        out.insert("autoscale"_L1, QJsonObject{{"min_workers"_L1, cluster.autoscale->minWorkers},
                                               {"max_workers"_L1, cluster.autoscale->maxWorkers}});
    else
        out.insert("num_workers"_L1, cluster.numWorkers);
    if (!cluster.sparkConf.isEmpty())
        out.insert("spark_conf"_L1, cluster.sparkConf);
    if (!cluster.sparkEnvVars.isEmpty())
        out.insert("spark_env_vars"_L1, cluster.sparkEnvVars);
    if (!cluster.customTags.isEmpty())
        out.insert("custom_tags"_L1, cluster.customTags);
    if (!cluster.initScripts.isEmpty())
        out.insert("init_scripts"_L1, cluster.initScripts);
    for (auto it = cluster.otherSpec.begin(); it != cluster.otherSpec.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

HttpResponse ClustersApi::unexpectedState(const Cluster &cluster)
{
    return invalidState(u"Cluster %1 is in unexpected state %2."_s.arg(
        cluster.clusterId, ClustersStore::stateDisplayName(cluster.state)));
}

QList<const Cluster *> ClustersApi::sorted() const
{
    // The default order: pinned clusters first, then clusters that are up or
    // on their way, then by name.
    QList<const Cluster *> clusters = m_store.clusters();
    std::stable_sort(clusters.begin(), clusters.end(), [](const Cluster *a, const Cluster *b) {
        const bool aPinned = !a->pinnedByUserName.isEmpty();
        const bool bPinned = !b->pinnedByUserName.isEmpty();
        if (aPinned != bPinned)
            return aPinned;
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

    std::optional<bool> pinned;
    if (request.hasQuery(u"filter_by.is_pinned"_s)) {
        const QString raw = request.queryValue(u"filter_by.is_pinned"_s);
        if (raw != "true"_L1 && raw != "false"_L1)
            return invalidParameter(u"Invalid value for filter_by.is_pinned: %1"_s.arg(raw));
        pinned = raw == "true"_L1;
    }

    QList<const Cluster *> matching;
    for (const Cluster *cluster : sorted())
        if ((states.isEmpty() || states.contains(cluster->state)) &&
            (sources.isEmpty() || sources.contains(cluster->source)) &&
            (!pinned || *pinned == !cluster->pinnedByUserName.isEmpty()))
            matching.append(cluster);

    // sort_by: DEFAULT (the order above) or CLUSTER_NAME, ASC or DESC.
    const QString field = request.queryValue(u"sort_by.field"_s);
    if (!field.isEmpty() && field != "DEFAULT"_L1 && field != "CLUSTER_NAME"_L1)
        return invalidParameter(u"Invalid sort_by.field: %1"_s.arg(field));
    const QString direction = request.queryValue(u"sort_by.direction"_s);
    if (!direction.isEmpty() && direction != "ASC"_L1 && direction != "DESC"_L1)
        return invalidParameter(u"Invalid sort_by.direction: %1"_s.arg(direction));
    if (field == "CLUSTER_NAME"_L1)
        std::stable_sort(matching.begin(), matching.end(), [](const Cluster *a, const Cluster *b) {
            return a->clusterName.compare(b->clusterName, Qt::CaseInsensitive) < 0;
        });
    if (direction == "DESC"_L1)
        std::reverse(matching.begin(), matching.end());

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

std::variant<Cluster *, HttpResponse> ClustersApi::target(const HttpRequest &request,
                                                          QJsonObject *body)
{
    const auto parsed = request.jsonBody();
    if (!parsed)
        return malformedRequest();
    const QString id = parsed->value("cluster_id"_L1).toString();
    if (id.isEmpty())
        return invalidParameter(u"Missing required field: cluster_id"_s);
    Cluster *cluster = m_store.find(id);
    // An unknown id is a 400 INVALID_PARAMETER_VALUE, not a 404.
    if (!cluster)
        return invalidParameter(u"Cluster %1 does not exist"_s.arg(id));
    if (body)
        *body = *parsed;
    return cluster;
}

HttpResponse ClustersApi::create(const HttpRequest &request)
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    Cluster cluster;
    if (const auto problem = applySpec(*body, cluster, false))
        return invalidParameter(*problem);
    cluster.state = ClusterState::Pending;
    cluster.source = ClusterSource::Api;
    cluster.creatorUserName = m_userName;
    const QString id = m_store.add(cluster);
    m_lifecycle.launch(id, true, m_userName);
    return HttpResponse::json(QJsonObject{{"cluster_id"_L1, id}});
}

std::optional<HttpResponse> ClustersApi::checkEditable(const Cluster &cluster) const
{
    if (cluster.source == ClusterSource::Job)
        return invalidParameter(
            u"Cannot edit cluster %1 created by JobLauncher"_s.arg(cluster.clusterId));
    if (cluster.state != ClusterState::Running && cluster.state != ClusterState::Terminated)
        return unexpectedState(cluster);
    return std::nullopt;
}

HttpResponse ClustersApi::applyEdit(Cluster &cluster, const QJsonObject &spec)
{
    const QJsonObject previous = specJson(cluster);
    if (const auto problem = applySpec(spec, cluster, true))
        return invalidParameter(*problem);
    const QString id = cluster.clusterId;
    m_store.addEvent(id, u"EDITED"_s,
                     QJsonObject{{"user"_L1, m_userName},
                                 {"attributes"_L1, specJson(cluster)},
                                 {"previous_attributes"_L1, previous}});
    // A running cluster restarts to apply the settings; a terminated one
    // keeps them for its next start.
    if (cluster.state == ClusterState::Running)
        m_lifecycle.restart(id, m_userName);
    return HttpResponse::json({});
}

HttpResponse ClustersApi::edit(const HttpRequest &request)
{
    QJsonObject body;
    const auto found = target(request, &body);
    if (const auto *failure = std::get_if<HttpResponse>(&found))
        return *failure;
    Cluster &cluster = *std::get<Cluster *>(found);
    if (const auto refused = checkEditable(cluster))
        return *refused;
    return applyEdit(cluster, body);
}

HttpResponse ClustersApi::update(const HttpRequest &request)
{
    QJsonObject body;
    const auto found = target(request, &body);
    if (const auto *failure = std::get_if<HttpResponse>(&found))
        return *failure;
    Cluster &cluster = *std::get<Cluster *>(found);
    const QString mask = body.value("update_mask"_L1).toString();
    if (mask.trimmed().isEmpty())
        return invalidParameter(u"Missing required field: update_mask"_s);
    if (const auto refused = checkEditable(cluster))
        return *refused;
    // Fields named in the mask take the request's value, or are cleared when
    // the request leaves them out; the others keep theirs.
    const QJsonObject changes = body.value("cluster"_L1).toObject();
    QJsonObject spec = specJson(cluster);
    for (const QString &raw : mask.split(u',')) {
        const QString field = raw.trimmed();
        if (field.isEmpty())
            continue;
        if (field == "num_workers"_L1 || field == "autoscale"_L1) {
            spec.remove("num_workers"_L1);
            spec.remove("autoscale"_L1);
        }
        if (changes.contains(field))
            spec.insert(field, changes.value(field));
        else
            spec.remove(field);
    }
    if (!spec.contains("num_workers"_L1) && !spec.contains("autoscale"_L1))
        spec.insert("num_workers"_L1, 0);
    return applyEdit(cluster, spec);
}

HttpResponse ClustersApi::start(const HttpRequest &request)
{
    const auto found = target(request);
    if (const auto *failure = std::get_if<HttpResponse>(&found))
        return *failure;
    const Cluster &cluster = *std::get<Cluster *>(found);
    if (cluster.state != ClusterState::Terminated)
        return unexpectedState(cluster);
    if (cluster.source == ClusterSource::Job)
        return invalidParameter(u"Clusters launched to run a job cannot be started."_s);
    m_lifecycle.launch(cluster.clusterId, false, m_userName);
    return HttpResponse::json({});
}

HttpResponse ClustersApi::restart(const HttpRequest &request)
{
    QJsonObject body;
    const auto found = target(request, &body);
    if (const auto *failure = std::get_if<HttpResponse>(&found))
        return *failure;
    const Cluster &cluster = *std::get<Cluster *>(found);
    if (cluster.state != ClusterState::Running)
        return unexpectedState(cluster);
    const QString user = body.value("restart_user"_L1).toString();
    m_lifecycle.restart(cluster.clusterId, user.isEmpty() ? m_userName : user);
    return HttpResponse::json({});
}

HttpResponse ClustersApi::terminate(const HttpRequest &request)
{
    const auto found = target(request);
    if (const auto *failure = std::get_if<HttpResponse>(&found))
        return *failure;
    const Cluster &cluster = *std::get<Cluster *>(found);
    // Terminating a cluster that is down or going down changes nothing.
    if (cluster.state == ClusterState::Terminating || cluster.state == ClusterState::Terminated)
        return HttpResponse::json({});
    m_lifecycle.terminate(cluster.clusterId,
                          ClusterTerminationReason{u"USER_REQUEST"_s, u"SUCCESS"_s,
                                                   QJsonObject{{"username"_L1, m_userName}}});
    return HttpResponse::json({});
}

HttpResponse ClustersApi::permanentDelete(const HttpRequest &request)
{
    const auto found = target(request);
    if (const auto *failure = std::get_if<HttpResponse>(&found))
        return *failure;
    const QString id = std::get<Cluster *>(found)->clusterId;
    m_lifecycle.forget(id);
    m_store.remove(id);
    return HttpResponse::json({});
}

HttpResponse ClustersApi::resize(const HttpRequest &request)
{
    QJsonObject body;
    const auto found = target(request, &body);
    if (const auto *failure = std::get_if<HttpResponse>(&found))
        return *failure;
    Cluster &cluster = *std::get<Cluster *>(found);
    if (cluster.state != ClusterState::Running)
        return unexpectedState(cluster);
    if (!body.contains("num_workers"_L1) && !body.contains("autoscale"_L1))
        return invalidParameter(u"Exactly 1 of num_workers or autoscale must be specified."_s);
    Cluster resized = cluster;
    if (const auto problem = parseWorkers(body, resized, true))
        return invalidParameter(*problem);
    cluster.numWorkers = resized.numWorkers;
    cluster.autoscale = resized.autoscale;
    m_lifecycle.resize(cluster.clusterId, m_userName);
    return HttpResponse::json({});
}

HttpResponse ClustersApi::pin(const HttpRequest &request)
{
    const auto found = target(request);
    if (const auto *failure = std::get_if<HttpResponse>(&found))
        return *failure;
    Cluster &cluster = *std::get<Cluster *>(found);
    if (!cluster.pinnedByUserName.isEmpty())
        return HttpResponse::json({}); // pinning is idempotent
    if (m_store.pinnedCount() >= m_maxPinned)
        return resourceLimitExceeded(
            u"Cannot pin cluster %1: the workspace already has %2 pinned clusters, the "
            "maximum. Unpin a cluster first."_s.arg(cluster.clusterId)
                .arg(m_maxPinned));
    cluster.pinnedByUserName = m_userName;
    m_store.addEvent(cluster.clusterId, u"PINNED"_s, QJsonObject{{"user"_L1, m_userName}});
    return HttpResponse::json({});
}

HttpResponse ClustersApi::unpin(const HttpRequest &request)
{
    const auto found = target(request);
    if (const auto *failure = std::get_if<HttpResponse>(&found))
        return *failure;
    Cluster &cluster = *std::get<Cluster *>(found);
    if (cluster.pinnedByUserName.isEmpty())
        return HttpResponse::json({});
    cluster.pinnedByUserName.clear();
    m_store.addEvent(cluster.clusterId, u"UNPINNED"_s, QJsonObject{{"user"_L1, m_userName}});
    return HttpResponse::json({});
}

HttpResponse ClustersApi::events(const HttpRequest &request) const
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const QString id = body->value("cluster_id"_L1).toString();
    if (id.isEmpty())
        return invalidParameter(u"Missing required field: cluster_id"_s);
    const Cluster *cluster = m_store.find(id);
    if (!cluster)
        return invalidParameter(u"Cluster %1 does not exist"_s.arg(id));

    const QString order = body->value("order"_L1).toString(u"DESC"_s);
    if (order != "ASC"_L1 && order != "DESC"_L1)
        return invalidParameter(u"Invalid order: %1. Expected ASC or DESC."_s.arg(order));
    QStringList types;
    for (const QJsonValue &value : body->value("event_types"_L1).toArray()) {
        const QString type = value.toString();
        const bool known =
            std::any_of(std::begin(kEventTypes), std::end(kEventTypes),
                        [&type](const char *name) { return type == QLatin1StringView(name); });
        if (!known)
            return invalidParameter(u"Invalid event type: %1"_s.arg(type));
        types.append(type);
    }
    const bool tokenStyle = body->contains("page_size"_L1) || body->contains("page_token"_L1);
    const QString sizeKey = tokenStyle ? u"page_size"_s : u"limit"_s;
    qint64 pageSize = body->value(sizeKey).toInteger(0);
    if (pageSize < 0 || pageSize > kMaxEventsLimit)
        return invalidParameter(u"%1 must be between 0 and %2, got %3."_s.arg(sizeKey)
                                    .arg(kMaxEventsLimit)
                                    .arg(pageSize));
    if (pageSize == 0)
        pageSize = kDefaultEventsLimit;
    qint64 offset = body->value("offset"_L1).toInteger(0);
    if (offset < 0)
        return invalidParameter(u"offset must be non-negative, got %1."_s.arg(offset));
    const QString token = body->value("page_token"_L1).toString();
    if (!token.isEmpty()) {
        const auto decoded = PageToken::decode(token);
        if (!decoded)
            return PageToken::invalid(token);
        offset = *decoded;
    }
    const qint64 startTime = body->value("start_time"_L1).toInteger(0);
    const qint64 endTime = body->value("end_time"_L1).toInteger(0);
    if (startTime > 0 && endTime > 0 && startTime > endTime)
        return invalidParameter(
            u"start_time (%1) must not be after end_time (%2)."_s.arg(startTime).arg(endTime));

    QList<const ClusterEvent *> matching;
    for (const ClusterEvent &event : cluster->events)
        if ((startTime <= 0 || event.timestamp >= startTime) &&
            (endTime <= 0 || event.timestamp <= endTime) &&
            (types.isEmpty() || types.contains(event.type)))
            matching.append(&event);
    if (order == "DESC"_L1)
        std::reverse(matching.begin(), matching.end());

    QJsonArray events;
    const qint64 end = std::min<qint64>(offset + pageSize, matching.size());
    for (qint64 i = offset; i < end; ++i)
        events.append(eventJson(id, *matching.at(i)));
    QJsonObject out;
    if (!events.isEmpty())
        out.insert("events"_L1, events);
    if (end < matching.size()) {
        // The request for the next page, sent back unchanged by the SDKs.
        QJsonObject next = *body;
        next.remove("page_token"_L1);
        next.remove("page_size"_L1);
        next.insert("offset"_L1, end);
        next.insert("limit"_L1, pageSize);
        out.insert("next_page"_L1, next);
        out.insert("next_page_token"_L1, PageToken::encode(end));
    }
    if (offset > 0 && offset <= matching.size())
        out.insert("prev_page_token"_L1, PageToken::encode(std::max<qint64>(0, offset - pageSize)));
    out.insert("total_count"_L1, qint64(matching.size()));
    return HttpResponse::json(out);
}

HttpResponse ClustersApi::sparkVersions(const HttpRequest &request) const
{
    Q_UNUSED(request);
    QJsonArray versions;
    for (const auto &version : kSparkVersions)
        versions.append(QJsonObject{{"key"_L1, QLatin1StringView(version.key)},
                                    {"name"_L1, QLatin1StringView(version.name)}});
    return HttpResponse::json(QJsonObject{{"versions"_L1, versions}});
}

HttpResponse ClustersApi::listNodeTypes(const HttpRequest &request) const
{
    Q_UNUSED(request);
    QJsonArray nodeTypes;
    for (const auto &type : kNodeTypes) {
        const QString id = QLatin1StringView(type.id);
        QJsonObject nodeType{
            {"node_type_id"_L1, id},
            {"instance_type_id"_L1, id},
            {"memory_mb"_L1, type.memoryMb},
            {"num_cores"_L1, type.cores},
            {"description"_L1, id},
            {"category"_L1, QLatin1StringView(type.category)},
            {"photon_driver_capable"_L1, type.gpus == 0},
            {"photon_worker_capable"_L1, type.gpus == 0},
            {"node_instance_type"_L1, QJsonObject{{"instance_type_id"_L1, id},
                                                  {"local_disks"_L1, type.localDisks},
                                                  {"local_disk_size_gb"_L1, type.localDiskGb}}},
        };
        if (type.gpus > 0)
            nodeType.insert("num_gpus"_L1, type.gpus);
        nodeTypes.append(nodeType);
    }
    return HttpResponse::json(QJsonObject{{"node_types"_L1, nodeTypes}});
}

} // namespace brickdesk::emulator
