#pragma once

#include "core/auth/profile.h"

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>

#include <optional>

namespace brickdesk {

class DatabricksConfig;

// Where profiles come from besides the user's own list: the conventions the
// Databricks CLI and SDKs already established.
class ProfileSources
{
    Q_DECLARE_TR_FUNCTIONS(ProfileSources)

public:
    // One profile of the config file, with its secrets.
    static ProfileWithSecrets fromConfig(const ConfigProfile &section);
    // Every usable profile of the config file.
    static QList<ProfileWithSecrets> fromConfigFile(const DatabricksConfig &config);

    // The "Environment" profile: DATABRICKS_HOST with DATABRICKS_TOKEN, or
    // with DATABRICKS_CLIENT_ID and DATABRICKS_CLIENT_SECRET; or the profile
    // DATABRICKS_CONFIG_PROFILE names in the config file. Nothing when the
    // environment names no workspace.
    static std::optional<ProfileWithSecrets> fromEnvironment(const QProcessEnvironment &environment,
                                                             const DatabricksConfig &config);
};

} // namespace brickdesk
