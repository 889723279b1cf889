#include "core/net/apirequest.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

ApiRequest &withJson(ApiRequest &request, const QJsonObject &body)
{
    return request.rawBody(QJsonDocument(body).toJson(QJsonDocument::Compact),
                           QByteArrayLiteral("application/json"));
}

} // namespace

ApiRequest::ApiRequest(Method method, const QString &path)
    : m_method(method)
    , m_path(path)
{}

ApiRequest ApiRequest::get(const QString &path)
{
    return ApiRequest(Method::Get, path);
}

ApiRequest ApiRequest::post(const QString &path, const QJsonObject &body)
{
    ApiRequest request(Method::Post, path);
    return withJson(request, body);
}

ApiRequest ApiRequest::put(const QString &path, const QJsonObject &body)
{
    ApiRequest request(Method::Put, path);
    return withJson(request, body);
}

ApiRequest ApiRequest::patch(const QString &path, const QJsonObject &body)
{
    ApiRequest request(Method::Patch, path);
    return withJson(request, body);
}

ApiRequest ApiRequest::del(const QString &path)
{
    return ApiRequest(Method::Delete, path);
}

ApiRequest &ApiRequest::streamBody(DeviceFactory open, const QByteArray &contentType)
{
    m_body.clear();
    m_openBody = std::move(open);
    m_contentType = contentType;
    return *this;
}

ApiRequest &ApiRequest::multipartBody(MultipartFactory build)
{
    m_body.clear();
    m_contentType.clear(); // the multipart object names its boundary
    m_buildMultipart = std::move(build);
    return *this;
}

bool ApiRequest::hasBody() const
{
    return !m_body.isEmpty() || m_openBody || m_buildMultipart;
}

ApiRequest &ApiRequest::query(const QString &key, const QString &value)
{
    m_query.addQueryItem(key, value);
    return *this;
}

ApiRequest &ApiRequest::query(const QString &key, qint64 value)
{
    return query(key, QString::number(value));
}

ApiRequest &ApiRequest::query(const QString &key, bool value)
{
    // The API expects lower-case booleans.
    return query(key, value ? u"true"_s : u"false"_s);
}

ApiRequest &ApiRequest::header(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({name, value});
    return *this;
}

ApiRequest &ApiRequest::rawBody(const QByteArray &body, const QByteArray &contentType)
{
    m_body = body;
    m_contentType = contentType;
    m_openBody = nullptr;
    m_buildMultipart = nullptr;
    return *this;
}

ApiRequest &ApiRequest::sendWithoutDelay(bool on)
{
    m_withoutDelay = on;
    return *this;
}

ApiRequest &ApiRequest::idempotent(bool on)
{
    m_idempotent = on;
    return *this;
}

ApiRequest &ApiRequest::transferTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
    return *this;
}

ApiRequest &ApiRequest::expectRawResponse(bool on)
{
    m_rawResponse = on;
    return *this;
}

QString ApiRequest::methodName() const
{
    switch (m_method) {
    case Method::Get:
        return u"GET"_s;
    case Method::Head:
        return u"HEAD"_s;
    case Method::Post:
        return u"POST"_s;
    case Method::Put:
        return u"PUT"_s;
    case Method::Patch:
        return u"PATCH"_s;
    case Method::Delete:
        return u"DELETE"_s;
    }
    return {};
}

bool ApiRequest::isSafeToRetry() const
{
    return m_method == Method::Get || m_method == Method::Head || m_idempotent;
}

QString ApiRequest::displayPath() const
{
    if (m_query.isEmpty())
        return m_path;
    return m_path + u'?' + m_query.toString(QUrl::PrettyDecoded);
}

} // namespace brickdesk
