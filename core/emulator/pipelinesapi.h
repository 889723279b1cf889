#pragma once

#include "core/emulator/emulatorarea.h"
#include "core/emulator/httpmessage.h"

#include <QJsonObject>

namespace brickdesk::emulator {

class PipelinesStore;
class EmulatorClock;
class Router;
struct Pipeline;

// /api/2.0/pipelines (list, paged with max_results / page_token) and
// /api/2.0/pipelines/{pipeline_id} (get), read-only.
class PipelinesApi : public EmulatorArea
{
public:
    static constexpr int kDefaultMaxResults = 25;
    static constexpr int kMaxResults = 100;

    PipelinesApi(PipelinesStore &store, EmulatorClock &clock);
    void registerRoutes(Router &router) override;
    void seed(const SeedContext &context) override;

    HttpResponse list(const HttpRequest &request) const;
    HttpResponse get(const HttpRequest &request) const;

    static QJsonObject statusJson(const Pipeline &pipeline);
    static QJsonObject pipelineJson(const Pipeline &pipeline);

private:
    PipelinesStore &m_store;
    EmulatorClock &m_clock;
};

} // namespace brickdesk::emulator
