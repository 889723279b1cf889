#include "core/emulator/pipelinesstore.h"

#include "core/emulator/emulatorclock.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

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

} // namespace brickdesk::emulator
