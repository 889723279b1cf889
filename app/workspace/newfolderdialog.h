#pragma once

#include <QDialog>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace brickdesk {

// Asks for the name of a new workspace folder, with the reason next to the
// field while the name cannot be used (empty, a "/", a name the folder
// already has). Non-blocking: opened with open().
class NewFolderDialog : public QDialog
{
    Q_OBJECT

public:
    using Answered = std::function<void(const QString &name)>;

    NewFolderDialog(const QString &parentFolder, const QStringList &existingNames,
                    QWidget *parent = nullptr);

    QString name() const;
    // Why `name` cannot be a new folder next to `existingNames`; empty if it can.
    static QString problemWith(const QString &name, const QStringList &existingNames);

    // Asks; `answered` runs only when the user accepts a valid name.
    static void ask(QWidget *parent, const QString &parentFolder, const QStringList &existingNames,
                    Answered answered);
    // Test seam: the next questions are answered with `name` after the event
    // loop turns, without a dialog; an empty name is Cancel, an invalid one
    // is refused like the dialog would.
    static void setAnswerForTesting(std::optional<QString> name);

private:
    void validate();

    QLineEdit *m_name;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QStringList m_existing;
};

} // namespace brickdesk
