#include "tests/support/localfiles.h"

#include "core/emulator/dbfsstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace brickdesk::test {

bool writeLocal(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readLocal(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

QStringList localTree(const QString &root)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QString relative = QDir(root).relativeFilePath(it.filePath());
        entries << (it.fileInfo().isDir() ? relative + u'/' : relative);
    }
    entries.sort();
    return entries;
}

QStringList dbfsStoreTree(emulator::DbfsStore &store, const QString &root)
{
    QStringList entries;
    for (const emulator::DbfsEntry *entry : store.subtree(root)) {
        if (entry->path == root)
            continue;
        entries << entry->path.mid(root.size() + 1) + (entry->isDir ? u"/"_s : QString());
    }
    entries.sort();
    return entries;
}

} // namespace brickdesk::test
