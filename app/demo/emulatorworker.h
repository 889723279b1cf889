#pragma once

#include <QObject>
#include <QUrl>

#include <memory>

namespace brickdesk {

namespace emulator {
class Emulator;
}

// Lives in the emulator's own thread and owns the Emulator there, so every
// socket and timer of the server belongs to that thread and HTTP work never
// runs on the GUI thread. Destroyed in that thread when it finishes.
class EmulatorWorker : public QObject
{
    Q_OBJECT

public:
    EmulatorWorker();
    ~EmulatorWorker() override;

    // Creates the emulator with demo content, accepting only `token`, on a
    // free loopback port. Reports with started() or failed().
    void start(const QByteArray &token);

signals:
    void started(const QUrl &url, const QString &userName);
    void failed(const QString &message);

private:
    std::unique_ptr<emulator::Emulator> m_emulator;
};

} // namespace brickdesk
