#include "core/transfers/transferqueue.h"

#include <QTimer>

namespace brickdesk {

double TransferQueue::Summary::fraction() const
{
    if (bytesTotal > 0)
        return std::clamp(double(bytesDone) / double(bytesTotal), 0.0, 1.0);
    return total() > 0 ? double(finished()) / double(total()) : 0.0;
}

TransferQueue::TransferQueue(QObject *parent)
    : QObject(parent)
{}

TransferQueue::~TransferQueue()
{
    // Running transfers must stop their traffic and clean up before they go.
    for (Transfer *transfer : std::as_const(m_transfers)) {
        transfer->disconnect(this);
        transfer->cancel();
    }
    qDeleteAll(m_transfers);
}

void TransferQueue::setMaxRunning(int count)
{
    m_maxRunning = std::max(1, count);
    schedulePump();
}

void TransferQueue::add(Transfer *transfer)
{
    add(QList<Transfer *>{transfer});
}

void TransferQueue::add(const QList<Transfer *> &transfers)
{
    if (transfers.isEmpty())
        return;
    const int first = int(m_transfers.size());
    emit aboutToInsert(first, first + int(transfers.size()) - 1);
    for (Transfer *transfer : transfers) {
        transfer->setParent(this);
        transfer->m_queue = this;
        m_rows.insert(transfer, int(m_transfers.size()));
        m_transfers.append(transfer);
        connect(transfer, &Transfer::progressChanged, this,
                [this, transfer] { emit transferChanged(rowOf(transfer)); });
        connect(transfer, &Transfer::stateChanged, this,
                [this, transfer] { onStateChanged(transfer); });
    }
    emit inserted();
    updateBusy();
    schedulePump();
}

TransferQueue::Summary TransferQueue::summary() const
{
    Summary summary;
    for (const Transfer *transfer : m_transfers) {
        switch (transfer->state()) {
        case Transfer::State::Queued:
            ++summary.queued;
            break;
        case Transfer::State::Running:
            ++summary.running;
            break;
        case Transfer::State::Succeeded:
            ++summary.succeeded;
            break;
        case Transfer::State::Skipped:
            ++summary.skipped;
            break;
        case Transfer::State::Failed:
            ++summary.failed;
            break;
        case Transfer::State::Cancelled:
            ++summary.cancelled;
            break;
        }
        if (transfer->bytesTotal() > 0) {
            summary.bytesTotal += transfer->bytesTotal();
            summary.bytesDone += std::min(transfer->bytesDone(), transfer->bytesTotal());
        }
    }
    return summary;
}

bool TransferQueue::isBusy() const
{
    return std::any_of(m_transfers.cbegin(), m_transfers.cend(),
                       [](const Transfer *t) { return !t->isFinished(); });
}

void TransferQueue::cancelAll()
{
    // Queued ones first, so that a running one that ends while being
    // cancelled does not start the next in line.
    for (Transfer *transfer : std::as_const(m_transfers))
        if (transfer->state() == Transfer::State::Queued)
            transfer->cancel();
    for (Transfer *transfer : std::as_const(m_transfers))
        transfer->cancel();
}

int TransferQueue::retryFailed()
{
    int retried = 0;
    for (Transfer *transfer : std::as_const(m_transfers))
        if (transfer->retry())
            ++retried;
    return retried;
}

void TransferQueue::clearFinished()
{
    // Remove contiguous runs from the end, so rows stay valid as we go.
    for (int row = int(m_transfers.size()) - 1; row >= 0;) {
        if (!m_transfers.at(row)->isFinished()) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && m_transfers.at(first - 1)->isFinished())
            --first;
        emit aboutToRemove(first, row);
        for (int i = first; i <= row; ++i) {
            Transfer *transfer = m_transfers.at(i);
            transfer->disconnect(this);
            transfer->deleteLater();
        }
        m_transfers.remove(first, row - first + 1);
        rebuildRows();
        emit removed();
        row = first - 1;
    }
}

void TransferQueue::schedulePump()
{
    // Transfers start from the event loop, never inside the call that
    // queued them or that ended another one: no re-entrancy.
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_pumpScheduled = false;
        pump();
    });
}

void TransferQueue::pump()
{
    for (Transfer *transfer : std::as_const(m_transfers)) {
        if (m_running >= m_maxRunning)
            break;
        if (transfer->state() == Transfer::State::Queued)
            transfer->start(); // onStateChanged() counts it
    }
}

void TransferQueue::onStateChanged(Transfer *transfer)
{
    // Recount rather than track transitions: a transfer may go from Queued
    // straight to Cancelled, or from Failed back to Queued.
    m_running = int(std::count_if(m_transfers.cbegin(), m_transfers.cend(), [](const Transfer *t) {
        return t->state() == Transfer::State::Running;
    }));
    if (transfer->state() != Transfer::State::Running)
        schedulePump();
    updateBusy();
}

void TransferQueue::rebuildRows()
{
    m_rows.clear();
    for (int row = 0; row < m_transfers.size(); ++row)
        m_rows.insert(m_transfers.at(row), row);
}

void TransferQueue::updateBusy()
{
    const bool busy = isBusy();
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
    if (!busy)
        emit idle();
}

} // namespace brickdesk
