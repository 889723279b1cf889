#pragma once

#include <QObject>
#include <QTimer>

namespace brickdesk {

// Decides when to poll the live state of a list (clusters starting, runs
// running, pipeline updates). It does no request itself: it asks its owner
// with pollRequested() and is told the outcome with finishPoll().
//
// It polls only while enabled (the page is visible and the workspace
// connected) and active (some item is transitional). The wait between polls
// starts at the base interval and doubles while nothing changes, up to the
// maximum; a change brings it back to the base; a 429 doubles the next wait
// on top of that (up to twice the maximum), because the host asked everyone
// to slow down. Nothing transitional means no timer at all.
class LivePoller : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Changed,     // some polled item changed: look again soon
        Unchanged,   // nothing moved: back off
        RateLimited, // HTTP 429: back off further
        Failed,      // another error: back off as if unchanged
    };
    Q_ENUM(Outcome)

    static constexpr int kDefaultBaseIntervalMs = 1000;
    static constexpr int kDefaultMaxIntervalMs = 30'000;

    explicit LivePoller(QObject *parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // Whether anything is worth polling; the owner sets it after every change.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    // Tests shorten these so a real timer fires quickly; they never sleep.
    void setBaseInterval(int ms);
    void setMaxInterval(int ms);
    int baseInterval() const { return m_baseMs; }
    int maxInterval() const { return m_maxMs; }

    // The wait before the next poll (also while one is in flight, it is the
    // wait that will follow it unless the outcome changes it).
    int currentInterval() const { return m_intervalMs; }
    // A poll is waiting on its timer.
    bool isScheduled() const { return m_timer.isActive(); }
    // A poll was requested and its outcome has not arrived yet.
    bool isPolling() const { return m_inFlight; }
    int pollCount() const { return m_polls; }

    // Polls at once instead of waiting for the timer (a "refresh now" action
    // and tests); nothing happens when not enabled and active, or while a
    // poll is in flight.
    void pollNow();
    // The owner's answer to pollRequested(); schedules the next poll.
    void finishPoll(Outcome outcome);
    // The owner dropped the poll in flight (a full refresh superseded it).
    void abandonPoll();

signals:
    void pollRequested();
    // After finishPoll(): what happened and the wait until the next poll
    // (0 when none is scheduled).
    void pollFinished(brickdesk::LivePoller::Outcome outcome, int nextIntervalMs);

private:
    bool shouldRun() const { return m_enabled && m_active; }
    void update();
    void fire();

    QTimer m_timer;
    int m_baseMs = kDefaultBaseIntervalMs;
    int m_maxMs = kDefaultMaxIntervalMs;
    int m_intervalMs = kDefaultBaseIntervalMs;
    int m_polls = 0;
    bool m_enabled = false;
    bool m_active = false;
    bool m_inFlight = false;
};

} // namespace brickdesk
