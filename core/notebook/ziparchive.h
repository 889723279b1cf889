#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace brickdesk {

struct ZipEntry
{
    QString name; // relative path with '/' separators
    QByteArray data;
};

// Just enough ZIP for DBC archives: writes stored (uncompressed) entries with
// CRC-32, reads stored and deflated entries (real DBC files are deflated).
class ZipArchive
{
public:
    static QByteArray write(const QList<ZipEntry> &entries);
    static std::optional<QList<ZipEntry>> read(const QByteArray &archive, QString *error = nullptr);
    static bool looksLikeZip(const QByteArray &data);
    static quint32 crc32(const QByteArray &data);
};

} // namespace brickdesk
