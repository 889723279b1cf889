#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QMessageBox;
class QWidget;

namespace brickdesk {

// The one way Brickdesk asks before it destroys something. With several
// workspaces open, "Delete 12 objects?" is not enough: the question always
// names the workspace it acts on, in the window title and in the text.
// Non-blocking (QMessageBox::open()); the callback runs once with the answer.
class ConfirmDialog
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmDialog)

public:
    struct Question
    {
        QString workspace; // "prod", shown in the title and, if missing, in the text
        QString what;      // "Delete 12 objects from prod?"
        QString details;   // what else happens, what cannot be undone
        QString action;    // the destructive button, "Delete"; "Remove" when empty
    };
    using Callback = std::function<void(bool confirmed)>;

    // Returns the open message box, or nullptr when a test pre-answered it.
    static QMessageBox *ask(QWidget *parent, const Question &question, Callback callback);

    // Test seam: the next questions are answered with `answer` (after the
    // event loop turns, as a user would) instead of showing a box.
    static void setAnswerForTesting(std::optional<bool> answer);
    // The text of the last question asked, for tests to check its wording.
    static QString lastQuestionForTesting();
};

} // namespace brickdesk
