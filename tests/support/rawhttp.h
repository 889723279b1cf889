#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

namespace brickdesk::test {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// What the server sent, byte for byte: for emulator tests that must check the
// exact status, headers and body without the client's interpretation.
struct RawResponse
{
    int status = 0;
    QByteArray body;
    QJsonObject json; // body parsed as a JSON object, when it is one
    RawHeaders headers;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QByteArray header(const QByteArray &name) const;
};

// Sends one request with a plain QNetworkAccessManager (no retries, no
// client logic) and waits for the answer by spinning the event loop.
// `followRedirects` false returns a 3xx as it is (e.g. to read Location).
RawResponse rawRequest(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                       const RawHeaders &headers = {}, int timeoutMs = 15000,
                       bool followRedirects = true);

} // namespace brickdesk::test
