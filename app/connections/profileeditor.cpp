#include "app/connections/profileeditor.h"

#include "core/auth/hosturl.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

QLabel *hintLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette muted = label->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText).darker(130));
    label->setPalette(muted);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    label->setFont(small);
    return label;
}

} // namespace

ProfileEditor::ProfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_hostError(new QLabel(this))
    , m_auth(new QComboBox(this))
    , m_token(secretField(u"tokenEdit"_s))
    , m_clientId(new QLineEdit(this))
    , m_clientSecret(secretField(u"clientSecretEdit"_s))
    , m_authHint(hintLabel(this))
    , m_proxy(new QComboBox(this))
    , m_proxyUrl(new QLineEdit(this))
    , m_caBundle(new QLineEdit(this))
    , m_browseCa(new QPushButton(tr("Browse…"), this))
{
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setPlaceholderText(tr("Production"));
    m_host->setObjectName(u"hostEdit"_s);
    m_host->setPlaceholderText(tr("https://adb-1234567890123456.7.azuredatabricks.net"));
    m_hostError->setObjectName(u"hostError"_s);
    m_hostError->setWordWrap(true);
    m_hostError->setTextFormat(Qt::PlainText);
    m_hostError->setStyleSheet(u"QLabel#hostError { color: #b42318; }"_s);
    m_hostError->hide();

    m_auth->setObjectName(u"authCombo"_s);
    m_auth->addItem(tr("Personal access token"), int(Profile::Auth::PersonalAccessToken));
    m_auth->addItem(tr("OAuth (browser sign-in)"), int(Profile::Auth::OAuthUserToMachine));
    m_auth->addItem(tr("OAuth service principal"), int(Profile::Auth::OAuthMachineToMachine));
    m_token->setPlaceholderText(tr("dapi…"));
    m_clientId->setObjectName(u"clientIdEdit"_s);

    m_proxy->setObjectName(u"proxyCombo"_s);
    m_proxy->addItem(tr("System proxy"), int(Profile::Proxy::System));
    m_proxy->addItem(tr("No proxy"), int(Profile::Proxy::None));
    m_proxy->addItem(tr("Manual proxy"), int(Profile::Proxy::Manual));
    m_proxyUrl->setObjectName(u"proxyUrlEdit"_s);
    m_proxyUrl->setPlaceholderText(tr("http://proxy.example.com:3128"));
    m_caBundle->setObjectName(u"caBundleEdit"_s);
    m_caBundle->setPlaceholderText(tr("Only the system's certificates"));
    m_caBundle->setClearButtonEnabled(true);

    auto *hostColumn = new QVBoxLayout;
    hostColumn->setSpacing(4);
    hostColumn->addWidget(m_host);
    hostColumn->addWidget(m_hostError);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(10);
    m_form->addRow(tr("&Name:"), m_name);
    // A row of a layout gets no buddy from addRow(): name it ourselves so
    // the mnemonic works and "&" is not shown.
    auto *hostLabel = new QLabel(tr("&Host:"), this);
    hostLabel->setBuddy(m_host);
    m_form->addRow(hostLabel, hostColumn);
    m_form->addRow(tr("&Sign in with:"), m_auth);
    m_form->addRow(tr("&Token:"), m_token);
    m_form->addRow(tr("&Client ID:"), m_clientId);
    m_form->addRow(tr("Client s&ecret:"), m_clientSecret);
    m_form->addRow(QString(), m_authHint);
    auto *connection = new QGroupBox(tr("Workspace"), this);
    connection->setLayout(m_form);

    auto *caRow = new QHBoxLayout;
    caRow->setSpacing(6);
    caRow->addWidget(m_caBundle, 1);
    caRow->addWidget(m_browseCa);
    auto *networkForm = new QFormLayout;
    networkForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    networkForm->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    networkForm->setHorizontalSpacing(12);
    networkForm->setVerticalSpacing(10);
    networkForm->addRow(tr("&Proxy:"), m_proxy);
    networkForm->addRow(tr("Proxy &URL:"), m_proxyUrl);
    auto *caLabel = new QLabel(tr("Extra &CA bundle:"), this);
    caLabel->setBuddy(m_caBundle);
    networkForm->addRow(caLabel, caRow);
    auto *network = new QGroupBox(tr("Network"), this);
    network->setLayout(networkForm);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(connection);
    layout->addWidget(network);

    for (QLineEdit *edit :
         {m_name, m_host, m_token, m_clientId, m_clientSecret, m_proxyUrl, m_caBundle})
        connect(edit, &QLineEdit::textEdited, this, &ProfileEditor::markModified);
    connect(m_host, &QLineEdit::editingFinished, this, [this] {
        if (!m_host->text().trimmed().isEmpty())
            commitHost();
    });
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthRows();
        markModified();
    });
    connect(m_proxy, &QComboBox::currentIndexChanged, this, [this] {
        updateProxyRow();
        markModified();
    });
    connect(m_browseCa, &QPushButton::clicked, this, &ProfileEditor::chooseCaBundle);

    setProfile(Profile{});
}

QLineEdit *ProfileEditor::secretField(const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    // Secrets are not for the clipboard history or input-method learning.
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return edit;
}

void ProfileEditor::setProfile(const Profile &profile, const QMap<QString, QString> &secrets,
                               const QStringList &storedKinds)
{
    m_loading = true;
    m_profile = profile;
    m_name->setText(profile.displayName);
    m_host->setText(profile.host.isValid() ? profile.host.toString() : QString());
    m_hostError->hide();
    m_auth->setCurrentIndex(m_auth->findData(int(profile.auth)));
    m_clientId->setText(profile.clientId);
    m_token->setText(secrets.value(QLatin1StringView(SecretKind::Token)));
    m_clientSecret->setText(secrets.value(QLatin1StringView(SecretKind::ClientSecret)));
    m_proxy->setCurrentIndex(m_proxy->findData(int(profile.proxy)));
    m_proxyUrl->setText(profile.proxyUrl);
    m_caBundle->setText(profile.caBundlePath);
    setStoredKinds(storedKinds);
    updateAuthRows();
    updateProxyRow();
    m_modified = false;
    m_loading = false;
}

void ProfileEditor::clearSecrets(const QStringList &storedKinds)
{
    m_token->clear();
    m_clientSecret->clear();
    setStoredKinds(storedKinds);
}

void ProfileEditor::setStoredKinds(const QStringList &storedKinds)
{
    // A stored secret is never read back into the form: it only shows that
    // one is there.
    const QString stored = tr("Stored in the keychain — type to replace");
    m_token->setPlaceholderText(
        storedKinds.contains(QLatin1StringView(SecretKind::Token)) ? stored : tr("dapi…"));
    m_clientSecret->setPlaceholderText(
        storedKinds.contains(QLatin1StringView(SecretKind::ClientSecret)) ? stored : QString());
}

void ProfileEditor::setReadOnly(bool readOnly)
{
    for (QLineEdit *edit :
         {m_name, m_host, m_token, m_clientId, m_clientSecret, m_proxyUrl, m_caBundle})
        edit->setReadOnly(readOnly);
    m_auth->setEnabled(!readOnly);
    m_proxy->setEnabled(!readOnly);
    m_browseCa->setEnabled(!readOnly);
}

void ProfileEditor::updateAuthRows()
{
    const auto auth = Profile::Auth(m_auth->currentData().toInt());
    m_form->setRowVisible(m_token, auth == Profile::Auth::PersonalAccessToken);
    m_form->setRowVisible(m_clientId, auth != Profile::Auth::PersonalAccessToken);
    m_form->setRowVisible(m_clientSecret, auth == Profile::Auth::OAuthMachineToMachine);
    if (auth == Profile::Auth::OAuthUserToMachine && m_clientId->text().isEmpty()) {
        Profile defaults;
        defaults.auth = auth;
        m_clientId->setText(defaults.effectiveClientId());
    }
    switch (auth) {
    case Profile::Auth::PersonalAccessToken:
        m_authHint->setText(tr("Create a token under Settings → Developer → Access tokens in "
                               "the workspace. It is kept in the system keychain."));
        break;
    case Profile::Auth::OAuthUserToMachine:
        m_authHint->setText(tr("Brickdesk opens your browser to sign in. The refresh token is "
                               "kept in the system keychain."));
        break;
    case Profile::Auth::OAuthMachineToMachine:
        m_authHint->setText(tr("The service principal's OAuth secret is kept in the system "
                               "keychain."));
        break;
    }
}

void ProfileEditor::updateProxyRow()
{
    m_proxyUrl->setEnabled(Profile::Proxy(m_proxy->currentData().toInt()) ==
                           Profile::Proxy::Manual);
}

void ProfileEditor::markModified()
{
    if (m_loading)
        return;
    m_modified = true;
    emit edited();
}

void ProfileEditor::chooseCaBundle()
{
    auto *dialog = new QFileDialog(this, tr("Extra CA Bundle"), m_caBundle->text(),
                                   tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setObjectName(u"caBundleDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_caBundle->setText(file);
        markModified();
    });
    dialog->open();
}

std::optional<QUrl> ProfileEditor::checkHost()
{
    QString error;
    const auto host = HostUrl::normalise(m_host->text(), &error);
    m_hostError->setText(error);
    m_hostError->setVisible(!host);
    return host ? std::optional<QUrl>(host->url) : std::nullopt;
}

bool ProfileEditor::commitHost()
{
    const auto host = checkHost();
    if (!host)
        return false;
    const QString text = host->toString();
    if (text != m_host->text()) {
        m_host->setText(text);
        markModified();
    }
    return true;
}

QString ProfileEditor::hostError() const
{
    return m_hostError->isHidden() ? QString() : m_hostError->text();
}

std::optional<Profile> ProfileEditor::profile()
{
    const auto host = checkHost();
    if (!host)
        return std::nullopt;
    m_host->setText(host->toString());

    Profile profile = m_profile;
    profile.host = *host;
    profile.displayName = m_name->text().trimmed();
    if (profile.displayName.isEmpty())
        profile.displayName = host->host();
    profile.auth = Profile::Auth(m_auth->currentData().toInt());
    profile.clientId = profile.auth == Profile::Auth::PersonalAccessToken
                           ? QString()
                           : m_clientId->text().trimmed();
    profile.clientId = profile.effectiveClientId();
    profile.proxy = Profile::Proxy(m_proxy->currentData().toInt());
    profile.proxyUrl =
        profile.proxy == Profile::Proxy::Manual ? m_proxyUrl->text().trimmed() : QString();
    profile.caBundlePath = m_caBundle->text().trimmed();
    return profile;
}

QMap<QString, QString> ProfileEditor::secrets() const
{
    QMap<QString, QString> secrets;
    const auto auth = Profile::Auth(m_auth->currentData().toInt());
    if (auth == Profile::Auth::PersonalAccessToken && !m_token->text().trimmed().isEmpty())
        secrets.insert(QLatin1StringView(SecretKind::Token), m_token->text().trimmed());
    if (auth == Profile::Auth::OAuthMachineToMachine && !m_clientSecret->text().trimmed().isEmpty())
        secrets.insert(QLatin1StringView(SecretKind::ClientSecret),
                       m_clientSecret->text().trimmed());
    return secrets;
}

} // namespace brickdesk
