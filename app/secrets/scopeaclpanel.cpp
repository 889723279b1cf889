#include "app/secrets/scopeaclpanel.h"

#include "app/common/confirmdialog.h"
#include "app/common/principalpickerdialog.h"
#include "core/net/apierror.h"
#include "core/secrets/scopeaclmodel.h"
#include "core/secrets/secretsmodel.h"
#include "core/secrets/secretsservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// The principal column shows who it is with an icon per kind.
class PrincipalDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != ScopeAclModel::PrincipalColumn)
            return;
        option->icon = PrincipalPickerDialog::iconFor(
            Principal::Kind(index.data(ScopeAclModel::KindRole).toInt()));
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
    }
};

} // namespace

ScopeAclPanel::ScopeAclPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_backend(new QLabel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(QIcon(u":/icons/add.svg"_s), tr("&Add…"), this))
    , m_change(new QPushButton(tr("C&hange"), this))
    , m_remove(new QPushButton(QIcon(u":/icons/remove.svg"_s), tr("&Remove"), this))
{
    setObjectName(u"scopeAclPanel"_s);
    m_title->setObjectName(u"scopeTitle"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_backend->setObjectName(u"scopeBackend"_s);
    m_backend->setWordWrap(true);
    m_backend->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(u"scopeAclTable"_s);
    m_table->setAccessibleName(tr("Scope permissions"));
    m_table->setItemDelegate(new PrincipalDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);

    m_add->setObjectName(u"addAclEntry"_s);
    m_add->setAccessibleName(tr("Add a principal to the scope's permissions"));
    m_change->setObjectName(u"changeAclEntry"_s);
    m_change->setAccessibleName(tr("Change the selected principal's permission"));
    auto *levels = new QMenu(m_change);
    for (auto level : {SecretPermission::Read, SecretPermission::Write, SecretPermission::Manage})
        levels->addAction(secretPermissionText(level), this,
                          [this, level] { changeSelected(level); });
    m_change->setMenu(levels);
    m_remove->setObjectName(u"removeAclEntry"_s);
    m_remove->setAccessibleName(tr("Remove the selected principal's permission"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_change);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *heading = new QLabel(tr("Permissions"), this);
    heading->setStyleSheet(u"font-weight: 600;"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(m_title);
    layout->addWidget(m_backend);
    layout->addSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ScopeAclPanel::addEntry);
    connect(m_remove, &QPushButton::clicked, this, &ScopeAclPanel::removeSelected);
    setConnection(nullptr, QString());
}

ScopeAclPanel::~ScopeAclPanel() = default;

void ScopeAclPanel::setConnection(ApiClient *client, const QString &workspace)
{
    m_callScope.reset();
    m_client = client;
    m_workspace = workspace;
    // A model per connection: a reply for the old one cannot reach the new.
    m_table->setModel(nullptr);
    m_model = std::make_unique<ScopeAclModel>(client);
    m_table->setModel(m_model.get());
    m_table->horizontalHeader()->setSectionResizeMode(ScopeAclModel::PrincipalColumn,
                                                      QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ScopeAclPanel::updateButtons);
    connect(m_model.get(), &ScopeAclModel::stateChanged, this, [this](ScopeAclModel::State state) {
        if (state == ScopeAclModel::State::Failed)
            emit errorOccurred(
                tr("Could not list who may use “%1”: %2").arg(m_scope.name, m_model->errorText()));
        updateButtons();
    });
    m_scope = {};
    updateButtons();
}

void ScopeAclPanel::setPrincipalChooser(PrincipalChooser chooser)
{
    m_chooser = std::move(chooser);
    updateButtons();
}

void ScopeAclPanel::showScope(const SecretScope &scope)
{
    m_scope = scope;
    m_title->setText(scope.name);
    m_backend->setText(
        scope.isKeyVault()
            ? tr("Azure Key Vault %1\n%2\nIts secrets are managed in Azure and cannot be put or "
                 "deleted here; who may read them is set below.")
                  .arg(scope.keyVaultDnsName, scope.keyVaultResourceId)
            : tr("Backed by Databricks."));
    m_model->setScope(scope.name);
    updateButtons();
}

void ScopeAclPanel::updateButtons()
{
    const bool ready = m_client && !m_scope.name.isEmpty() && !m_callScope &&
                       m_model->state() == ScopeAclModel::State::Loaded;
    const bool selected = m_table->selectionModel() && m_table->selectionModel()->hasSelection();
    m_add->setEnabled(ready && m_chooser);
    m_change->setEnabled(ready && selected);
    m_remove->setEnabled(ready && selected);
}

void ScopeAclPanel::addEntry()
{
    if (!m_chooser || !m_add->isEnabled())
        return;
    m_chooser([this](const QString &principal, SecretPermission permission) {
        putEntry(principal, permission);
    });
}

void ScopeAclPanel::changeSelected(SecretPermission permission)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1 || m_callScope)
        return;
    putEntry(m_model->aclAt(rows.first().row()).principal, permission);
}

void ScopeAclPanel::putEntry(const QString &principal, SecretPermission permission)
{
    if (!m_client || m_callScope)
        return;
    m_callScope = std::make_unique<QObject>();
    updateButtons();
    const QString text =
        tr("Giving %1 %2 on “%3”…").arg(principal, secretPermissionText(permission), m_scope.name);
    emit statusChanged(text, true);
    SecretsService(m_client).putAcl(
        m_scope.name, {principal, permission}, m_callScope.get(),
        [this, principal, permission](const std::optional<ApiError> &error) {
            finishChange(tr("%1 now has %2 on “%3”.")
                             .arg(principal, secretPermissionText(permission), m_scope.name),
                         error);
        });
}

void ScopeAclPanel::removeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1 || m_callScope || !m_client)
        return;
    const QString principal = m_model->aclAt(rows.first().row()).principal;
    ConfirmDialog::Question question;
    question.workspace = m_workspace;
    question.what = tr("Remove %1's access to scope “%2” in workspace “%3”?")
                        .arg(principal, m_scope.name, m_workspace);
    question.details = tr("Jobs and clusters that run as %1 can no longer read the scope's "
                          "secrets, unless a group gives them access.")
                           .arg(principal);
    question.action = tr("Remove Access");
    ConfirmDialog::ask(this, question, [this, principal, scope = m_scope.name](bool yes) {
        if (!yes || !m_client || m_callScope || scope != m_scope.name)
            return;
        m_callScope = std::make_unique<QObject>();
        updateButtons();
        emit statusChanged(tr("Removing %1 from “%2”…").arg(principal, scope), true);
        SecretsService(m_client).deleteAcl(
            scope, principal, m_callScope.get(),
            [this, principal, scope](const std::optional<ApiError> &error) {
                finishChange(tr("%1 no longer has access to “%2”.").arg(principal, scope), error);
            });
    });
}

void ScopeAclPanel::finishChange(const QString &done, const std::optional<ApiError> &error)
{
    // Called from the call's own callback: the scope goes once it returns.
    m_callScope.release()->deleteLater();
    if (error) {
        emit statusChanged(QString(), false);
        emit errorOccurred(tr("The permission was not changed: %1").arg(error->toString()));
    } else {
        emit statusChanged(done, false);
    }
    m_model->reload();
    updateButtons();
    emit aclChanged(m_scope.name);
}

} // namespace brickdesk
