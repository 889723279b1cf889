#pragma once

#include "app/common/areaactions.h"
#include "core/clusters/clusterrefusal.h"

#include <QJsonObject>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QMenu;

namespace brickdesk {

class ApiClient;
class ClusterCatalog;
class ClustersService;
struct ApiError;

// What can be done to clusters: New and Edit in the shared JSON payload
// editor (with runtime and node type pickers), Start, Restart, Terminate,
// Resize, Pin/Unpin, Delete Permanently, Copy Cluster ID and Open in Browser.
// Whatever stops or destroys something asks first, naming the cluster and
// the workspace. A call refused for the cluster's state is said as what it
// means ("is already running") and the row is read again.
class ClustersActions : public AreaActions
{
    Q_OBJECT

public:
    // `view` is the clusters list: shortcuts work while it or the pane has focus.
    explicit ClustersActions(QWidget *view);
    ~ClustersActions() override;

    // `catalog` (not owned) names runtimes and node types for the pickers.
    void setConnection(ApiClient *client, const QString &workspace, ClusterCatalog *catalog);
    // The selected cluster as the list has it ({}: none).
    void setCluster(const QJsonObject &cluster);
    // Every selected cluster (the current one among them): what
    // Permissions… acts on.
    void setSelectedClusters(const QList<QJsonObject> &clusters);
    QString clusterId() const;

    QAction *newClusterAction() const { return m_newCluster; }
    QAction *editClusterAction() const { return m_editCluster; }
    QAction *startAction() const { return m_start; }
    QAction *restartAction() const { return m_restart; }
    QAction *terminateAction() const { return m_terminate; }
    QAction *resizeAction() const { return m_resize; }
    QAction *pinAction() const { return m_pin; }
    QAction *deleteAction() const { return m_delete; }
    QAction *copyIdAction() const { return m_copyId; }
    QAction *openInBrowserAction() const { return m_openInBrowser; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *permissionsAction() const { return m_permissions; }

    QList<QAction *> toolbarActions() const;
    void fillMenu(QMenu *menu) const;

signals:
    // A cluster was created or deleted: list them again, select `selectId`
    // (empty: keep the selection).
    void clustersChanged(const QString &selectId);
    // A cluster's state or settings changed: read that one row again.
    void clusterChanged(const QString &clusterId);
    void refreshRequested();

private:
    void updateActions();
    void newCluster();
    void editCluster();
    void openEditor(const QJsonObject &details);
    void start();
    void restart();
    void terminate();
    void resize();
    void togglePin();
    void permanentlyDelete();
    void copyId();
    void openInBrowser();
    // Sends a lifecycle call and reports it: `done` is the status once it
    // went through; a refusal is explained and the row read again.
    using Call = std::function<void(const QString &id,
                                    std::function<void(const std::optional<ApiError> &)>)>;
    void runCall(ClusterRefusal::Action action, const QString &id, const QString &name,
                 const QString &busyText, const QString &doneText, const Call &call);
    QString clusterName() const;
    QString state() const;
    bool isAutomated() const;
    QObject *operationScope();

    std::unique_ptr<ClustersService> m_service;
    ApiClient *m_client = nullptr;
    ClusterCatalog *m_catalog = nullptr;
    QString m_workspace;
    QJsonObject m_cluster;
    std::unique_ptr<QObject> m_scope;
    QAction *m_permissions;
    QList<QJsonObject> m_selectedClusters;
    QAction *m_newCluster;
    QAction *m_editCluster;
    QAction *m_start;
    QAction *m_restart;
    QAction *m_terminate;
    QAction *m_resize;
    QAction *m_pin;
    QAction *m_delete;
    QAction *m_copyId;
    QAction *m_openInBrowser;
    QAction *m_refresh;
};

} // namespace brickdesk
