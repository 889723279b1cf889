#include "app/common/arearegistry.h"
#include "app/jobs/jobspage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace brickdesk {

void registerJobsArea(AreaRegistry &registry)
{
    registry.add({
        .id = u"jobs"_s,
        .name = [] { return QCoreApplication::translate("brickdesk::Areas", "Jobs"); },
        .iconPath = u":/icons/nav-jobs.svg"_s,
        .order = 20,
        .createPage = [] { return new JobsPage; },
        .legacyIndex = 1,
    });
}

} // namespace brickdesk
