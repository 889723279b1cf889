#include "core/activity/activitymodel.h"

#include "core/net/apiclient.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace brickdesk {

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ActivityModel::attach(ApiClient *client)
{
    disconnect(m_startedConnection);
    disconnect(m_finishedConnection);
    // Ids are only unique per client: a new client must not update rows of
    // the old one.
    m_sequenceById.clear();
    m_client = client;
    if (!client)
        return;
    m_startedConnection =
        connect(client, &ApiClient::callStarted, this, &ActivityModel::recordStarted);
    m_finishedConnection =
        connect(client, &ApiClient::callFinished, this, &ActivityModel::recordFinished);
}

void ActivityModel::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    trimToCapacity();
}

void ActivityModel::clear()
{
    if (m_records.empty())
        return;
    beginResetModel();
    m_dropped += qint64(m_records.size());
    m_records.clear();
    m_sequenceById.clear();
    endResetModel();
}

void ActivityModel::recordStarted(const ActivityRecord &record)
{
    const auto existing = m_sequenceById.constFind(record.id);
    if (existing != m_sequenceById.cend()) {
        // Started twice (should not happen): treat as an update.
        recordFinished(record);
        return;
    }
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.push_back(record);
    m_sequenceById.insert(record.id, m_appended++);
    endInsertRows();
    trimToCapacity();
}

void ActivityModel::recordFinished(const ActivityRecord &record)
{
    const auto found = m_sequenceById.constFind(record.id);
    // A call whose row was already dropped by the cap stays dropped.
    if (found == m_sequenceById.cend())
        return;
    const int row = int(found.value() - m_dropped);
    m_records[size_t(row)] = record;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ActivityModel::trimToCapacity()
{
    const int excess = int(m_records.size()) - m_capacity;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    for (int i = 0; i < excess; ++i) {
        m_sequenceById.remove(m_records.front().id);
        m_records.pop_front();
    }
    m_dropped += excess;
    endRemoveRows();
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityRecord &r = m_records[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(r, index.column());
    case Qt::ToolTipRole:
        if (!r.error.isEmpty())
            return r.error;
        if (index.column() == PathColumn)
            return r.path;
        if (index.column() == TimeColumn)
            return QLocale().toString(r.started.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case StatusColumn:
        case DurationColumn:
        case RetriesColumn:
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        default:
            return (Qt::AlignLeft | Qt::AlignVCenter).toInt();
        }
    case RawValueRole:
        return rawValue(r, index.column());
    case RecordIdRole:
        return r.id;
    case StateRole:
        if (!r.finished)
            return QVariant::fromValue(State::InFlight);
        return QVariant::fromValue(r.error.isEmpty() && r.httpStatus < 400 ? State::Succeeded
                                                                           : State::Failed);
    case ErrorRole:
        return r.error;
    default:
        return {};
    }
}

QVariant ActivityModel::displayValue(const ActivityRecord &r, int column) const
{
    switch (column) {
    case TimeColumn:
        return QLocale().toString(r.started.toLocalTime().time(), u"HH:mm:ss.zzz"_s);
    case MethodColumn:
        return r.method;
    case PathColumn:
        return r.path;
    case StatusColumn:
        if (!r.finished)
            return tr("…", "call in flight");
        if (r.httpStatus > 0)
            return QString::number(r.httpStatus);
        return r.error.isEmpty() ? tr("OK") : tr("Failed");
    case DurationColumn:
        return r.durationMs < 0 ? QString() : tr("%1 ms").arg(QLocale().toString(r.durationMs));
    case RetriesColumn:
        return r.retries > 0 ? QLocale().toString(r.retries) : QString();
    default:
        return {};
    }
}

QVariant ActivityModel::rawValue(const ActivityRecord &r, int column) const
{
    switch (column) {
    case TimeColumn:
        return r.started;
    case MethodColumn:
        return r.method;
    case PathColumn:
        return r.path;
    case StatusColumn:
        return r.httpStatus;
    case DurationColumn:
        return r.durationMs;
    case RetriesColumn:
        return r.retries;
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case RetriesColumn:
        return tr("Retries");
    default:
        return {};
    }
}

} // namespace brickdesk
