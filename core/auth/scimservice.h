#pragma once

#include "core/net/apierror.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QJsonObject;

namespace brickdesk {

class ApiCall;
class ApiClient;

// The signed-in identity as SCIM reports it.
struct CurrentUser
{
    QString userName;    // "ana@example.com", or a service principal's application id
    QString displayName; // may be empty or equal to userName
    // The display names of the groups the user is in directly, as Me lists
    // them ("admins", "data-engineers"). Every user is also in "users".
    QStringList groups;

    static CurrentUser fromJson(const QJsonObject &json);
};

// Someone or something a permission can be granted to.
struct Principal
{
    enum class Kind { User, Group, ServicePrincipal };

    Kind kind = Kind::User;
    // What a secret ACL names: a user's userName, a group's displayName, a
    // service principal's applicationId (not its display name).
    QString aclName;
    QString displayName;

    bool operator==(const Principal &) const = default;

    // What an ACL entry names when nothing else is known: a service
    // principal by its application id (a UUID), a user by an e-mail-like
    // name, a group otherwise.
    static Kind kindOfAclName(const QString &aclName);
    // "User", "Group", "Service principal", translated.
    static QString kindName(Kind kind);
};

// Typed SCIM calls; the only place that knows their REST paths.
class ScimService
{
public:
    using MeDone = std::function<void(const std::optional<ApiError> &, const CurrentUser &)>;

    using PrincipalsDone =
        std::function<void(const std::optional<ApiError> &, const QList<Principal> &)>;

    explicit ScimService(ApiClient *client);

    // Who the client's credentials belong to: the cheapest call every
    // workspace answers, so it also proves that a connection works.
    ApiCall *me(QObject *context, MeDone done) const;

    // Users, groups and service principals whose names contain `text` (or
    // whose application id is `text`), up to 20 of each, in that order;
    // empty text lists the first ones. The three lists are asked for at
    // once and `done` runs once, when all have answered: with what was found
    // and, if a list failed, its error (what the others found is kept).
    void searchPrincipals(const QString &text, QObject *context, PrincipalsDone done) const;
    // `text` as a quoted SCIM filter value: "a \"b\"".
    static QString filterValue(const QString &text);

private:
    QPointer<ApiClient> m_client;
};

} // namespace brickdesk
