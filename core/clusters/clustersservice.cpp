#include "core/clusters/clustersservice.h"

#include "core/net/apiclient.h"
#include "core/net/pager.h"
#include "core/net/replyhandlers.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

const QString kBase = u"/api/2.1/clusters/"_s;
const QString kLibraries = u"/api/2.0/libraries/"_s;

QJsonObject clusterIdBody(const QString &clusterId)
{
    return {{u"cluster_id"_s, clusterId}};
}

} // namespace

ClusterSummary ClusterSummary::fromJson(const QJsonObject &json)
{
    return {json.value("cluster_id"_L1).toString(), json.value("cluster_name"_L1).toString(), json};
}

ClustersService::ClustersService(ApiClient *client)
    : m_client(client)
{}

Pager *ClustersService::listAllClusters(QObject *context, ClustersPage onPage, Done done) const
{
    if (!m_client)
        return nullptr;
    // 2.1 pages with page_size, not limit, so the pager is given no size.
    return Pager::fetchAll(
        m_client, listRequest(), Pager::Style::PageToken, 0, context,
        [onPage = std::move(onPage)](const QJsonObject &page) {
            QList<ClusterSummary> clusters;
            for (const QJsonValue &value : page.value("clusters"_L1).toArray())
                clusters.append(ClusterSummary::fromJson(value.toObject()));
            if (onPage)
                onPage(clusters);
        },
        std::move(done));
}

ApiRequest ClustersService::listRequest()
{
    return ApiRequest::get(kBase + "list"_L1).query(u"page_size"_s, qint64(100));
}

ApiRequest ClustersService::getRequest(const QString &clusterId)
{
    return ApiRequest::get(kBase + "get"_L1).query(u"cluster_id"_s, clusterId);
}

ApiCall *ClustersService::post(const QString &path, const QJsonObject &body, bool idempotent,
                               QObject *context, ObjectDone done) const
{
    return m_client->send(ApiRequest::post(path, body).idempotent(idempotent), context,
                          wholeObject(std::move(done)));
}

ApiCall *ClustersService::postClusterId(const QString &path, const QString &clusterId,
                                        bool idempotent, QObject *context, Done done) const
{
    return m_client->send(
        ApiRequest::post(kBase + path, clusterIdBody(clusterId)).idempotent(idempotent), context,
        noBody(std::move(done)));
}

ApiCall *ClustersService::getCluster(const QString &clusterId, QObject *context,
                                     ObjectDone done) const
{
    return m_client->send(getRequest(clusterId), context, wholeObject(std::move(done)));
}

ApiCall *ClustersService::events(const QJsonObject &request, QObject *context,
                                 ObjectDone done) const
{
    // A POST that only reads: safe to repeat.
    return post(kBase + "events"_L1, request, true, context, std::move(done));
}

ApiCall *ClustersService::sparkVersions(QObject *context, ObjectDone done) const
{
    return m_client->send(ApiRequest::get(kBase + "spark-versions"_L1), context,
                          wholeObject(std::move(done)));
}

ApiCall *ClustersService::nodeTypes(QObject *context, ObjectDone done) const
{
    return m_client->send(ApiRequest::get(kBase + "list-node-types"_L1), context,
                          wholeObject(std::move(done)));
}

ApiCall *ClustersService::libraryStatuses(const QString &clusterId, QObject *context,
                                          ObjectDone done) const
{
    return m_client->send(
        ApiRequest::get(kLibraries + "cluster-status"_L1).query(u"cluster_id"_s, clusterId),
        context, wholeObject(std::move(done)));
}

ApiCall *ClustersService::createCluster(const QJsonObject &spec, QObject *context,
                                        ObjectDone done) const
{
    // Not idempotent: a repeat after a lost answer would create a second cluster.
    return post(kBase + "create"_L1, spec, false, context, std::move(done));
}

ApiCall *ClustersService::editCluster(const QString &clusterId, const QJsonObject &spec,
                                      QObject *context, Done done) const
{
    QJsonObject body = spec;
    body.insert(u"cluster_id"_s, clusterId);
    // Not repeated: a second edit of a restarting cluster is refused for its state.
    return m_client->send(ApiRequest::post(kBase + "edit"_L1, body), context,
                          noBody(std::move(done)));
}

ApiCall *ClustersService::startCluster(const QString &clusterId, QObject *context, Done done) const
{
    // A repeat would be refused: the cluster is PENDING by then.
    return postClusterId(u"start"_s, clusterId, false, context, std::move(done));
}

ApiCall *ClustersService::restartCluster(const QString &clusterId, QObject *context,
                                         Done done) const
{
    return postClusterId(u"restart"_s, clusterId, false, context, std::move(done));
}

ApiCall *ClustersService::terminateCluster(const QString &clusterId, QObject *context,
                                           Done done) const
{
    // A no-op on a terminating or terminated cluster: safe to repeat.
    return postClusterId(u"delete"_s, clusterId, true, context, std::move(done));
}

ApiCall *ClustersService::permanentlyDeleteCluster(const QString &clusterId, QObject *context,
                                                   Done done) const
{
    return postClusterId(u"permanent-delete"_s, clusterId, false, context, std::move(done));
}

ApiCall *ClustersService::resizeCluster(const QString &clusterId, int numWorkers,
                                        const QJsonObject &autoscale, QObject *context,
                                        Done done) const
{
    QJsonObject body = clusterIdBody(clusterId);
    if (autoscale.isEmpty())
        body.insert(u"num_workers"_s, numWorkers);
    else
        body.insert(u"autoscale"_s, autoscale);
    return m_client->send(ApiRequest::post(kBase + "resize"_L1, body), context,
                          noBody(std::move(done)));
}

ApiCall *ClustersService::pinCluster(const QString &clusterId, bool pin, QObject *context,
                                     Done done) const
{
    // Pinning is idempotent on the server.
    return postClusterId(pin ? u"pin"_s : u"unpin"_s, clusterId, true, context, std::move(done));
}

ApiCall *ClustersService::installLibraries(const QString &clusterId, const QJsonArray &libraries,
                                           QObject *context, Done done) const
{
    QJsonObject body = clusterIdBody(clusterId);
    body.insert(u"libraries"_s, libraries);
    // Installing what is already installed changes nothing.
    return m_client->send(ApiRequest::post(kLibraries + "install"_L1, body).idempotent(), context,
                          noBody(std::move(done)));
}

ApiCall *ClustersService::uninstallLibraries(const QString &clusterId, const QJsonArray &libraries,
                                             QObject *context, Done done) const
{
    QJsonObject body = clusterIdBody(clusterId);
    body.insert(u"libraries"_s, libraries);
    // Uninstalling what is not installed is ignored.
    return m_client->send(ApiRequest::post(kLibraries + "uninstall"_L1, body).idempotent(), context,
                          noBody(std::move(done)));
}

} // namespace brickdesk
