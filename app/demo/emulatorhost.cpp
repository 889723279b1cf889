#include "app/demo/emulatorhost.h"

#include "app/demo/emulatorworker.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace brickdesk {

EmulatorHost::EmulatorHost(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"brickdesk-emulator"_s);
}

EmulatorHost::~EmulatorHost()
{
    m_thread.quit();
    m_thread.wait();
}

void EmulatorHost::start(const QByteArray &token)
{
    if (m_worker)
        return;
    m_worker = new EmulatorWorker;
    m_worker->moveToThread(&m_thread);
    // The worker (and with it the emulator) is deleted in its own thread
    // once that thread's event loop has stopped.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &EmulatorWorker::started, this,
            [this](const QUrl &url, const QString &userName) {
                m_url = url;
                m_userName = userName;
                emit started(url, userName);
            });
    connect(m_worker, &EmulatorWorker::failed, this, &EmulatorHost::failed);
    m_thread.start();
    // Queued into the worker's thread: the Emulator is created there.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, token] { worker->start(token); }, Qt::QueuedConnection);
}

QByteArray EmulatorHost::randomToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return "dapi"_ba + QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

} // namespace brickdesk
