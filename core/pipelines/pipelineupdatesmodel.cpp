#include "core/pipelines/pipelineupdatesmodel.h"

#include "core/common/durationtext.h"
#include "core/net/apiclient.h"
#include "core/pipelines/pipelineevent.h"
#include "core/pipelines/pipelinesservice.h"
#include "core/pipelines/pipelinestates.h"

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

qint64 startOf(const QJsonObject &update)
{
    // get-update and the updates list give creation_time in epoch ms.
    return update.value("creation_time"_L1).toInteger(-1);
}

} // namespace

PipelineUpdatesModel::PipelineUpdatesModel(ApiClient *client, QObject *parent)
    : ResourceListModel(client, parent)
{
    setPagesPerLoad(1);
    setColumns({
        {tr("Started"),
         [](const QJsonObject &u) -> QVariant {
             const qint64 ms = startOf(u);
             if (ms < 0)
                 return {};
             return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
         },
         [](const QJsonObject &u) { return startOf(u); },
         [](const QJsonObject &u) { return stringOf(u, "update_id"_L1); }},
        {tr("State"),
         [](const QJsonObject &u) {
             return PipelineStates::updateStateText(stringOf(u, "state"_L1));
         },
         [](const QJsonObject &u) { return stringOf(u, "state"_L1); },
         {},
         Qt::AlignLeft | Qt::AlignVCenter,
         [](const QJsonObject &u) {
             return QVariant::fromValue(PipelineStates::updateColor(stringOf(u, "state"_L1)));
         }},
        {tr("Refresh"),
         [](const QJsonObject &u) { return refreshText(u); },
         {},
         [](const QJsonObject &u) -> QVariant {
             QStringList tables;
             for (const QLatin1StringView field :
                  {"refresh_selection"_L1, "full_refresh_selection"_L1}) {
                 for (const QJsonValue &table : u.value(field).toArray())
                     tables.append(table.toString());
             }
             return tables.isEmpty() ? QVariant() : QVariant(tables.join(u'\n'));
         }},
        {tr("Cause"), [](const QJsonObject &u) { return causeText(stringOf(u, "cause"_L1)); }},
        {tr("Duration"),
         [this](const QJsonObject &u) -> QVariant {
             const qint64 ms = durationMs(u);
             return ms < 0 ? QVariant() : QVariant(durationTextMs(ms));
         },
         [this](const QJsonObject &u) { return durationMs(u); },
         {},
         Qt::AlignRight | Qt::AlignVCenter},
    });
    connect(this, &ResourceListModel::pageLoaded, this, &PipelineUpdatesModel::readEndTimes);
    connect(this, &ResourceListModel::loaded, this, &PipelineUpdatesModel::readEndTimes);
}

PipelineUpdatesModel::~PipelineUpdatesModel() = default;

void PipelineUpdatesModel::setPipeline(const QString &pipelineId)
{
    m_endScope.reset();
    m_endMs.clear();
    m_asked.clear();
    m_pipelineId = pipelineId;
    clear();
    if (!pipelineId.isEmpty())
        refresh();
}

QString PipelineUpdatesModel::refreshText(const QJsonObject &update)
{
    if (update.value("validate_only"_L1).toBool())
        return tr("Validation only");
    const int selected = int(update.value("refresh_selection"_L1).toArray().size() +
                             update.value("full_refresh_selection"_L1).toArray().size());
    if (selected > 0)
        return tr("%n table(s)", nullptr, selected);
    return update.value("full_refresh"_L1).toBool() ? tr("Full refresh") : tr("All tables");
}

QString PipelineUpdatesModel::causeText(const QString &cause)
{
    if (cause == "API_CALL"_L1)
        return tr("API call");
    if (cause == "USER_ACTION"_L1)
        return tr("User action");
    if (cause == "JOB_TASK"_L1)
        return tr("Job task");
    if (cause == "RETRY_ON_FAILURE"_L1)
        return tr("Retry on failure");
    if (cause == "SCHEMA_CHANGE"_L1)
        return tr("Schema change");
    if (cause == "SERVICE_UPGRADE"_L1)
        return tr("Service upgrade");
    if (cause == "INFRASTRUCTURE_MAINTENANCE"_L1)
        return tr("Maintenance");
    return cause;
}

qint64 PipelineUpdatesModel::durationMs(const QJsonObject &update) const
{
    const qint64 start = startOf(update);
    if (start < 0)
        return -1;
    if (PipelineStates::isActiveUpdate(stringOf(update, "state"_L1)))
        return std::max<qint64>(0, QDateTime::currentMSecsSinceEpoch() - start);
    const qint64 end = m_endMs.value(stringOf(update, "update_id"_L1), -1);
    return end < 0 ? -1 : std::max<qint64>(0, end - start);
}

void PipelineUpdatesModel::readEndTimes()
{
    if (!client() || m_pipelineId.isEmpty())
        return;
    if (!m_endScope)
        m_endScope = std::make_unique<QObject>();
    const PipelinesService service(client());
    for (int row = 0; row < rowCount(); ++row) {
        const QJsonObject update = item(row);
        const QString id = stringOf(update, "update_id"_L1);
        if (id.isEmpty() || m_asked.contains(id) ||
            PipelineStates::isActiveUpdate(stringOf(update, "state"_L1)))
            continue;
        m_asked.insert(id, true);
        PipelinesService::EventsQuery query;
        query.filter = PipelinesService::eventsFilter(id, {});
        query.maxResults = 1; // newest first: the update's last event
        service.events(
            m_pipelineId, query, m_endScope.get(),
            [this, id](const std::optional<ApiError> &error, const QJsonObject &page) {
                const QJsonArray events = page.value("events"_L1).toArray();
                if (error || events.isEmpty())
                    return;
                m_endMs.insert(id, PipelineEvent::fromJson(events.first().toObject()).timeMs);
                const int at = rowForKey(id);
                if (at >= 0)
                    emit dataChanged(index(at, DurationColumn), index(at, DurationColumn));
            });
    }
}

ApiRequest PipelineUpdatesModel::listRequest() const
{
    return ApiRequest::get("/api/2.0/pipelines/"_L1 + m_pipelineId + "/updates"_L1)
        .query(u"max_results"_s, qint64(25));
}

QString PipelineUpdatesModel::itemsField() const
{
    return u"updates"_s;
}

QString PipelineUpdatesModel::itemKey(const QJsonObject &item) const
{
    return stringOf(item, "update_id"_L1);
}

bool PipelineUpdatesModel::isTransitional(const QJsonObject &item) const
{
    return PipelineStates::isActiveUpdate(stringOf(item, "state"_L1));
}

std::optional<ApiRequest> PipelineUpdatesModel::itemRequest(const QJsonObject &item) const
{
    return ApiRequest::get("/api/2.0/pipelines/"_L1 + m_pipelineId + "/updates/"_L1 +
                           itemKey(item));
}

QJsonObject PipelineUpdatesModel::itemFromReply(const QJsonObject &reply) const
{
    // get-update wraps the update and adds config and mode, which the list omits.
    QJsonObject update = reply.value("update"_L1).toObject();
    update.remove(u"config"_s);
    update.remove(u"mode"_s);
    return update;
}

} // namespace brickdesk
