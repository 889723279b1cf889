#include "app/clusters/clustersactions.h"

#include "app/permissions/permissionsopener.h"

#include "app/clusters/clusterspecpickers.h"
#include "app/clusters/resizeclusterdialog.h"
#include "app/common/browseropener.h"
#include "app/common/confirmdialog.h"
#include "app/common/jsoneditor/jsonpayloaddialog.h"
#include "core/clusters/clustercatalog.h"
#include "core/clusters/clustersmodel.h"
#include "core/clusters/clusterspec.h"
#include "core/clusters/clustersservice.h"
#include "core/net/apiclient.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace brickdesk {

ClustersActions::ClustersActions(QWidget *view)
    : AreaActions(view)
{
    m_newCluster = makeAction(tr("&New Cluster…"), u"add"_s, QKeySequence::New,
                              tr("Create a cluster from a template in the JSON editor"));
    m_editCluster =
        makeAction(tr("&Edit Cluster…"), u"edit"_s, QKeySequence(Qt::CTRL | Qt::Key_E),
                   tr("Edit the cluster's configuration as JSON; the changes are shown before "
                      "they are saved"));
    m_start = makeAction(tr("&Start"), u"run"_s, QKeySequence(Qt::CTRL | Qt::Key_R),
                         tr("Start the terminated cluster with its configuration"));
    m_restart =
        makeAction(tr("Res&tart…"), u"restart"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                   tr("Restart the running cluster"));
    m_terminate = makeAction(tr("&Terminate…"), u"stop"_s, QKeySequence(Qt::CTRL | Qt::Key_Period),
                             tr("Stop the cluster; its configuration is kept"));
    m_resize =
        makeAction(tr("Resi&ze…"), u"resize"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
                   tr("Change the number of workers or the autoscale range"));
    m_pin = makeAction(tr("&Pin"), u"pin"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                       tr("Keep the cluster in the list after it has been terminated for 30 days"));
    m_delete = makeAction(tr("&Delete Permanently…"), u"remove"_s, QKeySequence::Delete,
                          tr("Terminate the cluster and remove it with its configuration"));
    m_copyId = makeAction(tr("Copy Cluster &ID"), u"copy"_s, QKeySequence::Copy,
                          tr("Copy the cluster's id to the clipboard"));
    m_openInBrowser =
        makeAction(tr("Open in &Browser"), u"open-external"_s, QKeySequence(Qt::CTRL | Qt::Key_B),
                   tr("Show the cluster in the web UI"));
    m_refresh = makeAction(tr("Refresh"), u"refresh"_s, QKeySequence::Refresh,
                           tr("List the clusters again"));
    const QList<std::pair<QAction *, QString>> names{{m_newCluster, u"newClusterAction"_s},
                                                     {m_editCluster, u"editClusterAction"_s},
                                                     {m_start, u"startClusterAction"_s},
                                                     {m_restart, u"restartClusterAction"_s},
                                                     {m_terminate, u"terminateClusterAction"_s},
                                                     {m_resize, u"resizeClusterAction"_s},
                                                     {m_pin, u"pinClusterAction"_s},
                                                     {m_delete, u"deleteClusterAction"_s},
                                                     {m_copyId, u"copyClusterIdAction"_s},
                                                     {m_openInBrowser, u"openClusterAction"_s},
                                                     {m_refresh, u"refreshClustersAction"_s}};
    for (const auto &[action, name] : names)
        action->setObjectName(name);
    connect(m_newCluster, &QAction::triggered, this, &ClustersActions::newCluster);
    connect(m_editCluster, &QAction::triggered, this, &ClustersActions::editCluster);
    connect(m_start, &QAction::triggered, this, &ClustersActions::start);
    connect(m_restart, &QAction::triggered, this, &ClustersActions::restart);
    connect(m_terminate, &QAction::triggered, this, &ClustersActions::terminate);
    connect(m_resize, &QAction::triggered, this, &ClustersActions::resize);
    connect(m_pin, &QAction::triggered, this, &ClustersActions::togglePin);
    connect(m_delete, &QAction::triggered, this, &ClustersActions::permanentlyDelete);
    connect(m_copyId, &QAction::triggered, this, &ClustersActions::copyId);
    connect(m_openInBrowser, &QAction::triggered, this, &ClustersActions::openInBrowser);
    connect(m_refresh, &QAction::triggered, this, &ClustersActions::refreshRequested);
    m_permissions = makePermissionsAction([this] {
        PermissionsTarget target{m_client, m_workspace, {}};
        const QList<QJsonObject> clusters = m_selectedClusters.isEmpty() && !clusterId().isEmpty()
                                                ? QList<QJsonObject>{m_cluster}
                                                : m_selectedClusters;
        for (const QJsonObject &cluster : clusters) {
            const QString id = cluster.value("cluster_id"_L1).toString();
            const QString name = cluster.value("cluster_name"_L1).toString();
            target.objects.append(
                {PermissionObject::Type::Cluster, id, name.isEmpty() ? id : name, {}});
        }
        return target;
    });
    updateActions();
}

ClustersActions::~ClustersActions() = default;

void ClustersActions::setConnection(ApiClient *client, const QString &workspace,
                                    ClusterCatalog *catalog)
{
    m_scope.reset(); // answers for the old connection go nowhere
    m_client = client;
    m_workspace = workspace;
    m_catalog = catalog;
    m_service.reset(client ? new ClustersService(client) : nullptr);
    m_cluster = {};
    m_selectedClusters.clear();
    updateActions();
}

void ClustersActions::setSelectedClusters(const QList<QJsonObject> &clusters)
{
    m_selectedClusters = clusters;
    updateActions();
}

void ClustersActions::setCluster(const QJsonObject &cluster)
{
    m_cluster = cluster;
    updateActions();
}

QString ClustersActions::clusterId() const
{
    return m_cluster.value("cluster_id"_L1).toString();
}

QString ClustersActions::clusterName() const
{
    const QString name = m_cluster.value("cluster_name"_L1).toString();
    return name.isEmpty() ? clusterId() : name;
}

QString ClustersActions::state() const
{
    return m_cluster.value("state"_L1).toString();
}

bool ClustersActions::isAutomated() const
{
    return ClustersModel::isAutomated(m_cluster);
}

QList<QAction *> ClustersActions::toolbarActions() const
{
    return {m_newCluster, m_editCluster, m_start,  m_restart, m_terminate,
            m_resize,     m_pin,         m_delete, m_refresh};
}

void ClustersActions::fillMenu(QMenu *menu) const
{
    menu->addActions({m_start, m_restart, m_terminate, m_resize});
    menu->addSeparator();
    menu->addActions({m_editCluster, m_permissions, m_pin, m_copyId, m_openInBrowser});
    menu->addSeparator();
    menu->addActions({m_delete});
    menu->addSeparator();
    menu->addActions({m_newCluster, m_refresh});
}

void ClustersActions::updateActions()
{
    const bool connected = m_client != nullptr;
    // Several selected: only what acts on all of them (Permissions…).
    const bool selected = connected && !clusterId().isEmpty() && m_selectedClusters.size() <= 1;
    const QString now = state();
    const bool running = now == "RUNNING"_L1;
    const bool terminated = now == "TERMINATED"_L1;
    const bool down = terminated || now == "TERMINATING"_L1;
    const bool jobCluster = isAutomated();
    m_newCluster->setEnabled(connected);
    m_refresh->setEnabled(connected);
    m_permissions->setEnabled(connected &&
                              (!clusterId().isEmpty() || !m_selectedClusters.isEmpty()));
    // Job clusters belong to their run: they cannot be started or edited.
    m_start->setEnabled(selected && terminated && !jobCluster);
    m_restart->setEnabled(selected && running);
    m_terminate->setEnabled(selected && !down);
    m_editCluster->setEnabled(selected && (running || terminated) && !jobCluster);
    m_resize->setEnabled(selected && (running || terminated) && !jobCluster);
    for (QAction *action : {m_pin, m_delete, m_copyId, m_openInBrowser})
        action->setEnabled(selected);
    const bool pinned = ClustersModel::isPinned(m_cluster);
    m_pin->setText(pinned ? tr("Un&pin") : tr("&Pin"));
    m_pin->setToolTip(pinned ? tr("Let the cluster leave the list 30 days after it terminates")
                             : tr("Keep the cluster in the list after it has been terminated "
                                  "for 30 days"));
    if (jobCluster && selected)
        m_start->setToolTip(tr("A job cluster starts with its job run; it cannot be started "
                               "on its own"));
    else
        m_start->setToolTip(tr("Start the terminated cluster with its configuration"));
}

QObject *ClustersActions::operationScope()
{
    if (!m_scope)
        m_scope = std::make_unique<QObject>();
    return m_scope.get();
}

void ClustersActions::runCall(ClusterRefusal::Action action, const QString &id, const QString &name,
                              const QString &busyText, const QString &doneText, const Call &call)
{
    emit statusChanged(busyText, true);
    call(id, [this, action, id, name, doneText](const std::optional<ApiError> &error) {
        if (error) {
            emit statusChanged(QString(), false);
            emit errorOccurred(ClusterRefusal::explain(action, name, *error));
        } else {
            emit statusChanged(doneText, false);
        }
        // Either way the row shows what the cluster is now, and is followed
        // live while it moves.
        emit clusterChanged(id);
    });
}

void ClustersActions::newCluster()
{
    if (!m_service)
        return;
    JsonPayloadDialog::Setup setup;
    setup.title = tr("New Cluster in %1").arg(m_workspace);
    setup.kind = u"cluster-spec"_s;
    setup.workspace = m_workspace;
    setup.actionText = tr("Create");
    setup.objectName = u"newClusterDialog"_s;
    auto *dialog = new JsonPayloadDialog(setup, actionView());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The catalog is the workspace's own, loaded by the list already.
    if (m_catalog)
        dialog->addToolWidget(new ClusterSpecPickers(m_catalog, dialog));
    connect(dialog, &JsonPayloadDialog::submitted, dialog, [this, dialog](const QJsonObject &spec) {
        dialog->setBusy(true);
        m_service->createCluster(
            spec, dialog,
            [this, dialog, name = spec.value("cluster_name"_L1).toString()](
                const std::optional<ApiError> &error, const QJsonObject &reply) {
                // On a refusal: the server's words, the text as typed.
                if (!dialog->finishSubmit(error))
                    return;
                emit statusChanged(tr("Created cluster “%1”; it is starting.").arg(name), false);
                emit clustersChanged(reply.value("cluster_id"_L1).toString());
            });
    });
    dialog->open();
}

void ClustersActions::editCluster()
{
    if (!m_service || clusterId().isEmpty())
        return;
    emit statusChanged(tr("Reading “%1”…").arg(clusterName()), true);
    // The editor starts from the server's copy as it is now, not the list's.
    m_service->getCluster(clusterId(), operationScope(),
                          [this](const std::optional<ApiError> &error, const QJsonObject &details) {
                              if (error) {
                                  emit statusChanged(QString(), false);
                                  emit errorOccurred(
                                      tr("Could not read the cluster: %1").arg(error->toString()));
                                  return;
                              }
                              emit statusChanged(QString(), false);
                              openEditor(details);
                          });
}

void ClustersActions::openEditor(const QJsonObject &details)
{
    const QString id = details.value("cluster_id"_L1).toString();
    const QString name = details.value("cluster_name"_L1).toString();
    const bool running = details.value("state"_L1).toString() != "TERMINATED"_L1;
    // cluster_id is pinned at the top: which cluster this is, unchangeable.
    QJsonObject document = ClusterSpec::fromDetails(details);
    document.insert(u"cluster_id"_s, id);

    JsonPayloadDialog::Setup setup;
    setup.title = tr("Edit Cluster “%1” in %2").arg(name, m_workspace);
    setup.kind = u"cluster-spec"_s;
    setup.workspace = m_workspace;
    setup.original = document;
    setup.pinnedKeys = {u"cluster_id"_s};
    setup.actionText = running ? tr("Save and Restart") : tr("Save");
    setup.objectName = u"editClusterDialog"_s;
    if (running)
        setup.caution = tr("“%1” is running: saving restarts it, and notebooks and jobs running "
                           "on it are interrupted.")
                            .arg(name);
    auto *dialog = new JsonPayloadDialog(setup, actionView());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The catalog is the workspace's own, loaded by the list already.
    if (m_catalog)
        dialog->addToolWidget(new ClusterSpecPickers(m_catalog, dialog));
    connect(dialog, &JsonPayloadDialog::submitted, dialog,
            [this, dialog, id, name, running](QJsonObject edited) {
                edited.remove(u"cluster_id"_s);
                dialog->setBusy(true);
                m_service->editCluster(
                    id, edited, dialog,
                    [this, dialog, id, name, running](const std::optional<ApiError> &error) {
                        if (!dialog->finishSubmit(
                                error, error ? ClusterRefusal::explain(ClusterRefusal::Action::Edit,
                                                                       name, *error)
                                             : QString())) {
                            emit clusterChanged(id);
                            return;
                        }
                        emit statusChanged(running ? tr("Saved “%1”; it is restarting.").arg(name)
                                                   : tr("Saved “%1”.").arg(name),
                                           false);
                        emit clusterChanged(id);
                    });
            });
    dialog->open();
}

void ClustersActions::start()
{
    if (!m_service || clusterId().isEmpty())
        return;
    const QString name = clusterName();
    runCall(ClusterRefusal::Action::Start, clusterId(), name, tr("Starting “%1”…").arg(name),
            tr("“%1” is starting.").arg(name), [this](const QString &clusterToCall, auto done) {
                m_service->startCluster(clusterToCall, operationScope(), std::move(done));
            });
}

void ClustersActions::restart()
{
    if (!m_service || clusterId().isEmpty())
        return;
    const QString name = clusterName();
    ConfirmDialog::Question question;
    question.workspace = m_workspace;
    question.what = tr("Restart cluster “%1” in %2?").arg(name, m_workspace);
    question.details = tr("Notebooks and jobs running on it are interrupted and their state is "
                          "lost. Libraries marked for removal are removed.");
    question.action = tr("Restart");
    // The selection may move while the question is open: act on this one.
    ConfirmDialog::ask(actionView(), question, [this, id = clusterId(), name](bool confirmed) {
        if (!confirmed || !m_service)
            return;
        runCall(ClusterRefusal::Action::Restart, id, name, tr("Restarting “%1”…").arg(name),
                tr("“%1” is restarting.").arg(name),
                [this](const QString &clusterToCall, auto done) {
                    m_service->restartCluster(clusterToCall, operationScope(), std::move(done));
                });
    });
}

void ClustersActions::terminate()
{
    if (!m_service || clusterId().isEmpty())
        return;
    const QString name = clusterName();
    ConfirmDialog::Question question;
    question.workspace = m_workspace;
    question.what = tr("Terminate cluster “%1” in %2?").arg(name, m_workspace);
    question.details = tr("Everything running on it stops and the state of its notebooks is "
                          "lost. Its configuration and libraries are kept: Start brings it "
                          "back.");
    question.action = tr("Terminate");
    ConfirmDialog::ask(actionView(), question, [this, id = clusterId(), name](bool confirmed) {
        if (!confirmed || !m_service)
            return;
        runCall(ClusterRefusal::Action::Terminate, id, name, tr("Terminating “%1”…").arg(name),
                tr("“%1” is terminating.").arg(name),
                [this](const QString &clusterToCall, auto done) {
                    m_service->terminateCluster(clusterToCall, operationScope(), std::move(done));
                });
    });
}

void ClustersActions::resize()
{
    if (!m_service || clusterId().isEmpty())
        return;
    auto *dialog = new ResizeClusterDialog(m_cluster, m_workspace, actionView());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = clusterId();
    const QString name = clusterName();
    const bool running = state() == "RUNNING"_L1;
    connect(dialog, &ResizeClusterDialog::submitted, dialog, [this, dialog, id, name, running] {
        dialog->setBusy(true);
        const int workers = dialog->workers();
        const int min = dialog->isAutoscale() ? dialog->minWorkers() : 0;
        const int max = dialog->isAutoscale() ? dialog->maxWorkers() : 0;
        const auto finish = [this, dialog, id, name,
                             running](const std::optional<ApiError> &error) {
            if (error) {
                dialog->setBusy(false);
                dialog->showServerError(
                    ClusterRefusal::explain(ClusterRefusal::Action::Resize, name, *error));
                emit clusterChanged(id);
                return;
            }
            dialog->accept();
            emit statusChanged(running ? tr("Resizing “%1”…").arg(name)
                                       : tr("Saved the new size of “%1”.").arg(name),
                               false);
            emit clusterChanged(id);
        };
        if (running) {
            const QJsonObject autoscale =
                max > 0 ? QJsonObject{{u"min_workers"_s, min}, {u"max_workers"_s, max}}
                        : QJsonObject();
            m_service->resizeCluster(id, workers, autoscale, dialog, finish);
            return;
        }
        // The API resizes running clusters only; a terminated one takes its
        // new size as an edit, which leaves it terminated.
        m_service->getCluster(
            id, dialog,
            [this, dialog, id, workers, min, max, finish](const std::optional<ApiError> &error,
                                                          const QJsonObject &details) {
                if (error)
                    return finish(error);
                const QJsonObject spec =
                    ClusterSpec::withSize(ClusterSpec::fromDetails(details), workers, min, max);
                m_service->editCluster(id, spec, dialog, finish);
            });
    });
    dialog->open();
}

void ClustersActions::togglePin()
{
    if (!m_service || clusterId().isEmpty())
        return;
    const bool pin = !ClustersModel::isPinned(m_cluster);
    const QString name = clusterName();
    runCall(pin ? ClusterRefusal::Action::Pin : ClusterRefusal::Action::Unpin, clusterId(), name,
            pin ? tr("Pinning “%1”…").arg(name) : tr("Unpinning “%1”…").arg(name),
            pin ? tr("Pinned “%1”.").arg(name) : tr("Unpinned “%1”.").arg(name),
            [this, pin](const QString &clusterToCall, auto done) {
                m_service->pinCluster(clusterToCall, pin, operationScope(), std::move(done));
            });
}

void ClustersActions::permanentlyDelete()
{
    if (!m_service || clusterId().isEmpty())
        return;
    const QString id = clusterId();
    const QString name = clusterName();
    ConfirmDialog::Question question;
    question.workspace = m_workspace;
    question.what = tr("Permanently delete cluster “%1” (%2) from %3?").arg(name, id, m_workspace);
    question.details = tr("It is terminated if it runs, and its configuration, libraries and "
                          "event history are removed. This cannot be undone; jobs and notebooks "
                          "that name it will no longer find it.");
    question.action = tr("Delete Permanently");
    ConfirmDialog::ask(actionView(), question, [this, id, name](bool confirmed) {
        if (!confirmed || !m_service)
            return;
        emit statusChanged(tr("Deleting “%1”…").arg(name), true);
        m_service->permanentlyDeleteCluster(
            id, operationScope(), [this, name](const std::optional<ApiError> &error) {
                if (error) {
                    emit statusChanged(QString(), false);
                    emit errorOccurred(ClusterRefusal::explain(
                        ClusterRefusal::Action::PermanentDelete, name, *error));
                    return;
                }
                emit statusChanged(tr("Deleted cluster “%1”.").arg(name), false);
                emit clustersChanged(QString());
            });
    });
}

void ClustersActions::copyId()
{
    if (clusterId().isEmpty())
        return;
    QApplication::clipboard()->setText(clusterId());
    emit statusChanged(tr("Copied cluster id %1.").arg(clusterId()), false);
}

void ClustersActions::openInBrowser()
{
    if (!m_client || clusterId().isEmpty())
        return;
    QUrl url = m_client->host();
    url.setPath(u"/compute/clusters/%1"_s.arg(clusterId()));
    if (!BrowserOpener::open(url))
        emit errorOccurred(tr("Could not open %1 in a browser.").arg(url.toDisplayString()));
}

} // namespace brickdesk
