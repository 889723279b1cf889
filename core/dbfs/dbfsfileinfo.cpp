#include "core/dbfs/dbfsfileinfo.h"

#include "core/dbfs/dbfsservice.h"

using namespace Qt::StringLiterals;

namespace brickdesk {

DbfsFileInfo DbfsFileInfo::fromJson(const QJsonObject &json)
{
    DbfsFileInfo info;
    // Paths are sometimes echoed with the "dbfs:" scheme.
    info.path = DbfsService::apiPath(json.value("path"_L1).toString());
    info.name = nameFromPath(info.path);
    info.isDir = json.value("is_dir"_L1).toBool();
    // toInteger() keeps sizes above 2^31 exact.
    info.size = info.isDir ? 0 : json.value("file_size"_L1).toInteger(0);
    const QJsonValue modified = json.value("modification_time"_L1);
    info.modificationTime = modified.isDouble() ? modified.toInteger(-1) : -1;
    return info;
}

QString DbfsFileInfo::nameFromPath(const QString &path)
{
    QStringView view(path);
    while (view.size() > 1 && view.endsWith(u'/'))
        view.chop(1);
    if (view == u"/")
        return {};
    const qsizetype slash = view.lastIndexOf(u'/');
    return (slash < 0 ? view : view.mid(slash + 1)).toString();
}

} // namespace brickdesk
