#pragma once

#include <QDialog>
#include <QPointer>
#include <QStringList>
#include <QStyledItemDelegate>

#include <functional>

class QIdentityProxyModel;
class QPushButton;
class QTableView;

namespace brickdesk {

class AclMatrixModel;
class ApiClient;
class StatusLine;

// Edits an AclMatrixModel cell in place with a combo box: None, Read,
// Write, Manage. Pending cells show in bold, failed ones in red.
class AclLevelDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// Every secret scope's permissions in one table for one workspace: rows of
// principals, columns of scopes. Edits stay pending (bold) until Apply,
// which writes them one at a time and lists what failed. Non-modal: open it
// with show(); closing with pending changes asks first.
class AclMatrixDialog : public QDialog
{
    Q_OBJECT

public:
    AclMatrixDialog(ApiClient *client, const QString &workspaceName, QWidget *parent = nullptr);
    ~AclMatrixDialog() override;

    AclMatrixModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The status line's texts, for tests.
    QString statusText() const;
    QString errorText() const;

    // Reads every ACL again; asks first when changes are pending.
    void reload();

public slots:
    // Asks before discarding pending changes; stays open when the answer is no.
    void reject() override;

signals:
    // An apply changed the ACLs of these scopes.
    void aclsChanged(const QStringList &scopes);

private:
    void addPrincipal();
    void apply();
    void discard();
    void onLoaded();
    void onApplyProgress(int done, int total);
    void onApplyFinished(int failed);
    void updateButtons();
    void askToDiscard(const QString &question, std::function<void()> then);

    QPointer<ApiClient> m_client;
    QString m_workspace;
    AclMatrixModel *m_model;
    QIdentityProxyModel *m_proxy;
    QTableView *m_view;
    StatusLine *m_status;
    QPushButton *m_add;
    QPushButton *m_apply;
    QPushButton *m_discard;
    QPushButton *m_reload;
    QPushButton *m_close;
};

} // namespace brickdesk
