#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

namespace brickdesk::test {

// A stand-in for the user's browser in OAuth tests: opens the authorize URL
// and follows the redirect to the loopback receiver, as a browser would.
class TestBrowser : public QObject
{
public:
    int opened = 0;
    bool followRedirect = true;

    void open(const QUrl &url);

private:
    QNetworkAccessManager m_nam;
};

} // namespace brickdesk::test
