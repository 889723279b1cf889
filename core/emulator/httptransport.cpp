#include "core/emulator/httptransport.h"

#include "core/emulator/logging.h"

#include <QHttpServerRequest>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

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

HttpTransport::HttpTransport(RequestHandler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

bool HttpTransport::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest copy;
    copy.method = methodName(request.method());
    const QUrl url = request.url();
    copy.path = url.path(QUrl::FullyDecoded);
    copy.query = QUrlQuery(url);
    copy.headers = request.headers();
    copy.body = request.body();
    m_handler(copy, QPointer<QTcpSocket>(socket));
    return true;
}

void HttpTransport::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest() takes every request.
    Q_UNUSED(request);
    send(socket, HttpResponse::error(404, u"ENDPOINT_NOT_FOUND"_s, u"No API found."_s));
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
