#pragma once

#include "core/net/apierror.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace brickdesk {

// The one outcome of a call: either a result (status, JSON or raw body) or an
// ApiError. Delivered exactly once per call.
class ApiReply
{
public:
    static ApiReply success(int status, QByteArray body, QJsonObject json);
    static ApiReply failure(ApiError error);

    bool ok() const { return !m_error.has_value(); }
    int httpStatus() const { return m_status; }
    // The parsed JSON object; empty for raw responses and for failures.
    const QJsonObject &json() const { return m_json; }
    const QByteArray &body() const { return m_body; }
    // Only valid when !ok().
    const ApiError &error() const { return *m_error; }
    // The error, or nothing on success: the shape typed service callbacks take.
    const std::optional<ApiError> &optionalError() const { return m_error; }
    // How many times the request was sent (1 = no retry).
    int attempts() const { return m_attempts; }
    void setAttempts(int attempts) { m_attempts = attempts; }
    // The Content-Type of a raw response ("application/octet-stream"), so a
    // caller can tell file bytes from a JSON answer that is not what it asked for.
    const QByteArray &contentType() const { return m_contentType; }
    void setContentType(QByteArray contentType) { m_contentType = std::move(contentType); }

private:
    int m_status = 0;
    QByteArray m_body;
    QJsonObject m_json;
    std::optional<ApiError> m_error;
    int m_attempts = 1;
    QByteArray m_contentType;
};

} // namespace brickdesk
