// NoDelayHttpReply and ApiNetworkAccessManager: the path bulk bodies (DBFS
// add-block) take. Against the emulator for the real calls, and against a
// scripted loopback server for the HTTP framing a real server may choose.

#include "core/dbfs/dbfsservice.h"
#include "core/net/apinetworkaccessmanager.h"
#include "core/net/nodelayhttpreply.h"
#include "tests/support/testworkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace brickdesk;
using namespace brickdesk::test;

namespace {

// A loopback server that answers each complete request (by Content-Length)
// with what `answer` returns for (connection number, request number on it);
// an empty answer closes the connection instead, and an HTTP/1.0 answer
// closes it after it (its body ends there).
class ScriptedServer : public QObject
{
public:
    using Answer = std::function<QByteArray(int connection, int request)>;

    explicit ScriptedServer(Answer answer)
        : m_answer(std::move(answer))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                const int connection = ++m_connections;
                auto requests = std::make_shared<int>(0);
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket,
                        [this, socket, connection, requests, buffer] {
                            *buffer += socket->readAll();
                            while (takeRequest(*buffer)) {
                                ++m_requests;
                                const QByteArray reply = m_answer(connection, ++*requests);
                                if (reply.isEmpty()) {
                                    socket->disconnectFromHost();
                                    return;
                                }
                                socket->write(reply);
                                if (reply.startsWith("HTTP/1.0")) { // close-delimited
                                    socket->disconnectFromHost();
                                    return;
                                }
                            }
                        });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/api/x"_s.arg(m_server.serverPort())); }
    int connections() const { return m_connections; }
    int requests() const { return m_requests; }
    QByteArray lastHead() const { return m_lastHead; }

private:
    bool takeRequest(QByteArray &buffer)
    {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QByteArray head = buffer.left(end);
        const qsizetype at = head.toLower().indexOf("content-length:");
        const qint64 length =
            at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        if (buffer.size() < end + 4 + length)
            return false;
        m_lastHead = head;
        buffer.remove(0, end + 4 + length);
        return true;
    }

    QTcpServer m_server;
    Answer m_answer;
    int m_connections = 0;
    int m_requests = 0;
    QByteArray m_lastHead;
};

QByteArray okAnswer(const QByteArray &body = "{}")
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QNetworkRequest bulkRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(ApiNetworkAccessManager::kSendWithoutDelayAttribute, true);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return request;
}

// Waits for `reply` to finish; false on time-out.
bool finishes(QNetworkReply *reply)
{
    return reply->isFinished() || QSignalSpy(reply, &QNetworkReply::finished).wait(10000);
}

} // namespace

class TestNoDelayHttpReply : public QObject
{
    Q_OBJECT

private slots:
    void serializesHeadersOnce();
    void blockUploadAgainstTheEmulator();
    void rateLimitIsWaitedOut();
    void keepsTheConnectionAlive();
    void readsChunkedAndCloseDelimitedAnswers_data();
    void readsChunkedAndCloseDelimitedAnswers();
    void skipsInformationalAnswers();
    void resendsOnceWhenAReusedConnectionCloses();
    void dropMidBodyIsANetworkError();
    void garbledAnswerHasNoStatus();
    void httpErrorsLikeQt();
    void abortFinishesOnce();
    void proxiedRequestsStayOnQtsPath();
};

void TestNoDelayHttpReply::serializesHeadersOnce()
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:8443/api/2.0/dbfs/add-block?x=1%202"_s));
    request.setRawHeader("Authorization", "Bearer abc");
    request.setRawHeader("Content-Length", "999"); // the reply writes its own
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const QByteArray wire = NoDelayHttpReply::serializeRequest(request, "POST", "{\"a\":1}");
    QVERIFY(wire.startsWith("POST /api/2.0/dbfs/add-block?x=1%202 HTTP/1.1\r\n"));
    QVERIFY(wire.contains("\r\nHost: 127.0.0.1:8443\r\n"));
    QVERIFY(wire.contains("\r\nAuthorization: Bearer abc\r\n"));
    QVERIFY(wire.contains("\r\nContent-Type: application/json\r\n"));
    QCOMPARE(wire.count("Content-Length"), 1);
    QVERIFY(wire.endsWith("\r\nContent-Length: 7\r\nConnection: keep-alive\r\n\r\n{\"a\":1}"));
}

void TestNoDelayHttpReply::blockUploadAgainstTheEmulator()
{
    TestWorkspace workspace;
    ApiReply created =
        sendAndWait(workspace.client(),
                    ApiRequest::post(u"/api/2.0/dbfs/create"_s, {{u"path"_s, u"/t/blocks.bin"_s}}));
    QVERIFY(created.ok());
    const qint64 handle = created.json().value("handle"_L1).toInteger();
    QByteArray expected;
    for (int i = 0; i < 3; ++i) {
        const QByteArray block(700 * 1024 + i, char('a' + i));
        expected += block;
        const ApiRequest request =
            DbfsService::addBlockRequest(DbfsService::addBlockBody(handle, block));
        QVERIFY(request.sendsWithoutDelay());
        QVERIFY2(sendAndWait(workspace.client(), request).ok(), "add-block");
    }
    QVERIFY(sendAndWait(workspace.client(),
                        ApiRequest::post(u"/api/2.0/dbfs/close"_s, {{u"handle"_s, handle}}))
                .ok());
    QCOMPARE(workspace.emulator().dbfs().contents(u"/t/blocks.bin"_s).value_or(QByteArray()),
             expected);
}

void TestNoDelayHttpReply::rateLimitIsWaitedOut()
{
    TestWorkspace workspace;
    const ApiReply created =
        sendAndWait(workspace.client(), ApiRequest::post(u"/api/2.0/dbfs/create"_s,
                                                         {{u"path"_s, u"/t/limited.bin"_s}}));
    const qint64 handle = created.json().value("handle"_L1).toInteger();
    workspace.emulator().faults().rateLimit(u"/api/2.0/dbfs/add-block"_s, 1, 1);
    const ApiReply added = sendAndWait(
        workspace.client(),
        DbfsService::addBlockRequest(DbfsService::addBlockBody(handle, QByteArray(100, 'x'))));
    QVERIFY(added.ok());
    int addBlocks = 0;
    for (const auto &recorded : workspace.emulator().requests())
        addBlocks += recorded.path == "/api/2.0/dbfs/add-block"_L1;
    QCOMPARE(addBlocks, 2); // the 429, then the block once
}

void TestNoDelayHttpReply::keepsTheConnectionAlive()
{
    ScriptedServer server([](int, int) { return okAnswer(); });
    ApiNetworkAccessManager nam;
    for (int i = 0; i < 3; ++i) {
        QNetworkReply *reply = nam.post(bulkRequest(server.url()), QByteArray(50'000, 'x'));
        QVERIFY(qobject_cast<NoDelayHttpReply *>(reply));
        QVERIFY(finishes(reply));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), QByteArray("{}"));
        reply->deleteLater();
    }
    QCOMPARE(server.requests(), 3);
    QCOMPARE(server.connections(), 1);
}

void TestNoDelayHttpReply::readsChunkedAndCloseDelimitedAnswers_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("connectionsForTwo");
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "3;ext=1\r\n{\"a\r\n4\r\n\":1}\r\n0\r\nX-T: 1\r\n\r\n")
                             << 1;
    QTest::newRow("close-delimited")
        << QByteArray("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{\"a\":1}") << 2;
}

void TestNoDelayHttpReply::readsChunkedAndCloseDelimitedAnswers()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, connectionsForTwo);
    ScriptedServer server([&](int, int) { return answer; });
    ApiNetworkAccessManager nam;
    for (int i = 0; i < 2; ++i) {
        QNetworkReply *reply = nam.post(bulkRequest(server.url()), QByteArray("{}"));
        QVERIFY(finishes(reply));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->readAll(), QByteArray("{\"a\":1}"));
        reply->deleteLater();
    }
    QCOMPARE(server.connections(), connectionsForTwo);
}

void TestNoDelayHttpReply::skipsInformationalAnswers()
{
    ScriptedServer server(
        [](int, int) { return "HTTP/1.1 100 Continue\r\n\r\n" + okAnswer("{\"ok\":true}"); });
    ApiNetworkAccessManager nam;
    QNetworkReply *reply = nam.post(bulkRequest(server.url()), QByteArray("{}"));
    QVERIFY(finishes(reply));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->readAll(), QByteArray("{\"ok\":true}"));
    delete reply;
}

void TestNoDelayHttpReply::resendsOnceWhenAReusedConnectionCloses()
{
    // The first connection answers once, then closes on the next request
    // without a byte, as a server does with a connection it timed out.
    ScriptedServer server([](int connection, int request) {
        return connection == 1 && request == 2 ? QByteArray() : okAnswer();
    });
    ApiNetworkAccessManager nam;
    for (int i = 0; i < 2; ++i) {
        QNetworkReply *reply = nam.post(bulkRequest(server.url()), QByteArray("{}"));
        QVERIFY(finishes(reply));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        delete reply;
    }
    QCOMPARE(server.connections(), 2);
    QCOMPARE(server.requests(), 3);
}

void TestNoDelayHttpReply::dropMidBodyIsANetworkError()
{
    TestWorkspace workspace;
    workspace.emulator().faults().dropConnection(u"/api/2.0/dbfs/add-block"_s, 1);
    ApiNetworkAccessManager nam;
    QUrl url = workspace.url();
    url.setPath(u"/api/2.0/dbfs/add-block"_s);
    QNetworkRequest request = bulkRequest(url);
    request.setRawHeader("Authorization", QByteArray("Bearer ") + kTestToken);
    QNetworkReply *reply = nam.post(request, QByteArray("{\"handle\":1,\"data\":\"\"}"));
    QVERIFY(finishes(reply));
    QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
    delete reply;
}

void TestNoDelayHttpReply::garbledAnswerHasNoStatus()
{
    ScriptedServer server(
        [](int, int) { return QByteArray("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n"); });
    ApiNetworkAccessManager nam;
    QNetworkReply *reply = nam.post(bulkRequest(server.url()), QByteArray("{}"));
    QVERIFY(finishes(reply));
    QCOMPARE(reply->error(), QNetworkReply::ProtocolFailure);
    QVERIFY(!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
    delete reply;
}

void TestNoDelayHttpReply::httpErrorsLikeQt()
{
    ScriptedServer server([](int, int) {
        const QByteArray body = R"({"error_code":"REQUEST_LIMIT_EXCEEDED"})";
        return "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 3\r\nContent-Length: " +
               QByteArray::number(body.size()) + "\r\n\r\n" + body;
    });
    ApiNetworkAccessManager nam;
    QNetworkReply *reply = nam.post(bulkRequest(server.url()), QByteArray("{}"));
    QSignalSpy errors(reply, &QNetworkReply::errorOccurred);
    QVERIFY(finishes(reply));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray(),
             QByteArray("Too Many Requests"));
    QCOMPARE(reply->error(), QNetworkReply::UnknownContentError);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(reply->rawHeader("Retry-After"), QByteArray("3"));
    QVERIFY(reply->readAll().contains("REQUEST_LIMIT_EXCEEDED"));
    delete reply;
}

void TestNoDelayHttpReply::abortFinishesOnce()
{
    ScriptedServer server([](int, int) { return okAnswer(); });
    ApiNetworkAccessManager nam;
    QNetworkReply *reply = nam.post(bulkRequest(server.url()), QByteArray("{}"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    reply->abort();
    reply->abort();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    delete reply;
}

void TestNoDelayHttpReply::proxiedRequestsStayOnQtsPath()
{
    ScriptedServer server([](int, int) { return okAnswer(); });
    ApiNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, 9));
    QNetworkReply *reply = nam.post(bulkRequest(server.url()), QByteArray("{}"));
    QVERIFY(!qobject_cast<NoDelayHttpReply *>(reply));
    reply->abort();
    delete reply;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest plain(server.url());
    plain.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    reply = nam.post(plain, QByteArray("{}"));
    QVERIFY(!qobject_cast<NoDelayHttpReply *>(reply)); // not marked: Qt's path
    QVERIFY(finishes(reply));
    delete reply;
}

QTEST_GUILESS_MAIN(TestNoDelayHttpReply)
#include "tst_nodelayhttpreply.moc"
