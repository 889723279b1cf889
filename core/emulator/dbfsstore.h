#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>
#include <QTemporaryDir>

#include <optional>

namespace brickdesk::emulator {

class EmulatorClock;

// One DBFS entry. Files keep their bytes on disk (backingId names the file in
// the store's private directory), so gigabyte uploads cost disk, not RAM.
struct DbfsEntry
{
    QString path; // canonical: "/", "/tmp/a.csv"
    bool isDir = false;
    qint64 size = 0;
    qint64 modificationTime = 0; // epoch ms on the emulator clock
    qint64 backingId = 0;        // files only

    QString name() const { return path.section(u'/', -1); }
};

struct DbfsResult
{
    enum class Status {
        Ok,
        NotFound,          // `path` does not exist
        AlreadyExists,     // `path` exists (or is in the way as a file)
        IsDirectory,       // a file operation on a directory at `path`
        DirectoryNotEmpty, // non-recursive delete
        InvalidMove,       // into itself, or the root
        IoError,           // the backing file could not be written
    };
    Status status = Status::Ok;
    QString path; // canonical path the status is about
    bool ok() const { return status == Status::Ok; }
};

// The DBFS tree: metadata in memory, contents in files under a
// private temporary directory. Paths passed in are canonical (see
// canonicalPath()); the API layer normalises what callers send.
class DbfsStore
{
public:
    explicit DbfsStore(const EmulatorClock &clock);
    ~DbfsStore();

    // "dbfs:/a//b/./c/" and "/a/b/c" both give "/a/b/c"; nullopt for
    // relative paths and ".." above the root.
    static std::optional<QString> canonicalPath(const QString &sent);
    static QString parentPath(const QString &canonical);

    void clear(); // just the root directory

    const DbfsEntry *find(const QString &path) const;
    // Direct children sorted by path.
    QList<const DbfsEntry *> children(const QString &directory) const;
    // `path` and everything below it, parents before children.
    QList<const DbfsEntry *> subtree(const QString &path) const;
    int count() const { return int(m_entries.size()); }

    // mkdir -p. A file anywhere on the way is AlreadyExists.
    DbfsResult mkdirs(const QString &path);
    // Replaces or creates the file at `path` with `data`, creating parents.
    // The old contents stay until the new ones are fully on disk.
    DbfsResult writeFile(const QString &path, QByteArrayView data, bool overwrite);
    // An empty file (truncating an existing one when `overwrite`).
    DbfsResult createFile(const QString &path, bool overwrite);
    DbfsResult append(const QString &path, QByteArrayView data);
    // At most `length` bytes from `offset`; empty at or past the end.
    std::optional<QByteArray> read(const QString &path, qint64 offset, qint64 length) const;
    // Whole file contents, for tests and seeding.
    std::optional<QByteArray> contents(const QString &path) const;

    // Deletes at most `limit` files (directories are free) of `path`'s
    // subtree, deepest first; `*deleted` counts removed files. Returns Ok
    // with `*complete` false when the limit stopped it early.
    DbfsResult remove(const QString &path, bool recursive, qint64 limit, qint64 *deleted,
                      bool *complete);
    DbfsResult move(const QString &source, const QString &destination);

    QString backingDirectory() const { return m_dir.path(); }

private:
    QString backingPath(qint64 id) const;
    DbfsResult ensureParents(const QString &path);
    void touch(DbfsEntry &entry);

    const EmulatorClock &m_clock;
    QTemporaryDir m_dir;
    QMap<QString, DbfsEntry> m_entries; // canonical path -> entry, "/" always there
    qint64 m_nextBackingId = 1;
};

} // namespace brickdesk::emulator
