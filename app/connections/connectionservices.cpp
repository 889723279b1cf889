#include "app/connections/connectionservices.h"

#include "core/auth/credentialstore.h"
#include "core/auth/databricksconfig.h"
#include "core/auth/profilestore.h"
#include "core/auth/workspaceconnector.h"

#include <QDesktopServices>
#include <QDir>

using namespace Qt::StringLiterals;

namespace brickdesk {

ConnectionServices::ConnectionServices(QProcessEnvironment environment, QString keychainService,
                                       QObject *parent)
    : QObject(parent)
    , m_environment(std::move(environment))
    , m_profiles(new ProfileStore(this))
    , m_credentials(new CredentialStore(std::move(keychainService), this))
    , m_connector(new WorkspaceConnector(m_credentials, this))
{
    // OAuth sign-in happens in the user's own browser, where their SSO lives.
    m_connector->setBrowserOpener([](const QUrl &url) { QDesktopServices::openUrl(url); });
}

ConnectionServices::~ConnectionServices() = default;

QString ConnectionServices::configFilePath() const
{
    const QString named = m_environment.value(u"DATABRICKS_CONFIG_FILE"_s);
    if (!named.isEmpty())
        return named;
    const QString home = m_environment.value(u"HOME"_s);
    return home.isEmpty() ? DatabricksConfig::defaultPath()
                          : QDir(home).filePath(u".databrickscfg"_s);
}

QMap<QString, QString> ConnectionServices::sessionSecrets(const QString &profileId) const
{
    return m_sessionSecrets.value(profileId);
}

void ConnectionServices::setSessionSecrets(const QString &profileId,
                                           const QMap<QString, QString> &secrets)
{
    m_sessionSecrets.insert(profileId, secrets);
}

void ConnectionServices::forgetSessionSecrets(const QString &profileId)
{
    m_sessionSecrets.remove(profileId);
}

} // namespace brickdesk
