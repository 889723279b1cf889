#include "app/secrets/aclmatrixdialog.h"

#include "app/common/confirmdialog.h"
#include "app/common/principalpickerdialog.h"
#include "app/common/statusline.h"
#include "core/net/apiclient.h"
#include "core/secrets/aclmatrixmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// Adds the principals' icons to the row headers (core has no icons).
class PrincipalIconProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Vertical && role == Qt::DecorationRole && sourceModel())
            return PrincipalPickerDialog::iconFor(Principal::Kind(
                sourceModel()
                    ->headerData(section, orientation, AclMatrixModel::PrincipalKindRole)
                    .toInt()));
        return QIdentityProxyModel::headerData(section, orientation, role);
    }
};

// Who failed on which scope and why, for the status line.
QString describeFailures(const QList<AclMatrixModel::Change> &failures)
{
    QStringList parts;
    for (const AclMatrixModel::Change &change : failures) {
        const QString who = change.principal.kind == Principal::Kind::ServicePrincipal &&
                                    change.principal.displayName != change.principal.aclName
                                ? AclMatrixDialog::tr("%1 (%2)").arg(change.principal.displayName,
                                                                     change.principal.aclName)
                                : change.principal.aclName;
        parts << AclMatrixDialog::tr("%1 on “%2” (%3)").arg(who, change.scope, change.error);
    }
    return parts.join(u"; "_s);
}

} // namespace

QWidget *AclLevelDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                        const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(u"aclLevelEditor"_s);
    combo->setAccessibleName(tr("Permission"));
    combo->addItem(tr("None"), AclMatrixModel::kNoPermission);
    for (const SecretPermission level :
         {SecretPermission::Read, SecretPermission::Write, SecretPermission::Manage})
        combo->addItem(AclMatrixModel::levelName(int(level)), int(level));
    // A choice is the edit: commit it at once rather than on focus loss.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<AclLevelDelegate *>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void AclLevelDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const int at = combo->findData(index.data(Qt::EditRole).toInt());
    combo->setCurrentIndex(std::max(0, at));
}

void AclLevelDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
}

void AclLevelDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(AclMatrixModel::PendingRole).toBool())
        option->font.setBold(true);
    if (!index.data(AclMatrixModel::ErrorRole).toString().isEmpty()) {
        const QColor red(0xb4, 0x23, 0x18);
        option->palette.setColor(QPalette::Text, red);
        option->palette.setColor(QPalette::HighlightedText, red);
    }
}

AclMatrixDialog::AclMatrixDialog(ApiClient *client, const QString &workspaceName, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_workspace(workspaceName)
    , m_model(new AclMatrixModel(client, this))
    , m_proxy(new PrincipalIconProxy(this))
    , m_view(new QTableView(this))
    , m_status(new StatusLine(u"aclMatrixStatus"_s, u"aclMatrixError"_s, u"dismissAclMatrixError"_s,
                              this))
    , m_add(new QPushButton(tr("Add Principal…"), this))
    , m_apply(new QPushButton(tr("Apply"), this))
    , m_discard(new QPushButton(tr("Discard"), this))
    , m_reload(new QPushButton(tr("Reload"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(u"aclMatrixDialog"_s);
    setWindowTitle(tr("Secret Scope Permissions — %1").arg(workspaceName));
    setAccessibleName(tr("Secret scope permissions of %1").arg(workspaceName));
    setModal(false);

    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(u"aclMatrixView"_s);
    m_view->setAccessibleName(tr("Permissions by principal and scope"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new AclLevelDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                            QAbstractItemView::EditKeyPressed);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_status->setAccessibleName(tr("Status"));
    const auto name = [](QPushButton *button, const QString &objectName,
                         const QString &accessible) {
        button->setObjectName(objectName);
        button->setAccessibleName(accessible);
        button->setAutoDefault(false);
    };
    name(m_add, u"aclAddPrincipal"_s, tr("Add principal"));
    name(m_apply, u"aclApply"_s, tr("Apply"));
    name(m_discard, u"aclDiscard"_s, tr("Discard"));
    name(m_reload, u"aclReload"_s, tr("Reload"));
    name(m_close, u"aclClose"_s, tr("Close"));
    m_add->setIcon(QIcon(u":/icons/add.svg"_s));
    m_reload->setIcon(QIcon(u":/icons/refresh.svg"_s));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_reload);
    buttons->addStretch(1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(820, 480);

    connect(m_add, &QPushButton::clicked, this, &AclMatrixDialog::addPrincipal);
    connect(m_apply, &QPushButton::clicked, this, &AclMatrixDialog::apply);
    connect(m_discard, &QPushButton::clicked, this, &AclMatrixDialog::discard);
    connect(m_reload, &QPushButton::clicked, this, &AclMatrixDialog::reload);
    connect(m_close, &QPushButton::clicked, this, &AclMatrixDialog::reject);
    connect(m_model, &AclMatrixModel::loaded, this, &AclMatrixDialog::onLoaded);
    connect(m_model, &AclMatrixModel::loadFailed, this, [this](const ApiError &error) {
        m_status->showStatus(QString(), false);
        m_status->showError(tr("The secret scopes could not be listed: %1").arg(error.toString()));
        updateButtons();
    });
    connect(m_model, &AclMatrixModel::pendingChangesChanged, this, &AclMatrixDialog::updateButtons);
    connect(m_model, &AclMatrixModel::applyProgress, this, &AclMatrixDialog::onApplyProgress);
    connect(m_model, &AclMatrixModel::applyFinished, this, &AclMatrixDialog::onApplyFinished);

    m_status->showStatus(tr("Reading the permissions of every scope…"), true);
    m_model->load();
    updateButtons();
}

AclMatrixDialog::~AclMatrixDialog() = default;

QString AclMatrixDialog::statusText() const
{
    return m_status->statusText();
}

QString AclMatrixDialog::errorText() const
{
    return m_status->errorText();
}

void AclMatrixDialog::onLoaded()
{
    int unreadable = 0;
    for (int column = 0; column < m_model->columnCount(); ++column)
        if (!m_model->isScopeReadable(column))
            ++unreadable;
    const int scopes = m_model->columnCount();
    QString text = scopes == 1 ? tr("Read the permissions of 1 scope.")
                               : tr("Read the permissions of %1 scopes.").arg(scopes);
    if (unreadable == 1)
        text += u' ' + tr("1 scope cannot be read: its permissions need Manage.");
    else if (unreadable > 1)
        text +=
            u' ' + tr("%1 scopes cannot be read: their permissions need Manage.").arg(unreadable);
    m_status->showStatus(text, false);
    updateButtons();
}

void AclMatrixDialog::updateButtons()
{
    const bool busy = m_model->isApplying();
    const bool pending = m_model->hasPendingChanges();
    m_apply->setEnabled(pending && !busy && !m_model->isLoading());
    m_discard->setEnabled(pending && !busy);
    m_reload->setEnabled(!busy);
    m_add->setEnabled(!busy && m_model->columnCount() > 0);
}

void AclMatrixDialog::addPrincipal()
{
    PrincipalPickerDialog::ask(
        this, m_client, {}, [this](std::optional<PrincipalPickerDialog::Answer> answer) {
            if (!answer)
                return;
            const int row = m_model->addPrincipal(answer->principal);
            if (row < 0)
                return;
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            updateButtons();
        });
}

void AclMatrixDialog::apply()
{
    m_status->showError(QString());
    m_model->apply();
    updateButtons();
}

void AclMatrixDialog::discard()
{
    m_model->discardChanges();
    m_status->showError(QString());
    m_status->showStatus(tr("Changes discarded."), false);
    updateButtons();
}

void AclMatrixDialog::onApplyProgress(int done, int total)
{
    if (done < total)
        m_status->showStatus(tr("Writing %1 of %2…").arg(done + 1).arg(total), true);
}

void AclMatrixDialog::onApplyFinished(int failed)
{
    const QList<AclMatrixModel::Change> failures = m_model->failedChanges();
    if (failed == 0) {
        m_status->showStatus(tr("Every change was written."), false);
    } else {
        m_status->showStatus(QString(), false);
        const QString list = describeFailures(failures);
        m_status->showError(failed == 1 ? tr("1 change failed: %1").arg(list)
                                        : tr("%1 changes failed: %2").arg(failed).arg(list));
    }
    updateButtons();
    if (const QStringList scopes = m_model->appliedScopes(); !scopes.isEmpty())
        emit aclsChanged(scopes);
}

void AclMatrixDialog::askToDiscard(const QString &question, std::function<void()> then)
{
    if (!m_model->hasPendingChanges()) {
        then();
        return;
    }
    ConfirmDialog::Question ask;
    ask.workspace = m_workspace;
    ask.what = question;
    ask.details = tr("They have not been written to the workspace.");
    ask.action = tr("Discard");
    ConfirmDialog::ask(this, ask, [this, then = std::move(then)](bool confirmed) {
        if (!confirmed)
            return;
        m_model->discardChanges();
        then();
    });
}

void AclMatrixDialog::reload()
{
    const int pending = m_model->pendingChangeCount();
    askToDiscard(
        pending == 1
            ? tr("Discard 1 permission change in “%1” and read every scope again?").arg(m_workspace)
            : tr("Discard %1 permission changes in “%2” and read every scope again?")
                  .arg(pending)
                  .arg(m_workspace),
        [this] {
            m_status->showError(QString());
            m_status->showStatus(tr("Reading the permissions of every scope…"), true);
            m_model->load();
            updateButtons();
        });
}

void AclMatrixDialog::reject()
{
    const int pending = m_model->pendingChangeCount();
    askToDiscard(pending == 1
                     ? tr("Discard 1 permission change in “%1”?").arg(m_workspace)
                     : tr("Discard %1 permission changes in “%2”?").arg(pending).arg(m_workspace),
                 [this] {
                     m_model->cancelApply();
                     m_status->showStatus(QString(), false);
                     QDialog::reject();
                 });
}

} // namespace brickdesk
