#pragma once

#include "core/auth/profile.h"

#include <QMap>
#include <QStringList>
#include <QUrl>
#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace brickdesk {

// The form of one profile: name, host, sign-in method and its options,
// network settings. Secrets typed here are handed to the caller (to go to
// the keychain) and never kept beyond that: the fields are cleared once
// saved, and a stored secret shows only as a placeholder.
class ProfileEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileEditor(QWidget *parent = nullptr);

    // secrets: values to pre-fill (profiles from the file or the
    // environment); storedKinds: what the keychain already holds.
    void setProfile(const Profile &profile, const QMap<QString, QString> &secrets = {},
                    const QStringList &storedKinds = {});
    void setReadOnly(bool readOnly);

    // The profile as edited. Normalises the host; when it is not acceptable
    // shows why under the field and returns nothing.
    std::optional<Profile> profile();
    // The secrets typed for the chosen sign-in method (SecretKind -> value).
    QMap<QString, QString> secrets() const;
    void clearSecrets(const QStringList &storedKinds);

    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }
    QString hostError() const;

    // Normalises the host field now; returns whether it is acceptable.
    bool commitHost();

signals:
    void edited();

private:
    // Normalises the host field's text, showing why under it when that
    // fails; the field itself is left as typed.
    std::optional<QUrl> checkHost();
    void setStoredKinds(const QStringList &storedKinds);
    void updateAuthRows();
    void updateProxyRow();
    void markModified();
    void chooseCaBundle();
    QLineEdit *secretField(const QString &objectName);

    Profile m_profile;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QLineEdit *m_host;
    QLabel *m_hostError;
    QComboBox *m_auth;
    QLineEdit *m_token;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLabel *m_authHint;
    QComboBox *m_proxy;
    QLineEdit *m_proxyUrl;
    QLineEdit *m_caBundle;
    QPushButton *m_browseCa;
    bool m_modified = false;
    bool m_loading = false;
};

} // namespace brickdesk
