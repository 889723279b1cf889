#pragma once

#include <QIcon>
#include <QModelIndex>

namespace brickdesk {

// Maps what WorkspaceModel says about a row (object type, language, row
// kind) to its icon. The model lives in core and has no QIcon; the view
// asks here instead.
class WorkspaceIcons
{
public:
    static QIcon forIndex(const QModelIndex &index);
    static QIcon forObject(const QString &objectType, const QString &language, bool isGitFolder);

private:
    static QIcon cached(const QString &name);
};

} // namespace brickdesk
