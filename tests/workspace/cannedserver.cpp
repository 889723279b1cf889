#include "tests/workspace/cannedserver.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace brickdesk::test {

CannedServer::CannedServer(QByteArray body, QObject *parent)
    : QTcpServer(parent)
    , m_body(std::move(body))
{
    connect(this, &QTcpServer::newConnection, this, &CannedServer::answer);
    listen(QHostAddress::LocalHost, 0);
}

QUrl CannedServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort()));
}

void CannedServer::answer()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            // Requests here are GETs without a body: the header block ends
            // the request.
            if (!socket->peek(64 * 1024).contains("\r\n\r\n"))
                return;
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\n"
                          "Content-Length: " +
                          QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" +
                          m_body);
            socket->disconnectFromHost();
        });
    }
}

} // namespace brickdesk::test
