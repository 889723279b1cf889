#include "core/notebook/ziparchive.h"

#include <QCoreApplication>
#include <QtEndian>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndOfCentral = 0x06054b50;
constexpr quint16 kUtf8Flag = 0x0800;

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

quint16 get16(const QByteArray &in, qsizetype at)
{
    return qFromLittleEndian<quint16>(in.constData() + at);
}

quint32 get32(const QByteArray &in, qsizetype at)
{
    return qFromLittleEndian<quint32>(in.constData() + at);
}

bool fail(QString *error, const char *text)
{
    if (error)
        *error = QCoreApplication::translate("ZipArchive", text);
    return false;
}

// Deflate never expands by more than 1032:1 (zlib's documented maximum).
constexpr qsizetype kMaxDeflateRatio = 1032;

std::optional<QByteArray> inflateRaw(const QByteArray &compressed, qsizetype expectedSize)
{
    // The size comes from the archive's own header: a few hundred bytes
    // claiming gigabytes would otherwise allocate them before inflate() can
    // tell the entry is corrupt (found by fuzz_dbc).
    if (expectedSize > compressed.size() * kMaxDeflateRatio + 64)
        return std::nullopt;
    QByteArray out(expectedSize, Qt::Uninitialized);
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return std::nullopt;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = inflate(&stream, Z_FINISH);
    inflateEnd(&stream);
    if (result != Z_STREAM_END || qsizetype(stream.total_out) != expectedSize)
        return std::nullopt;
    return out;
}

} // namespace

quint32 ZipArchive::crc32(const QByteArray &data)
{
    return quint32(::crc32(::crc32(0L, Z_NULL, 0),
                           reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
}

bool ZipArchive::looksLikeZip(const QByteArray &data)
{
    return data.size() >= 22 && data.startsWith("PK");
}

QByteArray ZipArchive::write(const QList<ZipEntry> &entries)
{
    QByteArray out;
    QByteArray central;
    for (const ZipEntry &entry : entries) {
        const QByteArray name = entry.name.toUtf8();
        const quint32 crc = crc32(entry.data);
        const auto offset = quint32(out.size());
        // Fixed DOS timestamp (1980-01-01): archives are reproducible byte for byte.
        const auto header = [&](QByteArray &target, bool isCentral) {
            put32(target, isCentral ? kCentralHeader : kLocalHeader);
            if (isCentral)
                put16(target, 20); // version made by
            put16(target, 20);     // version needed
            put16(target, kUtf8Flag);
            put16(target, 0);    // stored
            put16(target, 0);    // time
            put16(target, 0x21); // date
            put32(target, crc);
            put32(target, quint32(entry.data.size()));
            put32(target, quint32(entry.data.size()));
            put16(target, quint16(name.size()));
            put16(target, 0); // extra length
            if (isCentral) {
                put16(target, 0); // comment length
                put16(target, 0); // disk
                put16(target, 0); // internal attributes
                put32(target, 0); // external attributes
                put32(target, offset);
            }
            target.append(name);
        };
        header(out, false);
        out.append(entry.data);
        header(central, true);
    }
    const auto centralOffset = quint32(out.size());
    out.append(central);
    put32(out, kEndOfCentral);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

std::optional<QList<ZipEntry>> ZipArchive::read(const QByteArray &archive, QString *error)
{
    // Find the end-of-central-directory record, which may be followed by a comment.
    qsizetype eocd = -1;
    for (qsizetype at = archive.size() - 22; at >= 0 && at >= archive.size() - 22 - 0xffff; --at) {
        if (get32(archive, at) == kEndOfCentral) {
            eocd = at;
            break;
        }
    }
    if (eocd < 0) {
        fail(error, QT_TRANSLATE_NOOP("ZipArchive", "Not a ZIP archive."));
        return std::nullopt;
    }
    const quint16 count = get16(archive, eocd + 10);
    qsizetype at = get32(archive, eocd + 16);
    QList<ZipEntry> entries;
    for (quint16 i = 0; i < count; ++i) {
        if (at + 46 > archive.size() || get32(archive, at) != kCentralHeader) {
            fail(error, QT_TRANSLATE_NOOP("ZipArchive", "Corrupt ZIP central directory."));
            return std::nullopt;
        }
        const quint16 method = get16(archive, at + 10);
        const quint32 crc = get32(archive, at + 16);
        const quint32 compressedSize = get32(archive, at + 20);
        const quint32 size = get32(archive, at + 24);
        const quint16 nameLength = get16(archive, at + 28);
        const quint16 extraLength = get16(archive, at + 30);
        const quint16 commentLength = get16(archive, at + 32);
        const quint32 localOffset = get32(archive, at + 42);
        ZipEntry entry;
        entry.name = QString::fromUtf8(archive.mid(at + 46, nameLength));
        at += 46 + nameLength + extraLength + commentLength;

        if (qsizetype(localOffset) + 30 > archive.size() ||
            get32(archive, localOffset) != kLocalHeader) {
            fail(error, QT_TRANSLATE_NOOP("ZipArchive", "Corrupt ZIP entry header."));
            return std::nullopt;
        }
        const qsizetype dataAt =
            localOffset + 30 + get16(archive, localOffset + 26) + get16(archive, localOffset + 28);
        if (dataAt + qsizetype(compressedSize) > archive.size()) {
            fail(error, QT_TRANSLATE_NOOP("ZipArchive", "Truncated ZIP entry."));
            return std::nullopt;
        }
        const QByteArray raw = archive.mid(dataAt, compressedSize);
        if (method == 0) {
            entry.data = raw;
        } else if (method == 8) {
            const auto inflated = inflateRaw(raw, size);
            if (!inflated) {
                fail(error, QT_TRANSLATE_NOOP("ZipArchive", "Corrupt deflated ZIP entry."));
                return std::nullopt;
            }
            entry.data = *inflated;
        } else {
            fail(error, QT_TRANSLATE_NOOP("ZipArchive", "Unsupported ZIP compression method."));
            return std::nullopt;
        }
        if (crc32(entry.data) != crc) {
            fail(error, QT_TRANSLATE_NOOP("ZipArchive", "ZIP entry checksum mismatch."));
            return std::nullopt;
        }
        if (!entry.name.endsWith(u'/')) // directory entries carry no content
            entries.append(entry);
    }
    return entries;
}

} // namespace brickdesk
