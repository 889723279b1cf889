#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace brickdesk {

// One failed API call, as a value. HTTP errors, network failures, timeouts,
// TLS failures and cancellation all map onto this one type so that callers
// handle one shape. The text never contains a credential: ApiClient redacts
// every error before it leaves the client.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        Http,            // the server answered with a non-2xx status
        Network,         // connection refused/reset, host not found, ...
        Timeout,         // no bytes moved within the transfer timeout
        Tls,             // certificate or handshake failure; never ignored
        Cancelled,       // the caller cancelled the call
        InvalidResponse, // 2xx with a body that is not the JSON we asked for
    };

    Kind kind = Kind::Http;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString errorCode;  // "RESOURCE_DOES_NOT_EXIST"; "403" when the API sent an integer
    QString message;    // the server's human-readable message
    QString details;    // extra text: TLS certificate details, request id, ...
    QString method;     // "GET"
    QString path;       // "/api/2.0/workspace/list"

    // "Path (/x) doesn't exist. [RESOURCE_DOES_NOT_EXIST, HTTP 404]"
    QString toString() const;
    // A short title for dialogs: "Not found", "Permission denied", ...
    QString title() const;

    bool isNotFound() const;
    bool isAlreadyExists() const;

    // Parses any error body the Databricks API sends: canonical
    // {error_code, message, details}, integer error_code, message only,
    // {"error": ...}, SCIM {"detail", "status"}, plain "CODE: message",
    // HTML with <pre>, Jetty HTML, and an empty body (HTTP reason phrase).
    static ApiError fromHttpResponse(int status, const QByteArray &reasonPhrase,
                                     const QByteArray &body);
};

} // namespace brickdesk
