#include "core/common/livepoller.h"

#include <algorithm>

namespace brickdesk {

LivePoller::LivePoller(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LivePoller::fire);
}

void LivePoller::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    update();
}

void LivePoller::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    update();
}

void LivePoller::setBaseInterval(int ms)
{
    m_baseMs = std::max(1, ms);
    m_maxMs = std::max(m_maxMs, m_baseMs);
    if (!m_timer.isActive() && !m_inFlight)
        m_intervalMs = m_baseMs;
}

void LivePoller::setMaxInterval(int ms)
{
    m_maxMs = std::max(m_baseMs, ms);
}

void LivePoller::update()
{
    if (!shouldRun()) {
        // Whatever comes back later (shown again, a new transitional item)
        // deserves a quick first look, not the back-off of an old state.
        m_timer.stop();
        m_intervalMs = m_baseMs;
        return;
    }
    if (!m_timer.isActive() && !m_inFlight)
        m_timer.start(m_intervalMs);
}

void LivePoller::pollNow()
{
    if (!shouldRun() || m_inFlight)
        return;
    m_timer.stop();
    fire();
}

void LivePoller::fire()
{
    if (!shouldRun() || m_inFlight)
        return;
    m_inFlight = true;
    ++m_polls;
    emit pollRequested();
}

void LivePoller::finishPoll(Outcome outcome)
{
    if (!m_inFlight)
        return;
    m_inFlight = false;
    switch (outcome) {
    case Outcome::Changed:
        m_intervalMs = m_baseMs;
        break;
    case Outcome::Unchanged:
    case Outcome::Failed:
        m_intervalMs = std::min(m_intervalMs * 2, m_maxMs);
        break;
    case Outcome::RateLimited:
        m_intervalMs = std::min(std::min(m_intervalMs * 2, m_maxMs) * 2, m_maxMs * 2);
        break;
    }
    // The owner may have deactivated us while applying the outcome.
    update();
    emit pollFinished(outcome, m_timer.isActive() ? m_timer.interval() : 0);
}

void LivePoller::abandonPoll()
{
    m_inFlight = false;
    update();
}

} // namespace brickdesk
