#include "tests/support/testbrowser.h"

#include <QNetworkReply>

namespace brickdesk::test {

void TestBrowser::open(const QUrl &url)
{
    ++opened;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_nam.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (followRedirect && location.isValid())
            m_nam.get(QNetworkRequest(location))->setParent(this);
    });
}

} // namespace brickdesk::test
