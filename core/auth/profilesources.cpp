#include "core/auth/profilesources.h"

#include "core/auth/databricksconfig.h"
#include "core/auth/hosturl.h"

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// Applies host and credentials from key/value pairs that use the config
// file's names; `get` reads one key.
template <typename Get> void fill(ProfileWithSecrets &result, Get get)
{
    QString error;
    const QString rawHost = get(u"host"_s);
    if (const auto host = HostUrl::normalise(rawHost, &error))
        result.profile.host = host->url;
    else
        result.problem = error;

    const QString token = get(u"token"_s);
    const QString clientId = get(u"client_id"_s);
    const QString clientSecret = get(u"client_secret"_s);
    const QString authType = get(u"auth_type"_s);

    bool known = true;
    if (!authType.isEmpty())
        result.profile.auth = Profile::authFromName(authType, &known);
    else if (!token.isEmpty())
        result.profile.auth = Profile::Auth::PersonalAccessToken;
    else if (!clientId.isEmpty() && !clientSecret.isEmpty())
        result.profile.auth = Profile::Auth::OAuthMachineToMachine;
    else
        known = false;

    if (!known && result.problem.isEmpty())
        result.problem = authType.isEmpty()
                             ? ProfileSources::tr("No token or client credentials are set.")
                             : ProfileSources::tr("The authentication type “%1” is not "
                                                  "supported yet.")
                                   .arg(authType);
    result.profile.clientId = clientId;
    result.profile.clientId = result.profile.effectiveClientId(); // shown in the form
    if (!token.isEmpty())
        result.secrets.insert(QLatin1StringView(SecretKind::Token), token);
    if (!clientSecret.isEmpty())
        result.secrets.insert(QLatin1StringView(SecretKind::ClientSecret), clientSecret);
}

} // namespace

ProfileWithSecrets ProfileSources::fromConfig(const ConfigProfile &section)
{
    ProfileWithSecrets result;
    result.profile.id = u"databrickscfg:"_s + section.name;
    result.profile.displayName = section.name;
    result.profile.origin = Profile::Origin::ConfigFile;
    result.profile.configProfileName = section.name;
    fill(result, [&section](const QString &key) { return section.value(key); });
    return result;
}

QList<ProfileWithSecrets> ProfileSources::fromConfigFile(const DatabricksConfig &config)
{
    QList<ProfileWithSecrets> profiles;
    for (const ConfigProfile &section : config.profiles()) {
        // Account-level profiles have no workspace to browse.
        if (section.has(u"account_id"_s) && !section.has(u"host"_s))
            continue;
        profiles << fromConfig(section);
    }
    return profiles;
}

std::optional<ProfileWithSecrets>
ProfileSources::fromEnvironment(const QProcessEnvironment &environment,
                                const DatabricksConfig &config)
{
    const QString host = environment.value(u"DATABRICKS_HOST"_s);
    const QString profileName = environment.value(u"DATABRICKS_CONFIG_PROFILE"_s);

    if (host.isEmpty() && profileName.isEmpty())
        return std::nullopt;

    ProfileWithSecrets result;
    if (!profileName.isEmpty() && host.isEmpty()) {
        const auto section = config.profile(profileName);
        if (!section) {
            result.problem = tr("DATABRICKS_CONFIG_PROFILE names “%1”, which is not in %2.")
                                 .arg(profileName, DatabricksConfig::defaultPath());
            result.profile.displayName = tr("Environment");
            result.profile.origin = Profile::Origin::Environment;
            result.profile.id = u"environment"_s;
            return result;
        }
        result = fromConfig(*section);
    } else {
        // Environment variables use the config keys' names, upper-cased.
        fill(result, [&environment](const QString &key) {
            return environment.value(u"DATABRICKS_"_s + key.toUpper());
        });
    }
    result.profile.id = u"environment"_s;
    result.profile.displayName = tr("Environment");
    result.profile.origin = Profile::Origin::Environment;
    return result;
}

} // namespace brickdesk
