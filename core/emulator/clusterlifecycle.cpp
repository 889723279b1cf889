#include "core/emulator/clusterlifecycle.h"

#include "core/emulator/processrunner.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace brickdesk::emulator {

namespace {

QJsonObject workersDetails(int current, int target)
{
    return QJsonObject{{"current_num_workers"_L1, current}, {"target_num_workers"_L1, target}};
}

QString terminatedMessage(const ClusterTerminationReason &reason)
{
    const QString error = reason.parameters.value("databricks_error_message"_L1).toString();
    if (!error.isEmpty())
        return error;
    if (reason.code == "INACTIVITY"_L1)
        return u"Inactive cluster terminated (inactive for %1 minutes)."_s.arg(
            reason.parameters.value("inactivity_duration_min"_L1).toString());
    if (reason.code == "JOB_FINISHED"_L1)
        return u"Job run finished."_s;
    return {};
}

QString initScriptDestination(const QJsonObject &script)
{
    for (auto it = script.begin(); it != script.end(); ++it) {
        const QString destination = it.value().toObject().value("destination"_L1).toString();
        if (!destination.isEmpty())
            return destination;
    }
    return {};
}

} // namespace

ClusterLifecycle::ClusterLifecycle(ClustersStore &store, ProcessRunner &processes)
    : m_store(store)
    , m_processes(processes)
    , m_failingInitScripts{u"/Workspace/Shared/init/install-geo-drivers.sh"_s}
    , m_failingLibraries{u"internal-utils==0.0.0-broken"_s}
{}

void ClusterLifecycle::setFailingInitScripts(const QStringList &destinations)
{
    m_failingInitScripts = QSet<QString>(destinations.cbegin(), destinations.cend());
}

void ClusterLifecycle::setFailingLibraries(const QStringList &names)
{
    m_failingLibraries = QSet<QString>(names.cbegin(), names.cend());
}

QString ClusterLifecycle::libraryName(const QJsonObject &library)
{
    for (const auto kind : {"pypi"_L1, "cran"_L1})
        if (library.contains(kind))
            return library.value(kind).toObject().value("package"_L1).toString();
    if (library.contains("maven"_L1))
        return library.value("maven"_L1).toObject().value("coordinates"_L1).toString();
    for (const auto kind : {"jar"_L1, "whl"_L1, "egg"_L1, "requirements"_L1})
        if (library.contains(kind))
            return library.value(kind).toString();
    return {};
}

QStringList ClusterLifecycle::failureMessages(const QString &clusterId, const QJsonObject &library)
{
    const QString name = libraryName(library);
    if (library.contains("pypi"_L1))
        return {u"Library installation attempted on the driver node of cluster %1 and failed. "
                "Pip could not find a version that satisfies the requirement for the library. "
                "Please check your library version and dependencies. Error code: "
                "ERROR_NO_MATCHING_DISTRIBUTION, error message: "
                "org.apache.spark.SparkException: Process List(/bin/su, libraries, -c, bash "
                "/local_disk0/.ephemeral_nfs/cluster_libraries/python/python_start_clusterwide.sh "
                "/local_disk0/.ephemeral_nfs/cluster_libraries/python/bin/pip install '%2' "
                "--disable-pip-version-check) exited with code 1. ERROR: Could not find a "
                "version that satisfies the requirement %2 (from versions: none)\nERROR: No "
                "matching distribution found for %2"_s.arg(clusterId, name)};
    if (library.contains("maven"_L1))
        return {
            u"Library resolution failed because unresolved dependency: %1: not found"_s.arg(name)};
    return {u"Library installation failed for library due to user error. Error messages: "
            "java.io.FileNotFoundException: %1 (No such file or directory)"_s.arg(name)};
}

bool ClusterLifecycle::libraryFails(const QJsonObject &library) const
{
    return m_failingLibraries.contains(libraryName(library));
}

QJsonObject ClusterLifecycle::reasonJson(const ClusterTerminationReason &reason)
{
    QJsonObject out{{"code"_L1, reason.code}, {"type"_L1, reason.type}};
    if (!reason.parameters.isEmpty())
        out.insert("parameters"_L1, reason.parameters);
    return out;
}

int ClusterLifecycle::targetWorkers(const Cluster &cluster)
{
    if (!cluster.autoscale)
        return cluster.numWorkers;
    // An autoscaling cluster keeps its current size inside the new bounds.
    return std::clamp(cluster.currentWorkers, cluster.autoscale->minWorkers,
                      std::max(cluster.autoscale->minWorkers, cluster.autoscale->maxWorkers));
}

QString ClusterLifecycle::failingInitScript(const Cluster &cluster) const
{
    for (const auto &script : cluster.initScripts) {
        const QString destination = initScriptDestination(script.toObject());
        if (m_failingInitScripts.contains(destination))
            return destination;
    }
    return {};
}

void ClusterLifecycle::launch(const QString &clusterId, bool created, const QString &user)
{
    startLaunch(clusterId, created ? u"CREATING"_s : u"STARTING"_s, user, m_timing.pending);
}

void ClusterLifecycle::startLaunch(const QString &clusterId, const QString &firstEvent,
                                   const QString &user, std::chrono::milliseconds pending)
{
    const QString id = clusterId;
    const auto onPending = [this, id, firstEvent, user] {
        Cluster *cluster = m_store.find(id);
        if (!cluster)
            return;
        cluster->state = ClusterState::Pending;
        cluster->stateMessage =
            u"Finding instances for new nodes, acquiring more instances if necessary"_s;
        cluster->terminatedTime = 0;
        cluster->terminationReason.reset();
        cluster->currentWorkers = 0;
        if (firstEvent.isEmpty())
            return; // resumed from the seed, which wrote the event
        cluster->startTime = m_processes.now();
        QJsonObject details{{"user"_L1, user}};
        if (firstEvent == "CREATING"_L1 || firstEvent == "STARTING"_L1)
            details.insert("target_num_workers"_L1, targetWorkers(*cluster));
        m_store.addEvent(id, firstEvent, details, m_processes.now());
    };
    const auto onInitScripts = [this, id] {
        Cluster *cluster = m_store.find(id);
        if (!cluster || cluster->initScripts.isEmpty())
            return;
        cluster->stateMessage = u"Running init scripts."_s;
        m_store.addEvent(id, u"INIT_SCRIPTS_STARTED"_s,
                         QJsonObject{{"instance_id"_L1, u"i-0c5f1e7a2b9d34681"_s}},
                         m_processes.now());
    };
    const auto onRunning = [this, id] {
        Cluster *cluster = m_store.find(id);
        if (!cluster)
            return;
        if (!cluster->initScripts.isEmpty()) {
            const QString failing = failingInitScript(*cluster);
            QJsonObject finished{{"instance_id"_L1, u"i-0c5f1e7a2b9d34681"_s}};
            if (!failing.isEmpty()) {
                finished.insert("init_scripts"_L1,
                                QJsonObject{{"global"_L1, QJsonArray{}},
                                            {"cluster"_L1, QJsonArray{QJsonObject{
                                                               {"status"_L1, u"FAILED"_s},
                                                               {"destination"_L1, failing}}}}});
                m_store.addEvent(id, u"INIT_SCRIPTS_FINISHED"_s, finished, m_processes.now());
                terminate(id, ClusterTerminationReason{
                                  u"INIT_SCRIPT_FAILURE"_s, u"CLIENT_ERROR"_s,
                                  QJsonObject{{"instance_id"_L1, u"i-0c5f1e7a2b9d34681"_s},
                                              {"databricks_error_message"_L1,
                                               u"Cluster scoped init script %1 failed: Script "
                                               "exit status is non-zero"_s.arg(failing)}}});
                return;
            }
            m_store.addEvent(id, u"INIT_SCRIPTS_FINISHED"_s, finished, m_processes.now());
        }
        const int target = targetWorkers(*cluster);
        enterRunning(id, u"RUNNING"_s, workersDetails(target, target));
    };
    m_processes.start(clusterProcess(id), {{u"PENDING"_s, pending, onPending},
                                           {u"INIT_SCRIPTS"_s, m_timing.initScripts, onInitScripts},
                                           {u"RUNNING"_s, 0ms, onRunning}});
}

void ClusterLifecycle::enterRunning(const QString &clusterId, const QString &eventType,
                                    const QJsonObject &details)
{
    Cluster *cluster = m_store.find(clusterId);
    if (!cluster)
        return;
    cluster->state = ClusterState::Running;
    cluster->stateMessage.clear();
    cluster->currentWorkers = targetWorkers(*cluster);
    if (eventType == "RUNNING"_L1)
        cluster->lastRestartedTime = m_processes.now();
    if (!eventType.isEmpty())
        m_store.addEvent(clusterId, eventType, details, m_processes.now());
    armIdleTimer(clusterId);
    installLibraries(clusterId);
}

void ClusterLifecycle::armIdleTimer(const QString &clusterId)
{
    m_processes.cancel(idleProcess(clusterId));
    const Cluster *cluster = m_store.find(clusterId);
    if (!cluster || cluster->autoterminationMinutes <= 0)
        return;
    const int minutes = cluster->autoterminationMinutes;
    const QString id = clusterId;
    m_processes.start(
        idleProcess(id),
        {{u"IDLE"_s, std::chrono::minutes(minutes)},
         {u"EXPIRED"_s, 0ms, [this, id, minutes] {
              terminate(id, ClusterTerminationReason{u"INACTIVITY"_s, u"SUCCESS"_s,
                                                     QJsonObject{{"inactivity_duration_min"_L1,
                                                                  QString::number(minutes)}}});
          }}});
}

void ClusterLifecycle::restart(const QString &clusterId, const QString &user)
{
    const QString id = clusterId;
    const auto onRestarting = [this, id, user] {
        Cluster *cluster = m_store.find(id);
        if (!cluster)
            return;
        cluster->state = ClusterState::Restarting;
        cluster->stateMessage = u"Restarting Spark."_s;
        m_processes.cancel(idleProcess(id));
        m_store.addEvent(id, u"RESTARTING"_s, QJsonObject{{"user"_L1, user}}, m_processes.now());
    };
    const auto onRunning = [this, id] {
        Cluster *cluster = m_store.find(id);
        if (!cluster)
            return;
        // Uninstalls take effect now; the other libraries are installed again.
        cluster->libraries.removeIf([](const ClusterLibrary &library) {
            return library.status == LibraryStatus::UninstallOnRestart;
        });
        const int target = targetWorkers(*cluster);
        enterRunning(id, u"RUNNING"_s, workersDetails(target, target));
    };
    m_processes.start(clusterProcess(id), {{u"RESTARTING"_s, m_timing.restarting, onRestarting},
                                           {u"RUNNING"_s, 0ms, onRunning}});
}

void ClusterLifecycle::resize(const QString &clusterId, const QString &user)
{
    const Cluster *cluster = m_store.find(clusterId);
    if (!cluster)
        return;
    startResize(clusterId, cluster->currentWorkers, user, m_timing.resizing);
}

void ClusterLifecycle::startResize(const QString &clusterId, int fromWorkers, const QString &user,
                                   std::chrono::milliseconds duration)
{
    const QString id = clusterId;
    const auto onResizing = [this, id, fromWorkers, user] {
        Cluster *cluster = m_store.find(id);
        if (!cluster)
            return;
        const int target = targetWorkers(*cluster);
        cluster->state = ClusterState::Resizing;
        cluster->stateMessage =
            u"Resizing cluster from %1 to %2 workers."_s.arg(fromWorkers).arg(target);
        m_processes.cancel(idleProcess(id));
        if (user.isEmpty())
            return; // resumed from the seed, which wrote the event
        QJsonObject details = workersDetails(fromWorkers, target);
        details.insert("user"_L1, user);
        details.insert("cause"_L1, u"USER_REQUEST"_s);
        m_store.addEvent(id, u"RESIZING"_s, details, m_processes.now());
    };
    const auto onRunning = [this, id, fromWorkers] {
        Cluster *cluster = m_store.find(id);
        if (!cluster)
            return;
        const int target = targetWorkers(*cluster);
        enterRunning(id, target > fromWorkers ? u"UPSIZE_COMPLETED"_s : QString(),
                     workersDetails(target, target));
    };
    m_processes.start(clusterProcess(id),
                      {{u"RESIZING"_s, duration, onResizing}, {u"RUNNING"_s, 0ms, onRunning}});
}

void ClusterLifecycle::terminate(const QString &clusterId, const ClusterTerminationReason &reason)
{
    const QString id = clusterId;
    const auto onTerminating = [this, id, reason] {
        Cluster *cluster = m_store.find(id);
        if (!cluster)
            return;
        cluster->state = ClusterState::Terminating;
        cluster->stateMessage.clear();
        m_processes.cancel(idleProcess(id));
        m_processes.cancel(librariesProcess(id));
        QJsonObject details{{"reason"_L1, reasonJson(reason)}};
        const QString user = reason.parameters.value("username"_L1).toString();
        if (!user.isEmpty())
            details.insert("user"_L1, user);
        m_store.addEvent(id, u"TERMINATING"_s, details, m_processes.now());
    };
    const auto onTerminated = [this, id, reason] {
        Cluster *cluster = m_store.find(id);
        if (!cluster)
            return;
        cluster->state = ClusterState::Terminated;
        cluster->stateMessage = terminatedMessage(reason);
        cluster->terminatedTime = m_processes.now();
        cluster->terminationReason = reason;
        cluster->currentWorkers = 0;
        // Uninstalls take effect; the rest is installed again on the next start.
        cluster->libraries.removeIf([](const ClusterLibrary &library) {
            return library.status == LibraryStatus::UninstallOnRestart;
        });
        for (ClusterLibrary &library : cluster->libraries) {
            library.status = LibraryStatus::Pending;
            library.messages.clear();
        }
        m_store.addEvent(id, u"TERMINATED"_s, QJsonObject{{"reason"_L1, reasonJson(reason)}},
                         m_processes.now());
    };
    m_processes.start(clusterProcess(id), {{u"TERMINATING"_s, m_timing.terminating, onTerminating},
                                           {u"TERMINATED"_s, 0ms, onTerminated}});
}

void ClusterLifecycle::forget(const QString &clusterId)
{
    m_processes.cancel(clusterProcess(clusterId));
    m_processes.cancel(idleProcess(clusterId));
    m_processes.cancel(librariesProcess(clusterId));
}

void ClusterLifecycle::installLibraries(const QString &clusterId)
{
    const Cluster *cluster = m_store.find(clusterId);
    if (!cluster ||
        (cluster->state != ClusterState::Running && cluster->state != ClusterState::Resizing))
        return;
    const bool anyPending = std::any_of(
        cluster->libraries.cbegin(), cluster->libraries.cend(),
        [](const ClusterLibrary &library) { return library.status == LibraryStatus::Pending; });
    if (!anyPending)
        return;
    const QString id = clusterId;
    const auto move = [this, id](LibraryStatus from, LibraryStatus to) {
        return [this, id, from, to] {
            Cluster *current = m_store.find(id);
            if (!current)
                return;
            for (ClusterLibrary &library : current->libraries) {
                if (library.status != from)
                    continue;
                if (to == LibraryStatus::Installed && libraryFails(library.library)) {
                    library.status = LibraryStatus::Failed;
                    library.messages = failureMessages(id, library.library);
                } else {
                    library.status = to;
                }
            }
        };
    };
    m_processes.start(
        librariesProcess(id),
        {{u"PENDING"_s, m_timing.queued},
         {u"RESOLVING"_s, m_timing.resolving,
          move(LibraryStatus::Pending, LibraryStatus::Resolving)},
         {u"INSTALLING"_s, m_timing.installing,
          move(LibraryStatus::Resolving, LibraryStatus::Installing)},
         {u"INSTALLED"_s, 0ms, move(LibraryStatus::Installing, LibraryStatus::Installed)}});
}

void ClusterLifecycle::resume()
{
    for (const Cluster *cluster : m_store.clusters()) {
        const QString id = cluster->clusterId;
        switch (cluster->state) {
        case ClusterState::Pending:
            startLaunch(id, {}, {}, m_timing.pending);
            break;
        case ClusterState::Resizing:
            startResize(id, cluster->currentWorkers, {}, m_timing.resizing);
            break;
        case ClusterState::Running:
            armIdleTimer(id);
            installLibraries(id);
            break;
        default:
            break;
        }
    }
}

} // namespace brickdesk::emulator
