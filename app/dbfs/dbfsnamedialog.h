#pragma once

#include <QDialog>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace brickdesk {

// Asks for one DBFS name: of a new folder, or the new name of a file or
// folder. The reason a name cannot be used (empty, a "/", taken) shows next
// to the field while it applies. Non-blocking: opened with open().
class DbfsNameDialog : public QDialog
{
    Q_OBJECT

public:
    struct Request
    {
        QString title;          // "New Folder", "Rename"
        QString where;          // "In dbfs:/tmp"
        QString action;         // the OK button: "Create", "Rename"
        QString initialName;    // selected without its extension
        QStringList takenNames; // names the folder has already
    };
    using Answered = std::function<void(const QString &name)>;

    explicit DbfsNameDialog(const Request &request, QWidget *parent = nullptr);

    QString name() const;
    // Why `name` cannot be used in `request`'s folder; empty if it can.
    static QString problemWith(const QString &name, const Request &request);

    // Asks; `answered` runs only when the user accepts a valid name.
    static void ask(QWidget *parent, const Request &request, Answered answered);
    // Test seam: the next questions are answered with `name` after the event
    // loop turns, without a dialog; an empty or invalid name is Cancel.
    static void setAnswerForTesting(std::optional<QString> name);

private:
    void validate();

    Request m_request;
    QLineEdit *m_name;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace brickdesk
