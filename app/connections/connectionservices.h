#pragma once

#include "core/auth/profile.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

namespace brickdesk {

class CredentialStore;
class ProfileStore;
class WorkspaceConnector;

// What the main window and the connection manager share about connections:
// the saved profiles, the keychain, the connector, the environment Brickdesk
// started in, and the secrets that live in memory for this session only
// (environment profiles, and the "no keychain: this session only" choice).
// Session secrets are never written anywhere.
class ConnectionServices : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionServices(
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(),
        QString keychainService = QStringLiteral("Brickdesk"), QObject *parent = nullptr);
    ~ConnectionServices() override;

    ProfileStore *profiles() const { return m_profiles; }
    CredentialStore *credentials() const { return m_credentials; }
    WorkspaceConnector *connector() const { return m_connector; }
    const QProcessEnvironment &environment() const { return m_environment; }
    // DATABRICKS_CONFIG_FILE of our environment, else ~/.databrickscfg.
    QString configFilePath() const;

    QMap<QString, QString> sessionSecrets(const QString &profileId) const;
    void setSessionSecrets(const QString &profileId, const QMap<QString, QString> &secrets);
    void forgetSessionSecrets(const QString &profileId);

private:
    QProcessEnvironment m_environment;
    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    WorkspaceConnector *m_connector;
    QHash<QString, QMap<QString, QString>> m_sessionSecrets;
};

} // namespace brickdesk
