#include "core/emulator/workspacestore.h"

#include "core/emulator/emulatorclock.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {
using Status = WorkspaceResult::Status;

WorkspaceResult result(Status status, const QString &path = {})
{
    return WorkspaceResult{status, path, 0};
}
} // namespace

QString objectTypeName(ObjectType type)
{
    switch (type) {
    case ObjectType::Directory:
        return u"DIRECTORY"_s;
    case ObjectType::Notebook:
        return u"NOTEBOOK"_s;
    case ObjectType::File:
        return u"FILE"_s;
    case ObjectType::Repo:
        return u"REPO"_s;
    case ObjectType::Library:
        return u"LIBRARY"_s;
    case ObjectType::Dashboard:
        return u"DASHBOARD"_s;
    case ObjectType::MlflowExperiment:
        return u"MLFLOW_EXPERIMENT"_s;
    }
    return {};
}

QString WorkspaceObject::name() const
{
    return path.section(u'/', -1);
}

WorkspaceStore::WorkspaceStore(EmulatorClock &clock)
    : m_clock(clock)
{
    clear();
}

std::optional<QString> WorkspaceStore::canonicalPath(const QString &path)
{
    if (!path.startsWith(u'/'))
        return std::nullopt;
    QString rest = path;
    for (const auto prefix : {"//Workspace"_L1, "/Workspace"_L1}) {
        if (rest == prefix || rest.startsWith(prefix + u'/')) {
            rest = rest.mid(prefix.size());
            break;
        }
    }
    const QStringList segments = rest.split(u'/', Qt::SkipEmptyParts);
    return u"/"_s + segments.join(u'/');
}

QString WorkspaceStore::parentPath(const QString &canonical)
{
    const qsizetype slash = canonical.lastIndexOf(u'/');
    return slash <= 0 ? u"/"_s : canonical.left(slash);
}

qint64 WorkspaceStore::nextObjectId()
{
    // Real workspace object ids are ~1e15..4e15; spread them out so they do
    // not look sequential (clients must not assume anything about them).
    return 1'208'539'640'138'415LL + (++m_nextId) * 7'919'046'329LL;
}

void WorkspaceStore::clear()
{
    m_objects.clear();
    m_readOnly.clear();
    WorkspaceObject root;
    root.path = u"/"_s;
    root.objectId = 0;
    root.createdAt = root.modifiedAt = m_clock.now();
    m_objects.emplace(root.path, root);
}

const WorkspaceObject *WorkspaceStore::find(const QString &path) const
{
    const auto canonical = canonicalPath(path);
    if (!canonical)
        return nullptr;
    const auto it = m_objects.find(*canonical);
    return it == m_objects.end() ? nullptr : &it->second;
}

QList<const WorkspaceObject *> WorkspaceStore::descendants(const QString &path) const
{
    QList<const WorkspaceObject *> out;
    const auto canonical = canonicalPath(path);
    if (!canonical)
        return out;
    const QString prefix = *canonical == "/"_L1 ? *canonical : *canonical + u'/';
    for (auto it = m_objects.lower_bound(prefix);
         it != m_objects.end() && it->first.startsWith(prefix); ++it)
        if (it->first != *canonical)
            out.append(&it->second);
    return out;
}

QList<const WorkspaceObject *> WorkspaceStore::children(const QString &path) const
{
    QList<const WorkspaceObject *> out;
    const auto canonical = canonicalPath(path);
    if (!canonical)
        return out;
    for (const WorkspaceObject *object : descendants(*canonical))
        if (parentPath(object->path) == *canonical)
            out.append(object);
    return out;
}

void WorkspaceStore::setReadOnly(const QString &path, bool readOnly)
{
    const auto canonical = canonicalPath(path);
    if (!canonical)
        return;
    m_readOnly.removeAll(*canonical);
    if (readOnly)
        m_readOnly.append(*canonical);
}

bool WorkspaceStore::isReadOnly(const QString &path) const
{
    const auto canonical = canonicalPath(path);
    if (!canonical)
        return false;
    return std::any_of(m_readOnly.cbegin(), m_readOnly.cend(), [&](const QString &locked) {
        return *canonical == locked ||
               canonical->startsWith(locked == "/"_L1 ? locked : locked + u'/');
    });
}

WorkspaceResult WorkspaceStore::mkdirs(const QString &path)
{
    const auto canonical = canonicalPath(path);
    if (!canonical)
        return result(Status::NotFound, path);
    QString current;
    const QStringList segments = canonical->split(u'/', Qt::SkipEmptyParts);
    // Check the whole chain first so a failure creates nothing.
    for (const QString &segment : segments) {
        current += u'/' + segment;
        const auto it = m_objects.find(current);
        if (it != m_objects.end() && !it->second.isContainer())
            return result(Status::NotADirectory, current);
        if (it == m_objects.end() && isReadOnly(current))
            return result(Status::PermissionDenied, current);
    }
    current.clear();
    qint64 id = find(*canonical) ? find(*canonical)->objectId : 0;
    for (const QString &segment : segments) {
        current += u'/' + segment;
        if (m_objects.count(current))
            continue;
        WorkspaceObject directory;
        directory.path = current;
        directory.objectId = id = nextObjectId();
        directory.createdAt = directory.modifiedAt = m_clock.now();
        m_objects.emplace(current, directory);
    }
    return WorkspaceResult{Status::Ok, {}, id};
}

WorkspaceResult WorkspaceStore::put(WorkspaceObject object, bool overwrite)
{
    if (isReadOnly(object.path))
        return result(Status::PermissionDenied, object.path);
    const QString parent = parentPath(object.path);
    const auto parentIt = m_objects.find(parent);
    if (parentIt == m_objects.end())
        return result(Status::ParentMissing, parent);
    if (!parentIt->second.isContainer())
        return result(Status::NotADirectory, parent);

    const qint64 now = m_clock.now();
    object.createdAt = object.modifiedAt = now;
    const auto existing = m_objects.find(object.path);
    if (existing != m_objects.end()) {
        // A folder is never replaced by an import, overwrite or not.
        if (!overwrite || existing->second.isContainer() || object.isContainer())
            return result(Status::AlreadyExists, object.path);
        object.objectId = existing->second.objectId; // overwriting keeps the identity
        object.createdAt = existing->second.createdAt;
        existing->second = object;
    } else {
        object.objectId = nextObjectId();
        m_objects.emplace(object.path, object);
    }
    return WorkspaceResult{Status::Ok, {}, object.objectId};
}

WorkspaceResult WorkspaceStore::putNotebook(const QString &path, const Notebook &notebook,
                                            bool overwrite)
{
    const auto canonical = canonicalPath(path);
    if (!canonical || *canonical == "/"_L1)
        return result(Status::AlreadyExists, u"/"_s);
    WorkspaceObject object;
    object.type = ObjectType::Notebook;
    object.path = *canonical;
    object.notebook = notebook;
    return put(object, overwrite);
}

WorkspaceResult WorkspaceStore::putFile(const QString &path, const QByteArray &content,
                                        bool overwrite)
{
    const auto canonical = canonicalPath(path);
    if (!canonical || *canonical == "/"_L1)
        return result(Status::AlreadyExists, u"/"_s);
    WorkspaceObject object;
    object.type = ObjectType::File;
    object.path = *canonical;
    object.content = content;
    return put(object, overwrite);
}

WorkspaceResult WorkspaceStore::putObject(const QString &path, ObjectType type, bool overwrite)
{
    const auto canonical = canonicalPath(path);
    if (!canonical || *canonical == "/"_L1)
        return result(Status::AlreadyExists, u"/"_s);
    WorkspaceObject object;
    object.type = type;
    object.path = *canonical;
    return put(object, overwrite);
}

WorkspaceResult WorkspaceStore::remove(const QString &path, bool recursive)
{
    const auto canonical = canonicalPath(path);
    if (!canonical)
        return result(Status::NotFound, path);
    if (*canonical == "/"_L1)
        return result(Status::Protected, *canonical);
    const auto it = m_objects.find(*canonical);
    if (it == m_objects.end())
        return result(Status::NotFound, *canonical);
    if (isReadOnly(*canonical))
        return result(Status::PermissionDenied, *canonical);
    const QList<const WorkspaceObject *> below = descendants(*canonical);
    if (!below.isEmpty() && !recursive)
        return result(Status::DirectoryNotEmpty, *canonical);
    QStringList doomed{*canonical};
    for (const WorkspaceObject *object : below)
        doomed.append(object->path);
    for (const QString &key : std::as_const(doomed))
        m_objects.erase(key);
    return result(Status::Ok);
}

} // namespace brickdesk::emulator
