#include "core/emulator/scimapi.h"

#include "core/emulator/router.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

ScimApi::ScimApi(const ScimUser &user, const QString &workspaceId)
    : m_user(user)
    , m_workspaceId(workspaceId)
{}

void ScimApi::registerRoutes(Router &router)
{
    router.route("GET", u"/api/2.0/preview/scim/v2/Me"_s,
                 [this](const HttpRequest &r) { return me(r); });
}

HttpResponse ScimApi::me(const HttpRequest &request) const
{
    Q_UNUSED(request);
    QJsonArray groups;
    for (const QString &group : m_user.groups) {
        // Stable numeric-looking group ids derived from the name.
        const QByteArray hash = QCryptographicHash::hash(group.toUtf8(), QCryptographicHash::Sha1);
        const QString id =
            QString::number(qFromBigEndian<quint64>(hash.constData()) % 9'000'000'000'000'000ULL);
        groups.append(QJsonObject{{"display"_L1, group},
                                  {"type"_L1, u"direct"_s},
                                  {"value"_L1, id},
                                  {"$ref"_L1, u"Groups/"_s + id}});
    }
    const QString given = m_user.displayName.section(u' ', 0, 0);
    const QString family = m_user.displayName.section(u' ', 1);
    const QJsonObject body{
        {"schemas"_L1, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:User"_s,
                                  u"urn:ietf:params:scim:schemas:extension:workspace:2.0:User"_s}},
        {"id"_L1, m_user.id},
        {"userName"_L1, m_user.userName},
        {"displayName"_L1, m_user.displayName},
        {"name"_L1, QJsonObject{{"givenName"_L1, given}, {"familyName"_L1, family}}},
        {"active"_L1, true},
        {"emails"_L1,
         QJsonArray{QJsonObject{
             {"type"_L1, u"work"_s}, {"value"_L1, m_user.userName}, {"primary"_L1, true}}}},
        {"groups"_L1, groups},
        {"entitlements"_L1, QJsonArray{QJsonObject{{"value"_L1, u"workspace-access"_s}},
                                       QJsonObject{{"value"_L1, u"allow-cluster-create"_s}}}},
    };
    HttpResponse response = HttpResponse::json(body);
    response.setHeader("X-Databricks-Org-Id", m_workspaceId.toUtf8());
    return response;
}

} // namespace brickdesk::emulator
