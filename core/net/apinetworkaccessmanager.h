#pragma once

#include <QNetworkAccessManager>

namespace brickdesk {

class NoDelayConnectionPool;

// The ApiClient's QNetworkAccessManager. Requests carrying
// kSendWithoutDelayAttribute (bulk bodies sent back to back, see
// ApiRequest::sendWithoutDelay) go out as NoDelayHttpReply on a connection
// with Nagle's algorithm off; everything else, and those same requests
// whenever a proxy applies, takes Qt's own path unchanged.
class ApiNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    static constexpr auto kSendWithoutDelayAttribute =
        QNetworkRequest::Attribute(QNetworkRequest::User + 1);

    explicit ApiNetworkAccessManager(QObject *parent = nullptr);
    ~ApiNetworkAccessManager() override;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    bool proxyAppliesTo(const QUrl &url) const;

    NoDelayConnectionPool *m_pool;
};

} // namespace brickdesk
