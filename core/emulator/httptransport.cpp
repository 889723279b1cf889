#include "core/emulator/httptransport.h"

#include "core/emulator/logging.h"

#include <QTcpServer>
#include <QUrl>

#include <optional>

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

// One client connection: an HTTP/1.1 request parser that reads the body
// exactly once into a buffer of its final size. Lives as a child of its
// socket, so it dies with it.
class HttpTransport::Connection : public QObject
{
public:
    Connection(HttpTransport &transport, QTcpSocket *socket)
        : QObject(socket)
        , m_transport(transport)
        , m_socket(socket)
    {
        connect(socket, &QTcpSocket::readyRead, this, &Connection::process);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    enum class State { Headers, Body, ChunkSize, ChunkData, ChunkEnd, Trailer, Closed };

    static constexpr qint64 kMaxHeaderBytes = 64 * 1024;

    bool connected() const
    {
        return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
    }

    void fail(int status, const QString &code, const QString &message)
    {
        m_state = State::Closed;
        qCDebug(lcEmulator).noquote() << "bad request:" << message;
        send(m_socket, HttpResponse::error(status, code, message), true);
    }

    // Reads one line (without CRLF) if a whole one is buffered. Header and
    // trailer lines count against kMaxHeaderBytes; chunk-size lines do not.
    std::optional<QByteArray> readLine()
    {
        if (m_state == State::ChunkSize || m_state == State::ChunkEnd)
            m_headerBytes = 0;
        if (!m_socket->canReadLine()) {
            if (m_socket->bytesAvailable() + m_headerBytes > kMaxHeaderBytes)
                fail(431, u"MALFORMED_REQUEST"_s, u"Request header fields too large."_s);
            return std::nullopt;
        }
        QByteArray line = m_socket->readLine(kMaxHeaderBytes);
        m_headerBytes += line.size();
        if (m_headerBytes > kMaxHeaderBytes) {
            fail(431, u"MALFORMED_REQUEST"_s, u"Request header fields too large."_s);
            return std::nullopt;
        }
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return line;
    }

    void process()
    {
        while (connected() && m_state != State::Closed) {
            if (!step())
                return;
        }
    }

    // Advances the parser by what is buffered; false when it needs more.
    bool step()
    {
        switch (m_state) {
        case State::Headers: {
            const auto line = readLine();
            if (!line)
                return false;
            if (m_requestLine.isEmpty()) {
                if (!line->isEmpty()) // tolerate CRLF between pipelined requests
                    m_requestLine = *line;
                return true;
            }
            if (!line->isEmpty()) {
                const qsizetype colon = line->indexOf(':');
                if (colon <= 0) {
                    fail(400, u"MALFORMED_REQUEST"_s, u"Malformed header line."_s);
                    return false;
                }
                m_request.headers.append(
                    {line->left(colon).trimmed(), line->mid(colon + 1).trimmed()});
                return true;
            }
            return startBody();
        }
        case State::Body: {
            const qint64 want = m_request.body.size() - m_received;
            const qint64 got = m_socket->read(m_request.body.data() + m_received, want);
            if (got <= 0)
                return false;
            m_received += got;
            if (m_received == m_request.body.size())
                dispatch();
            return true;
        }
        case State::ChunkSize: {
            const auto line = readLine();
            if (!line)
                return false;
            bool ok = false;
            const qint64 size = line->split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                fail(400, u"MALFORMED_REQUEST"_s, u"Malformed chunk size."_s);
                return false;
            }
            if (size == 0) {
                m_state = State::Trailer;
                return true;
            }
            if (m_request.body.size() + size > m_transport.m_maxBodyBytes) {
                tooLarge(m_request.body.size() + size);
                return false;
            }
            m_received = m_request.body.size();
            m_request.body.resize(m_received + size);
            m_state = State::ChunkData;
            return true;
        }
        case State::ChunkData: {
            const qint64 want = m_request.body.size() - m_received;
            const qint64 got = m_socket->read(m_request.body.data() + m_received, want);
            if (got <= 0)
                return false;
            m_received += got;
            if (m_received == m_request.body.size())
                m_state = State::ChunkEnd;
            return true;
        }
        case State::ChunkEnd: {
            const auto line = readLine();
            if (!line)
                return false;
            m_state = State::ChunkSize;
            return true;
        }
        case State::Trailer: {
            const auto line = readLine();
            if (!line)
                return false;
            if (line->isEmpty())
                dispatch();
            return true;
        }
        case State::Closed:
            break;
        }
        return false;
    }

    void tooLarge(qint64 size)
    {
        fail(413, u"RESOURCE_LIMIT_EXCEEDED"_s,
             u"The request body of %1 bytes exceeds the limit of %2 bytes."_s.arg(size).arg(
                 m_transport.m_maxBodyBytes));
    }

    // The request line and headers are in: where does the body come from?
    bool startBody()
    {
        const QList<QByteArray> parts = m_requestLine.split(' ');
        if (parts.size() != 3 || !parts[2].startsWith("HTTP/1.")) {
            fail(400, u"MALFORMED_REQUEST"_s, u"Malformed request line."_s);
            return false;
        }
        m_request.method = parts[0].toUpper();
        const QByteArray &target = parts[1];
        QUrl url;
        if (target.startsWith('/')) {
            const qsizetype question = target.indexOf('?');
            url.setPath(QString::fromUtf8(question < 0 ? target : target.left(question)),
                        QUrl::TolerantMode);
            if (question >= 0)
                url.setQuery(QString::fromUtf8(target.mid(question + 1)), QUrl::TolerantMode);
        } else {
            url = QUrl::fromEncoded(target, QUrl::TolerantMode);
        }
        m_request.path = url.path(QUrl::FullyDecoded);
        m_request.query = QUrlQuery(url);

        const bool chunked = m_request.header("Transfer-Encoding").toLower().contains("chunked");
        qint64 length = 0;
        if (!chunked && !m_request.header("Content-Length").isEmpty()) {
            bool ok = false;
            length = m_request.header("Content-Length").trimmed().toLongLong(&ok);
            if (!ok || length < 0) {
                fail(400, u"MALFORMED_REQUEST"_s, u"Malformed Content-Length."_s);
                return false;
            }
        }
        if (length > m_transport.m_maxBodyBytes) {
            tooLarge(length);
            return false;
        }
        if ((chunked || length > 0) &&
            m_request.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        if (chunked) {
            m_state = State::ChunkSize;
            return true;
        }
        if (length == 0) {
            dispatch();
            return true;
        }
        // One allocation of the final size (bytes not yet touched cost no
        // memory); the socket's data is read straight into it.
        m_request.body.resize(length);
        m_received = 0;
        m_state = State::Body;
        return true;
    }

    void dispatch()
    {
        HttpRequest request = std::move(m_request);
        m_request = HttpRequest();
        m_requestLine.clear();
        m_headerBytes = 0;
        m_received = 0;
        m_state = State::Headers;
        m_transport.m_handler(request, m_socket);
    }

    HttpTransport &m_transport;
    QPointer<QTcpSocket> m_socket;
    State m_state = State::Headers;
    QByteArray m_requestLine;
    HttpRequest m_request;
    qint64 m_headerBytes = 0;
    qint64 m_received = 0;
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
