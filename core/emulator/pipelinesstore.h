#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

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

// What a pipeline's source code defines: a table or view and the flows that
// write it. The emulator reads no source, so the datasets are stored.
struct PipelineDataset
{
    enum class Kind { MaterializedView, StreamingTable, View };

    QString name; // unqualified ("orders_raw"); events name it catalog.schema.name
    Kind kind = Kind::MaterializedView;
    // The flows writing it; empty means one flow named like the dataset (the
    // default flow of a @dlt.table / CREATE ... AS query).
    QStringList flows;
    QStringList inputs;    // the datasets (or outside tables) it reads
    qint64 outputRows = 0; // num_output_rows of one refresh
    QString sourcePath;    // the library defining it, for origin/details

    QStringList flowNames() const { return flows.isEmpty() ? QStringList{name} : flows; }
    static QString kindName(Kind kind);
};

// One flow an update runs, in the order it runs them.
struct PipelineFlowRun
{
    QString flow;    // unqualified flow name
    QString dataset; // unqualified name of the dataset it writes
    bool fullRefresh = false;
    QString status; // the last flow_progress status; empty before QUEUED
};

struct PipelineUpdate
{
    QString updateId;
    // QUEUED, CREATED, WAITING_FOR_RESOURCES, INITIALIZING, SETTING_UP_TABLES,
    // RUNNING, STOPPING, COMPLETED, FAILED, CANCELED
    QString state;
    qint64 creationTime = 0; // epoch ms, emulator clock
    QString cause = QStringLiteral("API_CALL");
    QString clusterId;
    bool fullRefresh = false;
    QStringList refreshSelection;
    QStringList fullRefreshSelection;
    bool validateOnly = false;
    bool continuous = false;
    QJsonObject config;  // the effective spec (with id and name) it runs
    QString requestId;   // origin.request_id of its events
    QString failureText; // the pipeline's `cause` after it failed
    QList<PipelineFlowRun> flows;
    qsizetype failingFlow = -1; // the flow that fails, -1 when none does

    bool isActive() const;
    static bool isTerminal(const QString &state);
};

// One entry of a pipeline's event log. `json` is the whole PipelineEvent as
// the events endpoint answers it; the other fields are what filters and
// ordering read.
struct PipelineEvent
{
    QString id;
    qint64 timestamp = 0; // epoch ms
    qint64 sequence = 0;  // control_plane_seq_no, unique per pipeline
    QString level;
    QString updateId;
    QJsonObject json;

    // The listing order: timestamp, then sequence (unique, so it is total).
    bool operator<(const PipelineEvent &other) const
    {
        return timestamp != other.timestamp ? timestamp < other.timestamp
                                            : sequence < other.sequence;
    }
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
    QString cause; // why it is in `state` (get's `cause`); empty when IDLE
    QList<PipelineDataset> datasets;
    QList<PipelineUpdate> updates;     // the whole history, newest first
    std::vector<PipelineEvent> events; // sorted by (timestamp, sequence)
    qint64 nextSequence = 1;

    const PipelineUpdate *activeUpdate() const;
    const PipelineUpdate *findUpdate(const QString &updateId) const;
    PipelineUpdate *findUpdate(const QString &updateId);
    const PipelineDataset *findDataset(const QString &name) const;
    // catalog.schema.name, schema.name in the Hive metastore, or the name.
    QString qualifiedName(const QString &dataset) const;
};

// Saved pipelines by id, with their datasets, update history and event log.
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
    // The same pipeline for the API and the update lifecycle to change.
    Pipeline *modify(const QString &pipelineId);
    bool remove(const QString &pipelineId);
    QList<const Pipeline *> pipelines() const; // by id
    // Another pipeline than `exceptId` named `name`.
    bool hasName(const QString &name, const QString &exceptId = {}) const;

    // Appends an event (json lacking id/timestamp/sequence gets them) in
    // timestamp order; appending in time order is O(1).
    void addEvent(const QString &pipelineId, qint64 timestamp, QJsonObject json);
    // Adds many events of which each is no older than the previous one, with
    // one merge instead of one insertion each.
    void addEvents(const QString &pipelineId, std::vector<PipelineEvent> sortedEvents);

    static QString stateName(PipelineState state);
    static QString isoTime(qint64 ms);

private:
    PipelineEvent makeEvent(Pipeline &pipeline, qint64 timestamp, QJsonObject json);

    EmulatorClock &m_clock;
    std::map<QString, Pipeline> m_pipelines;
};

} // namespace brickdesk::emulator
