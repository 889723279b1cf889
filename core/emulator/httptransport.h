#pragma once

#include "core/emulator/httpmessage.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <functional>

class QTcpServer;

namespace brickdesk::emulator {

// The HTTP/1.1 side of the emulator: parses each request into an HttpRequest
// value and hands it on with the socket it came from. Responses are written
// by hand (send()) so they can go out later from a timer, and a "dropped
// connection" is just abort().
//
// Its own small parser instead of QAbstractHttpServer: Qt 6.4's server keeps
// the whole raw request in the socket's read buffer (a read transaction) on
// top of the parsed body, so a 1 GiB DBFS upload cost over 2 GiB of RAM and
// crawled at ~45 MB/s; and its body reserve() truncates Content-Length to
// int. Here the body is read once, straight into a buffer of exactly
// Content-Length bytes. A handler only ever sees complete requests: a
// connection lost mid-body delivers nothing.
class HttpTransport : public QObject
{
    Q_OBJECT
public:
    using RequestHandler = std::function<void(const HttpRequest &, QPointer<QTcpSocket>)>;

    // Request bodies above this are refused (413) before they are read:
    // the 2 GB DBFS multipart limit plus room for the form around it.
    static constexpr qint64 kDefaultMaxBodyBytes = 2LL * 1024 * 1024 * 1024 + 1024 * 1024;

    explicit HttpTransport(RequestHandler handler, QObject *parent = nullptr);
    ~HttpTransport() override;

    // The bound port, 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port = 0);
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

    // Writes status line, standard Databricks headers and body. A null socket
    // (the client went away meanwhile) is ignored.
    static void send(QTcpSocket *socket, const HttpResponse &response, bool closeAfter = false);
    static QByteArray serialize(const HttpResponse &response, bool closeAfter = false);
    // Closes the connection in the middle of an answer (see FaultRule).
    static void dropMidBody(QTcpSocket *socket);
    static void abort(QTcpSocket *socket);

private:
    class Connection;
    void onNewConnection();

    RequestHandler m_handler;
    QTcpServer *m_server;
    qint64 m_maxBodyBytes = kDefaultMaxBodyBytes;
};

} // namespace brickdesk::emulator
