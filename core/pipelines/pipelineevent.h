#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace brickdesk {

// One exception of an error event: its class and message.
struct PipelineException
{
    QString className;
    QString message;
};

// One PipelineEvent as the events call answers it. The timestamp is an
// ISO-8601 string there (not epoch ms, unlike most of the API).
struct PipelineEvent
{
    QString id;
    qint64 timeMs = -1;
    QString level;     // INFO, WARN, ERROR, METRICS
    QString eventType; // update_progress, flow_progress, ...
    QString message;
    QString updateId;
    QString flowName;
    QString datasetName;
    // update_progress: details.update_progress.state;
    // flow_progress: details.flow_progress.status.
    QString progressState;
    qint64 outputRows = -1; // flow_progress metrics.num_output_rows, when given
    bool fatal = false;
    QList<PipelineException> exceptions;
    QJsonObject json; // the event as sent

    bool isError() const { return level == QLatin1StringView("ERROR"); }

    static PipelineEvent fromJson(const QJsonObject &json);
    // The tables an update's dataset definitions name (materialized views
    // and streaming tables, not views, which are not refreshed on their
    // own), as the events name them, in order, once each.
    static QStringList refreshableDatasets(const QList<PipelineEvent> &events);
};

} // namespace brickdesk
