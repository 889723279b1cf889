#include "core/emulator/scimapi.h"

#include "core/emulator/demoseed.h"
#include "core/emulator/router.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QtEndian>

#include <optional>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

const QString kBase = u"/api/2.0/preview/scim/v2/"_s;
const QString kListSchema = u"urn:ietf:params:scim:api:messages:2.0:ListResponse"_s;

// A resource as a list answers it, with the values its filterable
// attributes hold (lower-case attribute name -> values).
struct Listed
{
    QJsonObject json;
    QHash<QString, QStringList> attributes;
};

struct Comparison
{
    QString attribute; // lower case
    QString op;        // eq, ne, co, sw, ew, pr
    QString value;
};

// Disjunctive form: any group matches when all its comparisons do ("and"
// binds tighter than "or").
using Filter = QList<QList<Comparison>>;

struct Token
{
    QString text;
    bool quoted = false;
};

std::optional<QList<Token>> tokenize(const QString &text, QString *error)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'(' || c == u')' || c == u'[' || c == u']') {
            *error = u"Grouping with '%1' is not supported in filters."_s.arg(c);
            return std::nullopt;
        }
        if (c == u'"') {
            QString value;
            ++i;
            bool closed = false;
            while (i < text.size()) {
                const QChar d = text.at(i++);
                if (d == u'\\' && i < text.size()) {
                    value += text.at(i++);
                } else if (d == u'"') {
                    closed = true;
                    break;
                } else {
                    value += d;
                }
            }
            if (!closed) {
                *error = u"Unterminated string in filter."_s;
                return std::nullopt;
            }
            tokens.append({value, true});
            continue;
        }
        QString word;
        while (i < text.size() && !text.at(i).isSpace() && text.at(i) != u'"')
            word += text.at(i++);
        tokens.append({word, false});
    }
    return tokens;
}

std::optional<Filter> parseFilter(const QString &text, const QStringList &known, QString *error)
{
    const auto tokens = tokenize(text, error);
    if (!tokens)
        return std::nullopt;
    static const QStringList ops{u"eq"_s, u"ne"_s, u"co"_s, u"sw"_s, u"ew"_s, u"pr"_s};
    Filter filter{{}};
    qsizetype i = 0;
    while (true) {
        if (i >= tokens->size() || tokens->at(i).quoted) {
            *error = u"Expected an attribute name in filter: %1"_s.arg(text);
            return std::nullopt;
        }
        Comparison comparison;
        comparison.attribute = tokens->at(i++).text.toLower();
        if (!known.contains(comparison.attribute)) {
            *error = u"Unsupported filter attribute: %1"_s.arg(tokens->at(i - 1).text);
            return std::nullopt;
        }
        if (i >= tokens->size() || tokens->at(i).quoted ||
            !ops.contains(tokens->at(i).text.toLower())) {
            *error = u"Expected an operator (eq, ne, co, sw, ew, pr) in filter: %1"_s.arg(text);
            return std::nullopt;
        }
        comparison.op = tokens->at(i++).text.toLower();
        if (comparison.op != "pr"_L1) {
            if (i >= tokens->size()) {
                *error = u"Expected a value in filter: %1"_s.arg(text);
                return std::nullopt;
            }
            const Token &value = tokens->at(i++);
            const QString word = value.text.toLower();
            if (!value.quoted && word != "true"_L1 && word != "false"_L1) {
                *error = u"Expected a quoted value in filter: %1"_s.arg(text);
                return std::nullopt;
            }
            comparison.value = value.quoted ? value.text : word;
        }
        filter.last().append(comparison);
        if (i >= tokens->size())
            return filter;
        const QString joiner = tokens->at(i).quoted ? QString() : tokens->at(i).text.toLower();
        ++i;
        if (joiner == "or"_L1)
            filter.append(QList<Comparison>{});
        else if (joiner != "and"_L1) {
            *error = u"Expected 'and' or 'or' in filter: %1"_s.arg(text);
            return std::nullopt;
        }
    }
}

bool matches(const Comparison &comparison, const QStringList &values)
{
    const auto any = [&](auto predicate) {
        return std::any_of(values.begin(), values.end(), predicate);
    };
    const QString &v = comparison.value;
    if (comparison.op == "pr"_L1)
        return any([](const QString &value) { return !value.isEmpty(); });
    if (comparison.op == "eq"_L1)
        return any(
            [&](const QString &value) { return value.compare(v, Qt::CaseInsensitive) == 0; });
    if (comparison.op == "ne"_L1)
        return !any(
            [&](const QString &value) { return value.compare(v, Qt::CaseInsensitive) == 0; });
    if (comparison.op == "co"_L1)
        return any([&](const QString &value) { return value.contains(v, Qt::CaseInsensitive); });
    if (comparison.op == "sw"_L1)
        return any([&](const QString &value) { return value.startsWith(v, Qt::CaseInsensitive); });
    return any([&](const QString &value) { return value.endsWith(v, Qt::CaseInsensitive); });
}

bool matches(const Filter &filter, const Listed &resource)
{
    for (const QList<Comparison> &all : filter) {
        bool ok = true;
        for (const Comparison &comparison : all)
            ok = ok && matches(comparison, resource.attributes.value(comparison.attribute));
        if (ok)
            return true;
    }
    return false;
}

// A SCIM ListResponse of `resources` after `filter`, `startIndex` (1-based)
// and `count`.
HttpResponse listResponse(const HttpRequest &request, const QList<Listed> &resources,
                          const QStringList &known)
{
    const auto number = [&](const QString &key, qint64 fallback) -> std::optional<qint64> {
        if (!request.hasQuery(key))
            return fallback;
        bool ok = false;
        const qint64 value = request.queryValue(key).toLongLong(&ok);
        return ok ? std::optional<qint64>(value) : std::nullopt;
    };
    const auto start = number(u"startIndex"_s, 1);
    if (!start)
        return ScimApi::scimError(
            400, u"Invalid startIndex: %1"_s.arg(request.queryValue(u"startIndex"_s)),
            u"invalidValue"_s);
    const auto count = number(u"count"_s, resources.size());
    if (!count)
        return ScimApi::scimError(400, u"Invalid count: %1"_s.arg(request.queryValue(u"count"_s)),
                                  u"invalidValue"_s);

    QList<const Listed *> matching;
    const QString filterText = request.queryValue(u"filter"_s).trimmed();
    if (filterText.isEmpty()) {
        for (const Listed &resource : resources)
            matching.append(&resource);
    } else {
        QString error;
        const auto filter = parseFilter(filterText, known, &error);
        if (!filter)
            return ScimApi::scimError(400, error, u"invalidFilter"_s);
        for (const Listed &resource : resources)
            if (matches(*filter, resource))
                matching.append(&resource);
    }

    // A startIndex below 1 counts as 1 and a negative count as 0.
    const qint64 first = std::max<qint64>(1, *start);
    const qint64 size = std::max<qint64>(0, *count);
    QJsonArray page;
    for (qint64 i = first - 1; i < matching.size() && page.size() < size; ++i)
        page.append(matching.at(i)->json);
    QJsonObject body{{"schemas"_L1, QJsonArray{kListSchema}},
                     {"totalResults"_L1, matching.size()},
                     {"startIndex"_L1, first},
                     {"itemsPerPage"_L1, page.size()}};
    if (!page.isEmpty())
        body.insert("Resources"_L1, page);
    return HttpResponse::json(body);
}

QJsonObject memberRef(const QString &display, const QString &id, const QString &kind)
{
    return QJsonObject{{"display"_L1, display}, {"value"_L1, id}, {"$ref"_L1, kind + u'/' + id}};
}

QJsonArray groupRefs(const QStringList &groups)
{
    QJsonArray out;
    for (const QString &group : groups) {
        QJsonObject ref = memberRef(group, ScimApi::groupId(group), u"Groups"_s);
        ref.insert("type"_L1, u"direct"_s);
        out.append(ref);
    }
    return out;
}

} // namespace

ScimApi::ScimApi(const ScimUser &user, const QString &workspaceId)
    : m_user(user)
    , m_workspaceId(workspaceId)
{}

void ScimApi::registerRoutes(Router &router)
{
    router.route("GET", kBase + "Me"_L1, [this](const HttpRequest &r) { return me(r); });
    router.route("GET", kBase + "Users"_L1, [this](const HttpRequest &r) { return listUsers(r); });
    router.route("GET", kBase + "Groups"_L1,
                 [this](const HttpRequest &r) { return listGroups(r); });
    router.route("GET", kBase + "ServicePrincipals"_L1,
                 [this](const HttpRequest &r) { return listServicePrincipals(r); });
}

void ScimApi::seed(const SeedContext &context)
{
    DemoSeed::seedDirectory(m_directory, context.demo());
}

QString ScimApi::groupId(const QString &name)
{
    // Stable numeric-looking group ids derived from the name.
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1);
    return QString::number(qFromBigEndian<quint64>(hash.constData()) % 9'000'000'000'000'000ULL);
}

HttpResponse ScimApi::scimError(int status, const QString &detail, const QString &scimType)
{
    QJsonObject body{{"schemas"_L1, QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:Error"_s}},
                     {"detail"_L1, detail},
                     {"status"_L1, QString::number(status)}};
    if (!scimType.isEmpty())
        body.insert("scimType"_L1, scimType);
    return HttpResponse::json(body, status);
}

QList<ScimUser> ScimApi::allUsers() const
{
    QList<ScimUser> users{m_user};
    for (const ScimUser &user : m_directory.users)
        if (user.userName.compare(m_user.userName, Qt::CaseInsensitive) != 0)
            users.append(user);
    return users;
}

QStringList ScimApi::allGroups() const
{
    QStringList groups{u"admins"_s, u"users"_s};
    const auto add = [&groups](const QStringList &names) {
        for (const QString &name : names)
            if (!groups.contains(name))
                groups.append(name);
    };
    add(m_directory.groups);
    add(m_user.groups);
    return groups;
}

QJsonObject ScimApi::userJson(const ScimUser &user) const
{
    const QString given = user.displayName.section(u' ', 0, 0);
    const QString family = user.displayName.section(u' ', 1);
    return QJsonObject{
        {"schemas"_L1, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:User"_s,
                                  u"urn:ietf:params:scim:schemas:extension:workspace:2.0:User"_s}},
        {"id"_L1, user.id},
        {"userName"_L1, user.userName},
        {"displayName"_L1, user.displayName},
        {"name"_L1, QJsonObject{{"givenName"_L1, given}, {"familyName"_L1, family}}},
        {"active"_L1, user.active},
        {"emails"_L1,
         QJsonArray{QJsonObject{
             {"type"_L1, u"work"_s}, {"value"_L1, user.userName}, {"primary"_L1, true}}}},
        {"groups"_L1, groupRefs(user.groups)},
        {"entitlements"_L1, QJsonArray{QJsonObject{{"value"_L1, u"workspace-access"_s}},
                                       QJsonObject{{"value"_L1, u"allow-cluster-create"_s}}}},
    };
}

QJsonObject ScimApi::groupJson(const QString &name) const
{
    QJsonArray members;
    const bool everyone = name == "users"_L1;
    for (const ScimUser &user : allUsers())
        if (everyone || user.groups.contains(name))
            members.append(memberRef(user.displayName, user.id, u"Users"_s));
    for (const ScimServicePrincipal &principal : m_directory.servicePrincipals)
        if (principal.groups.contains(name))
            members.append(memberRef(principal.displayName, principal.id, u"ServicePrincipals"_s));
    QJsonObject out{{"schemas"_L1, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:Group"_s}},
                    {"id"_L1, groupId(name)},
                    {"displayName"_L1, name}};
    if (!members.isEmpty())
        out.insert("members"_L1, members);
    return out;
}

QJsonObject ScimApi::servicePrincipalJson(const ScimServicePrincipal &principal)
{
    return QJsonObject{
        {"schemas"_L1, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal"_s}},
        {"id"_L1, principal.id},
        {"applicationId"_L1, principal.applicationId},
        {"displayName"_L1, principal.displayName},
        {"active"_L1, principal.active},
        {"groups"_L1, groupRefs(principal.groups)},
    };
}

HttpResponse ScimApi::me(const HttpRequest &request) const
{
    Q_UNUSED(request);
    HttpResponse response = HttpResponse::json(userJson(m_user));
    response.setHeader("X-Databricks-Org-Id", m_workspaceId.toUtf8());
    return response;
}

HttpResponse ScimApi::listUsers(const HttpRequest &request) const
{
    QList<Listed> users;
    for (const ScimUser &user : allUsers())
        users.append({userJson(user),
                      {{u"id"_s, {user.id}},
                       {u"username"_s, {user.userName}},
                       {u"displayname"_s, {user.displayName}},
                       {u"emails.value"_s, {user.userName}},
                       {u"emails"_s, {user.userName}},
                       {u"active"_s, {user.active ? u"true"_s : u"false"_s}}}});
    return listResponse(
        request, users,
        {u"id"_s, u"username"_s, u"displayname"_s, u"emails.value"_s, u"emails"_s, u"active"_s});
}

HttpResponse ScimApi::listGroups(const HttpRequest &request) const
{
    QList<Listed> groups;
    for (const QString &name : allGroups())
        groups.append({groupJson(name), {{u"id"_s, {groupId(name)}}, {u"displayname"_s, {name}}}});
    return listResponse(request, groups, {u"id"_s, u"displayname"_s});
}

HttpResponse ScimApi::listServicePrincipals(const HttpRequest &request) const
{
    QList<Listed> principals;
    for (const ScimServicePrincipal &principal : m_directory.servicePrincipals)
        principals.append({servicePrincipalJson(principal),
                           {{u"id"_s, {principal.id}},
                            {u"applicationid"_s, {principal.applicationId}},
                            {u"displayname"_s, {principal.displayName}},
                            {u"active"_s, {principal.active ? u"true"_s : u"false"_s}}}});
    return listResponse(request, principals,
                        {u"id"_s, u"applicationid"_s, u"displayname"_s, u"active"_s});
}

} // namespace brickdesk::emulator
