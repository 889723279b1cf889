#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace brickdesk::emulator {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// A request copied out of the transport, so area handlers are plain functions
// of a value and can be called without a socket.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded, without the query
    QUrlQuery query;
    HttpHeaders headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
    QString queryValue(const QString &key) const;
    // The body as a JSON object; an empty body is an empty object. nullopt
    // when the body is not a JSON object.
    std::optional<QJsonObject> jsonBody() const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    HttpHeaders headers; // extra headers beyond the standard set
    QByteArray body;

    static HttpResponse json(const QJsonObject &object, int status = 200);
    // {"error_code": "<code>", "message": "<message>"}
    static HttpResponse error(int status, const QString &errorCode, const QString &message);
    static HttpResponse raw(const QByteArray &body, const QByteArray &contentType,
                            int status = 200);

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;
    QJsonObject jsonObject() const;
};

// A request as the emulator saw it, for tests: counts retries, reads headers.
// Header names are lower-case; the Authorization header is kept only as
// "<scheme> <redacted>".
struct RecordedRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers; // lower-case name -> value
    QByteArray body;                      // first 64 KiB
    qint64 bodySize = 0;
    QDateTime received; // real wall-clock time, for measuring client back-off
    qint64 clockMs = 0; // emulator clock time

    QByteArray header(QByteArrayView name) const;
};

} // namespace brickdesk::emulator
