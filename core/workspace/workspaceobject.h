#pragma once

#include <QJsonObject>
#include <QString>

namespace brickdesk {

// One entry of a workspace listing (the API's ObjectInfo). Fields the API
// omits keep their "absent" value: -1 for numbers, empty for strings.
struct WorkspaceObject
{
    QString path;       // "/Users/someone@example.com/Report"
    QString name;       // last path segment: "Report"
    QString objectType; // "NOTEBOOK", "DIRECTORY", ... kept verbatim, even unknown ones
    QString language;   // "PYTHON", "SCALA", "SQL", "R"; notebooks only
    qint64 objectId = 0;
    QString resourceId;
    qint64 createdAt = -1;  // epoch ms
    qint64 modifiedAt = -1; // epoch ms
    qint64 size = -1;       // bytes; files only
    bool isGitFolder = false;

    // Directories and repos have children that are listed on demand.
    bool isContainer() const;

    bool operator==(const WorkspaceObject &) const = default;

    // Reads one ObjectInfo. Ids go through jsonId() so values above 2^53
    // stay exact.
    static WorkspaceObject fromJson(const QJsonObject &json);
    static QString nameFromPath(const QString &path);
};

// The object types the API documents. Anything else (MLFLOW_EXPERIMENT,
// DESIGNER_FILE, ...) is shown as a generic object, never as an error.
namespace ObjectType {
inline constexpr QLatin1StringView Directory{"DIRECTORY"};
inline constexpr QLatin1StringView Repo{"REPO"};
inline constexpr QLatin1StringView Notebook{"NOTEBOOK"};
inline constexpr QLatin1StringView File{"FILE"};
inline constexpr QLatin1StringView Library{"LIBRARY"};
inline constexpr QLatin1StringView Dashboard{"DASHBOARD"};
} // namespace ObjectType

} // namespace brickdesk
