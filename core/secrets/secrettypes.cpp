#include "core/secrets/secrettypes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace brickdesk {

QString secretPermissionName(SecretPermission permission)
{
    switch (permission) {
    case SecretPermission::Read:
        return u"READ"_s;
    case SecretPermission::Write:
        return u"WRITE"_s;
    case SecretPermission::Manage:
        return u"MANAGE"_s;
    }
    return {};
}

QString secretPermissionText(SecretPermission permission)
{
    // One set of words for the scope pane, the matrix and the picker.
    switch (permission) {
    case SecretPermission::Read:
        return QCoreApplication::translate("brickdesk::ScopeAclModel", "Read");
    case SecretPermission::Write:
        return QCoreApplication::translate("brickdesk::ScopeAclModel", "Write");
    case SecretPermission::Manage:
        return QCoreApplication::translate("brickdesk::ScopeAclModel", "Manage");
    }
    return {};
}

std::optional<SecretPermission> secretPermissionFromName(const QString &name)
{
    for (auto permission :
         {SecretPermission::Read, SecretPermission::Write, SecretPermission::Manage})
        if (name.compare(secretPermissionName(permission), Qt::CaseInsensitive) == 0)
            return permission;
    return std::nullopt;
}

SecretScope SecretScope::fromJson(const QJsonObject &json)
{
    SecretScope scope;
    scope.name = json.value("name"_L1).toString();
    scope.backendType = json.value("backend_type"_L1).toString(u"DATABRICKS"_s);
    const QJsonObject vault = json.value("keyvault_metadata"_L1).toObject();
    scope.keyVaultResourceId = vault.value("resource_id"_L1).toString();
    scope.keyVaultDnsName = vault.value("dns_name"_L1).toString();
    return scope;
}

SecretKeyInfo SecretKeyInfo::fromJson(const QJsonObject &json)
{
    return {json.value("key"_L1).toString(), json.value("last_updated_timestamp"_L1).toInteger(0)};
}

SecretAcl SecretAcl::fromJson(const QJsonObject &json)
{
    SecretAcl acl;
    acl.principal = json.value("principal"_L1).toString();
    acl.permission = secretPermissionFromName(json.value("permission"_L1).toString())
                         .value_or(SecretPermission::Read);
    return acl;
}

} // namespace brickdesk
