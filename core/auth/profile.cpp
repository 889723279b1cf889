#include "core/auth/profile.h"

using namespace Qt::StringLiterals;

namespace brickdesk {

QString Profile::effectiveClientId() const
{
    return clientId.isEmpty() && auth == Auth::OAuthUserToMachine ? u"databricks-cli"_s : clientId;
}

QString Profile::authTypeName(Auth auth)
{
    switch (auth) {
    case Auth::PersonalAccessToken:
        return u"pat"_s;
    case Auth::OAuthUserToMachine:
        return u"databricks-cli"_s;
    case Auth::OAuthMachineToMachine:
        return u"oauth-m2m"_s;
    }
    return {};
}

Profile::Auth Profile::authFromName(const QString &name, bool *known)
{
    if (known)
        *known = true;
    if (name == "pat"_L1 || name.isEmpty())
        return Auth::PersonalAccessToken;
    if (name == "databricks-cli"_L1 || name == "external-browser"_L1 || name == "u2m"_L1)
        return Auth::OAuthUserToMachine;
    if (name == "oauth-m2m"_L1)
        return Auth::OAuthMachineToMachine;
    if (known)
        *known = false;
    return Auth::PersonalAccessToken;
}

} // namespace brickdesk
