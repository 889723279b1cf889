#include "app/permissions/grantpermissionsdialog.h"

#include "app/common/principalpickerdialog.h"
#include "app/common/statusline.h"
#include "core/net/apiclient.h"
#include "core/permissions/permissionsgrant.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

enum Column { ObjectColumn, TypeColumn, ResultColumn };

QString describe(const Principal &principal)
{
    if (principal.displayName.isEmpty() || principal.displayName == principal.aclName)
        return principal.aclName;
    return GrantPermissionsDialog::tr("%1 (%2)").arg(principal.displayName, principal.aclName);
}

} // namespace

GrantPermissionsDialog::GrantPermissionsDialog(ApiClient *client, const QString &workspaceName,
                                               const QList<PermissionObject> &objects,
                                               QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_workspace(workspaceName)
    , m_objects(objects)
    , m_list(new QTreeWidget(this))
    , m_principalLabel(new QLabel(tr("Nobody chosen yet"), this))
    , m_choose(new QPushButton(tr("&Choose…"), this))
    , m_level(new QComboBox(this))
    , m_status(new StatusLine(u"grantStatus"_s, u"grantError"_s, u"dismissGrantError"_s, this))
    , m_grant(new QPushButton(tr("&Grant"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    const int count = int(objects.size());
    setObjectName(u"grantPermissionsDialog"_s);
    setWindowTitle(tr("Grant Permission — %1").arg(workspaceName));
    setAccessibleName(tr("Grant a permission on %n objects", nullptr, count));
    setModal(false);

    auto *heading = new QLabel(
        tr("Give one principal the same permission on %n objects in %1. Whoever already has that "
           "level or a stronger one keeps it.",
           nullptr, count)
            .arg(workspaceName),
        this);
    heading->setObjectName(u"grantHeading"_s);
    heading->setWordWrap(true);

    m_list->setObjectName(u"grantObjects"_s);
    m_list->setAccessibleName(tr("Objects and results"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Object"), tr("Type"), tr("Result")});
    m_list->header()->setSectionResizeMode(ObjectColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    for (const PermissionObject &object : objects) {
        auto *item = new QTreeWidgetItem(
            m_list, {object.name, PermissionObject::typeText(object.type), tr("Not sent yet")});
        item->setToolTip(ObjectColumn, object.objectKey());
    }

    m_principalLabel->setObjectName(u"grantPrincipal"_s);
    m_principalLabel->setAccessibleName(tr("Principal"));
    m_choose->setObjectName(u"grantChoosePrincipal"_s);
    m_choose->setAccessibleName(tr("Choose the principal"));
    m_choose->setAutoDefault(false);
    m_level->setObjectName(u"grantLevel"_s);
    m_level->setAccessibleName(tr("Permission to grant"));
    for (const QString &level : PermissionsGrant::commonLevels(objects))
        m_level->addItem(permissionLevelText(level), level);
    m_status->setAccessibleName(tr("Status"));
    m_grant->setObjectName(u"grantApply"_s);
    m_grant->setAccessibleName(tr("Grant"));
    m_close->setObjectName(u"grantClose"_s);
    m_close->setAccessibleName(tr("Close"));
    m_close->setAutoDefault(false);

    auto *principalRow = new QHBoxLayout;
    principalRow->addWidget(m_principalLabel, 1);
    principalRow->addWidget(m_choose);
    auto *form = new QFormLayout;
    form->addRow(tr("Principal:"), principalRow);
    auto *levelLabel = new QLabel(tr("&Permission:"), this);
    levelLabel->setBuddy(m_level);
    form->addRow(levelLabel, m_level);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_grant);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(680, 440);

    connect(m_choose, &QPushButton::clicked, this, &GrantPermissionsDialog::choosePrincipal);
    connect(m_grant, &QPushButton::clicked, this, &GrantPermissionsDialog::grant);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    if (m_level->count() == 0)
        m_status->showError(tr("These objects have no permission level in common; grant on "
                               "fewer kinds of object at once."));
    updateButtons();
}

GrantPermissionsDialog::~GrantPermissionsDialog() = default;

QStringList GrantPermissionsDialog::levels() const
{
    QStringList levels;
    for (int index = 0; index < m_level->count(); ++index)
        levels.append(m_level->itemData(index).toString());
    return levels;
}

void GrantPermissionsDialog::setPrincipal(const Principal &principal)
{
    m_principal = principal;
    m_principalLabel->setText(describe(principal));
    updateButtons();
}

void GrantPermissionsDialog::setLevel(const QString &level)
{
    m_level->setCurrentIndex(std::max(0, m_level->findData(level)));
}

QString GrantPermissionsDialog::resultText(int row) const
{
    const QTreeWidgetItem *item = m_list->topLevelItem(row);
    return item ? item->text(ResultColumn) : QString();
}

QString GrantPermissionsDialog::statusText() const
{
    return m_status->statusText();
}

QString GrantPermissionsDialog::errorText() const
{
    return m_status->errorText();
}

bool GrantPermissionsDialog::isRunning() const
{
    return m_operation && !m_operation->isFinished();
}

void GrantPermissionsDialog::choosePrincipal()
{
    PrincipalPickerDialog::ask(this, m_client, {},
                               [this](std::optional<PrincipalPickerDialog::Answer> answer) {
                                   if (answer)
                                       setPrincipal(answer->principal);
                               });
}

void GrantPermissionsDialog::grant()
{
    if (!m_principal || m_level->count() == 0 || isRunning())
        return;
    // Never deleted from inside its own signal.
    if (m_operation)
        m_operation->deleteLater();
    m_operation = new PermissionsGrant(m_client, m_objects, *m_principal,
                                       m_level->currentData().toString(), this);
    connect(m_operation, &PermissionsGrant::objectFinished, this,
            &GrantPermissionsDialog::showResult);
    connect(m_operation, &PermissionsGrant::finished, this, &GrantPermissionsDialog::onFinished);
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        item->setText(ResultColumn, tr("Sending…"));
        item->setIcon(ResultColumn, {});
        item->setToolTip(ResultColumn, {});
    }
    m_status->showError({});
    m_status->showStatus(tr("Granting…"), true);
    updateButtons();
    m_operation->start();
}

void GrantPermissionsDialog::showResult(int index)
{
    QTreeWidgetItem *item = m_list->topLevelItem(index);
    if (!item || !m_operation)
        return;
    const PermissionsGrant::Result &result = m_operation->results().at(index);
    switch (result.outcome) {
    case PermissionsGrant::Outcome::Granted:
        item->setText(ResultColumn, tr("Granted"));
        item->setIcon(ResultColumn, QIcon(u":/icons/ok.svg"_s));
        break;
    case PermissionsGrant::Outcome::AlreadyHad:
        item->setText(ResultColumn,
                      result.detail == PermissionLevel::Owner
                          ? tr("Is the owner; kept")
                          : tr("Already has %1; kept").arg(permissionLevelText(result.detail)));
        item->setIcon(ResultColumn, QIcon(u":/icons/ok.svg"_s));
        break;
    case PermissionsGrant::Outcome::Failed:
        item->setText(ResultColumn, tr("Failed: %1").arg(result.detail));
        item->setIcon(ResultColumn, QIcon(u":/icons/error.svg"_s));
        item->setToolTip(ResultColumn, result.detail);
        break;
    case PermissionsGrant::Outcome::Pending:
        break;
    }
}

void GrantPermissionsDialog::onFinished()
{
    const int failed = m_operation->count(PermissionsGrant::Outcome::Failed);
    const int done = int(m_objects.size()) - failed;
    m_status->showStatus({}, false);
    if (failed == 0)
        m_status->showStatus(tr("Done on all %n objects.", nullptr, done), false);
    else
        m_status->showError(
            tr("Done on %1 of %2 objects; %n failed, as each row says.", nullptr, failed)
                .arg(done)
                .arg(m_objects.size()));
    updateButtons();
    emit finished();
}

void GrantPermissionsDialog::updateButtons()
{
    const bool running = isRunning();
    m_grant->setEnabled(m_principal.has_value() && m_level->count() > 0 && !running);
    m_choose->setEnabled(!running);
    m_level->setEnabled(!running);
}

} // namespace brickdesk
