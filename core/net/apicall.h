#pragma once

#include "core/net/activityrecord.h"
#include "core/net/apiclient.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <optional>

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

    // Queues the first attempt; called once by ApiClient::send().
    void start();
    // Called by the scheduler when a slot is free and the host is not paused.
    void startAttempt();
    // Called by the scheduler when the credentials cannot be recovered.
    void failCredentials(const QString &reason);

signals:
    // Bytes of the current attempt; a retry starts again from zero. Total
    // is -1 when unknown.
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal);
    void downloadProgress(qint64 bytesReceived, qint64 bytesTotal);

private:
    QNetworkReply *sendRequest(const QNetworkRequest &request);
    void onReplyFinished();
    void handleFailure(const ApiError &error, std::optional<int> retryAfterMs);
    void deliver(ApiReply reply);
    // The context object died: stop silently, without calling the handler.
    void abandon();
    void stopTraffic();
    ApiError networkError(QNetworkReply *reply) const;

    QPointer<ApiClient> m_client;
    ApiRequest m_request;
    QPointer<QObject> m_context;
    bool m_hasContext;
    ReplyHandler m_handler;
    QNetworkReply *m_reply = nullptr;
    QTimer m_retryTimer;
    QTimer m_stallTimer; // the transfer timeout: restarts whenever bytes move
    QList<QSslError> m_sslErrors;
    QNetworkReply::NetworkError m_lastNetworkError = QNetworkReply::NoError;
    QElapsedTimer m_elapsed;
    ActivityRecord m_record;
    QByteArray m_sentAuthorization; // to tell a stale token from a wrong one
    int m_attempts = 0;
    int m_authReplays = 0;
    bool m_timedOut = false;
    bool m_done = false;
};

} // namespace brickdesk
