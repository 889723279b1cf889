#include "app/common/arearegistry.h"

namespace brickdesk {

// Each area's register.cpp.
void registerWorkspaceArea(AreaRegistry &registry);
void registerJobsArea(AreaRegistry &registry);
void registerClustersArea(AreaRegistry &registry);
void registerPipelinesArea(AreaRegistry &registry);
void registerDbfsArea(AreaRegistry &registry);
void registerSecretsArea(AreaRegistry &registry);

// The one place that lists the application's areas: adding an area is one
// line here plus its own folder.
void registerBuiltInAreas(AreaRegistry &registry)
{
    registerWorkspaceArea(registry);
    registerJobsArea(registry);
    registerClustersArea(registry);
    registerPipelinesArea(registry);
    registerDbfsArea(registry);
    registerSecretsArea(registry);
}

} // namespace brickdesk
