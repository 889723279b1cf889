#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace brickdesk::emulator {
class DbfsStore;
}

namespace brickdesk::test {

// Writes `bytes` to `path`, making its folders first. False on any error.
bool writeLocal(const QString &path, const QByteArray &bytes);

// The whole file, or "<missing>" when it cannot be read (so a comparison
// with the bytes expected fails loudly instead of matching empty content).
QByteArray readLocal(const QString &path);

// Every file and folder below `root`, relative and sorted; folders end
// with "/". Hidden entries included, so a leftover ".part" shows.
QStringList localTree(const QString &root);

// The same listing of the emulator's DBFS below `root`, to compare with a
// local tree after a transfer.
QStringList dbfsStoreTree(emulator::DbfsStore &store, const QString &root);

} // namespace brickdesk::test
