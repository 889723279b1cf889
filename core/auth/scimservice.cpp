#include "core/auth/scimservice.h"

#include "core/net/apiclient.h"
#include "core/net/replyhandlers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <memory>

using namespace Qt::StringLiterals;

namespace brickdesk {

Principal::Kind Principal::kindOfAclName(const QString &aclName)
{
    static const QRegularExpression uuid(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    if (uuid.match(aclName).hasMatch())
        return Kind::ServicePrincipal;
    if (aclName.contains(u'@'))
        return Kind::User;
    return Kind::Group;
}

QString Principal::kindName(Kind kind)
{
    switch (kind) {
    case Kind::User:
        return QCoreApplication::translate("brickdesk::ScopeAclModel", "User");
    case Kind::Group:
        return QCoreApplication::translate("brickdesk::ScopeAclModel", "Group");
    case Kind::ServicePrincipal:
        return QCoreApplication::translate("brickdesk::ScopeAclModel", "Service principal");
    }
    return {};
}

CurrentUser CurrentUser::fromJson(const QJsonObject &json)
{
    CurrentUser user{
        json.value("userName"_L1).toString(), json.value("displayName"_L1).toString(), {}};
    for (const QJsonValue &group : json.value("groups"_L1).toArray()) {
        const QString name = group.toObject().value("display"_L1).toString();
        if (!name.isEmpty())
            user.groups.append(name);
    }
    return user;
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

QString ScimService::filterValue(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', "\\\\"_L1);
    escaped.replace(u'"', "\\\""_L1);
    return u'"' + escaped + u'"';
}

namespace {

struct PrincipalSearch
{
    int waiting = 3;
    QList<Principal> users, groups, servicePrincipals;
    std::optional<ApiError> error;
    ScimService::PrincipalsDone done;
};

} // namespace

void ScimService::searchPrincipals(const QString &text, QObject *context, PrincipalsDone done) const
{
    if (!m_client)
        return;
    const QString base = u"/api/2.0/preview/scim/v2/"_s;
    const QString value = filterValue(text.trimmed());
    const bool all = text.trimmed().isEmpty();
    auto search = std::make_shared<PrincipalSearch>();
    search->done = std::move(done);

    const auto request = [&](const QString &resource, const QString &filter, const QString &attrs) {
        ApiRequest r = ApiRequest::get(base + resource).query(u"count"_s, qint64(20));
        r.query(u"attributes"_s, attrs);
        if (!all)
            r.query(u"filter"_s, filter);
        return r;
    };
    const auto handler = [search](QList<Principal> *into, Principal::Kind kind) {
        return [search, into, kind](const ApiReply &reply) {
            if (reply.ok()) {
                for (const QJsonValue &v : reply.json().value("Resources"_L1).toArray()) {
                    const QJsonObject json = v.toObject();
                    Principal p;
                    p.kind = kind;
                    p.displayName = json.value("displayName"_L1).toString();
                    switch (kind) {
                    case Principal::Kind::User:
                        p.aclName = json.value("userName"_L1).toString();
                        break;
                    case Principal::Kind::Group:
                        p.aclName = p.displayName;
                        break;
                    case Principal::Kind::ServicePrincipal:
                        p.aclName = json.value("applicationId"_L1).toString();
                        break;
                    }
                    if (p.displayName.isEmpty())
                        p.displayName = p.aclName;
                    if (!p.aclName.isEmpty())
                        into->append(p);
                }
            } else if (!search->error) {
                search->error = reply.error();
            }
            if (--search->waiting == 0)
                search->done(search->error,
                             search->users + search->groups + search->servicePrincipals);
        };
    };
    m_client->send(request(u"Users"_s, u"userName co %1 or displayName co %1"_s.arg(value),
                           u"userName,displayName"_s),
                   context, handler(&search->users, Principal::Kind::User));
    m_client->send(request(u"Groups"_s, u"displayName co %1"_s.arg(value), u"displayName"_s),
                   context, handler(&search->groups, Principal::Kind::Group));
    m_client->send(request(u"ServicePrincipals"_s,
                           u"displayName co %1 or applicationId eq %1"_s.arg(value),
                           u"applicationId,displayName"_s),
                   context, handler(&search->servicePrincipals, Principal::Kind::ServicePrincipal));
}

} // namespace brickdesk
