#pragma once

#include <QByteArray>
#include <QString>

namespace brickdesk {

// How the client proves who it is. Implementations hold the secret and add it
// to each request; the client never reads the secret itself except to redact
// it from any text it produces.
class Credentials
{
public:
    virtual ~Credentials() = default;
    // The User-Agent auth/<type> value: "pat", "oauth-m2m", "databricks-cli".
    virtual QString authType() const = 0;
    // The value of the Authorization header, "Bearer dapi...". Empty: none.
    virtual QByteArray authorizationHeader() const = 0;
    // Every secret string that must never appear in logs or error texts.
    virtual QList<QByteArray> secretsToRedact() const = 0;
};

// A personal access token (or any static bearer token).
class BearerTokenCredentials final : public Credentials
{
public:
    explicit BearerTokenCredentials(QByteArray token, QString authType = QStringLiteral("pat"))
        : m_token(std::move(token))
        , m_authType(std::move(authType))
    {}
    QString authType() const override { return m_authType; }
    QByteArray authorizationHeader() const override
    {
        return m_token.isEmpty() ? QByteArray() : QByteArrayLiteral("Bearer ") + m_token;
    }
    QList<QByteArray> secretsToRedact() const override { return {m_token}; }

private:
    QByteArray m_token;
    QString m_authType;
};

} // namespace brickdesk
