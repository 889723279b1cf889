#include "app/common/arearegistry.h"
#include "app/pipelines/pipelinespage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace brickdesk {

void registerPipelinesArea(AreaRegistry &registry)
{
    registry.add({
        .id = u"pipelines"_s,
        .name = [] { return QCoreApplication::translate("brickdesk::Areas", "Pipelines"); },
        .iconPath = u":/icons/nav-pipelines.svg"_s,
        .order = 35,
        .createPage = [] { return new PipelinesPage; },
    });
}

} // namespace brickdesk
