#include "core/secrets/secretsmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace brickdesk {

SecretsModel::SecretsModel(ApiClient *client, QObject *parent)
    : LazyTreeModel(parent)
    , m_service(client)
{
    // In Column order.
    setColumnTitles({tr("Name"), tr("Backend / Updated"), tr("Age")});
    setRootEntry({u""_s, true, {}});
}

SecretsModel::~SecretsModel() = default;

void SecretsModel::listChildren(const Entry &folder, const QString &, QObject *scope, ListDone done)
{
    if (!m_service.client()) {
        done(notConnectedListing());
        return;
    }
    if (folder.key.isEmpty()) {
        // Neither scopes nor keys come in pages: one answer holds them all.
        m_service.listScopes(scope, [done = std::move(done)](const std::optional<ApiError> &error,
                                                             const QList<SecretScope> &scopes) {
            Listing listing;
            listing.error = error;
            for (const SecretScope &found : scopes)
                listing.entries.append({u"/"_s + found.name, true, ScopeRow{found}});
            done(std::move(listing));
        });
        return;
    }
    const SecretScope parent = valueOf<ScopeRow>(folder).scope;
    m_service.listKeys(parent.name, scope,
                       [parent, done = std::move(done)](const std::optional<ApiError> &error,
                                                        const QList<SecretKeyInfo> &keys) {
                           Listing listing;
                           listing.error = error;
                           for (const SecretKeyInfo &key : keys)
                               listing.entries.append({u"/%1/%2"_s.arg(parent.name, key.key), false,
                                                       KeyRow{parent, key}});
                           done(std::move(listing));
                       });
}

bool SecretsModel::lessThan(const Entry &a, const Entry &b) const
{
    const int byName = a.key.compare(b.key, Qt::CaseInsensitive);
    return byName != 0 ? byName < 0 : a.key < b.key;
}

bool SecretsModel::entryChanged(const Entry &before, const Entry &after) const
{
    if (before.isFolder != after.isFolder)
        return true;
    if (before.isFolder) {
        const SecretScope &x = valueOf<ScopeRow>(before).scope;
        const SecretScope &y = valueOf<ScopeRow>(after).scope;
        return x.backendType != y.backendType || x.keyVaultDnsName != y.keyVaultDnsName;
    }
    return valueOf<KeyRow>(before).key.lastUpdatedMs != valueOf<KeyRow>(after).key.lastUpdatedMs;
}

QDateTime SecretsModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QString SecretsModel::backendName(const SecretScope &scope)
{
    if (scope.isKeyVault())
        return tr("Azure Key Vault");
    if (scope.backendType == "DATABRICKS"_L1)
        return tr("Databricks");
    return scope.backendType; // a backend of a later API version, by its name
}

QString SecretsModel::ageText(qint64 lastUpdatedMs, const QDateTime &now)
{
    if (lastUpdatedMs <= 0)
        return {};
    const qint64 days = QDateTime::fromMSecsSinceEpoch(lastUpdatedMs, Qt::UTC).daysTo(now);
    if (days < 1)
        return tr("less than a day");
    if (days < 45)
        return tr("%n day(s)", nullptr, int(days));
    if (days < 365 * 2)
        return tr("%n month(s)", nullptr, int(days / 30));
    return tr("%n year(s)", nullptr, int(days / 365));
}

QVariant SecretsModel::entryData(const Entry &entry, int column, int role) const
{
    if (role == PathRole)
        return entry.key;
    if (role == IsFolderRole)
        return entry.isFolder;
    if (entry.isFolder)
        return scopeData(valueOf<ScopeRow>(entry).scope, column, role);
    return keyData(valueOf<KeyRow>(entry), column, role);
}

QVariant SecretsModel::scopeData(const SecretScope &scope, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return scope.name;
        if (column == DetailColumn)
            return backendName(scope);
        return {};
    case RawValueRole:
        if (column == NameColumn)
            return scope.name;
        if (column == DetailColumn)
            return backendName(scope);
        return {};
    case Qt::ToolTipRole:
        if (scope.isKeyVault())
            return tr("Azure Key Vault scope backed by %1 (%2).\nIts secrets are managed in "
                      "Azure: they cannot be put or deleted here.")
                .arg(scope.keyVaultDnsName, scope.keyVaultResourceId);
        return tr("Databricks-backed scope “%1”").arg(scope.name);
    case Qt::AccessibleDescriptionRole:
        return tr("Secret scope, %1").arg(backendName(scope));
    case ScopeRole:
        return scope.name;
    case KeyRole:
        return QString();
    case IsKeyVaultRole:
        return scope.isKeyVault();
    case IsStaleRole:
        return false;
    }
    return {};
}

QVariant SecretsModel::keyData(const KeyRow &row, int column, int role) const
{
    const qint64 updated = row.key.lastUpdatedMs;
    const bool stale =
        updated > 0 && QDateTime::fromMSecsSinceEpoch(updated, Qt::UTC).daysTo(now()) > kStaleDays;
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return row.key.key;
        if (column == DetailColumn)
            return updated > 0
                       ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(updated).toLocalTime(),
                                            QLocale::ShortFormat)
                       : QString();
        if (column == AgeColumn)
            return ageText(updated, now());
        return {};
    case RawValueRole:
        if (column == NameColumn)
            return row.key.key;
        return updated > 0 ? QVariant(updated) : QVariant();
    case Qt::ToolTipRole:
        if (stale)
            return tr("Not updated for more than %n day(s): consider rotating it.", nullptr,
                      kStaleDays);
        return {};
    case Qt::AccessibleDescriptionRole:
        return stale ? tr("Secret, not updated for more than %n day(s)", nullptr, kStaleDays)
                     : tr("Secret");
    case ScopeRole:
        return row.scope.name;
    case KeyRole:
        return row.key.key;
    case IsKeyVaultRole:
        return row.scope.isKeyVault();
    case IsStaleRole:
        return stale;
    }
    return {};
}

std::optional<SecretScope> SecretsModel::scopeAt(const QModelIndex &index) const
{
    const Entry *entry = index.isValid() ? entryAt(index) : nullptr;
    if (!entry)
        return std::nullopt;
    return entry->isFolder ? valueOf<ScopeRow>(*entry).scope : valueOf<KeyRow>(*entry).scope;
}

std::optional<SecretKeyInfo> SecretsModel::keyAt(const QModelIndex &index) const
{
    const Entry *entry = index.isValid() ? entryAt(index) : nullptr;
    if (!entry || entry->isFolder)
        return std::nullopt;
    return valueOf<KeyRow>(*entry).key;
}

QModelIndex SecretsModel::indexForScope(const QString &scope) const
{
    return indexForKeyPath(u"/"_s + scope);
}

QModelIndex SecretsModel::indexForKey(const QString &scope, const QString &key) const
{
    return indexForKeyPath(u"/%1/%2"_s.arg(scope, key));
}

QList<SecretScope> SecretsModel::scopes() const
{
    QList<SecretScope> found;
    for (const Entry *entry : childEntries({}))
        found.append(valueOf<ScopeRow>(*entry).scope);
    return found;
}

bool SecretsModel::hasKey(const QString &scope, const QString &key) const
{
    const QModelIndex folder = indexForScope(scope);
    if (!folder.isValid())
        return false;
    for (const Entry *entry : childEntries(folder))
        if (valueOf<KeyRow>(*entry).key.key == key)
            return true;
    return false;
}

void SecretsModel::refreshScopes()
{
    refresh({}, RefreshDepth::Subtree);
}

void SecretsModel::refreshScope(const QString &scope)
{
    const QModelIndex index = indexForScope(scope);
    if (index.isValid())
        refresh(index, RefreshDepth::Folder);
}

} // namespace brickdesk
