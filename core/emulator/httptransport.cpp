#include "core/emulator/httptransport.h"

#include "core/emulator/httprequestparser.h"
#include "core/emulator/logging.h"

#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace

// One client connection: feeds its socket to an HttpRequestParser, which
// reads each body exactly once into a buffer of its final size, and hands
// the requests on. Lives as a child of its socket, so it dies with it.
class HttpTransport::Connection : public QObject
{
public:
    Connection(HttpTransport &transport, QTcpSocket *socket)
        : QObject(socket)
        , m_transport(transport)
        , m_socket(socket)
        , m_parser(transport.m_maxBodyBytes)
    {
        connect(socket, &QTcpSocket::readyRead, this, &Connection::process);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    bool connected() const
    {
        return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
    }

    void process()
    {
        while (connected() && !m_closed) {
            // The limit may change while the connection lives.
            m_parser.setMaxBodyBytes(m_transport.m_maxBodyBytes);
            switch (m_parser.advance(*m_socket)) {
            case HttpRequestParser::Result::NeedMore:
                return;
            case HttpRequestParser::Result::ExpectContinue:
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                break;
            case HttpRequestParser::Result::Request: {
                const HttpRequest request = m_parser.takeRequest();
                m_transport.m_handler(request, m_socket);
                break;
            }
            case HttpRequestParser::Result::Error: {
                m_closed = true;
                const HttpRequestParser::Error &error = m_parser.error();
                qCDebug(lcEmulator).noquote() << "bad request:" << error.message;
                send(m_socket, HttpResponse::error(error.status, error.code, error.message), true);
                return;
            }
            }
        }
    }

    HttpTransport &m_transport;
    QPointer<QTcpSocket> m_socket;
    HttpRequestParser m_parser;
    bool m_closed = false;
};

HttpTransport::HttpTransport(RequestHandler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpTransport::onNewConnection);
}

HttpTransport::~HttpTransport() = default;

quint16 HttpTransport::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port))
        return 0;
    return m_server->serverPort();
}

void HttpTransport::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        // Answers go out at once, as a real server's do: with Nagle's
        // algorithm a small answer waits for the client's delayed ACK
        // (40 ms on Linux loopback), which would dwarf the latency under test.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        new Connection(*this, socket);
    }
}

QByteArray HttpTransport::serialize(const HttpResponse &response, bool closeAfter)
{
    QByteArray out;
    out.reserve(response.body.size() + 512);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) +
           "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Server: databricks\r\n";
    out += "Vary: Accept-Encoding\r\n";
    out += "Cache-Control: no-cache, no-store, must-revalidate\r\n";
    out += "Access-Control-Allow-Origin: *\r\n";
    if (closeAfter)
        out += "Connection: close\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    out += response.body;
    return out;
}

void HttpTransport::send(QTcpSocket *socket, const HttpResponse &response, bool closeAfter)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        qCDebug(lcEmulator) << "client went away before the answer" << response.status;
        return;
    }
    socket->write(serialize(response, closeAfter));
    if (closeAfter)
        socket->disconnectFromHost();
}

void HttpTransport::dropMidBody(QTcpSocket *socket)
{
    if (!socket)
        return;
    // A connection closed before any byte of an answer makes
    // QNetworkAccessManager re-send the request on its own, hiding the fault
    // from the client under test. Headers promising more body than is sent
    // make the drop land as RemoteHostClosedError on exactly one request.
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\n"
                  "Server: databricks\r\nContent-Length: 1024\r\n\r\n{\"objects\":[");
    socket->flush();
    socket->disconnectFromHost();
}

void HttpTransport::abort(QTcpSocket *socket)
{
    if (socket)
        socket->abort();
}

} // namespace brickdesk::emulator
