#include "app/common/arearegistry.h"
#include "app/dbfs/dbfspage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace brickdesk {

void registerDbfsArea(AreaRegistry &registry)
{
    registry.add({
        .id = u"dbfs"_s,
        .name = [] { return QCoreApplication::translate("brickdesk::Areas", "DBFS"); },
        .iconPath = u":/icons/nav-dbfs.svg"_s,
        .order = 40,
        .createPage = [] { return new DbfsPage; },
        .legacyIndex = 3,
    });
}

} // namespace brickdesk
