#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace brickdesk {

// One DBFS entry (the API's FileInfo). `path` is the API form ("/tmp/a.csv",
// never "dbfs:/..."); DbfsService::displayPath() gives what users read.
struct DbfsFileInfo
{
    QString path;
    QString name; // last path segment; empty for the root
    bool isDir = false;
    qint64 size = 0;              // bytes; 0 for directories
    qint64 modificationTime = -1; // epoch ms; -1 when the API omitted it

    bool isValid() const { return !path.isEmpty(); }
    bool operator==(const DbfsFileInfo &) const = default;

    // Reads one FileInfo. Omitted keys (the API leaves proto3 defaults out) keep
    // their default: no "is_dir" is a file, no "file_size" is 0 bytes.
    static DbfsFileInfo fromJson(const QJsonObject &json);
    static QString nameFromPath(const QString &path);
};

} // namespace brickdesk

Q_DECLARE_METATYPE(brickdesk::DbfsFileInfo)
