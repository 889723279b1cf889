#include "app/permissions/permissionsdialog.h"

#include "app/common/confirmdialog.h"
#include "app/common/principalpickerdialog.h"
#include "app/common/statusline.h"
#include "app/permissions/permissionleveldelegate.h"
#include "core/net/apiclient.h"
#include "core/permissions/permissionchange.h"
#include "core/permissions/permissionsloader.h"
#include "core/permissions/permissionsmodel.h"
#include "core/permissions/permissionsservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

PermissionsDialog::PermissionsDialog(ApiClient *client, const QString &workspaceName,
                                     const PermissionObject &object, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_workspace(workspaceName)
    , m_object(object)
    , m_loader(new PermissionsLoader(client, this))
    , m_model(new PermissionsModel(this))
    , m_heading(new QLabel(this))
    , m_view(new QTableView(this))
    , m_preview(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_status(new StatusLine(u"permissionsStatus"_s, u"permissionsError"_s,
                              u"dismissPermissionsError"_s, this))
    , m_add(new QPushButton(tr("&Add Principal…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_transfer(new QPushButton(tr("&Transfer Ownership…"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
    , m_reload(new QPushButton(tr("Re&load"), this))
    , m_apply(new QPushButton(tr("A&pply"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    const QString type = PermissionObject::typeText(object.type);
    setObjectName(u"permissionsDialog"_s);
    setWindowTitle(tr("Permissions — %1").arg(object.name));
    setAccessibleName(tr("Permissions of the %1 %2").arg(type, object.name));
    setModal(false);

    m_heading->setObjectName(u"permissionsHeading"_s);
    m_heading->setText(tr("Who may use the %1 “%2” in %3.").arg(type, object.name, workspaceName));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setObjectName(u"permissionsView"_s);
    m_view->setAccessibleName(tr("Permissions by principal"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PermissionLevelDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                            QAbstractItemView::EditKeyPressed);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(PermissionsModel::PrincipalColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PermissionsModel::LevelColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);

    m_preview->setObjectName(u"permissionsPreview"_s);
    m_preview->setAccessibleName(tr("Changes to send"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setObjectName(u"permissionsProblems"_s);
    m_problems->setAccessibleName(tr("Why the changes cannot be sent"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #b42318;"_s);
    m_status->setAccessibleName(tr("Status"));

    const auto name = [](QPushButton *button, const QString &objectName,
                         const QString &accessible) {
        button->setObjectName(objectName);
        button->setAccessibleName(accessible);
        button->setAutoDefault(false);
    };
    name(m_add, u"permissionsAdd"_s, tr("Add principal"));
    name(m_remove, u"permissionsRemove"_s, tr("Remove the direct permission"));
    name(m_transfer, u"permissionsTransfer"_s, tr("Transfer ownership"));
    name(m_revert, u"permissionsRevert"_s, tr("Revert the changes"));
    name(m_reload, u"permissionsReload"_s, tr("Reload"));
    name(m_apply, u"permissionsApply"_s, tr("Apply"));
    name(m_close, u"permissionsClose"_s, tr("Close"));
    m_add->setIcon(QIcon(u":/icons/add.svg"_s));
    m_remove->setIcon(QIcon(u":/icons/remove.svg"_s));
    m_reload->setIcon(QIcon(u":/icons/refresh.svg"_s));
    m_transfer->setVisible(object.hasOwner());
    m_remove->setToolTip(tr("Take away the level set on this object; inherited levels stay"));
    m_transfer->setToolTip(tr("Make someone else the owner; the former owner keeps Can manage"));

    auto *editButtons = new QHBoxLayout;
    editButtons->addWidget(m_add);
    editButtons->addWidget(m_remove);
    editButtons->addWidget(m_transfer);
    editButtons->addStretch(1);
    editButtons->addWidget(m_reload);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);
    layout->addLayout(editButtons);
    layout->addWidget(m_preview);
    layout->addWidget(m_problems);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(760, 520);

    connect(m_add, &QPushButton::clicked, this, &PermissionsDialog::addPrincipal);
    connect(m_remove, &QPushButton::clicked, this, &PermissionsDialog::removeSelected);
    connect(m_transfer, &QPushButton::clicked, this, &PermissionsDialog::transferOwnership);
    connect(m_revert, &QPushButton::clicked, m_model, &PermissionsModel::revertChanges);
    connect(m_reload, &QPushButton::clicked, this, &PermissionsDialog::reload);
    connect(m_apply, &QPushButton::clicked, this, &PermissionsDialog::apply);
    connect(m_close, &QPushButton::clicked, this, &PermissionsDialog::reject);
    connect(m_loader, &PermissionsLoader::finished, this, &PermissionsDialog::onLoaded);
    connect(m_model, &PermissionsModel::modified, this, &PermissionsDialog::updatePreview);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PermissionsDialog::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PermissionsDialog::updateButtons);

    m_status->showStatus(tr("Reading the permissions…"), true);
    m_loader->load(object);
    updatePreview();
}

PermissionsDialog::~PermissionsDialog() = default;

bool PermissionsDialog::isLoaded() const
{
    return m_loader->state() == PermissionsLoader::State::Loaded;
}

QString PermissionsDialog::previewText() const
{
    return m_preview->text();
}

QString PermissionsDialog::problemText() const
{
    return m_problems->text();
}

QString PermissionsDialog::statusText() const
{
    return m_status->statusText();
}

QString PermissionsDialog::errorText() const
{
    return m_status->errorText();
}

void PermissionsDialog::onLoaded()
{
    if (m_loader->state() == PermissionsLoader::State::Failed) {
        m_status->showStatus({}, false);
        m_status->showError(tr("The permissions could not be read: %1").arg(m_loader->errorText()));
        m_model->setPermissions(m_object, {}, {}, {});
    } else {
        m_status->showStatus({}, false);
        m_model->setPermissions(m_object, m_loader->permissions(), m_loader->levels(),
                                m_loader->sourcePaths());
        m_view->resizeColumnsToContents();
    }
    updatePreview();
    emit loaded();
}

int PermissionsDialog::selectedRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && m_view->selectionModel()->isRowSelected(current.row())
               ? current.row()
               : -1;
}

QStringList PermissionsDialog::currentProblems() const
{
    if (!isLoaded())
        return {};
    return PermissionRules::problems(m_object, m_model->server(), m_model->grants(),
                                     m_loader->currentUser());
}

QString PermissionsDialog::describe(const PermissionChange &change) const
{
    if (change.isEmpty())
        return tr("No changes yet: pick a level in the Permission column, or add a principal.");
    QStringList lines;
    for (const PermissionDelta &delta : change.added())
        lines.append(tr("• Adds %1 for %2")
                         .arg(permissionLevelText(delta.after), principalName(delta.principal)));
    for (const PermissionDelta &delta : change.changed())
        lines.append(tr("• Changes %1 from %2 to %3")
                         .arg(principalName(delta.principal), permissionLevelText(delta.before),
                              permissionLevelText(delta.after)));
    for (const PermissionDelta &delta : change.removed())
        lines.append(tr("• Removes the direct %1 of %2")
                         .arg(permissionLevelText(delta.before), principalName(delta.principal)));
    if (change.needsReplace())
        lines.append(tr("Sent as a whole new list (PUT), because an entry is removed: every "
                        "direct entry shown above is sent again, and any added elsewhere since "
                        "this was read is dropped."));
    else
        lines.append(tr("Sent as a merge (PATCH): entries not listed stay as they are."));
    return lines.join(u'\n');
}

void PermissionsDialog::updatePreview()
{
    m_preview->setText(isLoaded() ? describe(m_model->change()) : QString());
    m_problems->setText(currentProblems().join(u'\n'));
    m_problems->setVisible(!m_problems->text().isEmpty());
    updateButtons();
}

void PermissionsDialog::updateButtons()
{
    const bool ready = isLoaded() && !m_sending;
    const bool modified = ready && m_model->isModified();
    const int row = selectedRow();
    m_add->setEnabled(ready);
    const QString level =
        row >= 0 ? m_model->index(row, 0).data(PermissionsModel::LevelRole).toString() : QString();
    // The owner is replaced, not removed: Transfer Ownership.
    m_remove->setEnabled(ready && !level.isEmpty() && level != PermissionLevel::Owner);
    m_transfer->setEnabled(ready);
    m_revert->setEnabled(modified);
    m_reload->setEnabled(!m_sending);
    m_apply->setEnabled(modified && m_problems->text().isEmpty());
    m_view->setEnabled(!m_sending);
}

void PermissionsDialog::addPrincipal()
{
    PrincipalPickerDialog::Options options;
    for (const QString &level : m_model->levels()) {
        if (level != PermissionLevel::Owner)
            options.levels.append({level, permissionLevelText(level)});
    }
    PrincipalPickerDialog::ask(this, m_client, options,
                               [this](std::optional<PrincipalPickerDialog::Answer> answer) {
                                   if (!answer || !isLoaded())
                                       return;
                                   const int row = m_model->grant(answer->principal, answer->level);
                                   m_view->selectRow(row);
                                   m_view->scrollTo(m_model->index(row, 0));
                               });
}

void PermissionsDialog::removeSelected()
{
    const int row = selectedRow();
    if (row >= 0)
        m_model->removeDirect(row);
    updateButtons();
}

void PermissionsDialog::transferOwnership()
{
    PrincipalPickerDialog::Options options;
    options.title = tr("Transfer Ownership");
    options.acceptText = tr("Make Owner");
    options.kinds = PrincipalPickerDialog::Kinds::UsersAndServicePrincipals;
    PrincipalPickerDialog::ask(this, m_client, options,
                               [this](std::optional<PrincipalPickerDialog::Answer> answer) {
                                   if (!answer || !isLoaded())
                                       return;
                                   const int row = m_model->transferOwnership(answer->principal);
                                   m_view->selectRow(row);
                               });
}

void PermissionsDialog::apply()
{
    if (!isLoaded() || m_sending)
        return;
    const PermissionChange change = m_model->change();
    if (change.isEmpty() || !currentProblems().isEmpty())
        return;
    if (!change.needsReplace()) {
        send(change);
        return;
    }
    QStringList removed;
    for (const PermissionDelta &delta : change.removed())
        removed.append(
            tr("%1 (%2)").arg(principalName(delta.principal), permissionLevelText(delta.before)));
    ConfirmDialog::Question question;
    question.workspace = m_workspace;
    question.what = tr("Replace the permissions of the %1 “%2” in %3?")
                        .arg(PermissionObject::typeText(m_object.type), m_object.name, m_workspace);
    question.details = tr("These lose their direct permission: %1. The list is sent whole, so an "
                          "entry someone else added since it was read is dropped too; inherited "
                          "permissions stay.")
                           .arg(removed.join(", "_L1));
    question.action = tr("Replace");
    ConfirmDialog::ask(this, question, [this, change](bool confirmed) {
        if (confirmed)
            send(change);
    });
}

void PermissionsDialog::send(const PermissionChange &change)
{
    m_sending = true;
    m_sendScope = std::make_unique<QObject>();
    m_status->showError({});
    m_status->showStatus(tr("Saving the permissions…"), true);
    updateButtons();
    const auto done = [this](const std::optional<ApiError> &error,
                             const ObjectPermissions &answer) {
        m_sending = false;
        if (error) {
            m_status->showStatus({}, false);
            m_status->showError(tr("The change did not go through; your edit is kept (Reload "
                                   "shows what the workspace has now): %1")
                                    .arg(error->toString()));
            updateButtons();
            emit applied(false);
            return;
        }
        m_model->setPermissions(m_object, answer, m_loader->levels(), m_loader->sourcePaths());
        m_status->showStatus(tr("Saved."), false);
        updatePreview();
        emit applied(true);
    };
    const PermissionsService service(m_client);
    if (change.needsReplace())
        service.replace(m_object, change.replaceGrants(), m_sendScope.get(), done);
    else
        service.update(m_object, change.patchGrants(), m_sendScope.get(), done);
}

void PermissionsDialog::reload()
{
    askToDiscard(tr("Discard the changes to the permissions of “%1” and read them again?")
                     .arg(m_object.name),
                 [this] {
                     m_status->showError({});
                     m_status->showStatus(tr("Reading the permissions…"), true);
                     m_loader->reload();
                     updatePreview();
                 });
}

void PermissionsDialog::askToDiscard(const QString &question, std::function<void()> then)
{
    if (!isLoaded() || !m_model->isModified()) {
        then();
        return;
    }
    ConfirmDialog::Question ask;
    ask.workspace = m_workspace;
    ask.what = question;
    ask.details = tr("They have not been sent to the workspace.");
    ask.action = tr("Discard");
    ConfirmDialog::ask(this, ask, [then = std::move(then)](bool confirmed) {
        if (confirmed)
            then();
    });
}

void PermissionsDialog::reject()
{
    // The change is on its way: closing now would hide whether it landed.
    if (m_sending) {
        m_status->showStatus(tr("Saving the permissions… the dialog can be closed once the "
                                "workspace has answered."),
                             true);
        return;
    }
    askToDiscard(tr("Discard the changes to the permissions of “%1”?").arg(m_object.name), [this] {
        m_sendScope.reset();
        QDialog::reject();
    });
}

} // namespace brickdesk
