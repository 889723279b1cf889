#include "core/net/nodelayhttpreply.h"

#include "core/net/nodelayconnectionpool.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <cstring>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// Headers the reply writes itself.
bool isFramingHeader(const QByteArray &name)
{
    return name.compare("Host", Qt::CaseInsensitive) == 0 ||
           name.compare("Content-Length", Qt::CaseInsensitive) == 0 ||
           name.compare("Connection", Qt::CaseInsensitive) == 0 ||
           name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0;
}

// The error QNetworkAccessManager gives the same status, so callers cannot
// tell the two paths apart.
QNetworkReply::NetworkError errorForStatus(int status)
{
    switch (status) {
    case 400:
    case 418:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 405:
        return QNetworkReply::ContentOperationNotPermittedError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 410:
        return QNetworkReply::ContentGoneError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 501:
        return QNetworkReply::OperationNotImplementedError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        if (status >= 500)
            return QNetworkReply::UnknownServerError;
        return status >= 400 ? QNetworkReply::UnknownContentError : QNetworkReply::NoError;
    }
}

QNetworkReply::NetworkError errorForSocket(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return QNetworkReply::SslHandshakeFailedError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

// Longest status, header or chunk-size line accepted from a server.
constexpr qsizetype kMaxLineBytes = 64 * 1024;

} // namespace

NoDelayHttpReply::NoDelayHttpReply(NoDelayConnectionPool *pool, const QNetworkRequest &request,
                                   const QByteArray &verb, QByteArray body, QObject *parent)
    : QNetworkReply(parent)
    , m_pool(pool)
    , m_verb(verb)
    , m_head(serializeHead(request, verb, body.size()))
    , m_requestBody(std::move(body))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(QNetworkAccessManager::CustomOperation);
    setAttribute(QNetworkRequest::CustomVerbAttribute, verb);
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    // Like every QNetworkReply: nothing is emitted before the caller has
    // had a chance to connect.
    QTimer::singleShot(0, this, &NoDelayHttpReply::send);
}

NoDelayHttpReply::~NoDelayHttpReply()
{
    if (m_socket) {
        QAbstractSocket *socket = m_socket;
        detach();
        socket->abort();
        socket->deleteLater();
    }
}

QByteArray NoDelayHttpReply::serializeRequest(const QNetworkRequest &request,
                                              const QByteArray &verb, const QByteArray &body)
{
    return serializeHead(request, verb, body.size()) + body;
}

QByteArray NoDelayHttpReply::serializeHead(const QNetworkRequest &request, const QByteArray &verb,
                                           qint64 bodyBytes)
{
    const QUrl url = request.url();
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    const bool tls = url.scheme() == "https"_L1;
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // an IPv6 literal
    if (url.port() != -1 && url.port() != (tls ? 443 : 80))
        host += ':' + QByteArray::number(url.port());

    QByteArray wire;
    wire += verb + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const QByteArray &name : request.rawHeaderList()) {
        if (!isFramingHeader(name))
            wire += name + ": " + request.rawHeader(name) + "\r\n";
    }
    wire +=
        "Content-Length: " + QByteArray::number(bodyBytes) + "\r\nConnection: keep-alive\r\n\r\n";
    return wire;
}

void NoDelayHttpReply::send()
{
    if (isFinished())
        return;
    const auto lease = m_pool->acquire(url(), request().sslConfiguration());
    m_reusedConnection = lease.reused;
    attach(lease.socket);
    m_stage = Stage::Connecting;
    if (lease.reused)
        writeRequest();
}

void NoDelayHttpReply::attach(QAbstractSocket *socket)
{
    m_socket = socket;
    const auto startSending = [this] { writeRequest(); };
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        connect(ssl, &QSslSocket::connected, this,
                [ssl] { ssl->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
        connect(ssl, &QSslSocket::encrypted, this, startSending);
        // Reported to the caller, never ignored: the handshake then fails.
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            m_sslErrors = errors;
            emit sslErrors(errors);
        });
    } else {
        connect(socket, &QAbstractSocket::connected, this, [socket, startSending] {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            startSending();
        });
    }
    connect(socket, &QIODevice::bytesWritten, this, [this](qint64 bytes) {
        m_written += bytes;
        const qint64 body = m_requestBody.size();
        emit uploadProgress(std::clamp<qint64>(m_written - m_head.size(), 0, body), body);
    });
    connect(socket, &QIODevice::readyRead, this, &NoDelayHttpReply::onReadyRead);
    connect(socket, &QAbstractSocket::disconnected, this, &NoDelayHttpReply::onDisconnected);
    connect(socket, &QAbstractSocket::errorOccurred, this, &NoDelayHttpReply::onSocketError);
}

void NoDelayHttpReply::writeRequest()
{
    m_stage = Stage::StatusLine;
    m_written = 0;
    // Both go into the socket's buffer before it writes anything, the body
    // as a shared chunk (no copy), so the kernel gets them back to back.
    m_socket->write(m_head);
    m_socket->write(m_requestBody);
}

void NoDelayHttpReply::detach()
{
    if (m_socket)
        m_socket->disconnect(this);
    m_socket = nullptr;
}

void NoDelayHttpReply::onReadyRead()
{
    if (!m_socket || m_stage == Stage::Done)
        return;
    m_in += m_socket->readAll();
    m_receivedAny = true;
    while (m_stage != Stage::Done && step()) {
    }
    m_in.remove(0, std::exchange(m_inPos, 0));
    if (m_stage != Stage::Done && m_in.size() > kMaxLineBytes && m_stage != Stage::Body &&
        m_stage != Stage::ChunkData)
        failWith(ProtocolFailure, tr("The server sent a header line that is too long."));
}

std::optional<QByteArray> NoDelayHttpReply::takeLine()
{
    const qsizetype end = m_in.indexOf('\n', m_inPos);
    if (end < 0)
        return std::nullopt;
    QByteArray line = m_in.mid(m_inPos, end - m_inPos);
    m_inPos = end + 1;
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

qint64 NoDelayHttpReply::takeBody(qint64 wanted)
{
    const qint64 n = std::min<qint64>(wanted, m_in.size() - m_inPos);
    m_body.append(m_in.constData() + m_inPos, n);
    m_inPos += n;
    return n;
}

bool NoDelayHttpReply::step()
{
    switch (m_stage) {
    case Stage::Connecting:
    case Stage::Done:
        return false;
    case Stage::StatusLine: {
        const auto line = takeLine();
        if (!line)
            return false;
        // "HTTP/1.1 200 OK"
        const QList<QByteArray> parts = line->split(' ');
        bool ok = false;
        const int status = parts.value(1).toInt(&ok);
        if (parts.size() < 2 || !parts.first().startsWith("HTTP/1.") || !ok || status < 100 ||
            status > 999) {
            failWith(ProtocolFailure, tr("The server's answer is not HTTP."));
            return false;
        }
        m_informational = status < 200; // 100 Continue and the like: skipped
        m_http10 = parts.first() == "HTTP/1.0";
        if (!m_informational) {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
            setAttribute(QNetworkRequest::HttpReasonPhraseAttribute,
                         line->mid(parts.first().size() + parts.at(1).size() + 2));
        }
        m_stage = Stage::Headers;
        return true;
    }
    case Stage::Headers: {
        const auto line = takeLine();
        if (!line)
            return false;
        if (line->isEmpty()) {
            if (m_informational) {
                m_stage = Stage::StatusLine;
                return true;
            }
            return startBody();
        }
        const qsizetype colon = line->indexOf(':');
        if (colon <= 0) {
            failWith(ProtocolFailure, tr("The server sent a malformed header."));
            return false;
        }
        if (m_informational)
            return true;
        const QByteArray name = line->left(colon).trimmed();
        const QByteArray value = line->mid(colon + 1).trimmed();
        setRawHeader(name, hasRawHeader(name) ? rawHeader(name) + ", " + value : value);
        return true;
    }
    case Stage::Body: {
        const qint64 wanted = m_bodyLeft < 0 ? m_in.size() - m_inPos : m_bodyLeft;
        const qint64 got = takeBody(wanted);
        if (m_bodyLeft >= 0)
            m_bodyLeft -= got;
        if (got > 0)
            emit downloadProgress(m_body.size(), m_bodyTotal);
        if (m_bodyLeft == 0) {
            succeed();
            return false;
        }
        return got > 0 && m_inPos < m_in.size();
    }
    case Stage::ChunkSize: {
        const auto line = takeLine();
        if (!line)
            return false;
        bool ok = false;
        const qint64 size = line->split(';').value(0).trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            failWith(ProtocolFailure, tr("The server sent a malformed chunk."));
            return false;
        }
        m_bodyLeft = size;
        m_stage = size == 0 ? Stage::Trailer : Stage::ChunkData;
        return true;
    }
    case Stage::ChunkData: {
        const qint64 got = takeBody(m_bodyLeft);
        m_bodyLeft -= got;
        if (got > 0)
            emit downloadProgress(m_body.size(), -1);
        if (m_bodyLeft > 0)
            return false;
        m_stage = Stage::ChunkEnd;
        return true;
    }
    case Stage::ChunkEnd: {
        if (!takeLine())
            return false;
        m_stage = Stage::ChunkSize;
        return true;
    }
    case Stage::Trailer: {
        const auto line = takeLine();
        if (!line)
            return false;
        if (line->isEmpty()) {
            succeed();
            return false;
        }
        return true;
    }
    }
    return false;
}

bool NoDelayHttpReply::startBody()
{
    const int status = attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray connection = rawHeader("Connection").toLower();
    m_keepAlive = m_http10 ? connection.contains("keep-alive") : !connection.contains("close");
    emit metaDataChanged();
    if (rawHeader("Transfer-Encoding").toLower().contains("chunked")) {
        m_stage = Stage::ChunkSize;
        return true;
    }
    if (status == 204 || status == 304 || m_verb == "HEAD") {
        succeed();
        return false;
    }
    if (hasRawHeader("Content-Length")) {
        bool ok = false;
        m_bodyLeft = rawHeader("Content-Length").trimmed().toLongLong(&ok);
        if (!ok || m_bodyLeft < 0) {
            failWith(ProtocolFailure, tr("The server sent a malformed Content-Length."));
            return false;
        }
        m_bodyTotal = m_bodyLeft;
        m_body.reserve(std::min<qint64>(m_bodyLeft, 64 * 1024 * 1024));
    } else {
        m_bodyLeft = -1; // until the server closes the connection
        m_keepAlive = false;
    }
    m_stage = Stage::Body;
    if (m_bodyLeft == 0) {
        succeed();
        return false;
    }
    return true;
}

void NoDelayHttpReply::onDisconnected()
{
    if (m_stage == Stage::Done)
        return;
    if (m_stage == Stage::Body && m_bodyLeft < 0) {
        succeed(); // a close-delimited answer
        return;
    }
    // A kept-alive connection the server closed just as it was reused: the
    // request never reached it, so it goes again, once, on a new connection
    // (what QNetworkAccessManager does too).
    if (m_reusedConnection && !m_receivedAny && !m_resentOnce) {
        m_resentOnce = true;
        QAbstractSocket *socket = m_socket;
        detach();
        if (socket)
            socket->deleteLater();
        send();
        return;
    }
    failWith(RemoteHostClosedError, tr("The server closed the connection before answering."));
}

void NoDelayHttpReply::onSocketError()
{
    if (!m_socket || m_stage == Stage::Done)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    failWith(errorForSocket(error), m_socket->errorString());
}

void NoDelayHttpReply::succeed()
{
    m_stage = Stage::Done;
    QAbstractSocket *socket = m_socket;
    detach();
    // Bytes after the answer would belong to no request: never reuse then.
    if (socket) {
        if (m_keepAlive && m_inPos == m_in.size())
            m_pool->release(url(), socket);
        else
            socket->deleteLater();
    }
    const int status = attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const NetworkError error = errorForStatus(status);
    if (error != NoError) {
        setError(error, attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
        emit errorOccurred(error);
    }
    finishNow();
}

void NoDelayHttpReply::failWith(NetworkError code, const QString &message)
{
    if (m_stage == Stage::Done)
        return;
    m_stage = Stage::Done;
    if (QAbstractSocket *socket = m_socket) {
        detach();
        socket->abort();
        socket->deleteLater();
    }
    // A garbled answer has no status to go by, even if its first line had.
    if (code == ProtocolFailure)
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, QVariant());
    setError(code, message);
    emit errorOccurred(code);
    finishNow();
}

void NoDelayHttpReply::finishNow()
{
    setFinished(true);
    if (!m_body.isEmpty())
        emit readyRead();
    emit finished();
}

void NoDelayHttpReply::abort()
{
    if (isFinished())
        return;
    failWith(OperationCanceledError, tr("Operation canceled"));
}

qint64 NoDelayHttpReply::bytesAvailable() const
{
    return m_body.size() - m_readPos + QIODevice::bytesAvailable();
}

qint64 NoDelayHttpReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_readPos);
    if (n <= 0)
        return isFinished() ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_readPos, size_t(n));
    m_readPos += n;
    return n;
}

} // namespace brickdesk
