#include "core/emulator/clustersstore.h"

#include "core/emulator/emulatorclock.h"

#include <QDateTime>

#include <iterator>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

struct StateName
{
    ClusterState state;
    const char *name;
};

constexpr StateName kStates[] = {
    {ClusterState::Pending, "PENDING"},
    {ClusterState::Running, "RUNNING"},
    {ClusterState::Restarting, "RESTARTING"},
    {ClusterState::Resizing, "RESIZING"},
    {ClusterState::Terminating, "TERMINATING"},
    {ClusterState::Terminated, "TERMINATED"},
    {ClusterState::Error, "ERROR"},
    {ClusterState::Unknown, "UNKNOWN"},
};

struct SourceName
{
    ClusterSource source;
    const char *name;
};

constexpr SourceName kSources[] = {
    {ClusterSource::Ui, "UI"},   {ClusterSource::Api, "API"},
    {ClusterSource::Job, "JOB"}, {ClusterSource::Pipeline, "PIPELINE"},
    {ClusterSource::Sql, "SQL"},
};

} // namespace

ClustersStore::ClustersStore(EmulatorClock &clock)
    : m_clock(clock)
{}

void ClustersStore::clear()
{
    m_clusters.clear();
    m_order.clear();
}

QString ClustersStore::add(Cluster cluster)
{
    if (cluster.clusterId.isEmpty()) {
        // Real ids are "<MMdd>-<HHmmss>-<8 lower-case alphanumerics>".
        do {
            ++m_created;
            const QDateTime created = QDateTime::fromMSecsSinceEpoch(m_clock.now(), Qt::UTC);
            quint32 state = quint32(m_created) * 2654435761u;
            QString suffix;
            for (int i = 0; i < 8; ++i) {
                state = state * 1664525u + 1013904223u;
                suffix += QLatin1Char("abcdefghijklmnopqrstuvwxyz0123456789"[(state >> 16) % 36]);
            }
            cluster.clusterId = created.toString(u"MMdd-HHmmss-"_s) + suffix;
        } while (m_clusters.count(cluster.clusterId));
    }
    if (cluster.startTime == 0)
        cluster.startTime = m_clock.now();
    const QString id = cluster.clusterId;
    if (!m_clusters.count(id))
        m_order.append(id);
    m_clusters[id] = std::move(cluster);
    return id;
}

const Cluster *ClustersStore::find(const QString &clusterId) const
{
    const auto it = m_clusters.find(clusterId);
    return it == m_clusters.end() ? nullptr : &it->second;
}

Cluster *ClustersStore::find(const QString &clusterId)
{
    const auto it = m_clusters.find(clusterId);
    return it == m_clusters.end() ? nullptr : &it->second;
}

QList<const Cluster *> ClustersStore::clusters() const
{
    QList<const Cluster *> out;
    out.reserve(m_order.size());
    for (const QString &id : m_order)
        out.append(&m_clusters.at(id));
    return out;
}

bool ClustersStore::remove(const QString &clusterId)
{
    if (m_clusters.erase(clusterId) == 0)
        return false;
    m_order.removeAll(clusterId);
    return true;
}

void ClustersStore::addEvent(const QString &clusterId, const QString &type,
                             const QJsonObject &details, qint64 atMs)
{
    Cluster *cluster = find(clusterId);
    if (!cluster)
        return;
    const qint64 at = atMs > 0 ? atMs : m_clock.now();
    auto it = cluster->events.end();
    while (it != cluster->events.begin() && std::prev(it)->timestamp > at)
        --it;
    cluster->events.insert(it, ClusterEvent{at, type, details});
}

int ClustersStore::pinnedCount() const
{
    int count = 0;
    for (const auto &[id, cluster] : m_clusters)
        if (!cluster.pinnedByUserName.isEmpty())
            ++count;
    return count;
}

QString ClustersStore::stateDisplayName(ClusterState state)
{
    const QString name = stateName(state).toLower();
    return name.left(1).toUpper() + name.mid(1);
}

QString ClustersStore::libraryStatusName(LibraryStatus status)
{
    switch (status) {
    case LibraryStatus::Pending:
        return u"PENDING"_s;
    case LibraryStatus::Resolving:
        return u"RESOLVING"_s;
    case LibraryStatus::Installing:
        return u"INSTALLING"_s;
    case LibraryStatus::Installed:
        return u"INSTALLED"_s;
    case LibraryStatus::Failed:
        return u"FAILED"_s;
    case LibraryStatus::UninstallOnRestart:
        return u"UNINSTALL_ON_RESTART"_s;
    }
    return u"PENDING"_s;
}

QString ClustersStore::stateName(ClusterState state)
{
    for (const auto &entry : kStates)
        if (entry.state == state)
            return QLatin1StringView(entry.name);
    return u"UNKNOWN"_s;
}

std::optional<ClusterState> ClustersStore::parseState(const QString &name)
{
    for (const auto &entry : kStates)
        if (name == QLatin1StringView(entry.name))
            return entry.state;
    return std::nullopt;
}

QString ClustersStore::sourceName(ClusterSource source)
{
    for (const auto &entry : kSources)
        if (entry.source == source)
            return QLatin1StringView(entry.name);
    return u"UI"_s;
}

std::optional<ClusterSource> ClustersStore::parseSource(const QString &name)
{
    for (const auto &entry : kSources)
        if (name == QLatin1StringView(entry.name))
            return entry.source;
    return std::nullopt;
}

} // namespace brickdesk::emulator
