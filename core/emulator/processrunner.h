#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

class QTimer;

namespace brickdesk::emulator {

class EmulatorClock;

// One state of an emulated process: its name, how long the process stays in
// it (emulated time, so --time-scale shortens it) and what to do on entering
// it (update the store the API answers from).
struct ProcessStep
{
    using Action = std::function<void()>;
    // A state left only by ProcessRunner::jumpTo(), such as a RUNNING
    // cluster that stays up until it is terminated.
    static constexpr std::chrono::milliseconds kUntilJumped = std::chrono::milliseconds::max();

    QString state;
    std::chrono::milliseconds duration{0};
    Action onEnter = {};
};

// Runs the emulator's long-lived state machines (a cluster PENDING for 20 s,
// then RUNNING; a job run's tasks; a pipeline update) on the EmulatorClock.
//
// A process is a list of steps. start() enters the first one; when a step's
// duration has passed on the clock the next one is entered, and the process
// rests in its last step (whose duration is ignored) or in a kUntilJumped
// step until jumped, cancelled or restarted. A cluster:
//
//   runner.start(id, {{u"PENDING"_s, 20s, [&] { store.setState(id, Pending); }},
//                     {u"RUNNING"_s, ProcessStep::kUntilJumped, ...},
//                     {u"TERMINATING"_s, 5s, ...},
//                     {u"TERMINATED"_s}});
//   runner.jumpTo(id, u"TERMINATING"_s); // clusters/delete
// Steps are entered in emulated-time order across processes, also
// when one advance() crosses several deadlines at once.
//
// Time moves in two ways: the clock's advance()/advanceReal() (tests; the
// due steps are entered before advance() returns), and, while the clock
// runs, a real-time timer set for the next deadline at the clock's scale.
//
// Callbacks may call back into the runner (start, cancel, jumpTo).
class ProcessRunner : public QObject
{
    Q_OBJECT
public:
    // Told of every state a process enters, the first one included.
    using StateCallback = std::function<void(const QString &id, const QString &state)>;

    explicit ProcessRunner(EmulatorClock &clock, QObject *parent = nullptr);
    ~ProcessRunner() override;

    // Starts process `id`, replacing any process of that id without further
    // callbacks for the old one. Enters steps.first() before returning.
    // Started from a callback, it starts at the moment of the step being
    // entered, so chained processes keep exact durations.
    void start(const QString &id, const QList<ProcessStep> &steps, StateCallback onState = {});
    // Forgets the process: no further callbacks; state() becomes empty.
    void cancel(const QString &id);
    // Enters the step named `state` now (terminate a starting cluster, fail a
    // run) and times the rest from there. False when id or state is unknown.
    bool jumpTo(const QString &id, const QString &state);
    void clear(); // cancels every process (on re-seeding)

    bool contains(const QString &id) const { return m_processes.contains(id); }
    // The current state; empty for an unknown (or cancelled) id.
    QString state(const QString &id) const;
    // Whether the process rests in its last step.
    bool isSettled(const QString &id) const;
    QStringList ids() const;
    // The emulated moment of the step being entered when called from a
    // callback inside one advance (its deadline, which may lie before the
    // clock's now()); the clock's now() otherwise. Timestamps written by
    // callbacks use it.
    qint64 now() const { return currentMs(); }

    // Enters every step that is due at the clock's now(). Called by the clock
    // and the timer; public for callers that moved the clock another way.
    void runDue();

signals:
    void stateChanged(const QString &id, const QString &state);

private:
    struct Process
    {
        QList<ProcessStep> steps;
        StateCallback onState;
        qsizetype current = 0;
        qint64 enteredAtMs = 0; // emulated
        quint64 serial = 0;     // start order, ties go to the older process
    };

    void enter(const QString &id, qsizetype step, qint64 atMs);
    // The emulated moment a step is entered at: its deadline inside runDue().
    qint64 currentMs() const;
    // When the process leaves its current step; nullopt when it rests.
    static std::optional<qint64> deadlineOf(const Process &process);
    // The next (deadline, id) due at or before `limitMs`; false when none.
    bool nextDue(qint64 limitMs, qint64 *deadlineMs, QString *id) const;
    void schedule();

    EmulatorClock &m_clock;
    QTimer *m_timer;
    QHash<QString, Process> m_processes;
    quint64 m_nextSerial = 0;
    bool m_running = false;               // inside runDue(): nested calls return at once
    std::optional<qint64> m_enteringAtMs; // the deadline being entered in runDue()
};

} // namespace brickdesk::emulator
