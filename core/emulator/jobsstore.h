#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <map>

namespace brickdesk::emulator {

class EmulatorClock;

struct Job
{
    qint64 jobId = 0;
    QString creatorUserName;
    qint64 createdTime = 0;
    QJsonObject settings; // JobSettings as sent (name, tasks, ...)
};

// Saved jobs, ordered by job id. Their runs live in the JobRunsStore.
class JobsStore
{
public:
    explicit JobsStore(EmulatorClock &clock);

    void clear();
    int size() const { return int(m_jobs.size()); }

    qint64 addJob(const QJsonObject &settings, const QString &creator);
    // Inserts a job with a chosen id (e.g. above 2^53, to test id handling).
    void addJobWithId(qint64 jobId, const QJsonObject &settings, const QString &creator);
    // Test hook: `count` simple jobs named "Job 00001", ... quickly.
    void addJobs(int count, const QString &creator = QStringLiteral("demo@brickdesk.dev"));

    const Job *find(qint64 jobId) const;
    Job *find(qint64 jobId);
    bool remove(qint64 jobId);
    QList<const Job *> jobs() const; // by job id

private:
    EmulatorClock &m_clock;
    std::map<qint64, Job> m_jobs;
    qint64 m_nextId = 0;
};

} // namespace brickdesk::emulator
