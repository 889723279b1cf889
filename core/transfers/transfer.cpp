#include "core/transfers/transfer.h"

#include "core/transfers/transferqueue.h"

#include <cmath>

namespace brickdesk {

namespace {

// Speed is measured over this window: long enough to smooth out the bursts
// of 1 MB blocks, short enough to follow a change of network.
constexpr qint64 kSpeedWindowMs = 3000;

} // namespace

Transfer::Transfer(Direction direction, const QString &name, const QString &source,
                   const QString &target, QObject *parent)
    : QObject(parent)
    , m_direction(direction)
    , m_name(name)
    , m_source(source)
    , m_target(target)
{
    m_clock.start();
}

Transfer::~Transfer() = default;

TransferQueue *Transfer::queue() const
{
    return m_queue;
}

bool Transfer::isFinished() const
{
    return m_state != State::Queued && m_state != State::Running;
}

double Transfer::bytesPerSecond() const
{
    if (m_state != State::Running || m_samples.size() < 2)
        return 0;
    const Sample &first = m_samples.first();
    const qint64 nowMs = m_clock.elapsed();
    const qint64 spanMs = nowMs - first.atMs;
    if (spanMs <= 0)
        return 0;
    return double(m_samples.last().bytes - first.bytes) * 1000.0 / double(spanMs);
}

qint64 Transfer::secondsRemaining() const
{
    const double speed = bytesPerSecond();
    if (m_bytesTotal < 0 || speed <= 0)
        return -1;
    return qint64(std::ceil(double(m_bytesTotal - m_bytesDone) / speed));
}

void Transfer::start()
{
    if (m_state != State::Queued)
        return;
    m_samples.clear();
    m_samples.append({m_clock.elapsed(), m_bytesDone});
    setState(State::Running);
    restartRunScope();
    run();
}

QObject *Transfer::restartRunScope()
{
    m_runScope = std::make_unique<QObject>();
    return m_runScope.get();
}

void Transfer::cancel()
{
    if (isFinished())
        return;
    const bool wasRunning = m_state == State::Running;
    // The state changes first, so that anything abort() sets off (a late
    // reply, a cleanup call) sees a cancelled transfer and stays quiet.
    finish(State::Cancelled, tr("Cancelled"));
    if (wasRunning)
        abort();
}

bool Transfer::canRetry() const
{
    return m_state == State::Failed || m_state == State::Cancelled;
}

bool Transfer::retry()
{
    if (!canRetry())
        return false;
    reset();
    m_bytesDone = 0;
    m_message.clear();
    m_samples.clear();
    setState(State::Queued);
    return true;
}

void Transfer::setBytesTotal(qint64 total)
{
    m_bytesTotal = total;
    emit progressChanged();
}

void Transfer::setBytesDone(qint64 done)
{
    m_bytesDone = done;
    const qint64 nowMs = m_clock.elapsed();
    m_samples.append({nowMs, done});
    while (m_samples.size() > 2 && nowMs - m_samples.first().atMs > kSpeedWindowMs)
        m_samples.removeFirst();
    emit progressChanged();
}

void Transfer::setStatusMessage(const QString &message)
{
    m_message = message;
    emit progressChanged();
}

void Transfer::succeed()
{
    if (m_bytesTotal >= 0)
        m_bytesDone = m_bytesTotal;
    finish(State::Succeeded, {});
}

void Transfer::skip(const QString &reason)
{
    finish(State::Skipped, reason);
}

void Transfer::fail(const QString &reason)
{
    finish(State::Failed, reason);
}

void Transfer::finish(State state, const QString &message)
{
    // Only a transfer in progress can end; a late callback after a cancel
    // must not turn "Cancelled" into "Failed".
    if (isFinished())
        return;
    m_message = message;
    // Before anyone hears of the end: a late reply of this run must not
    // reach a finished transfer.
    m_runScope.reset();
    setState(state);
}

void Transfer::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
    emit progressChanged();
}

} // namespace brickdesk
