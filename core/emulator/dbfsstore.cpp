#include "core/emulator/dbfsstore.h"

#include "core/emulator/emulatorclock.h"
#include "core/emulator/logging.h"

#include <QFile>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

using Status = DbfsResult::Status;

DbfsResult result(Status status, const QString &path = {})
{
    return {status, path};
}

// The range of m_entries keys strictly below `directory`.
QString childPrefix(const QString &directory)
{
    return directory == "/"_L1 ? directory : directory + u'/';
}

bool writeAll(QFile &file, QByteArrayView data)
{
    // QFile::write takes at most what the OS accepts per call on some
    // platforms; loop so gigabyte views land completely.
    qint64 written = 0;
    while (written < data.size()) {
        const qint64 n = file.write(data.data() + written, data.size() - written);
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

} // namespace

DbfsStore::DbfsStore(const EmulatorClock &clock)
    : m_clock(clock)
    , m_dir(QDir::tempPath() + "/brickdesk-dbfs-XXXXXX"_L1)
{
    if (!m_dir.isValid())
        qCWarning(lcEmulator) << "DBFS: no temporary directory for file contents:"
                              << m_dir.errorString();
    clear();
}

DbfsStore::~DbfsStore() = default; // QTemporaryDir removes the contents

std::optional<QString> DbfsStore::canonicalPath(const QString &sent)
{
    QString path = sent;
    if (path.startsWith("dbfs:"_L1, Qt::CaseInsensitive))
        path = path.mid(5);
    if (!path.startsWith(u'/'))
        return std::nullopt;
    QStringList parts;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        if (part == "."_L1)
            continue;
        if (part == ".."_L1) {
            if (parts.isEmpty())
                return std::nullopt;
            parts.removeLast();
            continue;
        }
        parts.append(part);
    }
    return u'/' + parts.join(u'/');
}

QString DbfsStore::parentPath(const QString &canonical)
{
    const qsizetype slash = canonical.lastIndexOf(u'/');
    return slash <= 0 ? u"/"_s : canonical.left(slash);
}

QString DbfsStore::backingPath(qint64 id) const
{
    return m_dir.filePath(QString::number(id));
}

void DbfsStore::clear()
{
    for (const DbfsEntry &entry : std::as_const(m_entries))
        if (!entry.isDir)
            QFile::remove(backingPath(entry.backingId));
    m_entries.clear();
    m_entries.insert(u"/"_s, DbfsEntry{u"/"_s, true, 0, m_clock.now(), 0});
}

const DbfsEntry *DbfsStore::find(const QString &path) const
{
    const auto it = m_entries.constFind(path);
    return it == m_entries.cend() ? nullptr : &it.value();
}

QList<const DbfsEntry *> DbfsStore::children(const QString &directory) const
{
    QList<const DbfsEntry *> out;
    const QString prefix = childPrefix(directory);
    for (auto it = m_entries.lowerBound(prefix); it != m_entries.cend(); ++it) {
        if (!it.key().startsWith(prefix))
            break;
        if (it.key().size() > prefix.size() && !it.key().mid(prefix.size()).contains(u'/'))
            out.append(&it.value());
    }
    return out;
}

QList<const DbfsEntry *> DbfsStore::subtree(const QString &path) const
{
    QList<const DbfsEntry *> out;
    const DbfsEntry *root = find(path);
    if (!root)
        return out;
    out.append(root);
    if (!root->isDir)
        return out;
    const QString prefix = childPrefix(path);
    for (auto it = m_entries.lowerBound(prefix); it != m_entries.cend(); ++it) {
        if (!it.key().startsWith(prefix))
            break;
        if (it.key() != path)
            out.append(&it.value());
    }
    return out;
}

void DbfsStore::touch(DbfsEntry &entry)
{
    entry.modificationTime = m_clock.now();
}

DbfsResult DbfsStore::ensureParents(const QString &path)
{
    const QString parent = parentPath(path);
    if (const DbfsEntry *existing = find(parent))
        return existing->isDir ? result(Status::Ok) : result(Status::AlreadyExists, parent);
    return mkdirs(parent);
}

DbfsResult DbfsStore::mkdirs(const QString &path)
{
    // Check the whole chain first so a file in the way creates nothing.
    QStringList missing;
    for (QString at = path;; at = parentPath(at)) {
        if (const DbfsEntry *existing = find(at)) {
            if (!existing->isDir)
                return result(Status::AlreadyExists, at);
            break;
        }
        missing.prepend(at);
        if (at == "/"_L1)
            break;
    }
    for (const QString &directory : std::as_const(missing))
        m_entries.insert(directory, DbfsEntry{directory, true, 0, m_clock.now(), 0});
    return result(Status::Ok);
}

DbfsResult DbfsStore::writeFile(const QString &path, QByteArrayView data, bool overwrite)
{
    const DbfsEntry *existing = find(path);
    if (existing && (existing->isDir || !overwrite))
        return result(Status::AlreadyExists, path);
    if (!existing) {
        // The parent chain is checked before any byte is written.
        if (const DbfsResult parents = ensureParents(path); !parents.ok())
            return parents;
    }
    const qint64 id = m_nextBackingId++;
    QFile file(backingPath(id));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || !writeAll(file, data)) {
        qCWarning(lcEmulator) << "DBFS: could not write" << file.fileName() << file.errorString();
        file.remove();
        return result(Status::IoError, path);
    }
    file.close();
    DbfsEntry &entry = m_entries[path];
    if (!entry.isDir && entry.backingId != 0)
        QFile::remove(backingPath(entry.backingId));
    entry = DbfsEntry{path, false, qint64(data.size()), m_clock.now(), id};
    return result(Status::Ok);
}

DbfsResult DbfsStore::createFile(const QString &path, bool overwrite)
{
    return writeFile(path, {}, overwrite);
}

DbfsResult DbfsStore::append(const QString &path, QByteArrayView data)
{
    const auto it = m_entries.find(path);
    if (it == m_entries.end())
        return result(Status::NotFound, path);
    if (it->isDir)
        return result(Status::IsDirectory, path);
    QFile file(backingPath(it->backingId));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || !writeAll(file, data)) {
        qCWarning(lcEmulator) << "DBFS: could not append to" << file.fileName()
                              << file.errorString();
        return result(Status::IoError, path);
    }
    it->size += data.size();
    touch(*it);
    return result(Status::Ok);
}

std::optional<QByteArray> DbfsStore::read(const QString &path, qint64 offset, qint64 length) const
{
    const DbfsEntry *entry = find(path);
    if (!entry || entry->isDir)
        return std::nullopt;
    if (offset >= entry->size || length <= 0)
        return QByteArray();
    QFile file(backingPath(entry->backingId));
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return std::nullopt;
    return file.read(std::min(length, entry->size - offset));
}

std::optional<QByteArray> DbfsStore::contents(const QString &path) const
{
    const DbfsEntry *entry = find(path);
    if (!entry || entry->isDir)
        return std::nullopt;
    return read(path, 0, entry->size);
}

DbfsResult DbfsStore::remove(const QString &path, bool recursive, qint64 limit, qint64 *deleted,
                             bool *complete)
{
    *deleted = 0;
    *complete = true;
    const DbfsEntry *root = find(path);
    if (!root)
        return result(Status::Ok); // deleting what is not there succeeds
    if (root->isDir && !recursive && !children(path).isEmpty())
        return result(Status::DirectoryNotEmpty, path);

    // Reverse key order visits every entry before its parent directory, so a
    // directory is reached only after all of its contents were considered.
    QList<const DbfsEntry *> entries = subtree(path);
    std::sort(entries.begin(), entries.end(),
              [](const DbfsEntry *a, const DbfsEntry *b) { return a->path > b->path; });
    QStringList doomed;
    QStringList kept; // left for a later call
    for (const DbfsEntry *entry : std::as_const(entries)) {
        if (entry->isDir) {
            // A directory with anything left in it stays for the next call.
            const QString prefix = childPrefix(entry->path);
            const bool nonEmpty = std::any_of(kept.cbegin(), kept.cend(), [&](const QString &left) {
                return left.startsWith(prefix);
            });
            if (nonEmpty) {
                kept.append(entry->path);
                continue;
            }
            if (entry->path != "/"_L1)
                doomed.append(entry->path);
            continue;
        }
        if (*deleted >= limit) {
            *complete = false;
            kept.append(entry->path);
            continue;
        }
        doomed.append(entry->path);
        ++*deleted;
    }
    for (const QString &doomedPath : std::as_const(doomed)) {
        const DbfsEntry entry = m_entries.take(doomedPath);
        if (!entry.isDir)
            QFile::remove(backingPath(entry.backingId));
    }
    if (path != "/"_L1 && !m_entries.contains(path)) {
        if (DbfsEntry *parent = const_cast<DbfsEntry *>(find(parentPath(path))))
            touch(*parent);
    }
    return result(Status::Ok);
}

DbfsResult DbfsStore::move(const QString &source, const QString &destination)
{
    if (!find(source))
        return result(Status::NotFound, source);
    if (source == "/"_L1 || destination == "/"_L1 || destination == source ||
        destination.startsWith(childPrefix(source)))
        return result(Status::InvalidMove, source);
    if (find(destination))
        return result(Status::AlreadyExists, destination);
    if (const DbfsResult parents = ensureParents(destination); !parents.ok())
        return parents;
    const QList<const DbfsEntry *> moving = subtree(source);
    QList<DbfsEntry> moved;
    moved.reserve(moving.size());
    for (const DbfsEntry *entry : moving) {
        DbfsEntry copy = *entry;
        copy.path = destination + entry->path.mid(source.size());
        moved.append(copy);
    }
    for (const DbfsEntry *entry : moving)
        m_entries.remove(QString(entry->path)); // copy: the key dies with the entry
    for (const DbfsEntry &entry : std::as_const(moved))
        m_entries.insert(entry.path, entry);
    return result(Status::Ok);
}

} // namespace brickdesk::emulator
