#include "app/common/arearegistry.h"
#include "app/secrets/secretspage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace brickdesk {

void registerSecretsArea(AreaRegistry &registry)
{
    registry.add({
        .id = u"secrets"_s,
        .name = [] { return QCoreApplication::translate("brickdesk::Areas", "Secrets"); },
        .iconPath = u":/icons/nav-secrets.svg"_s,
        .order = 50,
        .createPage = [] { return new SecretsPage; },
        .legacyIndex = 4,
    });
}

} // namespace brickdesk
