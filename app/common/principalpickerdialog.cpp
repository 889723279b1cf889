#include "app/common/principalpickerdialog.h"

#include "app/common/testseam.h"
#include "core/net/apiclient.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

TestSeam<PrincipalPickerDialog::Answer> s_answer;

// Long enough that typing a name sends one search, short enough to feel live.
constexpr int kSearchDelayMs = 250;

QString describe(const Principal &principal)
{
    switch (principal.kind) {
    case Principal::Kind::User:
        return principal.displayName == principal.aclName
                   ? principal.aclName
                   : PrincipalPickerDialog::tr("%1 <%2>").arg(principal.displayName,
                                                              principal.aclName);
    case Principal::Kind::Group:
        return principal.aclName;
    case Principal::Kind::ServicePrincipal:
        return PrincipalPickerDialog::tr("%1 (%2)").arg(principal.displayName, principal.aclName);
    }
    return principal.aclName;
}

} // namespace

PrincipalPickerDialog::PrincipalPickerDialog(ApiClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_permissionLabel(new QLabel(tr("&Permission:"), this))
    , m_permission(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"principalPickerDialog"_s);
    setWindowTitle(tr("Add Principal"));
    setAccessibleName(tr("Add principal"));

    m_search->setObjectName(u"principalSearch"_s);
    m_search->setAccessibleName(tr("Search users, groups and service principals"));
    m_search->setPlaceholderText(tr("Search users, groups and service principals"));
    m_search->setClearButtonEnabled(true);

    m_results->setObjectName(u"principalResults"_s);
    m_results->setAccessibleName(tr("Matching principals"));
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);

    m_status->setObjectName(u"principalSearchStatus"_s);
    m_status->setAccessibleName(tr("Search status"));
    m_status->setWordWrap(true);

    m_permission->setObjectName(u"principalPermission"_s);
    m_permission->setAccessibleName(tr("Permission"));
    m_permissionLabel->setBuddy(m_permission);
    m_permissionLabel->setObjectName(u"principalPermissionLabel"_s);

    m_buttons->setObjectName(u"principalButtons"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"principalOk"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Add"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"principalCancel"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *permissionRow = new QHBoxLayout;
    permissionRow->addWidget(m_permissionLabel);
    permissionRow->addWidget(m_permission, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    layout->addLayout(permissionRow);
    layout->addWidget(m_buttons);
    setLevels({});
    resize(460, 380);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kSearchDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &PrincipalPickerDialog::search);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_results, &QListWidget::itemSelectionChanged, this, &PrincipalPickerDialog::updateOk);
    connect(m_results, &QListWidget::itemDoubleClicked, this, [this] {
        if (answer())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
    // The first ones at once, before anything is typed.
    search();
}

PrincipalPickerDialog::~PrincipalPickerDialog() = default;

void PrincipalPickerDialog::setLevels(const QList<Level> &levels)
{
    m_permission->clear();
    for (const Level &level : levels)
        m_permission->addItem(level.text, level.name);
    m_permission->setVisible(!levels.isEmpty());
    m_permissionLabel->setVisible(!levels.isEmpty());
}

void PrincipalPickerDialog::setKinds(Kinds kinds)
{
    m_kinds = kinds;
    // The search in flight is filtered when it answers; shown results need a new one.
    if (m_answered)
        search();
}

bool PrincipalPickerDialog::hasPermissionChoice() const
{
    return !m_permission->isHidden();
}

std::optional<PrincipalPickerDialog::Answer> PrincipalPickerDialog::answer() const
{
    const QListWidgetItem *item = m_results->currentItem();
    if (!item || !item->isSelected())
        return std::nullopt;
    const int row = item->data(Qt::UserRole).toInt();
    if (row < 0 || row >= m_found.size())
        return std::nullopt;
    return Answer{m_found.at(row),
                  hasPermissionChoice() ? m_permission->currentData().toString() : QString()};
}

QIcon PrincipalPickerDialog::iconFor(Principal::Kind kind)
{
    switch (kind) {
    case Principal::Kind::User:
        return QIcon(u":/icons/principal-user.svg"_s);
    case Principal::Kind::Group:
        return QIcon(u":/icons/principal-group.svg"_s);
    case Principal::Kind::ServicePrincipal:
        return QIcon(u":/icons/principal-service.svg"_s);
    }
    return {};
}

void PrincipalPickerDialog::search()
{
    m_debounce.stop();
    if (!m_client)
        return;
    // A newer search replaces the scope, so an older answer never lands.
    m_searchScope = std::make_unique<QObject>();
    m_status->setText(tr("Searching…"));
    ScimService(m_client).searchPrincipals(
        m_search->text(), m_searchScope.get(),
        [this](const std::optional<ApiError> &error, const QList<Principal> &found) {
            showResults(error, found);
        });
}

void PrincipalPickerDialog::showResults(const std::optional<ApiError> &error,
                                        const QList<Principal> &found)
{
    m_answered = true;
    m_found = found;
    if (m_kinds == Kinds::UsersAndServicePrincipals)
        m_found.removeIf(
            [](const Principal &principal) { return principal.kind == Principal::Kind::Group; });
    m_results->clear();
    for (int row = 0; row < m_found.size(); ++row) {
        const Principal &principal = m_found.at(row);
        auto *item = new QListWidgetItem(iconFor(principal.kind), describe(principal), m_results);
        item->setData(Qt::UserRole, row);
        item->setToolTip(principal.aclName);
    }
    if (error)
        m_status->setText(tr("Not everything could be searched: %1").arg(error->toString()));
    else if (m_found.isEmpty())
        m_status->setText(tr("No user, group or service principal matches."));
    else
        m_status->clear();
    updateOk();
    emit searchFinished();
}

void PrincipalPickerDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(answer().has_value());
}

void PrincipalPickerDialog::ask(QWidget *parent, ApiClient *client, const Options &options,
                                std::function<void(std::optional<Answer>)> done)
{
    if (s_answer) {
        std::optional<Answer> answer = *s_answer;
        if (answer->principal.aclName.isEmpty())
            answer.reset();
        QTimer::singleShot(0, parent, [answer, done = std::move(done)] { done(answer); });
        return;
    }
    auto *dialog = new PrincipalPickerDialog(client, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLevels(options.levels);
    if (options.kinds != Kinds::All)
        dialog->setKinds(options.kinds);
    if (!options.title.isEmpty())
        dialog->setWindowTitle(options.title);
    if (!options.acceptText.isEmpty())
        dialog->m_buttons->button(QDialogButtonBox::Ok)->setText(options.acceptText);
    connect(dialog, &QDialog::finished, dialog, [dialog, done = std::move(done)](int result) {
        done(result == QDialog::Accepted ? dialog->answer() : std::nullopt);
    });
    dialog->open();
}

void PrincipalPickerDialog::setAnswerForTesting(std::optional<Answer> answer)
{
    s_answer.set(std::move(answer));
}

} // namespace brickdesk
