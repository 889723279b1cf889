#include "core/clusters/clustersmodel.h"

#include "core/clusters/clustercatalog.h"
#include "core/clusters/clustereventsmodel.h"
#include "core/clusters/clustersservice.h"
#include "core/net/apiclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

QString stringOf(const QJsonObject &item, QLatin1StringView field)
{
    return item.value(field).toString();
}

// Up since start_time while running, down since terminated_time after.
qint64 sinceMs(const QJsonObject &cluster)
{
    const bool terminated = stringOf(cluster, "state"_L1) == "TERMINATED"_L1;
    return cluster.value(terminated ? "terminated_time"_L1 : "start_time"_L1).toInteger(0);
}

} // namespace

ClustersModel::ClustersModel(ApiClient *client, QObject *parent)
    : ResourceListModel(client, parent)
    , m_catalog(ClusterCatalog::of(client))
{
    // Guarded: the catalog lives with the client, which may go first.
    const QPointer<const ClusterCatalog> catalog = m_catalog.data();
    // Core has no icons: the page adds a state icon to the state column.
    setColumns({
        {tr("Name"),
         [](const QJsonObject &c) { return stringOf(c, "cluster_name"_L1); },
         {},
         [](const QJsonObject &c) {
             return isPinned(c) ? tr("%1 · pinned").arg(stringOf(c, "cluster_id"_L1))
                                : stringOf(c, "cluster_id"_L1);
         },
         Qt::AlignLeft | Qt::AlignVCenter,
         // A resource path: the view turns it into the pin icon.
         [](const QJsonObject &c) -> QVariant {
             return isPinned(c) ? QVariant(u":/icons/pin.svg"_s) : QVariant();
         }},
        {tr("State"), [](const QJsonObject &c) { return stateText(stringOf(c, "state"_L1)); },
         [](const QJsonObject &c) { return stringOf(c, "state"_L1); },
         [](const QJsonObject &c) { return stringOf(c, "state_message"_L1); },
         Qt::AlignLeft | Qt::AlignVCenter,
         [](const QJsonObject &c) { return QVariant::fromValue(stateColor(c)); }},
        {tr("Runtime"),
         [catalog](const QJsonObject &c) {
             const QString key = stringOf(c, "spark_version"_L1);
             return catalog ? catalog->runtimeShortName(key) : key;
         },
         [](const QJsonObject &c) { return stringOf(c, "spark_version"_L1); },
         [catalog](const QJsonObject &c) {
             const QString key = stringOf(c, "spark_version"_L1);
             return catalog ? catalog->runtimeName(key) : key;
         }},
        {tr("Node type"),
         [catalog](const QJsonObject &c) {
             const QString id = stringOf(c, "node_type_id"_L1);
             return catalog ? catalog->nodeTypeText(id) : id;
         },
         [](const QJsonObject &c) { return stringOf(c, "node_type_id"_L1); }},
        {tr("Workers"), [](const QJsonObject &c) { return workersText(c); },
         [](const QJsonObject &c) {
             const QJsonObject autoscale = c.value("autoscale"_L1).toObject();
             return autoscale.isEmpty() ? c.value("num_workers"_L1).toInteger()
                                        : autoscale.value("max_workers"_L1).toInteger();
         }},
        {tr("Creator"), [](const QJsonObject &c) { return stringOf(c, "creator_user_name"_L1); }},
        {tr("Since"),
         [](const QJsonObject &c) -> QVariant {
             const qint64 ms = sinceMs(c);
             if (ms <= 0)
                 return {};
             return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                                       QLocale::ShortFormat);
         },
         [](const QJsonObject &c) { return sinceMs(c); }},
        {tr("Termination reason"), [](const QJsonObject &c) { return terminationText(c); }},
    });
    if (m_catalog)
        connect(m_catalog, &ClusterCatalog::loaded, this, [this] {
            if (rowCount() > 0)
                emit dataChanged(index(0, RuntimeColumn), index(rowCount() - 1, NodeTypeColumn),
                                 {Qt::DisplayRole, Qt::ToolTipRole});
        });
    // Back-off stops at 1.5 s: a person who pressed Start sees RUNNING
    // within two seconds of it. Only clusters on their way are polled, so
    // a settled list costs nothing.
    poller()->setMaxInterval(1500);
}

ClusterCatalog *ClustersModel::catalog() const
{
    return m_catalog.data();
}

ApiRequest ClustersModel::listRequest() const
{
    return ClustersService::listRequest();
}

QString ClustersModel::itemsField() const
{
    return u"clusters"_s;
}

QString ClustersModel::itemKey(const QJsonObject &item) const
{
    return stringOf(item, "cluster_id"_L1);
}

const QStringList &ClustersModel::transitionalStates()
{
    // RUNNING and TERMINATED stay until someone acts; ERROR and UNKNOWN are
    // left to a manual refresh rather than polled forever.
    static const QStringList states{u"PENDING"_s, u"RESTARTING"_s, u"RESIZING"_s, u"TERMINATING"_s};
    return states;
}

bool ClustersModel::isTransitionalState(const QString &state)
{
    return transitionalStates().contains(state);
}

bool ClustersModel::isTransitional(const QJsonObject &item) const
{
    return isTransitionalState(stringOf(item, "state"_L1));
}

std::optional<ApiRequest> ClustersModel::itemRequest(const QJsonObject &item) const
{
    return ClustersService::getRequest(itemKey(item));
}

std::optional<ApiRequest>
ClustersModel::batchPollRequest(const QList<QJsonObject> & /*items*/) const
{
    // Every cluster still on its way, in one call; one that is missing has
    // arrived somewhere and is read with clusters/get.
    ApiRequest request = ClustersService::listRequest();
    for (const QString &state : transitionalStates())
        request.query(u"filter_by.cluster_states"_s, state);
    return request;
}

bool ClustersModel::isPinned(const QJsonObject &cluster)
{
    return !stringOf(cluster, "pinned_by_user_name"_L1).isEmpty();
}

quint32 ClustersModel::stateColor(const QJsonObject &cluster)
{
    const QString state = stringOf(cluster, "state"_L1);
    if (state == "RUNNING"_L1)
        return 0xff2e9d55; // green
    if (isTransitionalState(state))
        return 0xffd49a1f; // amber
    const QString type =
        cluster.value("termination_reason"_L1).toObject().value("type"_L1).toString();
    if (state == "ERROR"_L1 ||
        (state == "TERMINATED"_L1 && !type.isEmpty() && type != "SUCCESS"_L1))
        return 0xffc93a3a; // red: it died of something
    return 0xff8a8f98;     // grey
}

QString ClustersModel::workersText(const QJsonObject &cluster)
{
    const QJsonObject autoscale = cluster.value("autoscale"_L1).toObject();
    if (!autoscale.isEmpty())
        return tr("%1–%2 (autoscale)")
            .arg(autoscale.value("min_workers"_L1).toInteger())
            .arg(autoscale.value("max_workers"_L1).toInteger());
    const qint64 workers = cluster.value("num_workers"_L1).toInteger();
    if (workers == 0)
        return tr("Single node");
    return QString::number(workers);
}

QString ClustersModel::stateText(const QString &state)
{
    if (state == "PENDING"_L1)
        return tr("Pending");
    if (state == "RUNNING"_L1)
        return tr("Running");
    if (state == "RESTARTING"_L1)
        return tr("Restarting");
    if (state == "RESIZING"_L1)
        return tr("Resizing");
    if (state == "TERMINATING"_L1)
        return tr("Terminating");
    if (state == "TERMINATED"_L1)
        return tr("Terminated");
    if (state == "ERROR"_L1)
        return tr("Error");
    if (state == "UNKNOWN"_L1)
        return tr("Unknown");
    return state; // a state of a later API version, by its name
}

QString ClustersModel::stateInSentence(const QString &state)
{
    if (state == "PENDING"_L1)
        return tr("pending", "cluster state inside a sentence");
    if (state == "RUNNING"_L1)
        return tr("running", "cluster state inside a sentence");
    if (state == "RESTARTING"_L1)
        return tr("restarting", "cluster state inside a sentence");
    if (state == "RESIZING"_L1)
        return tr("resizing", "cluster state inside a sentence");
    if (state == "TERMINATING"_L1)
        return tr("terminating", "cluster state inside a sentence");
    if (state == "TERMINATED"_L1)
        return tr("terminated", "cluster state inside a sentence");
    if (state == "ERROR"_L1)
        return tr("in an error state", "cluster state inside a sentence");
    return tr("in state %1", "cluster state inside a sentence").arg(state);
}

QString ClustersModel::terminationText(const QJsonObject &cluster)
{
    if (stringOf(cluster, "state"_L1) != "TERMINATED"_L1)
        return {};
    const QJsonObject reason = cluster.value("termination_reason"_L1).toObject();
    const QString code = stringOf(reason, "code"_L1);
    const QJsonObject parameters = reason.value("parameters"_L1).toObject();
    if (code == "INACTIVITY"_L1) {
        const QString minutes = stringOf(parameters, "inactivity_duration_min"_L1);
        return minutes.isEmpty() ? tr("Stopped after a period of inactivity")
                                 : tr("Stopped after %1 minutes of inactivity").arg(minutes);
    }
    if (code == "USER_REQUEST"_L1) {
        const QString user = stringOf(parameters, "username"_L1);
        return user.isEmpty() ? tr("Terminated by a user") : tr("Terminated by %1").arg(user);
    }
    if (code == "JOB_FINISHED"_L1)
        return tr("Its job run finished");
    if (code == "INIT_SCRIPT_FAILURE"_L1)
        return tr("An init script failed");
    if (code.isEmpty())
        return {};
    // Other codes in words, as the events say them ("Cloud provider
    // shutdown"), with the error message the service gave.
    return ClusterEventsModel::reasonText(reason);
}

bool ClustersModel::isAutomated(const QJsonObject &cluster)
{
    const QString source = stringOf(cluster, "cluster_source"_L1);
    return source == "JOB"_L1 || source == "PIPELINE"_L1 || source == "PIPELINE_MAINTENANCE"_L1;
}

} // namespace brickdesk
