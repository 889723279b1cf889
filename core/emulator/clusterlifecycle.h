#pragma once

#include "core/emulator/clustersstore.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

#include <chrono>

namespace brickdesk::emulator {

class ProcessRunner;

// Moves clusters through their states on the ProcessRunner, writes the
// matching cluster events and installs libraries while a cluster runs:
//
//   launch:    PENDING (CREATING or STARTING) → init scripts → RUNNING
//   restart:   RESTARTING → RUNNING
//   resize:    RESIZING → RUNNING (UPSIZE_COMPLETED when it grew)
//   terminate: TERMINATING → TERMINATED
//
// A running cluster with autotermination_minutes > 0 terminates with reason
// INACTIVITY after that many minutes of clock time in RUNNING. Libraries go
// PENDING → RESOLVING → INSTALLING → INSTALLED (or FAILED) while it runs.
//
// Process ids: "cluster/<id>", "cluster-idle/<id>", "cluster-libraries/<id>".
class ClusterLifecycle
{
public:
    // How long each transition takes in emulated time. Launch is
    // pending + initScripts: 20 s.
    struct Timing
    {
        std::chrono::milliseconds pending{15'000};
        std::chrono::milliseconds initScripts{5'000};
        std::chrono::milliseconds restarting{15'000};
        std::chrono::milliseconds resizing{10'000};
        std::chrono::milliseconds terminating{5'000};
        std::chrono::milliseconds queued{1'000}; // a library PENDING on a running cluster
        std::chrono::milliseconds resolving{2'000};
        std::chrono::milliseconds installing{5'000};
    };

    ClusterLifecycle(ClustersStore &store, ProcessRunner &processes);

    const Timing &timing() const { return m_timing; }
    void setTiming(const Timing &timing) { m_timing = timing; }

    // Init scripts (by destination) whose run fails: the cluster terminates
    // with INIT_SCRIPT_FAILURE. Holds the demo's broken script by default.
    void setFailingInitScripts(const QStringList &destinations);
    // Libraries (pypi/cran package, maven coordinates, jar/whl/requirements
    // path) whose installation fails. Holds `internal-utils==0.0.0-broken`
    // by default.
    void setFailingLibraries(const QStringList &names);
    bool libraryFails(const QJsonObject &library) const;
    static QString libraryName(const QJsonObject &library);
    // What cluster-status reports for a library whose installation failed.
    static QStringList failureMessages(const QString &clusterId, const QJsonObject &library);

    // `created`: a new cluster (CREATING event) rather than a start (STARTING).
    void launch(const QString &clusterId, bool created, const QString &user);
    void restart(const QString &clusterId, const QString &user);
    // The store already holds the new num_workers / autoscale.
    void resize(const QString &clusterId, const QString &user);
    void terminate(const QString &clusterId, const ClusterTerminationReason &reason);
    // Ends every process of the cluster (permanent delete).
    void forget(const QString &clusterId);
    // Installs the cluster's PENDING libraries when it is running.
    void installLibraries(const QString &clusterId);

    // Starts the processes seeded clusters are in the middle of: PENDING
    // clusters launch, RESIZING ones finish resizing, RUNNING ones count
    // idle time, and their PENDING libraries install.
    void resume();

    static int targetWorkers(const Cluster &cluster);
    static QJsonObject reasonJson(const ClusterTerminationReason &reason);
    static QString clusterProcess(const QString &clusterId)
    {
        return QStringLiteral("cluster/") + clusterId;
    }
    static QString idleProcess(const QString &clusterId)
    {
        return QStringLiteral("cluster-idle/") + clusterId;
    }
    static QString librariesProcess(const QString &clusterId)
    {
        return QStringLiteral("cluster-libraries/") + clusterId;
    }

private:
    void enterRunning(const QString &clusterId, const QString &eventType,
                      const QJsonObject &details);
    void armIdleTimer(const QString &clusterId);
    void startLaunch(const QString &clusterId, const QString &firstEvent, const QString &user,
                     std::chrono::milliseconds pending);
    void startResize(const QString &clusterId, int fromWorkers, const QString &user,
                     std::chrono::milliseconds duration);
    QString failingInitScript(const Cluster &cluster) const;

    ClustersStore &m_store;
    ProcessRunner &m_processes;
    Timing m_timing;
    QSet<QString> m_failingInitScripts;
    QSet<QString> m_failingLibraries;
};

} // namespace brickdesk::emulator
