#pragma once

#include "core/notebook/notebook.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace brickdesk::emulator {

class EmulatorClock;

enum class ObjectType { Directory, Notebook, File, Repo, Library, Dashboard, MlflowExperiment };
QString objectTypeName(ObjectType type); // "DIRECTORY", "MLFLOW_EXPERIMENT", ...

struct WorkspaceObject
{
    ObjectType type = ObjectType::Directory;
    QString path;       // canonical: absolute, no "/Workspace" prefix, no trailing '/'
    Notebook notebook;  // notebooks
    QByteArray content; // files
    qint64 objectId = 0;
    qint64 createdAt = 0;
    qint64 modifiedAt = 0;

    QString name() const;
    bool isContainer() const { return type == ObjectType::Directory || type == ObjectType::Repo; }
};

// Outcome of a store mutation; `path` names the object the failure is about
// (canonical form), so the API layer can echo it in the caller's form.
struct WorkspaceResult
{
    enum class Status {
        Ok,
        NotFound,          // the path itself does not exist
        ParentMissing,     // path = the missing parent
        AlreadyExists,     // path = the existing object
        NotADirectory,     // path = a non-folder on the way
        DirectoryNotEmpty, // path = the folder
        Protected,         // path = "/" and other undeletable folders
        PermissionDenied,  // path = the object the caller may not change
    };
    Status status = Status::Ok;
    QString path;
    qint64 objectId = 0; // of the created object

    bool ok() const { return status == Status::Ok; }
};

// The workspace tree, in memory. Paths may be passed with or without the
// "/Workspace" prefix; the store works on canonical paths.
class WorkspaceStore
{
public:
    explicit WorkspaceStore(EmulatorClock &clock);

    // Strips "/Workspace" (or "//Workspace"), doubled and trailing slashes.
    // nullopt when the path is not absolute.
    static std::optional<QString> canonicalPath(const QString &path);
    static QString parentPath(const QString &canonical);

    void clear(); // leaves only "/"
    int size() const { return int(m_objects.size()); }

    const WorkspaceObject *find(const QString &path) const;
    QList<const WorkspaceObject *> children(const QString &path) const;
    // Everything below `path` (not `path` itself), parents before children.
    QList<const WorkspaceObject *> descendants(const QString &path) const;

    WorkspaceResult mkdirs(const QString &path);
    WorkspaceResult putNotebook(const QString &path, const Notebook &notebook,
                                bool overwrite = false);
    WorkspaceResult putFile(const QString &path, const QByteArray &content, bool overwrite = false);
    // Folders, repos, experiments ...: objects without content.
    WorkspaceResult putObject(const QString &path, ObjectType type, bool overwrite = false);
    WorkspaceResult remove(const QString &path, bool recursive);

    // Makes `path` and everything below it unchangeable for the API caller,
    // as another user's folder is: mutations fail with PermissionDenied.
    void setReadOnly(const QString &path, bool readOnly = true);
    bool isReadOnly(const QString &path) const;

private:
    WorkspaceResult put(WorkspaceObject object, bool overwrite);
    qint64 nextObjectId();

    EmulatorClock &m_clock;
    std::map<QString, WorkspaceObject> m_objects;
    QStringList m_readOnly; // canonical paths
    qint64 m_nextId = 0;
};

} // namespace brickdesk::emulator
