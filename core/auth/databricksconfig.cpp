#include "core/auth/databricksconfig.h"

#include <QDir>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

const auto kSettingsSection = "__settings__"_L1;

// "value # comment" -> "value"; a '#' or ';' without a space before it is
// part of the value ("%Y#X$Z"). Quoted values keep everything inside.
QString parseValue(QString raw)
{
    raw = raw.trimmed();
    if (raw.size() >= 2 && (raw.front() == u'"' || raw.front() == u'\'')) {
        const QChar quote = raw.front();
        const qsizetype end = raw.indexOf(quote, 1);
        if (end > 0)
            return raw.mid(1, end - 1);
    }
    static const QRegularExpression inlineComment(u"\\s+[#;].*$"_s);
    raw.remove(inlineComment);
    return raw.trimmed();
}

} // namespace

QString DatabricksConfig::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("DATABRICKS_CONFIG_FILE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment.startsWith("~/"_L1) ? QDir::homePath() + fromEnvironment.mid(1)
                                                   : fromEnvironment;
    return QDir::homePath() + "/.databrickscfg"_L1;
}

DatabricksConfig DatabricksConfig::parse(const QByteArray &text)
{
    DatabricksConfig config;
    ConfigProfile settings;
    ConfigProfile *current = nullptr;

    const QStringList lines = QString::fromUtf8(text).split(u'\n');
    for (qsizetype number = 0; number < lines.size(); ++number) {
        const QString line = lines.at(number).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[')) {
            const qsizetype end = line.indexOf(u']');
            const QString name = end > 1 ? line.mid(1, end - 1).trimmed() : QString();
            if (name.isEmpty()) {
                config.m_warnings
                    << tr("Line %1: “%2” is not a valid section header.").arg(number + 1).arg(line);
                current = nullptr;
                continue;
            }
            if (name == kSettingsSection) {
                current = &settings;
                continue;
            }
            auto existing = std::find_if(config.m_profiles.begin(), config.m_profiles.end(),
                                         [&](const ConfigProfile &p) { return p.name == name; });
            if (existing == config.m_profiles.end()) {
                config.m_profiles.append(ConfigProfile{name, {}});
                current = &config.m_profiles.last();
            } else {
                current = &*existing;
            }
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0) {
            config.m_warnings
                << tr("Line %1 is neither a section nor a key = value pair.").arg(number + 1);
            continue;
        }
        if (!current) {
            // Keys before any section belong to DEFAULT, as in Go's ini.
            config.m_profiles.prepend(ConfigProfile{u"DEFAULT"_s, {}});
            current = &config.m_profiles.first();
        }
        current->values.insert(line.left(equals).trimmed().toLower(),
                               parseValue(line.mid(equals + 1)));
    }

    config.m_defaultProfile = settings.value(u"default_profile"_s);
    config.m_profiles.removeIf([](const ConfigProfile &p) { return p.values.isEmpty(); });
    return config;
}

std::optional<ConfigProfile> DatabricksConfig::profile(const QString &name) const
{
    for (const ConfigProfile &candidate : m_profiles)
        if (candidate.name == name)
            return candidate;
    return std::nullopt;
}

QString DatabricksConfig::defaultProfileName() const
{
    return m_defaultProfile.isEmpty() ? u"DEFAULT"_s : m_defaultProfile;
}

} // namespace brickdesk
