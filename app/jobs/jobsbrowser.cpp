#include "app/jobs/jobsbrowser.h"

#include "app/common/browserframe.h"
#include "app/common/filterbox.h"
#include "app/common/resourcelistview.h"
#include "app/common/statusline.h"
#include "app/jobs/jobpane.h"
#include "app/jobs/jobsactions.h"
#include "app/jobs/runpane.h"
#include "core/jobs/jobsmodel.h"
#include "core/jobs/lastrunindex.h"
#include "core/net/apiclient.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace brickdesk {

JobsBrowser::JobsBrowser(QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_filter(new FilterBox(this))
    , m_statusLine(new StatusLine(u"jobsStatus"_s, u"jobsError"_s, u"dismissJobsError"_s, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_view(new ResourceListView(m_splitter))
    , m_pane(new JobPane(m_splitter))
    , m_actions(new JobsActions(this))
    , m_fillTimer(new QTimer(this))
{
    setObjectName(u"jobsBrowser"_s);
    m_view->setObjectName(u"jobsView"_s);
    m_view->setAccessibleName(tr("Jobs"));
    m_view->setEmptyText(tr("No jobs in this workspace yet. New Job creates one from a template."));
    m_toolBar->setObjectName(u"jobsToolBar"_s);
    m_toolBar->setAccessibleName(tr("Job actions"));
    BrowserFrame::fill(m_toolBar, {m_actions->toolbarActions(),
                                   {m_actions->cancelRunAction(), m_actions->deleteJobAction()},
                                   {m_actions->newJobAction(), m_actions->runNowAction(),
                                    m_actions->repairRunAction()}});
    m_filter->setObjectName(u"jobsFilter"_s);
    m_filter->setPlaceholderText(tr("Filter jobs by name"));
    m_filter->setAccessibleName(tr("Filter jobs by name"));
    m_filter->setReturnFocusTo(m_view);
    connect(m_filter, &QLineEdit::textChanged, m_view, &ResourceListView::setNameFilter);

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    // Name, trigger and last run readable at once; the pane keeps the rest.
    m_splitter->setSizes({600, 580});
    m_splitter->setChildrenCollapsible(false);

    BrowserFrame::layOut(this, m_toolBar, {m_filter}, m_statusLine, m_splitter);

    // The job actions' shortcuts work in the list and in the job pane.
    for (QAction *action : m_actions->toolbarActions())
        m_pane->addAction(action);
    m_view->addActions(m_actions->toolbarActions());
    for (QAction *action :
         {m_actions->copyJobIdAction(), m_actions->openJobAction(), m_actions->cancelAllAction(),
          m_actions->deleteRunAction(), m_actions->openRunAction()}) {
        m_view->addAction(action);
        m_pane->addAction(action);
    }

    BrowserFrame::addContextMenu(m_view, [this](QMenu *menu) { m_actions->fillJobMenu(menu); });
    BrowserFrame::addContextMenu(m_pane->runsView(),
                                 [this](QMenu *menu) { m_actions->fillRunMenu(menu); });

    connect(m_view, &ResourceListView::currentRowChanged, this, &JobsBrowser::showCurrentJob);
    m_view->setMultiSelection(true);
    connect(m_view, &ResourceListView::selectedRowsChanged, this,
            [this] { m_actions->setSelectedJobs(m_view->selectedItems()); });
    connect(m_pane, &JobPane::runSelected, m_actions, &JobsActions::setRun);
    connect(m_pane, &JobPane::errorOccurred, m_statusLine, &StatusLine::showError);
    connect(m_actions, &JobsActions::statusChanged, m_statusLine, &StatusLine::showStatus);
    connect(m_actions, &JobsActions::errorOccurred, m_statusLine, &StatusLine::showError);
    connect(m_actions, &JobsActions::jobsChanged, this, &JobsBrowser::onJobsChanged);
    connect(m_actions, &JobsActions::runsChanged, this, &JobsBrowser::onRunsChanged);
    connect(m_actions, &JobsActions::refreshRequested, this, [this] {
        onJobsChanged(0);
        m_pane->refreshRuns();
    });

    // Last runs for the rows in sight, once scrolling settles.
    m_fillTimer->setSingleShot(true);
    m_fillTimer->setInterval(150);
    connect(m_view, &ResourceListView::visibleRowsChanged, m_fillTimer,
            qOverload<>(&QTimer::start));
    connect(m_fillTimer, &QTimer::timeout, this, [this] {
        if (m_model)
            m_model->fillLastRuns(m_view->visibleSourceRows());
    });
}

JobsBrowser::~JobsBrowser() = default;

void JobsBrowser::setJobs(JobsModel *model, ApiClient *client, const QString &workspace)
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
    m_view->sortByColumn(JobsModel::NameColumn, Qt::AscendingOrder);
    m_view->header()->resizeSection(JobsModel::NameColumn, 190);
    m_view->header()->resizeSection(JobsModel::TriggerColumn, 190);
    m_view->header()->resizeSection(JobsModel::LastRunColumn, 170);
    const auto selectPending = [this] {
        if (m_selectWhenListed != 0 && m_view->selectKey(QString::number(m_selectWhenListed)))
            m_selectWhenListed = 0;
        else if (m_view->currentSourceRow() < 0 && m_model->rowCount() > 0 &&
                 m_selectWhenListed == 0)
            m_view->setCurrentIndex(m_view->model()->index(0, 0));
        showCurrentJob();
    };
    connect(model, &ResourceListModel::loaded, this, selectPending);
    connect(model, &ResourceListModel::pageLoaded, this, [this] {
        if (m_view->currentSourceRow() < 0 && m_selectWhenListed == 0 && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_view->model()->index(0, 0));
    });
    connect(model, &ResourceListModel::loadFailed, this, [this](const ApiError &error) {
        m_statusLine->showError(tr("Could not list the jobs: %1").arg(error.toString()));
    });
    // A job that changed under the selection (pause, edit) shows its new self.
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from) {
        if (from.row() == m_view->currentSourceRow() && from.column() != JobsModel::LastRunColumn)
            showCurrentJob();
    });
    setLive(isVisible());
    model->refresh();
}

QLineEdit *JobsBrowser::filterEdit() const
{
    return m_filter;
}

QString JobsBrowser::statusText() const
{
    return m_statusLine->statusText();
}

QString JobsBrowser::errorText() const
{
    return m_statusLine->errorText();
}

void JobsBrowser::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    setLive(true);
}

void JobsBrowser::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    setLive(false);
}

void JobsBrowser::setLive(bool live)
{
    // Polling only while someone can see the result.
    if (m_model)
        m_model->lastRuns()->setLiveUpdatesEnabled(live);
    m_pane->setLiveUpdatesEnabled(live);
}

void JobsBrowser::showCurrentJob()
{
    const int row = m_view->currentSourceRow();
    const QJsonObject job = m_model && row >= 0 ? m_model->item(row) : QJsonObject();
    m_actions->setJob(job);
    m_pane->showJob(job);
    m_actions->setRun(m_pane->currentRun());
}

void JobsBrowser::onJobsChanged(qint64 selectJobId)
{
    if (!m_model)
        return;
    m_selectWhenListed = selectJobId;
    m_model->refresh();
}

void JobsBrowser::onRunsChanged(qint64 jobId, qint64 selectRunId)
{
    if (m_model)
        m_model->lastRuns()->refreshJob(jobId);
    if (jobId != m_pane->jobId())
        return;
    m_pane->refreshRuns(selectRunId);
    if (selectRunId != 0 && m_pane->runPane()->runId() != selectRunId)
        m_pane->showRunsTab();
}

} // namespace brickdesk
