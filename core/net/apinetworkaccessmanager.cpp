#include "core/net/apinetworkaccessmanager.h"

#include "core/net/nodelayconnectionpool.h"
#include "core/net/nodelayhttpreply.h"

#include <QBuffer>
#include <QNetworkProxyFactory>

using namespace Qt::StringLiterals;

namespace brickdesk {

ApiNetworkAccessManager::ApiNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
    , m_pool(new NoDelayConnectionPool(this))
{}

ApiNetworkAccessManager::~ApiNetworkAccessManager() = default;

bool ApiNetworkAccessManager::proxyAppliesTo(const QUrl &url) const
{
    const QNetworkProxy own = proxy();
    if (own.type() != QNetworkProxy::DefaultProxy)
        return own.type() != QNetworkProxy::NoProxy;
    const QNetworkProxyQuery query(url);
    const QList<QNetworkProxy> proxies = proxyFactory()
                                             ? proxyFactory()->queryProxy(query)
                                             : QNetworkProxyFactory::proxyForQuery(query);
    return !proxies.isEmpty() && proxies.first().type() != QNetworkProxy::NoProxy &&
           proxies.first().type() != QNetworkProxy::DefaultProxy;
}

QNetworkReply *ApiNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                      QIODevice *outgoingData)
{
    // Only bodies already in memory (sendCustomRequest with a QByteArray
    // hands them over in a QBuffer): a device is never read on this thread.
    auto *buffer = qobject_cast<QBuffer *>(outgoingData);
    const QString scheme = request.url().scheme();
    const bool eligible = request.attribute(kSendWithoutDelayAttribute).toBool() && buffer &&
                          (scheme == "http"_L1 || scheme == "https"_L1) &&
                          (op == PostOperation || op == PutOperation || op == CustomOperation) &&
                          !proxyAppliesTo(request.url());
    if (!eligible)
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    QByteArray verb = op == PostOperation ? "POST"
                      : op == PutOperation
                          ? "PUT"
                          : request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    // The buffer shares the caller's QByteArray: no copy of the body here.
    return new NoDelayHttpReply(m_pool, request, verb, buffer->data(), this);
}

} // namespace brickdesk
