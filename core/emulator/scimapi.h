#pragma once

#include "core/emulator/emulatorarea.h"
#include "core/emulator/httpmessage.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace brickdesk::emulator {

class Router;

// A workspace user as SCIM sees it; the signed-in one answers
// GET /api/2.0/preview/scim/v2/Me.
struct ScimUser
{
    QString userName; // the e-mail address
    QString displayName;
    QString id;
    QStringList groups; // group display names
    bool active = true;
};

struct ScimServicePrincipal
{
    QString id;
    QString applicationId; // a UUID: what ACLs name the service principal by
    QString displayName;
    QStringList groups;
    bool active = true;
};

// Everyone besides the signed-in user. Groups are listed by name; their
// members are whoever names them (and `users` holds every user).
struct ScimDirectory
{
    QList<ScimUser> users;
    QStringList groups;
    QList<ScimServicePrincipal> servicePrincipals;

    void clear() { *this = {}; }
};

// /api/2.0/preview/scim/v2/: Me, and the Users, Groups and ServicePrincipals
// lists with SCIM paging (startIndex, count) and filters (eq, ne, co, sw, ew,
// pr, joined by and / or).
class ScimApi : public EmulatorArea
{
public:
    ScimApi(const ScimUser &user, const QString &workspaceId);
    void registerRoutes(Router &router) override;
    void seed(const SeedContext &context) override;

    void setUser(const ScimUser &user) { m_user = user; }
    const ScimUser &user() const { return m_user; }
    ScimDirectory &directory() { return m_directory; }
    const ScimDirectory &directory() const { return m_directory; }

    HttpResponse me(const HttpRequest &request) const;
    HttpResponse listUsers(const HttpRequest &request) const;
    HttpResponse listGroups(const HttpRequest &request) const;
    HttpResponse listServicePrincipals(const HttpRequest &request) const;

    // Who ACLs may name (the Permissions API checks principals against them).
    QList<ScimUser> allUsers() const; // the signed-in user first
    QStringList allGroups() const;    // admins, users, then the directory's

    // The stable numeric-looking id of the group named `name`.
    static QString groupId(const QString &name);
    // {"schemas":[...Error],"detail":…,"status":"<status>"} plus scimType when given.
    static HttpResponse scimError(int status, const QString &detail, const QString &scimType = {});

private:
    QJsonObject userJson(const ScimUser &user) const;
    QJsonObject groupJson(const QString &name) const;
    static QJsonObject servicePrincipalJson(const ScimServicePrincipal &principal);

    ScimUser m_user;
    ScimDirectory m_directory;
    QString m_workspaceId;
};

} // namespace brickdesk::emulator
