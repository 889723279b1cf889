#pragma once

#include "core/emulator/httpmessage.h"

#include <QAbstractHttpServer>
#include <QPointer>
#include <QTcpSocket>

#include <functional>

namespace brickdesk::emulator {

// The HTTP side of the emulator: turns each parsed request into an
// HttpRequest value and hands it on with the socket it came from. Responses
// are written by hand (send()) so they can go out later from a timer, and a
// "dropped connection" is just abort().
class HttpTransport : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using RequestHandler = std::function<void(const HttpRequest &, QPointer<QTcpSocket>)>;

    explicit HttpTransport(RequestHandler handler, QObject *parent = nullptr);

    // Writes status line, standard Databricks headers and body. A null socket
    // (the client went away meanwhile) is ignored.
    static void send(QTcpSocket *socket, const HttpResponse &response, bool closeAfter = false);
    static QByteArray serialize(const HttpResponse &response, bool closeAfter = false);
    // Closes the connection in the middle of an answer (see FaultRule).
    static void dropMidBody(QTcpSocket *socket);
    static void abort(QTcpSocket *socket);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    RequestHandler m_handler;
};

} // namespace brickdesk::emulator
