#pragma once

#include <QString>
#include <QStringList>

class QJsonObject;

namespace brickdesk {

// What the Pipelines API's states mean and how they read: a pipeline's
// state (IDLE, RUNNING, FAILED…), an update's (QUEUED … COMPLETED) and a
// flow's (QUEUED, RUNNING, COMPLETED, FAILED…).
namespace PipelineStates {

// "Idle", "Running", "Failed": a pipeline state in words, translated.
QString pipelineStateText(const QString &state);
// "Waiting for resources", "Setting up tables", "Completed".
QString updateStateText(const QString &state);
// Whether an update in this state has not ended yet.
bool isActiveUpdate(const QString &state);
// Whether an update that ended in this state did not complete.
bool isFailedUpdate(const QString &state);
// Whether the pipeline's state moves on by itself (starting, stopping, or
// an update on its way).
bool isTransitional(const QJsonObject &pipeline);
// The dot colour of a pipeline (green healthy and running or idle, amber on
// its way, red failed or unhealthy, grey otherwise).
quint32 pipelineColor(const QJsonObject &pipeline);
// The same for an update's state.
quint32 updateColor(const QString &state);
// "Triggered · development", "Continuous · production" from a spec.
QString modeText(const QJsonObject &spec);

} // namespace PipelineStates

} // namespace brickdesk
