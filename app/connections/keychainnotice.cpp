#include "app/connections/keychainnotice.h"

#include "app/common/questionbox.h"
#include "app/common/testseam.h"

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {
TestSeam<bool> s_answer;
} // namespace

QMessageBox *KeychainNotice::ask(QWidget *parent, const QString &profileName, const QString &reason,
                                 Callback callback)
{
    QuestionBox box;
    box.objectName = u"keychainNotice"_s;
    box.title = tr("No Keychain Available");
    box.text = tr("The secret of “%1” cannot be stored: no system keychain is available.")
                   .arg(profileName);
    box.details = tr("Brickdesk keeps secrets only in the system keychain (Secret Service), "
                     "never in a file. You can use the secret for this session only; you "
                     "will have to enter it again next time.");
    if (!reason.isEmpty())
        box.details += u"\n\n"_s + reason;
    box.action = tr("Use for This Session Only");
    box.actionRole = QMessageBox::AcceptRole;
    return askQuestion(parent, box, s_answer.value(), std::move(callback));
}

void KeychainNotice::setAnswerForTesting(std::optional<bool> sessionOnly)
{
    s_answer.set(sessionOnly);
}

} // namespace brickdesk
