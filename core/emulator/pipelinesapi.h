#pragma once

#include "core/emulator/emulatorarea.h"
#include "core/emulator/httpmessage.h"
#include "core/emulator/pipelineupdatelifecycle.h"

#include <QJsonObject>

namespace brickdesk::emulator {

class PipelinesStore;
class EmulatorClock;
class Router;
struct Pipeline;
struct PipelineUpdate;

// The Pipelines API 2.0 under /api/2.0/pipelines: list, create, get, edit
// (PUT), delete, start/list/get updates, events and stop. Updates run on
// the emulator clock through PipelineUpdateLifecycle.
class PipelinesApi : public EmulatorArea
{
public:
    static constexpr int kDefaultMaxResults = 25;
    static constexpr int kMaxResults = 100;
    // How many updates list and get show in latest_updates.
    static constexpr int kLatestUpdates = 5;

    PipelinesApi(PipelinesStore &store, const AreaContext &context);
    void registerRoutes(Router &router) override;
    void seed(const SeedContext &context) override;

    // Knobs: failDataset(), addSyntheticEvents(), timing.
    PipelineUpdateLifecycle &lifecycle() { return m_lifecycle; }

    HttpResponse list(const HttpRequest &request) const;
    HttpResponse create(const HttpRequest &request);
    HttpResponse get(const QString &pipelineId) const;
    HttpResponse edit(const QString &pipelineId, const HttpRequest &request);
    HttpResponse remove(const QString &pipelineId);
    HttpResponse startUpdate(const QString &pipelineId, const HttpRequest &request);
    HttpResponse listUpdates(const QString &pipelineId, const HttpRequest &request) const;
    HttpResponse getUpdate(const QString &pipelineId, const QString &updateId) const;
    HttpResponse events(const QString &pipelineId, const HttpRequest &request) const;
    HttpResponse stop(const QString &pipelineId);

    static QJsonObject statusJson(const Pipeline &pipeline);
    static QJsonObject pipelineJson(const Pipeline &pipeline);
    // UpdateInfo; list updates leaves out config and mode.
    static QJsonObject updateJson(const Pipeline &pipeline, const PipelineUpdate &update,
                                  bool withConfig);

private:
    HttpResponse dispatch(const HttpRequest &request);

    PipelinesStore &m_store;
    EmulatorClock &m_clock;
    QString m_userName;
    PipelineUpdateLifecycle m_lifecycle;
};

} // namespace brickdesk::emulator
