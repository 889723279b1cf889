#pragma once

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace brickdesk {

class ApiCall;
class Credentials;

// The request queue of one host. Keeps at most N requests on the wire and
// holds every queued request while the host is paused after a 429, so one
// throttled call slows all of the host's traffic instead of each call
// hammering on its own. Also holds requests while the credentials are being
// renewed, and fails them if the credentials cannot be recovered.
class RequestScheduler : public QObject
{
    Q_OBJECT

public:
    explicit RequestScheduler(Credentials *credentials, QObject *parent = nullptr);

    void setMaxInFlight(int count);
    int maxInFlight() const { return m_maxInFlight; }
    int inFlight() const { return m_inFlight; }
    int queued() const { return int(m_queue.size()); }

    // Queues an attempt of `call`; the scheduler calls call->startAttempt()
    // when a slot is free. A queued call that is destroyed is skipped.
    void enqueue(ApiCall *call);
    // Removes a queued attempt that has not started yet.
    void dequeue(ApiCall *call);
    // An attempt that was started has ended: frees its slot.
    void release();
    // Holds all new attempts for this long (429 Retry-After).
    void pauseFor(int milliseconds);
    bool isPaused() const;

signals:
    void pausedChanged(bool paused);

private:
    void pump();
    void failWaitingCalls();

    QPointer<Credentials> m_credentials;
    QList<QPointer<ApiCall>> m_queue;
    int m_maxInFlight = 8;
    int m_inFlight = 0;
    QDeadlineTimer m_pausedUntil;
    QTimer m_resumeTimer;
};

} // namespace brickdesk
