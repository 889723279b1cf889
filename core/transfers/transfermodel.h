#pragma once

#include "core/transfers/transfer.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

namespace brickdesk {

class TransferQueue;

// The rows of a transfer queue, for the transfer panel: one per item, with
// progress, bytes, speed, time left and what happened. Progress changes are
// gathered and announced at most ten times a second, so a thousand small
// files or one fast stream never flood the view.
class TransferModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ProgressColumn,
        SizeColumn,
        SpeedColumn,
        RemainingColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the value behind the text, for sorting
        StateRole,                       // Transfer::State
        DirectionRole,                   // Transfer::Direction
        FractionRole,                    // double 0..1, or -1 while the size is unknown
        TargetRole,                      // QString, where it goes
    };
    Q_ENUM(Role)

    explicit TransferModel(QObject *parent = nullptr);

    // Shows `queue` (not owned); nullptr shows nothing.
    void setQueue(TransferQueue *queue);
    TransferQueue *queue() const { return m_queue; }
    Transfer *transferAt(const QModelIndex &index) const;

    static QString stateDisplayName(Transfer::State state);
    static QString durationText(qint64 seconds);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void markChanged(int row);
    void flushChanges();
    QVariant displayData(const Transfer &transfer, int column) const;
    QVariant rawData(const Transfer &transfer, int column) const;

    QPointer<TransferQueue> m_queue;
    QList<QMetaObject::Connection> m_connections;
    QTimer m_flushTimer;
    int m_firstChanged = -1;
    int m_lastChanged = -1;
};

} // namespace brickdesk
