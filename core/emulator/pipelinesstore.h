#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <map>

namespace brickdesk::emulator {

class EmulatorClock;

enum class PipelineState {
    Idle,
    Starting,
    Running,
    Stopping,
    Deploying,
    Recovering,
    Resetting,
    Failed,
    Deleted
};

struct PipelineUpdate
{
    QString updateId;
    QString state;           // QUEUED, RUNNING, COMPLETED, FAILED, CANCELED, ...
    qint64 creationTime = 0; // epoch ms, emulator clock
};

struct Pipeline
{
    QString pipelineId; // a UUID
    QString name;
    PipelineState state = PipelineState::Idle;
    QString creatorUserName;
    QString clusterId; // the update cluster while one runs
    // PipelineSpec as saved (configuration, clusters, libraries, catalog,
    // target, continuous, development, ...), without `id` and `name`, which
    // the API adds from the fields above.
    QJsonObject spec;
    qint64 lastModified = 0;
    QList<PipelineUpdate> latestUpdates; // newest first
};

// Saved pipelines by id.
class PipelinesStore
{
public:
    explicit PipelinesStore(EmulatorClock &clock);

    void clear();
    int size() const { return int(m_pipelines.size()); }

    // Stores `pipeline` with a new UUID unless it carries an id; lastModified
    // defaults to now().
    QString add(Pipeline pipeline);
    const Pipeline *find(const QString &pipelineId) const;
    QList<const Pipeline *> pipelines() const; // by id

    static QString stateName(PipelineState state);

private:
    EmulatorClock &m_clock;
    std::map<QString, Pipeline> m_pipelines;
};

} // namespace brickdesk::emulator
