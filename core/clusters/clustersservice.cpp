#include "core/clusters/clustersservice.h"

#include "core/net/apiclient.h"
#include "core/net/pager.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace brickdesk {

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
    return ApiRequest::get(u"/api/2.1/clusters/list"_s).query(u"page_size"_s, qint64(100));
}

ApiRequest ClustersService::getRequest(const QString &clusterId)
{
    return ApiRequest::get(u"/api/2.1/clusters/get"_s).query(u"cluster_id"_s, clusterId);
}

} // namespace brickdesk
