#pragma once

#include <QList>
#include <QString>

#include <map>

namespace brickdesk::emulator {

struct WorkspaceObject;

// How an access control entry names its principal: the JSON field
// (user_name, group_name, service_principal_name) it is sent and answered in.
enum class PrincipalKind { User, Group, ServicePrincipal };

struct Principal
{
    PrincipalKind kind = PrincipalKind::User;
    QString name; // user name (e-mail), group name or service principal application id

    friend bool operator==(const Principal &, const Principal &) = default;
};

// One direct grant: a principal and its level ("CAN_MANAGE", "IS_OWNER", ...).
// A principal has at most one direct level per object.
struct PermissionEntry
{
    Principal principal;
    QString level;

    friend bool operator==(const PermissionEntry &, const PermissionEntry &) = default;
};

// The direct access control lists the Permissions API has stored, by the
// object_id the API answers ("/jobs/14", "/clusters/0412-...",
// "/directories/1208...", ...). An object with no list here has the
// service's defaults (its creator as owner or manager), which the API derives
// from the object's own store; inherited entries are derived too, never
// stored.
class PermissionsStore
{
public:
    void clear() { m_lists.clear(); }
    int size() const { return int(m_lists.size()); }

    // nullptr when nothing was ever stored for `objectKey`.
    const QList<PermissionEntry> *find(const QString &objectKey) const;
    // Replaces the object's direct list (an empty list is stored, and is not
    // the same as none: it hides the defaults).
    void set(const QString &objectKey, const QList<PermissionEntry> &entries);
    bool remove(const QString &objectKey);
    QList<QString> keys() const; // sorted

    // The object ids the API answers for each object type.
    static QString jobKey(qint64 jobId);
    static QString clusterKey(const QString &clusterId);
    static QString pipelineKey(const QString &pipelineId);
    // "/directories/<id>", "/notebooks/<id>", "/files/<id>" or "/repos/<id>";
    // empty for workspace objects without permissions of their own here
    // (libraries, dashboards, experiments).
    static QString workspaceKey(const WorkspaceObject &object);

private:
    std::map<QString, QList<PermissionEntry>> m_lists;
};

} // namespace brickdesk::emulator
