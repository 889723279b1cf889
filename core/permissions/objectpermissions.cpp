#include "core/permissions/objectpermissions.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

constexpr auto kUser = "user_name"_L1;
constexpr auto kGroup = "group_name"_L1;
constexpr auto kServicePrincipal = "service_principal_name"_L1;

Principal principalFromJson(const QJsonObject &json)
{
    Principal principal;
    if (json.contains(kUser)) {
        principal.kind = Principal::Kind::User;
        principal.aclName = json.value(kUser).toString();
    } else if (json.contains(kServicePrincipal)) {
        principal.kind = Principal::Kind::ServicePrincipal;
        principal.aclName = json.value(kServicePrincipal).toString();
    } else {
        principal.kind = Principal::Kind::Group;
        principal.aclName = json.value(kGroup).toString();
    }
    principal.displayName = json.value("display_name"_L1).toString();
    if (principal.displayName.isEmpty())
        principal.displayName = principal.aclName;
    return principal;
}

PrincipalPermissions entryFromJson(const QJsonObject &json)
{
    PrincipalPermissions entry;
    entry.principal = principalFromJson(json);
    for (const QJsonValue &value : json.value("all_permissions"_L1).toArray()) {
        const QJsonObject permission = value.toObject();
        const QString level = permission.value("permission_level"_L1).toString();
        if (level.isEmpty())
            continue;
        if (!permission.value("inherited"_L1).toBool()) {
            entry.directLevel = level;
            continue;
        }
        InheritedPermission inherited{level, {}};
        for (const QJsonValue &from : permission.value("inherited_from_object"_L1).toArray())
            inherited.fromObjects.append(from.toString());
        entry.inherited.append(inherited);
    }
    return entry;
}

} // namespace

QList<PermissionGrant> ObjectPermissions::directGrants() const
{
    QList<PermissionGrant> grants;
    for (const PrincipalPermissions &entry : entries) {
        if (!entry.directLevel.isEmpty())
            grants.append({entry.principal, entry.directLevel});
    }
    return grants;
}

const PrincipalPermissions *ObjectPermissions::find(const Principal &principal) const
{
    for (const PrincipalPermissions &entry : entries) {
        if (samePrincipal(entry.principal, principal))
            return &entry;
    }
    return nullptr;
}

ObjectPermissions ObjectPermissions::fromJson(const QJsonObject &json)
{
    ObjectPermissions permissions;
    permissions.objectKey = json.value("object_id"_L1).toString();
    permissions.objectType = json.value("object_type"_L1).toString();
    for (const QJsonValue &value : json.value("access_control_list"_L1).toArray()) {
        PrincipalPermissions entry = entryFromJson(value.toObject());
        if (entry.principal.aclName.isEmpty())
            continue;
        // A principal listed twice (seen when a level is both set and
        // inherited on some backends) is one row.
        auto existing = std::find_if(permissions.entries.begin(), permissions.entries.end(),
                                     [&entry](const PrincipalPermissions &other) {
                                         return samePrincipal(other.principal, entry.principal);
                                     });
        if (existing == permissions.entries.end()) {
            permissions.entries.append(entry);
            continue;
        }
        if (!entry.directLevel.isEmpty())
            existing->directLevel = entry.directLevel;
        existing->inherited.append(entry.inherited);
    }
    return permissions;
}

QJsonObject principalJson(const Principal &principal)
{
    switch (principal.kind) {
    case Principal::Kind::User:
        return {{kUser, principal.aclName}};
    case Principal::Kind::Group:
        return {{kGroup, principal.aclName}};
    case Principal::Kind::ServicePrincipal:
        return {{kServicePrincipal, principal.aclName}};
    }
    return {};
}

QString principalName(const Principal &principal)
{
    return principal.displayName.isEmpty() ? principal.aclName : principal.displayName;
}

bool samePrincipal(const Principal &a, const Principal &b)
{
    return a.kind == b.kind && a.aclName == b.aclName;
}

} // namespace brickdesk
