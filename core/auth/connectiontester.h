#pragma once

#include "core/net/apierror.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace brickdesk {

class ApiClient;

// "Test connection": asks SCIM Me who we are and turns the outcome into one
// plain sentence per cause, so the user knows what to fix.
class ConnectionTester
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionTester)

public:
    enum class Outcome {
        Connected,
        InvalidToken,      // 403: the token is wrong, expired or revoked
        MissingCredential, // 401: nothing usable was sent
        UnknownHost,       // DNS failed
        TlsFailure,        // certificate problem; details carry the certificate
        TimedOut,
        OtherFailure,
    };
    struct Result
    {
        Outcome outcome = Outcome::OtherFailure;
        QString userName;    // when connected
        QString displayName; // when connected
        QString message;     // one sentence for the user
        QString details;     // TLS certificate details, server error text
    };

    static void test(ApiClient *client, QObject *context, std::function<void(const Result &)> done);
    static Result interpret(const ApiError &error);
};

} // namespace brickdesk
