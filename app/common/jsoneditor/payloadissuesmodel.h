#pragma once

#include "core/payload/payloadissue.h"

#include <QAbstractTableModel>
#include <optional>

namespace brickdesk {

// The problems of a payload as a table: severity and message, path, and
// line:column. A syntax error is the one row while the text does not parse.
class PayloadIssuesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MessageColumn, PathColumn, LocationColumn, ColumnCount };
    enum Role {
        OffsetRole = Qt::UserRole + 1, // qsizetype as qlonglong; -1 when not located
        LengthRole,
        IsErrorRole,
    };

    explicit PayloadIssuesModel(QObject *parent = nullptr);

    void setIssues(const std::optional<JsonSyntaxError> &syntaxError, const PayloadIssues &issues);
    const PayloadIssues &issues() const { return m_issues; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    PayloadIssues m_issues;
};

} // namespace brickdesk
