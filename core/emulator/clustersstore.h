#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <map>
#include <optional>

namespace brickdesk::emulator {

class EmulatorClock;

// The service's cluster states; a state machine moves clusters between them.
enum class ClusterState {
    Pending,
    Running,
    Restarting,
    Resizing,
    Terminating,
    Terminated,
    Error,
    Unknown
};

// Who started a cluster: the UI, the REST API, a job run, a pipeline.
enum class ClusterSource { Ui, Api, Job, Pipeline, Sql };

struct ClusterAutoscale
{
    int minWorkers = 0;
    int maxWorkers = 0;
};

struct ClusterTerminationReason
{
    QString code; // USER_REQUEST, INACTIVITY, JOB_FINISHED, ...
    QString type; // SUCCESS, CLIENT_ERROR, SERVICE_FAULT, CLOUD_FAILURE
    QJsonObject parameters;
};

// A library's progress on one cluster.
enum class LibraryStatus { Pending, Resolving, Installing, Installed, Failed, UninstallOnRestart };

struct ClusterLibrary
{
    QJsonObject library; // {"pypi": {"package": ...}}, {"maven": {...}}, {"jar": ...}, ...
    LibraryStatus status = LibraryStatus::Pending;
    QStringList messages; // why it failed
};

// One entry of clusters/events: a state change, a resize, an edit, a pin.
struct ClusterEvent
{
    qint64 timestamp = 0; // epoch ms, emulator clock
    QString type;         // CREATING, RUNNING, RESIZING, TERMINATED, ...
    QJsonObject details;  // current_num_workers, target_num_workers, reason, user, ...
};

struct Cluster
{
    QString clusterId; // "0512-093015-abcd1234"
    QString clusterName;
    QString sparkVersion;
    QString nodeTypeId;
    QString driverNodeTypeId; // empty: the worker type
    int numWorkers = 0;
    std::optional<ClusterAutoscale> autoscale; // replaces numWorkers when set
    ClusterState state = ClusterState::Pending;
    QString stateMessage;
    QString creatorUserName;
    QJsonObject sparkConf;
    QJsonObject sparkEnvVars;
    QJsonObject customTags;
    int autoterminationMinutes = 0; // 0: never
    ClusterSource source = ClusterSource::Ui;
    qint64 startTime = 0;      // epoch ms, emulator clock
    qint64 terminatedTime = 0; // 0 unless terminated
    std::optional<ClusterTerminationReason> terminationReason;
    qint64 lastRestartedTime = 0; // 0 until it has run
    QString pinnedByUserName;     // empty: not pinned
    QJsonArray initScripts;       // [{"workspace": {"destination": ...}}, ...]
    // The spec fields kept as sent and answered back unchanged
    // (data_security_mode, single_user_name, runtime_engine, policy_id,
    // cluster_log_conf, cloud attributes, ...).
    QJsonObject otherSpec;
    int currentWorkers = 0;          // workers up now; 0 unless running
    QList<ClusterLibrary> libraries; // in the order installed
    QList<ClusterEvent> events;      // oldest first
};

// Clusters by id, in creation order. Timestamps come from the emulator clock.
class ClustersStore
{
public:
    explicit ClustersStore(EmulatorClock &clock);

    void clear();
    int size() const { return int(m_clusters.size()); }

    // Stores `cluster` with a new id (unless it carries one) and, when it has
    // none, startTime = now(). Returns the id.
    QString add(Cluster cluster);
    const Cluster *find(const QString &clusterId) const;
    Cluster *find(const QString &clusterId);
    QList<const Cluster *> clusters() const; // in creation order
    // Forgets the cluster, its libraries and its events. False when unknown.
    bool remove(const QString &clusterId);
    // Appends an event at `atMs` (now() when 0), keeping events in time order.
    void addEvent(const QString &clusterId, const QString &type, const QJsonObject &details = {},
                  qint64 atMs = 0);
    int pinnedCount() const;

    static QString stateName(ClusterState state);
    static std::optional<ClusterState> parseState(const QString &name);
    // The state as INVALID_STATE messages spell it: "Running", "Pending".
    static QString stateDisplayName(ClusterState state);
    static QString libraryStatusName(LibraryStatus status);
    static QString sourceName(ClusterSource source);
    static std::optional<ClusterSource> parseSource(const QString &name);

private:
    EmulatorClock &m_clock;
    std::map<QString, Cluster> m_clusters;
    QList<QString> m_order;
    int m_created = 0;
};

} // namespace brickdesk::emulator
