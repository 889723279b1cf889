#include "core/permissions/permissionobject.h"

#include <QCoreApplication>

#include <optional>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("brickdesk::PermissionObject", text);
}

} // namespace

QString PermissionObject::segment(Type type)
{
    switch (type) {
    case Type::Job:
        return u"jobs"_s;
    case Type::Cluster:
        return u"clusters"_s;
    case Type::Notebook:
        return u"notebooks"_s;
    case Type::Directory:
        return u"directories"_s;
    case Type::File:
        return u"files"_s;
    case Type::Repo:
        return u"repos"_s;
    case Type::Pipeline:
        return u"pipelines"_s;
    }
    return {};
}

QString PermissionObject::typeText(Type type)
{
    switch (type) {
    case Type::Job:
        return tr("job");
    case Type::Cluster:
        return tr("cluster");
    case Type::Notebook:
        return tr("notebook");
    case Type::Directory:
        return tr("folder");
    case Type::File:
        return tr("file");
    case Type::Repo:
        return tr("repo");
    case Type::Pipeline:
        return tr("pipeline");
    }
    return {};
}

QStringList PermissionObject::documentedLevels(Type type)
{
    switch (type) {
    case Type::Job:
        return {u"CAN_VIEW"_s, u"CAN_MANAGE_RUN"_s, u"CAN_MANAGE"_s, u"IS_OWNER"_s};
    case Type::Cluster:
        return {u"CAN_ATTACH_TO"_s, u"CAN_RESTART"_s, u"CAN_MANAGE"_s};
    case Type::Notebook:
    case Type::Directory:
    case Type::File:
    case Type::Repo:
        return {u"CAN_READ"_s, u"CAN_RUN"_s, u"CAN_EDIT"_s, u"CAN_MANAGE"_s};
    case Type::Pipeline:
        return {u"CAN_VIEW"_s, u"CAN_RUN"_s, u"CAN_MANAGE"_s, u"IS_OWNER"_s};
    }
    return {};
}

std::optional<PermissionObject::Type>
PermissionObject::typeOfWorkspaceObject(const QString &objectType)
{
    if (objectType == "NOTEBOOK"_L1)
        return Type::Notebook;
    if (objectType == "DIRECTORY"_L1)
        return Type::Directory;
    if (objectType == "FILE"_L1)
        return Type::File;
    if (objectType == "REPO"_L1)
        return Type::Repo;
    return std::nullopt;
}

QString PermissionObject::requestPath() const
{
    return "/api/2.0/permissions/"_L1 + segment(type) + u'/' + id;
}

QString PermissionObject::objectKey() const
{
    return u'/' + segment(type) + u'/' + id;
}

bool PermissionObject::isWorkspaceObject() const
{
    return type == Type::Notebook || type == Type::Directory || type == Type::File ||
           type == Type::Repo;
}

QString withoutWorkspacePrefix(const QString &path)
{
    static const auto prefix = "/Workspace/"_L1;
    return path.startsWith(prefix) ? path.mid(prefix.size() - 1) : path;
}

QString permissionLevelText(const QString &level)
{
    static const QList<std::pair<QLatin1StringView, const char *>> names{
        {"CAN_VIEW"_L1, QT_TRANSLATE_NOOP("brickdesk::PermissionObject", "Can view")},
        {"CAN_READ"_L1, QT_TRANSLATE_NOOP("brickdesk::PermissionObject", "Can read")},
        {"CAN_RUN"_L1, QT_TRANSLATE_NOOP("brickdesk::PermissionObject", "Can run")},
        {"CAN_EDIT"_L1, QT_TRANSLATE_NOOP("brickdesk::PermissionObject", "Can edit")},
        {"CAN_MANAGE_RUN"_L1, QT_TRANSLATE_NOOP("brickdesk::PermissionObject", "Can manage run")},
        {"CAN_ATTACH_TO"_L1, QT_TRANSLATE_NOOP("brickdesk::PermissionObject", "Can attach to")},
        {"CAN_RESTART"_L1, QT_TRANSLATE_NOOP("brickdesk::PermissionObject", "Can restart")},
        {"CAN_MANAGE"_L1, QT_TRANSLATE_NOOP("brickdesk::PermissionObject", "Can manage")},
        {"CAN_USE"_L1, QT_TRANSLATE_NOOP("brickdesk::PermissionObject", "Can use")},
        {"IS_OWNER"_L1, QT_TRANSLATE_NOOP("brickdesk::PermissionObject", "Is owner")},
    };
    for (const auto &[name, text] : names) {
        if (level == name)
            return tr(text);
    }
    return level;
}

int permissionLevelRank(const QStringList &levels, const QString &level)
{
    return int(levels.indexOf(level));
}

} // namespace brickdesk
