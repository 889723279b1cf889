#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace brickdesk {

class TransferQueue;

// One item of the transfer queue: a file, notebook or folder listing moving
// between this computer and a workspace. Subclasses do the work in run() and
// end it with exactly one of succeed(), skip() or fail(); cancel() calls
// abort(), which must stop all traffic and remove anything half-written.
// A failed or cancelled transfer may be retried: run() then starts over.
class Transfer : public QObject
{
    Q_OBJECT

public:
    enum class State { Queued, Running, Succeeded, Skipped, Failed, Cancelled };
    Q_ENUM(State)
    enum class Direction { Upload, Download };
    Q_ENUM(Direction)

    // `name` is what the panel shows ("report.py"); `source` and `target`
    // are full locations ("/home/me/report.py", "dbfs:/tmp/report.py").
    Transfer(Direction direction, const QString &name, const QString &source, const QString &target,
             QObject *parent = nullptr);
    ~Transfer() override;

    Direction direction() const { return m_direction; }
    QString name() const { return m_name; }
    QString source() const { return m_source; }
    QString target() const { return m_target; }

    State state() const { return m_state; }
    bool isFinished() const;
    // What the user should know now: why it failed or was skipped, or what
    // a running transfer waits for ("Listing /Users/me…").
    QString message() const { return m_message; }

    qint64 bytesDone() const { return m_bytesDone; }
    qint64 bytesTotal() const { return m_bytesTotal; } // -1 while unknown
    // Over the last few seconds; 0 when nothing moves.
    double bytesPerSecond() const;
    // -1 when unknown (no total, or no speed yet).
    qint64 secondsRemaining() const;

    // The queue this transfer was added to (planners add their items there).
    TransferQueue *queue() const;

    // Queue control. start() runs a queued transfer; cancel() stops a queued
    // or running one; retry() puts a failed or cancelled one back in line.
    void start();
    void cancel();
    bool retry();
    bool canRetry() const;

signals:
    void progressChanged();
    void stateChanged(brickdesk::Transfer::State state);

protected:
    virtual void run() = 0;
    virtual void abort() = 0;
    // Called before a retry runs again: forget what the last run learnt.
    virtual void reset() {}

    void setBytesTotal(qint64 total);
    void setBytesDone(qint64 done);
    void setStatusMessage(const QString &message);
    void succeed();
    void skip(const QString &reason);
    void fail(const QString &reason);
    bool isRunning() const { return m_state == State::Running; }

    // The context for everything one run starts: calls, background work,
    // conflict questions. It exists while the transfer runs and is destroyed
    // when the run ends (succeeds, fails, is cancelled), so whoever holds a
    // late callback (ApiClient, runInBackground, ConflictResolver) drops it
    // and no callback needs to check whether it still belongs to this run.
    QObject *runScope() const { return m_runScope.get(); }
    // Drops every callback of the run so far and returns a new scope, for a
    // run that starts one of its phases over (a block upload on a new handle).
    QObject *restartRunScope();
    // Drops every callback of the run now, for cleanup that must not hear
    // the answers of the calls it cancels (a destructor, a failure path).
    void closeRunScope() { m_runScope.reset(); }

private:
    friend class TransferQueue;
    void setState(State state);
    void finish(State state, const QString &message);

    struct Sample
    {
        qint64 atMs;
        qint64 bytes;
    };

    Direction m_direction;
    QString m_name;
    QString m_source;
    QString m_target;
    State m_state = State::Queued;
    QString m_message;
    qint64 m_bytesDone = 0;
    qint64 m_bytesTotal = -1;
    QElapsedTimer m_clock;
    QList<Sample> m_samples;
    QPointer<TransferQueue> m_queue;
    std::unique_ptr<QObject> m_runScope;
};

} // namespace brickdesk
