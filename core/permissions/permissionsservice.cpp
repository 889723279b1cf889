#include "core/permissions/permissionsservice.h"

#include "core/net/apiclient.h"
#include "core/net/replyhandlers.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

PermissionLevelInfo levelFromJson(const QJsonObject &json)
{
    return {json.value("permission_level"_L1).toString(), json.value("description"_L1).toString()};
}

} // namespace

PermissionsService::PermissionsService(ApiClient *client)
    : m_client(client)
{}

ApiCall *PermissionsService::get(const PermissionObject &object, QObject *context,
                                 PermissionsDone done) const
{
    if (!m_client)
        return nullptr;
    return m_client->send(ApiRequest::get(object.requestPath()), context,
                          oneObject(&ObjectPermissions::fromJson, std::move(done)));
}

ApiCall *PermissionsService::levels(const PermissionObject &object, QObject *context,
                                    LevelsDone done) const
{
    if (!m_client)
        return nullptr;
    return m_client->send(ApiRequest::get(object.requestPath() + "/permissionLevels"_L1), context,
                          listOf("permission_levels"_L1, &levelFromJson, std::move(done)));
}

ApiCall *PermissionsService::update(const PermissionObject &object,
                                    const QList<PermissionGrant> &grants, QObject *context,
                                    PermissionsDone done) const
{
    if (!m_client)
        return nullptr;
    // Setting the same levels twice ends in the same list: safe to repeat.
    return m_client->send(ApiRequest::patch(object.requestPath(), body(grants)).idempotent(),
                          context, oneObject(&ObjectPermissions::fromJson, std::move(done)));
}

ApiCall *PermissionsService::replace(const PermissionObject &object,
                                     const QList<PermissionGrant> &grants, QObject *context,
                                     PermissionsDone done) const
{
    if (!m_client)
        return nullptr;
    return m_client->send(ApiRequest::put(object.requestPath(), body(grants)).idempotent(), context,
                          oneObject(&ObjectPermissions::fromJson, std::move(done)));
}

QJsonObject PermissionsService::body(const QList<PermissionGrant> &grants)
{
    QJsonArray list;
    for (const PermissionGrant &grant : grants) {
        QJsonObject entry = principalJson(grant.principal);
        entry.insert("permission_level"_L1, grant.level);
        list.append(entry);
    }
    return {{"access_control_list"_L1, list}};
}

} // namespace brickdesk
