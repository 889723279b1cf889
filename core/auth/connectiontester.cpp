#include "core/auth/connectiontester.h"

#include "core/auth/scimservice.h"
#include "core/net/apiclient.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace brickdesk {

ConnectionTester::Result ConnectionTester::interpret(const ApiError &error)
{
    Result result;
    result.details = error.details;
    switch (error.kind) {
    case ApiError::Kind::Tls:
        result.outcome = Outcome::TlsFailure;
        result.message = tr("The workspace's certificate is not trusted: %1").arg(error.message);
        return result;
    case ApiError::Kind::Timeout:
        result.outcome = Outcome::TimedOut;
        result.message = tr("The workspace did not answer in time. Check the URL, your network "
                            "and the proxy settings.");
        return result;
    case ApiError::Kind::Network:
        if (error.message.contains("not found"_L1)) {
            result.outcome = Outcome::UnknownHost;
            result.message = tr("The host was not found. Check the workspace URL.");
        } else {
            result.outcome = Outcome::OtherFailure;
            result.message = error.message;
        }
        return result;
    case ApiError::Kind::Http:
        break;
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::InvalidResponse:
        result.message = error.message;
        return result;
    }
    if (error.httpStatus == 403) {
        result.outcome = Outcome::InvalidToken;
        result.message = tr("The workspace refused the token: it is wrong, expired or revoked. "
                            "Create a new one in the workspace's user settings.");
    } else if (error.httpStatus == 401) {
        result.outcome = Outcome::MissingCredential;
        result.message = tr("No usable credential was sent. Enter a token or sign in.");
    } else {
        result.message = error.toString();
    }
    result.details = error.details.isEmpty() ? error.toString() : error.details;
    return result;
}

void ConnectionTester::test(ApiClient *client, QObject *context,
                            std::function<void(const Result &)> done)
{
    ScimService(client).me(context, [done = std::move(done)](const std::optional<ApiError> &error,
                                                             const CurrentUser &user) {
        if (error) {
            done(interpret(*error));
            return;
        }
        Result result;
        result.outcome = Outcome::Connected;
        result.userName = user.userName;
        result.displayName = user.displayName;
        result.message = tr("Connected as %1.").arg(result.userName);
        done(result);
    });
}

} // namespace brickdesk
