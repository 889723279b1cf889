#include "core/emulator/emulatorclock.h"

#include <QDateTime>

#include <cmath>

namespace brickdesk::emulator {

EmulatorClock::EmulatorClock(QObject *parent)
    : QObject(parent)
    , m_anchorMs(realNow())
    , m_anchorRealMs(m_anchorMs)
{}

qint64 EmulatorClock::realNow()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 EmulatorClock::now() const
{
    if (m_frozen)
        return m_anchorMs;
    return m_anchorMs + qint64(std::floor(double(realNow() - m_anchorRealMs) * m_scale));
}

void EmulatorClock::advance(qint64 ms)
{
    if (ms <= 0)
        return;
    m_anchorMs += ms;
    emit advanced(ms);
}

void EmulatorClock::advanceReal(qint64 realMs)
{
    advance(qint64(std::llround(double(realMs) * m_scale)));
}

void EmulatorClock::setFrozen(bool frozen)
{
    if (frozen == m_frozen)
        return;
    // Keep now() continuous across the switch: time neither jumps nor rewinds.
    m_anchorMs = now();
    m_anchorRealMs = realNow();
    m_frozen = frozen;
    emit rateChanged();
}

void EmulatorClock::setScale(double scale)
{
    if (!(scale > 0) || !std::isfinite(scale) || scale == m_scale)
        return;
    m_anchorMs = now();
    m_anchorRealMs = realNow();
    m_scale = scale;
    emit rateChanged();
}

qint64 EmulatorClock::realMsFor(qint64 emulatedMs) const
{
    if (emulatedMs <= 0)
        return 0;
    return qint64(std::ceil(double(emulatedMs) / m_scale));
}

std::optional<double> EmulatorClock::parseScale(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    double value = 0;
    const qsizetype slash = trimmed.indexOf(u'/');
    if (slash < 0) {
        value = trimmed.toDouble(&ok);
    } else {
        bool numeratorOk = false;
        bool denominatorOk = false;
        const double numerator = trimmed.left(slash).toDouble(&numeratorOk);
        const double denominator = trimmed.mid(slash + 1).toDouble(&denominatorOk);
        ok = numeratorOk && denominatorOk && denominator != 0;
        if (ok)
            value = numerator / denominator;
    }
    if (ok && value > 0 && std::isfinite(value))
        return value;
    if (error)
        *error = tr("Invalid time scale: %1 (expected a number greater than 0, e.g. 10, 0.5 or "
                    "1/60)")
                     .arg(text);
    return std::nullopt;
}

} // namespace brickdesk::emulator
