#pragma once

#include "core/net/activityrecord.h"
#include "core/net/apiclient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QNetworkReply;

namespace brickdesk {

// One call in flight: sends the request through the host's scheduler,
// retries what is safe to retry, and delivers exactly one ApiReply. Owned by
// the ApiClient; deletes itself after delivering.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ApiCall(ApiClient *client, ApiRequest request, QObject *context, ReplyHandler handler);
    ~ApiCall() override;

    const ApiRequest &request() const { return m_request; }
    int attempts() const { return m_attempts; }
    // Stops the call; the handler receives an ApiError of kind Cancelled.
    void cancel();

    // Called by the scheduler when a slot is free and the host is not paused.
    void startAttempt();
    void start();

private:
    void onReplyFinished();
    void handleFailure(const ApiError &error, std::optional<int> retryAfterMs);
    void deliver(ApiReply reply);
    void abandon();
    ApiError networkError(QNetworkReply *reply) const;

    QPointer<ApiClient> m_client;
    ApiRequest m_request;
    QPointer<QObject> m_context;
    bool m_hasContext;
    ReplyHandler m_handler;
    QNetworkReply *m_reply = nullptr;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    ActivityRecord m_record;
    int m_attempts = 0;
    bool m_timedOut = false;
    bool m_done = false;
};

} // namespace brickdesk
