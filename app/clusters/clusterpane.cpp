#include "app/clusters/clusterpane.h"

#include "core/clusters/clustercatalog.h"

#include "app/clusters/clusterworkerschart.h"
#include "app/clusters/installlibrarydialog.h"
#include "app/common/confirmdialog.h"
#include "core/clusters/clustereventsmodel.h"
#include "core/clusters/clustersmodel.h"
#include "core/clusters/clustersservice.h"
#include "core/clusters/libraryspec.h"
#include "core/clusters/librarystatusmodel.h"
#include "core/net/apiclient.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// The status colour of core's model (a QRgb) as the status cell's decoration.
class LibraryColorProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == LibraryStatusModel::StatusColumn)
            return QColor::fromRgba(
                QIdentityProxyModel::data(index, LibraryStatusModel::StatusColorRole).toUInt());
        return QIdentityProxyModel::data(index, role);
    }
};

struct EventFilter
{
    const char *name;
    QStringList types;
};

QList<EventFilter> eventFilters()
{
    return {
        {QT_TRANSLATE_NOOP("brickdesk::ClusterPane", "All events"), {}},
        {QT_TRANSLATE_NOOP("brickdesk::ClusterPane", "Lifecycle"),
         {u"CREATING"_s, u"STARTING"_s, u"RUNNING"_s, u"RESTARTING"_s, u"TERMINATING"_s,
          u"TERMINATED"_s}},
        {QT_TRANSLATE_NOOP("brickdesk::ClusterPane", "Resizing"),
         {u"RESIZING"_s, u"UPSIZE_COMPLETED"_s, u"AUTOSCALING_STATS_REPORT"_s}},
        {QT_TRANSLATE_NOOP("brickdesk::ClusterPane", "Configuration"),
         {u"EDITED"_s, u"PINNED"_s, u"UNPINNED"_s}},
        {QT_TRANSLATE_NOOP("brickdesk::ClusterPane", "Init scripts"),
         {u"INIT_SCRIPTS_STARTED"_s, u"INIT_SCRIPTS_FINISHED"_s}},
        {QT_TRANSLATE_NOOP("brickdesk::ClusterPane", "Driver health"),
         {u"DRIVER_HEALTHY"_s, u"DRIVER_NOT_RESPONDING"_s, u"DRIVER_UNAVAILABLE"_s}},
    };
}

QTreeWidgetItem *addRow(QTreeWidgetItem *parent, const QString &setting, const QString &value,
                        const QString &tooltip = {})
{
    auto *item = new QTreeWidgetItem(parent, {setting, value});
    item->setToolTip(1, tooltip.isEmpty() ? value : tooltip);
    return item;
}

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

// A map (Spark configuration, environment, tags): one child per key.
// Secret references ({{secrets/scope/key}}) are shown as written: they
// name a secret, they are not its value.
void addMap(QTreeWidgetItem *parent, const QString &setting, const QJsonObject &map)
{
    const int count = int(map.size());
    auto *item = addRow(parent, setting,
                        map.isEmpty() ? ClusterPane::tr("None")
                                      : QCoreApplication::translate("brickdesk::ClusterPane",
                                                                    "%n entry(s)", nullptr, count));
    for (auto it = map.begin(); it != map.end(); ++it)
        addRow(item, it.key(), valueText(it.value()));
}

QString storageKindText(const QString &kind)
{
    if (kind == "workspace"_L1)
        return ClusterPane::tr("Workspace file");
    if (kind == "volumes"_L1)
        return ClusterPane::tr("Volume");
    if (kind == "dbfs"_L1)
        return ClusterPane::tr("DBFS");
    if (kind == "s3"_L1)
        return ClusterPane::tr("S3");
    if (kind == "abfss"_L1)
        return ClusterPane::tr("ADLS");
    if (kind == "gcs"_L1)
        return ClusterPane::tr("Google Cloud Storage");
    if (kind == "file"_L1)
        return ClusterPane::tr("Local file");
    return kind;
}

// {"workspace": {"destination": ...}} → ("Workspace file", destination).
std::pair<QString, QString> storageOf(const QJsonObject &location)
{
    for (auto it = location.begin(); it != location.end(); ++it)
        if (it.value().isObject())
            return {storageKindText(it.key()),
                    it.value().toObject().value("destination"_L1).toString()};
    return {};
}

QString accessModeText(const QJsonObject &cluster)
{
    const QString mode = cluster.value("data_security_mode"_L1).toString();
    const QString user = cluster.value("single_user_name"_L1).toString();
    const auto withUser = [&user](const QString &text) {
        return user.isEmpty() ? text : ClusterPane::tr("%1 (%2)").arg(text, user);
    };
    if (mode.isEmpty())
        return ClusterPane::tr("Not set");
    if (mode == "SINGLE_USER"_L1)
        return withUser(ClusterPane::tr("Single user"));
    if (mode == "USER_ISOLATION"_L1)
        return ClusterPane::tr("Shared");
    if (mode == "NONE"_L1)
        return ClusterPane::tr("No isolation shared");
    if (mode == "DATA_SECURITY_MODE_STANDARD"_L1)
        return ClusterPane::tr("Standard");
    if (mode == "DATA_SECURITY_MODE_DEDICATED"_L1)
        return withUser(ClusterPane::tr("Dedicated"));
    if (mode == "DATA_SECURITY_MODE_AUTO"_L1)
        return ClusterPane::tr("Automatic");
    if (mode == "LEGACY_TABLE_ACL"_L1)
        return ClusterPane::tr("Table ACL (legacy)");
    if (mode == "LEGACY_PASSTHROUGH"_L1)
        return ClusterPane::tr("Credential passthrough (legacy)");
    if (mode == "LEGACY_SINGLE_USER"_L1)
        return withUser(ClusterPane::tr("Single user with passthrough (legacy)"));
    if (mode == "LEGACY_SINGLE_USER_STANDARD"_L1)
        return withUser(ClusterPane::tr("Single user, standard (legacy)"));
    return ClusterEventsModel::wordsOf(mode);
}

// Libraries advance only on a cluster that runs: polling a terminated
// cluster's PENDING libraries would never see a change.
bool librariesAdvance(const QString &state)
{
    return state == "RUNNING"_L1 || state == "RESIZING"_L1;
}

} // namespace

ClusterPane::ClusterPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_configuration(new QTreeWidget)
    , m_eventFilter(new QComboBox)
    , m_eventsView(new QTreeView)
    , m_eventsNote(new QLabel)
    , m_loadMore(new QPushButton(tr("Load More Events")))
    , m_chart(new ClusterWorkersChart)
    , m_librariesView(new QTreeView)
    , m_librariesNote(new QLabel)
    , m_installButton(new QToolButton)
    , m_uninstallButton(new QToolButton)
    , m_installAction(new QAction(QIcon(u":/icons/add.svg"_s), tr("&Install Library…"), this))
    , m_uninstallAction(new QAction(QIcon(u":/icons/remove.svg"_s), tr("&Uninstall Library"), this))
{
    setObjectName(u"clusterPane"_s);
    setAccessibleName(tr("Cluster"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_title->setObjectName(u"clusterTitle"_s);
    m_title->setAccessibleName(tr("Cluster name"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setObjectName(u"clusterFacts"_s);
    m_facts->setAccessibleName(tr("Cluster state and id"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setObjectName(u"clusterTabs"_s);
    m_tabs->setAccessibleName(tr("Cluster details"));

    // Configuration.
    m_configuration->setObjectName(u"clusterConfiguration"_s);
    m_configuration->setAccessibleName(tr("Cluster configuration"));
    m_configuration->setHeaderLabels({tr("Setting"), tr("Value")});
    // A long Spark conf key must not push the values out of sight.
    m_configuration->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_configuration->header()->resizeSection(0, 210);
    m_configuration->setUniformRowHeights(true);
    m_tabs->addTab(m_configuration, QIcon(u":/icons/nav-clusters.svg"_s), tr("Configuration"));

    // Events: the filter over the list, Load more under it.
    auto *events = new QWidget;
    events->setObjectName(u"clusterEventsTab"_s);
    m_eventFilter->setObjectName(u"clusterEventFilter"_s);
    m_eventFilter->setAccessibleName(tr("Show events of kind"));
    for (const EventFilter &filter : eventFilters())
        m_eventFilter->addItem(tr(filter.name), filter.types);
    auto *filterLabel = new QLabel(tr("&Show:"));
    filterLabel->setBuddy(m_eventFilter);
    m_eventsView->setObjectName(u"clusterEventsView"_s);
    m_eventsView->setAccessibleName(tr("Cluster events"));
    m_eventsView->setRootIsDecorated(false);
    m_eventsView->setUniformRowHeights(true);
    m_eventsView->setAlternatingRowColors(true);
    m_eventsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventsNote->setObjectName(u"clusterEventsNote"_s);
    m_eventsNote->setWordWrap(true);
    m_eventsNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_loadMore->setObjectName(u"loadMoreEvents"_s);
    m_loadMore->setAccessibleName(tr("Load more events"));
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_eventFilter);
    filterRow->addStretch(1);
    auto *eventsLayout = new QVBoxLayout(events);
    eventsLayout->setContentsMargins(0, 4, 0, 0);
    eventsLayout->addLayout(filterRow);
    eventsLayout->addWidget(m_eventsView, 1);
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_loadMore);
    bottomRow->addWidget(m_eventsNote, 1);
    eventsLayout->addLayout(bottomRow);
    m_tabs->addTab(events, QIcon(u":/icons/run.svg"_s), tr("Events"));

    m_chart->setObjectName(u"clusterWorkersChart"_s);
    m_tabs->addTab(m_chart, QIcon(u":/icons/dashboard.svg"_s), tr("Workers"));

    // Libraries: the list with its two actions above it.
    auto *libraries = new QWidget;
    libraries->setObjectName(u"clusterLibrariesTab"_s);
    m_installAction->setObjectName(u"installLibraryAction"_s);
    m_installAction->setToolTip(tr("Install a library on this cluster"));
    m_uninstallAction->setObjectName(u"uninstallLibraryAction"_s);
    m_uninstallAction->setToolTip(tr("Uninstall the selected library when the cluster restarts"));
    m_installButton->setDefaultAction(m_installAction);
    m_installButton->setObjectName(u"installLibraryButton"_s);
    m_installButton->setAccessibleName(tr("Install library"));
    m_installButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_uninstallButton->setDefaultAction(m_uninstallAction);
    m_uninstallButton->setObjectName(u"uninstallLibraryButton"_s);
    m_uninstallButton->setAccessibleName(tr("Uninstall library"));
    m_uninstallButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_librariesView->setObjectName(u"clusterLibrariesView"_s);
    m_librariesView->setAccessibleName(tr("Cluster libraries"));
    m_librariesView->setRootIsDecorated(false);
    m_librariesView->setUniformRowHeights(true);
    m_librariesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_librariesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_librariesView->setModel(new LibraryColorProxy(m_librariesView));
    m_librariesNote->setObjectName(u"clusterLibrariesNote"_s);
    m_librariesNote->setWordWrap(true);
    m_librariesNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *actionsRow = new QHBoxLayout;
    actionsRow->addWidget(m_installButton);
    actionsRow->addWidget(m_uninstallButton);
    actionsRow->addStretch(1);
    auto *librariesLayout = new QVBoxLayout(libraries);
    librariesLayout->setContentsMargins(0, 4, 0, 0);
    librariesLayout->addLayout(actionsRow);
    librariesLayout->addWidget(m_librariesView, 1);
    librariesLayout->addWidget(m_librariesNote);
    m_tabs->addTab(libraries, QIcon(u":/icons/library.svg"_s), tr("Libraries"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ClusterPane::refreshSizingIfShown);

    connect(m_eventFilter, &QComboBox::currentIndexChanged, this, &ClusterPane::applyEventFilter);
    connect(m_loadMore, &QPushButton::clicked, this, [this] {
        if (m_events)
            m_events->loadMore();
    });
    connect(m_installAction, &QAction::triggered, this, &ClusterPane::installLibrary);
    connect(m_uninstallAction, &QAction::triggered, this, &ClusterPane::uninstallLibrary);
    connect(m_librariesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClusterPane::updateLibraryActions);
    showCluster({});
}

ClusterPane::~ClusterPane() = default;

void ClusterPane::setClient(ApiClient *client, const QString &workspaceName)
{
    m_workspaceName = workspaceName;
    rebuildModels(client);
    m_clusterId.clear();
    m_cluster = {};
    showCluster({});
}

void ClusterPane::rebuildModels(ApiClient *client)
{
    auto *proxy = static_cast<QIdentityProxyModel *>(m_librariesView->model());
    proxy->setSourceModel(nullptr);
    m_eventsView->setModel(nullptr);
    delete m_events;
    delete m_sizing;
    delete m_libraries;
    m_events = nullptr;
    m_sizing = nullptr;
    m_libraries = nullptr;
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = ClusterCatalog::of(client);
    m_service.reset(client ? new ClustersService(client) : nullptr);
    if (!client) {
        updateLoadMore();
        updateLibraryActions();
        return;
    }
    connect(m_catalog, &ClusterCatalog::loaded, this, &ClusterPane::showConfiguration);

    m_events = new ClusterEventsModel(client, this);
    m_events->setEventTypes(m_eventFilter->currentData().toStringList());
    m_eventsView->setModel(m_events);
    m_eventsView->header()->setSectionResizeMode(ClusterEventsModel::TimeColumn,
                                                 QHeaderView::ResizeToContents);
    m_eventsView->header()->setSectionResizeMode(ClusterEventsModel::EventColumn,
                                                 QHeaderView::ResizeToContents);
    connect(m_events, &ClusterEventsModel::loaded, this, &ClusterPane::updateLoadMore);
    connect(m_events, &ClusterEventsModel::loadingChanged, this, &ClusterPane::updateLoadMore);
    connect(m_events, &ClusterEventsModel::loadFailed, this, [this](const ApiError &error) {
        updateLoadMore();
        emit errorOccurred(
            tr("Could not read the events of “%1”: %2").arg(clusterName(), error.toString()));
    });

    m_sizing = new ClusterEventsModel(client, this);
    m_sizing->setEventTypes(ClusterEventsModel::sizingEventTypes());
    m_sizing->setPageSize(250);
    connect(m_sizing, &ClusterEventsModel::loaded, this, &ClusterPane::onSizingLoaded);

    m_libraries = new LibraryStatusModel(client, this);
    proxy->setSourceModel(m_libraries);
    m_librariesView->header()->setSectionResizeMode(LibraryStatusModel::LibraryColumn,
                                                    QHeaderView::ResizeToContents);
    m_librariesView->header()->setSectionResizeMode(LibraryStatusModel::KindColumn,
                                                    QHeaderView::ResizeToContents);
    m_librariesView->header()->setSectionResizeMode(LibraryStatusModel::StatusColumn,
                                                    QHeaderView::ResizeToContents);
    connect(m_libraries, &QAbstractItemModel::modelReset, this, &ClusterPane::updateLibraryActions);
    connect(m_libraries, &QAbstractItemModel::dataChanged, this,
            &ClusterPane::updateLibraryActions);
    connect(m_libraries, &LibraryStatusModel::loaded, this, [this] {
        m_librariesNote->setText(m_libraries->rowCount() == 0
                                     ? tr("No libraries are installed on this cluster.")
                                     : QString());
        updateLibraryActions();
    });
    connect(m_libraries, &LibraryStatusModel::loadFailed, this, [this](const ApiError &error) {
        m_librariesNote->setText(tr("Could not read the libraries: %1").arg(error.toString()));
        emit errorOccurred(
            tr("Could not read the libraries of “%1”: %2").arg(clusterName(), error.toString()));
    });
    updateLibrariesPolling();
}

void ClusterPane::setLiveUpdatesEnabled(bool enabled)
{
    m_live = enabled;
    updateLibrariesPolling();
}

void ClusterPane::updateLibrariesPolling()
{
    if (m_libraries)
        m_libraries->setLiveUpdatesEnabled(
            m_live && librariesAdvance(m_cluster.value("state"_L1).toString()));
}

QString ClusterPane::clusterName() const
{
    const QString name = m_cluster.value("cluster_name"_L1).toString();
    return name.isEmpty() ? m_clusterId : name;
}

void ClusterPane::showCluster(const QJsonObject &cluster)
{
    const QString id = cluster.value("cluster_id"_L1).toString();
    const bool sameCluster = id == m_clusterId;
    const QString oldState = m_cluster.value("state"_L1).toString();
    const bool changed = cluster != m_cluster;
    m_cluster = cluster;
    m_clusterId = id;
    if (sameCluster && !changed && !id.isEmpty())
        return;
    showHeader();
    showConfiguration();
    m_tabs->setEnabled(!id.isEmpty());
    updateLibrariesPolling();
    if (!sameCluster) {
        for (ClusterEventsModel *model : {m_events, m_sizing})
            if (model)
                model->setCluster(id);
        if (m_libraries)
            m_libraries->setCluster(id);
        m_chart->clear();
        m_librariesNote->clear();
        refreshData();
    } else if (oldState != cluster.value("state"_L1).toString()) {
        // A new state brings new events, a new worker count and libraries
        // that install (or wait for a restart).
        refreshData();
    }
    updateLoadMore();
    updateLibraryActions();
}

void ClusterPane::refreshData()
{
    if (m_clusterId.isEmpty())
        return;
    if (m_events)
        m_events->refresh();
    if (m_libraries)
        m_libraries->refresh();
    // The workers history is up to two pages of 250 events: read only when
    // the chart is in sight, not for every cluster the selection passes.
    m_sizingStale = true;
    refreshSizingIfShown();
}

void ClusterPane::refreshSizingIfShown()
{
    if (!m_sizingStale || !m_sizing || m_clusterId.isEmpty() ||
        m_tabs->currentIndex() != WorkersTab)
        return;
    m_sizingStale = false;
    m_sizing->refresh();
}

void ClusterPane::showHeader()
{
    if (m_clusterId.isEmpty()) {
        m_title->setText(tr("No cluster selected"));
        m_facts->setText(tr("Select a cluster to see its configuration, events, workers and "
                            "libraries."));
        return;
    }
    m_title->setText(clusterName());
    QStringList facts{ClustersModel::stateText(m_cluster.value("state"_L1).toString()),
                      m_clusterId};
    const QString creator = m_cluster.value("creator_user_name"_L1).toString();
    if (!creator.isEmpty())
        facts << tr("created by %1").arg(creator);
    QString text = facts.join(u" · "_s);
    const QString message = m_cluster.value("state_message"_L1).toString();
    if (!message.isEmpty())
        text += u'\n' + message;
    m_facts->setText(text);
}

QString ClusterPane::titleText() const
{
    return m_title->text();
}

QString ClusterPane::factsText() const
{
    return m_facts->text();
}

void ClusterPane::showConfiguration()
{
    m_configuration->clear();
    if (m_clusterId.isEmpty())
        return;
    const QJsonObject &c = m_cluster;
    QTreeWidgetItem *root = m_configuration->invisibleRootItem();

    const QString version = c.value("spark_version"_L1).toString();
    addRow(root, tr("Runtime"), m_catalog ? m_catalog->runtimeName(version) : version, version);

    const auto nodeText = [this](const QString &id) {
        return m_catalog ? m_catalog->nodeTypeText(id) : id;
    };
    const QString workerType = c.value("node_type_id"_L1).toString();
    QString driverType = c.value("driver_node_type_id"_L1).toString();
    if (driverType.isEmpty())
        driverType = workerType;
    if (!c.value("instance_pool_id"_L1).toString().isEmpty())
        addRow(root, tr("Instance pool"), c.value("instance_pool_id"_L1).toString());
    addRow(root, tr("Driver type"), nodeText(driverType));
    addRow(root, tr("Worker type"), nodeText(workerType));

    const QJsonObject autoscale = c.value("autoscale"_L1).toObject();
    QString workers;
    if (!autoscale.isEmpty()) {
        workers = tr("Autoscaling from %1 to %2 workers")
                      .arg(autoscale.value("min_workers"_L1).toInteger())
                      .arg(autoscale.value("max_workers"_L1).toInteger());
    } else {
        const int count = int(c.value("num_workers"_L1).toInteger());
        workers = count == 0 ? tr("None (single node)")
                             : QCoreApplication::translate("brickdesk::ClusterPane", "%n worker(s)",
                                                           nullptr, count);
    }
    addRow(root, tr("Workers"), workers);

    const qint64 idle = c.value("autotermination_minutes"_L1).toInteger();
    addRow(root, tr("Terminates"), idle > 0 ? tr("After %1 minutes idle").arg(idle) : tr("Never"));
    addRow(root, tr("Access mode"), accessModeText(c), c.value("data_security_mode"_L1).toString());
    const QString policy = c.value("policy_id"_L1).toString();
    addRow(root, tr("Policy"), policy.isEmpty() ? tr("None") : policy);
    QString engine = c.value("runtime_engine"_L1).toString();
    if (engine.isEmpty())
        engine = version.contains(u"photon"_s) ? u"PHOTON"_s : u"STANDARD"_s;
    addRow(root, tr("Runtime engine"),
           engine == "PHOTON"_L1 ? tr("Photon") : ClusterEventsModel::wordsOf(engine), engine);
    addMap(root, tr("Spark configuration"), c.value("spark_conf"_L1).toObject());
    addMap(root, tr("Environment variables"), c.value("spark_env_vars"_L1).toObject());
    addMap(root, tr("Custom tags"), c.value("custom_tags"_L1).toObject());

    const QJsonArray scripts = c.value("init_scripts"_L1).toArray();
    const int scriptCount = int(scripts.size());
    auto *scriptsItem = addRow(
        root, tr("Init scripts"),
        scripts.isEmpty() ? tr("None")
                          : QCoreApplication::translate("brickdesk::ClusterPane", "%n script(s)",
                                                        nullptr, scriptCount));
    for (const QJsonValue &value : scripts) {
        const auto [kind, destination] = storageOf(value.toObject());
        addRow(scriptsItem, kind, destination);
    }

    const QJsonObject logConf = c.value("cluster_log_conf"_L1).toObject();
    if (logConf.isEmpty()) {
        addRow(root, tr("Log delivery"), tr("Off"));
    } else {
        const auto [kind, destination] = storageOf(logConf);
        auto *logs = addRow(root, tr("Log delivery"), tr("%1: %2").arg(kind, destination));
        const QJsonObject status = c.value("cluster_log_status"_L1).toObject();
        const QString problem = status.value("last_exception"_L1).toString();
        if (!problem.isEmpty())
            addRow(logs, tr("Last error"), problem);
    }
    const QString creator = c.value("creator_user_name"_L1).toString();
    if (!creator.isEmpty())
        addRow(root, tr("Created by"), creator);
    const QString source = c.value("cluster_source"_L1).toString();
    if (!source.isEmpty())
        addRow(root, tr("Created from"),
               source == "UI"_L1 ? tr("UI") : ClusterEventsModel::wordsOf(source), source);
    m_configuration->expandAll();
}

void ClusterPane::applyEventFilter()
{
    if (!m_events)
        return;
    m_events->setEventTypes(m_eventFilter->currentData().toStringList());
    if (!m_clusterId.isEmpty())
        m_events->refresh();
}

void ClusterPane::updateLoadMore()
{
    m_loadMore->setEnabled(m_events && m_events->canLoadMore());
    if (!m_events || m_clusterId.isEmpty()) {
        m_eventsNote->clear();
        return;
    }
    if (m_events->isLoading())
        m_eventsNote->setText(tr("Reading events…"));
    else if (m_events->error())
        m_eventsNote->setText(
            tr("Could not read the events: %1").arg(m_events->error()->toString()));
    else if (m_events->rowCount() == 0)
        m_eventsNote->setText(tr("No events of this kind."));
    else
        m_eventsNote->clear();
}

void ClusterPane::onSizingLoaded()
{
    // Page on until everything the history needs is read, within a bound
    // that keeps a long-lived cluster from reading its whole history.
    if (m_sizing->hasMore() && m_sizing->rowCount() < kMaxSizingEvents) {
        m_sizing->loadMore();
        return;
    }
    QJsonArray events;
    for (const QJsonObject &event : m_sizing->events())
        events.append(event);
    m_chart->setEvents(events);
}

bool ClusterPane::isWorkersHistoryComplete() const
{
    return m_sizing && !m_sizingStale && !m_sizing->isLoading() && !m_clusterId.isEmpty() &&
           (!m_sizing->hasMore() || m_sizing->rowCount() >= kMaxSizingEvents);
}

void ClusterPane::updateLibraryActions()
{
    const bool editable = !m_clusterId.isEmpty() && m_service && m_libraries &&
                          !ClustersModel::isAutomated(m_cluster);
    m_installAction->setEnabled(editable);
    const QModelIndex current = m_librariesView->currentIndex();
    const bool removable = editable && current.isValid() &&
                           m_libraries->status(current.row()) != "UNINSTALL_ON_RESTART"_L1;
    m_uninstallAction->setEnabled(removable);
}

void ClusterPane::installLibrary()
{
    if (!m_service || m_clusterId.isEmpty())
        return;
    const QString id = m_clusterId;
    const QString name = clusterName();
    auto *dialog = InstallLibraryDialog::ask(this, name);
    connect(dialog, &InstallLibraryDialog::installRequested, this,
            [this, dialog, id, name](const QJsonObject &library) {
                if (!m_service)
                    return;
                dialog->setBusy(true);
                // The dialog is the call's context: closed, the answer is dropped.
                m_service->installLibraries(
                    id, QJsonArray{library}, dialog,
                    [this, dialog, id, name, library](const std::optional<ApiError> &error) {
                        if (error) {
                            dialog->showError(error->toString());
                            return;
                        }
                        dialog->accept();
                        emit statusChanged(
                            tr("Installing %1 on “%2”…").arg(LibrarySpec::describe(library), name));
                        if (id == m_clusterId && m_libraries)
                            m_libraries->refresh();
                    });
            });
}

void ClusterPane::uninstallLibrary()
{
    const QModelIndex current = m_librariesView->currentIndex();
    if (!m_service || !m_libraries || !current.isValid())
        return;
    const QJsonObject library = m_libraries->library(current.row());
    const QString text = LibrarySpec::describe(library);
    const QString id = m_clusterId;
    const QString name = clusterName();
    ConfirmDialog::Question question;
    question.workspace = m_workspaceName;
    question.what = tr("Uninstall %1 from “%2” in %3?").arg(text, name, m_workspaceName);
    question.details = tr("It takes effect when the cluster restarts: until then the library "
                          "stays installed and is listed as “Uninstall on restart”.");
    question.action = tr("Uninstall");
    ConfirmDialog::ask(this, question, [this, library, text, id, name](bool confirmed) {
        if (!confirmed || !m_service)
            return;
        m_service->uninstallLibraries(
            id, QJsonArray{library}, this,
            [this, text, id, name](const std::optional<ApiError> &error) {
                if (error) {
                    emit errorOccurred(tr("Could not uninstall %1 from “%2”: %3")
                                           .arg(text, name, error->toString()));
                    return;
                }
                emit statusChanged(
                    tr("%1 will be uninstalled from “%2” when it restarts.").arg(text, name));
                if (id == m_clusterId && m_libraries)
                    m_libraries->refresh();
            });
    });
}

} // namespace brickdesk

#include "clusterpane.moc"
