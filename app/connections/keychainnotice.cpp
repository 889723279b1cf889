#include "app/connections/keychainnotice.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {
std::optional<bool> s_answer;
int s_asked = 0;
} // namespace

QMessageBox *KeychainNotice::ask(QWidget *parent, const QString &profileName, const QString &reason,
                                 Callback callback)
{
    ++s_asked;
    if (s_answer) {
        const bool answer = *s_answer;
        QTimer::singleShot(0, parent, [callback, answer] { callback(answer); });
        return nullptr;
    }
    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"keychainNotice"_s);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("No Keychain Available"));
    box->setText(tr("The secret of “%1” cannot be stored: no system keychain is available.")
                     .arg(profileName));
    QString details = tr("Brickdesk keeps secrets only in the system keychain (Secret Service), "
                         "never in a file. You can use the secret for this session only; you "
                         "will have to enter it again next time.");
    if (!reason.isEmpty())
        details += u"\n\n"_s + reason;
    box->setInformativeText(details);
    QPushButton *session = box->addButton(tr("Use for This Session Only"), QMessageBox::AcceptRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    auto answered = std::make_shared<bool>(false);
    QObject::connect(box, &QMessageBox::finished, box, [box, session, callback, answered] {
        if (*answered)
            return;
        *answered = true;
        callback(box->clickedButton() == session);
    });
    box->open();
    return box;
}

void KeychainNotice::setAnswerForTesting(std::optional<bool> sessionOnly)
{
    s_answer = sessionOnly;
}

int KeychainNotice::timesAskedForTesting()
{
    return s_asked;
}

} // namespace brickdesk
