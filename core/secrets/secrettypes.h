#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace brickdesk {

// Levels of a secret scope's ACL, in order: each includes the ones below it.
// READ lists keys and reads values, WRITE also puts and deletes them, MANAGE
// also changes the ACL. ACLs only grant; there is no deny.
enum class SecretPermission { Read, Write, Manage };

QString secretPermissionName(SecretPermission permission); // "READ", as the API spells it
// "Read", "Write", "Manage": the level in words, translated.
QString secretPermissionText(SecretPermission permission);
std::optional<SecretPermission> secretPermissionFromName(const QString &name);

struct SecretScope
{
    QString name;
    // "DATABRICKS" or "AZURE_KEYVAULT" (kept verbatim: newer backends show
    // by name).
    QString backendType;
    QString keyVaultResourceId;
    QString keyVaultDnsName;

    // Azure Key Vault scopes are managed in Azure: put and delete answer
    // BAD_REQUEST through this API.
    bool isKeyVault() const { return backendType == QLatin1StringView("AZURE_KEYVAULT"); }
    bool isReadOnly() const { return isKeyVault(); }

    static SecretScope fromJson(const QJsonObject &json);
};

// A key's metadata; the API never lists values.
struct SecretKeyInfo
{
    QString key;
    qint64 lastUpdatedMs = 0; // epoch ms; 0 when the API sent none

    static SecretKeyInfo fromJson(const QJsonObject &json);
};

struct SecretAcl
{
    // A user name (e-mail), a group name ("users" is every user) or a
    // service principal's application id.
    QString principal;
    SecretPermission permission = SecretPermission::Read;

    static SecretAcl fromJson(const QJsonObject &json);
    bool operator==(const SecretAcl &) const = default;
};

} // namespace brickdesk
