#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace brickdesk {

// One section of ~/.databrickscfg: a profile name and its keys.
struct ConfigProfile
{
    QString name;
    QMap<QString, QString> values; // keys in lower case

    QString value(const QString &key) const { return values.value(key.toLower()); }
    bool has(const QString &key) const { return !value(key).isEmpty(); }
};

// The Databricks CLI/SDK configuration file: INI sections as
// profiles, [DEFAULT], [__settings__] default_profile, quoted values and
// inline comments that need a space before '#'. Parsing never throws away
// the file: lines it cannot read are listed as warnings.
class DatabricksConfig
{
    Q_DECLARE_TR_FUNCTIONS(DatabricksConfig)

public:
    static DatabricksConfig parse(const QByteArray &text);
    // $DATABRICKS_CONFIG_FILE, else ~/.databrickscfg.
    static QString defaultPath();

    // Every profile in file order, [DEFAULT] included when it has keys,
    // [__settings__] never.
    const QList<ConfigProfile> &profiles() const { return m_profiles; }
    std::optional<ConfigProfile> profile(const QString &name) const;
    // [__settings__] default_profile, else "DEFAULT".
    QString defaultProfileName() const;
    const QStringList &warnings() const { return m_warnings; }

private:
    QList<ConfigProfile> m_profiles;
    QString m_defaultProfile;
    QStringList m_warnings;
};

} // namespace brickdesk
