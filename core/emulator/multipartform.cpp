#include "core/emulator/multipartform.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

QByteArray parameter(const QByteArray &header, const QByteArray &name)
{
    // Parameters look like `name="value"` or `name=value`, separated by ';'.
    for (QByteArray piece : header.split(';')) {
        piece = piece.trimmed();
        if (!piece.toLower().startsWith(name + '='))
            continue;
        QByteArray value = piece.mid(name.size() + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

} // namespace

bool MultipartForm::isMultipart(const QByteArray &contentType)
{
    return contentType.trimmed().toLower().startsWith("multipart/form-data");
}

std::optional<MultipartForm> MultipartForm::parse(const QByteArray &contentType,
                                                  const QByteArray &body)
{
    const QByteArray boundary = parameter(contentType, "boundary");
    if (boundary.isEmpty())
        return std::nullopt;
    const QByteArray delimiter = "--" + boundary;
    MultipartForm form;
    qsizetype at = body.indexOf(delimiter);
    if (at < 0)
        return std::nullopt;
    while (true) {
        at += delimiter.size();
        if (body.mid(at, 2) == "--")
            break; // closing delimiter
        if (body.mid(at, 2) == "\r\n")
            at += 2;
        const qsizetype next = body.indexOf("\r\n" + delimiter, at);
        if (next < 0)
            return std::nullopt;
        const QByteArray part = body.mid(at, next - at);
        const qsizetype split = part.indexOf("\r\n\r\n");
        if (split < 0)
            return std::nullopt;
        const QList<QByteArray> headerLines = part.left(split).split('\n');
        QByteArray name;
        QByteArray fileName;
        bool hasFileName = false;
        for (const QByteArray &rawLine : headerLines) {
            const QByteArray line = rawLine.trimmed();
            if (!line.toLower().startsWith("content-disposition:"))
                continue;
            name = parameter(line, "name");
            fileName = parameter(line, "filename");
            hasFileName = line.toLower().contains("filename=");
        }
        if (!name.isEmpty()) {
            const QString key = QString::fromUtf8(name);
            form.fields.insert(key, part.mid(split + 4));
            if (hasFileName)
                form.fileNames.insert(key, QString::fromUtf8(fileName));
        }
        at = next + 2;
    }
    return form;
}

} // namespace brickdesk::emulator
