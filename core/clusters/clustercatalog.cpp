#include "core/clusters/clustercatalog.h"

#include "core/clusters/clustersservice.h"
#include "core/net/apiclient.h"

#include <QCollator>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// "15.4.x-scala2.12" → (15, 4): newer runtimes sort first.
std::pair<int, int> versionOf(const QString &key)
{
    const QStringList parts = key.section(u'-', 0, 0).split(u'.');
    return {parts.value(0).toInt(), parts.value(1).toInt()};
}

} // namespace

ClusterCatalog::ClusterCatalog(QObject *parent)
    : QObject(parent)
{}

ClusterCatalog *ClusterCatalog::of(ApiClient *client)
{
    if (!client)
        return nullptr;
    auto *catalog = client->findChild<ClusterCatalog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!catalog) {
        catalog = new ClusterCatalog(client);
        catalog->setObjectName(u"clusterCatalog"_s);
    }
    catalog->load(client);
    return catalog;
}

void ClusterCatalog::load(ApiClient *client)
{
    if (client == m_client && (isLoaded() || (m_scope && !m_failed)))
        return; // loaded, or on its way
    m_client = client;
    m_failed = false;
    m_scope = std::make_unique<QObject>();
    if (!client)
        return;
    const ClustersService service(client);
    const auto failed = [this](const ApiError &error) {
        if (m_failed)
            return;
        m_failed = true;
        emit loadFailed(error);
    };
    service.sparkVersions(m_scope.get(), [this, failed](const std::optional<ApiError> &error,
                                                        const QJsonObject &reply) {
        if (error)
            return failed(*error);
        setSparkVersions(reply);
        finishOne();
    });
    service.nodeTypes(m_scope.get(), [this, failed](const std::optional<ApiError> &error,
                                                    const QJsonObject &reply) {
        if (error)
            return failed(*error);
        setNodeTypes(reply);
        finishOne();
    });
}

void ClusterCatalog::finishOne()
{
    if (isLoaded())
        emit loaded();
}

void ClusterCatalog::setSparkVersions(const QJsonObject &reply)
{
    m_runtimes.clear();
    for (const QJsonValue &value : reply.value("versions"_L1).toArray()) {
        const QJsonObject version = value.toObject();
        m_runtimes.append(
            {version.value("key"_L1).toString(), version.value("name"_L1).toString()});
    }
    std::stable_sort(m_runtimes.begin(), m_runtimes.end(), [](const Runtime &a, const Runtime &b) {
        return versionOf(a.key) > versionOf(b.key);
    });
    m_runtimeIndex.clear();
    for (int i = 0; i < m_runtimes.size(); ++i)
        m_runtimeIndex.insert(m_runtimes.at(i).key, i);
    m_runtimesLoaded = true;
}

void ClusterCatalog::setNodeTypes(const QJsonObject &reply)
{
    m_nodeTypes.clear();
    for (const QJsonValue &value : reply.value("node_types"_L1).toArray()) {
        const QJsonObject type = value.toObject();
        if (type.value("is_hidden"_L1).toBool())
            continue;
        m_nodeTypes.append(
            {type.value("node_type_id"_L1).toString(), type.value("num_cores"_L1).toInt(),
             type.value("memory_mb"_L1).toInteger(), type.value("num_gpus"_L1).toInt(),
             type.value("category"_L1).toString(), type.value("is_deprecated"_L1).toBool()});
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::stable_sort(m_nodeTypes.begin(), m_nodeTypes.end(),
                     [&collator](const NodeType &a, const NodeType &b) {
                         if (a.category != b.category)
                             return collator.compare(a.category, b.category) < 0;
                         if (a.cores != b.cores)
                             return a.cores < b.cores;
                         return collator.compare(a.id, b.id) < 0;
                     });
    m_nodeTypeIndex.clear();
    for (int i = 0; i < m_nodeTypes.size(); ++i)
        m_nodeTypeIndex.insert(m_nodeTypes.at(i).id, i);
    m_nodeTypesLoaded = true;
}

std::optional<ClusterCatalog::NodeType> ClusterCatalog::nodeType(const QString &id) const
{
    const auto it = m_nodeTypeIndex.constFind(id);
    if (it == m_nodeTypeIndex.constEnd())
        return std::nullopt;
    return m_nodeTypes.at(*it);
}

QString ClusterCatalog::runtimeName(const QString &key) const
{
    const auto it = m_runtimeIndex.constFind(key);
    if (it == m_runtimeIndex.constEnd() || m_runtimes.at(*it).name.isEmpty())
        return key;
    return m_runtimes.at(*it).name;
}

QString ClusterCatalog::runtimeShortName(const QString &key) const
{
    const QString name = runtimeName(key);
    if (name == key)
        return key;
    const qsizetype details = name.indexOf(" (includes"_L1);
    return details > 0 ? name.left(details) : name;
}

QString ClusterCatalog::sizeText(const NodeType &type)
{
    const QString memory =
        QLocale().toString(double(type.memoryMb) / 1024.0, 'f', type.memoryMb % 1024 == 0 ? 0 : 1);
    QString text = tr("%n cores, %1 GB", nullptr, type.cores).arg(memory);
    if (type.gpus > 0)
        text += tr(", %n GPUs", nullptr, type.gpus);
    return text;
}

QString ClusterCatalog::nodeTypeText(const QString &id) const
{
    const std::optional<NodeType> type = nodeType(id);
    if (!type)
        return id;
    return tr("%1 (%2)").arg(id, sizeText(*type));
}

} // namespace brickdesk
