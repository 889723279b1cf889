#pragma once

#include "core/net/activityrecord.h"
#include "core/net/apiclient.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMetaObject>
#include <QPointer>

#include <deque>

namespace brickdesk {

// The API calls of the connected workspace, oldest first, as the activity
// panel shows them. A row appears when a call is queued and is updated in
// place when it ends. Only the newest `capacity()` calls are kept so a long
// session does not grow without bound.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        DurationColumn,
        RetriesColumn,
        ColumnCount
    };
    enum Role {
        // The underlying value (QDateTime, int, qint64, QString) so that
        // sorting compares values, not display text.
        RawValueRole = Qt::UserRole + 1,
        RecordIdRole,
        StateRole, // a State value
        ErrorRole, // the redacted error text, empty on success
    };
    Q_ENUM(Role)
    enum class State { InFlight, Succeeded, Failed };
    Q_ENUM(State)

    static constexpr int kDefaultCapacity = 2000;

    explicit ActivityModel(QObject *parent = nullptr);

    // Follows `client`'s calls (and stops following the previous client).
    // Rows already shown stay.
    void attach(ApiClient *client);
    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }
    void clear();

    // The record shown in `row`; for tests and the panel's details.
    const ActivityRecord &record(int row) const { return m_records.at(size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    void recordStarted(const brickdesk::ActivityRecord &record);
    void recordFinished(const brickdesk::ActivityRecord &record);

private:
    QVariant displayValue(const ActivityRecord &record, int column) const;
    QVariant rawValue(const ActivityRecord &record, int column) const;
    void trimToCapacity();

    std::deque<ActivityRecord> m_records;
    // Record id -> sequence number of its row. Rows are numbered by how many
    // were ever appended, so dropping the oldest rows does not renumber the
    // rest: row = sequence - m_dropped.
    QHash<quint64, qint64> m_sequenceById;
    qint64 m_appended = 0;
    qint64 m_dropped = 0;
    int m_capacity = kDefaultCapacity;
    QPointer<ApiClient> m_client;
    QMetaObject::Connection m_startedConnection;
    QMetaObject::Connection m_finishedConnection;
};

} // namespace brickdesk
