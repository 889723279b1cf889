#pragma once

#include "core/emulator/httpmessage.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QIODevice;

namespace brickdesk::emulator {

// The HTTP/1.1 request parser behind HttpTransport, on its own so it can be
// fuzzed without a socket. It reads from a QIODevice (the connection's
// socket) only what it needs: header and chunk-size lines one at a time, and
// the body straight into a buffer of its final size (see httptransport.h for
// why), so no byte of a body is copied on the way.
class HttpRequestParser
{
public:
    enum class Result {
        NeedMore,       // nothing more to do until the device has more bytes
        ExpectContinue, // the client waits for "100 Continue" before its body
        Request,        // a whole request is in: takeRequest()
        Error,          // malformed or too large: error(); the parser stops
    };

    struct Error
    {
        int status = 0;
        QString code;
        QString message;
    };

    explicit HttpRequestParser(qint64 maxBodyBytes)
        : m_maxBodyBytes(maxBodyBytes)
    {}

    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

    // Advances over what `device` has buffered until one of the results.
    // Call again after ExpectContinue and Request; after Error it returns
    // Error without reading.
    Result advance(QIODevice &device);

    // The request completed by the last Request result; the parser is ready
    // for the next one on the same connection.
    HttpRequest takeRequest();
    const Error &error() const { return m_error; }

    static constexpr qint64 kMaxHeaderBytes = 64 * 1024;

private:
    enum class State { Headers, Body, ChunkSize, ChunkData, ChunkEnd, Trailer, Done, Closed };

    std::optional<Result> step(QIODevice &device);
    std::optional<Result> startBody();
    std::optional<QByteArray> readLine(QIODevice &device);
    Result fail(int status, const QString &code, const QString &message);
    Result tooLarge(qint64 size);

    qint64 m_maxBodyBytes;
    State m_state = State::Headers;
    QByteArray m_requestLine;
    HttpRequest m_request;
    qint64 m_headerBytes = 0;
    qint64 m_received = 0;
    Error m_error;
};

} // namespace brickdesk::emulator
