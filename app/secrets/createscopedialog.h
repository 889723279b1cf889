#pragma once

#include <QDialog>
#include <QStringList>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace brickdesk {

// New Scope: a name checked against the rules while it is typed (and
// against the scopes already there, which the workspace compares without
// regard to case), and who may manage the new scope at first.
class CreateScopeDialog : public QDialog
{
    Q_OBJECT

public:
    struct Answer
    {
        QString name;
        // Every workspace user gets MANAGE ("users"); otherwise the creator.
        bool manageByAllUsers = false;
    };
    using Answered = std::function<void(const Answer &answer)>;

    CreateScopeDialog(const QString &workspace, const QStringList &existingScopes,
                      QWidget *parent = nullptr);

    Answer answer() const;
    // Why the name cannot be used, empty if it can.
    QString problem() const;

    // Asks without blocking; `answered` runs only on Create.
    static void ask(QWidget *parent, const QString &workspace, const QStringList &existingScopes,
                    Answered answered);
    // Test seam: the next question is answered with `answer` (or cancelled
    // with nothing), after the event loop turns; an invalid name is refused.
    static void setAnswerForTesting(std::optional<Answer> answer);

private:
    void validate();

    QStringList m_existing;
    QLineEdit *m_name;
    QLabel *m_problem;
    QRadioButton *m_creator;
    QRadioButton *m_allUsers;
    QDialogButtonBox *m_buttons;
};

} // namespace brickdesk
