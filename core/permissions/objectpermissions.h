#pragma once

#include "core/auth/scimservice.h"

#include <QList>
#include <QString>
#include <QStringList>

class QJsonObject;

namespace brickdesk {

// A level a principal has from somewhere else: the object type's admins
// ("/jobs/"), the workspace root ("/directories/") or a folder above the
// object ("/directories/1234").
struct InheritedPermission
{
    QString level;
    QStringList fromObjects; // object keys, as the API names them

    bool operator==(const InheritedPermission &) const = default;
};

// One principal's entry of an access control list: the level set on the
// object itself (empty when none) and the ones it inherits.
struct PrincipalPermissions
{
    Principal principal;
    QString directLevel;
    QList<InheritedPermission> inherited;

    bool operator==(const PrincipalPermissions &) const = default;
};

// A direct entry as it is sent: who gets which level.
struct PermissionGrant
{
    Principal principal;
    QString level;

    bool operator==(const PermissionGrant &) const = default;
};

// What GET /api/2.0/permissions/<type>/<id> answers (and PUT and PATCH too).
struct ObjectPermissions
{
    QString objectKey;  // "/jobs/14"
    QString objectType; // "job", "cluster", "pipelines": not the path segment
    QList<PrincipalPermissions> entries;

    // The direct entries alone, in the order the API listed them.
    QList<PermissionGrant> directGrants() const;
    const PrincipalPermissions *find(const Principal &principal) const;

    // Reads an ObjectPermissions answer. Each access control entry names its
    // principal by user_name, group_name or service_principal_name (a service
    // principal's application id); all_permissions holds its levels, each
    // with `inherited` and the objects it is inherited from.
    static ObjectPermissions fromJson(const QJsonObject &json);
};

// A principal as an access control entry names it:
// {"user_name": …} / {"group_name": …} / {"service_principal_name": …}.
QJsonObject principalJson(const Principal &principal);
// What to call a principal: its display name, or what the entry names.
QString principalName(const Principal &principal);
// `principal` with the same kind and acl name: display names differ between
// a search result and a listing.
bool samePrincipal(const Principal &a, const Principal &b);

} // namespace brickdesk
