#pragma once

#include "core/emulator/emulatorarea.h"
#include "core/emulator/httpmessage.h"

#include <QStringList>

namespace brickdesk::emulator {

class Router;

// The signed-in user as SCIM sees it: GET /api/2.0/preview/scim/v2/Me.
struct ScimUser
{
    QString userName;
    QString displayName;
    QString id;
    QStringList groups;
};

class ScimApi : public EmulatorArea
{
public:
    ScimApi(const ScimUser &user, const QString &workspaceId);
    void registerRoutes(Router &router) override;

    void setUser(const ScimUser &user) { m_user = user; }
    const ScimUser &user() const { return m_user; }

    HttpResponse me(const HttpRequest &request) const;

private:
    ScimUser m_user;
    QString m_workspaceId;
};

} // namespace brickdesk::emulator
