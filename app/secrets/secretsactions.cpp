#include "app/secrets/secretsactions.h"

#include "app/common/confirmdialog.h"
#include "app/secrets/createscopedialog.h"
#include "app/secrets/putsecretdialog.h"
#include "app/secrets/secretsview.h"
#include "app/secrets/secretvaluecopier.h"
#include "core/common/treefilterproxy.h"
#include "core/secrets/secretreference.h"
#include "core/secrets/secretsmodel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk {

SecretsActions::SecretsActions(SecretsView *view)
    : AreaActions(view)
    , m_view(view)
    , m_copier(new SecretValueCopier(this))
{
    m_newScope =
        makeAction(tr("New &Scope…"), u"folder-new"_s,
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), tr("Create a secret scope"));
    m_putSecret = makeAction(tr("&Put Secret…"), u"key"_s, QKeySequence(Qt::CTRL | Qt::Key_N),
                             tr("Put a secret in the scope"));
    m_deleteScope = makeAction(tr("Delete Scope…"), u"remove"_s, {}, tr("Delete the scope"));
    m_deleteSecret = makeAction(tr("&Delete Secret…"), u"remove"_s, QKeySequence::Delete,
                                tr("Delete the selected secret"));
    m_copyReference =
        makeAction(tr("Copy &Reference"), u"copy"_s, QKeySequence::Copy,
                   tr("Copy {{secrets/scope/key}}, as job and cluster settings name it"));
    m_copyValue = makeAction(tr("Copy &Value…"), QString(), {},
                             tr("Put the value on the clipboard for 30 seconds"));
    m_permissions = makeAction(tr("Permissions…"), u"user"_s, {},
                               tr("Who may read, write or manage every scope, in one table"));
    m_whereUsed = makeAction(
        tr("Where Used…"), u"search"_s, {},
        tr("Jobs, clusters and pipelines that use secrets, and references to keys that do not "
           "exist"));
    m_refresh = makeAction(tr("Refresh"), u"refresh"_s, QKeySequence::Refresh,
                           tr("List the scopes and opened scopes' keys again"));
    const QList<std::pair<QAction *, QString>> names{
        {m_newScope, u"newScopeAction"_s},           {m_putSecret, u"putSecretAction"_s},
        {m_deleteScope, u"deleteScopeAction"_s},     {m_deleteSecret, u"deleteSecretAction"_s},
        {m_copyReference, u"copyReferenceAction"_s}, {m_copyValue, u"copyValueAction"_s},
        {m_permissions, u"permissionsAction"_s},     {m_whereUsed, u"whereUsedAction"_s},
        {m_refresh, u"refreshSecretsAction"_s}};
    for (const auto &[action, name] : names)
        action->setObjectName(name);
    connect(m_newScope, &QAction::triggered, this, &SecretsActions::newScope);
    connect(m_putSecret, &QAction::triggered, this, &SecretsActions::putSecret);
    connect(m_deleteScope, &QAction::triggered, this, &SecretsActions::deleteScope);
    connect(m_deleteSecret, &QAction::triggered, this, &SecretsActions::deleteSecret);
    connect(m_copyReference, &QAction::triggered, this, &SecretsActions::copyReference);
    connect(m_copyValue, &QAction::triggered, this, &SecretsActions::copyValue);
    connect(m_permissions, &QAction::triggered, this, &SecretsActions::permissionsRequested);
    connect(m_whereUsed, &QAction::triggered, this, &SecretsActions::whereUsedRequested);
    connect(m_refresh, &QAction::triggered, this, &SecretsActions::refresh);

    connect(m_view, &SecretsView::selectionChangedByUser, this, &SecretsActions::updateActions);
    connect(m_copier, &SecretValueCopier::statusChanged, this, &SecretsActions::statusChanged);
    connect(m_copier, &SecretValueCopier::errorOccurred, this, &SecretsActions::errorOccurred);
    updateActions();
}

SecretsActions::~SecretsActions() = default;

QList<QAction *> SecretsActions::toolbarActions() const
{
    return {m_newScope,  m_putSecret,   m_deleteSecret, m_copyReference,
            m_copyValue, m_permissions, m_whereUsed,    m_refresh};
}

void SecretsActions::fillMenu(QMenu *menu) const
{
    menu->addAction(m_putSecret);
    menu->addAction(m_copyReference);
    menu->addAction(m_copyValue);
    menu->addSeparator();
    menu->addAction(m_newScope);
    menu->addAction(m_deleteScope);
    menu->addAction(m_deleteSecret);
    menu->addSeparator();
    menu->addAction(m_permissions);
    menu->addAction(m_whereUsed);
    menu->addAction(m_refresh);
}

void SecretsActions::setConnection(ApiClient *client, const QString &workspace)
{
    m_scope.reset(); // what was in flight for the old connection stops here
    m_client = client;
    m_workspace = workspace;
    updateActions();
}

QObject *SecretsActions::operationScope()
{
    if (!m_scope)
        m_scope = std::make_unique<QObject>();
    return m_scope.get();
}

void SecretsActions::updateActions()
{
    const bool connected = m_client && m_view->secretsModel();
    const SecretsView::Selection current = m_view->current();
    const bool writable = current.isValid() && !current.isKeyVault;
    m_newScope->setEnabled(connected);
    m_deleteScope->setEnabled(connected && current.isValid() && !current.isKey());
    m_putSecret->setEnabled(connected && writable);
    m_deleteSecret->setEnabled(connected && writable && current.isKey());
    m_copyReference->setEnabled(current.isKey());
    m_copyValue->setEnabled(connected && current.isKey());
    m_permissions->setEnabled(connected);
    m_whereUsed->setEnabled(connected);
    m_refresh->setEnabled(connected);
    const QString readOnly = tr("Secrets of an Azure Key Vault scope are managed in Azure.");
    m_putSecret->setToolTip(current.isKeyVault ? readOnly : tr("Put a secret in the scope"));
    m_deleteSecret->setToolTip(current.isKeyVault ? readOnly : tr("Delete the selected secret"));
}

void SecretsActions::selectOnceListed(const QString &folderKey, std::function<void()> select)
{
    // Once, for the next listing of that folder: what was just created is
    // then a row to select.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_view->secretsModel(), &SecretsModel::folderLoaded, this,
                          [folderKey, connection, select = std::move(select)](const QString &key) {
                              if (key != folderKey)
                                  return;
                              disconnect(*connection);
                              select();
                          });
}

void SecretsActions::reportDone(const QString &status, const std::optional<ApiError> &error,
                                const QString &failure)
{
    if (error) {
        emit statusChanged(QString(), false);
        emit errorOccurred(failure.arg(error->toString()));
        return;
    }
    emit statusChanged(status, false);
    emit secretsChanged();
}

// Questions and dialogs are children of the view: when the workspace closes
// they go with it, and their answers never reach actions that are gone.
void SecretsActions::newScope()
{
    SecretsModel *model = m_view->secretsModel();
    if (!m_client || !model)
        return;
    QStringList existing;
    for (const SecretScope &scope : model->scopes())
        existing << scope.name;
    CreateScopeDialog::ask(
        m_view, m_workspace, existing, [this](const CreateScopeDialog::Answer &answer) {
            if (!m_client || !m_view->secretsModel())
                return;
            emit statusChanged(tr("Creating scope “%1”…").arg(answer.name), true);
            SecretsService(m_client).createScope(
                answer.name, answer.manageByAllUsers, operationScope(),
                [this, name = answer.name](const std::optional<ApiError> &error) {
                    reportDone(tr("Created scope “%1”.").arg(name), error,
                               tr("Could not create the scope: %1"));
                    if (error || !m_view->secretsModel())
                        return;
                    selectOnceListed(QString(), [this, name] { m_view->selectScope(name); });
                    m_view->secretsModel()->refreshScopes();
                });
        });
}

void SecretsActions::deleteScope()
{
    const SecretsView::Selection current = m_view->current();
    if (!m_client || !current.isValid() || current.isKey())
        return;
    const QString scope = current.scope;
    emit statusChanged(tr("Counting the secrets in “%1”…").arg(scope), true);
    // Say how many go: list them first (the tree may not have opened it).
    SecretsService(m_client).listKeys(
        scope, operationScope(),
        [this, scope](const std::optional<ApiError> &error, const QList<SecretKeyInfo> &keys) {
            emit statusChanged(QString(), false);
            if (error) {
                emit errorOccurred(
                    tr("Could not list the secrets of “%1”: %2").arg(scope, error->toString()));
                return;
            }
            ConfirmDialog::Question question;
            question.workspace = m_workspace;
            question.what =
                keys.isEmpty()
                    ? tr("Delete the empty scope “%1” from workspace “%2”?").arg(scope, m_workspace)
                    : tr("Delete scope “%1” and its %n secret(s) from workspace “%2”?", nullptr,
                         int(keys.size()))
                          .arg(scope, m_workspace);
            question.details = tr("Jobs, clusters and pipelines that read these secrets will "
                                  "fail. This cannot be undone.");
            question.action = tr("Delete Scope");
            ConfirmDialog::ask(m_view, question, [this, scope](bool yes) {
                if (!yes || !m_client)
                    return;
                emit statusChanged(tr("Deleting scope “%1”…").arg(scope), true);
                SecretsService(m_client).deleteScope(
                    scope, operationScope(), [this, scope](const std::optional<ApiError> &failure) {
                        reportDone(tr("Deleted scope “%1”.").arg(scope), failure,
                                   tr("Could not delete the scope: %1"));
                        if (!failure && m_view->secretsModel())
                            m_view->secretsModel()->refreshScopes();
                    });
            });
        });
}

void SecretsActions::putSecret()
{
    const SecretsView::Selection current = m_view->current();
    if (!m_client || !current.isValid() || current.isKeyVault)
        return;
    const QString scope = current.scope;
    const bool replacing = current.isKey();
    PutSecretDialog::ask(
        m_view, m_workspace, scope, current.key,
        [this, scope, replacing](const PutSecretDialog::Answer &answer) {
            if (!m_client)
                return;
            if (replacing) {
                put(scope, answer.key, answer.value); // the user chose Replace on that key
                return;
            }
            // A new name may still be taken: ask before overwriting it.
            SecretsService(m_client).listKeys(
                scope, operationScope(),
                [this, scope, answer](const std::optional<ApiError> &error,
                                      const QList<SecretKeyInfo> &keys) {
                    const bool exists =
                        !error && std::any_of(keys.begin(), keys.end(),
                                              [&](const auto &k) { return k.key == answer.key; });
                    if (!exists) {
                        put(scope, answer.key, answer.value);
                        return;
                    }
                    ConfirmDialog::Question question;
                    question.workspace = m_workspace;
                    question.what = tr("Replace the value of “%1” in scope “%2” of workspace "
                                       "“%3”?")
                                        .arg(answer.key, scope, m_workspace);
                    question.details = tr("The key exists. Its current value is overwritten "
                                          "and cannot be recovered.");
                    question.action = tr("Replace");
                    ConfirmDialog::ask(m_view, question, [this, scope, answer](bool yes) {
                        if (yes)
                            put(scope, answer.key, answer.value);
                    });
                });
        });
}

void SecretsActions::put(const QString &scope, const QString &key,
                         const SecretsService::Value &value)
{
    if (!m_client)
        return;
    emit statusChanged(tr("Putting “%1” in “%2”…").arg(key, scope), true);
    SecretsService(m_client).putSecret(
        scope, key, value, operationScope(),
        [this, scope, key](const std::optional<ApiError> &error) {
            reportDone(tr("Put “%1” in “%2”.").arg(key, scope), error,
                       tr("The secret was not put: %1"));
            SecretsModel *model = m_view->secretsModel();
            if (error || !model)
                return;
            selectOnceListed(u"/"_s + scope, [this, scope, key] { m_view->selectKey(scope, key); });
            const QModelIndex folder = model->indexForScope(scope);
            if (model->isLoaded(folder) || model->isLoading(folder))
                model->refreshScope(scope);
            else
                m_view->expand(m_view->proxy()->mapFromSource(folder)); // lists it
        });
}

void SecretsActions::deleteSecret()
{
    const SecretsView::Selection current = m_view->current();
    if (!m_client || !current.isKey() || current.isKeyVault)
        return;
    const QString scope = current.scope;
    const QString key = current.key;
    const QStringList users = m_usageLookup ? m_usageLookup(scope, key) : QStringList();
    ConfirmDialog::Question question;
    question.workspace = m_workspace;
    question.what =
        tr("Delete secret “%1” from scope “%2” in workspace “%3”?").arg(key, scope, m_workspace);
    question.details =
        users.isEmpty()
            ? tr("No job, cluster or pipeline that Brickdesk looked at uses it. This cannot be "
                 "undone.")
            : tr("It is used by %n thing(s), which will fail when they next start: %1. This "
                 "cannot be undone.",
                 nullptr, int(users.size()))
                  .arg(users.join(u", "_s));
    question.action = tr("Delete Secret");
    ConfirmDialog::ask(m_view, question, [this, scope, key](bool yes) {
        if (!yes || !m_client)
            return;
        emit statusChanged(tr("Deleting “%1”…").arg(key), true);
        SecretsService(m_client).deleteSecret(
            scope, key, operationScope(), [this, scope, key](const std::optional<ApiError> &error) {
                reportDone(tr("Deleted “%1” from “%2”.").arg(key, scope), error,
                           tr("The secret was not deleted: %1"));
                if (!error && m_view->secretsModel())
                    m_view->secretsModel()->refreshScope(scope);
            });
    });
}

void SecretsActions::copyReference()
{
    const SecretsView::Selection current = m_view->current();
    if (!current.isKey())
        return;
    const QString reference = SecretReference{current.scope, current.key}.toString();
    QGuiApplication::clipboard()->setText(reference);
    emit statusChanged(tr("Copied %1").arg(reference), false);
}

void SecretsActions::copyValue()
{
    const SecretsView::Selection current = m_view->current();
    if (m_client && current.isKey())
        m_copier->copy(m_view, m_client, m_workspace, current.scope, current.key);
}

void SecretsActions::refresh()
{
    if (SecretsModel *model = m_view->secretsModel())
        model->refreshScopes();
}

} // namespace brickdesk
