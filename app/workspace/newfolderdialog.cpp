#include "app/workspace/newfolderdialog.h"

using namespace Qt::StringLiterals;

namespace brickdesk {

NewFolderDialog::NewFolderDialog(const QString &parentFolder, const QStringList &existingNames,
                                 QWidget *parent)
    : NameDialog(
          setup(parentFolder),
          [existingNames](const QString &name) { return problemWith(name, existingNames); }, parent)
{}

NameDialog::Setup NewFolderDialog::setup(const QString &parentFolder)
{
    // The wording stays here, in this class's translation context.
    Setup setup;
    setup.title = tr("New Folder");
    setup.where = tr("In %1").arg(parentFolder);
    setup.action = tr("Create");
    setup.placeholder = tr("Folder name");
    setup.objectName = u"newFolderDialog"_s;
    setup.nameObjectName = u"folderName"_s;
    setup.problemObjectName = u"folderNameProblem"_s;
    return setup;
}

QString NewFolderDialog::problemWith(const QString &name, const QStringList &existingNames)
{
    if (const QString problem = pathSegmentProblem(name); !problem.isEmpty())
        return problem;
    const QString trimmed = name.trimmed();
    // Workspace names are unique per folder regardless of case in the web UI.
    for (const QString &existing : existingNames)
        if (existing.compare(trimmed, Qt::CaseInsensitive) == 0)
            return tr("This folder already has an object named “%1”.").arg(existing);
    return {};
}

void NewFolderDialog::ask(QWidget *parent, const QString &parentFolder,
                          const QStringList &existingNames, Answered answered)
{
    NameDialog::ask(
        parent, setup(parentFolder),
        [existingNames](const QString &name) { return problemWith(name, existingNames); },
        std::move(answered));
}

} // namespace brickdesk
