#pragma once

#include "core/secrets/secrettypes.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace brickdesk {

class ApiClient;
class ScopeAclModel;

// The pane beside the tree for a scope: its backend (a Key Vault scope shows
// its vault and that it is read-only here) and its ACL, with Add…, Change
// and Remove. Each change is one call, sent only when the previous one has
// answered (the service is not consistent under parallel ACL calls on a
// scope), and the table is listed again afterwards.
class ScopeAclPanel : public QWidget
{
    Q_OBJECT

public:
    // Picks a principal and a level for Add…; the page wires it to the
    // principal picker (tests to a stand-in).
    using PrincipalChooser =
        std::function<void(std::function<void(const QString &principal, SecretPermission)>)>;

    explicit ScopeAclPanel(QWidget *parent = nullptr);
    ~ScopeAclPanel() override;

    // `client` null detaches. `workspace` names it in questions.
    void setConnection(ApiClient *client, const QString &workspace);
    void setPrincipalChooser(PrincipalChooser chooser);
    void showScope(const SecretScope &scope);
    QString scope() const { return m_scope.name; }

    ScopeAclModel *model() const { return m_model.get(); }
    QTableView *table() const { return m_table; }

    // The actions, also for tests: each acts on the selected row.
    void addEntry();
    void changeSelected(SecretPermission permission);
    void removeSelected();

signals:
    void statusChanged(const QString &text, bool busy);
    void errorOccurred(const QString &message);
    // A change was written (or failed) and the table listed again.
    void aclChanged(const QString &scope);

private:
    void updateButtons();
    void putEntry(const QString &principal, SecretPermission permission);
    void finishChange(const QString &done, const std::optional<struct ApiError> &error);

    ApiClient *m_client = nullptr;
    QString m_workspace;
    SecretScope m_scope;
    std::unique_ptr<ScopeAclModel> m_model;
    PrincipalChooser m_chooser;
    QLabel *m_title;
    QLabel *m_backend;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_change;
    QPushButton *m_remove;
    // The context of the ACL call in flight; one at a time.
    std::unique_ptr<QObject> m_callScope;
};

} // namespace brickdesk
