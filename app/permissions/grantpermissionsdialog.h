#pragma once

#include "core/auth/scimservice.h"
#include "core/permissions/permissionobject.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace brickdesk {

class ApiClient;
class PermissionsGrant;
class StatusLine;

// Gives one principal one level on every selected object at once (jobs,
// clusters, notebooks, folders… mixed): the levels offered are those all of
// their types have. Each object's row then says what happened to it:
// granted, already had that level or a stronger one (which is kept), or
// why it failed; the others go on regardless. Non-modal: open with show().
class GrantPermissionsDialog : public QDialog
{
    Q_OBJECT

public:
    GrantPermissionsDialog(ApiClient *client, const QString &workspaceName,
                           const QList<PermissionObject> &objects, QWidget *parent = nullptr);
    ~GrantPermissionsDialog() override;

    const QList<PermissionObject> &objects() const { return m_objects; }
    QStringList levels() const;
    void setPrincipal(const Principal &principal);
    void setLevel(const QString &level);
    // Each object's result as its row shows it.
    QString resultText(int row) const;
    QString statusText() const;
    QString errorText() const;
    bool isRunning() const;

    void choosePrincipal();
    void grant();

signals:
    // Every object has answered.
    void finished();

private:
    void showResult(int index);
    void onFinished();
    void updateButtons();

    QPointer<ApiClient> m_client;
    QString m_workspace;
    QList<PermissionObject> m_objects;
    std::optional<Principal> m_principal;
    QTreeWidget *m_list;
    QLabel *m_principalLabel;
    QPushButton *m_choose;
    QComboBox *m_level;
    StatusLine *m_status;
    QPushButton *m_grant;
    QPushButton *m_close;
    PermissionsGrant *m_operation = nullptr;
};

} // namespace brickdesk
