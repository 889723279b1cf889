#include "core/emulator/pipelinesapi.h"

#include "core/emulator/apierrors.h"
#include "core/emulator/demoseed.h"
#include "core/emulator/emulatorclock.h"
#include "core/emulator/pagetoken.h"
#include "core/emulator/pipelineeventquery.h"
#include "core/emulator/pipelinespagetoken.h"
#include "core/emulator/pipelinespec.h"
#include "core/emulator/pipelinesstore.h"
#include "core/emulator/router.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

const QString kList = u"/api/2.0/pipelines"_s;
const QStringList kCauses{u"API_CALL"_s,
                          u"USER_ACTION"_s,
                          u"JOB_TASK"_s,
                          u"RETRY_ON_FAILURE"_s,
                          u"SCHEMA_CHANGE"_s,
                          u"SERVICE_UPGRADE"_s,
                          u"INFRASTRUCTURE_MAINTENANCE"_s};

HttpResponse pipelineNotFound(const QString &id)
{
    return notFound(u"The specified pipeline %1 was not found."_s.arg(id));
}

HttpResponse updateNotFound(const QString &id)
{
    return notFound(u"The specified update %1 was not found."_s.arg(id));
}

HttpResponse conflict(const QString &message)
{
    return apiError(409, u"RESOURCE_CONFLICT"_s, message);
}

// max_results of list and list updates: above the maximum is an error, not
// a cap.
std::variant<int, HttpResponse> maxResultsOf(const HttpRequest &request, int maximum)
{
    if (!request.hasQuery(u"max_results"_s))
        return PipelinesApi::kDefaultMaxResults;
    bool ok = false;
    const QString raw = request.queryValue(u"max_results"_s);
    const int value = raw.toInt(&ok);
    if (!ok || value <= 0)
        return invalidParameter(
            u"Invalid max_results %1: it must be a positive number."_s.arg(raw));
    if (value > maximum)
        return invalidParameter(
            u"max_results must be between 1 and %1, got %2."_s.arg(maximum).arg(value));
    return value;
}

// latest_updates carry creation_time as an ISO-8601 string, not epoch ms.
QJsonArray latestUpdates(const Pipeline &pipeline)
{
    QJsonArray updates;
    for (const PipelineUpdate &update : pipeline.updates) {
        if (updates.size() == PipelinesApi::kLatestUpdates)
            break;
        updates.append(
            QJsonObject{{"update_id"_L1, update.updateId},
                        {"state"_L1, update.state},
                        {"creation_time"_L1, PipelinesStore::isoTime(update.creationTime)}});
    }
    return updates;
}

QString health(const Pipeline &pipeline)
{
    return pipeline.state == PipelineState::Failed ? u"UNHEALTHY"_s : u"HEALTHY"_s;
}

QString runAsUserName(const Pipeline &pipeline)
{
    const QJsonObject runAs = pipeline.spec.value("run_as"_L1).toObject();
    for (const auto key : {"user_name"_L1, "service_principal_name"_L1})
        if (!runAs.value(key).toString().isEmpty())
            return runAs.value(key).toString();
    return pipeline.creatorUserName;
}

// list's filter: one `name LIKE '<pattern>'` (case-insensitive, % and _
// wildcards) or `notebook='<path>'`; nothing composite.
struct ListFilter
{
    std::optional<QRegularExpression> name;
    std::optional<QString> notebook;

    bool matches(const Pipeline &pipeline) const
    {
        if (name && !name->match(pipeline.name).hasMatch())
            return false;
        if (notebook && !PipelineSpec::notebookPaths(pipeline.spec).contains(*notebook))
            return false;
        return true;
    }
};

std::variant<ListFilter, HttpResponse> parseListFilter(const QString &text)
{
    ListFilter filter;
    if (text.trimmed().isEmpty())
        return filter;
    static const QRegularExpression composite(u"\\s(and|or)\\s"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression like(u"^\\s*name\\s+like\\s+'([^']*)'\\s*$"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression notebook(u"^\\s*notebook\\s*=\\s*'([^']*)'\\s*$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    QString outsideQuotes = text;
    outsideQuotes.replace(QRegularExpression(u"'[^']*'"_s), u"''"_s);
    // Invented wording for both refusals; the service documents only that
    // composite filters are not supported.
    if (composite.match(outsideQuotes).hasMatch())
        return invalidParameter(u"Invalid filter: %1. Composite filters are not supported: use "
                                "one of name LIKE '<pattern>' or notebook='<path>'."_s.arg(text));
    if (const QRegularExpressionMatch match = like.match(text); match.hasMatch()) {
        QString pattern;
        for (const QChar c : match.captured(1)) {
            if (c == u'%')
                pattern += ".*"_L1;
            else if (c == u'_')
                pattern += u'.';
            else
                pattern += QRegularExpression::escape(QString(c));
        }
        filter.name = QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                         QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::DotMatchesEverythingOption);
        return filter;
    }
    if (const QRegularExpressionMatch match = notebook.match(text); match.hasMatch()) {
        filter.notebook = match.captured(1);
        return filter;
    }
    return invalidParameter(u"Invalid filter: %1. Supported filters are name LIKE '<pattern>' and "
                            "notebook='<path>'."_s.arg(text));
}

std::optional<QStringList> stringList(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QStringList{};
    if (!value.isArray())
        return std::nullopt;
    QStringList out;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return std::nullopt;
        out.append(item.toString());
    }
    return out;
}

} // namespace

PipelinesApi::PipelinesApi(PipelinesStore &store, const AreaContext &context)
    : m_store(store)
    , m_clock(context.clock)
    , m_userName(context.userName)
    , m_lifecycle(store, context.processes, context.workspaceId)
{}

void PipelinesApi::registerRoutes(Router &router)
{
    router.route("GET", kList, [this](const HttpRequest &r) { return list(r); });
    router.route("POST", kList, [this](const HttpRequest &r) { return create(r); });
    for (const QByteArray method : {"GET", "POST", "PUT", "DELETE"})
        router.routePrefix(method, kList + u'/',
                           [this](const HttpRequest &r) { return dispatch(r); });
}

void PipelinesApi::seed(const SeedContext &context)
{
    m_lifecycle.clearDatasetFailures();
    DemoSeed::seedPipelines(m_store, m_lifecycle, context.userName, m_clock.now(), context.demo());
}

HttpResponse PipelinesApi::dispatch(const HttpRequest &request)
{
    // {id}, {id}/updates, {id}/updates/{update_id}, {id}/events, {id}/stop
    const QStringList parts = request.path.mid(kList.size() + 1).split(u'/');
    const QString id = parts.value(0);
    const QString sub = parts.value(1);
    const QByteArray &method = request.method;
    if (id.isEmpty() || parts.size() > 3 || parts.contains(QString()))
        return Router::endpointNotFound(request);
    if (parts.size() == 1) {
        if (method == "GET")
            return get(id);
        if (method == "PUT")
            return edit(id, request);
        if (method == "DELETE")
            return remove(id);
    } else if (sub == "updates"_L1 && parts.size() == 2) {
        if (method == "GET")
            return listUpdates(id, request);
        if (method == "POST")
            return startUpdate(id, request);
    } else if (sub == "updates"_L1 && method == "GET") {
        return getUpdate(id, parts.at(2));
    } else if (sub == "events"_L1 && parts.size() == 2 && method == "GET") {
        return events(id, request);
    } else if (sub == "stop"_L1 && parts.size() == 2 && method == "POST") {
        return stop(id);
    }
    return Router::endpointNotFound(request);
}

QJsonObject PipelinesApi::statusJson(const Pipeline &pipeline)
{
    QJsonObject out{{"pipeline_id"_L1, pipeline.pipelineId},
                    {"name"_L1, pipeline.name},
                    {"state"_L1, PipelinesStore::stateName(pipeline.state)},
                    {"health"_L1, health(pipeline)},
                    {"creator_user_name"_L1, pipeline.creatorUserName},
                    {"run_as_user_name"_L1, runAsUserName(pipeline)}};
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
    if (!pipeline.cause.isEmpty())
        out.insert("cause"_L1, pipeline.cause);
    QJsonObject runAs = pipeline.spec.value("run_as"_L1).toObject();
    if (runAs.isEmpty())
        runAs.insert("user_name"_L1, pipeline.creatorUserName);
    out.insert("run_as"_L1, runAs);
    return out;
}

QJsonObject PipelinesApi::updateJson(const Pipeline &pipeline, const PipelineUpdate &update,
                                     bool withConfig)
{
    QJsonObject out{
        {"pipeline_id"_L1, pipeline.pipelineId},
        {"update_id"_L1, update.updateId},
        {"state"_L1, update.state},
        {"cause"_L1, update.cause},
        {"creation_time"_L1, update.creationTime},
        {"full_refresh"_L1, update.fullRefresh},
        {"refresh_selection"_L1, QJsonArray::fromStringList(update.refreshSelection)},
        {"full_refresh_selection"_L1, QJsonArray::fromStringList(update.fullRefreshSelection)},
        {"validate_only"_L1, update.validateOnly}};
    if (!update.clusterId.isEmpty())
        out.insert("cluster_id"_L1, update.clusterId);
    if (withConfig) {
        out.insert("config"_L1, update.config);
        out.insert("mode"_L1, update.continuous ? u"CONTINUOUS"_s : u"TRIGGERED"_s);
    }
    return out;
}

HttpResponse PipelinesApi::list(const HttpRequest &request) const
{
    const auto max = maxResultsOf(request, kMaxResults);
    if (const auto *failure = std::get_if<HttpResponse>(&max))
        return *failure;
    const int maxResults = std::get<int>(max);

    // A token carries the filter and order of the listing it continues, so
    // a later page needs the token alone.
    QString filterText = request.queryValue(u"filter"_s);
    // A form-encoded space ("name+desc") reads as one too.
    QString order = request.queryValue(u"order_by"_s).replace(u'+', u' ').simplified().toLower();
    qint64 offset = 0;
    if (PageToken::isSent(request)) {
        const QString raw = request.queryValue(QString::fromLatin1(PageToken::kQueryKey));
        const std::optional<QJsonObject> state = PipelinesPageToken::decode(raw);
        if (!state || state->value("kind"_L1).toString() != "pipelines"_L1)
            return PageToken::invalid(raw);
        filterText = state->value("filter"_L1).toString();
        order = state->value("order_by"_L1).toString();
        offset = state->value("offset"_L1).toInteger();
    }
    if (order.isEmpty())
        order = u"id asc"_s;
    if (!order.contains(u' '))
        order += " asc"_L1;
    const bool byName = order.startsWith("name "_L1);
    const bool descending = order.endsWith(" desc"_L1);
    if ((!byName && !order.startsWith("id "_L1)) || (!descending && !order.endsWith(" asc"_L1)) ||
        order.count(u' ') != 1)
        return invalidParameter(u"Invalid order_by '%1': pipelines can be ordered by id or name, "
                                "asc or desc."_s.arg(request.queryValue(u"order_by"_s)));
    const auto parsed = parseListFilter(filterText);
    if (const auto *failure = std::get_if<HttpResponse>(&parsed))
        return *failure;
    const ListFilter &filter = std::get<ListFilter>(parsed);

    QList<const Pipeline *> pipelines; // by id from the store
    for (const Pipeline *pipeline : m_store.pipelines())
        if (filter.matches(*pipeline))
            pipelines.append(pipeline);
    if (byName)
        std::stable_sort(pipelines.begin(), pipelines.end(),
                         [](const Pipeline *a, const Pipeline *b) {
                             return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
                         });
    if (descending)
        std::reverse(pipelines.begin(), pipelines.end());

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
        body.insert("next_page_token"_L1,
                    PipelinesPageToken::encode(QJsonObject{{"kind"_L1, u"pipelines"_s},
                                                           {"filter"_L1, filterText},
                                                           {"order_by"_L1, order},
                                                           {"offset"_L1, end}}));
    return HttpResponse::json(body);
}

HttpResponse PipelinesApi::create(const HttpRequest &request)
{
    const std::optional<QJsonObject> body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto read = PipelineSpec::read(*body, u"CreatePipeline"_s, id);
    if (const auto *failure = std::get_if<HttpResponse>(&read))
        return *failure;
    const PipelineSpec::Read &spec = std::get<PipelineSpec::Read>(read);
    if (!body->value("allow_duplicate_names"_L1).toBool() && m_store.hasName(spec.name))
        // Invented wording modelled on the legacy CLI's "Pipeline with name
        // ... already exists" for this RESOURCE_CONFLICT.
        return conflict(u"Pipeline with name '%1' already exists. Set allow_duplicate_names to "
                        "create another pipeline with the same name."_s.arg(spec.name));
    if (body->value("dry_run"_L1).toBool()) {
        QJsonObject effective = spec.spec;
        effective.insert("id"_L1, id);
        effective.insert("name"_L1, spec.name);
        return HttpResponse::json(QJsonObject{{"effective_settings"_L1, effective}});
    }
    Pipeline pipeline;
    pipeline.pipelineId = id;
    pipeline.name = spec.name;
    pipeline.creatorUserName = m_userName;
    pipeline.spec = spec.spec;
    pipeline.datasets = PipelineSpec::datasetsFor(spec.spec);
    m_store.add(pipeline);
    return HttpResponse::json(QJsonObject{{"pipeline_id"_L1, id}});
}

HttpResponse PipelinesApi::get(const QString &pipelineId) const
{
    const Pipeline *pipeline = m_store.find(pipelineId);
    if (!pipeline)
        return pipelineNotFound(pipelineId);
    return HttpResponse::json(pipelineJson(*pipeline));
}

HttpResponse PipelinesApi::edit(const QString &pipelineId, const HttpRequest &request)
{
    Pipeline *pipeline = m_store.modify(pipelineId);
    if (!pipeline)
        return pipelineNotFound(pipelineId);
    const std::optional<QJsonObject> body = request.jsonBody();
    if (!body)
        return malformedRequest();
    // `id` may be left out (a PUT without it succeeds); sent, it must be
    // the path's. Invented wording.
    if (body->contains("id"_L1) && body->value("id"_L1).toString() != pipelineId)
        return invalidParameter(u"The pipeline id in the request body (%1) does not match the "
                                "pipeline id in the path (%2)."_s.arg(
                                    body->value("id"_L1).toVariant().toString(), pipelineId));
    if (body->contains("expected_last_modified"_L1) &&
        body->value("expected_last_modified"_L1).toInteger() != pipeline->lastModified)
        // Invented wording: the service documents a conflict, not its text.
        return conflict(u"The pipeline %1 has been modified since the settings were read: "
                        "expected_last_modified is %2 but the pipeline was last modified at %3. "
                        "Get the pipeline again and reapply the changes."_s.arg(pipelineId)
                            .arg(body->value("expected_last_modified"_L1).toInteger())
                            .arg(pipeline->lastModified));
    const auto read = PipelineSpec::read(*body, u"EditPipeline"_s, pipelineId);
    if (const auto *failure = std::get_if<HttpResponse>(&read))
        return *failure;
    const PipelineSpec::Read &spec = std::get<PipelineSpec::Read>(read);
    if (!body->value("allow_duplicate_names"_L1).toBool() && m_store.hasName(spec.name, pipelineId))
        return conflict(u"Pipeline with name '%1' already exists. Set allow_duplicate_names to "
                        "use the same name for more than one pipeline."_s.arg(spec.name));
    // New source code defines new datasets; the same keeps them.
    if (spec.spec.value("libraries"_L1) != pipeline->spec.value("libraries"_L1))
        pipeline->datasets = PipelineSpec::datasetsFor(spec.spec);
    pipeline->name = spec.name;
    pipeline->spec = spec.spec;
    // Strictly later, so expected_last_modified tells every edit apart even
    // on a frozen clock.
    pipeline->lastModified = std::max(m_clock.now(), pipeline->lastModified + 1);
    return HttpResponse::json({});
}

HttpResponse PipelinesApi::remove(const QString &pipelineId)
{
    if (!m_store.find(pipelineId))
        return pipelineNotFound(pipelineId);
    // cascade (drop the datasets too) and force change nothing here: the
    // emulator keeps no tables outside the pipeline. An active update ends
    // with the pipeline.
    m_lifecycle.forget(pipelineId);
    m_store.remove(pipelineId);
    return HttpResponse::json({});
}

HttpResponse PipelinesApi::startUpdate(const QString &pipelineId, const HttpRequest &request)
{
    const Pipeline *pipeline = m_store.find(pipelineId);
    if (!pipeline)
        return pipelineNotFound(pipelineId);
    const std::optional<QJsonObject> body = request.jsonBody();
    if (!body)
        return malformedRequest();
    PipelineUpdateLifecycle::StartRequest start;
    for (const auto key : {"full_refresh"_L1, "validate_only"_L1})
        if (body->contains(key) && !body->value(key).isBool())
            return invalidParameter(u"Invalid value for '%1': expected a boolean."_s.arg(key));
    start.fullRefresh = body->value("full_refresh"_L1).toBool();
    start.validateOnly = body->value("validate_only"_L1).toBool();
    const auto refresh = stringList(body->value("refresh_selection"_L1));
    const auto fullRefresh = stringList(body->value("full_refresh_selection"_L1));
    if (!refresh || !fullRefresh)
        return invalidParameter(u"refresh_selection and full_refresh_selection must be arrays of "
                                "table names."_s);
    start.refreshSelection = *refresh;
    start.fullRefreshSelection = *fullRefresh;
    if (body->contains("cause"_L1)) {
        start.cause = body->value("cause"_L1).toString();
        if (!kCauses.contains(start.cause))
            return invalidParameter(u"Invalid cause '%1': expected one of %2."_s.arg(
                body->value("cause"_L1).toVariant().toString(), kCauses.join(", "_L1)));
    }
    // Invented wording for the two refusals below.
    if (start.fullRefresh && (!refresh->isEmpty() || !fullRefresh->isEmpty()))
        return invalidParameter(u"full_refresh cannot be combined with refresh_selection or "
                                "full_refresh_selection."_s);
    QStringList unknown;
    for (const QString &table : *refresh + *fullRefresh)
        if (!pipeline->findDataset(table) && !unknown.contains(table))
            unknown.append(table);
    if (!unknown.isEmpty())
        return invalidParameter(u"The following tables in the refresh selection are not defined "
                                "in pipeline %1: %2."_s.arg(pipelineId, unknown.join(", "_L1)));
    if (const PipelineUpdate *active = pipeline->activeUpdate())
        // The service refuses a second active update; no public source shows
        // the status or the words, RESOURCE_CONFLICT is the likeliest.
        return conflict(u"An active update %1 already exists for pipeline %2 (state %3). Stop "
                        "it or wait for it to finish before starting another update."_s.arg(
                            active->updateId, pipelineId, active->state));
    const QString updateId = m_lifecycle.start(pipelineId, start);
    return HttpResponse::json(QJsonObject{{"update_id"_L1, updateId}});
}

HttpResponse PipelinesApi::listUpdates(const QString &pipelineId, const HttpRequest &request) const
{
    const Pipeline *pipeline = m_store.find(pipelineId);
    if (!pipeline)
        return pipelineNotFound(pipelineId);
    const auto max = maxResultsOf(request, kMaxResults);
    if (const auto *failure = std::get_if<HttpResponse>(&max))
        return *failure;
    const int maxResults = std::get<int>(max);
    const auto decoded = PageToken::offset(request);
    if (const auto *failure = std::get_if<HttpResponse>(&decoded))
        return *failure;
    const qint64 offset = std::get<qint64>(decoded);

    // Newest first, down to and including until_update_id.
    qsizetype count = pipeline->updates.size();
    if (request.hasQuery(u"until_update_id"_s)) {
        const QString until = request.queryValue(u"until_update_id"_s);
        const auto it = std::find_if(pipeline->updates.begin(), pipeline->updates.end(),
                                     [&](const PipelineUpdate &u) { return u.updateId == until; });
        if (it == pipeline->updates.end())
            return updateNotFound(until);
        count = (it - pipeline->updates.begin()) + 1;
    }
    QJsonArray updates;
    const qint64 end = std::min<qint64>(offset + maxResults, count);
    for (qint64 i = offset; i < end; ++i)
        updates.append(updateJson(*pipeline, pipeline->updates.at(i), false));
    QJsonObject body;
    if (!updates.isEmpty())
        body.insert("updates"_L1, updates);
    if (end < count)
        body.insert("next_page_token"_L1, PageToken::encode(end));
    if (offset > 0)
        body.insert("prev_page_token"_L1,
                    PageToken::encode(std::max<qint64>(0, offset - maxResults)));
    return HttpResponse::json(body);
}

HttpResponse PipelinesApi::getUpdate(const QString &pipelineId, const QString &updateId) const
{
    const Pipeline *pipeline = m_store.find(pipelineId);
    if (!pipeline)
        return pipelineNotFound(pipelineId);
    const PipelineUpdate *update = pipeline->findUpdate(updateId);
    if (!update)
        return updateNotFound(updateId);
    return HttpResponse::json(QJsonObject{{"update"_L1, updateJson(*pipeline, *update, true)}});
}

HttpResponse PipelinesApi::events(const QString &pipelineId, const HttpRequest &request) const
{
    const Pipeline *pipeline = m_store.find(pipelineId);
    if (!pipeline)
        return pipelineNotFound(pipelineId);
    const auto query = PipelineEventQuery::fromRequest(request);
    if (const auto *failure = std::get_if<HttpResponse>(&query))
        return *failure;
    return HttpResponse::json(std::get<PipelineEventQuery>(query).page(pipeline->events));
}

HttpResponse PipelinesApi::stop(const QString &pipelineId)
{
    if (!m_store.find(pipelineId))
        return pipelineNotFound(pipelineId);
    // Not update-specific, and a no-op without an active update.
    m_lifecycle.stop(pipelineId);
    return HttpResponse::json({});
}

} // namespace brickdesk::emulator
