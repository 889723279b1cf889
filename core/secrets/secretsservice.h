#pragma once

#include "core/net/apierror.h"
#include "core/secrets/secrettypes.h"

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace brickdesk {

class ApiCall;
class ApiClient;

// The Secrets API (/api/2.0/secrets/...) as typed, asynchronous calls: one
// request each through the workspace's client, `done` called once unless
// `context` goes first. Values travel only inside the call that puts or
// reads them; nothing here keeps or logs them.
class SecretsService
{
public:
    using Done = std::function<void(const std::optional<ApiError> &error)>;
    using ScopesDone =
        std::function<void(const std::optional<ApiError> &error, const QList<SecretScope> &)>;
    using KeysDone =
        std::function<void(const std::optional<ApiError> &error, const QList<SecretKeyInfo> &)>;
    using AclsDone =
        std::function<void(const std::optional<ApiError> &error, const QList<SecretAcl> &)>;
    using ValueDone =
        std::function<void(const std::optional<ApiError> &error, const QByteArray &value)>;

    // A value to put: text goes as string_value, anything else as
    // bytes_value (base64), exactly one of them.
    struct Value
    {
        QByteArray bytes;
        bool isText = true;
    };

    explicit SecretsService(ApiClient *client);
    ApiClient *client() const;

    // There is no call for one scope: list all and pick.
    ApiCall *listScopes(QObject *context, ScopesDone done) const;
    // A Databricks-backed scope. With `manageByAllUsers` every workspace
    // user gets MANAGE ("users", the only initial principal the API takes);
    // otherwise the creator does.
    ApiCall *createScope(const QString &scope, bool manageByAllUsers, QObject *context,
                         Done done) const;
    ApiCall *deleteScope(const QString &scope, QObject *context, Done done) const;

    ApiCall *listKeys(const QString &scope, QObject *context, KeysDone done) const;
    // Creates or overwrites `key`.
    ApiCall *putSecret(const QString &scope, const QString &key, const Value &value,
                       QObject *context, Done done) const;
    ApiCall *deleteSecret(const QString &scope, const QString &key, QObject *context,
                          Done done) const;
    // The stored bytes, decoded. Many workspaces refuse this outside a
    // notebook with 400 BAD_REQUEST: see isValueReadingRefused().
    ApiCall *getSecretValue(const QString &scope, const QString &key, QObject *context,
                            ValueDone done) const;

    ApiCall *listAcls(const QString &scope, QObject *context, AclsDone done) const;
    // Creates the principal's entry or overwrites its level.
    ApiCall *putAcl(const QString &scope, const SecretAcl &acl, QObject *context, Done done) const;
    ApiCall *deleteAcl(const QString &scope, const QString &principal, QObject *context,
                       Done done) const;

    // The workspace does not let values be read through the API (not a
    // problem with the scope or key).
    static bool isValueReadingRefused(const ApiError &error);

private:
    QPointer<ApiClient> m_client;
};

} // namespace brickdesk
