#pragma once

#include "core/transfers/transfer.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace brickdesk {

// The transfers of one workspace, in the order they were added. Runs up to
// maxRunning() at once; the workspace client's host queue still decides how
// many requests are on the wire, so the two never fight. Owns its transfers.
class TransferQueue : public QObject
{
    Q_OBJECT

public:
    // Counts over the whole queue, for the panel's overall line.
    struct Summary
    {
        int queued = 0;
        int running = 0;
        int succeeded = 0;
        int skipped = 0;
        int failed = 0;
        int cancelled = 0;
        qint64 bytesDone = 0;
        qint64 bytesTotal = 0; // of the transfers whose size is known
        int total() const { return queued + running + succeeded + skipped + failed + cancelled; }
        int finished() const { return succeeded + skipped + failed + cancelled; }
        // 0..1, by bytes where sizes are known, else by items.
        double fraction() const;
    };

    explicit TransferQueue(QObject *parent = nullptr);
    ~TransferQueue() override;

    // Default 8: the client's request budget, so small items keep every
    // slot busy while large ones stream.
    void setMaxRunning(int count);
    int maxRunning() const { return m_maxRunning; }

    // Takes ownership and queues; transfers start in the order added.
    void add(Transfer *transfer);
    void add(const QList<Transfer *> &transfers);

    const QList<Transfer *> &transfers() const { return m_transfers; }
    int count() const { return int(m_transfers.size()); }
    Transfer *at(int row) const { return m_transfers.at(row); }
    int rowOf(const Transfer *transfer) const { return m_rows.value(transfer, -1); }

    Summary summary() const;
    // True while anything is queued or running.
    bool isBusy() const;

    void cancelAll();
    // Puts every failed or cancelled transfer back in line.
    int retryFailed();
    // Removes finished transfers from the list (running ones stay).
    void clearFinished();

signals:
    void aboutToInsert(int first, int last);
    void inserted();
    void aboutToRemove(int first, int last);
    void removed();
    void transferChanged(int row);
    void busyChanged(bool busy);
    // The queue ran dry: every transfer is finished.
    void idle();

private:
    void schedulePump();
    void pump();
    void onStateChanged(Transfer *transfer);
    void rebuildRows();
    void updateBusy();

    QList<Transfer *> m_transfers;
    QHash<const Transfer *, int> m_rows;
    int m_maxRunning = 8;
    int m_running = 0;
    bool m_pumpScheduled = false;
    bool m_busy = false;
};

} // namespace brickdesk
