#include "core/pipelines/pipelineevent.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace brickdesk {

PipelineEvent PipelineEvent::fromJson(const QJsonObject &json)
{
    PipelineEvent event;
    event.json = json;
    event.id = json.value("id"_L1).toString();
    const QDateTime time =
        QDateTime::fromString(json.value("timestamp"_L1).toString(), Qt::ISODateWithMs);
    event.timeMs = time.isValid() ? time.toMSecsSinceEpoch() : -1;
    event.level = json.value("level"_L1).toString();
    event.eventType = json.value("event_type"_L1).toString();
    event.message = json.value("message"_L1).toString();
    const QJsonObject origin = json.value("origin"_L1).toObject();
    event.updateId = origin.value("update_id"_L1).toString();
    event.flowName = origin.value("flow_name"_L1).toString();
    event.datasetName = origin.value("dataset_name"_L1).toString();
    // details is undocumented and differs by event type: read what is there.
    const QJsonObject details = json.value("details"_L1).toObject();
    const QJsonObject update = details.value("update_progress"_L1).toObject();
    const QJsonObject flow = details.value("flow_progress"_L1).toObject();
    if (!update.isEmpty())
        event.progressState = update.value("state"_L1).toString();
    else if (!flow.isEmpty())
        event.progressState = flow.value("status"_L1).toString();
    const QJsonValue rows = flow.value("metrics"_L1).toObject().value("num_output_rows"_L1);
    if (!rows.isUndefined())
        event.outputRows = rows.toInteger(-1);
    const QJsonObject error = json.value("error"_L1).toObject();
    event.fatal = error.value("fatal"_L1).toBool();
    for (const QJsonValue &value : error.value("exceptions"_L1).toArray()) {
        const QJsonObject exception = value.toObject();
        event.exceptions.append({exception.value("class_name"_L1).toString(),
                                 exception.value("message"_L1).toString()});
    }
    return event;
}

QStringList PipelineEvent::refreshableDatasets(const QList<PipelineEvent> &events)
{
    QStringList tables;
    for (const PipelineEvent &event : events) {
        if (event.eventType != "dataset_definition"_L1 || event.datasetName.isEmpty())
            continue;
        const QString type = event.json.value("details"_L1)
                                 .toObject()
                                 .value("dataset_definition"_L1)
                                 .toObject()
                                 .value("dataset_type"_L1)
                                 .toString();
        if (type != "VIEW"_L1 && !tables.contains(event.datasetName))
            tables.append(event.datasetName);
    }
    return tables;
}

} // namespace brickdesk
