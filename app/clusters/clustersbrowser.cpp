#include "app/clusters/clustersbrowser.h"

#include "app/clusters/clusterpane.h"
#include "app/clusters/clustersactions.h"
#include "app/common/browserframe.h"
#include "app/common/filterbox.h"
#include "app/common/resourcelistview.h"
#include "app/common/statusline.h"
#include "core/clusters/clustersmodel.h"
#include "core/net/apiclient.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QMenu>
#include <QSplitter>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace brickdesk {

ClustersBrowser::ClustersBrowser(QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_stateFilter(new QComboBox(this))
    , m_jobClusters(new QCheckBox(tr("&Job clusters"), this))
    , m_filter(new FilterBox(this))
    , m_statusLine(
          new StatusLine(u"clustersStatus"_s, u"clustersError"_s, u"dismissClustersError"_s, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_view(new ResourceListView(m_splitter))
    , m_pane(new ClusterPane(m_splitter))
    , m_actions(new ClustersActions(this))
{
    setObjectName(u"clustersBrowser"_s);
    m_view->setObjectName(u"clustersView"_s);
    m_view->setAccessibleName(tr("Clusters"));
    m_view->setEmptyText(tr("No clusters here yet. New Cluster creates one from a template."));
    m_toolBar->setObjectName(u"clustersToolBar"_s);
    m_toolBar->setAccessibleName(tr("Cluster actions"));
    BrowserFrame::fill(m_toolBar, {m_actions->toolbarActions(),
                                   {m_actions->startAction(), m_actions->pinAction()},
                                   {m_actions->newClusterAction(), m_actions->startAction()}});

    m_stateFilter->setObjectName(u"clustersStateFilter"_s);
    m_stateFilter->setAccessibleName(tr("Show clusters in state"));
    m_stateFilter->addItem(tr("All states"), int(StateFilter::All));
    m_stateFilter->addItem(tr("Running"), int(StateFilter::Running));
    m_stateFilter->addItem(tr("Starting or changing"), int(StateFilter::Changing));
    m_stateFilter->addItem(tr("Terminated"), int(StateFilter::Terminated));
    m_jobClusters->setObjectName(u"clustersShowJobClusters"_s);
    m_jobClusters->setAccessibleName(tr("Show job clusters"));
    m_jobClusters->setToolTip(
        tr("Also list the clusters that job runs and pipelines created for themselves"));
    m_filter->setObjectName(u"clustersFilter"_s);
    m_filter->setPlaceholderText(tr("Filter clusters by name"));
    m_filter->setAccessibleName(tr("Filter clusters by name"));
    m_filter->setReturnFocusTo(m_view);
    connect(m_filter, &QLineEdit::textChanged, m_view, &ResourceListView::setNameFilter);

    m_view->setRowFilter([this](const QJsonObject &cluster) {
        return accepts(cluster, StateFilter(m_stateFilter->currentData().toInt()),
                       m_jobClusters->isChecked());
    });
    // Pinned clusters first, however the list is sorted.
    m_view->setSortGroup(
        [](const QJsonObject &cluster) { return ClustersModel::isPinned(cluster) ? 0 : 1; });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, m_view, &ResourceListView::refilter);
    connect(m_jobClusters, &QCheckBox::toggled, m_view, &ResourceListView::refilter);

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({560, 620});
    m_splitter->setChildrenCollapsible(false);
    BrowserFrame::layOut(this, m_toolBar, {m_stateFilter, m_jobClusters, m_filter}, m_statusLine,
                         m_splitter);

    // The cluster actions' shortcuts work in the list and in the pane.
    const QList<QAction *> more{m_actions->copyIdAction(), m_actions->openInBrowserAction()};
    for (QAction *action : m_actions->toolbarActions() + more)
        m_pane->addAction(action);
    m_view->addActions(more);
    BrowserFrame::addContextMenu(m_view, [this](QMenu *menu) {
        m_actions->fillMenu(menu);
        menu->addSeparator();
        menu->addActions({m_pane->installLibraryAction(), m_pane->uninstallLibraryAction()});
    });

    connect(m_view, &ResourceListView::currentRowChanged, this,
            &ClustersBrowser::showCurrentCluster);
    m_view->setMultiSelection(true);
    connect(m_view, &ResourceListView::selectedRowsChanged, this,
            [this] { m_actions->setSelectedClusters(m_view->selectedItems()); });
    connect(m_pane, &ClusterPane::errorOccurred, m_statusLine, &StatusLine::showError);
    connect(m_pane, &ClusterPane::statusChanged, m_statusLine,
            [this](const QString &text) { m_statusLine->showStatus(text, false); });
    connect(m_actions, &ClustersActions::statusChanged, m_statusLine, &StatusLine::showStatus);
    connect(m_actions, &ClustersActions::errorOccurred, m_statusLine, &StatusLine::showError);
    connect(m_actions, &ClustersActions::clustersChanged, this,
            &ClustersBrowser::onClustersChanged);
    connect(m_actions, &ClustersActions::clusterChanged, this, [this](const QString &id) {
        if (m_model)
            m_model->refreshItem(id);
    });
    connect(m_actions, &ClustersActions::refreshRequested, this,
            [this] { onClustersChanged(QString()); });
}

ClustersBrowser::~ClustersBrowser() = default;

bool ClustersBrowser::accepts(const QJsonObject &cluster, StateFilter filter, bool showJobClusters)
{
    if (!showJobClusters && ClustersModel::isAutomated(cluster))
        return false;
    const QString state = cluster.value("state"_L1).toString();
    switch (filter) {
    case StateFilter::All:
        return true;
    case StateFilter::Running:
        return state == "RUNNING"_L1;
    case StateFilter::Changing:
        return ClustersModel::isTransitionalState(state);
    case StateFilter::Terminated:
        return state == "TERMINATED"_L1;
    }
    return true;
}

void ClustersBrowser::setClusters(ClustersModel *model, ApiClient *client, const QString &workspace)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_view->setResourceModel(model);
    m_pane->setClient(client, workspace);
    m_actions->setConnection(client, workspace, model ? model->catalog() : nullptr);
    m_statusLine->showStatus(QString(), false);
    m_statusLine->showError(QString());
    if (!model)
        return;
    m_view->sortByColumn(ClustersModel::StateColumn, Qt::AscendingOrder);
    m_view->header()->resizeSection(ClustersModel::NameColumn, 160);
    m_view->header()->resizeSection(ClustersModel::StateColumn, 100);
    m_view->header()->resizeSection(ClustersModel::RuntimeColumn, 90);
    m_view->header()->resizeSection(ClustersModel::NodeTypeColumn, 190);
    const auto selectPending = [this] {
        m_view->selectPendingOrFirst(&m_selectWhenListed);
        showCurrentCluster();
    };
    connect(model, &ResourceListModel::loaded, this, selectPending);
    connect(model, &ResourceListModel::pageLoaded, this,
            [this] { m_view->selectPendingOrFirst(&m_selectWhenListed); });
    connect(model, &ResourceListModel::loadFailed, this, [this](const ApiError &error) {
        m_statusLine->showError(tr("Could not list the clusters: %1").arg(error.toString()));
    });
    // The selected cluster moved on (started, resized): the pane and the
    // actions follow.
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const int row = m_view->currentSourceRow();
                if (row >= from.row() && row <= to.row())
                    showCurrentCluster();
                m_view->refilter(); // a cluster that changed state may leave or join the filter
            });
    setLive(isVisible());
    model->refresh();
}

QLineEdit *ClustersBrowser::filterEdit() const
{
    return m_filter;
}

QString ClustersBrowser::statusText() const
{
    return m_statusLine->statusText();
}

QString ClustersBrowser::errorText() const
{
    return m_statusLine->errorText();
}

void ClustersBrowser::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    setLive(true);
}

void ClustersBrowser::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    setLive(false);
}

void ClustersBrowser::setLive(bool live)
{
    // Polling only while someone can see the result.
    if (m_model)
        m_model->setLiveUpdatesEnabled(live);
    m_pane->setLiveUpdatesEnabled(live);
}

void ClustersBrowser::showCurrentCluster()
{
    const int row = m_view->currentSourceRow();
    const QJsonObject cluster = m_model && row >= 0 ? m_model->item(row) : QJsonObject();
    m_actions->setCluster(cluster);
    m_pane->showCluster(cluster);
}

void ClustersBrowser::onClustersChanged(const QString &selectId)
{
    if (!m_model)
        return;
    m_selectWhenListed = selectId;
    m_model->refresh();
}

} // namespace brickdesk
