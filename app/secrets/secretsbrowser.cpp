#include "app/secrets/secretsbrowser.h"

#include "app/common/browserframe.h"
#include "app/common/filterbox.h"
#include "app/common/messagepage.h"
#include "app/common/principalpickerdialog.h"
#include "app/common/statusline.h"
#include "app/secrets/aclmatrixdialog.h"
#include "app/secrets/keydetailspanel.h"
#include "app/secrets/scopeaclpanel.h"
#include "app/secrets/secretsactions.h"
#include "app/secrets/secretsview.h"
#include "app/secrets/secretusagepanel.h"
#include "core/common/treefilterproxy.h"
#include "core/secrets/secretsmodel.h"
#include "core/secrets/secretusageindex.h"
#include "core/secrets/secretusagemodel.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

SecretsBrowser::SecretsBrowser(QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_filter(new FilterBox(this))
    , m_statusLine(
          new StatusLine(u"secretsStatus"_s, u"secretsError"_s, u"dismissSecretsError"_s, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_view(new SecretsView(m_splitter))
    , m_actions(new SecretsActions(m_view))
    , m_details(new QStackedWidget(m_splitter))
    , m_nothing(new MessagePage(m_details))
    , m_scopePanel(new ScopeAclPanel(m_details))
    , m_keyPanel(new KeyDetailsPanel(m_details))
    , m_keyUsage(new SecretUsagePanel)
{
    setObjectName(u"secretsBrowser"_s);
    m_toolBar->setObjectName(u"secretsToolBar"_s);
    // What people come here for reads better with its text.
    BrowserFrame::fill(
        m_toolBar,
        {m_actions->toolbarActions(),
         {m_actions->copyReferenceAction(), m_actions->permissionsAction()},
         {m_actions->newScopeAction(), m_actions->putSecretAction(), m_actions->copyValueAction(),
          m_actions->permissionsAction(), m_actions->whereUsedAction()}});
    m_filter->setObjectName(u"secretsFilter"_s);
    m_filter->setReturnFocusTo(m_view);
    connect(m_filter, &QLineEdit::textChanged, m_view, &SecretsView::setNameFilter);

    m_nothing->setIcon(QIcon(u":/icons/nav-secrets.svg"_s));
    m_nothing->setTitle(tr("Select a scope or a key"));
    m_nothing->setText(tr("A scope shows who may read, write or manage it; a key shows the "
                          "reference to use in settings and where it is used."));
    m_details->addWidget(m_nothing);
    m_details->addWidget(m_scopePanel);
    m_details->addWidget(m_keyPanel);
    m_details->setObjectName(u"secretDetails"_s);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    BrowserFrame::layOut(this, m_toolBar, {m_filter}, m_statusLine, m_splitter);
    BrowserFrame::addContextMenu(m_view, [this](QMenu *menu) { m_actions->fillMenu(menu); });
    connect(m_actions, &SecretsActions::statusChanged, m_statusLine, &StatusLine::showStatus);
    connect(m_actions, &SecretsActions::errorOccurred, m_statusLine, &StatusLine::showError);
    connect(m_scopePanel, &ScopeAclPanel::statusChanged, m_statusLine, &StatusLine::showStatus);
    connect(m_scopePanel, &ScopeAclPanel::errorOccurred, m_statusLine, &StatusLine::showError);
    connect(m_view, &SecretsView::selectionChangedByUser, this, &SecretsBrowser::showSelection);

    m_keyUsage->setObjectName(u"keyUsagePanel"_s);
    m_keyPanel->setUsageWidget(m_keyUsage);
    connect(m_actions, &SecretsActions::permissionsRequested, this,
            &SecretsBrowser::openPermissions);
    connect(m_actions, &SecretsActions::whereUsedRequested, this, &SecretsBrowser::openWhereUsed);
    // A key that goes or comes changes what references are missing.
    connect(m_actions, &SecretsActions::secretsChanged, this, [this] {
        if (m_usageIndex && (m_usageIndex->isReady() || m_usageIndex->isBuilding()))
            m_usageIndex->rebuild();
    });
    m_actions->setUsageLookup(
        [this](const QString &scope, const QString &key) { return usageOf(scope, key); });
    m_scopePanel->setPrincipalChooser([this](auto chosen) {
        if (!m_client)
            return;
        PrincipalPickerDialog::Options options;
        for (const SecretPermission level :
             {SecretPermission::Read, SecretPermission::Write, SecretPermission::Manage})
            options.levels.append({secretPermissionName(level), secretPermissionText(level)});
        PrincipalPickerDialog::ask(
            this, m_client, options,
            [chosen](const std::optional<PrincipalPickerDialog::Answer> &answer) {
                if (!answer)
                    return;
                if (const auto level = secretPermissionFromName(answer->level))
                    chosen(answer->principal.aclName, *level);
            });
    });
}

SecretsBrowser::~SecretsBrowser() = default;

void SecretsBrowser::setSecrets(SecretsModel *model, ApiClient *client, const QString &workspace)
{
    // Windows and the index of the old connection go with it.
    delete m_permissions;
    delete m_whereUsed;
    m_keyUsage->setIndex(nullptr);
    m_usageIndex.reset(client ? new SecretUsageIndex(client) : nullptr);
    m_keyUsage->setIndex(m_usageIndex.get());
    m_client = client;
    m_workspace = workspace;
    m_view->setSecretsModel(model);
    m_actions->setConnection(client, workspace);
    m_scopePanel->setConnection(client, workspace);
    m_statusLine->showStatus(QString(), false);
    m_statusLine->showError(QString());
    m_details->setCurrentWidget(m_nothing);
}

QLineEdit *SecretsBrowser::filterEdit() const
{
    return m_filter;
}

QString SecretsBrowser::statusText() const
{
    return m_statusLine->statusText();
}

QString SecretsBrowser::errorText() const
{
    return m_statusLine->errorText();
}

void SecretsBrowser::showSelection()
{
    const SecretsModel *model = m_view->secretsModel();
    const QModelIndexList rows = m_view->selectedEntryRows();
    if (!model || rows.size() != 1) {
        m_details->setCurrentWidget(m_nothing);
        return;
    }
    const QModelIndex source = m_view->sourceIndex(rows.first());
    const std::optional<SecretScope> scope = model->scopeAt(source);
    if (!scope) {
        m_details->setCurrentWidget(m_nothing);
        return;
    }
    if (const std::optional<SecretKeyInfo> key = model->keyAt(source)) {
        m_keyPanel->showKey(*scope, *key);
        m_keyUsage->showKey(scope->name, key->key);
        m_details->setCurrentWidget(m_keyPanel);
        return;
    }
    // The ACL is listed again only when another scope is chosen, not on
    // every change of selection within it.
    if (m_scopePanel->scope() != scope->name || m_details->currentWidget() != m_scopePanel)
        m_scopePanel->showScope(*scope);
    m_details->setCurrentWidget(m_scopePanel);
}

AclMatrixDialog *SecretsBrowser::permissionsDialog() const
{
    return m_permissions;
}

QDialog *SecretsBrowser::whereUsedDialog() const
{
    return m_whereUsed;
}

QStringList SecretsBrowser::usageOf(const QString &scope, const QString &key) const
{
    QStringList users;
    if (!m_usageIndex || !m_usageIndex->isReady())
        return users;
    for (const SecretUsage &usage : m_usageIndex->usagesOf(scope, key))
        users << tr("%1 “%2”").arg(SecretUsageModel::kindName(usage.kind), usage.name);
    users.removeDuplicates();
    return users;
}

void SecretsBrowser::openPermissions()
{
    if (!m_client)
        return;
    if (!m_permissions) {
        m_permissions = new AclMatrixDialog(m_client, m_workspace, window());
        m_permissions->setAttribute(Qt::WA_DeleteOnClose);
        connect(
            m_permissions, &AclMatrixDialog::aclsChanged, this, [this](const QStringList &scopes) {
                // The scope pane shows one of them: list it again.
                const SecretsModel *model = m_view->secretsModel();
                if (!model || !scopes.contains(m_scopePanel->scope()))
                    return;
                if (const auto scope = model->scopeAt(model->indexForScope(m_scopePanel->scope())))
                    m_scopePanel->showScope(*scope);
            });
    }
    m_permissions->show();
    m_permissions->raise();
    m_permissions->activateWindow();
}

void SecretsBrowser::openWhereUsed()
{
    if (!m_usageIndex)
        return;
    if (!m_whereUsed) {
        m_whereUsed = new QDialog(window());
        m_whereUsed->setObjectName(u"whereUsedDialog"_s);
        m_whereUsed->setAttribute(Qt::WA_DeleteOnClose);
        m_whereUsed->setWindowTitle(tr("Secret References — %1").arg(m_workspace));
        auto *panel = new SecretUsagePanel(m_whereUsed);
        panel->setObjectName(u"missingReferencesPanel"_s);
        panel->setIndex(m_usageIndex.get());
        panel->showMissingReferences();
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_whereUsed);
        connect(buttons, &QDialogButtonBox::rejected, m_whereUsed, &QDialog::reject);
        auto *layout = new QVBoxLayout(m_whereUsed);
        layout->addWidget(panel, 1);
        layout->addWidget(buttons);
        m_whereUsed->resize(760, 420);
    }
    m_whereUsed->show();
    m_whereUsed->raise();
    m_whereUsed->activateWindow();
}

} // namespace brickdesk
