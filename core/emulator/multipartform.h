#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace brickdesk::emulator {

// One part of a multipart/form-data body, as views into that body: no byte
// of a (possibly gigabyte-sized) file part is copied. Valid only while the
// body it was parsed from lives.
struct MultipartPart
{
    QByteArrayView name;
    QByteArrayView fileName;
    bool hasFileName = false;
    QByteArrayView data;
};

// multipart/form-data as SDKs send it for workspace import and DBFS put:
// simple fields plus file parts. Only what the emulator needs; no nested
// multiparts.
struct MultipartForm
{
    QMap<QString, QByteArray> fields; // by part name; file parts included
    QMap<QString, QString> fileNames; // part name -> filename, for file parts

    // nullopt when the Content-Type has no boundary or the body is malformed.
    static std::optional<MultipartForm> parse(const QByteArray &contentType,
                                              const QByteArray &body);
    // The same without copying: views into `body`, in body order.
    static std::optional<QList<MultipartPart>> parseParts(const QByteArray &contentType,
                                                          QByteArrayView body);
    static bool isMultipart(const QByteArray &contentType);
};

} // namespace brickdesk::emulator
