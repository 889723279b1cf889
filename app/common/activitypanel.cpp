#include "app/common/activitypanel.h"

#include "core/activity/activitymodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// Colours the status of failed calls and greys out calls still in flight,
// so problems stand out in a long list.
class ActivityDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto state = index.data(ActivityModel::StateRole).value<ActivityModel::State>();
        if (state == ActivityModel::State::Failed &&
            index.column() == ActivityModel::StatusColumn) {
            option->palette.setColor(QPalette::Text, QColor(0xc0, 0x2b, 0x2b));
            option->font.setWeight(QFont::DemiBold);
        } else if (state == ActivityModel::State::InFlight) {
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::PlaceholderText));
        }
    }
};

} // namespace

ActivityPanel::ActivityPanel(ActivityModel *model, QWidget *parent)
    : QDockWidget(tr("Activity"), parent)
    , m_model(nullptr)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView)
    , m_summary(new QLabel)
{
    setObjectName(u"activityDock"_s); // saveState() needs it
    setAccessibleName(tr("Activity"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                QDockWidget::DockWidgetFloatable);

    m_proxy->setSourceModel(model); // the header below needs the columns
    m_proxy->setSortRole(ActivityModel::RawValueRole);

    m_view->setObjectName(u"activityView"_s);
    m_view->setAccessibleName(tr("Activity"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ActivityDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // arrival order until the user sorts
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setFrameShape(QFrame::NoFrame);

    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(false);
    const int digit = m_view->fontMetrics().horizontalAdvance(u'0');
    header->resizeSection(ActivityModel::TimeColumn, digit * 14);
    header->resizeSection(ActivityModel::MethodColumn, digit * 9);
    header->resizeSection(ActivityModel::StatusColumn, digit * 8);
    header->resizeSection(ActivityModel::DurationColumn, digit * 11);
    header->resizeSection(ActivityModel::RetriesColumn, digit * 9);
    header->setSectionResizeMode(ActivityModel::PathColumn, QHeaderView::Stretch);

    auto *clear = new QToolButton;
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Remove all calls from the list"));
    clear->setAutoRaise(true);
    connect(clear, &QToolButton::clicked, this, [this] {
        if (m_model)
            m_model->clear();
    });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 4, 8, 4);
    bar->addWidget(m_summary);
    bar->addStretch();
    bar->addWidget(clear);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    setWidget(content);

    // Follow new calls like a log, unless the user scrolled up to read.
    QScrollBar *scroll = m_view->verticalScrollBar();
    connect(scroll, &QScrollBar::valueChanged, this,
            [this, scroll](int value) { m_atBottom = value >= scroll->maximum(); });
    setModel(model);
}

void ActivityPanel::setModel(ActivityModel *model)
{
    if (model == m_model)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_model = model;
    m_proxy->setSourceModel(model);
    if (model) {
        m_modelConnections = {
            connect(model, &QAbstractItemModel::rowsInserted, this, &ActivityPanel::followNewRows),
            connect(model, &QAbstractItemModel::rowsInserted, this, &ActivityPanel::updateSummary),
            connect(model, &QAbstractItemModel::rowsRemoved, this, &ActivityPanel::updateSummary),
            connect(model, &QAbstractItemModel::dataChanged, this, &ActivityPanel::updateSummary),
            connect(model, &QAbstractItemModel::modelReset, this, &ActivityPanel::updateSummary),
            // A workspace closing takes its activity with it.
            connect(model, &QObject::destroyed, this, [this] { setModel(nullptr); }),
        };
        m_view->scrollToBottom();
    }
    updateSummary();
}

void ActivityPanel::followNewRows()
{
    if (m_atBottom)
        QMetaObject::invokeMethod(m_view, &QAbstractItemView::scrollToBottom, Qt::QueuedConnection);
}

void ActivityPanel::updateSummary()
{
    int inFlight = 0;
    int failed = 0;
    const int rows = m_model ? m_model->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        const auto state =
            m_model->index(row, 0).data(ActivityModel::StateRole).value<ActivityModel::State>();
        inFlight += state == ActivityModel::State::InFlight;
        failed += state == ActivityModel::State::Failed;
    }
    const QLocale locale;
    QString text = tr("Calls: %1").arg(locale.toString(rows));
    if (inFlight > 0)
        text += tr(" · in flight: %1").arg(locale.toString(inFlight));
    if (failed > 0)
        text += tr(" · failed: %1").arg(locale.toString(failed));
    m_summary->setText(text);
}

} // namespace brickdesk
