#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

class QAbstractSocket;

namespace brickdesk {

// Keep-alive connections for NoDelayHttpReply, one idle list per scheme,
// host and port. A socket handed out belongs to one reply until it gives it
// back (release) or drops it; idle sockets close after kIdleMs, shorter
// than common server keep-alive timeouts, so a reused connection has rarely
// been closed by the other end.
class NoDelayConnectionPool : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIdleMs = 4000;
    static constexpr int kMaxIdlePerHost = 4;

    explicit NoDelayConnectionPool(QObject *parent = nullptr);
    ~NoDelayConnectionPool() override;

    struct Lease
    {
        QAbstractSocket *socket = nullptr;
        bool reused = false; // connected already: send at once
    };
    // An idle connected socket for `url`, or a new one that is connecting
    // (a QSslSocket for https, with `tls`). The caller parents nothing to it.
    Lease acquire(const QUrl &url, const QSslConfiguration &tls);
    // Back to the idle list, still connected and with nothing unread.
    void release(const QUrl &url, QAbstractSocket *socket);
    int idleCount() const { return int(m_idle.size()); }

private:
    struct Idle
    {
        QString key;
        QAbstractSocket *socket;
        QElapsedTimer since;
    };
    static QString keyFor(const QUrl &url);
    void dropStale();

    QList<Idle> m_idle;
};

} // namespace brickdesk
