#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPointer>
#include <QSslError>

#include <optional>

class QAbstractSocket;

namespace brickdesk {

class NoDelayConnectionPool;

// One HTTP/1.1 request whose in-memory body is written with its headers in
// a single write on a socket with Nagle's algorithm off, answered as a
// QNetworkReply like any other.
//
// Why not QNetworkAccessManager's own path: Qt 6 writes a request body in
// 16 KiB pieces on a socket that keeps Nagle's algorithm on (the
// LowDelayOption line in its HTTP channel is commented out). The kernel then
// holds each small piece until the previous one is acknowledged, and the
// server delays that acknowledgement (Linux: up to 40 ms) because it has
// nothing to answer yet. A 1 MB DBFS add-block (1.4 MB of base64 JSON)
// therefore waits tens of milliseconds per call on a fast link: measured
// against the emulator, 18 MB/s instead of the 50+ MB/s that curl or
// Python's requests (which set TCP_NODELAY and send header and body
// together) reach. Only bulk calls sent back to back use this path
// (ApiRequest::sendWithoutDelay); everything else stays on QNAM.
//
// Covers what those calls need: http and https (TLS errors reported through
// sslErrors() and never ignored), keep-alive connections reused from the
// pool, Content-Length, chunked and close-delimited answers, abort().
// Proxies, redirects and compression are not handled here: the manager keeps
// such requests on Qt's path.
class NoDelayHttpReply : public QNetworkReply
{
    Q_OBJECT
public:
    NoDelayHttpReply(NoDelayConnectionPool *pool, const QNetworkRequest &request,
                     const QByteArray &verb, QByteArray body, QObject *parent = nullptr);
    ~NoDelayHttpReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

    // The request as it goes on the wire, headers and body (for tests).
    static QByteArray serializeRequest(const QNetworkRequest &request, const QByteArray &verb,
                                       const QByteArray &body);
    static QByteArray serializeHead(const QNetworkRequest &request, const QByteArray &verb,
                                    qint64 bodyBytes);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    enum class Stage {
        Connecting,
        StatusLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailer,
        Done
    };

    void send();
    void writeRequest();
    void attach(QAbstractSocket *socket);
    void detach();
    void onReadyRead();
    bool step(); // parses what is buffered; false when it needs more
    std::optional<QByteArray> takeLine();
    qint64 takeBody(qint64 wanted);
    bool startBody();
    void onDisconnected();
    void onSocketError();
    void succeed();
    void failWith(NetworkError code, const QString &message);
    void finishNow();

    NoDelayConnectionPool *m_pool;
    QByteArray m_verb;
    QByteArray m_head; // request line and headers
    QByteArray m_requestBody;
    QPointer<QAbstractSocket> m_socket;
    bool m_reusedConnection = false;
    bool m_resentOnce = false;
    bool m_keepAlive = true;
    bool m_receivedAny = false;
    bool m_informational = false;
    bool m_http10 = false;
    qint64 m_bodyTotal = -1;
    QByteArray m_in; // received, not yet parsed from m_inPos on
    qsizetype m_inPos = 0;
    Stage m_stage = Stage::Connecting;
    qint64 m_bodyLeft = -1; // -1: until the connection closes
    qint64 m_written = 0;
    QByteArray m_line;
    QByteArray m_body;
    qint64 m_readPos = 0;
    QList<QSslError> m_sslErrors;
};

} // namespace brickdesk
