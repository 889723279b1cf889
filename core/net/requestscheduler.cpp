#include "core/net/requestscheduler.h"

#include "core/net/apicall.h"
#include "core/net/credentials.h"
#include "core/net/logging.h"

#include <algorithm>

namespace brickdesk {

RequestScheduler::RequestScheduler(Credentials *credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
{
    if (m_credentials) {
        connect(m_credentials, &Credentials::stateChanged, this, [this](Credentials::State state) {
            if (state == Credentials::State::Failed)
                failWaitingCalls();
            else
                pump();
        });
    }
    m_resumeTimer.setSingleShot(true);
    m_resumeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_resumeTimer, &QTimer::timeout, this, [this] {
        emit pausedChanged(false);
        pump();
    });
}

void RequestScheduler::setMaxInFlight(int count)
{
    m_maxInFlight = std::max(1, count);
    pump();
}

void RequestScheduler::enqueue(ApiCall *call)
{
    m_queue.append(call);
    pump();
}

void RequestScheduler::dequeue(ApiCall *call)
{
    m_queue.removeAll(call);
}

void RequestScheduler::release()
{
    m_inFlight = std::max(0, m_inFlight - 1);
    pump();
}

void RequestScheduler::pauseFor(int milliseconds)
{
    const QDeadlineTimer until(milliseconds, Qt::PreciseTimer);
    // Keep the later of two pauses: an earlier, shorter Retry-After must not
    // shorten a wait another call was told about.
    if (isPaused() && m_pausedUntil.deadline() >= until.deadline())
        return;
    const bool wasPaused = isPaused();
    m_pausedUntil = until;
    m_resumeTimer.start(std::max(0, milliseconds));
    qCInfo(lcNet) << "host paused for" << milliseconds << "ms after a rate limit";
    if (!wasPaused)
        emit pausedChanged(true);
}

bool RequestScheduler::isPaused() const
{
    return m_resumeTimer.isActive();
}

void RequestScheduler::pump()
{
    if (m_credentials && !m_queue.isEmpty()) {
        switch (m_credentials->state()) {
        case Credentials::State::Ready:
            break;
        case Credentials::State::Failed:
            failWaitingCalls();
            return;
        case Credentials::State::Renewing:
        case Credentials::State::WaitingForUser:
            m_credentials->ensureValid();
            return;
        }
    }
    while (m_inFlight < m_maxInFlight && !m_queue.isEmpty() && !isPaused()) {
        QPointer<ApiCall> call = m_queue.takeFirst();
        if (!call)
            continue;
        ++m_inFlight;
        call->startAttempt();
    }
}

void RequestScheduler::failWaitingCalls()
{
    const auto waiting = std::exchange(m_queue, {});
    for (const QPointer<ApiCall> &call : waiting)
        if (call)
            call->failCredentials(m_credentials ? m_credentials->failureMessage() : QString());
}

} // namespace brickdesk
