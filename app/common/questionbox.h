#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace brickdesk {

// The one non-blocking question box behind ConfirmDialog and KeychainNotice:
// a warning with one action button and Cancel, Cancel being the default and
// the escape button, so Enter never acts. Opened with open(); `answered`
// runs once, true when the action button was clicked.
struct QuestionBox
{
    QString objectName;
    QString title;
    QString text;
    QString details; // the informative text
    QString action;  // the action button's text
    QMessageBox::ButtonRole actionRole = QMessageBox::AcceptRole;
};

// With `presetAnswer` (a test seam) no box is shown: `answered` gets that
// answer after the event loop turns, as from a user, and nullptr is
// returned. Otherwise returns the open box.
QMessageBox *askQuestion(QWidget *parent, const QuestionBox &question,
                         std::optional<bool> presetAnswer, std::function<void(bool)> answered);

} // namespace brickdesk
