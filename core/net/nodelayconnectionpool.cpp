#include "core/net/nodelayconnectionpool.h"

#include <QNetworkProxy>
#include <QSslSocket>
#include <QTcpSocket>

namespace brickdesk {

NoDelayConnectionPool::NoDelayConnectionPool(QObject *parent)
    : QObject(parent)
{}

NoDelayConnectionPool::~NoDelayConnectionPool()
{
    for (const Idle &idle : std::as_const(m_idle))
        delete idle.socket;
}

QString NoDelayConnectionPool::keyFor(const QUrl &url)
{
    const bool tls = url.scheme() == QLatin1String("https");
    return url.scheme() + QLatin1Char('|') + url.host() + QLatin1Char('|') +
           QString::number(url.port(tls ? 443 : 80));
}

void NoDelayConnectionPool::dropStale()
{
    for (qsizetype i = m_idle.size() - 1; i >= 0; --i) {
        const Idle &idle = m_idle.at(i);
        if (idle.since.elapsed() >= kIdleMs ||
            idle.socket->state() != QAbstractSocket::ConnectedState ||
            idle.socket->bytesAvailable() > 0) {
            idle.socket->deleteLater();
            m_idle.removeAt(i);
        }
    }
}

NoDelayConnectionPool::Lease NoDelayConnectionPool::acquire(const QUrl &url,
                                                            const QSslConfiguration &tls)
{
    dropStale();
    const QString key = keyFor(url);
    for (qsizetype i = m_idle.size() - 1; i >= 0; --i) {
        if (m_idle.at(i).key == key) {
            QAbstractSocket *socket = m_idle.takeAt(i).socket;
            socket->disconnect(this);
            return {socket, true};
        }
    }
    const bool encrypted = url.scheme() == QLatin1String("https");
    QAbstractSocket *socket = nullptr;
    // No proxy (not even the application's): the manager keeps requests a
    // proxy applies to on Qt's own path.
    if (encrypted) {
        auto *ssl = new QSslSocket(this);
        ssl->setProxy(QNetworkProxy::NoProxy);
        QSslConfiguration configuration = tls;
        // Only HTTP/1.1 is spoken here, whatever the server would offer.
        configuration.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
        ssl->setSslConfiguration(configuration);
        ssl->setPeerVerifyName(url.host());
        ssl->connectToHostEncrypted(url.host(), quint16(url.port(443)));
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        socket->setProxy(QNetworkProxy::NoProxy);
        socket->connectToHost(url.host(), quint16(url.port(80)));
    }
    return {socket, false};
}

void NoDelayConnectionPool::release(const QUrl &url, QAbstractSocket *socket)
{
    dropStale();
    const QString key = keyFor(url);
    const auto sameHost = std::count_if(m_idle.cbegin(), m_idle.cend(),
                                        [&key](const Idle &idle) { return idle.key == key; });
    if (socket->state() != QAbstractSocket::ConnectedState || socket->bytesAvailable() > 0 ||
        sameHost >= kMaxIdlePerHost) {
        socket->deleteLater();
        return;
    }
    Idle idle{key, socket, {}};
    idle.since.start();
    // A server closing an idle connection: forget it at once.
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
        for (qsizetype i = 0; i < m_idle.size(); ++i) {
            if (m_idle.at(i).socket == socket) {
                m_idle.removeAt(i);
                socket->deleteLater();
                return;
            }
        }
    });
    m_idle.append(idle);
}

} // namespace brickdesk
