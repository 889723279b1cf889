#pragma once

#include "core/net/apierror.h"
#include "core/net/apirequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace brickdesk {

class ApiCall;
class ApiClient;
class Pager;

// One cluster as clusters/list answers it.
struct ClusterSummary
{
    QString clusterId;
    QString clusterName;
    QJsonObject details; // the whole ClusterDetails object

    static ClusterSummary fromJson(const QJsonObject &json);
};

// Typed calls of the Clusters API; the only place that knows its REST paths.
class ClustersService
{
public:
    using Done = std::function<void(const std::optional<ApiError> &error)>;
    using ClustersPage = std::function<void(const QList<ClusterSummary> &clusters)>;
    // The answer's object ({} on failure).
    using ObjectDone =
        std::function<void(const std::optional<ApiError> &error, const QJsonObject &reply)>;

    // clusters/events pages hold at most 500 events.
    static constexpr int kMaxEventsPage = 500;

    explicit ClustersService(ApiClient *client);
    ApiClient *client() const { return m_client; }

    // Every cluster the 2.1 list returns (job and pipeline clusters too),
    // 100 a page with page tokens. `onPage` runs for each page, `done` once;
    // destroying `context` stops the listing silently.
    Pager *listAllClusters(QObject *context, ClustersPage onPage, Done done) const;

    // The requests list models page and poll with.
    // clusters/list 2.1, 100 a page (it pages with page_size, not limit).
    static ApiRequest listRequest();
    // clusters/get for one cluster: how a transitional row is polled.
    static ApiRequest getRequest(const QString &clusterId);

    // --- reads ---
    ApiCall *getCluster(const QString &clusterId, QObject *context, ObjectDone done) const;
    // One page of clusters/events. `request` is the first page's body
    // (cluster_id, order, event_types, page_size) or, to go on, the
    // `next_page` object the previous page answered, sent back unchanged.
    ApiCall *events(const QJsonObject &request, QObject *context, ObjectDone done) const;
    // {"versions": [{"key", "name"}]}.
    ApiCall *sparkVersions(QObject *context, ObjectDone done) const;
    // {"node_types": [{"node_type_id", "num_cores", "memory_mb", ...}]}.
    ApiCall *nodeTypes(QObject *context, ObjectDone done) const;
    // {"cluster_id", "library_statuses": [...]}.
    ApiCall *libraryStatuses(const QString &clusterId, QObject *context, ObjectDone done) const;

    // --- writes ---
    // Answers {"cluster_id"}; the cluster starts PENDING.
    ApiCall *createCluster(const QJsonObject &spec, QObject *context, ObjectDone done) const;
    // The whole spec; a running cluster restarts to apply it.
    ApiCall *editCluster(const QString &clusterId, const QJsonObject &spec, QObject *context,
                         Done done) const;
    ApiCall *startCluster(const QString &clusterId, QObject *context, Done done) const;
    ApiCall *restartCluster(const QString &clusterId, QObject *context, Done done) const;
    // clusters/delete: stops the cluster and keeps its configuration.
    ApiCall *terminateCluster(const QString &clusterId, QObject *context, Done done) const;
    ApiCall *permanentlyDeleteCluster(const QString &clusterId, QObject *context, Done done) const;
    // A fixed size (numWorkers >= 0, autoscale empty) or an autoscale range
    // ({"min_workers", "max_workers"}).
    ApiCall *resizeCluster(const QString &clusterId, int numWorkers, const QJsonObject &autoscale,
                           QObject *context, Done done) const;
    ApiCall *pinCluster(const QString &clusterId, bool pin, QObject *context, Done done) const;
    // `libraries`: Library objects ({"pypi": {"package"}}, {"jar": path}, ...).
    ApiCall *installLibraries(const QString &clusterId, const QJsonArray &libraries,
                              QObject *context, Done done) const;
    // Takes effect when the cluster next restarts.
    ApiCall *uninstallLibraries(const QString &clusterId, const QJsonArray &libraries,
                                QObject *context, Done done) const;

private:
    ApiCall *post(const QString &path, const QJsonObject &body, bool idempotent, QObject *context,
                  ObjectDone done) const;
    ApiCall *postClusterId(const QString &path, const QString &clusterId, bool idempotent,
                           QObject *context, Done done) const;

    QPointer<ApiClient> m_client;
};

} // namespace brickdesk
