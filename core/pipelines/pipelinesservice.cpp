#include "core/pipelines/pipelinesservice.h"

#include "core/net/apiclient.h"
#include "core/net/pager.h"
#include "core/net/replyhandlers.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace brickdesk {

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
        m_client, ApiRequest::get(u"/api/2.0/pipelines"_s).query(u"max_results"_s, qint64(100)),
        Pager::Style::PageToken, 0, context,
        [onPage = std::move(onPage)](const QJsonObject &page) {
            QList<PipelineSummary> pipelines;
            for (const QJsonValue &value : page.value("statuses"_L1).toArray())
                pipelines.append(PipelineSummary::fromJson(value.toObject()));
            if (onPage)
                onPage(pipelines);
        },
        std::move(done));
}

ApiCall *PipelinesService::getPipeline(const QString &pipelineId, QObject *context,
                                       DetailsDone done) const
{
    if (!m_client)
        return nullptr;
    // Pipeline ids are UUIDs: nothing in them needs escaping in a path.
    return m_client->send(ApiRequest::get(u"/api/2.0/pipelines/"_s + pipelineId), context,
                          oneObject(&PipelineDetails::fromJson, std::move(done)));
}

} // namespace brickdesk
