#pragma once

#include "core/common/resourcelistmodel.h"

#include <QPointer>
#include <QStringList>

namespace brickdesk {

class ClusterCatalog;

// The clusters of a workspace as a flat list, one row per cluster: name,
// state (its message in the tooltip), runtime, node type, workers (current,
// or the autoscale range), creator, since when it is up or terminated, and
// why it terminated. Clusters that are starting, restarting, resizing or
// terminating are polled one by one (clusters/get) while live updates are
// on, so a cluster that is started is seen going from PENDING to RUNNING
// without refreshing the list. Several transitional clusters are polled
// with one clusters/list call filtered to the transitional states.
class ClustersModel : public ResourceListModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StateColumn,
        RuntimeColumn,
        NodeTypeColumn,
        WorkersColumn,
        CreatorColumn,
        SinceColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit ClustersModel(ApiClient *client, QObject *parent = nullptr);

    // Runtime and node type names of the client's workspace (shared).
    ClusterCatalog *catalog() const;

    // The dot colour of a state (green up, amber on the way, grey down, red
    // down after a failure).
    static quint32 stateColor(const QJsonObject &cluster);
    static bool isPinned(const QJsonObject &cluster);

    // Whether the cluster's state advances by itself on the server.
    static bool isTransitionalState(const QString &state);
    static const QStringList &transitionalStates();
    // "2–8 (autoscale)", "4", "Single node".
    static QString workersText(const QJsonObject &cluster);
    // What a termination_reason says, in words ("Stopped after 60 minutes of
    // inactivity", "Terminated by ana@example.com", "Init script failed").
    static QString terminationText(const QJsonObject &cluster);
    // A cluster's state in words, capitalised as the web UI shows it.
    static QString stateText(const QString &state);
    // The state as it reads inside a sentence ("… and it is terminated
    // now"): its own translation, since not every language lower-cases.
    static QString stateInSentence(const QString &state);
    // Job and pipeline clusters, as opposed to all-purpose ones.
    static bool isAutomated(const QJsonObject &cluster);

protected:
    ApiRequest listRequest() const override;
    QString itemsField() const override;
    QString itemKey(const QJsonObject &item) const override;
    bool isTransitional(const QJsonObject &item) const override;
    std::optional<ApiRequest> itemRequest(const QJsonObject &item) const override;
    std::optional<ApiRequest> batchPollRequest(const QList<QJsonObject> &items) const override;

private:
    QPointer<ClusterCatalog> m_catalog;
};

} // namespace brickdesk
