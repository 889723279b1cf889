#pragma once

#include "core/net/apierror.h"
#include "core/net/apirequest.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace brickdesk {

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

private:
    QPointer<ApiClient> m_client;
};

} // namespace brickdesk
