#include "core/workspace/workspaceobject.h"

#include "core/net/jsonids.h"

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// Timestamps and sizes are int64 too; toInteger() keeps them exact.
qint64 optionalInteger(const QJsonObject &json, QLatin1StringView key)
{
    const QJsonValue value = json.value(key);
    return value.isDouble() ? value.toInteger(-1) : -1;
}

} // namespace

bool WorkspaceObject::isContainer() const
{
    return objectType == ObjectType::Directory || objectType == ObjectType::Repo;
}

WorkspaceObject WorkspaceObject::fromJson(const QJsonObject &json)
{
    WorkspaceObject object;
    object.path = json.value("path"_L1).toString();
    object.name = nameFromPath(object.path);
    object.objectType = json.value("object_type"_L1).toString();
    object.language = json.value("language"_L1).toString();
    object.objectId = jsonId(json, "object_id"_L1);
    object.resourceId = json.value("resource_id"_L1).toString();
    object.createdAt = optionalInteger(json, "created_at"_L1);
    object.modifiedAt = optionalInteger(json, "modified_at"_L1);
    object.size = optionalInteger(json, "size"_L1);
    object.isGitFolder =
        json.value("directory_info"_L1).toObject().value("is_git_folder"_L1).toBool();
    return object;
}

QString WorkspaceObject::nameFromPath(const QString &path)
{
    QStringView view(path);
    while (view.size() > 1 && view.endsWith(u'/'))
        view.chop(1);
    const qsizetype slash = view.lastIndexOf(u'/');
    return (slash < 0 ? view : view.mid(slash + 1)).toString();
}

} // namespace brickdesk
