#pragma once

#include "core/permissions/permissionobject.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace brickdesk {

class ApiClient;
class PermissionChange;
class PermissionsLoader;
class PermissionsModel;
class StatusLine;

// Who may do what with one object, and the place to change it: one row per
// principal with the level set on the object (editable, only the levels its
// type has) and what it inherits, named by where it comes from ("Can manage
// (from folder /Shared/etl)"). Add Principal searches the directory, Remove
// takes a direct level away, Transfer Ownership (jobs and pipelines) names
// the new owner and keeps the former one as a manager. Below the table the
// pending change is spelled out before anything is sent: what is added,
// changed and removed, and whether it goes as a merge (PATCH) or, because
// something is removed, as a whole new list (PUT, which asks first). Rules
// the workspace would refuse, and taking away one's own manage right, are
// caught there with a plain message. Non-modal: open it with show().
class PermissionsDialog : public QDialog
{
    Q_OBJECT

public:
    PermissionsDialog(ApiClient *client, const QString &workspaceName,
                      const PermissionObject &object, QWidget *parent = nullptr);
    ~PermissionsDialog() override;

    PermissionsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    const PermissionObject &object() const { return m_object; }
    bool isLoaded() const;
    bool isBusy() const { return m_sending; }
    // The preview's and the problems' texts, and the status line's, for tests.
    QString previewText() const;
    QString problemText() const;
    QString statusText() const;
    QString errorText() const;

    void addPrincipal();
    void removeSelected();
    void transferOwnership();
    void apply();
    void reload();

public slots:
    // Asks before discarding unsent changes; stays open when the answer is no.
    void reject() override;

signals:
    void loaded();
    // A change was sent and answered (`ok`) or refused.
    void applied(bool ok);

private:
    void onLoaded();
    void send(const PermissionChange &change);
    void updatePreview();
    void updateButtons();
    QStringList currentProblems() const;
    QString describe(const PermissionChange &change) const;
    int selectedRow() const;
    void askToDiscard(const QString &question, std::function<void()> then);

    QPointer<ApiClient> m_client;
    QString m_workspace;
    PermissionObject m_object;
    PermissionsLoader *m_loader;
    PermissionsModel *m_model;
    QLabel *m_heading;
    QTableView *m_view;
    QLabel *m_preview;
    QLabel *m_problems;
    StatusLine *m_status;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_transfer;
    QPushButton *m_revert;
    QPushButton *m_reload;
    QPushButton *m_apply;
    QPushButton *m_close;
    bool m_sending = false;
    std::unique_ptr<QObject> m_sendScope;
};

} // namespace brickdesk
