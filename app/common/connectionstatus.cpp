#include "app/common/connectionstatus.h"

#include "core/auth/scimservice.h"
#include "core/net/apiclient.h"
#include "core/net/apirequest.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

QLabel *iconLabel(const QString &resource, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setPixmap(QIcon(resource).pixmap(QSize(16, 16), parent->devicePixelRatioF()));
    return label;
}

} // namespace

ConnectionStatus::ConnectionStatus(QWidget *parent)
    : QWidget(parent)
    , m_hostIcon(iconLabel(u":/icons/host.svg"_s, this))
    , m_host(new QLabel(this))
    , m_userIcon(iconLabel(u":/icons/user.svg"_s, this))
    , m_user(new QLabel(this))
{
    m_host->setObjectName(u"hostStatus"_s);
    m_user->setObjectName(u"userStatus"_s);
    m_host->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_user->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_host->setTextFormat(Qt::PlainText);
    m_user->setTextFormat(Qt::PlainText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_hostIcon);
    layout->addWidget(m_host);
    layout->addSpacing(14);
    layout->addWidget(m_userIcon);
    layout->addWidget(m_user);
    layout->addStretch(1); // keep icon and text together in a wide status bar
    setNotConnected();
}

void ConnectionStatus::setNotConnected()
{
    setConnecting(tr("Not connected"));
}

void ConnectionStatus::setConnecting(const QString &what)
{
    m_client = nullptr;
    m_host->setText(what);
    m_host->setToolTip(QString());
    m_user->clear();
    m_userIcon->hide();
    m_user->hide();
}

void ConnectionStatus::setClient(ApiClient *client, bool demo, const QString &workspaceName)
{
    m_client = client;
    const QString host = client->host().authority();
    QString text = host;
    if (demo)
        text = tr("%1 (demo workspace)").arg(host);
    else if (!workspaceName.isEmpty() && workspaceName != host)
        text = tr("%1 — %2").arg(workspaceName, host);
    m_host->setText(text);
    m_host->setToolTip(client->host().toString());
    m_userIcon->show();
    m_user->show();
    m_user->setText(tr("Identifying user…"));
    m_user->setToolTip(QString());
    fetchUser();
}

void ConnectionStatus::fetchUser()
{
    if (!m_client)
        return;
    QPointer<ApiClient> asked = m_client;
    ScimService(m_client).me(
        this, [this, asked](const std::optional<ApiError> &error, const CurrentUser &user) {
            if (!asked || asked != m_client)
                return; // disconnected or connected elsewhere meanwhile
            if (error) {
                m_user->setText(tr("User unknown: %1").arg(error->title()));
                m_user->setToolTip(error->toString());
                return;
            }
            if (user.displayName.isEmpty() || user.displayName == user.userName)
                m_user->setText(user.userName);
            else
                m_user->setText(tr("%1 (%2)").arg(user.displayName, user.userName));
            m_user->setToolTip(tr("Signed in as %1").arg(user.userName));
        });
}

QString ConnectionStatus::hostText() const
{
    return m_host->text();
}

QString ConnectionStatus::userText() const
{
    return m_user->text();
}

} // namespace brickdesk
