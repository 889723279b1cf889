#include "core/emulator/permissionsapi.h"

#include "core/emulator/apierrors.h"
#include "core/emulator/clustersstore.h"
#include "core/emulator/demoseed.h"
#include "core/emulator/jobsstore.h"
#include "core/emulator/pipelinesstore.h"
#include "core/emulator/router.h"
#include "core/emulator/scimapi.h"
#include "core/emulator/workspacestore.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

const QString kBase = u"/api/2.0/permissions/"_s;
constexpr auto kLevelsSegment = "permissionLevels"_L1;
constexpr auto kAdmins = "admins"_L1;
constexpr auto kCanManage = "CAN_MANAGE"_L1;
constexpr auto kIsOwner = "IS_OWNER"_L1;

enum class Family { Job, Cluster, Pipeline, Workspace };

struct LevelInfo
{
    QString level;
    QString description;
};

// One request type of the path. The answer's object_type is not the path
// segment (jobs -> job, ...), except for pipelines, which the service answers
// as "pipelines".
struct TypeInfo
{
    QString segment;    // "jobs"
    QString objectType; // "job"
    QString noun;       // in level errors: "job"
    QString title;      // in 403 messages: "Job"
    QString rootKey;    // where admins' CAN_MANAGE is inherited from
    Family family = Family::Job;
    ObjectType workspaceType = ObjectType::Directory; // Family::Workspace only
    QList<LevelInfo> levels;                          // lowest first
};

// `what` is the object as a sentence names it: "the notebook", "the folder
// and everything in it".
QList<LevelInfo> workspaceLevels(const QString &what)
{
    return {
        {u"CAN_READ"_s, u"Can view %1."_s.arg(what)},
        {u"CAN_RUN"_s, u"Can view and run %1."_s.arg(what)},
        {u"CAN_EDIT"_s, u"Can view, run and edit %1."_s.arg(what)},
        {u"CAN_MANAGE"_s, u"Can view, run and edit %1 and change its permissions."_s.arg(what)},
    };
}

const QList<TypeInfo> &types()
{
    // Workspace objects inherit admins' CAN_MANAGE from the workspace root
    // folder, which the service names "/directories/".
    static const QList<TypeInfo> all{
        {u"jobs"_s,
         u"job"_s,
         u"job"_s,
         u"Job"_s,
         u"/jobs/"_s,
         Family::Job,
         ObjectType::Directory,
         {{u"CAN_VIEW"_s, u"Can view the job, its settings and its runs."_s},
          {u"CAN_MANAGE_RUN"_s, u"Can view the job and start, cancel and repair its runs."_s},
          {u"CAN_MANAGE"_s, u"Can edit and delete the job and change its permissions."_s},
          {u"IS_OWNER"_s, u"Owns the job: its runs run as the owner unless run_as says "
                          "otherwise."_s}}},
        {u"clusters"_s,
         u"cluster"_s,
         u"cluster"_s,
         u"Cluster"_s,
         u"/clusters/"_s,
         Family::Cluster,
         ObjectType::Directory,
         {{u"CAN_ATTACH_TO"_s, u"Can attach notebooks to the cluster and view its logs."_s},
          {u"CAN_RESTART"_s, u"Can attach to, start, restart and terminate the cluster."_s},
          {u"CAN_MANAGE"_s,
           u"Can edit, resize and delete the cluster and change its permissions."_s}}},
        {u"pipelines"_s,
         u"pipelines"_s,
         u"pipeline"_s,
         u"Pipeline"_s,
         u"/pipelines/"_s,
         Family::Pipeline,
         ObjectType::Directory,
         {{u"CAN_VIEW"_s, u"Can view the pipeline, its updates and its event log."_s},
          {u"CAN_RUN"_s, u"Can view the pipeline and start and stop its updates."_s},
          {u"CAN_MANAGE"_s, u"Can edit and delete the pipeline and change its permissions."_s},
          {u"IS_OWNER"_s, u"Owns the pipeline: its updates run as the owner."_s}}},
        {u"notebooks"_s, u"notebook"_s, u"notebook"_s, u"Notebook"_s, u"/directories/"_s,
         Family::Workspace, ObjectType::Notebook, workspaceLevels(u"the notebook"_s)},
        {u"directories"_s, u"directory"_s, u"directory"_s, u"Directory"_s, u"/directories/"_s,
         Family::Workspace, ObjectType::Directory,
         workspaceLevels(u"the folder and everything in it"_s)},
        {u"files"_s, u"file"_s, u"file"_s, u"File"_s, u"/directories/"_s, Family::Workspace,
         ObjectType::File, workspaceLevels(u"the file"_s)},
        {u"repos"_s, u"repo"_s, u"repo"_s, u"Repo"_s, u"/directories/"_s, Family::Workspace,
         ObjectType::Repo, workspaceLevels(u"the repo and everything in it"_s)},
    };
    return all;
}

const TypeInfo *typeForSegment(const QString &segment)
{
    for (const TypeInfo &type : types())
        if (type.segment == segment)
            return &type;
    return nullptr;
}

const TypeInfo *typeForWorkspace(ObjectType objectType)
{
    for (const TypeInfo &type : types())
        if (type.family == Family::Workspace && type.workspaceType == objectType)
            return &type;
    return nullptr;
}

bool allows(const TypeInfo &type, const QString &level)
{
    return std::any_of(type.levels.cbegin(), type.levels.cend(),
                       [&](const LevelInfo &info) { return info.level == level; });
}

bool hasOwnerRule(const TypeInfo &type)
{
    return type.family == Family::Job || type.family == Family::Pipeline;
}

QString principalField(PrincipalKind kind)
{
    switch (kind) {
    case PrincipalKind::User:
        return u"user_name"_s;
    case PrincipalKind::Group:
        return u"group_name"_s;
    case PrincipalKind::ServicePrincipal:
        return u"service_principal_name"_s;
    }
    return {};
}

// The service's spelling of a principal in its "does not exist" errors.
QString principalTag(const Principal &principal)
{
    switch (principal.kind) {
    case PrincipalKind::User:
        return u"UserName(%1)"_s.arg(principal.name);
    case PrincipalKind::Group:
        return u"GroupName(%1)"_s.arg(principal.name);
    case PrincipalKind::ServicePrincipal:
        return u"ServicePrincipalName(%1)"_s.arg(principal.name);
    }
    return {};
}

// A home folder is a folder directly under /Users; its name is its user's.
bool isHomeFolder(const WorkspaceObject &object)
{
    return object.type == ObjectType::Directory &&
           WorkspaceStore::parentPath(object.path) == "/Users"_L1;
}

bool isManageLevel(const QString &level)
{
    return level == kCanManage || level == kIsOwner;
}

} // namespace

struct PermissionsApi::Target
{
    const TypeInfo *type = nullptr;
    QString id;                              // as the path has it
    QString key;                             // the object_id answered: "/jobs/14"
    QString creator;                         // jobs, clusters and pipelines
    const WorkspaceObject *object = nullptr; // workspace objects
};

PermissionsApi::PermissionsApi(PermissionsStore &store, const JobsStore &jobs,
                               const ClustersStore &clusters, const PipelinesStore &pipelines,
                               const WorkspaceStore &workspace, const ScimApi &scim)
    : m_store(store)
    , m_jobs(jobs)
    , m_clusters(clusters)
    , m_pipelines(pipelines)
    , m_workspace(workspace)
    , m_scim(scim)
{}

void PermissionsApi::registerRoutes(Router &router)
{
    router.routePrefix("GET", kBase, [this](const HttpRequest &r) { return get(r); });
    router.routePrefix("PATCH", kBase, [this](const HttpRequest &r) { return update(r); });
    router.routePrefix("PUT", kBase, [this](const HttpRequest &r) { return replace(r); });
}

void PermissionsApi::seed(const SeedContext &context)
{
    DemoSeed::seedPermissions(m_store, m_jobs, m_clusters, m_pipelines, m_workspace,
                              context.userName, context.demo());
}

std::variant<PermissionsApi::Target, HttpResponse>
PermissionsApi::resolve(const HttpRequest &request, bool *levelsPath) const
{
    // {type}/{id} or {type}/{id}/permissionLevels; anything else is no API.
    const QStringList parts = request.path.mid(kBase.size()).split(u'/');
    const bool levels = parts.size() == 3 && parts.at(2) == kLevelsSegment;
    if ((parts.size() != 2 && !levels) || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return Router::endpointNotFound(request);
    const TypeInfo *type = typeForSegment(parts.at(0));
    if (!type)
        return Router::endpointNotFound(request);
    *levelsPath = levels;

    Target target;
    target.type = type;
    target.id = parts.at(1);
    switch (type->family) {
    case Family::Job: {
        bool ok = false;
        const qint64 jobId = target.id.toLongLong(&ok);
        const Job *job = ok ? m_jobs.find(jobId) : nullptr;
        if (!job)
            return notFound(u"Job %1 does not exist."_s.arg(target.id));
        target.key = PermissionsStore::jobKey(jobId);
        target.creator = job->creatorUserName;
        break;
    }
    case Family::Cluster: {
        const Cluster *cluster = m_clusters.find(target.id);
        if (!cluster)
            return notFound(u"Cluster %1 does not exist."_s.arg(target.id));
        target.key = PermissionsStore::clusterKey(target.id);
        target.creator = cluster->creatorUserName;
        break;
    }
    case Family::Pipeline: {
        const Pipeline *pipeline = m_pipelines.find(target.id);
        if (!pipeline)
            return notFound(u"The specified pipeline %1 was not found."_s.arg(target.id));
        target.key = PermissionsStore::pipelineKey(target.id);
        target.creator = pipeline->creatorUserName;
        break;
    }
    case Family::Workspace: {
        // The id must name an object of the path's type: notebooks/<a
        // folder's id> is as unknown as an id nothing has.
        bool ok = false;
        const qint64 objectId = target.id.toLongLong(&ok);
        const WorkspaceObject *object = ok ? workspaceObject(objectId) : nullptr;
        if (!object || object->type != type->workspaceType)
            return notFound(u"%1 %2 does not exist."_s.arg(type->title, target.id));
        target.key = PermissionsStore::workspaceKey(*object);
        target.object = object;
        break;
    }
    }
    return target;
}

HttpResponse PermissionsApi::get(const HttpRequest &request)
{
    prune();
    bool levelsPath = false;
    auto resolved = resolve(request, &levelsPath);
    if (auto *error = std::get_if<HttpResponse>(&resolved))
        return *error;
    const Target &target = std::get<Target>(resolved);
    if (levelsPath)
        return levels(target);
    return HttpResponse::json(objectPermissions(target, direct(target)));
}

HttpResponse PermissionsApi::update(const HttpRequest &request)
{
    return write(request, true);
}

HttpResponse PermissionsApi::replace(const HttpRequest &request)
{
    return write(request, false);
}

HttpResponse PermissionsApi::levels(const Target &target) const
{
    QJsonArray levels;
    for (const LevelInfo &info : target.type->levels)
        levels.append(
            QJsonObject{{"permission_level"_L1, info.level}, {"description"_L1, info.description}});
    return HttpResponse::json(QJsonObject{{"permission_levels"_L1, levels}});
}

HttpResponse PermissionsApi::write(const HttpRequest &request, bool merge)
{
    prune();
    bool levelsPath = false;
    auto resolved = resolve(request, &levelsPath);
    if (auto *error = std::get_if<HttpResponse>(&resolved))
        return *error;
    if (levelsPath) // permissionLevels is read-only
        return Router::endpointNotFound(request);
    const Target &target = std::get<Target>(resolved);
    const TypeInfo &type = *target.type;

    // The body's shape, whole, before its content.
    const std::optional<QJsonObject> body = request.jsonBody();
    if (!body)
        return invalidParameter(u"Invalid request body: expected a JSON object."_s);
    const QJsonValue listValue = body->value("access_control_list"_L1);
    if (!listValue.isUndefined() && !listValue.isArray())
        return invalidParameter(u"access_control_list must be an array."_s);
    QList<PermissionEntry> requested;
    for (const QJsonValue &value : listValue.toArray()) {
        if (!value.isObject())
            return invalidParameter(u"Each access_control_list entry must be an object."_s);
        const QJsonObject entry = value.toObject();
        QList<Principal> named;
        for (const PrincipalKind kind :
             {PrincipalKind::User, PrincipalKind::Group, PrincipalKind::ServicePrincipal}) {
            const QJsonValue name = entry.value(principalField(kind));
            if (name.isUndefined() || name.isNull())
                continue;
            if (!name.isString() || name.toString().isEmpty())
                return invalidParameter(
                    u"%1 must be a non-empty string."_s.arg(principalField(kind)));
            named.append(Principal{kind, name.toString()});
        }
        if (named.size() != 1)
            return invalidParameter(
                u"Each access_control_list entry must name exactly one of user_name, group_name "
                "and service_principal_name."_s);
        const QJsonValue level = entry.value("permission_level"_L1);
        if (!level.isString() || level.toString().isEmpty())
            return invalidParameter(
                u"Each access_control_list entry must have a permission_level."_s);
        requested.append(PermissionEntry{named.first(), level.toString()});
    }

    for (const PermissionEntry &entry : requested) {
        if (!allows(type, entry.level)) {
            QStringList allowed;
            for (const LevelInfo &info : type.levels)
                allowed.append(info.level);
            return invalidParameter(
                u"Permission level %1 is not supported for %2. Allowed levels: %3."_s.arg(
                    entry.level, type.noun, allowed.join(", "_L1)));
        }
    }

    for (PermissionEntry &entry : requested) {
        const std::optional<Principal> principal = known(entry.principal);
        if (!principal)
            return invalidParameter(
                u"Principal: %1 does not exist"_s.arg(principalTag(entry.principal)));
        entry.principal = *principal;
    }

    // The caller's right to change the list comes from the list as it is.
    const QList<PermissionEntry> current = direct(target);
    const bool readOnly = target.object && m_workspace.isReadOnly(target.object->path);
    if (readOnly || !callerManages(effective(target, current)))
        return permissionDenied(u"%1 does not have Manage permissions on %2 with ID: %3. Please "
                                "contact the owner or an administrator for access."_s.arg(
                                    m_scim.user().userName, type.title, target.id));

    // One direct level per principal: a principal listed again (already
    // there, or twice in the body) keeps its place and takes the later level.
    QList<PermissionEntry> next = merge ? current : QList<PermissionEntry>{};
    for (const PermissionEntry &entry : requested) {
        const auto it = std::find_if(next.begin(), next.end(), [&](const PermissionEntry &e) {
            return e.principal == entry.principal;
        });
        if (it != next.end())
            it->level = entry.level;
        else
            next.append(entry);
    }

    if (hasOwnerRule(type)) {
        // IS_OWNER is who the job's runs (the pipeline's updates) run as: one
        // identity, so one user or service principal and never a group.
        for (const PermissionEntry &entry : next)
            if (entry.level == kIsOwner && entry.principal.kind == PrincipalKind::Group)
                return invalidParameter(
                    u"Group %1 cannot be the owner of a %2: IS_OWNER must be a user or a "
                    "service principal."_s.arg(entry.principal.name, type.noun));
        const auto owners = std::count_if(
            next.cbegin(), next.cend(), [](const auto &entry) { return entry.level == kIsOwner; });
        if (owners != 1)
            return invalidParameter(u"The %1 must have exactly one owner."_s.arg(type.noun));
    }

    if (target.object && isHomeFolder(*target.object)) {
        const QString owner = target.object->name();
        const bool kept = std::any_of(next.cbegin(), next.cend(), [&](const auto &entry) {
            return entry.principal.kind != PrincipalKind::Group &&
                   entry.principal.name.compare(owner, Qt::CaseInsensitive) == 0 &&
                   entry.level == kCanManage;
        });
        if (!kept)
            return invalidParameter(
                u"Cannot remove %1's CAN_MANAGE permission on %2"_s.arg(owner, target.key));
    }

    m_store.set(target.key, next);
    return HttpResponse::json(objectPermissions(target, next));
}

QList<PermissionEntry> PermissionsApi::direct(const Target &target) const
{
    if (const QList<PermissionEntry> *stored = m_store.find(target.key))
        return *stored;
    return defaults(target);
}

QList<PermissionEntry> PermissionsApi::direct(const WorkspaceObject &object) const
{
    Target target;
    target.type = typeForWorkspace(object.type);
    target.key = PermissionsStore::workspaceKey(object);
    target.object = &object;
    return direct(target);
}

QList<PermissionEntry> PermissionsApi::defaults(const Target &target) const
{
    switch (target.type->family) {
    case Family::Job:
    case Family::Pipeline:
        if (!target.creator.isEmpty())
            return {PermissionEntry{principalNamed(target.creator), kIsOwner}};
        break;
    case Family::Cluster:
        if (!target.creator.isEmpty())
            return {PermissionEntry{principalNamed(target.creator), kCanManage}};
        break;
    case Family::Workspace:
        if (target.object && isHomeFolder(*target.object))
            return {PermissionEntry{principalNamed(target.object->name()), kCanManage}};
        break;
    }
    return {};
}

QList<PermissionsApi::Effective>
PermissionsApi::effective(const Target &target, const QList<PermissionEntry> &direct) const
{
    QList<Effective> out;
    const auto entryFor = [&out](const Principal &principal) -> Effective & {
        for (Effective &entry : out)
            if (entry.principal == principal)
                return entry;
        out.append(Effective{principal, {}});
        return out.last();
    };
    // A level several sources give is one item listing them all.
    const auto inherit = [&](const Principal &principal, const QString &level,
                             const QString &source) {
        Effective &entry = entryFor(principal);
        for (Level &existing : entry.levels) {
            if (existing.inherited && existing.level == level) {
                if (!existing.inheritedFrom.contains(source))
                    existing.inheritedFrom.append(source);
                return;
            }
        }
        entry.levels.append(Level{level, true, {source}});
    };

    for (const PermissionEntry &entry : direct)
        entryFor(entry.principal).levels.append(Level{entry.level, false, {}});
    inherit(Principal{PrincipalKind::Group, QString(kAdmins)}, QString(kCanManage),
            target.type->rootKey);
    if (target.object) {
        // Every folder (or repo) above the object passes its direct entries
        // down, the outermost first.
        QStringList ancestors;
        for (QString path = target.object->path; path != "/"_L1;) {
            path = WorkspaceStore::parentPath(path);
            ancestors.prepend(path);
        }
        for (const QString &path : ancestors) {
            const WorkspaceObject *ancestor = m_workspace.find(path);
            if (!ancestor || !ancestor->isContainer())
                continue;
            const QString source = PermissionsStore::workspaceKey(*ancestor);
            for (const PermissionEntry &entry : this->direct(*ancestor))
                inherit(entry.principal, entry.level, source);
        }
    }
    return out;
}

QJsonObject PermissionsApi::objectPermissions(const Target &target,
                                              const QList<PermissionEntry> &direct) const
{
    QJsonArray list;
    for (const Effective &entry : effective(target, direct)) {
        QJsonArray all;
        for (const Level &level : entry.levels) {
            QJsonObject item{{"permission_level"_L1, level.level},
                             {"inherited"_L1, level.inherited}};
            if (level.inherited)
                item.insert("inherited_from_object"_L1,
                            QJsonArray::fromStringList(level.inheritedFrom));
            all.append(item);
        }
        QJsonObject json{{principalField(entry.principal.kind), entry.principal.name},
                         {"all_permissions"_L1, all}};
        const QString shown = displayName(entry.principal);
        if (!shown.isEmpty())
            json.insert("display_name"_L1, shown);
        list.append(json);
    }
    return QJsonObject{{"object_id"_L1, target.key},
                       {"object_type"_L1, target.type->objectType},
                       {"access_control_list"_L1, list}};
}

bool PermissionsApi::callerManages(const QList<Effective> &entries) const
{
    const ScimUser &caller = m_scim.user();
    for (const Effective &entry : entries) {
        const Principal &principal = entry.principal;
        const bool me = principal.kind == PrincipalKind::User &&
                        principal.name.compare(caller.userName, Qt::CaseInsensitive) == 0;
        // Every user is in `users`, listed or not.
        const bool mine = principal.kind == PrincipalKind::Group &&
                          (caller.groups.contains(principal.name) || principal.name == "users"_L1);
        if (!me && !mine)
            continue;
        if (std::any_of(entry.levels.cbegin(), entry.levels.cend(),
                        [](const Level &level) { return isManageLevel(level.level); }))
            return true;
    }
    return false;
}

std::optional<Principal> PermissionsApi::known(const Principal &principal) const
{
    switch (principal.kind) {
    case PrincipalKind::User:
        for (const ScimUser &user : m_scim.allUsers())
            if (user.userName.compare(principal.name, Qt::CaseInsensitive) == 0)
                return Principal{PrincipalKind::User, user.userName};
        break;
    case PrincipalKind::Group:
        if (m_scim.allGroups().contains(principal.name))
            return principal;
        break;
    case PrincipalKind::ServicePrincipal:
        for (const ScimServicePrincipal &sp : m_scim.directory().servicePrincipals)
            if (sp.applicationId.compare(principal.name, Qt::CaseInsensitive) == 0)
                return Principal{PrincipalKind::ServicePrincipal, sp.applicationId};
        break;
    }
    return std::nullopt;
}

Principal PermissionsApi::principalNamed(const QString &name) const
{
    if (const auto servicePrincipal = known(Principal{PrincipalKind::ServicePrincipal, name}))
        return *servicePrincipal;
    return Principal{PrincipalKind::User, name};
}

QString PermissionsApi::displayName(const Principal &principal) const
{
    switch (principal.kind) {
    case PrincipalKind::User:
        for (const ScimUser &user : m_scim.allUsers())
            if (user.userName.compare(principal.name, Qt::CaseInsensitive) == 0)
                return user.displayName;
        break;
    case PrincipalKind::Group:
        return principal.name;
    case PrincipalKind::ServicePrincipal:
        for (const ScimServicePrincipal &sp : m_scim.directory().servicePrincipals)
            if (sp.applicationId.compare(principal.name, Qt::CaseInsensitive) == 0)
                return sp.displayName;
        break;
    }
    // Someone the directory does not know (a creator removed from it): the
    // name alone.
    return {};
}

const WorkspaceObject *PermissionsApi::workspaceObject(qint64 objectId) const
{
    // The root folder's object id is 0 (the Workspace API leaves it out).
    // Entries set on it directly are passed down as "/directories/0"; the
    // admins' CAN_MANAGE every object has stays a source of its own,
    // "/directories/", as the service names it.
    if (objectId == 0)
        return m_workspace.find(u"/"_s);
    for (const WorkspaceObject *object : m_workspace.descendants(u"/"_s))
        if (object->objectId == objectId)
            return object;
    return nullptr;
}

void PermissionsApi::prune()
{
    if (m_store.size() == 0)
        return;
    QSet<QString> workspaceKeys;
    bool workspaceIndexed = false;
    for (const QString &key : m_store.keys()) {
        const QString prefix = key.section(u'/', 1, 1);
        const QString id = key.section(u'/', 2);
        bool exists = false;
        if (prefix == "jobs"_L1) {
            exists = m_jobs.find(id.toLongLong()) != nullptr;
        } else if (prefix == "clusters"_L1) {
            exists = m_clusters.find(id) != nullptr;
        } else if (prefix == "pipelines"_L1) {
            exists = m_pipelines.find(id) != nullptr;
        } else {
            if (!workspaceIndexed) {
                workspaceIndexed = true;
                workspaceKeys.insert(PermissionsStore::workspaceKey(*m_workspace.find(u"/"_s)));
                for (const WorkspaceObject *object : m_workspace.descendants(u"/"_s))
                    workspaceKeys.insert(PermissionsStore::workspaceKey(*object));
            }
            exists = workspaceKeys.contains(key);
        }
        if (!exists)
            m_store.remove(key);
    }
}

} // namespace brickdesk::emulator
