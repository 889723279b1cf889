#pragma once

#include "app/common/namedialog.h"

#include <QStringList>

namespace brickdesk {

// Asks for one DBFS name: of a new folder, or the new name of a file or
// folder. The dialog is the common NameDialog; what is DBFS's here is which
// names are refused (case-sensitive, not the name it had). The test seam is
// NameDialog::setAnswerForTesting.
class DbfsNameDialog : public NameDialog
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

    explicit DbfsNameDialog(const Request &request, QWidget *parent = nullptr);

    // Why `name` cannot be used in `request`'s folder; empty if it can.
    static QString problemWith(const QString &name, const Request &request);

    // Asks; `answered` runs only when the user accepts a valid name.
    static void ask(QWidget *parent, const Request &request, Answered answered);

private:
    static Setup setup(const Request &request);
};

} // namespace brickdesk
