#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace brickdesk {

// Something whose access control list the Permissions API reads and writes:
// /api/2.0/permissions/<segment>/<id>. The id is a job id, a cluster id, a
// pipeline id or, for notebooks, folders, files and repos, the workspace
// object_id (a repo's id is its workspace object_id too).
struct PermissionObject
{
    enum class Type { Job, Cluster, Notebook, Directory, File, Repo, Pipeline };

    Type type = Type::Job;
    QString id;
    // What the person calls it: a job's or cluster's name, a workspace path.
    QString name;
    // Workspace objects: their path, so inherited folder entries can be named
    // by path instead of by object id.
    QString path;

    bool operator==(const PermissionObject &) const = default;

    // "/api/2.0/permissions/jobs/14".
    QString requestPath() const;
    // "/jobs/14": how access control lists name the object.
    QString objectKey() const;
    bool isWorkspaceObject() const;
    // Jobs and pipelines have exactly one owner (IS_OWNER), a user or a
    // service principal; the API refuses a change that leaves none or two.
    bool hasOwner() const { return type == Type::Job || type == Type::Pipeline; }

    // "jobs", "clusters", "notebooks", "directories", ...: the path segment.
    static QString segment(Type type);
    // "job", "cluster", "notebook", "folder", ...: translated, for sentences.
    static QString typeText(Type type);
    // The levels the API documents for the type, weakest first. The
    // permissionLevels call is asked too; this is what is used when it fails.
    static QStringList documentedLevels(Type type);
    // The workspace object type ("NOTEBOOK", "DIRECTORY", "FILE", "REPO")
    // as a permission type; none for objects without permissions of their own.
    static std::optional<Type> typeOfWorkspaceObject(const QString &objectType);
};

// A workspace path without the "/Workspace" prefix the API also accepts.
QString withoutWorkspacePrefix(const QString &path);
// "Can manage run": a level in words, translated; unknown levels verbatim.
QString permissionLevelText(const QString &level);
// Where `level` stands among `levels` (weakest first); -1 when not there.
int permissionLevelRank(const QStringList &levels, const QString &level);

namespace PermissionLevel {
inline constexpr QLatin1StringView Owner{"IS_OWNER"};
inline constexpr QLatin1StringView Manage{"CAN_MANAGE"};
} // namespace PermissionLevel

} // namespace brickdesk

Q_DECLARE_METATYPE(brickdesk::PermissionObject)
