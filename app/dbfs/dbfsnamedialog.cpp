#include "app/dbfs/dbfsnamedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {
std::optional<QString> s_answer;
} // namespace

DbfsNameDialog::DbfsNameDialog(const Request &request, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
    , m_name(new QLineEdit(request.initialName, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"dbfsNameDialog"_s);
    setWindowTitle(request.title);
    m_name->setObjectName(u"dbfsName"_s);
    m_problem->setObjectName(u"dbfsNameProblem"_s);
    m_problem->setWordWrap(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb4, 0x23, 0x18));
    m_problem->setPalette(warning);
    m_buttons->button(QDialogButtonBox::Ok)->setText(request.action);

    // "report.csv": the user usually renames the stem, not the extension.
    const qsizetype dot = request.initialName.lastIndexOf(u'.');
    m_name->setSelection(0, dot > 0 ? dot : request.initialName.size());

    auto *where = new QLabel(request.where, this);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QFormLayout(this);
    layout->addRow(where);
    layout->addRow(tr("&Name:"), m_name);
    layout->addRow(m_problem);
    layout->addRow(m_buttons);
    setMinimumWidth(420);

    connect(m_name, &QLineEdit::textChanged, this, &DbfsNameDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString DbfsNameDialog::name() const
{
    return m_name->text().trimmed();
}

QString DbfsNameDialog::problemWith(const QString &name, const Request &request)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a name.");
    if (trimmed.contains(u'/'))
        return tr("A name cannot contain “/”.");
    if (trimmed == "."_L1 || trimmed == ".."_L1)
        return tr("“%1” cannot be a name.").arg(trimmed);
    if (trimmed == request.initialName)
        return tr("Enter a different name.");
    // DBFS names are case-sensitive: "Data" and "data" may live side by side.
    if (request.takenNames.contains(trimmed))
        return tr("This folder already has something named “%1”.").arg(trimmed);
    return {};
}

void DbfsNameDialog::validate()
{
    // No complaint before the user typed anything; OK stays disabled.
    const QString problem = problemWith(m_name->text(), m_request);
    const bool untouched = m_name->text() == m_request.initialName;
    m_problem->setText(untouched ? QString() : problem);
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void DbfsNameDialog::ask(QWidget *parent, const Request &request, Answered answered)
{
    if (s_answer) {
        const QString name = s_answer->trimmed();
        const bool valid = problemWith(name, request).isEmpty();
        QTimer::singleShot(0, parent, [valid, name, answered = std::move(answered)] {
            if (valid)
                answered(name);
        });
        return;
    }
    auto *dialog = new DbfsNameDialog(request, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, dialog,
            [dialog, answered = std::move(answered)] { answered(dialog->name()); });
    dialog->open();
}

void DbfsNameDialog::setAnswerForTesting(std::optional<QString> name)
{
    s_answer = std::move(name);
}

} // namespace brickdesk
