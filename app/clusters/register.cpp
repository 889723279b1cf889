#include "app/clusters/clusterspage.h"
#include "app/common/arearegistry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace brickdesk {

void registerClustersArea(AreaRegistry &registry)
{
    registry.add({
        .id = u"clusters"_s,
        .name = [] { return QCoreApplication::translate("brickdesk::Areas", "Clusters"); },
        .iconPath = u":/icons/nav-clusters.svg"_s,
        .order = 30,
        .createPage = [] { return new ClustersPage; },
        .legacyIndex = 2,
    });
}

} // namespace brickdesk
