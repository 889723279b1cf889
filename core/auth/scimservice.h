#pragma once

#include "core/net/apierror.h"

#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class QJsonObject;

namespace brickdesk {

class ApiCall;
class ApiClient;

// The signed-in identity as SCIM reports it.
struct CurrentUser
{
    QString userName;    // "ana@example.com", or a service principal's application id
    QString displayName; // may be empty or equal to userName

    static CurrentUser fromJson(const QJsonObject &json);
};

// Typed SCIM calls; the only place that knows their REST paths.
class ScimService
{
public:
    using MeDone = std::function<void(const std::optional<ApiError> &, const CurrentUser &)>;

    explicit ScimService(ApiClient *client);

    // Who the client's credentials belong to: the cheapest call every
    // workspace answers, so it also proves that a connection works.
    ApiCall *me(QObject *context, MeDone done) const;

private:
    QPointer<ApiClient> m_client;
};

} // namespace brickdesk
