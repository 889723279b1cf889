#include "core/jobs/runstatus.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk {
namespace {

RunStatus::Phase phaseOf(const QString &state)
{
    using P = RunStatus::Phase;
    if (state == "QUEUED"_L1)
        return P::Queued;
    if (state == "PENDING"_L1)
        return P::Pending;
    if (state == "RUNNING"_L1)
        return P::Running;
    if (state == "TERMINATING"_L1)
        return P::Terminating;
    if (state == "BLOCKED"_L1)
        return P::Blocked;
    if (state == "WAITING"_L1 || state == "WAITING_FOR_RETRY"_L1)
        return P::Waiting;
    // Terminal life cycle states: a skipped run or an internal error has ended
    // too (a real failed serverless run reports INTERNAL_ERROR with FAILED).
    if (state == "TERMINATED"_L1 || state == "SKIPPED"_L1 || state == "INTERNAL_ERROR"_L1)
        return P::Finished;
    return P::Unknown;
}

// result_state of the deprecated `state` object: finer than the termination
// code (it tells UPSTREAM_FAILED and TIMEDOUT apart), so it is read first.
RunStatus::Outcome outcomeOfResult(const QString &result)
{
    using O = RunStatus::Outcome;
    if (result == "SUCCESS"_L1)
        return O::Succeeded;
    if (result == "SUCCESS_WITH_FAILURES"_L1)
        return O::SucceededWithFailures;
    if (result == "FAILED"_L1)
        return O::Failed;
    if (result == "TIMEDOUT"_L1)
        return O::TimedOut;
    if (result == "CANCELED"_L1 || result == "UPSTREAM_CANCELED"_L1)
        return O::Canceled;
    if (result == "UPSTREAM_FAILED"_L1)
        return O::UpstreamFailed;
    if (result == "EXCLUDED"_L1 || result == "DISABLED"_L1 ||
        result == "MAXIMUM_CONCURRENT_RUNS_REACHED"_L1)
        return O::Skipped;
    return O::None;
}

RunStatus::Outcome outcomeOfTermination(const QString &code)
{
    using O = RunStatus::Outcome;
    if (code == "SUCCESS"_L1)
        return O::Succeeded;
    if (code == "SUCCESS_WITH_FAILURES"_L1)
        return O::SucceededWithFailures;
    if (code == "USER_CANCELED"_L1 || code == "CANCELED"_L1 ||
        code == "CLUSTER_TERMINATED_BY_USER"_L1)
        return O::Canceled;
    if (code == "SKIPPED"_L1 || code == "DISABLED"_L1 || code == "MAX_CONCURRENT_RUNS_EXCEEDED"_L1)
        return O::Skipped;
    if (code.isEmpty())
        return O::None;
    // Every other code (DRIVER_ERROR, CLUSTER_ERROR, RUN_EXECUTION_ERROR...)
    // is a failure.
    return O::Failed;
}

} // namespace

RunStatus RunStatus::fromRun(const QJsonObject &run)
{
    RunStatus s;
    const QJsonObject status = run.value("status"_L1).toObject();
    const QJsonObject state = run.value("state"_L1).toObject();
    const QString statusState = status.value("state"_L1).toString();
    const QString lifeCycle = state.value("life_cycle_state"_L1).toString();
    const QString result = state.value("result_state"_L1).toString();
    const QJsonObject termination = status.value("termination_details"_L1).toObject();

    s.m_phase = phaseOf(statusState.isEmpty() ? lifeCycle : statusState);
    if (s.m_phase == Phase::Finished) {
        s.m_outcome = outcomeOfResult(result);
        if (s.m_outcome == Outcome::None)
            s.m_outcome = outcomeOfTermination(termination.value("code"_L1).toString());
        if (s.m_outcome == Outcome::None)
            s.m_outcome = lifeCycle == "SKIPPED"_L1          ? Outcome::Skipped
                          : lifeCycle == "INTERNAL_ERROR"_L1 ? Outcome::Failed
                                                             : Outcome::None;
    }

    s.m_message = termination.value("message"_L1).toString();
    if (s.m_message.isEmpty())
        s.m_message = status.value("queue_details"_L1).toObject().value("message"_L1).toString();
    if (s.m_message.isEmpty())
        s.m_message = state.value("state_message"_L1).toString();

    const QString phaseCode = lifeCycle.isEmpty() ? statusState : lifeCycle;
    const QString resultCode = result.isEmpty() ? termination.value("code"_L1).toString() : result;
    s.m_raw = resultCode.isEmpty() ? phaseCode : phaseCode + " / "_L1 + resultCode;
    return s;
}

QString RunStatus::text() const
{
    switch (m_phase) {
    case Phase::Queued:
        return QCoreApplication::translate("RunStatus", "Queued");
    case Phase::Pending:
        return QCoreApplication::translate("RunStatus", "Pending");
    case Phase::Running:
        return QCoreApplication::translate("RunStatus", "Running");
    case Phase::Terminating:
        return QCoreApplication::translate("RunStatus", "Terminating");
    case Phase::Blocked:
        return QCoreApplication::translate("RunStatus", "Blocked");
    case Phase::Waiting:
        return QCoreApplication::translate("RunStatus", "Waiting for retry");
    case Phase::Finished:
        return outcomeText(m_outcome);
    case Phase::Unknown:
        break;
    }
    return QCoreApplication::translate("RunStatus", "Unknown");
}

QString RunStatus::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded:
        return QCoreApplication::translate("RunStatus", "Succeeded");
    case Outcome::SucceededWithFailures:
        return QCoreApplication::translate("RunStatus", "Succeeded with failures");
    case Outcome::Failed:
        return QCoreApplication::translate("RunStatus", "Failed");
    case Outcome::TimedOut:
        return QCoreApplication::translate("RunStatus", "Timed out");
    case Outcome::Canceled:
        return QCoreApplication::translate("RunStatus", "Cancelled");
    case Outcome::Skipped:
        return QCoreApplication::translate("RunStatus", "Skipped");
    case Outcome::UpstreamFailed:
        return QCoreApplication::translate("RunStatus", "Upstream failed");
    case Outcome::None:
        break;
    }
    return QCoreApplication::translate("RunStatus", "Finished");
}

quint32 RunStatus::color() const
{
    return isFinished() ? outcomeColor(m_outcome) : activeColor();
}

quint32 RunStatus::outcomeColor(Outcome outcome)
{
    // Mid-tone colours keep their contrast against white and dark bases alike.
    switch (outcome) {
    case Outcome::Succeeded:
        return 0xff2e9d5bu;
    case Outcome::SucceededWithFailures:
        return 0xff9ab83au;
    case Outcome::Failed:
    case Outcome::TimedOut:
        return 0xffd93f3fu;
    case Outcome::UpstreamFailed:
        return 0xffe08a3cu;
    case Outcome::Canceled:
        return 0xff8a8f98u;
    case Outcome::Skipped:
        return 0xffb4b8bfu;
    case Outcome::None:
        break;
    }
    return 0xff8a8f98u;
}

qint64 RunStatus::durationMs(const QJsonObject &run, qint64 nowMs)
{
    const qint64 start = run.value("start_time"_L1).toInteger();
    const qint64 end = run.value("end_time"_L1).toInteger();
    if (start <= 0)
        return -1;
    const RunStatus status = fromRun(run);
    // No end and no final state: still going, even if the state is unreadable.
    if (status.isActive() || (end <= 0 && !status.isFinished()))
        return std::max<qint64>(0, nowMs - start);
    const qint64 total = run.value("run_duration"_L1).toInteger();
    if (total > 0)
        return total;
    const qint64 parts = run.value("setup_duration"_L1).toInteger() +
                         run.value("execution_duration"_L1).toInteger() +
                         run.value("cleanup_duration"_L1).toInteger();
    return parts > 0 ? parts : std::max<qint64>(0, end > 0 ? end - start : 0);
}

quint32 RunStatus::activeColor()
{
    return 0xff2f7dd1u;
}

} // namespace brickdesk
