#pragma once

#include "core/emulator/emulatorarea.h"
#include "core/emulator/httpmessage.h"

#include <QJsonObject>

#include <variant>

namespace brickdesk::emulator {

class ClusterLifecycle;
class ClustersStore;
class EmulatorClock;
class Router;
struct Cluster;

// /api/2.0|2.1/clusters/*: list (2.0 at once, 2.1 paged with page_size /
// page_token, filter_by and sort_by), get, create, edit, update, start, restart,
// delete (terminate), permanent-delete, resize, pin, unpin, events,
// spark-versions and list-node-types. State changes run on the
// ClusterLifecycle; a call the cluster's state does not allow answers 400
// INVALID_STATE "Cluster <id> is in unexpected state <State>.".
class ClustersApi : public EmulatorArea
{
public:
    static constexpr int kMaxPageSize = 100;       // also the default
    static constexpr int kMaxPinnedClusters = 100; // per workspace
    static constexpr int kDefaultEventsLimit = 50;
    static constexpr int kMaxEventsLimit = 500;

    ClustersApi(ClustersStore &store, ClusterLifecycle &lifecycle, EmulatorClock &clock,
                const QString &userName);
    void registerRoutes(Router &router) override;
    void seed(const SeedContext &context) override;

    // How many clusters may be pinned at once (default kMaxPinnedClusters).
    void setMaxPinnedClusters(int max) { m_maxPinned = max; }

    HttpResponse list20(const HttpRequest &request) const;
    HttpResponse list21(const HttpRequest &request) const;
    HttpResponse get(const HttpRequest &request) const;
    HttpResponse create(const HttpRequest &request);
    HttpResponse edit(const HttpRequest &request);
    HttpResponse update(const HttpRequest &request);
    HttpResponse start(const HttpRequest &request);
    HttpResponse restart(const HttpRequest &request);
    HttpResponse terminate(const HttpRequest &request);
    HttpResponse permanentDelete(const HttpRequest &request);
    HttpResponse resize(const HttpRequest &request);
    HttpResponse pin(const HttpRequest &request);
    HttpResponse unpin(const HttpRequest &request);
    HttpResponse events(const HttpRequest &request) const;
    HttpResponse sparkVersions(const HttpRequest &request) const;
    HttpResponse listNodeTypes(const HttpRequest &request) const;

    static QJsonObject clusterJson(const Cluster &cluster);
    // The settings part of a cluster (what create and edit take).
    static QJsonObject specJson(const Cluster &cluster);
    static HttpResponse unexpectedState(const Cluster &cluster);

private:
    QList<const Cluster *> sorted() const;
    // The body's cluster, or the error to answer (malformed body, missing or
    // unknown cluster_id).
    std::variant<Cluster *, HttpResponse> target(const HttpRequest &request,
                                                 QJsonObject *body = nullptr);
    // Edit and update: the checks before new settings apply.
    std::optional<HttpResponse> checkEditable(const Cluster &cluster) const;
    HttpResponse applyEdit(Cluster &cluster, const QJsonObject &spec);

    ClustersStore &m_store;
    ClusterLifecycle &m_lifecycle;
    EmulatorClock &m_clock;
    QString m_userName;
    int m_maxPinned = kMaxPinnedClusters;
};

} // namespace brickdesk::emulator
