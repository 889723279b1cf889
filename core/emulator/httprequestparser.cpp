#include "core/emulator/httprequestparser.h"

#include <QIODevice>
#include <QUrl>

#include <limits>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

HttpRequestParser::Result HttpRequestParser::advance(QIODevice &device)
{
    while (true) {
        if (m_state == State::Closed)
            return Result::Error;
        if (m_state == State::Done)
            return Result::Request;
        if (const std::optional<Result> result = step(device))
            return *result;
    }
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest();
    m_requestLine.clear();
    m_headerBytes = 0;
    m_received = 0;
    m_state = State::Headers;
    return request;
}

HttpRequestParser::Result HttpRequestParser::fail(int status, const QString &code,
                                                  const QString &message)
{
    m_state = State::Closed;
    m_error = {status, code, message};
    return Result::Error;
}

HttpRequestParser::Result HttpRequestParser::tooLarge(qint64 size)
{
    return fail(413, u"RESOURCE_LIMIT_EXCEEDED"_s,
                u"The request body of %1 bytes exceeds the limit of %2 bytes."_s.arg(size).arg(
                    m_maxBodyBytes));
}

// Reads one line (without CRLF) if a whole one is buffered. Header and
// trailer lines count against kMaxHeaderBytes; chunk-size lines do not.
std::optional<QByteArray> HttpRequestParser::readLine(QIODevice &device)
{
    if (m_state == State::ChunkSize || m_state == State::ChunkEnd)
        m_headerBytes = 0;
    if (!device.canReadLine()) {
        if (device.bytesAvailable() + m_headerBytes > kMaxHeaderBytes)
            fail(431, u"MALFORMED_REQUEST"_s, u"Request header fields too large."_s);
        return std::nullopt;
    }
    QByteArray line = device.readLine(kMaxHeaderBytes);
    m_headerBytes += line.size();
    if (m_headerBytes > kMaxHeaderBytes) {
        fail(431, u"MALFORMED_REQUEST"_s, u"Request header fields too large."_s);
        return std::nullopt;
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

// Advances by what is buffered: nullopt to go on, or a result to report
// (NeedMore when the device has run dry).
std::optional<HttpRequestParser::Result> HttpRequestParser::step(QIODevice &device)
{
    // readLine() may have failed the parser; advance() then reports it.
    const auto needMore = [this]() -> std::optional<Result> {
        if (m_state == State::Closed)
            return std::nullopt;
        return Result::NeedMore;
    };
    switch (m_state) {
    case State::Headers: {
        const auto line = readLine(device);
        if (!line)
            return needMore();
        if (m_requestLine.isEmpty()) {
            if (!line->isEmpty()) // tolerate CRLF between pipelined requests
                m_requestLine = *line;
            return std::nullopt;
        }
        if (!line->isEmpty()) {
            const qsizetype colon = line->indexOf(':');
            if (colon <= 0)
                return fail(400, u"MALFORMED_REQUEST"_s, u"Malformed header line."_s);
            m_request.headers.append({line->left(colon).trimmed(), line->mid(colon + 1).trimmed()});
            return std::nullopt;
        }
        return startBody();
    }
    case State::Body:
    case State::ChunkData: {
        const qint64 want = m_request.body.size() - m_received;
        const qint64 got = device.read(m_request.body.data() + m_received, want);
        if (got <= 0)
            return Result::NeedMore;
        m_received += got;
        if (m_received == m_request.body.size())
            m_state = m_state == State::Body ? State::Done : State::ChunkEnd;
        return std::nullopt;
    }
    case State::ChunkSize: {
        const auto line = readLine(device);
        if (!line)
            return needMore();
        bool ok = false;
        const qint64 size = line->split(';').value(0).trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return fail(400, u"MALFORMED_REQUEST"_s, u"Malformed chunk size."_s);
        if (size == 0) {
            m_state = State::Trailer;
            return std::nullopt;
        }
        // Compared without adding: a chunk size near 2^63 would overflow
        // the sum, which is undefined behaviour (corpus/httprequest/regress-*).
        const qint64 soFar = m_request.body.size();
        if (size > m_maxBodyBytes - soFar) {
            const qint64 total = size > std::numeric_limits<qint64>::max() - soFar
                                     ? std::numeric_limits<qint64>::max()
                                     : soFar + size;
            return tooLarge(total);
        }
        m_received = soFar;
        m_request.body.resize(m_received + size);
        m_state = State::ChunkData;
        return std::nullopt;
    }
    case State::ChunkEnd: {
        const auto line = readLine(device);
        if (!line)
            return needMore();
        m_state = State::ChunkSize;
        return std::nullopt;
    }
    case State::Trailer: {
        const auto line = readLine(device);
        if (!line)
            return needMore();
        if (line->isEmpty())
            m_state = State::Done;
        return std::nullopt;
    }
    case State::Done:
        return Result::Request;
    case State::Closed:
        return Result::Error;
    }
    return Result::Error;
}

// The request line and headers are in: where does the body come from?
std::optional<HttpRequestParser::Result> HttpRequestParser::startBody()
{
    const QList<QByteArray> parts = m_requestLine.split(' ');
    if (parts.size() != 3 || !parts[2].startsWith("HTTP/1."))
        return fail(400, u"MALFORMED_REQUEST"_s, u"Malformed request line."_s);
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
        if (!ok || length < 0)
            return fail(400, u"MALFORMED_REQUEST"_s, u"Malformed Content-Length."_s);
    }
    if (length > m_maxBodyBytes)
        return tooLarge(length);
    const bool expectContinue =
        (chunked || length > 0) &&
        m_request.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0;
    if (chunked) {
        m_state = State::ChunkSize;
    } else if (length == 0) {
        m_state = State::Done;
    } else {
        // One allocation of the final size (bytes not yet touched cost no
        // memory); the device's data is read straight into it.
        m_request.body.resize(length);
        m_received = 0;
        m_state = State::Body;
    }
    if (expectContinue)
        return Result::ExpectContinue;
    return std::nullopt;
}

} // namespace brickdesk::emulator
