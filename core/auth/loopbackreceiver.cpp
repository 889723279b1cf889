#include "core/auth/loopbackreceiver.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

QByteArray page(const QString &title, const QString &text)
{
    const QByteArray body = u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                            "</head><body style=\"font-family:sans-serif;text-align:center;"
                            "margin-top:15vh\"><h2>%1</h2><p>%2</p></body></html>"_s
                                .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
                                .toUtf8();
    return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QObject(parent)
{}

LoopbackReceiver::~LoopbackReceiver() = default;

bool LoopbackReceiver::listen(quint16 first, quint16 last)
{
    for (quint16 port = first; port <= last && port != 0; ++port)
        if (listenOn(port))
            return true;
    return false;
}

bool LoopbackReceiver::listenOn(quint16 port)
{
    qDeleteAll(m_servers);
    m_servers.clear();
    // "localhost" may resolve to either loopback address in the browser, so
    // both must answer; a port taken on either one is skipped altogether.
    for (const QHostAddress &address :
         {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)}) {
        auto *server = new QTcpServer(this);
        if (!server->listen(address, port)) {
            const bool ipv6Missing =
                address.protocol() == QAbstractSocket::IPv6Protocol &&
                server->serverError() == QAbstractSocket::UnsupportedSocketOperationError;
            delete server;
            if (ipv6Missing)
                continue; // no IPv6 on this machine: IPv4 alone is fine
            qDeleteAll(m_servers);
            m_servers.clear();
            return false;
        }
        connect(server, &QTcpServer::newConnection, this,
                [this, server] { onNewConnection(server); });
        m_servers << server;
    }
    m_port = port;
    return !m_servers.isEmpty();
}

QString LoopbackReceiver::redirectUri() const
{
    return u"http://localhost:%1"_s.arg(m_port);
}

void LoopbackReceiver::onNewConnection(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LoopbackReceiver::onReadyRead(QTcpSocket *socket)
{
    // Only the request line matters: "GET /?code=...&state=... HTTP/1.1".
    if (!socket->canReadLine())
        return;
    const QList<QByteArray> parts = socket->readLine().trimmed().split(' ');
    const QUrl target(QString::fromLatin1(parts.value(1)));
    const QUrlQuery query(target);
    if (m_done || (!query.hasQueryItem(u"code"_s) && !query.hasQueryItem(u"error"_s))) {
        socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    m_done = true;
    const bool failed = query.hasQueryItem(u"error"_s);
    socket->write(failed ? page(tr("Sign-in failed"),
                                tr("Brickdesk could not sign you in. Return to Brickdesk for "
                                   "details."))
                         : page(tr("Signed in"), tr("You can close this tab and return to "
                                                    "Brickdesk.")));
    socket->disconnectFromHost();
    emit received(query);
}

} // namespace brickdesk
