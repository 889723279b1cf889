#include "core/jobs/lastrunindex.h"

#include "core/jobs/jobsservice.h"
#include "core/jobs/runstatus.h"
#include "core/net/apiclient.h"
#include "core/net/jsonids.h"
#include "core/net/pager.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace brickdesk {

LastRunIndex::LastRunIndex(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_poller(new LivePoller(this))
{
    connect(m_poller, &LivePoller::pollRequested, this, &LastRunIndex::poll);
}

LastRunIndex::~LastRunIndex()
{
    m_fillScope.reset();
    m_pollScope.reset();
}

void LastRunIndex::fill(const QList<qint64> &jobIds)
{
    QList<qint64> added;
    for (const qint64 id : jobIds)
        if (id != 0 && !m_runs.contains(id) && !m_wanted.contains(id)) {
            m_wanted.insert(id);
            added.append(id);
        }
    if (added.isEmpty() || !m_client)
        return;
    if (!m_fillScope) {
        startFill();
        return;
    }
    // A fill already asking job by job takes the new ones at once; one still
    // reading recent runs reaches them when it gets there.
    if (m_strategy == Strategy::RecentThenPerJob && m_fillScope->property("perJob").toBool())
        for (const qint64 id : added)
            askJob(id, [this] { finishIfDone(); });
}

void LastRunIndex::refreshJob(qint64 jobId)
{
    m_runs.remove(jobId);
    m_wanted.insert(jobId);
    if (!m_fillScope) {
        m_fillScope = std::make_unique<QObject>();
        m_fillScope->setProperty("perJob", true);
    }
    askJob(jobId, [this] { finishIfDone(); });
}

void LastRunIndex::clear()
{
    m_fillScope.reset();
    m_pollScope.reset();
    m_poller->setActive(false);
    m_poller->abandonPoll();
    m_runs.clear();
    m_wanted.clear();
}

void LastRunIndex::startFill()
{
    m_fillScope = std::make_unique<QObject>();
    if (m_strategy == Strategy::OnePerJobInTurn)
        askNextInTurn();
    else
        readRecentRuns();
}

void LastRunIndex::readRecentRuns()
{
    auto pager = std::make_shared<QPointer<Pager>>();
    *pager = Pager::fetchPages(
        m_client, JobsService::runsListRequest(0), JobsService::kRunsPageLimit, m_recentPages, {},
        m_fillScope.get(),
        [this, pager](const QJsonObject &page) {
            ++m_requests;
            QList<qint64> changed;
            for (const QJsonValue &value : page.value("runs"_L1).toArray()) {
                const QJsonObject run = value.toObject();
                const qint64 jobId = jsonId(run, "job_id"_L1);
                // Runs submitted without a job (runs/submit) belong to no row.
                if (jobId != 0 && offer(jobId, run))
                    changed.append(jobId);
            }
            // Newest first: the first run of a job on these pages is its last.
            for (const qint64 id : std::as_const(changed))
                m_wanted.remove(id);
            if (!changed.isEmpty())
                emit runsChanged(changed);
            if (m_wanted.isEmpty() && *pager)
                (*pager)->cancel();
            if (m_wanted.isEmpty())
                finishIfDone();
        },
        [this](const std::optional<ApiError> &) {
            // Failed or not, the jobs not seen are asked one by one.
            askJobByJob();
        });
}

void LastRunIndex::askJobByJob()
{
    m_fillScope->setProperty("perJob", true);
    const QList<qint64> wanted(m_wanted.cbegin(), m_wanted.cend());
    for (const qint64 id : wanted)
        askJob(id, [this] { finishIfDone(); });
    finishIfDone();
}

void LastRunIndex::askNextInTurn()
{
    if (m_wanted.isEmpty()) {
        finishIfDone();
        return;
    }
    const qint64 id = *m_wanted.cbegin();
    askJob(id, [this] { askNextInTurn(); });
}

void LastRunIndex::askJob(qint64 jobId, std::function<void()> then)
{
    ++m_requests;
    ApiRequest request = JobsService::runsListRequest(jobId);
    request.query(u"limit"_s, qint64(1));
    m_client->send(request, m_fillScope.get(),
                   [this, jobId, then = std::move(then)](const ApiReply &reply) {
                       if (!m_wanted.contains(jobId)) {
                           then();
                           return;
                       }
                       m_wanted.remove(jobId);
                       // A failed answer leaves the cell empty rather than
                       // asking forever; a refresh asks again.
                       const QJsonArray runs =
                           reply.ok() ? reply.json().value("runs"_L1).toArray() : QJsonArray();
                       if (runs.isEmpty())
                           m_runs.insert(jobId, {});
                       else
                           offer(jobId, runs.first().toObject());
                       emit runsChanged({jobId});
                       then();
                   });
}

bool LastRunIndex::offer(qint64 jobId, const QJsonObject &run)
{
    const auto known = m_runs.constFind(jobId);
    // The listing's order is not firmly specified: the latest start wins.
    if (known != m_runs.cend() && !known->isEmpty() &&
        known->value("start_time"_L1).toInteger() >= run.value("start_time"_L1).toInteger())
        return false;
    m_runs.insert(jobId, JobsService::listedRun(run));
    updatePollerActivity();
    return true;
}

void LastRunIndex::finishIfDone()
{
    if (!m_wanted.isEmpty() || !m_fillScope)
        return;
    // Not destroyed here: this may run inside one of the scope's handlers.
    m_fillScope.release()->deleteLater();
    updatePollerActivity();
    emit filled();
}

void LastRunIndex::updatePollerActivity()
{
    bool anyActive = false;
    for (const QJsonObject &run : std::as_const(m_runs))
        anyActive = anyActive || (!run.isEmpty() && RunStatus::fromRun(run).isActive());
    m_poller->setActive(anyActive);
}

void LastRunIndex::poll()
{
    QList<QPair<qint64, qint64>> active; // job id, run id
    for (auto it = m_runs.cbegin(); it != m_runs.cend(); ++it)
        if (!it->isEmpty() && RunStatus::fromRun(*it).isActive())
            active.append({it.key(), jsonId(*it, "run_id"_L1)});
    if (active.isEmpty() || !m_client) {
        updatePollerActivity();
        m_poller->finishPoll(LivePoller::Outcome::Unchanged);
        return;
    }
    m_pollScope = std::make_unique<QObject>();
    struct Round
    {
        int pending = 0;
        QList<qint64> changed;
        bool rateLimited = false;
    };
    auto round = std::make_shared<Round>();
    round->pending = int(active.size());
    for (const auto &[jobId, runId] : std::as_const(active)) {
        m_client->send(JobsService::runGetRequest(runId), m_pollScope.get(),
                       [this, round, jobId = jobId](const ApiReply &reply) {
                           if (reply.ok()) {
                               const QJsonObject fresh = JobsService::listedRun(reply.json());
                               if (fresh != m_runs.value(jobId)) {
                                   m_runs.insert(jobId, fresh);
                                   round->changed.append(jobId);
                               }
                           } else if (reply.error().httpStatus == 429) {
                               round->rateLimited = true;
                           }
                           if (--round->pending > 0)
                               return;
                           if (!round->changed.isEmpty())
                               emit runsChanged(round->changed);
                           updatePollerActivity();
                           m_poller->finishPoll(
                               round->rateLimited         ? LivePoller::Outcome::RateLimited
                               : round->changed.isEmpty() ? LivePoller::Outcome::Unchanged
                                                          : LivePoller::Outcome::Changed);
                       });
    }
}

} // namespace brickdesk
