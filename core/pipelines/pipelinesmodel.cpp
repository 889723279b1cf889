#include "core/pipelines/pipelinesmodel.h"

#include "core/common/durationtext.h"
#include "core/net/apiclient.h"
#include "core/pipelines/pipelinesservice.h"
#include "core/pipelines/pipelinestates.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

QString stringOf(const QJsonObject &item, QLatin1StringView field)
{
    return item.value(field).toString();
}

// "2 h ago"; "just now" under a minute.
QString agoText(qint64 thenMs, qint64 nowMs)
{
    const qint64 seconds = (nowMs - thenMs) / 1000;
    if (seconds < 60)
        return PipelinesModel::tr("just now");
    return PipelinesModel::tr("%1 ago").arg(durationText(seconds - seconds % 60));
}

} // namespace

PipelinesModel::PipelinesModel(ApiClient *client, QObject *parent)
    : ResourceListModel(client, parent)
{
    const auto modeOf = [this](const QJsonObject &p) -> QVariant {
        const QJsonObject spec = m_specs.value(stringOf(p, "pipeline_id"_L1));
        return spec.isEmpty() ? QVariant() : QVariant(PipelineStates::modeText(spec));
    };
    setColumns({
        {tr("Name"),
         [](const QJsonObject &p) { return stringOf(p, "name"_L1); },
         {},
         [](const QJsonObject &p) { return stringOf(p, "pipeline_id"_L1); }},
        {tr("State"),
         [](const QJsonObject &p) {
             return PipelineStates::pipelineStateText(stringOf(p, "state"_L1));
         },
         [](const QJsonObject &p) { return stringOf(p, "state"_L1); },
         [](const QJsonObject &p) { return stringOf(p, "cause"_L1); },
         Qt::AlignLeft | Qt::AlignVCenter,
         [](const QJsonObject &p) {
             return QVariant::fromValue(PipelineStates::pipelineColor(p));
         }},
        {tr("Health"),
         [](const QJsonObject &p) -> QVariant {
             const QString health = stringOf(p, "health"_L1);
             if (health.isEmpty())
                 return {};
             return health == "UNHEALTHY"_L1 ? tr("Unhealthy") : tr("Healthy");
         }},
        {tr("Last update"),
         [](const QJsonObject &p) {
             return lastUpdateText(p, QDateTime::currentMSecsSinceEpoch());
         },
         [](const QJsonObject &p) {
             return isoToMs(stringOf(latestUpdate(p), "creation_time"_L1));
         },
         [](const QJsonObject &p) -> QVariant {
             const qint64 ms = isoToMs(stringOf(latestUpdate(p), "creation_time"_L1));
             if (ms < 0)
                 return {};
             return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::LongFormat);
         },
         Qt::AlignLeft | Qt::AlignVCenter,
         [](const QJsonObject &p) -> QVariant {
             const QJsonObject update = latestUpdate(p);
             if (update.isEmpty())
                 return {};
             return QVariant::fromValue(PipelineStates::updateColor(stringOf(update, "state"_L1)));
         }},
        {tr("Mode"), modeOf},
        {tr("Creator"), [](const QJsonObject &p) { return stringOf(p, "creator_user_name"_L1); }},
    });
    // A refresh may bring new settings: read the visible ones again then.
    connect(this, &ResourceListModel::loadingStarted, this, [this] {
        m_specScope.reset();
        m_asked.clear();
    });
}

PipelinesModel::~PipelinesModel() = default;

QJsonObject PipelinesModel::latestUpdate(const QJsonObject &pipeline)
{
    return pipeline.value("latest_updates"_L1).toArray().first().toObject();
}

qint64 PipelinesModel::isoToMs(const QString &text)
{
    if (text.isEmpty())
        return -1;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : -1;
}

QString PipelinesModel::lastUpdateText(const QJsonObject &pipeline, qint64 nowMs)
{
    const QJsonObject update = latestUpdate(pipeline);
    if (update.isEmpty())
        return tr("Never run");
    const QString state = PipelineStates::updateStateText(stringOf(update, "state"_L1));
    const qint64 ms = isoToMs(stringOf(update, "creation_time"_L1));
    return ms < 0 ? state : tr("%1 · %2").arg(state, agoText(ms, nowMs));
}

void PipelinesModel::fetchSpecs(const QList<int> &rows)
{
    if (!client())
        return;
    if (!m_specScope)
        m_specScope = std::make_unique<QObject>();
    const PipelinesService service(client());
    for (const int row : rows) {
        const QString id = keyAt(row);
        if (id.isEmpty() || m_asked.contains(id))
            continue;
        m_asked.insert(id);
        service.get(id, m_specScope.get(),
                    [this, id](const std::optional<ApiError> &error, const QJsonObject &reply) {
                        if (!error)
                            specArrived(id, reply.value("spec"_L1).toObject());
                    });
    }
}

void PipelinesModel::forgetSpec(const QString &pipelineId)
{
    m_asked.remove(pipelineId);
    m_specs.remove(pipelineId);
    const int row = rowForKey(pipelineId);
    if (row >= 0)
        fetchSpecs({row});
}

void PipelinesModel::specArrived(const QString &pipelineId, const QJsonObject &spec)
{
    m_specs.insert(pipelineId, spec);
    const int row = rowForKey(pipelineId);
    if (row >= 0)
        emit dataChanged(index(row, ModeColumn), index(row, ModeColumn));
}

ApiRequest PipelinesModel::listRequest() const
{
    return PipelinesService::listRequest();
}

QString PipelinesModel::itemsField() const
{
    return u"statuses"_s;
}

QString PipelinesModel::itemKey(const QJsonObject &item) const
{
    return stringOf(item, "pipeline_id"_L1);
}

bool PipelinesModel::isTransitional(const QJsonObject &item) const
{
    return PipelineStates::isTransitional(item);
}

std::optional<ApiRequest> PipelinesModel::itemRequest(const QJsonObject &item) const
{
    return PipelinesService::getRequest(itemKey(item));
}

QJsonObject PipelinesModel::itemFromReply(const QJsonObject &reply) const
{
    // Shaped like a list entry, so an unchanged pipeline compares equal; the
    // spec it carries is kept for the mode column.
    QJsonObject item;
    for (const QLatin1StringView field :
         {"pipeline_id"_L1, "name"_L1, "state"_L1, "health"_L1, "cluster_id"_L1,
          "creator_user_name"_L1, "run_as_user_name"_L1, "latest_updates"_L1}) {
        if (reply.contains(field))
            item.insert(field, reply.value(field));
    }
    const QString id = stringOf(reply, "pipeline_id"_L1);
    if (reply.contains("spec"_L1) && !id.isEmpty())
        m_specs.insert(id, reply.value("spec"_L1).toObject());
    return item;
}

} // namespace brickdesk
