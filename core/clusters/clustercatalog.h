#pragma once

#include "core/net/apierror.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace brickdesk {

class ApiClient;

// The runtimes (spark-versions) and node types (list-node-types) of a
// workspace, read once and shared by the list, the cluster pane and the
// create dialog, so a cluster shows "15.4 LTS" and "i3.xlarge (4 cores,
// 30.5 GB)" rather than its raw keys.
class ClusterCatalog : public QObject
{
    Q_OBJECT

public:
    struct Runtime
    {
        QString key;  // "15.4.x-scala2.12"
        QString name; // "15.4 LTS (includes Apache Spark 3.5.0, Scala 2.12)"
    };
    struct NodeType
    {
        QString id; // "i3.xlarge"
        int cores = 0;
        qint64 memoryMb = 0;
        int gpus = 0;
        QString category; // "Memory Optimized"
        bool deprecated = false;
    };

    explicit ClusterCatalog(QObject *parent = nullptr);

    // The catalog of `client`'s workspace: one per client, kept as its child
    // and loading from the first call, so the list, every pane and every
    // dialog on that workspace share one spark-versions and one
    // list-node-types call. Null for a null client.
    static ClusterCatalog *of(ApiClient *client);

    // Reads both lists once (again only after a failure); loaded() when
    // both are in, loadFailed() on the first error.
    void load(ApiClient *client);
    bool isLoaded() const { return m_runtimesLoaded && m_nodeTypesLoaded; }

    // Newest first, as the web UI offers them.
    const QList<Runtime> &runtimes() const { return m_runtimes; }
    // By category, then size.
    const QList<NodeType> &nodeTypes() const { return m_nodeTypes; }
    std::optional<NodeType> nodeType(const QString &id) const;

    // "15.4 LTS" (the name before "(includes …)"); the key when unknown.
    QString runtimeShortName(const QString &key) const;
    // The whole name; the key when unknown.
    QString runtimeName(const QString &key) const;
    // "i3.xlarge (4 cores, 30.5 GB)"; the id alone when unknown.
    QString nodeTypeText(const QString &id) const;
    // "4 cores, 30.5 GB" (", 1 GPU"); empty when unknown.
    static QString sizeText(const NodeType &type);

    // Test seam and for callers that already hold the answers.
    void setSparkVersions(const QJsonObject &reply);
    void setNodeTypes(const QJsonObject &reply);

signals:
    void loaded();
    void loadFailed(const brickdesk::ApiError &error);

private:
    void finishOne();

    QPointer<ApiClient> m_client;
    std::unique_ptr<QObject> m_scope;
    QList<Runtime> m_runtimes;
    QList<NodeType> m_nodeTypes;
    QHash<QString, int> m_runtimeIndex;
    QHash<QString, int> m_nodeTypeIndex;
    bool m_runtimesLoaded = false;
    bool m_nodeTypesLoaded = false;
    bool m_failed = false;
};

} // namespace brickdesk
