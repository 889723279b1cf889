#include "core/transfers/localnames.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

bool isForbidden(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f || u"/\\<>:\"|?*"_s.contains(c);
}

// CON, PRN, AUX, NUL, COM1-9, LPT1-9 (also with an extension, "con.txt",
// and the superscript digits Windows treats alike).
bool isWindowsReserved(const QString &name)
{
    static const QRegularExpression reserved(
        u"^(CON|PRN|AUX|NUL|COM[1-9\u00b9\u00b2\u00b3]|LPT[1-9\u00b9\u00b2\u00b3])(\\..*)?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return reserved.match(name).hasMatch();
}

// Cuts `text` to at most `maxBytes` of UTF-8 without splitting a character.
QString truncatedUtf8(const QString &text, int maxBytes)
{
    QString result;
    int bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size();
        const QString character = pair ? text.mid(i, 2) : text.mid(i, 1);
        const int size = int(character.toUtf8().size());
        if (bytes + size > maxBytes)
            break;
        result += character;
        bytes += size;
        if (pair)
            ++i;
    }
    return result;
}

// Splits "archive.tar.gz" into "archive" and ".tar.gz"; hidden files
// (".bashrc") have no extension.
std::pair<QString, QString> splitExtension(const QString &name)
{
    const qsizetype dot = name.indexOf(u'.', 1);
    if (dot <= 0)
        return {name, {}};
    QString extension = name.mid(dot);
    // A long "extension" is a dotted name, not an extension.
    if (extension.size() > 16) {
        const qsizetype last = name.lastIndexOf(u'.');
        extension = last > 0 ? name.mid(last) : QString();
    }
    return {name.left(name.size() - extension.size()), extension};
}

// Windows drops trailing dots and spaces, so "a." and "a" would collide.
QString withoutTrailingDotsAndSpaces(QString name)
{
    while (!name.isEmpty() && (name.endsWith(u'.') || name.endsWith(u' ')))
        name.chop(1);
    return name;
}

QString fitName(const QString &stem, const QString &extension)
{
    const int extensionBytes = int(extension.toUtf8().size());
    QString name;
    if (extensionBytes >= LocalNames::kMaxNameBytes / 2)
        name = truncatedUtf8(stem + extension, LocalNames::kMaxNameBytes);
    else
        name = truncatedUtf8(stem, LocalNames::kMaxNameBytes - extensionBytes) + extension;
    // Cutting may end the name on a space or dot ("long name .txt" cut to
    // "long name "), which Windows would drop again.
    name = withoutTrailingDotsAndSpaces(name);
    return name.isEmpty() ? u"_"_s : name;
}

} // namespace

QString LocalNames::sanitize(const QString &remoteName)
{
    QString name;
    name.reserve(remoteName.size());
    // One form for one name: macOS file systems treat "é" and "e" + combining
    // accent as the same name, so composed is what goes to disk and what
    // the allocator compares.
    const QString composed = remoteName.normalized(QString::NormalizationForm_C);
    for (const QChar c : composed)
        name += isForbidden(c) ? u'_' : c;
    name = withoutTrailingDotsAndSpaces(name);
    if (name.isEmpty())
        name = u"_"_s;
    if (isWindowsReserved(name))
        name.prepend(u'_');
    const auto [stem, extension] = splitExtension(name);
    return fitName(stem, extension);
}

QString LocalNames::numbered(const QString &name, int n)
{
    // The number stays whole even when the stem must be shortened for it.
    const auto [stem, extension] = splitExtension(name);
    return fitName(stem, u" (%1)"_s.arg(n) + extension);
}

namespace {
// The key two names share when a case-insensitive, normalising file system
// (Windows, macOS) would store them as one.
QString nameKey(const QString &name)
{
    return name.normalized(QString::NormalizationForm_C).toCaseFolded();
}
} // namespace

LocalNameAllocator::LocalNameAllocator(const QStringList &taken)
{
    for (const QString &name : taken)
        m_taken.insert(nameKey(name));
}

bool LocalNameAllocator::isTaken(const QString &name) const
{
    return m_taken.contains(nameKey(name));
}

QString LocalNameAllocator::allocate(const QString &remoteName)
{
    const QString safe = LocalNames::sanitize(remoteName);
    QString candidate = safe;
    for (int n = 2; isTaken(candidate); ++n)
        candidate = LocalNames::numbered(safe, n);
    m_taken.insert(nameKey(candidate));
    return candidate;
}

} // namespace brickdesk
