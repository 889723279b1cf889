#include "app/common/confirmdialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {
std::optional<bool> s_answer;
QString s_lastQuestion;
} // namespace

QMessageBox *ConfirmDialog::ask(QWidget *parent, const QString &workspace, const QString &what,
                                const QString &details, Callback callback)
{
    return ask(parent, Question{workspace, what, details, {}}, std::move(callback));
}

QMessageBox *ConfirmDialog::ask(QWidget *parent, const Question &question, Callback callback)
{
    QString text = question.what;
    // The caller should have named the workspace; make sure it is there.
    if (!question.workspace.isEmpty() && !text.contains(question.workspace))
        text = tr("%1 (workspace “%2”)").arg(text, question.workspace);
    s_lastQuestion = text + u'\n' + question.details;

    if (s_answer) {
        const bool answer = *s_answer;
        QTimer::singleShot(0, parent, [callback, answer] { callback(answer); });
        return nullptr;
    }

    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"confirmDialog"_s);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(question.workspace.isEmpty() ? tr("Confirm")
                                                     : tr("Confirm — %1").arg(question.workspace));
    box->setText(text);
    box->setInformativeText(question.details);
    QPushButton *accept = box->addButton(question.action.isEmpty() ? tr("Remove") : question.action,
                                         QMessageBox::DestructiveRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    // Enter must never destroy anything.
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    auto answered = std::make_shared<bool>(false);
    QObject::connect(box, &QMessageBox::finished, box, [box, accept, callback, answered] {
        if (*answered)
            return;
        *answered = true;
        callback(box->clickedButton() == accept);
    });
    box->open();
    return box;
}

void ConfirmDialog::setAnswerForTesting(std::optional<bool> answer)
{
    s_answer = answer;
}

QString ConfirmDialog::lastQuestionForTesting()
{
    return s_lastQuestion;
}

} // namespace brickdesk
