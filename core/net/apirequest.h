#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <functional>

class QHttpMultiPart;
class QIODevice;

namespace brickdesk {

// What to send: method, path, query and body. A value type built with a
// fluent interface: ApiRequest::get(u"/api/2.0/workspace/list"_s).query(u"path"_s, p)
class ApiRequest
{
public:
    enum class Method { Get, Head, Post, Put, Patch, Delete };

    static ApiRequest get(const QString &path);
    static ApiRequest post(const QString &path, const QJsonObject &body = {});
    static ApiRequest put(const QString &path, const QJsonObject &body = {});
    static ApiRequest patch(const QString &path, const QJsonObject &body = {});
    static ApiRequest del(const QString &path);

    ApiRequest &query(const QString &key, const QString &value);
    ApiRequest &query(const QString &key, qint64 value);
    ApiRequest &query(const QString &key, bool value);
    // An extra header (the token endpoint's Basic authentication, ...).
    // Headers are never logged or shown.
    ApiRequest &header(const QByteArray &name, const QByteArray &value);
    // Raw body with its content type (multipart, octet-stream, ...).
    ApiRequest &rawBody(const QByteArray &body, const QByteArray &contentType);
    // A body streamed from a device instead of held in memory (uploads of
    // large files). `open` is called for every attempt, so a retry starts
    // from the first byte again; it returns a new, open device (the call
    // owns it) or nullptr when the source cannot be read.
    using DeviceFactory = std::function<QIODevice *()>;
    ApiRequest &streamBody(DeviceFactory open, const QByteArray &contentType);
    // A multipart/form-data body built anew for every attempt; the call owns
    // the returned object. Its file parts stream from their devices.
    using MultipartFactory = std::function<QHttpMultiPart *()>;
    ApiRequest &multipartBody(MultipartFactory build);

    // Marks a non-GET call as safe to repeat (mkdirs, delete, run-now with an
    // idempotency_token, ...), so the client may retry it after a 5xx or a
    // dropped connection.
    ApiRequest &idempotent(bool on = true);
    // Abort when no byte moves for this long; 0 keeps the client's default.
    ApiRequest &transferTimeout(int milliseconds);
    // A bulk body sent back to back with others (DBFS add-block): written
    // with its headers in one go on a connection with Nagle's algorithm off,
    // instead of Qt's 16 KiB pieces that wait for the server's delayed
    // acknowledgements (see NoDelayHttpReply). Only for bodies in memory.
    ApiRequest &sendWithoutDelay(bool on = true);
    // The answer is not JSON (workspace export with direct_download, ...).
    ApiRequest &expectRawResponse(bool on = true);

    Method method() const { return m_method; }
    QString methodName() const;
    const QString &path() const { return m_path; }
    const QUrlQuery &urlQuery() const { return m_query; }
    const QByteArray &body() const { return m_body; }
    const QByteArray &contentType() const { return m_contentType; }
    const DeviceFactory &bodyDevice() const { return m_openBody; }
    const MultipartFactory &multipart() const { return m_buildMultipart; }
    bool hasBody() const;
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    bool isIdempotent() const { return m_idempotent; }
    int transferTimeoutMs() const { return m_timeoutMs; }
    bool expectsRawResponse() const { return m_rawResponse; }
    bool sendsWithoutDelay() const { return m_withoutDelay; }
    // GET/HEAD always; others only when marked idempotent.
    bool isSafeToRetry() const;
    // Path plus query, for display: "/api/2.0/workspace/list?path=/Users".
    QString displayPath() const;

private:
    ApiRequest(Method method, const QString &path);

    Method m_method;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_body;
    QByteArray m_contentType;
    DeviceFactory m_openBody;
    MultipartFactory m_buildMultipart;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    bool m_idempotent = false;
    bool m_rawResponse = false;
    bool m_withoutDelay = false;
    int m_timeoutMs = 0;
};

} // namespace brickdesk
