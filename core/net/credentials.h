#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace brickdesk {

// How the client proves who it is. Implementations hold the secret and add it
// to each request; the client reads it only to send it and to redact it from
// any text it produces.
//
// Credentials may expire (OAuth access tokens). Their state gates the host's
// request queue: attempts wait while the credentials are not Ready and are
// replayed once they are, so a token refresh or a new sign-in never shows up
// as failed calls.
class Credentials : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Ready,          // authorizationHeader() can be sent
        Renewing,       // fetching a fresh token; calls wait
        WaitingForUser, // the user must sign in again; calls wait
        Failed,         // cannot recover; waiting calls fail with failureMessage()
    };
    Q_ENUM(State)

    using QObject::QObject;

    // The User-Agent auth/<type> value: "pat", "oauth-m2m", "databricks-cli".
    virtual QString authType() const = 0;
    // The value of the Authorization header, "Bearer ...". Empty: none.
    virtual QByteArray authorizationHeader() const = 0;
    // Every secret string that must never appear in logs or error texts.
    virtual QList<QByteArray> secretsToRedact() const = 0;

    State state() const { return m_state; }
    QString failureMessage() const { return m_failureMessage; }
    // The server refused `header`: renew if it is still the current one.
    // Returns whether the refused call should wait and be replayed.
    virtual bool rejected(const QByteArray &header)
    {
        Q_UNUSED(header);
        return false;
    }
    // Ask for a valid token if there is none (called when calls are waiting).
    virtual void ensureValid() {}

signals:
    void stateChanged(brickdesk::Credentials::State state);

protected:
    void setState(State state, const QString &failureMessage = {})
    {
        m_failureMessage = failureMessage;
        if (m_state == state)
            return;
        m_state = state;
        emit stateChanged(state);
    }

private:
    State m_state = State::Ready;
    QString m_failureMessage;
};

// A personal access token (or any static bearer token). Never expires from
// the client's point of view: a 403 is the user's to fix.
class BearerTokenCredentials final : public Credentials
{
    Q_OBJECT

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
