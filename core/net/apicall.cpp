#include "core/net/apicall.h"

#include "core/net/apinetworkaccessmanager.h"
#include "core/net/credentials.h"
#include "core/net/logging.h"
#include "core/net/requestscheduler.h"

#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// Retry-After is integer seconds in practice; an HTTP date is
// accepted too. Absent on a 429 means "about a second".
std::optional<int> retryAfterMs(const QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return std::max(0, seconds) * 1000;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (when.isValid())
        return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0, 600'000));
    return std::nullopt;
}

bool isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

bool isRetryableStatus(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}

QString describeCertificateProblems(const QList<QSslError> &errors)
{
    QStringList lines;
    for (const QSslError &error : errors) {
        QString line = error.errorString();
        const QSslCertificate certificate = error.certificate();
        if (!certificate.isNull()) {
            line += ApiCall::tr(" — certificate for “%1”, issued by “%2”, valid %3 to %4, "
                                "SHA-256 %5")
                        .arg(certificate.subjectInfo(QSslCertificate::CommonName).join(u", "_s),
                             certificate.issuerInfo(QSslCertificate::CommonName).join(u", "_s),
                             certificate.effectiveDate().toString(Qt::ISODate),
                             certificate.expiryDate().toString(Qt::ISODate),
                             QString::fromLatin1(
                                 certificate.digest(QCryptographicHash::Sha256).toHex(':')));
        }
        lines << line;
    }
    return lines.join(u'\n');
}

} // namespace

ApiCall::ApiCall(ApiClient *client, ApiRequest request, QObject *context, ReplyHandler handler)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_handler(std::move(handler))
{
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this,
            [this] { m_client->scheduler()->enqueue(this); });
    m_stallTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    if (context)
        connect(context, &QObject::destroyed, this, &ApiCall::abandon);
}

ApiCall::~ApiCall()
{
    // A call dies early when its client does (see ~ApiClient): it must still
    // give back its slot and leave the queue.
    if (m_client)
        stopTraffic();
}

void ApiCall::start()
{
    m_elapsed.start();
    m_record.id = m_client->nextCallId();
    m_record.started = QDateTime::currentDateTime();
    m_record.method = m_request.methodName();
    m_record.path = m_request.displayPath();
    qCDebug(lcNet).noquote() << "queued" << m_record.method << m_record.path;
    emit m_client->callStarted(m_record);
    m_client->scheduler()->enqueue(this);
}

void ApiCall::startAttempt()
{
    ++m_attempts;
    m_timedOut = false;

    QUrl url = m_client->host();
    url.setPath(url.path() + m_request.path());
    if (!m_request.urlQuery().isEmpty())
        url.setQuery(m_request.urlQuery());

    QNetworkRequest request(url);
    m_sentAuthorization = m_client->credentials().authorizationHeader();
    if (!m_sentAuthorization.isEmpty())
        request.setRawHeader("Authorization", m_sentAuthorization);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_client->userAgent());
    request.setRawHeader("Accept", "application/json");
    if (!m_request.contentType().isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType());
    for (const auto &[name, value] : m_request.headers())
        request.setRawHeader(name, value);
    if (!m_client->extraCaCertificates().isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_client->extraCaCertificates());
        request.setSslConfiguration(tls);
    }

    if (m_request.sendsWithoutDelay())
        request.setAttribute(ApiNetworkAccessManager::kSendWithoutDelayAttribute, true);

    m_reply = sendRequest(request);
    if (!m_reply) {
        m_client->scheduler()->release();
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.message = tr("The local file to send could not be read.");
        deliver(ApiReply::failure(error));
        return;
    }

    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    // The transfer timeout restarts whenever bytes move, so a slow but
    // steady transfer is not cut off.
    const auto touch = [this] { m_stallTimer.start(); };
    connect(m_reply, &QNetworkReply::downloadProgress, this, touch);
    connect(m_reply, &QNetworkReply::uploadProgress, this, touch);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &ApiCall::downloadProgress);
    connect(m_reply, &QNetworkReply::uploadProgress, this, &ApiCall::uploadProgress);
    const int timeout = m_request.transferTimeoutMs() > 0 ? m_request.transferTimeoutMs()
                                                          : m_client->defaultTransferTimeout();
    m_stallTimer.setInterval(timeout);
    m_stallTimer.start();
}

QNetworkReply *ApiCall::sendRequest(const QNetworkRequest &request)
{
    QNetworkAccessManager *nam = m_client->networkAccessManager();
    const QByteArray verb = m_request.methodName().toLatin1();
    if (m_request.multipart()) {
        QHttpMultiPart *multipart = m_request.multipart()();
        if (!multipart)
            return nullptr;
        QNetworkReply *reply = nam->sendCustomRequest(request, verb, multipart);
        multipart->setParent(reply); // lives exactly as long as the upload
        return reply;
    }
    if (m_request.bodyDevice()) {
        QIODevice *device = m_request.bodyDevice()();
        if (!device)
            return nullptr;
        QNetworkReply *reply = nam->sendCustomRequest(request, verb, device);
        device->setParent(reply);
        return reply;
    }
    if (m_request.body().isEmpty() && m_request.method() != ApiRequest::Method::Post &&
        m_request.method() != ApiRequest::Method::Put &&
        m_request.method() != ApiRequest::Method::Patch)
        return nam->sendCustomRequest(request, verb);
    return nam->sendCustomRequest(request, verb, m_request.body());
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->deleteLater();
    m_stallTimer.stop();
    m_client->scheduler()->release();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_lastNetworkError = reply->error();
    // Connection and proxy failures (codes below 200) win over the status:
    // a connection dropped mid-body still reports the 200 of its headers.
    const bool transportFailed =
        m_lastNetworkError != QNetworkReply::NoError && m_lastNetworkError < 200;
    if (status == 0 || m_timedOut || transportFailed) {
        handleFailure(networkError(reply), std::nullopt);
        return;
    }
    const QByteArray body = reply->readAll();
    if (status >= 300) {
        const QByteArray reason =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        handleFailure(ApiError::fromHttpResponse(status, reason, body), retryAfterMs(reply));
        return;
    }
    if (m_request.expectsRawResponse()) {
        ApiReply raw = ApiReply::success(status, body, {});
        raw.setContentType(reply->rawHeader("Content-Type"));
        deliver(std::move(raw));
        return;
    }
    // Mutating calls answer "{}"; an empty body counts as an empty object.
    QJsonParseError parseError{};
    const QJsonDocument document = body.trimmed().isEmpty()
                                       ? QJsonDocument(QJsonObject())
                                       : QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        ApiError error;
        error.kind = ApiError::Kind::InvalidResponse;
        error.httpStatus = status;
        error.message =
            body.trimmed().startsWith('<')
                ? tr("The server answered with a web page instead of API data. A proxy, a "
                     "private-link rule or a sign-in page may be in the way.")
                : tr("The server's answer is not valid JSON (%1 at offset %2).")
                      .arg(parseError.errorString())
                      .arg(parseError.offset);
        handleFailure(error, std::nullopt);
        return;
    }
    deliver(ApiReply::success(status, body, document.object()));
}

ApiError ApiCall::networkError(QNetworkReply *reply) const
{
    ApiError error;
    if (m_timedOut) {
        error.kind = ApiError::Kind::Timeout;
        const int seconds = m_stallTimer.interval() / 1000;
        error.message = tr("No data was received for %n second(s).", nullptr, seconds);
        return error;
    }
    const auto code = reply->error();
    if (code == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
        error.kind = ApiError::Kind::Tls;
        error.message = tr("The secure connection to %1 failed: %2")
                            .arg(m_client->host().host(), reply->errorString());
        error.details = describeCertificateProblems(m_sslErrors);
        return error;
    }
    error.kind = ApiError::Kind::Network;
    switch (code) {
    case QNetworkReply::HostNotFoundError:
        error.message = tr("The host %1 was not found. Check the workspace URL and your "
                           "network connection.")
                            .arg(m_client->host().host());
        break;
    case QNetworkReply::ConnectionRefusedError:
        error.message = tr("%1 refused the connection.").arg(m_client->host().authority());
        break;
    case QNetworkReply::RemoteHostClosedError:
        error.message = tr("The server closed the connection before answering.");
        break;
    default:
        error.message = reply->errorString();
        break;
    }
    return error;
}

void ApiCall::handleFailure(const ApiError &failure, std::optional<int> serverRetryAfterMs)
{
    ApiError error = failure;
    error.method = m_request.methodName();
    error.path = m_request.path();

    // An expired or revoked token: renewable credentials renew it, and the
    // call waits in the queue to be replayed with the new one. Bounded, so a
    // server that refuses every token cannot loop us forever.
    const bool authRefused = error.httpStatus == 401 || error.httpStatus == 403;
    if (authRefused && m_authReplays < 2 && m_client->credentials().rejected(m_sentAuthorization)) {
        ++m_authReplays;
        qCInfo(lcNet).noquote() << m_record.method << m_record.path
                                << "was refused a stale token; waiting for a new one";
        m_client->scheduler()->enqueue(this);
        return;
    }

    // A 429 means the request was refused before any work was done, so it is
    // safe to send again whatever the method; 5xx and broken connections may
    // have done the work already, so only safe calls are repeated.
    const bool rateLimited = error.httpStatus == 429;
    const bool transient =
        (error.kind == ApiError::Kind::Http && isRetryableStatus(error.httpStatus)) ||
        error.kind == ApiError::Kind::Timeout ||
        (error.kind == ApiError::Kind::Network && isTransientNetworkError(m_lastNetworkError));
    const bool retryable = rateLimited || (transient && m_request.isSafeToRetry());

    const RetryPolicy &policy = m_client->retryPolicy();
    if (retryable && m_attempts < policy.maxAttempts) {
        std::optional<int> serverWait = serverRetryAfterMs;
        if (rateLimited && !serverWait)
            serverWait = 1000;
        const int delay = policy.delayMs(m_attempts + 1, serverWait);
        if (m_elapsed.elapsed() + delay <= policy.maxTotalMs) {
            if (rateLimited)
                m_client->scheduler()->pauseFor(delay);
            qCInfo(lcNet).noquote()
                << m_record.method << m_record.path << "failed with"
                << (error.httpStatus ? QString::number(error.httpStatus) : error.title())
                << "- retry" << m_attempts << "in" << delay << "ms";
            m_retryTimer.start(delay);
            return;
        }
    }
    deliver(ApiReply::failure(error));
}

void ApiCall::deliver(ApiReply reply)
{
    if (m_done)
        return;
    m_done = true;
    reply.setAttempts(std::max(1, m_attempts));

    m_record.finished = true;
    m_record.durationMs = m_elapsed.elapsed();
    m_record.retries = std::max(0, m_attempts - 1);
    m_record.httpStatus = reply.httpStatus();
    if (!reply.ok()) {
        ApiError error = reply.error();
        error.message = m_client->redact(error.message);
        error.details = m_client->redact(error.details);
        m_record.error = error.toString();
        reply = ApiReply::failure(error);
        reply.setAttempts(std::max(1, m_attempts));
    }
    qCDebug(lcNet).noquote() << m_record.method << m_record.path << "->"
                             << (reply.ok() ? QString::number(reply.httpStatus()) : m_record.error)
                             << "in" << m_record.durationMs << "ms";
    emit m_client->callFinished(m_record);

    // A call bound to a context that is gone must stay silent. The handler
    // may destroy the client and with it this call (a dropped connection
    // attempt owns its token client), so nothing of `this` is used after it.
    ReplyHandler handler = std::exchange(m_handler, nullptr);
    const bool silent = m_hasContext && !m_context;
    deleteLater();
    if (handler && !silent)
        handler(reply);
}

void ApiCall::failCredentials(const QString &reason)
{
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 401;
    error.errorCode = u"UNAUTHENTICATED"_s;
    error.message = reason.isEmpty() ? tr("Signing in to the workspace failed.") : reason;
    handleFailure(error, std::nullopt);
}

void ApiCall::cancel()
{
    if (m_done)
        return;
    stopTraffic();
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = tr("The request was cancelled.");
    error.method = m_request.methodName();
    error.path = m_request.path();
    deliver(ApiReply::failure(error));
}

void ApiCall::abandon()
{
    if (m_done)
        return;
    stopTraffic();
    m_handler = nullptr;
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = tr("The request was cancelled because its view was closed.");
    deliver(ApiReply::failure(error));
}

void ApiCall::stopTraffic()
{
    m_retryTimer.stop();
    m_stallTimer.stop();
    m_client->scheduler()->dequeue(this);
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        m_client->scheduler()->release();
    }
}

} // namespace brickdesk
