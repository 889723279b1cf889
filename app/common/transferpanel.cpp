#include "app/common/transferpanel.h"

#include "core/transfers/transfermodel.h"
#include "core/transfers/transferqueue.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// Draws the Progress column as a progress bar, the direction of each item
// as an arrow, and failures in red so they stand out in a long list.
class TransferDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        if (index.column() != TransferModel::ProgressColumn) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

        const double fraction = index.data(TransferModel::FractionRole).toDouble();
        const auto state = index.data(TransferModel::StateRole).value<Transfer::State>();
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(3, 3, -3, -3);
        bar.state = option.state | QStyle::State_Horizontal;
        bar.minimum = 0;
        bar.maximum = fraction < 0 && state == Transfer::State::Running ? 0 : 1000; // 0: busy
        bar.progress = fraction < 0 ? 0 : qRound(fraction * 1000);
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = !bar.text.isEmpty();
        bar.textAlignment = Qt::AlignCenter;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto state = index.data(TransferModel::StateRole).value<Transfer::State>();
        if (index.column() == TransferModel::NameColumn) {
            const auto direction =
                index.data(TransferModel::DirectionRole).value<Transfer::Direction>();
            option->icon = QIcon(direction == Transfer::Direction::Upload
                                     ? u":/icons/transfer-upload.svg"_s
                                     : u":/icons/transfer-download.svg"_s);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
        if (index.column() == TransferModel::StatusColumn && state == Transfer::State::Failed) {
            option->palette.setColor(QPalette::Text, QColor(0xc0, 0x2b, 0x2b));
        } else if (state == Transfer::State::Skipped || state == Transfer::State::Cancelled) {
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::PlaceholderText));
        }
    }
};

// "Failures only": the rows that failed, so their reasons can be read
// without scrolling through hundreds of successes.
class FailureFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFailuresOnly(bool on)
    {
        m_failuresOnly = on;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!m_failuresOnly)
            return true;
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        return index.data(TransferModel::StateRole).value<Transfer::State>() ==
               Transfer::State::Failed;
    }

private:
    bool m_failuresOnly = false;
};

QToolButton *toolButton(const QString &text, const QString &tip, const QString &objectName)
{
    auto *button = new QToolButton;
    button->setText(text);
    button->setToolTip(tip);
    button->setObjectName(objectName);
    button->setAutoRaise(true);
    return button;
}

} // namespace

TransferPanel::TransferPanel(QWidget *parent)
    : QDockWidget(tr("Transfers"), parent)
    , m_model(new TransferModel(this))
    , m_proxy(new FailureFilter(this))
    , m_view(new QTableView)
    , m_overall(new QProgressBar)
    , m_summary(new QLabel)
    , m_cancel(toolButton(tr("Cancel"), tr("Cancel the selected transfers"), u"cancelTransfer"_s))
    , m_cancelAll(toolButton(tr("Cancel All"), tr("Cancel every transfer that has not finished"),
                             u"cancelAllTransfers"_s))
    , m_retry(toolButton(tr("Retry Failed"), tr("Run the failed and cancelled transfers again"),
                         u"retryTransfers"_s))
    , m_clear(toolButton(tr("Clear Finished"), tr("Remove finished transfers from the list"),
                         u"clearTransfers"_s))
    , m_failuresOnly(toolButton(tr("Failures Only"), tr("Show only the transfers that failed"),
                                u"failuresOnly"_s))
{
    setObjectName(u"transferDock"_s); // saveState() needs it
    setAccessibleName(tr("Transfers"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                QDockWidget::DockWidgetFloatable);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TransferModel::RawValueRole);

    m_view->setObjectName(u"transferView"_s);
    m_view->setAccessibleName(tr("Transfers"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new TransferDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // queue order until the user sorts
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int digit = m_view->fontMetrics().horizontalAdvance(u'0');
    header->resizeSection(TransferModel::NameColumn, digit * 32);
    header->resizeSection(TransferModel::ProgressColumn, digit * 16);
    header->resizeSection(TransferModel::SizeColumn, digit * 20);
    header->resizeSection(TransferModel::SpeedColumn, digit * 12);
    header->resizeSection(TransferModel::RemainingColumn, digit * 11);
    header->setSectionResizeMode(TransferModel::StatusColumn, QHeaderView::Stretch);

    m_overall->setObjectName(u"overallProgress"_s);
    m_overall->setRange(0, 1000);
    m_overall->setTextVisible(false);
    m_overall->setMaximumWidth(digit * 24);
    m_overall->setMaximumHeight(m_view->fontMetrics().height());
    m_summary->setObjectName(u"transferSummary"_s);
    m_failuresOnly->setCheckable(true);

    auto *cancelAction = new QAction(tr("Cancel"), m_view);
    cancelAction->setShortcut(QKeySequence::Delete);
    cancelAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(cancelAction);
    connect(cancelAction, &QAction::triggered, this, &TransferPanel::cancelSelected);
    connect(m_cancel, &QToolButton::clicked, this, &TransferPanel::cancelSelected);
    connect(m_cancelAll, &QToolButton::clicked, this, [this] {
        if (TransferQueue *q = queue())
            q->cancelAll();
    });
    connect(m_retry, &QToolButton::clicked, this, [this] {
        if (TransferQueue *q = queue())
            q->retryFailed();
    });
    connect(m_clear, &QToolButton::clicked, this, [this] {
        if (TransferQueue *q = queue())
            q->clearFinished();
    });
    connect(m_failuresOnly, &QToolButton::toggled, this,
            [this](bool on) { static_cast<FailureFilter *>(m_proxy)->setFailuresOnly(on); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TransferPanel::updateButtons);
    // The model gathers row changes (at most ten a second): a good pace for
    // the summary and the buttons too.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TransferPanel::updateSummary);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 4, 8, 4);
    bar->setSpacing(8);
    bar->addWidget(m_overall);
    bar->addWidget(m_summary, 1);
    for (QToolButton *button : {m_failuresOnly, m_retry, m_cancel, m_cancelAll, m_clear})
        bar->addWidget(button);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    setWidget(content);

    m_refresh.setInterval(500);
    connect(&m_refresh, &QTimer::timeout, this, &TransferPanel::updateSummary);
    updateSummary();
}

void TransferPanel::setQueue(TransferQueue *queue)
{
    for (const auto &connection : std::as_const(m_queueConnections))
        disconnect(connection);
    m_queueConnections.clear();
    m_model->setQueue(queue);
    if (queue) {
        m_queueConnections = {
            connect(queue, &TransferQueue::inserted, this, &TransferPanel::onRowsAdded),
            connect(queue, &TransferQueue::removed, this, &TransferPanel::updateSummary),
            connect(queue, &TransferQueue::busyChanged, this, &TransferPanel::updateSummary),
        };
    }
    updateSummary();
}

TransferQueue *TransferPanel::queue() const
{
    return m_model->queue();
}

void TransferPanel::onRowsAdded()
{
    // New work: make sure the user sees it without hunting for the panel.
    show();
    raise();
    updateSummary();
}

void TransferPanel::cancelSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    QList<Transfer *> selected;
    for (const QModelIndex &row : rows)
        if (Transfer *transfer = m_model->transferAt(m_proxy->mapToSource(row)))
            selected.append(transfer);
    for (Transfer *transfer : std::as_const(selected))
        transfer->cancel();
}

QString TransferPanel::summaryText() const
{
    const TransferQueue *q = queue();
    if (!q || q->count() == 0)
        return tr("Uploads, downloads, imports and exports appear here.");
    const TransferQueue::Summary summary = q->summary();
    const QLocale locale;
    QStringList parts;
    parts << tr("%1 of %2 done").arg(summary.succeeded).arg(summary.total());
    if (summary.running > 0)
        parts << tr("%n running", nullptr, summary.running);
    if (summary.queued > 0)
        parts << tr("%n waiting", nullptr, summary.queued);
    if (summary.skipped > 0)
        parts << tr("%n skipped", nullptr, summary.skipped);
    if (summary.failed > 0)
        parts << tr("%n failed", nullptr, summary.failed);
    if (summary.cancelled > 0)
        parts << tr("%n cancelled", nullptr, summary.cancelled);
    if (summary.bytesTotal > 0)
        parts << tr("%1 of %2")
                     .arg(locale.formattedDataSize(summary.bytesDone),
                          locale.formattedDataSize(summary.bytesTotal));
    return parts.join(u" · "_s);
}

void TransferPanel::updateSummary()
{
    const TransferQueue *q = queue();
    const bool busy = q && q->isBusy();
    if (busy && !m_refresh.isActive())
        m_refresh.start();
    else if (!busy)
        m_refresh.stop();
    m_summary->setText(summaryText());
    const TransferQueue::Summary summary = q ? q->summary() : TransferQueue::Summary();
    m_overall->setVisible(summary.total() > 0);
    m_overall->setValue(qRound(summary.fraction() * 1000));
    updateButtons();
}

void TransferPanel::updateButtons()
{
    const TransferQueue *q = queue();
    const TransferQueue::Summary summary = q ? q->summary() : TransferQueue::Summary();
    m_cancel->setEnabled(m_view->selectionModel()->hasSelection() &&
                         summary.queued + summary.running > 0);
    m_cancelAll->setEnabled(summary.queued + summary.running > 0);
    m_retry->setEnabled(summary.failed + summary.cancelled > 0);
    m_clear->setEnabled(summary.finished() > 0);
}

} // namespace brickdesk
