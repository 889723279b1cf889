#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QDialog;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace brickdesk {

class AclMatrixDialog;
class ApiClient;
class FilterBox;
class KeyDetailsPanel;
class MessagePage;
class ScopeAclPanel;
class SecretsActions;
class SecretsModel;
class SecretsView;
class SecretUsageIndex;
class SecretUsagePanel;
class StatusLine;

// The Secrets area's content: toolbar and filter above, the tree of scopes
// and keys on the left, and on the right what is selected: a scope with its
// ACL, or a key with its reference and where it is used.
class SecretsBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit SecretsBrowser(QWidget *parent = nullptr);
    ~SecretsBrowser() override;

    // Shows `model` (not owned); changes go through `client`. Null clears.
    void setSecrets(SecretsModel *model, ApiClient *client, const QString &workspace);

    SecretsView *view() const { return m_view; }
    SecretsActions *actions() const { return m_actions; }
    ScopeAclPanel *scopePanel() const { return m_scopePanel; }
    KeyDetailsPanel *keyPanel() const { return m_keyPanel; }
    QStackedWidget *details() const { return m_details; }
    QLineEdit *filterEdit() const;
    QString statusText() const;
    QString errorText() const;
    // Where secrets are used; null while detached.
    SecretUsageIndex *usageIndex() const { return m_usageIndex.get(); }
    SecretUsagePanel *keyUsagePanel() const { return m_keyUsage; }
    // The windows Permissions… and Where Used… open (null until then).
    AclMatrixDialog *permissionsDialog() const;
    QDialog *whereUsedDialog() const;

private:
    void showSelection();
    void openPermissions();
    void openWhereUsed();
    QStringList usageOf(const QString &scope, const QString &key) const;

    QToolBar *m_toolBar;
    FilterBox *m_filter;
    StatusLine *m_statusLine;
    QSplitter *m_splitter;
    SecretsView *m_view;
    SecretsActions *m_actions;
    QStackedWidget *m_details;
    MessagePage *m_nothing;
    ScopeAclPanel *m_scopePanel;
    KeyDetailsPanel *m_keyPanel;
    SecretUsagePanel *m_keyUsage;
    ApiClient *m_client = nullptr;
    QString m_workspace;
    std::unique_ptr<SecretUsageIndex> m_usageIndex;
    QPointer<AclMatrixDialog> m_permissions;
    QPointer<QDialog> m_whereUsed;
};

} // namespace brickdesk
