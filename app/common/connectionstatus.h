#pragma once

#include "core/net/apiclient.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

class QLabel;

namespace brickdesk {

// The status bar's account of where we are connected and as whom: the
// workspace host, and the user from SCIM Me (or why that failed).
class ConnectionStatus : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionStatus(QWidget *parent = nullptr);

    void setNotConnected();
    void setConnecting(const QString &what);
    // Shows the workspace's name and host and asks the workspace who we are.
    void setClient(ApiClient *client, bool demo, const QString &workspaceName = {});

    QString hostText() const;
    QString userText() const;

private:
    void fetchUser();

    QPointer<ApiClient> m_client;
    QLabel *m_hostIcon;
    QLabel *m_host;
    QLabel *m_userIcon;
    QLabel *m_user;
};

} // namespace brickdesk
