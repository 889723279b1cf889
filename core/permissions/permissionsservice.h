#pragma once

#include "core/net/apierror.h"
#include "core/permissions/objectpermissions.h"
#include "core/permissions/permissionobject.h"

#include <QList>
#include <QPointer>

#include <functional>
#include <optional>

class QObject;

namespace brickdesk {

class ApiCall;
class ApiClient;

struct PermissionLevelInfo
{
    QString level;
    QString description;

    bool operator==(const PermissionLevelInfo &) const = default;
};

// Typed calls of the Permissions API; the only place that knows its paths.
// Every object type shares them: /api/2.0/permissions/<segment>/<id>.
class PermissionsService
{
public:
    using PermissionsDone =
        std::function<void(const std::optional<ApiError> &error, const ObjectPermissions &)>;
    using LevelsDone = std::function<void(const std::optional<ApiError> &error,
                                          const QList<PermissionLevelInfo> &levels)>;

    explicit PermissionsService(ApiClient *client);

    ApiCall *get(const PermissionObject &object, QObject *context, PermissionsDone done) const;
    // The levels the object's type allows, with the workspace's descriptions.
    ApiCall *levels(const PermissionObject &object, QObject *context, LevelsDone done) const;
    // PATCH: sets the given principals' direct levels and keeps every other
    // entry. Answers the whole new list.
    ApiCall *update(const PermissionObject &object, const QList<PermissionGrant> &grants,
                    QObject *context, PermissionsDone done) const;
    // PUT: the given entries become the only direct ones; whoever is left
    // out loses their direct level. Answers the whole new list.
    ApiCall *replace(const PermissionObject &object, const QList<PermissionGrant> &grants,
                     QObject *context, PermissionsDone done) const;

    // {"access_control_list": [{"group_name": "analysts", "permission_level": "CAN_VIEW"}]}
    static QJsonObject body(const QList<PermissionGrant> &grants);

private:
    QPointer<ApiClient> m_client;
};

} // namespace brickdesk
