#include "core/auth/scimservice.h"

#include "core/net/apiclient.h"
#include "core/net/replyhandlers.h"

using namespace Qt::StringLiterals;

namespace brickdesk {

CurrentUser CurrentUser::fromJson(const QJsonObject &json)
{
    return {json.value("userName"_L1).toString(), json.value("displayName"_L1).toString()};
}

ScimService::ScimService(ApiClient *client)
    : m_client(client)
{}

ApiCall *ScimService::me(QObject *context, MeDone done) const
{
    if (!m_client)
        return nullptr;
    return m_client->send(ApiRequest::get(u"/api/2.0/preview/scim/v2/Me"_s), context,
                          oneObject(&CurrentUser::fromJson, std::move(done)));
}

} // namespace brickdesk
