#pragma once

#include "core/emulator/emulatorarea.h"
#include "core/emulator/httpmessage.h"
#include "core/emulator/permissionsstore.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>
#include <variant>

namespace brickdesk::emulator {

class ClustersStore;
class JobsStore;
class PipelinesStore;
class Router;
class ScimApi;
class WorkspaceStore;
struct WorkspaceObject;

// /api/2.0/permissions/{type}/{id} for jobs, clusters, pipelines and the
// workspace objects (notebooks, directories, files, repos): GET, PATCH
// (merge), PUT (replace the direct entries) and GET .../permissionLevels.
//
// Answers carry the direct entries first, in the order they were set, then
// the inherited ones: the `admins` group's CAN_MANAGE on everything, and for
// workspace objects every ancestor folder's (or repo's) direct entries.
// Objects nothing was stored for have the service's defaults: jobs and
// pipelines their creator as IS_OWNER, clusters their creator with
// CAN_MANAGE, a home folder /Users/<u> <u> with CAN_MANAGE.
//
// Writes are checked whole before anything changes: the object exists (404),
// the body is well formed (400), every level is one the type has (400), every
// principal is in the SCIM directory (400), the signed-in user manages the
// object (403), jobs and pipelines keep exactly one owner, a user or a
// service principal (400), and a home folder keeps its user's CAN_MANAGE
// (400).
class PermissionsApi : public EmulatorArea
{
public:
    PermissionsApi(PermissionsStore &store, const JobsStore &jobs, const ClustersStore &clusters,
                   const PipelinesStore &pipelines, const WorkspaceStore &workspace,
                   const ScimApi &scim);
    void registerRoutes(Router &router) override;
    // Seeds after the stores it reads: the demo's lists name their objects.
    void seed(const SeedContext &context) override;

    HttpResponse get(const HttpRequest &request);
    HttpResponse update(const HttpRequest &request);  // PATCH
    HttpResponse replace(const HttpRequest &request); // PUT

private:
    struct Target;
    // One level of one principal as answered: direct, or inherited from the
    // objects listed (object ids such as "/jobs/" or "/directories/<id>").
    struct Level
    {
        QString level;
        bool inherited = false;
        QStringList inheritedFrom;
    };
    struct Effective
    {
        Principal principal;
        QList<Level> levels; // the direct level first
    };

    // The object the path names, or the error to answer (unknown type or
    // path shape: ENDPOINT_NOT_FOUND; unknown object: RESOURCE_DOES_NOT_EXIST).
    std::variant<Target, HttpResponse> resolve(const HttpRequest &request, bool *levelsPath) const;
    HttpResponse write(const HttpRequest &request, bool merge);
    HttpResponse levels(const Target &target) const;
    // What is stored, or the defaults when nothing is.
    QList<PermissionEntry> direct(const Target &target) const;
    QList<PermissionEntry> direct(const WorkspaceObject &object) const;
    QList<PermissionEntry> defaults(const Target &target) const;
    QList<Effective> effective(const Target &target, const QList<PermissionEntry> &direct) const;
    QJsonObject objectPermissions(const Target &target, const QList<PermissionEntry> &direct) const;
    bool callerManages(const QList<Effective> &entries) const;
    // The directory's spelling of `principal` (user names ignore case), or
    // nullopt when the directory has no such principal.
    std::optional<Principal> known(const Principal &principal) const;
    // A creator's or home folder's name as a principal: a service principal
    // when it is one's application id, a user otherwise.
    Principal principalNamed(const QString &name) const;
    QString displayName(const Principal &principal) const;
    const WorkspaceObject *workspaceObject(qint64 objectId) const;
    // Forgets the lists of objects no longer in their stores, so an id used
    // again later does not find them.
    void prune();

    PermissionsStore &m_store;
    const JobsStore &m_jobs;
    const ClustersStore &m_clusters;
    const PipelinesStore &m_pipelines;
    const WorkspaceStore &m_workspace;
    const ScimApi &m_scim;
};

} // namespace brickdesk::emulator
