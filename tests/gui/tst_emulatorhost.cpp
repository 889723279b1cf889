#include "app/demo/emulatorhost.h"
#include "core/net/apiclient.h"
#include "core/net/credentials.h"
#include "tests/support/testworkspace.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

class TestEmulatorHost : public QObject
{
    Q_OBJECT

private slots:
    void servesFromItsOwnThread();
    void acceptsOnlyItsToken();
    void randomTokensDiffer();
    void stopsWithoutStarting();
};

void TestEmulatorHost::servesFromItsOwnThread()
{
    EmulatorHost host;
    QSignalSpy started(&host, &EmulatorHost::started);
    const QByteArray token = EmulatorHost::randomToken();
    host.start(token);
    QVERIFY(!host.isStarted()); // start() does not wait for the server
    QVERIFY(started.wait(15000));
    QVERIFY(host.isStarted());
    QVERIFY(host.serverThread()->isRunning());
    QVERIFY(host.serverThread() != QThread::currentThread());
    const QUrl url = started.first().at(0).toUrl();
    QCOMPARE(url, host.url());
    QCOMPARE(url.scheme(), u"http"_s);
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    QVERIFY(url.port() > 0);
    QVERIFY(!host.userName().isEmpty());

    // A client on this (GUI) thread talks to it over loopback.
    ApiClient client(url, std::make_shared<BearerTokenCredentials>(token));
    const ApiReply me =
        test::sendAndWait(client, ApiRequest::get(u"/api/2.0/preview/scim/v2/Me"_s));
    QVERIFY(me.ok());
    QCOMPARE(me.json().value("userName"_L1).toString(), host.userName());
    const ApiReply list = test::sendAndWait(
        client, ApiRequest::get(u"/api/2.0/workspace/list"_s).query(u"path"_s, u"/"_s));
    QVERIFY(list.ok());
    QVERIFY(!list.json().value("objects"_L1).toArray().isEmpty());
}

void TestEmulatorHost::acceptsOnlyItsToken()
{
    EmulatorHost host;
    QSignalSpy started(&host, &EmulatorHost::started);
    host.start(EmulatorHost::randomToken());
    QVERIFY(started.wait(15000));
    ApiClient client(host.url(), std::make_shared<BearerTokenCredentials>("dapi-wrong"_ba));
    client.setRetryPolicy(RetryPolicy::none());
    const ApiReply reply =
        test::sendAndWait(client, ApiRequest::get(u"/api/2.0/preview/scim/v2/Me"_s));
    QVERIFY(!reply.ok());
    QVERIFY(reply.error().httpStatus == 401 || reply.error().httpStatus == 403);
}

void TestEmulatorHost::randomTokensDiffer()
{
    const QByteArray a = EmulatorHost::randomToken();
    const QByteArray b = EmulatorHost::randomToken();
    QVERIFY(a != b);
    QVERIFY(a.startsWith("dapi"));
    QCOMPARE(a.size(), 4 + 32);
}

void TestEmulatorHost::stopsWithoutStarting()
{
    // Destroying a host that never started must not hang or crash.
    auto host = std::make_unique<EmulatorHost>();
    host.reset();
    QVERIFY(!host);
}

QTEST_GUILESS_MAIN(TestEmulatorHost)
#include "tst_emulatorhost.moc"
