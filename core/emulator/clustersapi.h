#pragma once

#include "core/emulator/emulatorarea.h"
#include "core/emulator/httpmessage.h"

#include <QJsonObject>

namespace brickdesk::emulator {

class ClustersStore;
class EmulatorClock;
class Router;
struct Cluster;

// /api/2.0|2.1/clusters/list and /clusters/get, read-only: 2.0 lists every
// cluster at once, 2.1 pages with page_size / page_token.
class ClustersApi : public EmulatorArea
{
public:
    static constexpr int kMaxPageSize = 100; // also the default

    ClustersApi(ClustersStore &store, EmulatorClock &clock);
    void registerRoutes(Router &router) override;
    void seed(const SeedContext &context) override;

    HttpResponse list20(const HttpRequest &request) const;
    HttpResponse list21(const HttpRequest &request) const;
    HttpResponse get(const HttpRequest &request) const;

    static QJsonObject clusterJson(const Cluster &cluster);

private:
    QList<const Cluster *> sorted() const;

    ClustersStore &m_store;
    EmulatorClock &m_clock;
};

} // namespace brickdesk::emulator
