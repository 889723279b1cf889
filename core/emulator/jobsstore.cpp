#include "core/emulator/jobsstore.h"

#include "core/emulator/emulatorclock.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

JobsStore::JobsStore(EmulatorClock &clock)
    : m_clock(clock)
{}

void JobsStore::clear()
{
    m_jobs.clear();
}

qint64 JobsStore::addJob(const QJsonObject &settings, const QString &creator)
{
    // Real job ids are ~1e15 and not contiguous.
    qint64 id = 0;
    do {
        id = 1'047'501'313'827'425LL + (++m_nextId) * 2'315'977LL;
    } while (m_jobs.count(id));
    addJobWithId(id, settings, creator);
    return id;
}

void JobsStore::addJobWithId(qint64 jobId, const QJsonObject &settings, const QString &creator)
{
    Job job;
    job.jobId = jobId;
    job.creatorUserName = creator;
    job.createdTime = m_clock.now();
    job.settings = settings;
    m_jobs[jobId] = job;
}

void JobsStore::addJobs(int count, const QString &creator)
{
    const int first = size() + 1;
    for (int i = 0; i < count; ++i) {
        const QString name = u"Job %1"_s.arg(first + i, 5, 10, QChar(u'0'));
        const QJsonObject settings{
            {"name"_L1, name},
            {"max_concurrent_runs"_L1, 1},
            {"format"_L1, u"MULTI_TASK"_s},
            {"tasks"_L1,
             QJsonArray{QJsonObject{{"task_key"_L1, u"main"_s},
                                    {"notebook_task"_L1,
                                     QJsonObject{{"notebook_path"_L1, u"/Shared/etl/ingest"_s}}}}}},
        };
        addJob(settings, creator);
    }
}

const Job *JobsStore::find(qint64 jobId) const
{
    const auto it = m_jobs.find(jobId);
    return it == m_jobs.end() ? nullptr : &it->second;
}

Job *JobsStore::find(qint64 jobId)
{
    const auto it = m_jobs.find(jobId);
    return it == m_jobs.end() ? nullptr : &it->second;
}

bool JobsStore::remove(qint64 jobId)
{
    return m_jobs.erase(jobId) > 0;
}

QList<const Job *> JobsStore::jobs() const
{
    QList<const Job *> out;
    out.reserve(qsizetype(m_jobs.size()));
    for (const auto &[id, job] : m_jobs)
        out.append(&job);
    return out;
}

} // namespace brickdesk::emulator
