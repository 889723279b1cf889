#include "core/clusters/clustersmodel.h"

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
{
    // Core has no icons: the page adds a state icon to the state column.
    setColumns({
        {tr("Name"),
         [](const QJsonObject &c) { return stringOf(c, "cluster_name"_L1); },
         {},
         [](const QJsonObject &c) { return stringOf(c, "cluster_id"_L1); }},
        {tr("State"), [](const QJsonObject &c) { return stateText(stringOf(c, "state"_L1)); },
         [](const QJsonObject &c) { return stringOf(c, "state"_L1); },
         [](const QJsonObject &c) { return stringOf(c, "state_message"_L1); }},
        {tr("Runtime"), [](const QJsonObject &c) { return stringOf(c, "spark_version"_L1); }},
        {tr("Node type"), [](const QJsonObject &c) { return stringOf(c, "node_type_id"_L1); }},
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

bool ClustersModel::isTransitionalState(const QString &state)
{
    // RUNNING and TERMINATED stay until someone acts; ERROR and UNKNOWN are
    // left to a manual refresh rather than polled forever.
    return state == "PENDING"_L1 || state == "RESTARTING"_L1 || state == "RESIZING"_L1 ||
           state == "TERMINATING"_L1;
}

bool ClustersModel::isTransitional(const QJsonObject &item) const
{
    return isTransitionalState(stringOf(item, "state"_L1));
}

std::optional<ApiRequest> ClustersModel::itemRequest(const QJsonObject &item) const
{
    return ClustersService::getRequest(itemKey(item));
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
    // Other codes by name, with the type (CLIENT_ERROR, CLOUD_FAILURE…).
    const QString type = stringOf(reason, "type"_L1);
    return type.isEmpty() ? code : tr("%1 (%2)").arg(code, type);
}

bool ClustersModel::isAutomated(const QJsonObject &cluster)
{
    const QString source = stringOf(cluster, "cluster_source"_L1);
    return source == "JOB"_L1 || source == "PIPELINE"_L1 || source == "PIPELINE_MAINTENANCE"_L1;
}

} // namespace brickdesk
