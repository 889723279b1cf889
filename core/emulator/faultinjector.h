#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace brickdesk::emulator {

struct FaultRule
{
    enum class Kind {
        RateLimit,      // 429 REQUEST_LIMIT_EXCEEDED + Retry-After
        Latency,        // delay, then the request proceeds
        ServerError,    // 5xx with a Databricks error body
        DropConnection, // abort the socket without answering
        MalformedBody,  // 200 with a truncated, non-JSON body
        CannedResponse, // exactly `status`, `contentType` and `body`
    };

    Kind kind = Kind::ServerError;
    QString pathPattern = QStringLiteral("*"); // '*' matches any characters, '/' included
    QByteArray method;                         // empty: any method
    int remaining = -1;                        // requests left to affect; -1: unlimited
    int retryAfterSeconds = 1;                 // RateLimit; ServerError when > 0
    int latencyMs = 0;                         // Latency
    int status = 503;                          // ServerError, CannedResponse
    int skip = 0;                              // matching requests to let through first
    // DropConnection: by default the answer's headers go out and the
    // connection closes mid-body, which QNetworkAccessManager reports as
    // RemoteHostClosedError on exactly one request. With abortBeforeAnswer the
    // socket is aborted before any byte; QNAM then silently re-sends the
    // request once, so one client call arrives (and is dropped) twice.
    bool abortBeforeAnswer = false;
    QByteArray contentType = "application/json; charset=utf-8"; // CannedResponse
    QByteArray body;                                            // CannedResponse

    bool matches(const QByteArray &requestMethod, const QString &path) const;
};

// What to do with one request: wait `latencyMs`, then apply `fault` if any.
struct FaultDecision
{
    int latencyMs = 0;
    std::optional<FaultRule> fault;
};

// Rules tests and the executable add to make the emulator misbehave on
// purpose. Latency rules add up; of the other rules the first matching one
// applies. Each applied rule uses up one of its `remaining` requests, so
// "fail twice then succeed" is a rule with remaining = 2.
class FaultInjector
{
public:
    int addRule(const FaultRule &rule); // returns an id for removeRule()
    void removeRule(int id);
    void clear();
    QList<FaultRule> rules() const;
    bool isEmpty() const { return m_rules.isEmpty(); }

    int rateLimit(const QString &pathPattern, int retryAfterSeconds = 1, int count = -1);
    int latency(const QString &pathPattern, int ms, int count = -1);
    int serverError(const QString &pathPattern, int status = 503, int count = -1,
                    int retryAfterSeconds = 0);
    int dropConnection(const QString &pathPattern, int count = -1);
    int malformedBody(const QString &pathPattern, int count = -1);

    // Consumes one use of every rule it applies.
    FaultDecision decide(const QByteArray &method, const QString &path);

    // Parses the textual form used by `brickdesk-emulator --fault`:
    //   <kind>:<path-pattern>[:key=value]...
    // kinds: rate-limit, latency, error, drop, malformed; keys: count, skip,
    // method, retry-after (seconds; rate-limit, error), ms (latency), status
    // (error), mode=abort|mid-body (drop). Examples:
    //   rate-limit:/api/2.0/workspace/*:retry-after=2:count=3
    //   latency:*:ms=20
    //   error:/api/2.0/workspace/list:status=503:count=1
    static std::optional<FaultRule> parse(const QString &spec, QString *error = nullptr);
    static QString kindName(FaultRule::Kind kind);

private:
    struct Entry
    {
        int id;
        FaultRule rule;
    };
    QList<Entry> m_rules;
    int m_nextId = 1;
};

} // namespace brickdesk::emulator
