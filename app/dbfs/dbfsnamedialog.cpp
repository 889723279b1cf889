#include "app/dbfs/dbfsnamedialog.h"

using namespace Qt::StringLiterals;

namespace brickdesk {

DbfsNameDialog::DbfsNameDialog(const Request &request, QWidget *parent)
    : NameDialog(
          setup(request), [request](const QString &name) { return problemWith(name, request); },
          parent)
{}

NameDialog::Setup DbfsNameDialog::setup(const Request &request)
{
    Setup setup;
    setup.title = request.title;
    setup.where = request.where;
    setup.action = request.action;
    setup.initialName = request.initialName;
    setup.objectName = u"dbfsNameDialog"_s;
    setup.nameObjectName = u"dbfsName"_s;
    setup.problemObjectName = u"dbfsNameProblem"_s;
    return setup;
}

QString DbfsNameDialog::problemWith(const QString &name, const Request &request)
{
    if (const QString problem = pathSegmentProblem(name); !problem.isEmpty())
        return problem;
    const QString trimmed = name.trimmed();
    if (trimmed == request.initialName)
        return tr("Enter a different name.");
    // DBFS names are case-sensitive: "Data" and "data" may live side by side.
    if (request.takenNames.contains(trimmed))
        return tr("This folder already has something named “%1”.").arg(trimmed);
    return {};
}

void DbfsNameDialog::ask(QWidget *parent, const Request &request, Answered answered)
{
    NameDialog::ask(
        parent, setup(request),
        [request](const QString &name) { return problemWith(name, request); }, std::move(answered));
}

} // namespace brickdesk
