#include "tests/support/rawhttp.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>

namespace brickdesk::test {

QByteArray RawResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

RawResponse rawRequest(const QByteArray &method, const QUrl &url, const QByteArray &body,
                       const RawHeaders &headers, int timeoutMs, bool followRedirects)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    if (!followRedirects)
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[key, value] : headers)
        request.setRawHeader(key, value);
    QBuffer buffer;
    buffer.setData(body);
    buffer.open(QIODevice::ReadOnly);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, &buffer);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(timeoutMs)) {
        reply->abort();
        reply->deleteLater();
        RawResponse timedOut;
        timedOut.networkError = QNetworkReply::TimeoutError;
        return timedOut;
    }
    RawResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    response.networkError = reply->error();
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    if (document.isObject())
        response.json = document.object();
    reply->deleteLater();
    return response;
}

} // namespace brickdesk::test
