#pragma once

#include <QObject>

namespace brickdesk::emulator {

// The emulator's notion of "now" in epoch milliseconds. It follows real time
// plus an offset that tests move forward with advance(); frozen, it stands
// still except for advance(), so timestamps and state machines are exact.
class EmulatorClock : public QObject
{
    Q_OBJECT
public:
    explicit EmulatorClock(QObject *parent = nullptr);

    qint64 now() const;
    void advance(qint64 ms);
    void setFrozen(bool frozen);
    bool isFrozen() const { return m_frozen; }

signals:
    void advanced(qint64 ms);

private:
    static qint64 realNow();

    qint64 m_offsetMs = 0;
    qint64 m_frozenAtMs = 0; // now() at the moment of freezing
    bool m_frozen = false;
};

} // namespace brickdesk::emulator
