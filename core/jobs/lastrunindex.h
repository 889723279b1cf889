#pragma once

#include "core/common/livepoller.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

namespace brickdesk {

class ApiClient;

// The latest run of each job, for the jobs list's "Last run" column.
//
// The Jobs API has no "last run" field, and one runs/list per job is a
// request per row. So fill() first reads the workspace's most recent runs
// (runs/list without job_id, newest first, a few pages of 25): every job that
// ran lately is answered by those pages together. Only the jobs still unknown
// then get runs/list?job_id=&limit=1, all at once, so the client's request
// queue keeps several on the wire instead of waiting for each in turn.
//
// Last runs that are still going are polled (runs/get) through a LivePoller
// while live updates are enabled, so the column changes when a run ends.
class LastRunIndex : public QObject
{
    Q_OBJECT

public:
    enum class Strategy {
        RecentThenPerJob, // the default, as above
        OnePerJobInTurn,  // one runs/list per job, one after the other (the
                          // benchmark's baseline)
    };

    explicit LastRunIndex(ApiClient *client, QObject *parent = nullptr);
    ~LastRunIndex() override;

    void setStrategy(Strategy strategy) { m_strategy = strategy; }
    // Workspace-wide pages read before asking job by job (default 4).
    void setRecentPages(int pages) { m_recentPages = pages; }

    // Finds the last run of each job not known yet; jobs asked for while a
    // fill is running are added to it.
    void fill(const QList<qint64> &jobIds);
    // Forgets what is known of this job and asks again (after run-now).
    void refreshJob(qint64 jobId);
    void clear();

    bool isKnown(qint64 jobId) const { return m_runs.contains(jobId); }
    // The job's last run; an empty object when it never ran or is unknown.
    QJsonObject lastRun(qint64 jobId) const { return m_runs.value(jobId); }
    bool isFilling() const { return !m_wanted.isEmpty(); }
    // Requests sent by fills since the index was made (the benchmark).
    int requestCount() const { return m_requests; }

    void setLiveUpdatesEnabled(bool enabled) { m_poller->setEnabled(enabled); }
    LivePoller *poller() const { return m_poller; }

signals:
    // These jobs' last runs are now known or changed.
    void runsChanged(const QList<qint64> &jobIds);
    // Every job asked for is known.
    void filled();

private:
    void startFill();
    void readRecentRuns();
    void askJobByJob();
    void askNextInTurn();
    void askJob(qint64 jobId, std::function<void()> then);
    // Keeps `run` if it started after the known one; true when it changed.
    bool offer(qint64 jobId, const QJsonObject &run);
    void finishIfDone();
    void updatePollerActivity();
    void poll();

    QPointer<ApiClient> m_client;
    Strategy m_strategy = Strategy::RecentThenPerJob;
    int m_recentPages = 4;
    QHash<qint64, QJsonObject> m_runs; // known: latest run, or {} for "never ran"
    QSet<qint64> m_wanted;             // asked for, not known yet
    std::unique_ptr<QObject> m_fillScope;
    std::unique_ptr<QObject> m_pollScope;
    LivePoller *m_poller;
    int m_requests = 0;
};

} // namespace brickdesk
