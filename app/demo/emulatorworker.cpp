#include "app/demo/emulatorworker.h"

#include "core/emulator/emulator.h"

namespace brickdesk {

EmulatorWorker::EmulatorWorker() = default;

EmulatorWorker::~EmulatorWorker() = default;

void EmulatorWorker::start(const QByteArray &token)
{
    if (m_emulator)
        return;
    m_emulator = std::make_unique<emulator::Emulator>();
    m_emulator->setAcceptedToken(token);
    m_emulator->seed(emulator::Seed::Demo);
    if (!m_emulator->listen(0)) {
        m_emulator.reset();
        emit failed(tr("No free port on the loopback interface could be opened."));
        return;
    }
    emit started(m_emulator->url(), m_emulator->userName());
}

} // namespace brickdesk
