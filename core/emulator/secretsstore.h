#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace brickdesk::emulator {

class EmulatorClock;

enum class SecretScopeBackend { Databricks, AzureKeyVault };

// Ordered so that a higher level includes every lower one: MANAGE > WRITE > READ.
enum class SecretPermission { Read = 1, Write = 2, Manage = 3 };

struct SecretEntry
{
    QString key;
    QByteArray value;           // the stored bytes; the API carries them as base64
    qint64 lastUpdatedTime = 0; // epoch ms on the emulator clock
};

struct SecretAcl
{
    QString principal; // user name (e-mail), group name or service principal application id
    SecretPermission permission = SecretPermission::Read;
};

struct SecretScope
{
    QString name; // as created; lookups ignore case
    SecretScopeBackend backend = SecretScopeBackend::Databricks;
    QString keyVaultResourceId; // Azure Key Vault scopes only
    QString keyVaultDnsName;
    std::map<QString, SecretEntry> secrets; // by key, case-sensitive
    QList<SecretAcl> acls;                  // in the order granted

    bool readOnly() const { return backend == SecretScopeBackend::AzureKeyVault; }
    const SecretAcl *acl(const QString &principal) const;
};

// Who calls the Secrets API: their level on a scope is the highest of their
// own ACL entry and those of their groups; every user is in `users`, and
// members of `admins` have MANAGE on every scope.
struct SecretsCaller
{
    QString userName;
    QStringList groups;

    bool isAdmin() const { return groups.contains(QStringLiteral("admins")); }
};

// Secret scopes, their secrets and ACLs. Scope names are unique ignoring
// case; keys are unique per scope. Limits are the service's.
class SecretsStore
{
public:
    static constexpr int kMaxScopes = 1000;
    static constexpr int kMaxSecretsPerScope = 1000;
    static constexpr qsizetype kMaxValueBytes = 128 * 1024;

    explicit SecretsStore(EmulatorClock &clock);

    void clear();
    int scopeCount() const { return int(m_scopes.size()); }

    // Creates an empty scope; false when one with that name (ignoring case)
    // exists. `initialManage` gets MANAGE unless empty.
    bool createScope(const QString &name, SecretScopeBackend backend, const QString &initialManage,
                     const QString &keyVaultResourceId = {}, const QString &keyVaultDnsName = {});
    bool deleteScope(const QString &name);
    SecretScope *findScope(const QString &name);
    const SecretScope *findScope(const QString &name) const;
    QList<const SecretScope *> scopes() const; // by name, ignoring case

    // Adds or overwrites a secret, stamped with the clock's now() or with
    // `lastUpdatedTime` when given (the demo seed's old secrets). The scope
    // must exist; limits are the caller's to check.
    void putSecret(const QString &scope, const QString &key, const QByteArray &value,
                   std::optional<qint64> lastUpdatedTime = std::nullopt);
    bool deleteSecret(const QString &scope, const QString &key);

    // Creates or overwrites `principal`'s entry.
    void putAcl(const QString &scope, const QString &principal, SecretPermission permission);
    bool deleteAcl(const QString &scope, const QString &principal);

    // The caller's effective level on `scope`; nullopt for none.
    std::optional<SecretPermission> permission(const QString &scope,
                                               const SecretsCaller &caller) const;

    // Whether secrets/get answers values (the default) or 400 BAD_REQUEST,
    // as the service does for a user outside a notebook.
    void setSecretValuesReadable(bool readable) { m_valuesReadable = readable; }
    bool secretValuesReadable() const { return m_valuesReadable; }

    static QString permissionName(SecretPermission permission);
    static std::optional<SecretPermission> parsePermission(const QString &name);
    static QString backendName(SecretScopeBackend backend);

private:
    EmulatorClock &m_clock;
    std::map<QString, SecretScope> m_scopes; // by lower-case name
    bool m_valuesReadable = true;
};

} // namespace brickdesk::emulator
