#include "core/emulator/emulatorclock.h"

#include <QDateTime>

namespace brickdesk::emulator {

EmulatorClock::EmulatorClock(QObject *parent)
    : QObject(parent)
{}

qint64 EmulatorClock::realNow()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 EmulatorClock::now() const
{
    return m_frozen ? m_frozenAtMs + m_offsetMs : realNow() + m_offsetMs;
}

void EmulatorClock::advance(qint64 ms)
{
    if (ms <= 0)
        return;
    m_offsetMs += ms;
    emit advanced(ms);
}

void EmulatorClock::setFrozen(bool frozen)
{
    if (frozen == m_frozen)
        return;
    // Keep now() continuous across the switch: time neither jumps nor rewinds.
    const qint64 current = now();
    m_frozen = frozen;
    if (frozen) {
        m_frozenAtMs = current;
        m_offsetMs = 0;
    } else {
        m_offsetMs = current - realNow();
    }
}

} // namespace brickdesk::emulator
