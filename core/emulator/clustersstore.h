#pragma once

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

    static QString stateName(ClusterState state);
    static std::optional<ClusterState> parseState(const QString &name);
    static QString sourceName(ClusterSource source);
    static std::optional<ClusterSource> parseSource(const QString &name);

private:
    EmulatorClock &m_clock;
    std::map<QString, Cluster> m_clusters;
    QList<QString> m_order;
    int m_created = 0;
};

} // namespace brickdesk::emulator
