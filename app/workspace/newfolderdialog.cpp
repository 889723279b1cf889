#include "app/workspace/newfolderdialog.h"

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

NewFolderDialog::NewFolderDialog(const QString &parentFolder, const QStringList &existingNames,
                                 QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_existing(existingNames)
{
    setObjectName(u"newFolderDialog"_s);
    setWindowTitle(tr("New Folder"));
    m_name->setObjectName(u"folderName"_s);
    m_name->setPlaceholderText(tr("Folder name"));
    m_problem->setObjectName(u"folderNameProblem"_s);
    m_problem->setWordWrap(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb4, 0x23, 0x18));
    m_problem->setPalette(warning);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto *where = new QLabel(tr("In %1").arg(parentFolder), this);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QFormLayout(this);
    layout->addRow(where);
    layout->addRow(tr("&Name:"), m_name);
    layout->addRow(m_problem);
    layout->addRow(m_buttons);
    setMinimumWidth(420);

    connect(m_name, &QLineEdit::textChanged, this, &NewFolderDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString NewFolderDialog::name() const
{
    return m_name->text().trimmed();
}

QString NewFolderDialog::problemWith(const QString &name, const QStringList &existingNames)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a name.");
    if (trimmed.contains(u'/'))
        return tr("A name cannot contain “/”.");
    if (trimmed == "."_L1 || trimmed == ".."_L1)
        return tr("“%1” cannot be a folder name.").arg(trimmed);
    // Workspace names are unique per folder regardless of case in the web UI.
    for (const QString &existing : existingNames)
        if (existing.compare(trimmed, Qt::CaseInsensitive) == 0)
            return tr("This folder already has an object named “%1”.").arg(existing);
    return {};
}

void NewFolderDialog::validate()
{
    // No complaint before the user typed anything; Create stays disabled.
    const QString problem = problemWith(m_name->text(), m_existing);
    m_problem->setText(m_name->text().isEmpty() ? QString() : problem);
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void NewFolderDialog::ask(QWidget *parent, const QString &parentFolder,
                          const QStringList &existingNames, Answered answered)
{
    if (s_answer) {
        const QString name = s_answer->trimmed();
        const bool valid = !name.isEmpty() && problemWith(name, existingNames).isEmpty();
        QTimer::singleShot(0, parent, [valid, name, answered = std::move(answered)] {
            if (valid)
                answered(name);
        });
        return;
    }
    auto *dialog = new NewFolderDialog(parentFolder, existingNames, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, dialog,
            [dialog, answered = std::move(answered)] { answered(dialog->name()); });
    dialog->open();
}

void NewFolderDialog::setAnswerForTesting(std::optional<QString> name)
{
    s_answer = std::move(name);
}

} // namespace brickdesk
