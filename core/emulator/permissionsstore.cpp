#include "core/emulator/permissionsstore.h"

#include "core/emulator/workspacestore.h"

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

const QList<PermissionEntry> *PermissionsStore::find(const QString &objectKey) const
{
    const auto it = m_lists.find(objectKey);
    return it == m_lists.end() ? nullptr : &it->second;
}

void PermissionsStore::set(const QString &objectKey, const QList<PermissionEntry> &entries)
{
    m_lists[objectKey] = entries;
}

bool PermissionsStore::remove(const QString &objectKey)
{
    return m_lists.erase(objectKey) > 0;
}

QList<QString> PermissionsStore::keys() const
{
    QList<QString> out;
    out.reserve(qsizetype(m_lists.size()));
    for (const auto &[key, entries] : m_lists)
        out.append(key);
    return out;
}

QString PermissionsStore::jobKey(qint64 jobId)
{
    return "/jobs/"_L1 + QString::number(jobId);
}

QString PermissionsStore::clusterKey(const QString &clusterId)
{
    return "/clusters/"_L1 + clusterId;
}

QString PermissionsStore::pipelineKey(const QString &pipelineId)
{
    return "/pipelines/"_L1 + pipelineId;
}

QString PermissionsStore::workspaceKey(const WorkspaceObject &object)
{
    const QString id = QString::number(object.objectId);
    switch (object.type) {
    case ObjectType::Directory:
        return "/directories/"_L1 + id;
    case ObjectType::Notebook:
        return "/notebooks/"_L1 + id;
    case ObjectType::File:
        return "/files/"_L1 + id;
    case ObjectType::Repo:
        return "/repos/"_L1 + id;
    case ObjectType::Library:
    case ObjectType::Dashboard:
    case ObjectType::MlflowExperiment:
        break;
    }
    return {};
}

} // namespace brickdesk::emulator
