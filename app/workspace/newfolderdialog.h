#pragma once

#include "app/common/namedialog.h"

#include <QStringList>

namespace brickdesk {

// Asks for the name of a new workspace folder. The dialog is the common
// NameDialog; what is the workspace's here is its wording and which names
// are refused (unique regardless of case). The test seam is
// NameDialog::setAnswerForTesting.
class NewFolderDialog : public NameDialog
{
    Q_OBJECT

public:
    NewFolderDialog(const QString &parentFolder, const QStringList &existingNames,
                    QWidget *parent = nullptr);

    // Why `name` cannot be a new folder next to `existingNames`; empty if it can.
    static QString problemWith(const QString &name, const QStringList &existingNames);

    // Asks; `answered` runs only when the user accepts a valid name.
    static void ask(QWidget *parent, const QString &parentFolder, const QStringList &existingNames,
                    Answered answered);

private:
    static Setup setup(const QString &parentFolder);
};

} // namespace brickdesk
