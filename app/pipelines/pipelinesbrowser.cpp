#include "app/pipelines/pipelinesbrowser.h"

#include "app/common/browserframe.h"
#include "app/common/filterbox.h"
#include "app/common/resourcelistview.h"
#include "app/common/statusline.h"
#include "app/pipelines/pipelinepane.h"
#include "app/pipelines/pipelinesactions.h"
#include "core/net/apiclient.h"
#include "core/pipelines/pipelinesmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace brickdesk {

PipelinesBrowser::PipelinesBrowser(QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_filter(new FilterBox(this))
    , m_statusLine(new StatusLine(u"pipelinesStatus"_s, u"pipelinesError"_s,
                                  u"dismissPipelinesError"_s, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_view(new ResourceListView(m_splitter))
    , m_pane(new PipelinePane(m_splitter))
    , m_actions(new PipelinesActions(this))
    , m_specTimer(new QTimer(this))
{
    setObjectName(u"pipelinesBrowser"_s);
    m_view->setObjectName(u"pipelinesView"_s);
    m_view->setAccessibleName(tr("Pipelines"));
    m_view->setEmptyText(tr("No pipelines here yet. New Pipeline creates one from a template."));
    m_toolBar->setObjectName(u"pipelinesToolBar"_s);
    m_toolBar->setAccessibleName(tr("Pipeline actions"));
    BrowserFrame::fill(m_toolBar, {m_actions->toolbarActions(),
                                   {m_actions->startAction(), m_actions->stopAction()},
                                   {m_actions->newPipelineAction(), m_actions->startAction()}});
    m_filter->setObjectName(u"pipelinesFilter"_s);
    m_filter->setPlaceholderText(tr("Filter pipelines by name"));
    m_filter->setAccessibleName(tr("Filter pipelines by name"));
    m_filter->setReturnFocusTo(m_view);
    connect(m_filter, &QLineEdit::textChanged, m_view, &ResourceListView::setNameFilter);

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({520, 660});
    m_splitter->setChildrenCollapsible(false);
    BrowserFrame::layOut(this, m_toolBar, {m_filter}, m_statusLine, m_splitter);

    const QList<QAction *> more{m_actions->copyIdAction(), m_actions->openInBrowserAction(),
                                m_actions->permissionsAction()};
    for (QAction *action : m_actions->toolbarActions() + more)
        m_pane->addAction(action);
    BrowserFrame::addContextMenu(m_view, [this](QMenu *menu) { m_actions->fillMenu(menu); });

    // The settings (and so the mode column) of the rows in sight, read once
    // the scrolling stops.
    m_specTimer->setSingleShot(true);
    m_specTimer->setInterval(150);
    connect(m_specTimer, &QTimer::timeout, this, [this] {
        if (m_model)
            m_model->fetchSpecs(m_view->visibleSourceRows());
    });
    connect(m_view, &ResourceListView::visibleRowsChanged, m_specTimer,
            qOverload<>(&QTimer::start));
    connect(m_view, &ResourceListView::currentRowChanged, this,
            &PipelinesBrowser::showCurrentPipeline);
    m_view->setMultiSelection(true);
    connect(m_view, &ResourceListView::selectedRowsChanged, this,
            [this] { m_actions->setSelectedPipelines(m_view->selectedItems()); });
    connect(m_pane, &PipelinePane::workspacePathActivated, this,
            &PipelinesBrowser::workspacePathActivated);
    connect(m_actions, &PipelinesActions::statusChanged, m_statusLine, &StatusLine::showStatus);
    connect(m_actions, &PipelinesActions::errorOccurred, m_statusLine, &StatusLine::showError);
    connect(m_actions, &PipelinesActions::pipelinesChanged, this,
            &PipelinesBrowser::onPipelinesChanged);
    connect(m_actions, &PipelinesActions::pipelineChanged, this, [this](const QString &id) {
        if (!m_model)
            return;
        m_model->forgetSpec(id);
        m_model->refreshItem(id);
    });
    connect(m_actions, &PipelinesActions::updateStarted, this,
            [this](const QString &pipelineId, const QString &updateId) {
                if (m_pane->pipelineId() == pipelineId)
                    m_pane->selectUpdate(updateId);
            });
    connect(m_actions, &PipelinesActions::refreshRequested, this,
            [this] { onPipelinesChanged(QString()); });
}

PipelinesBrowser::~PipelinesBrowser() = default;

void PipelinesBrowser::setPipelines(PipelinesModel *model, ApiClient *client,
                                    const QString &workspace)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_view->setResourceModel(model);
    m_pane->setClient(client);
    m_actions->setConnection(client, workspace);
    m_statusLine->showStatus(QString(), false);
    m_statusLine->showError(QString());
    if (!model)
        return;
    m_view->sortByColumn(PipelinesModel::NameColumn, Qt::AscendingOrder);
    m_view->header()->resizeSection(PipelinesModel::NameColumn, 180);
    m_view->header()->resizeSection(PipelinesModel::StateColumn, 90);
    m_view->header()->resizeSection(PipelinesModel::HealthColumn, 80);
    m_view->header()->resizeSection(PipelinesModel::LastUpdateColumn, 160);
    m_view->header()->resizeSection(PipelinesModel::ModeColumn, 170);
    const auto selectPending = [this] {
        m_view->selectPendingOrFirst(&m_selectWhenListed);
        showCurrentPipeline();
        m_specTimer->start();
    };
    connect(model, &ResourceListModel::loaded, this, selectPending);
    connect(model, &ResourceListModel::pageLoaded, this, selectPending);
    connect(model, &ResourceListModel::loadFailed, this, [this](const ApiError &error) {
        m_statusLine->showError(tr("Could not list the pipelines: %1").arg(error.toString()));
    });
    // The selected pipeline moved on (an update started, its settings
    // arrived): the pane and the actions follow.
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const int row = m_view->currentSourceRow();
                if (row >= from.row() && row <= to.row())
                    showCurrentPipeline();
            });
    setLive(isVisible());
    model->refresh();
}

QLineEdit *PipelinesBrowser::filterEdit() const
{
    return m_filter;
}

QString PipelinesBrowser::statusText() const
{
    return m_statusLine->statusText();
}

QString PipelinesBrowser::errorText() const
{
    return m_statusLine->errorText();
}

void PipelinesBrowser::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    setLive(true);
}

void PipelinesBrowser::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    setLive(false);
}

void PipelinesBrowser::setLive(bool live)
{
    // Polling only while someone can see the result.
    if (m_model)
        m_model->setLiveUpdatesEnabled(live);
    m_pane->setLiveUpdatesEnabled(live);
}

void PipelinesBrowser::showCurrentPipeline()
{
    const int row = m_view->currentSourceRow();
    const QJsonObject pipeline = m_model && row >= 0 ? m_model->item(row) : QJsonObject();
    const QString id = pipeline.value("pipeline_id"_L1).toString();
    if (m_model && row >= 0 && m_model->spec(id).isEmpty())
        m_model->fetchSpecs({row});
    m_actions->setPipeline(pipeline);
    m_pane->showPipeline(pipeline, m_model ? m_model->spec(id) : QJsonObject());
}

void PipelinesBrowser::onPipelinesChanged(const QString &selectId)
{
    if (!m_model)
        return;
    m_selectWhenListed = selectId;
    m_model->refresh();
}

} // namespace brickdesk
