#pragma once

#include "core/net/activityrecord.h"
#include "core/net/apireply.h"
#include "core/net/apirequest.h"
#include "core/net/retrypolicy.h"

#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace brickdesk {

class ApiCall;
class Credentials;
class RequestScheduler;

using ReplyHandler = std::function<void(const ApiReply &)>;

// The REST client of one connected workspace. Owns its network access
// manager and the host's request queue, which every view and transfer of the
// workspace shares (concurrency budget, 429 pauses). Calls are asynchronous
// and each one delivers exactly one ApiReply to its handler, on the context
// object's thread, unless the context was destroyed first.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    // host: "https://adb-123.azuredatabricks.net" or a loopback http URL.
    ApiClient(const QUrl &host, std::shared_ptr<Credentials> credentials,
              QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl host() const { return m_host; }
    QString authType() const;
    QString userAgent() const;

    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    // How many requests may be on the wire at once (default 8).
    void setMaxConcurrentRequests(int count);
    int maxConcurrentRequests() const;
    // Abort a request when no byte moves for this long (default 60 s).
    void setDefaultTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }
    int defaultTransferTimeout() const { return m_transferTimeoutMs; }

    // Per-workspace network settings: the proxy to use (default: the
    // system's) and extra certificate authorities to trust besides the
    // system's (a corporate TLS-inspecting proxy). Nothing here weakens TLS.
    void setProxy(const QNetworkProxy &proxy);
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates)
    {
        m_extraCaCertificates = certificates;
    }
    const QList<QSslCertificate> &extraCaCertificates() const { return m_extraCaCertificates; }

    // Sends the request. `handler` runs once, with the result or the error.
    // If `context` is destroyed first the call is cancelled and the handler
    // never runs. The returned ApiCall may be used to cancel; it deletes
    // itself after delivering.
    ApiCall *send(const ApiRequest &request, QObject *context, ReplyHandler handler);

    // Replaces every credential in `text` with "[redacted]".
    QString redact(QString text) const;

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    RequestScheduler *scheduler() const { return m_scheduler; }
    Credentials &credentials() const { return *m_credentials; }
    quint64 nextCallId() { return ++m_lastCallId; }

signals:
    // Every call, when it is first queued and when it ends (for the
    // activity panel). Never carries headers or bodies.
    void callStarted(const brickdesk::ActivityRecord &record);
    void callFinished(const brickdesk::ActivityRecord &record);

private:
    QUrl m_host;
    std::shared_ptr<Credentials> m_credentials;
    QNetworkAccessManager *m_nam;
    RequestScheduler *m_scheduler;
    RetryPolicy m_retryPolicy;
    int m_transferTimeoutMs = 60'000;
    QList<QSslCertificate> m_extraCaCertificates;
    quint64 m_lastCallId = 0;
};

} // namespace brickdesk
