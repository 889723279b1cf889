#include "core/emulator/pipelinesapi.h"

#include "core/emulator/apierrors.h"
#include "core/emulator/demoseed.h"
#include "core/emulator/emulatorclock.h"
#include "core/emulator/pagetoken.h"
#include "core/emulator/pipelinesstore.h"
#include "core/emulator/router.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

const QString kList = u"/api/2.0/pipelines"_s;

// latest_updates carry creation_time as an ISO-8601 string, not epoch ms.
QJsonArray latestUpdates(const Pipeline &pipeline)
{
    QJsonArray updates;
    for (const PipelineUpdate &update : pipeline.latestUpdates)
        updates.append(QJsonObject{
            {"update_id"_L1, update.updateId},
            {"state"_L1, update.state},
            {"creation_time"_L1, QDateTime::fromMSecsSinceEpoch(update.creationTime, Qt::UTC)
                                     .toString(Qt::ISODateWithMs)}});
    return updates;
}

QString health(const Pipeline &pipeline)
{
    return pipeline.state == PipelineState::Failed ? u"UNHEALTHY"_s : u"HEALTHY"_s;
}

} // namespace

PipelinesApi::PipelinesApi(PipelinesStore &store, EmulatorClock &clock)
    : m_store(store)
    , m_clock(clock)
{}

void PipelinesApi::registerRoutes(Router &router)
{
    router.route("GET", kList, [this](const HttpRequest &r) { return list(r); });
    router.routePrefix("GET", kList + u'/', [this](const HttpRequest &r) { return get(r); });
}

void PipelinesApi::seed(const SeedContext &context)
{
    DemoSeed::seedPipelines(m_store, context.userName, m_clock.now(), context.demo());
}

QJsonObject PipelinesApi::statusJson(const Pipeline &pipeline)
{
    QJsonObject out{{"pipeline_id"_L1, pipeline.pipelineId},
                    {"name"_L1, pipeline.name},
                    {"state"_L1, PipelinesStore::stateName(pipeline.state)},
                    {"health"_L1, health(pipeline)},
                    {"creator_user_name"_L1, pipeline.creatorUserName},
                    {"run_as_user_name"_L1, pipeline.creatorUserName}};
    if (!pipeline.clusterId.isEmpty())
        out.insert("cluster_id"_L1, pipeline.clusterId);
    const QJsonArray updates = latestUpdates(pipeline);
    if (!updates.isEmpty())
        out.insert("latest_updates"_L1, updates);
    return out;
}

QJsonObject PipelinesApi::pipelineJson(const Pipeline &pipeline)
{
    QJsonObject spec = pipeline.spec;
    spec.insert("id"_L1, pipeline.pipelineId);
    spec.insert("name"_L1, pipeline.name);
    QJsonObject out = statusJson(pipeline);
    out.insert("spec"_L1, spec);
    out.insert("last_modified"_L1, pipeline.lastModified);
    return out;
}

HttpResponse PipelinesApi::list(const HttpRequest &request) const
{
    int maxResults = kDefaultMaxResults;
    if (request.hasQuery(u"max_results"_s)) {
        bool ok = false;
        const QString raw = request.queryValue(u"max_results"_s);
        maxResults = raw.toInt(&ok);
        if (!ok || maxResults <= 0)
            return invalidParameter(
                u"Invalid max_results %1: it must be a positive number."_s.arg(raw));
        // Above the maximum is an error, not a cap.
        if (maxResults > kMaxResults)
            return invalidParameter(
                u"max_results must be at most %1, got %2."_s.arg(kMaxResults).arg(maxResults));
    }
    const auto decoded = PageToken::offset(request);
    if (const auto *failure = std::get_if<HttpResponse>(&decoded))
        return *failure;
    const qint64 offset = std::get<qint64>(decoded);

    const QList<const Pipeline *> pipelines = m_store.pipelines(); // order_by "id asc"
    QJsonArray statuses;
    const qint64 end = std::min<qint64>(offset + maxResults, pipelines.size());
    for (qint64 i = offset; i < end; ++i)
        statuses.append(statusJson(*pipelines.at(i)));
    // list answers `statuses`, omitted when empty, and next_page_token while
    // more pipelines follow.
    QJsonObject body;
    if (!statuses.isEmpty())
        body.insert("statuses"_L1, statuses);
    if (end < pipelines.size())
        body.insert("next_page_token"_L1, PageToken::encode(end));
    return HttpResponse::json(body);
}

HttpResponse PipelinesApi::get(const HttpRequest &request) const
{
    const QString id = request.path.mid(kList.size() + 1);
    if (id.isEmpty() || id.contains(u'/'))
        return Router::endpointNotFound(request);
    const Pipeline *pipeline = m_store.find(id);
    if (!pipeline)
        return notFound(u"The specified pipeline %1 was not found."_s.arg(id));
    return HttpResponse::json(pipelineJson(*pipeline));
}

} // namespace brickdesk::emulator
