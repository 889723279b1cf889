#include "core/net/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// "RESOURCE_ALREADY_EXISTS: /x already exists." -> code and message. Used for
// JSON messages without an error_code and for plain-text bodies alike.
bool splitCodePrefix(const QString &text, ApiError &error)
{
    static const QRegularExpression codePrefixed(u"^([A-Z][A-Z_]+): (.+)$"_s,
                                                 QRegularExpression::DotMatchesEverythingOption);
    const auto match = codePrefixed.match(text);
    if (!match.hasMatch())
        return false;
    error.errorCode = match.captured(1);
    error.message = match.captured(2);
    return true;
}

QString requestIdFrom(const QJsonArray &details)
{
    for (const QJsonValue &detail : details) {
        const QJsonObject object = detail.toObject();
        if (object.value("@type"_L1).toString().endsWith("RequestInfo"_L1))
            return object.value("request_id"_L1).toString();
    }
    return {};
}

// error_code arrives as a string ("RESOURCE_DOES_NOT_EXIST") or, for auth
// failures, as an integer equal to the HTTP status (403).
QString errorCodeFrom(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

bool parseJsonBody(const QJsonObject &object, ApiError &error)
{
    if (object.contains("error_code"_L1) || object.contains("message"_L1)) {
        error.errorCode = errorCodeFrom(object.value("error_code"_L1));
        error.message = object.value("message"_L1).toString();
        const QString requestId = requestIdFrom(object.value("details"_L1).toArray());
        if (!requestId.isEmpty())
            error.details = ApiError::tr("Request id: %1").arg(requestId);
        // Newer workspace errors carry no error_code but prefix the message
        // with it.
        if (error.errorCode.isEmpty())
            splitCodePrefix(error.message, error);
        return true;
    }
    if (object.contains("error"_L1)) { // API 1.2 style, and OAuth (RFC 6749)
        const QJsonValue value = object.value("error"_L1);
        const QString description = object.value("error_description"_L1).toString();
        if (!description.isEmpty()) {
            error.errorCode = value.toString();
            error.message = description;
        } else {
            error.message = value.toString();
        }
        return true;
    }
    if (object.contains("detail"_L1)) { // SCIM
        error.message = object.value("detail"_L1).toString();
        error.errorCode = object.value("scimType"_L1).toString();
        return true;
    }
    return false;
}

QString htmlToText(QString html)
{
    static const QRegularExpression tags(u"<[^>]*>"_s);
    static const QRegularExpression spaces(u"\\s+"_s);
    html.replace(tags, u" "_s);
    html.replace("&lt;"_L1, "<"_L1).replace("&gt;"_L1, ">"_L1).replace("&quot;"_L1, "\""_L1);
    html.replace("&#39;"_L1, "'"_L1).replace("&amp;"_L1, "&"_L1);
    return html.replace(spaces, u" "_s).trimmed();
}

bool parseTextBody(const QString &text, ApiError &error)
{
    // HTML with the message in <pre> ("Worker environment not ready").
    static const QRegularExpression pre(u"<pre>(.*?)</pre>"_s,
                                        QRegularExpression::DotMatchesEverythingOption |
                                            QRegularExpression::CaseInsensitiveOption);
    // Jetty: "... Problem accessing /api/2.0/dbfs/put. Reason: Invalid access token."
    static const QRegularExpression jetty(u"Reason:\\s*(.+?)\\s*$"_s);

    if (const auto match = pre.match(text); match.hasMatch()) {
        error.message = htmlToText(match.captured(1));
        return !error.message.isEmpty();
    }
    if (text.contains("<html"_L1, Qt::CaseInsensitive) ||
        text.contains("<body"_L1, Qt::CaseInsensitive)) {
        const QString plain = htmlToText(text);
        if (const auto match = jetty.match(plain); match.hasMatch())
            error.message = match.captured(1);
        else
            error.message = plain.left(300);
        return !error.message.isEmpty();
    }
    const QString trimmed = text.trimmed();
    if (splitCodePrefix(trimmed, error))
        return true;
    error.message = trimmed.left(300);
    return !error.message.isEmpty();
}

} // namespace

ApiError ApiError::fromHttpResponse(int status, const QByteArray &reasonPhrase,
                                    const QByteArray &body)
{
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = status;

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const bool parsed = parseError.error == QJsonParseError::NoError && document.isObject() &&
                        parseJsonBody(document.object(), error);
    if (!parsed && !body.trimmed().isEmpty())
        parseTextBody(QString::fromUtf8(body), error);
    if (error.message.isEmpty())
        error.message = reasonPhrase.isEmpty() ? tr("HTTP error %1").arg(status)
                                               : QString::fromUtf8(reasonPhrase);
    return error;
}

QString ApiError::toString() const
{
    QString text = message;
    switch (kind) {
    case Kind::Http:
        if (!errorCode.isEmpty() && errorCode != QString::number(httpStatus))
            text += u" [%1, HTTP %2]"_s.arg(errorCode).arg(httpStatus);
        else
            text += u" [HTTP %1]"_s.arg(httpStatus);
        break;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::Cancelled:
    case Kind::InvalidResponse:
        break;
    }
    if (!method.isEmpty())
        text += u" (%1 %2)"_s.arg(method, path);
    return text;
}

QString ApiError::title() const
{
    switch (kind) {
    case Kind::Network:
        return tr("Network error");
    case Kind::Timeout:
        return tr("Timed out");
    case Kind::Tls:
        return tr("Secure connection failed");
    case Kind::Cancelled:
        return tr("Cancelled");
    case Kind::InvalidResponse:
        return tr("Unexpected response");
    case Kind::Http:
        break;
    }
    switch (httpStatus) {
    case 400:
        return tr("Request refused");
    case 401:
        return tr("Not signed in");
    case 403:
        return tr("Permission denied");
    case 404:
        return tr("Not found");
    case 409:
        return tr("Conflict");
    case 429:
        return tr("Too many requests");
    default:
        return httpStatus >= 500 ? tr("Server error") : tr("Request failed");
    }
}

bool ApiError::isNotFound() const
{
    return httpStatus == 404 || errorCode == "RESOURCE_DOES_NOT_EXIST"_L1 ||
           errorCode == "NOT_FOUND"_L1 ||
           // jobs/clusters/runs historically answer 400 INVALID_PARAMETER_VALUE
           (errorCode == "INVALID_PARAMETER_VALUE"_L1 &&
            message.contains("does not exist"_L1, Qt::CaseInsensitive));
}

bool ApiError::isAlreadyExists() const
{
    return errorCode == "RESOURCE_ALREADY_EXISTS"_L1 || errorCode == "ALREADY_EXISTS"_L1 ||
           httpStatus == 409 || message.contains("already exists"_L1, Qt::CaseInsensitive);
}

} // namespace brickdesk
