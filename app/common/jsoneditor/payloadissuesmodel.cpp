#include "app/common/jsoneditor/payloadissuesmodel.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace brickdesk {

PayloadIssuesModel::PayloadIssuesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PayloadIssuesModel::setIssues(const std::optional<JsonSyntaxError> &syntaxError,
                                   const PayloadIssues &issues)
{
    beginResetModel();
    m_issues = issues;
    if (syntaxError) {
        PayloadIssue issue;
        issue.message = syntaxError->message;
        issue.offset = syntaxError->offset;
        issue.position = syntaxError->position;
        m_issues = {issue};
    }
    endResetModel();
}

int PayloadIssuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int PayloadIssuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PayloadIssuesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PayloadIssue &issue = m_issues.at(index.row());
    const QString severity = issue.isError() ? tr("Error") : tr("Warning");
    const QString location = issue.position.line > 0
                                 ? tr("%1:%2").arg(issue.position.line).arg(issue.position.column)
                                 : QString();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MessageColumn:
            return issue.message;
        case PathColumn:
            return issue.path.isRoot() ? tr("(top level)") : issue.path.toString();
        case LocationColumn:
            return location;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == MessageColumn)
            return QIcon(issue.isError() ? u":/icons/error.svg"_s : u":/icons/warning.svg"_s);
        break;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        // The icon alone says nothing to a screen reader.
        return tr("%1 at line %2, column %3: %4 (%5)")
            .arg(severity)
            .arg(issue.position.line)
            .arg(issue.position.column)
            .arg(issue.message, issue.path.toString());
    case OffsetRole:
        return qlonglong(issue.offset);
    case LengthRole:
        return qlonglong(issue.length);
    case IsErrorRole:
        return issue.isError();
    default:
        break;
    }
    return {};
}

QVariant PayloadIssuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MessageColumn:
        return tr("Problem");
    case PathColumn:
        return tr("Field");
    case LocationColumn:
        return tr("Line:Column");
    }
    return {};
}

} // namespace brickdesk
