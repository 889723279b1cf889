#include "app/secrets/createscopedialog.h"

#include "app/common/testseam.h"
#include "core/secrets/secretnames.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {
TestSeam<CreateScopeDialog::Answer> s_answer;

QString problemOf(const QString &name, const QStringList &existing)
{
    if (const QString rule = SecretNames::scopeNameProblem(name); !rule.isEmpty())
        return rule;
    if (existing.contains(name, Qt::CaseInsensitive))
        return CreateScopeDialog::tr("A scope named “%1” already exists (names are compared "
                                     "without regard to case).")
            .arg(name);
    return {};
}
} // namespace

CreateScopeDialog::CreateScopeDialog(const QString &workspace, const QStringList &existingScopes,
                                     QWidget *parent)
    : QDialog(parent)
    , m_existing(existingScopes)
    , m_name(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_creator(new QRadioButton(tr("Only me, the creator"), this))
    , m_allUsers(new QRadioButton(tr("All workspace users (the “users” group)"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"createScopeDialog"_s);
    setWindowTitle(tr("New Secret Scope — %1").arg(workspace));
    m_name->setObjectName(u"scopeName"_s);
    m_name->setAccessibleName(tr("Scope name"));
    m_name->setPlaceholderText(tr("e.g. prod-warehouse"));
    m_name->setMaxLength(SecretNames::kMaxLength + 1); // one more, so the rule can say so
    m_problem->setObjectName(u"scopeNameProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b42318;"_s);
    m_problem->hide();
    m_creator->setObjectName(u"manageByCreator"_s);
    m_creator->setAccessibleName(tr("Only the creator may manage the scope"));
    m_allUsers->setObjectName(u"manageByAllUsers"_s);
    m_allUsers->setAccessibleName(tr("All workspace users may manage the scope"));
    m_creator->setChecked(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"createScopeButton"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_problem);
    auto *manage = new QVBoxLayout;
    manage->addWidget(m_creator);
    manage->addWidget(m_allUsers);
    form->addRow(tr("Can manage:"), manage);
    auto *hint =
        new QLabel(tr("Letters, digits, “-”, “_”, “.” and “@”, up to 128 characters. The scope is "
                      "backed by Databricks; its ACL can be changed afterwards."),
                   this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &CreateScopeDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString CreateScopeDialog::problem() const
{
    return problemOf(m_name->text(), m_existing);
}

CreateScopeDialog::Answer CreateScopeDialog::answer() const
{
    return {m_name->text(), m_allUsers->isChecked()};
}

void CreateScopeDialog::validate()
{
    const QString why = problem();
    // Nothing to complain about before anything was typed.
    m_problem->setText(m_name->text().isEmpty() ? QString() : why);
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void CreateScopeDialog::ask(QWidget *parent, const QString &workspace,
                            const QStringList &existingScopes, Answered answered)
{
    if (s_answer) {
        const Answer preset = *s_answer;
        const bool valid = problemOf(preset.name, existingScopes).isEmpty();
        QTimer::singleShot(0, parent, [valid, preset, answered = std::move(answered)] {
            if (valid)
                answered(preset);
        });
        return;
    }
    auto *dialog = new CreateScopeDialog(workspace, existingScopes, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, dialog,
            [dialog, answered = std::move(answered)] { answered(dialog->answer()); });
    dialog->open();
}

void CreateScopeDialog::setAnswerForTesting(std::optional<Answer> answer)
{
    s_answer.set(std::move(answer));
}

} // namespace brickdesk
