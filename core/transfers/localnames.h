#pragma once

#include <QSet>
#include <QString>

namespace brickdesk {

// Turns remote names (workspace objects, DBFS files) into names that are safe
// to create on this computer and on the systems users copy them to: no path
// separators or "..", nothing Windows refuses (reserved device names, <>:"|?*,
// trailing dots or spaces, control characters), at most 255 bytes of UTF-8.
// A remote name can never make a transfer write outside its target folder.
namespace LocalNames {

inline constexpr int kMaxNameBytes = 255;

// One path segment, made safe. Never empty, never "." or "..".
QString sanitize(const QString &remoteName);

// "report (2).csv" for n = 2: the number goes before the extension.
QString numbered(const QString &name, int n);

} // namespace LocalNames

// Hands out unique safe names within one local folder. Names are compared
// case-insensitively, because two remote names that differ only in case
// would overwrite each other on Windows and macOS.
class LocalNameAllocator
{
public:
    // Names already taken in the folder (existing files), if any.
    explicit LocalNameAllocator(const QStringList &taken = {});

    // A safe, unused name for `remoteName`, and marks it taken.
    QString allocate(const QString &remoteName);
    bool isTaken(const QString &name) const;

private:
    QSet<QString> m_taken; // case-folded
};

} // namespace brickdesk
