#include "app/common/namedialog.h"

#include "app/common/testseam.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {
TestSeam<QString> s_answer;
} // namespace

NameDialog::NameDialog(const Setup &setup, Validator validator, QWidget *parent)
    : QDialog(parent)
    , m_validator(std::move(validator))
    , m_initialName(setup.initialName)
    , m_name(new QLineEdit(setup.initialName, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(setup.objectName);
    setWindowTitle(setup.title);
    m_name->setObjectName(setup.nameObjectName);
    m_name->setPlaceholderText(setup.placeholder);
    m_problem->setObjectName(setup.problemObjectName);
    m_problem->setWordWrap(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb4, 0x23, 0x18));
    m_problem->setPalette(warning);
    m_buttons->button(QDialogButtonBox::Ok)->setText(setup.action);

    // "report.csv": the user usually renames the stem, not the extension.
    const qsizetype dot = setup.initialName.lastIndexOf(u'.');
    m_name->setSelection(0, dot > 0 ? dot : setup.initialName.size());

    auto *where = new QLabel(setup.where, this);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QFormLayout(this);
    layout->addRow(where);
    layout->addRow(tr("&Name:"), m_name);
    layout->addRow(m_problem);
    layout->addRow(m_buttons);
    setMinimumWidth(420);

    connect(m_name, &QLineEdit::textChanged, this, &NameDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString NameDialog::name() const
{
    return m_name->text().trimmed();
}

void NameDialog::validate()
{
    // No complaint before the user typed anything; OK stays disabled.
    const QString problem = m_validator(m_name->text());
    const bool untouched = m_name->text() == m_initialName;
    m_problem->setText(untouched ? QString() : problem);
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

QString NameDialog::pathSegmentProblem(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a name.");
    if (trimmed.contains(u'/'))
        return tr("A name cannot contain “/”.");
    if (trimmed == "."_L1 || trimmed == ".."_L1)
        return tr("“%1” cannot be a name.").arg(trimmed);
    return {};
}

void NameDialog::ask(QWidget *parent, const Setup &setup, Validator validator, Answered answered)
{
    if (s_answer) {
        const QString name = (*s_answer).trimmed();
        const bool valid = !name.isEmpty() && validator(name).isEmpty();
        QTimer::singleShot(0, parent, [valid, name, answered = std::move(answered)] {
            if (valid)
                answered(name);
        });
        return;
    }
    auto *dialog = new NameDialog(setup, std::move(validator), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, dialog,
            [dialog, answered = std::move(answered)] { answered(dialog->name()); });
    dialog->open();
}

void NameDialog::setAnswerForTesting(std::optional<QString> name)
{
    s_answer.set(std::move(name));
}

} // namespace brickdesk
