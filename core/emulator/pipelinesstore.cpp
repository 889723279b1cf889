#include "core/emulator/pipelinesstore.h"

#include "core/emulator/emulatorclock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

QString PipelineDataset::kindName(Kind kind)
{
    switch (kind) {
    case Kind::MaterializedView:
        return u"MATERIALIZED_VIEW"_s;
    case Kind::StreamingTable:
        return u"STREAMING_TABLE"_s;
    case Kind::View:
        return u"VIEW"_s;
    }
    return u"MATERIALIZED_VIEW"_s;
}

bool PipelineUpdate::isTerminal(const QString &state)
{
    return state == "COMPLETED"_L1 || state == "FAILED"_L1 || state == "CANCELED"_L1;
}

bool PipelineUpdate::isActive() const
{
    return !isTerminal(state);
}

const PipelineUpdate *Pipeline::activeUpdate() const
{
    // Only the newest update can be active: a start is refused while one is.
    return !updates.isEmpty() && updates.first().isActive() ? &updates.first() : nullptr;
}

const PipelineUpdate *Pipeline::findUpdate(const QString &updateId) const
{
    for (const PipelineUpdate &update : updates)
        if (update.updateId == updateId)
            return &update;
    return nullptr;
}

PipelineUpdate *Pipeline::findUpdate(const QString &updateId)
{
    for (PipelineUpdate &update : updates)
        if (update.updateId == updateId)
            return &update;
    return nullptr;
}

const PipelineDataset *Pipeline::findDataset(const QString &name) const
{
    for (const PipelineDataset &dataset : datasets)
        if (dataset.name.compare(name, Qt::CaseInsensitive) == 0 ||
            qualifiedName(dataset.name).compare(name, Qt::CaseInsensitive) == 0)
            return &dataset;
    return nullptr;
}

QString Pipeline::qualifiedName(const QString &dataset) const
{
    const QString catalog = spec.value("catalog"_L1).toString();
    QString schema = spec.value("schema"_L1).toString();
    if (schema.isEmpty())
        schema = spec.value("target"_L1).toString();
    if (schema.isEmpty())
        return dataset;
    return catalog.isEmpty() ? schema + u'.' + dataset : catalog + u'.' + schema + u'.' + dataset;
}

PipelinesStore::PipelinesStore(EmulatorClock &clock)
    : m_clock(clock)
{}

void PipelinesStore::clear()
{
    m_pipelines.clear();
}

QString PipelinesStore::add(Pipeline pipeline)
{
    if (pipeline.pipelineId.isEmpty())
        pipeline.pipelineId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (pipeline.lastModified == 0)
        pipeline.lastModified = m_clock.now();
    const QString id = pipeline.pipelineId;
    m_pipelines[id] = std::move(pipeline);
    return id;
}

const Pipeline *PipelinesStore::find(const QString &pipelineId) const
{
    const auto it = m_pipelines.find(pipelineId);
    return it == m_pipelines.end() ? nullptr : &it->second;
}

Pipeline *PipelinesStore::modify(const QString &pipelineId)
{
    const auto it = m_pipelines.find(pipelineId);
    return it == m_pipelines.end() ? nullptr : &it->second;
}

bool PipelinesStore::remove(const QString &pipelineId)
{
    return m_pipelines.erase(pipelineId) > 0;
}

bool PipelinesStore::hasName(const QString &name, const QString &exceptId) const
{
    return std::any_of(m_pipelines.begin(), m_pipelines.end(), [&](const auto &entry) {
        return entry.first != exceptId && entry.second.name == name;
    });
}

PipelineEvent PipelinesStore::makeEvent(Pipeline &pipeline, qint64 timestamp, QJsonObject json)
{
    PipelineEvent event;
    event.id = json.value("id"_L1).toString();
    if (event.id.isEmpty())
        event.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    event.timestamp = timestamp;
    event.sequence = pipeline.nextSequence++;
    event.level = json.value("level"_L1).toString(u"INFO"_s);
    event.updateId = json.value("origin"_L1).toObject().value("update_id"_L1).toString();
    json.insert("id"_L1, event.id);
    json.insert("timestamp"_L1, isoTime(timestamp));
    json.insert("level"_L1, event.level);
    json.insert("sequence"_L1, QJsonObject{{"control_plane_seq_no"_L1, event.sequence}});
    event.json = std::move(json);
    return event;
}

void PipelinesStore::addEvent(const QString &pipelineId, qint64 timestamp, QJsonObject json)
{
    Pipeline *pipeline = modify(pipelineId);
    if (!pipeline)
        return;
    PipelineEvent event = makeEvent(*pipeline, timestamp, std::move(json));
    auto &events = pipeline->events;
    // Nearly always the newest event: upper_bound is then end().
    events.insert(std::upper_bound(events.begin(), events.end(), event), std::move(event));
}

void PipelinesStore::addEvents(const QString &pipelineId, std::vector<PipelineEvent> sortedEvents)
{
    Pipeline *pipeline = modify(pipelineId);
    if (!pipeline || sortedEvents.empty())
        return;
    auto &events = pipeline->events;
    const auto middle = qsizetype(events.size());
    events.reserve(events.size() + sortedEvents.size());
    for (PipelineEvent &event : sortedEvents)
        events.push_back(makeEvent(*pipeline, event.timestamp, std::move(event.json)));
    std::inplace_merge(events.begin(), events.begin() + middle, events.end());
}

QList<const Pipeline *> PipelinesStore::pipelines() const
{
    QList<const Pipeline *> out;
    out.reserve(qsizetype(m_pipelines.size()));
    for (const auto &[id, pipeline] : m_pipelines)
        out.append(&pipeline);
    return out;
}

QString PipelinesStore::stateName(PipelineState state)
{
    switch (state) {
    case PipelineState::Idle:
        return u"IDLE"_s;
    case PipelineState::Starting:
        return u"STARTING"_s;
    case PipelineState::Running:
        return u"RUNNING"_s;
    case PipelineState::Stopping:
        return u"STOPPING"_s;
    case PipelineState::Deploying:
        return u"DEPLOYING"_s;
    case PipelineState::Recovering:
        return u"RECOVERING"_s;
    case PipelineState::Resetting:
        return u"RESETTING"_s;
    case PipelineState::Failed:
        return u"FAILED"_s;
    case PipelineState::Deleted:
        return u"DELETED"_s;
    }
    return u"IDLE"_s;
}

QString PipelinesStore::isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace brickdesk::emulator
