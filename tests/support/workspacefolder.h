#pragma once

#include "core/workspace/workspaceobject.h"

namespace brickdesk::test {

// A workspace folder as the browser lists it, to hand to a folder export.
inline WorkspaceObject workspaceFolder(const QString &path)
{
    WorkspaceObject folder;
    folder.path = path;
    folder.name = WorkspaceObject::nameFromPath(path);
    folder.objectType = QStringLiteral("DIRECTORY");
    return folder;
}

} // namespace brickdesk::test
