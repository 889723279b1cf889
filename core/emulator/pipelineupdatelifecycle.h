#pragma once

#include "core/emulator/processrunner.h"

#include <QHash>
#include <QJsonObject>
#include <QPair>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace brickdesk::emulator {

class PipelinesStore;
struct Pipeline;
struct PipelineUpdate;

// Moves pipeline updates through their states on the ProcessRunner and
// writes the event log a real update writes:
//
//   update:   QUEUED → CREATED → WAITING_FOR_RESOURCES → INITIALIZING →
//             SETTING_UP_TABLES → RUNNING → COMPLETED | FAILED
//             (stop: → STOPPING → CANCELED)
//   pipeline: STARTING (until the cluster is up) → RUNNING → IDLE, or
//             FAILED (health UNHEALTHY) after a failed update
//   flow:     QUEUED → STARTING → RUNNING → COMPLETED | FAILED, one flow
//             after the other; flows after a failed one are SKIPPED, running
//             and queued ones STOPPED by a stop
//
// validate_only updates set up the tables and complete without running a
// flow. Continuous pipelines keep their flows RUNNING until stopped. Views
// are defined but not materialized, so they have no flow_progress.
//
// Process id: "pipeline-update/<pipeline id>" (one active update each).
class PipelineUpdateLifecycle
{
public:
    // Emulated durations. RUNNING lasts runningStart plus, per flow run,
    // flowStarting + flowRunning (twice flowRunning for a full refresh).
    struct Timing
    {
        std::chrono::milliseconds queued{2'000};
        std::chrono::milliseconds created{3'000};
        std::chrono::milliseconds waitingForResources{40'000}; // the update cluster starting
        std::chrono::milliseconds initializing{15'000};
        std::chrono::milliseconds settingUpTables{10'000};
        std::chrono::milliseconds runningStart{1'000};
        std::chrono::milliseconds flowStarting{2'000};
        std::chrono::milliseconds flowRunning{20'000};
        std::chrono::milliseconds stopping{3'000};
    };

    // POST .../updates, already validated.
    struct StartRequest
    {
        QString cause = QStringLiteral("API_CALL");
        bool fullRefresh = false;
        QStringList refreshSelection;
        QStringList fullRefreshSelection;
        bool validateOnly = false;
    };

    struct DatasetFailure
    {
        QString exceptionClass;
        QString message;
    };

    PipelineUpdateLifecycle(PipelinesStore &store, ProcessRunner &processes,
                            const QString &workspaceId);

    const Timing &timing() const { return m_timing; }
    void setTiming(const Timing &timing) { m_timing = timing; }

    // Test and demo knob: the flows of `dataset` (unqualified name) fail in
    // every later update of the pipeline, with this exception, until
    // cleared. The default is the AnalysisException of a missing input.
    void failDataset(const QString &pipelineId, const QString &dataset,
                     const QString &exceptionClass = {}, const QString &message = {});
    void clearDatasetFailure(const QString &pipelineId, const QString &dataset);
    void clearDatasetFailures() { m_failures.clear(); }

    // Creates the update and starts it now; its update id.
    QString start(const QString &pipelineId, const StartRequest &request);
    // For seeding: the update as if started at `startedAtMs` in the past
    // (and stopped at `stoppedAtMs`): every step due by now is entered with
    // its own timestamp, the rest run on the clock. `updateId` empty = new.
    QString replay(const QString &pipelineId, const StartRequest &request, qint64 startedAtMs,
                   std::optional<qint64> stoppedAtMs = {}, const QString &updateId = {});
    // POST .../stop: the active update goes STOPPING → CANCELED. False when
    // none is active (or it is already stopping).
    bool stop(const QString &pipelineId);
    // Ends the update's process without events (the pipeline is deleted).
    void forget(const QString &pipelineId);

    // Benchmark hook: `count` flow_progress events in the update, spread over
    // its run, added with one merge. The number added (0 for an unknown id).
    int addSyntheticEvents(const QString &pipelineId, const QString &updateId, int count);

    static QString process(const QString &pipelineId)
    {
        return QStringLiteral("pipeline-update/") + pipelineId;
    }

private:
    struct Entry
    {
        qint64 atMs = 0;
        ProcessStep step;
    };

    QList<ProcessStep> steps(const QString &pipelineId, const QString &updateId);
    QList<ProcessStep> stopSteps(const QString &pipelineId, const QString &updateId);
    // Enters the entries due by now at their own times and runs the rest on
    // the ProcessRunner.
    void run(const QString &pipelineId, const QList<Entry> &entries);
    static QList<Entry> timeline(const QList<ProcessStep> &steps, qint64 startMs);
    QString createUpdate(const QString &pipelineId, const StartRequest &request, qint64 atMs,
                         const QString &updateId);

    qint64 now() const;
    // The update's event, with its origin and sequence.
    void addEvent(const Pipeline &pipeline, const PipelineUpdate &update, const QString &eventType,
                  const QString &level, const QString &message, const QJsonObject &details,
                  const QString &flow = {}, const QString &dataset = {},
                  const QJsonObject &error = {}, const QString &maturity = {});
    void setUpdateState(const QString &pipelineId, const QString &updateId, const QString &state);
    void setFlowStatus(const QString &pipelineId, const QString &updateId, qsizetype flow,
                       const QString &status);
    void finish(const QString &pipelineId, const QString &updateId, const QString &state);
    std::optional<DatasetFailure> failureOf(const QString &pipelineId,
                                            const QString &dataset) const;

    PipelinesStore &m_store;
    ProcessRunner &m_processes;
    QString m_workspaceId;
    Timing m_timing;
    QHash<QPair<QString, QString>, DatasetFailure> m_failures;
    std::optional<qint64> m_replayMs; // the moment being replayed, see replay()
};

} // namespace brickdesk::emulator
