#include "core/permissions/permissionchange.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("brickdesk::PermissionRules", text);
}

const PermissionGrant *findGrant(const QList<PermissionGrant> &grants, const Principal &principal)
{
    for (const PermissionGrant &grant : grants) {
        if (samePrincipal(grant.principal, principal))
            return &grant;
    }
    return nullptr;
}

// Whether an entry naming `principal` counts for `me`: their own user (or
// service principal) entry, a group they are in, or "users", which holds
// every user of the workspace.
bool appliesTo(const Principal &principal, const CurrentUser &me)
{
    if (principal.kind == Principal::Kind::Group)
        return principal.aclName == "users"_L1 || me.groups.contains(principal.aclName);
    return principal.aclName == me.userName;
}

} // namespace

PermissionChange PermissionChange::between(const QList<PermissionGrant> &before,
                                           const QList<PermissionGrant> &after)
{
    PermissionChange change;
    change.m_after = after;
    for (const PermissionGrant &grant : after) {
        const PermissionGrant *old = findGrant(before, grant.principal);
        if (!old)
            change.m_added.append({grant.principal, {}, grant.level});
        else if (old->level != grant.level)
            change.m_changed.append({grant.principal, old->level, grant.level});
    }
    for (const PermissionGrant &grant : before) {
        if (!findGrant(after, grant.principal))
            change.m_removed.append({grant.principal, grant.level, {}});
    }
    return change;
}

QList<PermissionGrant> PermissionChange::patchGrants() const
{
    QList<PermissionGrant> grants;
    for (const QList<PermissionDelta> *deltas : {&m_added, &m_changed}) {
        for (const PermissionDelta &delta : *deltas)
            grants.append({delta.principal, delta.after});
    }
    return grants;
}

bool PermissionRules::isManageLevel(const QString &level)
{
    return level == PermissionLevel::Manage || level == PermissionLevel::Owner;
}

bool PermissionRules::canManage(const ObjectPermissions &server,
                                const QList<PermissionGrant> &direct, const CurrentUser &me)
{
    for (const PermissionGrant &grant : direct) {
        if (isManageLevel(grant.level) && appliesTo(grant.principal, me))
            return true;
    }
    for (const PrincipalPermissions &entry : server.entries) {
        if (!appliesTo(entry.principal, me))
            continue;
        for (const InheritedPermission &inherited : entry.inherited) {
            if (isManageLevel(inherited.level))
                return true;
        }
    }
    return false;
}

QString PermissionRules::homeFolderOwner(const PermissionObject &object)
{
    if (object.type != PermissionObject::Type::Directory)
        return {};
    static const auto prefix = "/Users/"_L1;
    const QString path = withoutWorkspacePrefix(object.path);
    if (!path.startsWith(prefix))
        return {};
    const QString user = path.mid(prefix.size());
    return user.isEmpty() || user.contains(u'/') ? QString() : user;
}

QStringList PermissionRules::problems(const PermissionObject &object,
                                      const ObjectPermissions &server,
                                      const QList<PermissionGrant> &after, const CurrentUser &me)
{
    QStringList problems;
    const QString type = PermissionObject::typeText(object.type);
    if (object.hasOwner()) {
        QStringList owners;
        for (const PermissionGrant &grant : after) {
            if (grant.level != PermissionLevel::Owner)
                continue;
            owners.append(grant.principal.displayName);
            if (grant.principal.kind == Principal::Kind::Group)
                problems.append(tr("A group cannot own a %1: “%2” needs another level. Choose a "
                                   "user or a service principal with Transfer Ownership.")
                                    .arg(type, grant.principal.aclName));
        }
        if (owners.isEmpty())
            problems.append(tr("The %1 would have no owner. A %1 has exactly one: choose the new "
                               "one with Transfer Ownership.")
                                .arg(type));
        else if (owners.size() > 1)
            problems.append(tr("The %1 would have %2 owners (%3). A %1 has exactly one: keep one "
                               "of them as owner.")
                                .arg(type)
                                .arg(owners.size())
                                .arg(owners.join(", "_L1)));
    }
    const QString homeUser = homeFolderOwner(object);
    if (!homeUser.isEmpty()) {
        // A service principal's home folder is named by its application id.
        const bool keepsManage =
            std::any_of(after.cbegin(), after.cend(), [&homeUser](const PermissionGrant &grant) {
                return grant.principal.kind != Principal::Kind::Group &&
                       grant.principal.aclName.compare(homeUser, Qt::CaseInsensitive) == 0 &&
                       grant.level == PermissionLevel::Manage;
            });
        if (!keepsManage)
            problems.append(tr("%1 keeps Can manage on their own home folder: the workspace does "
                               "not allow taking it away.")
                                .arg(homeUser));
    }
    if (!me.userName.isEmpty() && canManage(server, server.directGrants(), me) &&
        !canManage(server, after, me))
        problems.append(tr("You would lose your own right to manage this %1 and could not change "
                           "its permissions again. Keep Can manage for %2 or for a group you "
                           "are in.")
                            .arg(type, me.userName));
    return problems;
}

} // namespace brickdesk
