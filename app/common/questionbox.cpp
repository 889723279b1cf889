#include "app/common/questionbox.h"

#include <QPushButton>
#include <QTimer>

namespace brickdesk {

QMessageBox *askQuestion(QWidget *parent, const QuestionBox &question,
                         std::optional<bool> presetAnswer, std::function<void(bool)> answered)
{
    if (presetAnswer) {
        QTimer::singleShot(0, parent, [answered, answer = *presetAnswer] { answered(answer); });
        return nullptr;
    }
    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(question.objectName);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(question.title);
    box->setText(question.text);
    box->setInformativeText(question.details);
    QPushButton *action = box->addButton(question.action, question.actionRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    QObject::connect(
        box, &QMessageBox::finished, box,
        [box, action, answered = std::move(answered)] { answered(box->clickedButton() == action); },
        Qt::SingleShotConnection);
    box->open();
    return box;
}

} // namespace brickdesk
