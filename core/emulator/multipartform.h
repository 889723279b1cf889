#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

namespace brickdesk::emulator {

// multipart/form-data as SDKs send it for workspace import: simple fields
// plus one file part. Only what the emulator needs; no nested multiparts.
struct MultipartForm
{
    QMap<QString, QByteArray> fields; // by part name; file parts included
    QMap<QString, QString> fileNames; // part name -> filename, for file parts

    // nullopt when the Content-Type has no boundary or the body is malformed.
    static std::optional<MultipartForm> parse(const QByteArray &contentType,
                                              const QByteArray &body);
    static bool isMultipart(const QByteArray &contentType);
};

} // namespace brickdesk::emulator
