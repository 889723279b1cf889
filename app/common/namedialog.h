#pragma once

#include <QDialog>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace brickdesk {

// Asks for one name (of a new folder, or the new name of an object), with
// the reason next to the field while the name cannot be used. What is asked,
// and which names are refused, is the caller's: the workspace and DBFS rules
// differ (case, renames). Non-blocking: opened with open().
class NameDialog : public QDialog
{
    Q_OBJECT

public:
    struct Setup
    {
        QString title;       // the window title: "New Folder", "Rename"
        QString where;       // above the field: "In dbfs:/tmp"
        QString action;      // the OK button: "Create", "Rename"
        QString initialName; // selected without its extension
        QString placeholder;
        // The tests' handles on the dialog, the field and the reason.
        QString objectName;
        QString nameObjectName;
        QString problemObjectName;
    };
    // Why `name` (as typed, untrimmed) cannot be used; empty if it can.
    using Validator = std::function<QString(const QString &name)>;
    using Answered = std::function<void(const QString &name)>;

    NameDialog(const Setup &setup, Validator validator, QWidget *parent = nullptr);

    // The accepted name, trimmed.
    QString name() const;

    // What no file, folder or object name may be, in any tree: empty, with
    // a "/", "." or "..". Empty when `name` (trimmed) is none of those.
    static QString pathSegmentProblem(const QString &name);

    // Asks; `answered` runs only when the user accepts a valid name.
    static void ask(QWidget *parent, const Setup &setup, Validator validator, Answered answered);
    // Test seam: the next questions are answered with `name` after the event
    // loop turns, without a dialog; an empty name is Cancel, an invalid one
    // is refused like the dialog would.
    static void setAnswerForTesting(std::optional<QString> name);

private:
    void validate();

    Validator m_validator;
    QString m_initialName;
    QLineEdit *m_name;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace brickdesk
