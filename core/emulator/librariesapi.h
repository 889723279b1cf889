#pragma once

#include "core/emulator/emulatorarea.h"
#include "core/emulator/httpmessage.h"

#include <QJsonObject>

namespace brickdesk::emulator {

class ClusterLifecycle;
class ClustersStore;
class Router;
struct Cluster;

// /api/2.0/libraries/*: cluster-status, all-cluster-statuses, install and
// uninstall. Installs run on the ClusterLifecycle while the cluster runs
// (PENDING → RESOLVING → INSTALLING → INSTALLED or FAILED) and wait in
// PENDING while it does not; uninstalls mark UNINSTALL_ON_RESTART and take
// effect on the next restart or termination.
class LibrariesApi : public EmulatorArea
{
public:
    LibrariesApi(ClustersStore &store, ClusterLifecycle &lifecycle);
    void registerRoutes(Router &router) override;

    HttpResponse clusterStatus(const HttpRequest &request) const;
    HttpResponse allClusterStatuses(const HttpRequest &request) const;
    HttpResponse install(const HttpRequest &request);
    HttpResponse uninstall(const HttpRequest &request);

    // {"cluster_id", "library_statuses": [...]}: libraries to install in
    // the order added, then those marked for removal.
    static QJsonObject statusJson(const Cluster &cluster);

private:
    ClustersStore &m_store;
    ClusterLifecycle &m_lifecycle;
};

} // namespace brickdesk::emulator
