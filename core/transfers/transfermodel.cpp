#include "core/transfers/transfermodel.h"

#include "core/common/durationtext.h"

#include "core/transfers/transferqueue.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace brickdesk {

TransferModel::TransferModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(100);
    connect(&m_flushTimer, &QTimer::timeout, this, &TransferModel::flushChanges);
}

void TransferModel::setQueue(TransferQueue *queue)
{
    if (queue == m_queue)
        return;
    beginResetModel();
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_firstChanged = m_lastChanged = -1;
    m_queue = queue;
    if (queue) {
        m_connections = {
            connect(queue, &TransferQueue::aboutToInsert, this,
                    [this](int first, int last) { beginInsertRows({}, first, last); }),
            connect(queue, &TransferQueue::inserted, this, [this] { endInsertRows(); }),
            connect(queue, &TransferQueue::aboutToRemove, this,
                    [this](int first, int last) {
                        flushChanges(); // rows are about to move
                        beginRemoveRows({}, first, last);
                    }),
            connect(queue, &TransferQueue::removed, this, [this] { endRemoveRows(); }),
            connect(queue, &TransferQueue::transferChanged, this, &TransferModel::markChanged),
            connect(queue, &QObject::destroyed, this, [this] { setQueue(nullptr); }),
        };
    }
    endResetModel();
}

Transfer *TransferModel::transferAt(const QModelIndex &index) const
{
    if (!m_queue || !index.isValid() || index.row() >= m_queue->count())
        return nullptr;
    return m_queue->at(index.row());
}

QString TransferModel::stateDisplayName(Transfer::State state)
{
    switch (state) {
    case Transfer::State::Queued:
        return tr("Waiting");
    case Transfer::State::Running:
        return tr("Running");
    case Transfer::State::Succeeded:
        return tr("Done");
    case Transfer::State::Skipped:
        return tr("Skipped");
    case Transfer::State::Failed:
        return tr("Failed");
    case Transfer::State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString TransferModel::durationText(qint64 seconds)
{
    return brickdesk::durationText(seconds);
}

int TransferModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_queue ? 0 : m_queue->count();
}

int TransferModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransferModel::data(const QModelIndex &index, int role) const
{
    const Transfer *transfer = transferAt(index);
    if (!transfer)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*transfer, index.column());
    case Qt::ToolTipRole:
        if (index.column() == SizeColumn && transfer->bytesTotal() >= 0)
            return tr("%1 of %2 bytes")
                .arg(QLocale().toString(transfer->bytesDone()),
                     QLocale().toString(transfer->bytesTotal()));
        if (index.column() == StatusColumn && !transfer->message().isEmpty())
            return transfer->message();
        return tr("%1 → %2").arg(transfer->source(), transfer->target());
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == SpeedColumn ||
            index.column() == RemainingColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        return rawData(*transfer, index.column());
    case StateRole:
        return QVariant::fromValue(transfer->state());
    case DirectionRole:
        return QVariant::fromValue(transfer->direction());
    case FractionRole:
        if (transfer->state() == Transfer::State::Succeeded)
            return 1.0;
        if (transfer->bytesTotal() <= 0)
            return -1.0;
        return std::clamp(double(transfer->bytesDone()) / double(transfer->bytesTotal()), 0.0, 1.0);
    case TargetRole:
        return transfer->target();
    default:
        return {};
    }
}

QVariant TransferModel::displayData(const Transfer &transfer, int column) const
{
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return transfer.name();
    case ProgressColumn: {
        const double fraction = data(index(m_queue->rowOf(&transfer), 0), FractionRole).toDouble();
        return fraction < 0 ? QString() : tr("%1%").arg(qRound(fraction * 100));
    }
    case SizeColumn:
        if (transfer.bytesTotal() < 0)
            return transfer.bytesDone() > 0 ? locale.formattedDataSize(transfer.bytesDone())
                                            : QString();
        if (transfer.isFinished())
            return locale.formattedDataSize(transfer.bytesTotal());
        return tr("%1 of %2")
            .arg(locale.formattedDataSize(transfer.bytesDone()),
                 locale.formattedDataSize(transfer.bytesTotal()));
    case SpeedColumn: {
        const double speed = transfer.bytesPerSecond();
        return speed > 0 ? tr("%1/s").arg(locale.formattedDataSize(qint64(speed))) : QString();
    }
    case RemainingColumn:
        return transfer.state() == Transfer::State::Running
                   ? durationText(transfer.secondsRemaining())
                   : QString();
    case StatusColumn:
        if (transfer.message().isEmpty() || transfer.state() == Transfer::State::Cancelled)
            return stateDisplayName(transfer.state());
        if (transfer.state() == Transfer::State::Running)
            return transfer.message();
        return tr("%1: %2").arg(stateDisplayName(transfer.state()), transfer.message());
    default:
        return {};
    }
}

QVariant TransferModel::rawData(const Transfer &transfer, int column) const
{
    switch (column) {
    case NameColumn:
        return transfer.name();
    case ProgressColumn:
        return data(index(m_queue->rowOf(&transfer), 0), FractionRole);
    case SizeColumn:
        return transfer.bytesTotal();
    case SpeedColumn:
        return transfer.bytesPerSecond();
    case RemainingColumn:
        return transfer.secondsRemaining();
    case StatusColumn:
        return int(transfer.state());
    default:
        return {};
    }
}

QVariant TransferModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ProgressColumn:
        return tr("Progress");
    case SizeColumn:
        return tr("Size");
    case SpeedColumn:
        return tr("Speed");
    case RemainingColumn:
        return tr("Time left");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void TransferModel::markChanged(int row)
{
    if (row < 0)
        return;
    m_firstChanged = m_firstChanged < 0 ? row : std::min(m_firstChanged, row);
    m_lastChanged = std::max(m_lastChanged, row);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void TransferModel::flushChanges()
{
    m_flushTimer.stop();
    if (m_firstChanged < 0)
        return;
    const int first = m_firstChanged;
    const int last = std::min(m_lastChanged, rowCount() - 1);
    m_firstChanged = m_lastChanged = -1;
    if (first <= last)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

} // namespace brickdesk
