#include "core/emulator/secretsstore.h"

#include "core/emulator/emulatorclock.h"

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

const SecretAcl *SecretScope::acl(const QString &principal) const
{
    for (const SecretAcl &entry : acls)
        if (entry.principal == principal)
            return &entry;
    return nullptr;
}

SecretsStore::SecretsStore(EmulatorClock &clock)
    : m_clock(clock)
{}

void SecretsStore::clear()
{
    m_scopes.clear();
}

bool SecretsStore::createScope(const QString &name, SecretScopeBackend backend,
                               const QString &initialManage, const QString &keyVaultResourceId,
                               const QString &keyVaultDnsName)
{
    const QString folded = name.toLower();
    if (m_scopes.count(folded))
        return false;
    SecretScope scope;
    scope.name = name;
    scope.backend = backend;
    scope.keyVaultResourceId = keyVaultResourceId;
    scope.keyVaultDnsName = keyVaultDnsName;
    if (!initialManage.isEmpty())
        scope.acls.append({initialManage, SecretPermission::Manage});
    m_scopes.emplace(folded, std::move(scope));
    return true;
}

bool SecretsStore::deleteScope(const QString &name)
{
    return m_scopes.erase(name.toLower()) > 0;
}

SecretScope *SecretsStore::findScope(const QString &name)
{
    const auto it = m_scopes.find(name.toLower());
    return it == m_scopes.end() ? nullptr : &it->second;
}

const SecretScope *SecretsStore::findScope(const QString &name) const
{
    const auto it = m_scopes.find(name.toLower());
    return it == m_scopes.end() ? nullptr : &it->second;
}

QList<const SecretScope *> SecretsStore::scopes() const
{
    QList<const SecretScope *> out;
    out.reserve(qsizetype(m_scopes.size()));
    for (const auto &[folded, scope] : m_scopes)
        out.append(&scope);
    return out;
}

void SecretsStore::putSecret(const QString &scope, const QString &key, const QByteArray &value,
                             std::optional<qint64> lastUpdatedTime)
{
    SecretScope *found = findScope(scope);
    if (!found)
        return;
    found->secrets[key] = SecretEntry{key, value, lastUpdatedTime.value_or(m_clock.now())};
}

bool SecretsStore::deleteSecret(const QString &scope, const QString &key)
{
    SecretScope *found = findScope(scope);
    return found && found->secrets.erase(key) > 0;
}

void SecretsStore::putAcl(const QString &scope, const QString &principal,
                          SecretPermission permission)
{
    SecretScope *found = findScope(scope);
    if (!found)
        return;
    for (SecretAcl &entry : found->acls) {
        if (entry.principal == principal) {
            entry.permission = permission;
            return;
        }
    }
    found->acls.append({principal, permission});
}

bool SecretsStore::deleteAcl(const QString &scope, const QString &principal)
{
    SecretScope *found = findScope(scope);
    if (!found)
        return false;
    return found->acls.removeIf(
               [&](const SecretAcl &entry) { return entry.principal == principal; }) > 0;
}

std::optional<SecretPermission> SecretsStore::permission(const QString &scope,
                                                         const SecretsCaller &caller) const
{
    const SecretScope *found = findScope(scope);
    if (!found)
        return std::nullopt;
    if (caller.isAdmin())
        return SecretPermission::Manage;
    std::optional<SecretPermission> best;
    for (const SecretAcl &entry : found->acls) {
        const bool applies = entry.principal == caller.userName || entry.principal == "users"_L1 ||
                             caller.groups.contains(entry.principal);
        if (applies && (!best || entry.permission > *best))
            best = entry.permission;
    }
    return best;
}

QString SecretsStore::permissionName(SecretPermission permission)
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

std::optional<SecretPermission> SecretsStore::parsePermission(const QString &name)
{
    if (name == "READ"_L1)
        return SecretPermission::Read;
    if (name == "WRITE"_L1)
        return SecretPermission::Write;
    if (name == "MANAGE"_L1)
        return SecretPermission::Manage;
    return std::nullopt;
}

QString SecretsStore::backendName(SecretScopeBackend backend)
{
    return backend == SecretScopeBackend::AzureKeyVault ? u"AZURE_KEYVAULT"_s : u"DATABRICKS"_s;
}

} // namespace brickdesk::emulator
