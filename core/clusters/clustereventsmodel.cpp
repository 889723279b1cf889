#include "core/clusters/clustereventsmodel.h"

#include "core/clusters/clustersservice.h"
#include "core/net/apiclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

QString userText(const QJsonObject &details)
{
    const QString user = details.value("user"_L1).toString();
    return user.isEmpty() ? QString() : ClusterEventsModel::tr("By %1").arg(user);
}

QString workersText(qint64 count)
{
    // A variable, not a cast in the call: Qt 6.4's lupdate hangs on
    // translate(..., nullptr, int(...)).
    const int workers = int(count);
    return QCoreApplication::translate("brickdesk::ClusterEventsModel", "%n worker(s)", nullptr,
                                       workers);
}

QString causeText(const QString &cause)
{
    if (cause == "AUTOSCALE"_L1)
        return ClusterEventsModel::tr("Autoscaling");
    if (cause == "USER_REQUEST"_L1)
        return ClusterEventsModel::tr("User request");
    if (cause == "AUTORECOVERY"_L1)
        return ClusterEventsModel::tr("Automatic recovery");
    if (cause == "REPLACE_BAD_NODES"_L1)
        return ClusterEventsModel::tr("Replacing bad nodes");
    return ClusterEventsModel::wordsOf(cause);
}

// The init scripts of an INIT_SCRIPTS_FINISHED event: failures first.
QString initScriptsText(const QJsonObject &details)
{
    const QJsonObject scripts = details.value("init_scripts"_L1).toObject();
    QStringList failed;
    int succeeded = 0;
    for (const auto scope : {"global"_L1, "cluster"_L1}) {
        for (const QJsonValue &value : scripts.value(scope).toArray()) {
            const QJsonObject script = value.toObject();
            const QString status = script.value("status"_L1).toString();
            if (status == "FAILED"_L1) {
                QString message = script.value("error_message"_L1).toString();
                if (message.isEmpty())
                    message = script.value("destination"_L1).toString();
                if (message.isEmpty()) {
                    // The script's location: {"workspace": {"destination"}}, ...
                    for (auto it = script.begin(); it != script.end(); ++it)
                        if (it.value().isObject() &&
                            it.value().toObject().contains("destination"_L1))
                            message = it.value().toObject().value("destination"_L1).toString();
                }
                failed << ClusterEventsModel::tr("Init script failed: %1").arg(message);
            } else if (status == "SUCCEEDED"_L1 || status.isEmpty()) {
                ++succeeded;
            }
        }
    }
    if (!failed.isEmpty())
        return failed.join(u"; "_s);
    if (succeeded > 0)
        return QCoreApplication::translate("brickdesk::ClusterEventsModel",
                                           "%n init script(s) succeeded", nullptr, succeeded);
    return {};
}

QString compact(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

} // namespace

ClusterEventsModel::ClusterEventsModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(std::make_unique<ClustersService>(client))
{}

ClusterEventsModel::~ClusterEventsModel()
{
    m_scope.reset();
}

void ClusterEventsModel::setCluster(const QString &clusterId)
{
    if (clusterId == m_clusterId)
        return;
    m_clusterId = clusterId;
    clear();
}

void ClusterEventsModel::setEventTypes(const QStringList &types)
{
    m_eventTypes = types;
}

void ClusterEventsModel::setPageSize(int size)
{
    m_pageSize = std::clamp(size, 1, ClustersService::kMaxEventsPage);
}

void ClusterEventsModel::clear()
{
    m_scope.reset();
    if (!m_events.isEmpty()) {
        beginResetModel();
        m_events.clear();
        endResetModel();
    }
    m_nextPage = {};
    m_error.reset();
    setLoading(false);
}

void ClusterEventsModel::refresh()
{
    if (m_clusterId.isEmpty()) {
        clear();
        return;
    }
    QJsonObject request{
        {u"cluster_id"_s, m_clusterId}, {u"order"_s, u"DESC"_s}, {u"page_size"_s, m_pageSize}};
    if (!m_eventTypes.isEmpty())
        request.insert(u"event_types"_s, QJsonArray::fromStringList(m_eventTypes));
    fetch(request, false);
}

void ClusterEventsModel::loadMore()
{
    if (!canLoadMore())
        return;
    // Unchanged: it is the complete request for the next page, filters and all.
    fetch(m_nextPage, true);
}

void ClusterEventsModel::fetch(const QJsonObject &request, bool append)
{
    m_scope = std::make_unique<QObject>();
    m_lastRequest = request;
    m_error.reset();
    setLoading(true);
    m_service->events(
        request, m_scope.get(),
        [this, append](const std::optional<ApiError> &error, const QJsonObject &reply) {
            if (error) {
                m_error = error;
                setLoading(false);
                emit loadFailed(*error);
                return;
            }
            QList<QJsonObject> page;
            for (const QJsonValue &value : reply.value("events"_L1).toArray())
                page.append(value.toObject());
            if (append) {
                if (!page.isEmpty()) {
                    const int first = int(m_events.size());
                    beginInsertRows({}, first, first + int(page.size()) - 1);
                    m_events.append(page);
                    endInsertRows();
                }
            } else {
                beginResetModel();
                m_events = page;
                endResetModel();
            }
            // No next_page: the last page. An empty page with one would loop.
            m_nextPage = page.isEmpty() ? QJsonObject() : reply.value("next_page"_L1).toObject();
            setLoading(false);
            emit loaded();
        });
}

void ClusterEventsModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

QStringList ClusterEventsModel::sizingEventTypes()
{
    return {u"CREATING"_s,         u"STARTING"_s,   u"RESTARTING"_s,  u"RUNNING"_s,   u"RESIZING"_s,
            u"UPSIZE_COMPLETED"_s, u"NODES_LOST"_s, u"TERMINATING"_s, u"TERMINATED"_s};
}

QString ClusterEventsModel::wordsOf(const QString &code)
{
    QString words = code.toLower().replace(u'_', u' ').simplified();
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString ClusterEventsModel::typeText(const QString &type)
{
    static const QHash<QString, const char *> words{
        {u"ADD_NODES_FAILED"_s, QT_TR_NOOP("Adding nodes failed")},
        {u"AUTOMATIC_CLUSTER_UPDATE"_s, QT_TR_NOOP("Automatic update")},
        {u"AUTOSCALING_BACKOFF"_s, QT_TR_NOOP("Autoscaling backed off")},
        {u"AUTOSCALING_FAILED"_s, QT_TR_NOOP("Autoscaling failed")},
        {u"AUTOSCALING_STATS_REPORT"_s, QT_TR_NOOP("Autoscaling report")},
        {u"CREATING"_s, QT_TR_NOOP("Creating")},
        {u"DBFS_DOWN"_s, QT_TR_NOOP("DBFS down")},
        {u"DID_NOT_EXPAND_DISK"_s, QT_TR_NOOP("Disk not expanded")},
        {u"DRIVER_HEALTHY"_s, QT_TR_NOOP("Driver healthy")},
        {u"DRIVER_NOT_RESPONDING"_s, QT_TR_NOOP("Driver not responding")},
        {u"DRIVER_UNAVAILABLE"_s, QT_TR_NOOP("Driver unavailable")},
        {u"EDITED"_s, QT_TR_NOOP("Edited")},
        {u"EXPANDED_DISK"_s, QT_TR_NOOP("Disk expanded")},
        {u"FAILED_TO_EXPAND_DISK"_s, QT_TR_NOOP("Disk expansion failed")},
        {u"INIT_SCRIPTS_FINISHED"_s, QT_TR_NOOP("Init scripts finished")},
        {u"INIT_SCRIPTS_STARTED"_s, QT_TR_NOOP("Init scripts started")},
        {u"METASTORE_DOWN"_s, QT_TR_NOOP("Metastore down")},
        {u"NODES_LOST"_s, QT_TR_NOOP("Nodes lost")},
        {u"NODE_BLACKLISTED"_s, QT_TR_NOOP("Node excluded")},
        {u"NODE_EXCLUDED_DECOMMISSIONED"_s, QT_TR_NOOP("Node decommissioned")},
        {u"PINNED"_s, QT_TR_NOOP("Pinned")},
        {u"RESIZING"_s, QT_TR_NOOP("Resized")},
        {u"RESTARTING"_s, QT_TR_NOOP("Restarting")},
        {u"RUNNING"_s, QT_TR_NOOP("Running")},
        {u"SPARK_EXCEPTION"_s, QT_TR_NOOP("Spark exception")},
        {u"STARTING"_s, QT_TR_NOOP("Starting")},
        {u"TERMINATING"_s, QT_TR_NOOP("Terminating")},
        {u"TERMINATED"_s, QT_TR_NOOP("Terminated")},
        {u"UNPINNED"_s, QT_TR_NOOP("Unpinned")},
        {u"UPSIZE_COMPLETED"_s, QT_TR_NOOP("Upsize completed")},
    };
    const auto it = words.constFind(type);
    return it == words.cend() ? wordsOf(type) : tr(it.value());
}

QString ClusterEventsModel::reasonText(const QJsonObject &reason)
{
    const QString code = reason.value("code"_L1).toString();
    const QJsonObject parameters = reason.value("parameters"_L1).toObject();
    QString text;
    if (code == "INACTIVITY"_L1) {
        const QString minutes = parameters.value("inactivity_duration_min"_L1).toString();
        text = minutes.isEmpty() ? tr("Inactivity")
                                 : tr("Inactivity (idle for %1 minutes)").arg(minutes);
    } else if (code == "USER_REQUEST"_L1) {
        text = tr("User request");
    } else if (code == "JOB_FINISHED"_L1) {
        text = tr("Job finished");
    } else if (code == "INIT_SCRIPT_FAILURE"_L1) {
        text = tr("Init script failure");
    } else {
        text = wordsOf(code);
    }
    const QString user = parameters.value("username"_L1).toString();
    if (!user.isEmpty())
        text = tr("%1 by %2").arg(text, user);
    const QString message = parameters.value("databricks_error_message"_L1).toString();
    if (!message.isEmpty())
        text = tr("%1: %2").arg(text, message);
    return text;
}

QString ClusterEventsModel::detailsText(const QJsonObject &event)
{
    const QString type = event.value("type"_L1).toString();
    const QJsonObject details = event.value("details"_L1).toObject();
    QStringList parts;
    const bool hasCurrent = details.contains("current_num_workers"_L1);
    const bool hasTarget = details.contains("target_num_workers"_L1);
    const qint64 current = details.value("current_num_workers"_L1).toInteger();
    const qint64 target = details.value("target_num_workers"_L1).toInteger();

    if (type == "RESIZING"_L1 && hasCurrent && hasTarget) {
        parts << tr("From %1 to %2 workers").arg(current).arg(target);
    } else if (hasCurrent && hasTarget && current != target) {
        parts << tr("%1 of %2 workers").arg(current).arg(target);
    } else if (hasCurrent) {
        parts << workersText(current);
    } else if (hasTarget) {
        parts << tr("Target: %1").arg(workersText(target));
    }
    if (details.contains("init_scripts"_L1)) {
        const QString scripts = initScriptsText(details);
        if (!scripts.isEmpty())
            parts << scripts;
    }
    if (details.contains("reason"_L1))
        parts << reasonText(details.value("reason"_L1).toObject());
    const QString cause = details.value("cause"_L1).toString();
    if (!cause.isEmpty() && cause != "USER_REQUEST"_L1)
        parts << causeText(cause);
    const QString user = userText(details);
    if (!user.isEmpty() && !parts.join(u' ').contains(details.value("user"_L1).toString()))
        parts << user;
    if (type == "EDITED"_L1) {
        // Which settings changed, by name.
        const QJsonObject before = details.value("previous_attributes"_L1).toObject();
        const QJsonObject after = details.value("attributes"_L1).toObject();
        QStringList changed;
        QStringList keys = before.keys() + after.keys();
        keys.removeDuplicates();
        std::sort(keys.begin(), keys.end());
        for (const QString &key : std::as_const(keys))
            if (before.value(key) != after.value(key))
                changed << key;
        if (!changed.isEmpty())
            parts << tr("Changed %1").arg(changed.join(u", "_s));
    }
    const QString message = details.value("message"_L1).toString();
    if (!message.isEmpty())
        parts << message;
    if (parts.isEmpty()) {
        // Details of types without words of their own: shown as they are.
        static const QStringList skipped{u"instance_id"_s, u"user"_s};
        for (auto it = details.begin(); it != details.end(); ++it)
            if (!skipped.contains(it.key()))
                parts << u"%1: %2"_s.arg(wordsOf(it.key()), compact(it.value()));
    }
    return parts.join(u" · "_s);
}

int ClusterEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ClusterEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClusterEventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &event = m_events.at(index.row());
    const qint64 timestamp = event.value("timestamp"_L1).toInteger();
    const QString type = event.value("type"_L1).toString();
    if (role == EventRole)
        return event;
    switch (index.column()) {
    case TimeColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(timestamp).toLocalTime(),
                                      QLocale::ShortFormat);
        if (role == RawValueRole)
            return timestamp;
        if (role == Qt::ToolTipRole)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(timestamp).toLocalTime(),
                                      QLocale::LongFormat);
        break;
    case EventColumn:
        if (role == Qt::DisplayRole)
            return typeText(type);
        if (role == RawValueRole || role == Qt::ToolTipRole)
            return type;
        break;
    case DetailsColumn:
        if (role == Qt::DisplayRole || role == RawValueRole || role == Qt::ToolTipRole)
            return detailsText(event);
        break;
    default:
        break;
    }
    return {};
}

QVariant ClusterEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EventColumn:
        return tr("Event");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace brickdesk
