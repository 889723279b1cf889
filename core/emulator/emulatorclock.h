#pragma once

#include <QObject>

#include <optional>

namespace brickdesk::emulator {

// The emulator's notion of "now" in epoch milliseconds. Running, it follows
// real time times scale() plus what advance() added; frozen, it stands still
// except for advance() and advanceReal(), so timestamps and state machines
// are exact in tests.
//
// The scale (`brickdesk-emulator --time-scale N`) makes every emulated
// process N times faster than real time: a cluster that takes 20 s to start
// takes 20/N s of real time. It starts at 1, where now() is the wall clock.
class EmulatorClock : public QObject
{
    Q_OBJECT
public:
    explicit EmulatorClock(QObject *parent = nullptr);

    qint64 now() const;
    // Moves emulated time forward by `ms` emulated milliseconds.
    void advance(qint64 ms);
    // Moves emulated time forward as `realMs` of real time would at scale():
    // at scale 10, advanceReal(2000) is advance(20000).
    void advanceReal(qint64 realMs);
    void setFrozen(bool frozen);
    bool isFrozen() const { return m_frozen; }

    // Emulated milliseconds per real millisecond; must be > 0. now() stays
    // continuous across a change.
    void setScale(double scale);
    double scale() const { return m_scale; }
    // The real milliseconds until `emulatedMs` of emulated time have passed
    // (rounded up, so a timer set to it never fires early). 0 for <= 0.
    qint64 realMsFor(qint64 emulatedMs) const;

    // Parses a --time-scale value: a number greater than 0 ("10", "0.5",
    // "1/60"). nullopt with a user-facing `error` otherwise.
    static std::optional<double> parseScale(const QString &text, QString *error = nullptr);

signals:
    // advance() or advanceReal() moved time by `ms` emulated milliseconds.
    void advanced(qint64 ms);
    // The rate of time changed (frozen, unfrozen, rescaled): timers that wait
    // for an emulated moment must be set again.
    void rateChanged();

private:
    static qint64 realNow();

    // now() = m_anchorMs + (realNow() - m_anchorRealMs) * m_scale while
    // running; m_anchorMs while frozen.
    qint64 m_anchorMs = 0;
    qint64 m_anchorRealMs = 0;
    double m_scale = 1.0;
    bool m_frozen = false;
};

} // namespace brickdesk::emulator
