#include "core/net/apiclient.h"

#include "core/net/apicall.h"
#include "core/net/credentials.h"
#include "core/net/requestscheduler.h"

#include "brickdesk_version.h"

#include "core/net/apinetworkaccessmanager.h"

#include <QNetworkAccessManager>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// The User-Agent convention allows only [0-9A-Za-z_.+-] in keys and values.
QString userAgentToken(QString value)
{
    static const QString allowed = u"_.+-"_s;
    for (QChar &c : value)
        if (!c.isLetterOrNumber() || c.unicode() > 127)
            if (!allowed.contains(c))
                c = u'-';
    return value;
}

QString osName()
{
    const QString kernel = QSysInfo::kernelType();
    if (kernel == "winnt"_L1)
        return u"windows"_s;
    return kernel.isEmpty() ? u"unknown"_s : kernel;
}

} // namespace

ApiClient::ApiClient(const QUrl &host, std::shared_ptr<Credentials> credentials, QObject *parent)
    : QObject(parent)
    , m_host(host.adjusted(QUrl::StripTrailingSlash))
    // Credentials are shared with whoever renews them (a sign-in dialog, an
    // OAuth refresher); the client only sends, invalidates and redacts them.
    , m_credentials(std::move(credentials))
    , m_nam(new ApiNetworkAccessManager(this))
    , m_scheduler(new RequestScheduler(m_credentials.get(), this))
{
    Q_ASSERT(m_credentials);
    // Redirects are not followed blindly: an API call redirected to a login
    // page must surface as an error, not as a web page parsed as JSON.
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

ApiClient::~ApiClient()
{
    // Calls still running are children of this object and die with it; none
    // may call back into a half-destroyed client.
    const auto calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls)
        delete call;
}

void ApiClient::setProxy(const QNetworkProxy &proxy)
{
    m_nam->setProxy(proxy);
}

QString ApiClient::authType() const
{
    return m_credentials->authType();
}

QString ApiClient::userAgent() const
{
    return u"brickdesk/%1 qt/%2 os/%3 auth/%4"_s.arg(
        QStringLiteral(BRICKDESK_VERSION), QString::fromLatin1(qVersion()),
        userAgentToken(osName()), userAgentToken(authType()));
}

void ApiClient::setMaxConcurrentRequests(int count)
{
    m_scheduler->setMaxInFlight(count);
}

int ApiClient::maxConcurrentRequests() const
{
    return m_scheduler->maxInFlight();
}

ApiCall *ApiClient::send(const ApiRequest &request, QObject *context, ReplyHandler handler)
{
    auto *call = new ApiCall(this, request, context, std::move(handler));
    call->start();
    return call;
}

QString ApiClient::redact(QString text) const
{
    for (const QByteArray &secret : m_credentials->secretsToRedact()) {
        if (secret.size() >= 4)
            text.replace(QString::fromUtf8(secret), u"[redacted]"_s);
    }
    return text;
}

} // namespace brickdesk
