#pragma once

#include <QByteArray>
#include <QObject>
#include <QThread>
#include <QUrl>

namespace brickdesk {

class EmulatorWorker;

// Runs the demo workspace emulator in a thread of its own, for `--demo`.
// start() returns at once; started() hands the URL back to the GUI thread.
class EmulatorHost : public QObject
{
    Q_OBJECT

public:
    explicit EmulatorHost(QObject *parent = nullptr);
    // Stops the server thread. Joining is quick (the event loop only has to
    // return) and must happen before the QThread object goes away.
    ~EmulatorHost() override;

    void start(const QByteArray &token);
    bool isStarted() const { return m_url.isValid(); }
    QUrl url() const { return m_url; }
    QString userName() const { return m_userName; }
    // The thread the emulator serves from (never the caller's).
    const QThread *serverThread() const { return &m_thread; }

    // A fresh random bearer token for one demo session.
    static QByteArray randomToken();

signals:
    void started(const QUrl &url, const QString &userName);
    void failed(const QString &message);

private:
    QThread m_thread;
    EmulatorWorker *m_worker = nullptr;
    QUrl m_url;
    QString m_userName;
};

} // namespace brickdesk
