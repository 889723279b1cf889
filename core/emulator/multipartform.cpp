#include "core/emulator/multipartform.h"

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

QByteArrayView parameter(QByteArrayView header, QByteArrayView name)
{
    // Parameters look like `name="value"` or `name=value`, separated by ';'.
    qsizetype at = 0;
    while (at <= header.size()) {
        qsizetype end = header.indexOf(';', at);
        if (end < 0)
            end = header.size();
        const QByteArrayView piece = header.sliced(at, end - at).trimmed();
        at = end + 1;
        if (piece.size() <= name.size() || piece.at(name.size()) != '=' ||
            piece.first(name.size()).compare(name, Qt::CaseInsensitive) != 0)
            continue;
        QByteArrayView value = piece.sliced(name.size() + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.sliced(1, value.size() - 2);
        return value;
    }
    return {};
}

// QByteArrayView::indexOf switches to Boyer-Moore for long haystacks: a file
// part can be a gigabyte long, and its closing delimiter is only found by
// scanning all of it.
qsizetype find(QByteArrayView haystack, QByteArrayView needle, qsizetype from)
{
    return from > haystack.size() ? -1 : haystack.indexOf(needle, from);
}

} // namespace

bool MultipartForm::isMultipart(const QByteArray &contentType)
{
    return contentType.trimmed().toLower().startsWith("multipart/form-data");
}

std::optional<QList<MultipartPart>> MultipartForm::parseParts(const QByteArray &contentType,
                                                              QByteArrayView body)
{
    const QByteArray boundary = parameter(contentType, "boundary").toByteArray();
    if (boundary.isEmpty())
        return std::nullopt;
    const QByteArray delimiter = "--" + boundary;
    const QByteArray separator = "\r\n" + delimiter;
    QList<MultipartPart> parts;
    qsizetype at = find(body, delimiter, 0);
    if (at < 0)
        return std::nullopt;
    while (true) {
        at += delimiter.size();
        if (body.sliced(at).startsWith("--"))
            break; // closing delimiter
        if (body.sliced(at).startsWith("\r\n"))
            at += 2;
        const qsizetype split = find(body, "\r\n\r\n", at);
        if (split < 0)
            return std::nullopt;
        const qsizetype next = find(body, separator, split + 4);
        if (next < 0)
            return std::nullopt;
        MultipartPart part;
        const QByteArrayView headers = body.sliced(at, split - at);
        qsizetype lineStart = 0;
        while (lineStart <= headers.size()) {
            qsizetype lineEnd = headers.indexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = headers.size();
            const QByteArrayView line = headers.sliced(lineStart, lineEnd - lineStart).trimmed();
            lineStart = lineEnd + 1;
            constexpr QByteArrayView disposition = "content-disposition:";
            if (line.size() < disposition.size() ||
                line.first(disposition.size()).compare(disposition, Qt::CaseInsensitive) != 0)
                continue;
            part.name = parameter(line, "name");
            part.fileName = parameter(line, "filename");
            part.hasFileName = line.toByteArray().toLower().contains("filename=");
        }
        part.data = body.sliced(split + 4, next - split - 4);
        if (!part.name.isEmpty())
            parts.append(part);
        at = next + 2;
    }
    return parts;
}

std::optional<MultipartForm> MultipartForm::parse(const QByteArray &contentType,
                                                  const QByteArray &body)
{
    const auto parts = parseParts(contentType, body);
    if (!parts)
        return std::nullopt;
    MultipartForm form;
    for (const MultipartPart &part : *parts) {
        const QString key = QString::fromUtf8(part.name);
        form.fields.insert(key, part.data.toByteArray());
        if (part.hasFileName)
            form.fileNames.insert(key, QString::fromUtf8(part.fileName));
    }
    return form;
}

} // namespace brickdesk::emulator
