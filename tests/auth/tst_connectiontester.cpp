// "Test connection" gives one distinct, plain message per cause.
#include "core/auth/connectiontester.h"
#include "core/net/apiclient.h"
#include "core/net/credentials.h"
#include "tests/support/testworkspace.h"

#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;
using brickdesk::test::TestWorkspace;

namespace {

ConnectionTester::Result testAndWait(ApiClient &client)
{
    std::optional<ConnectionTester::Result> result;
    QObject context;
    ConnectionTester::test(&client, &context,
                           [&](const ConnectionTester::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return {};
    return *result;
}

std::unique_ptr<ApiClient> clientFor(const QUrl &url, const QByteArray &token)
{
    auto client = std::make_unique<ApiClient>(url, std::make_shared<BearerTokenCredentials>(token));
    client->setRetryPolicy(RetryPolicy::none());
    return client;
}

} // namespace

class TestConnectionTester : public QObject
{
    Q_OBJECT

private slots:
    void connectedShowsTheUser()
    {
        TestWorkspace workspace;
        const auto result = testAndWait(workspace.client());
        QCOMPARE(result.outcome, ConnectionTester::Outcome::Connected);
        QCOMPARE(result.userName, workspace.emulator().userName());
        QVERIFY(result.message.contains(result.userName));
    }

    void wrongTokenIsAnInvalidToken()
    {
        TestWorkspace workspace;
        auto client = clientFor(workspace.url(), "dapi-wrong");
        const auto result = testAndWait(*client);
        QCOMPARE(result.outcome, ConnectionTester::Outcome::InvalidToken);
        QVERIFY(result.message.contains("refused the token"_L1));
    }

    void noTokenIsAMissingCredential()
    {
        TestWorkspace workspace;
        auto client = clientFor(workspace.url(), {});
        const auto result = testAndWait(*client);
        QCOMPARE(result.outcome, ConnectionTester::Outcome::MissingCredential);
    }

    void unknownHost()
    {
        auto client = clientFor(QUrl(u"https://no-such-host.invalid"_s), "dapi-x");
        const auto result = testAndWait(*client);
        QCOMPARE(result.outcome, ConnectionTester::Outcome::UnknownHost);
        QVERIFY(result.message.contains("not found"_L1));
    }

    void timeout()
    {
        // A server that accepts the connection and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QUrl url(u"http://127.0.0.1"_s);
        url.setPort(silent.serverPort());
        auto client = clientFor(url, "dapi-x");
        client->setDefaultTransferTimeout(300);
        const auto result = testAndWait(*client);
        QCOMPARE(result.outcome, ConnectionTester::Outcome::TimedOut);
    }

    void messagesAreDistinct()
    {
        QSet<QString> messages;
        ApiError error;
        for (int status : {401, 403}) {
            error.httpStatus = status;
            messages << ConnectionTester::interpret(error).message;
        }
        error.httpStatus = 0;
        for (auto kind : {ApiError::Kind::Tls, ApiError::Kind::Timeout}) {
            error.kind = kind;
            messages << ConnectionTester::interpret(error).message;
        }
        error.kind = ApiError::Kind::Network;
        error.message = u"The host h was not found."_s;
        messages << ConnectionTester::interpret(error).message;
        QCOMPARE(messages.size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
