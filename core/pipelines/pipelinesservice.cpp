#include "core/pipelines/pipelinesservice.h"

#include "core/net/apiclient.h"
#include "core/net/pager.h"
#include "core/net/replyhandlers.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

const QString kBase = u"/api/2.0/pipelines"_s;

} // namespace

PipelineSummary PipelineSummary::fromJson(const QJsonObject &json)
{
    return {json.value("pipeline_id"_L1).toString(), json.value("name"_L1).toString(),
            json.value("state"_L1).toString()};
}

PipelineDetails PipelineDetails::fromJson(const QJsonObject &json)
{
    PipelineDetails details;
    details.id = json.value("pipeline_id"_L1).toString();
    details.spec = json.value("spec"_L1).toObject();
    details.name = json.value("name"_L1).toString();
    if (details.name.isEmpty())
        details.name = details.spec.value("name"_L1).toString();
    return details;
}

PipelinesService::PipelinesService(ApiClient *client)
    : m_client(client)
{}

Pager *PipelinesService::listAllPipelines(QObject *context, PipelinesPage onPage, Done done) const
{
    if (!m_client)
        return nullptr;
    // The list pages with max_results (more than 100 is an error), not limit.
    return Pager::fetchAll(
        m_client, listRequest(), Pager::Style::PageToken, 0, context,
        [onPage = std::move(onPage)](const QJsonObject &page) {
            QList<PipelineSummary> pipelines;
            for (const QJsonValue &value : page.value("statuses"_L1).toArray())
                pipelines.append(PipelineSummary::fromJson(value.toObject()));
            if (onPage)
                onPage(pipelines);
        },
        std::move(done));
}

ApiRequest PipelinesService::listRequest()
{
    // max_results above 100 is an error.
    return ApiRequest::get(kBase).query(u"max_results"_s, qint64(100));
}

ApiRequest PipelinesService::getRequest(const QString &pipelineId)
{
    // Pipeline ids are UUIDs: nothing in them needs escaping in a path.
    return ApiRequest::get(kBase + u'/' + pipelineId);
}

ApiRequest PipelinesService::eventsRequest(const QString &pipelineId, const EventsQuery &query)
{
    ApiRequest request =
        ApiRequest::get(kBase + u'/' + pipelineId + "/events"_L1)
            .query(u"max_results"_s,
                   qint64(std::clamp(query.maxResults, 1, EventsQuery::kMaxResults)));
    if (!query.pageToken.isEmpty())
        return request.query(u"page_token"_s, query.pageToken);
    if (!query.filter.isEmpty())
        request.query(u"filter"_s, query.filter);
    if (query.oldestFirst)
        request.query(u"order_by"_s, u"timestamp asc"_s);
    return request;
}

QString PipelinesService::eventsFilter(const QString &updateId, const QStringList &levels)
{
    QStringList parts;
    // Ids are UUIDs; a quote would end the literal, so none is let through.
    if (!updateId.isEmpty())
        parts.append(u"update_id='%1'"_s.arg(QString(updateId).remove(u'\'').remove(u'\\')));
    if (levels.size() == 1)
        parts.append(u"level='%1'"_s.arg(levels.first()));
    else if (levels.size() > 1)
        parts.append(u"level in ('%1')"_s.arg(levels.join("','"_L1)));
    return parts.join(" AND "_L1);
}

ApiCall *PipelinesService::get(const QString &pipelineId, QObject *context, ObjectDone done) const
{
    return m_client->send(getRequest(pipelineId), context, wholeObject(std::move(done)));
}

ApiCall *PipelinesService::listUpdates(const QString &pipelineId, int maxResults,
                                       const QString &pageToken, QObject *context,
                                       ObjectDone done) const
{
    ApiRequest request = ApiRequest::get(kBase + u'/' + pipelineId + "/updates"_L1)
                             .query(u"max_results"_s, qint64(maxResults));
    if (!pageToken.isEmpty())
        request.query(u"page_token"_s, pageToken);
    return m_client->send(request, context, wholeObject(std::move(done)));
}

ApiCall *PipelinesService::getUpdate(const QString &pipelineId, const QString &updateId,
                                     QObject *context, ObjectDone done) const
{
    return m_client->send(ApiRequest::get(kBase + u'/' + pipelineId + "/updates/"_L1 + updateId),
                          context, wholeObject(std::move(done)));
}

ApiCall *PipelinesService::events(const QString &pipelineId, const EventsQuery &query,
                                  QObject *context, ObjectDone done) const
{
    return m_client->send(eventsRequest(pipelineId, query), context, wholeObject(std::move(done)));
}

ApiCall *PipelinesService::create(const QJsonObject &spec, QObject *context, ObjectDone done) const
{
    // Not repeated: a repeat after a lost answer would create a second pipeline.
    return m_client->send(ApiRequest::post(kBase, spec), context, wholeObject(std::move(done)));
}

ApiCall *PipelinesService::edit(const QString &pipelineId, const QJsonObject &spec,
                                qint64 expectedLastModified, QObject *context, Done done) const
{
    QJsonObject body = spec;
    body.insert(u"id"_s, pipelineId);
    if (expectedLastModified > 0)
        body.insert(u"expected_last_modified"_s, expectedLastModified);
    // A PUT of the whole spec: the same body twice ends the same, but with
    // expected_last_modified a repeat after success is refused as stale.
    return m_client->send(ApiRequest::put(kBase + u'/' + pipelineId, body), context,
                          noBody(std::move(done)));
}

ApiCall *PipelinesService::remove(const QString &pipelineId, QObject *context, Done done) const
{
    return m_client->send(ApiRequest::del(kBase + u'/' + pipelineId).idempotent(), context,
                          noBody(std::move(done)));
}

ApiCall *PipelinesService::startUpdate(const QString &pipelineId, const StartUpdate &update,
                                       QObject *context, ObjectDone done) const
{
    QJsonObject body;
    if (update.fullRefresh)
        body.insert(u"full_refresh"_s, true);
    if (!update.refreshSelection.isEmpty())
        body.insert(u"refresh_selection"_s, QJsonArray::fromStringList(update.refreshSelection));
    if (!update.fullRefreshSelection.isEmpty())
        body.insert(u"full_refresh_selection"_s,
                    QJsonArray::fromStringList(update.fullRefreshSelection));
    if (update.validateOnly)
        body.insert(u"validate_only"_s, true);
    body.insert(u"cause"_s, u"USER_ACTION"_s);
    // Not repeated: a second start is refused while the first update runs.
    return m_client->send(ApiRequest::post(kBase + u'/' + pipelineId + "/updates"_L1, body),
                          context, wholeObject(std::move(done)));
}

ApiCall *PipelinesService::stop(const QString &pipelineId, QObject *context, Done done) const
{
    // Stopping twice stops nothing more: safe to repeat.
    return m_client->send(ApiRequest::post(kBase + u'/' + pipelineId + "/stop"_L1).idempotent(),
                          context, noBody(std::move(done)));
}

ApiCall *PipelinesService::getPipeline(const QString &pipelineId, QObject *context,
                                       DetailsDone done) const
{
    if (!m_client)
        return nullptr;
    return m_client->send(getRequest(pipelineId), context,
                          oneObject(&PipelineDetails::fromJson, std::move(done)));
}

} // namespace brickdesk
