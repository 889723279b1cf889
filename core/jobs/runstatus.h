#pragma once

#include <QJsonObject>
#include <QString>

namespace brickdesk {

// What a job run or task run is doing or how it ended, read once from its
// JSON so that every view (lists, charts, graph, timeline) says the same.
// Runs carry `status` (current) and `state` (deprecated but still sent);
// `status` wins when present, `state` is the fallback for older servers.
class RunStatus
{
public:
    enum class Phase {
        Unknown,
        Queued,
        Pending,
        Running,
        Terminating,
        Blocked,
        Waiting, // WAITING / WAITING_FOR_RETRY
        Finished,
    };
    // How a finished run ended, grouped the way a person reads it.
    enum class Outcome {
        None, // not finished yet
        Succeeded,
        SucceededWithFailures,
        Failed, // FAILED, INTERNAL_ERROR, TIMEDOUT
        TimedOut,
        Canceled, // CANCELED, UPSTREAM_CANCELED
        Skipped,  // SKIPPED, EXCLUDED, DISABLED, MAXIMUM_CONCURRENT_RUNS_REACHED
        UpstreamFailed,
    };

    static RunStatus fromRun(const QJsonObject &run);

    Phase phase() const { return m_phase; }
    Outcome outcome() const { return m_outcome; }
    bool isActive() const { return m_phase != Phase::Finished && m_phase != Phase::Unknown; }
    bool isFinished() const { return m_phase == Phase::Finished; }
    bool isFailure() const
    {
        return m_outcome == Outcome::Failed || m_outcome == Outcome::TimedOut ||
               m_outcome == Outcome::UpstreamFailed;
    }
    // The server's own words (state_message / termination_details.message).
    QString message() const { return m_message; }
    // The raw code shown as a tooltip ("TERMINATED / FAILED", "INTERNAL_ERROR").
    QString rawText() const { return m_raw; }

    // "Running", "Succeeded", "Failed", "Queued"...
    QString text() const;
    static QString outcomeText(Outcome outcome);
    // One colour per outcome, shared by chart, graph and timeline; readable on
    // light and dark palettes. As 0xAARRGGBB (a QRgb: core has no QtGui),
    // which converts to QColor implicitly.
    quint32 color() const;
    static quint32 outcomeColor(Outcome outcome);
    static quint32 activeColor();

    // How long a run took: run_duration (multi-task runs leave setup,
    // execution and cleanup at 0), else their sum, else end - start; a run
    // still going counts up to `nowMs`. -1 when it has not started.
    static qint64 durationMs(const QJsonObject &run, qint64 nowMs);

private:
    Phase m_phase = Phase::Unknown;
    Outcome m_outcome = Outcome::None;
    QString m_message;
    QString m_raw;
};

} // namespace brickdesk
