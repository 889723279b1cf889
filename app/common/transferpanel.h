#pragma once

#include <QDockWidget>
#include <QPointer>
#include <QTimer>

class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace brickdesk {

class TransferModel;
class TransferQueue;

// The dock shared by DBFS uploads and downloads and workspace imports and
// exports: one row per item with progress, bytes, speed and time left; the
// overall progress and a summary above; cancel one or all, retry the failed
// ones, and a "failures only" view that says what failed and why. It shows
// the queue of the current workspace.
class TransferPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit TransferPanel(QWidget *parent = nullptr);

    void setQueue(TransferQueue *queue);
    TransferQueue *queue() const;
    TransferModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // "12 of 40 done · 1 failed · 3.2 MB of 9.0 MB"
    QString summaryText() const;

    QToolButton *cancelButton() const { return m_cancel; }
    QToolButton *cancelAllButton() const { return m_cancelAll; }
    QToolButton *retryButton() const { return m_retry; }
    QToolButton *clearButton() const { return m_clear; }
    QToolButton *failuresOnlyButton() const { return m_failuresOnly; }

private:
    void cancelSelected();
    void updateSummary();
    void updateButtons();
    void onRowsAdded();

    TransferModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QProgressBar *m_overall;
    QLabel *m_summary;
    QToolButton *m_cancel;
    QToolButton *m_cancelAll;
    QToolButton *m_retry;
    QToolButton *m_clear;
    QToolButton *m_failuresOnly;
    QTimer m_refresh; // the summary and speeds move even when no row changes
    QList<QMetaObject::Connection> m_queueConnections;
};

} // namespace brickdesk
