#include "core/emulator/httpmessage.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

QByteArray findHeader(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers)
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

QString HttpRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

std::optional<QJsonObject> HttpRequest::jsonBody() const
{
    if (body.trimmed().isEmpty())
        return QJsonObject();
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::error(int status, const QString &errorCode, const QString &message)
{
    return json(QJsonObject{{"error_code"_L1, errorCode}, {"message"_L1, message}}, status);
}

HttpResponse HttpResponse::raw(const QByteArray &body, const QByteArray &contentType, int status)
{
    HttpResponse response;
    response.status = status;
    response.contentType = contentType;
    response.body = body;
    return response;
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &[key, existing] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            existing = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

QJsonObject HttpResponse::jsonObject() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    return headers.value(name.toByteArray().toLower());
}

} // namespace brickdesk::emulator
