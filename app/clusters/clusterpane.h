#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QToolButton;
class QTreeView;
class QTreeWidget;

namespace brickdesk {

class ApiClient;
class ClusterCatalog;
class ClusterEventsModel;
class ClusterWorkersChart;
class ClustersService;
class LibraryStatusModel;

// The selected cluster: its name, state and id over four tabs.
// Configuration (runtime, node types with cores and memory, workers,
// autotermination, access mode, Spark configuration, tags, init scripts,
// log delivery), Events (newest first, filtered by kind, Load more), Workers
// (the count over time as a chart) and Libraries (statuses, Install…,
// Uninstall). Nothing blocks: every call answers into the pane's scopes and
// dialogs open with open().
class ClusterPane : public QWidget
{
    Q_OBJECT

public:
    enum Tab { ConfigurationTab, EventsTab, WorkersTab, LibrariesTab };
    // At most this many sizing events feed the workers chart.
    static constexpr int kMaxSizingEvents = 500;

    explicit ClusterPane(QWidget *parent);
    ~ClusterPane() override;

    // Null: nothing to show. `workspaceName` names the workspace in questions.
    void setClient(ApiClient *client, const QString &workspaceName);
    // The cluster as clusters/list or clusters/get answers it; {} shows
    // nothing. Called again whenever the row changes: a new state reads
    // events, workers and libraries again; other changes only redraw.
    void showCluster(const QJsonObject &cluster);
    QJsonObject cluster() const { return m_cluster; }
    QString clusterId() const { return m_clusterId; }
    void setLiveUpdatesEnabled(bool enabled);

    // For the browser's context menu.
    QAction *installLibraryAction() const { return m_installAction; }
    QAction *uninstallLibraryAction() const { return m_uninstallAction; }

    QTabWidget *tabs() const { return m_tabs; }
    ClusterEventsModel *eventsModel() const { return m_events; }
    LibraryStatusModel *librariesModel() const { return m_libraries; }
    ClusterWorkersChart *workersChart() const { return m_chart; }
    QTreeWidget *configurationTree() const { return m_configuration; }
    QTreeView *eventsView() const { return m_eventsView; }
    QTreeView *librariesView() const { return m_librariesView; }
    QComboBox *eventTypeFilter() const { return m_eventFilter; }
    QPushButton *loadMoreButton() const { return m_loadMore; }
    // The sizing events the chart was drawn from.
    ClusterEventsModel *sizingEventsModel() const { return m_sizing; }
    // Whether the chart has every sizing event it will read (it reads them
    // when the Workers tab is shown).
    bool isWorkersHistoryComplete() const;
    QString titleText() const;
    QString factsText() const;

signals:
    void errorOccurred(const QString &message);
    void statusChanged(const QString &message);

private:
    void rebuildModels(ApiClient *client);
    void showHeader();
    void showConfiguration();
    void refreshData();
    void refreshSizingIfShown();
    void applyEventFilter();
    void updateLoadMore();
    void onSizingLoaded();
    void updateLibraryActions();
    void updateLibrariesPolling();
    void installLibrary();
    void uninstallLibrary();
    QString clusterName() const;

    std::unique_ptr<ClustersService> m_service;
    QPointer<ClusterCatalog> m_catalog;
    bool m_sizingStale = false; // the workers history waits for its tab
    ClusterEventsModel *m_events = nullptr;
    ClusterEventsModel *m_sizing = nullptr;
    LibraryStatusModel *m_libraries = nullptr;
    QString m_workspaceName;
    QString m_clusterId;
    QJsonObject m_cluster;
    bool m_live = false;

    QLabel *m_title;
    QLabel *m_facts;
    QTabWidget *m_tabs;
    QTreeWidget *m_configuration;
    QComboBox *m_eventFilter;
    QTreeView *m_eventsView;
    QLabel *m_eventsNote;
    QPushButton *m_loadMore;
    ClusterWorkersChart *m_chart;
    QTreeView *m_librariesView;
    QLabel *m_librariesNote;
    QToolButton *m_installButton;
    QToolButton *m_uninstallButton;
    QAction *m_installAction;
    QAction *m_uninstallAction;
};

} // namespace brickdesk
