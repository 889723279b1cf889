#include "core/emulator/processrunner.h"

#include "core/emulator/emulatorclock.h"

#include <QTimer>

#include <algorithm>
#include <limits>

namespace brickdesk::emulator {

namespace {

// A timer longer than this is set again when it fires; QTimer takes an int.
constexpr qint64 kMaxTimerMs = 24LL * 3600 * 1000;

} // namespace

ProcessRunner::ProcessRunner(EmulatorClock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    // A 20 s step at --time-scale 100 is 200 ms: coarse timers would be off
    // by a noticeable share of it.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &ProcessRunner::runDue);
    connect(&m_clock, &EmulatorClock::advanced, this, &ProcessRunner::runDue);
    connect(&m_clock, &EmulatorClock::rateChanged, this, &ProcessRunner::schedule);
}

ProcessRunner::~ProcessRunner() = default;

void ProcessRunner::start(const QString &id, const QList<ProcessStep> &steps, StateCallback onState)
{
    if (steps.isEmpty()) {
        cancel(id);
        return;
    }
    Process process;
    process.steps = steps;
    process.onState = std::move(onState);
    process.serial = m_nextSerial++;
    m_processes.insert(id, std::move(process));
    enter(id, 0, currentMs());
    runDue(); // zero-length first steps, and the timer
}

void ProcessRunner::cancel(const QString &id)
{
    if (m_processes.remove(id) > 0)
        schedule();
}

bool ProcessRunner::jumpTo(const QString &id, const QString &state)
{
    const auto it = m_processes.constFind(id);
    if (it == m_processes.cend())
        return false;
    const auto &steps = it->steps;
    const auto step = std::find_if(steps.cbegin(), steps.cend(),
                                   [&state](const ProcessStep &s) { return s.state == state; });
    if (step == steps.cend())
        return false;
    enter(id, step - steps.cbegin(), currentMs());
    runDue();
    return true;
}

void ProcessRunner::clear()
{
    m_processes.clear();
    m_timer->stop();
}

QString ProcessRunner::state(const QString &id) const
{
    const auto it = m_processes.constFind(id);
    return it == m_processes.cend() ? QString() : it->steps.at(it->current).state;
}

bool ProcessRunner::isSettled(const QString &id) const
{
    const auto it = m_processes.constFind(id);
    return it != m_processes.cend() && it->current == it->steps.size() - 1;
}

QStringList ProcessRunner::ids() const
{
    QStringList ids = m_processes.keys();
    ids.sort();
    return ids;
}

void ProcessRunner::enter(const QString &id, qsizetype step, qint64 atMs)
{
    auto it = m_processes.find(id);
    if (it == m_processes.end())
        return;
    it->current = step;
    it->enteredAtMs = atMs;
    // Copies: the callbacks may start, cancel or restart processes, which
    // moves or removes this entry.
    const quint64 serial = it->serial;
    const QString state = it->steps.at(step).state;
    const ProcessStep::Action onEnter = it->steps.at(step).onEnter;
    const StateCallback onState = it->onState;
    const auto stillHere = [this, &id, serial, step] {
        const auto found = m_processes.constFind(id);
        return found != m_processes.cend() && found->serial == serial && found->current == step;
    };
    if (onEnter)
        onEnter();
    if (onState && stillHere())
        onState(id, state);
    if (stillHere())
        emit stateChanged(id, state);
}

qint64 ProcessRunner::currentMs() const
{
    return m_enteringAtMs.value_or(m_clock.now());
}

std::optional<qint64> ProcessRunner::deadlineOf(const Process &process)
{
    if (process.current >= process.steps.size() - 1)
        return std::nullopt; // resting in its last step
    const std::chrono::milliseconds duration = process.steps.at(process.current).duration;
    if (duration == ProcessStep::kUntilJumped)
        return std::nullopt;
    return process.enteredAtMs + std::max<qint64>(0, duration.count());
}

bool ProcessRunner::nextDue(qint64 limitMs, qint64 *deadlineMs, QString *id) const
{
    bool found = false;
    quint64 serial = std::numeric_limits<quint64>::max();
    for (auto it = m_processes.cbegin(); it != m_processes.cend(); ++it) {
        const std::optional<qint64> due = deadlineOf(*it);
        if (!due || *due > limitMs)
            continue;
        const qint64 deadline = *due;
        if (!found || deadline < *deadlineMs || (deadline == *deadlineMs && it->serial < serial)) {
            found = true;
            *deadlineMs = deadline;
            *id = it.key();
            serial = it->serial;
        }
    }
    return found;
}

void ProcessRunner::runDue()
{
    if (m_running)
        return; // a callback moved the clock: the loop below sees the new now()
    m_running = true;
    qint64 deadline = 0;
    QString id;
    while (nextDue(m_clock.now(), &deadline, &id)) {
        // Entered at its deadline, not at now(): one big advance() leaves
        // every later step exactly as long as it should be.
        m_enteringAtMs = deadline;
        enter(id, m_processes.value(id).current + 1, deadline);
        m_enteringAtMs.reset();
    }
    m_running = false;
    schedule();
}

void ProcessRunner::schedule()
{
    if (m_running)
        return; // runDue() schedules when it is done
    qint64 next = std::numeric_limits<qint64>::max();
    for (const Process &process : std::as_const(m_processes)) {
        if (const std::optional<qint64> due = deadlineOf(process))
            next = std::min(next, *due);
    }
    // A frozen clock moves only through advance(), which runs due steps itself.
    if (next == std::numeric_limits<qint64>::max() || m_clock.isFrozen()) {
        m_timer->stop();
        return;
    }
    const qint64 realMs = std::min(m_clock.realMsFor(next - m_clock.now()), kMaxTimerMs);
    m_timer->start(int(realMs));
}

} // namespace brickdesk::emulator
