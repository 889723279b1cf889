#include "app/common/confirmdialog.h"

#include "app/common/questionbox.h"
#include "app/common/testseam.h"

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {
TestSeam<bool> s_answer;
QString s_lastQuestion;
} // namespace

QMessageBox *ConfirmDialog::ask(QWidget *parent, const Question &question, Callback callback)
{
    QString text = question.what;
    // The caller should have named the workspace; make sure it is there.
    if (!question.workspace.isEmpty() && !text.contains(question.workspace))
        text = tr("%1 (workspace “%2”)").arg(text, question.workspace);
    s_lastQuestion = text + u'\n' + question.details;

    QuestionBox box;
    box.objectName = u"confirmDialog"_s;
    box.title =
        question.workspace.isEmpty() ? tr("Confirm") : tr("Confirm — %1").arg(question.workspace);
    box.text = text;
    box.details = question.details;
    box.action = question.action.isEmpty() ? tr("Remove") : question.action;
    box.actionRole = QMessageBox::DestructiveRole;
    return askQuestion(parent, box, s_answer.value(), std::move(callback));
}

void ConfirmDialog::setAnswerForTesting(std::optional<bool> answer)
{
    s_answer.set(answer);
}

QString ConfirmDialog::lastQuestionForTesting()
{
    return s_lastQuestion;
}

} // namespace brickdesk
