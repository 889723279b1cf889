#pragma once

#include <QMap>
#include <QString>
#include <QUrl>

namespace brickdesk {

struct ConfigProfile;

// A workspace connection as the user names it. Holds no secret: tokens and
// client secrets live in the keychain (CredentialStore) or, for profiles
// that come from the environment, only in memory for this session.
struct Profile
{
    enum class Auth {
        PersonalAccessToken,   // "pat"
        OAuthUserToMachine,    // "databricks-cli" / "external-browser": PKCE in the browser
        OAuthMachineToMachine, // "oauth-m2m": client credentials
    };
    enum class Origin { Saved, Environment, ConfigFile };
    enum class Proxy { System, None, Manual };

    QString id; // stable key for settings and keychain entries
    QString displayName;
    QUrl host; // normalised, see HostUrl
    Auth auth = Auth::PersonalAccessToken;
    QString clientId; // OAuth; U2M defaults to "databricks-cli"
    QString scopes = QStringLiteral("all-apis offline_access");
    Origin origin = Origin::Saved;
    QString configProfileName; // for Origin::ConfigFile
    Proxy proxy = Proxy::System;
    QString proxyUrl;     // for Proxy::Manual, "http://proxy:3128"
    QString caBundlePath; // extra PEM certificates to trust

    // The OAuth client to sign in as: the profile's, else the Databricks
    // CLI's public client, which every workspace knows.
    QString effectiveClientId() const;

    static QString authTypeName(Auth auth); // the SDKs' auth_type names
    static Auth authFromName(const QString &name, bool *known = nullptr);
};

// Secret kinds as keychain keys.
namespace SecretKind {
inline constexpr char Token[] = "token";
inline constexpr char RefreshToken[] = "refresh_token";
inline constexpr char ClientSecret[] = "client_secret";
} // namespace SecretKind

// A profile plus the secrets that came with it (from the environment or a
// config file), before they are put into the keychain or used for a session.
struct ProfileWithSecrets
{
    Profile profile;
    QMap<QString, QString> secrets; // SecretKind -> value
    QString problem;                // why the profile cannot be used as is, for the user
};

} // namespace brickdesk
