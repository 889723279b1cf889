#include "app/common/arearegistry.h"
#include "app/workspace/workspacepage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace brickdesk {

void registerWorkspaceArea(AreaRegistry &registry)
{
    registry.add({
        .id = u"workspace"_s,
        .name = [] { return QCoreApplication::translate("brickdesk::Areas", "Workspace"); },
        .iconPath = u":/icons/nav-workspace.svg"_s,
        .order = 10,
        .createPage = [] { return new WorkspacePage; },
        .legacyIndex = 0,
    });
}

} // namespace brickdesk
