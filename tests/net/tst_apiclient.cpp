// The REST client against the emulator over real loopback HTTP: error
// parsing, retries, rate-limit pauses, timeouts, paging, 64-bit ids and the
// promise that a token never shows up in logs or error texts.
#include "core/net/apicall.h"
#include "core/net/apiclient.h"
#include "core/net/credentials.h"
#include "core/net/jsonids.h"
#include "core/net/pager.h"
#include "core/net/requestscheduler.h"
#include "tests/support/testworkspace.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;
using brickdesk::test::sendAndWait;
using brickdesk::test::TestWorkspace;

namespace {

const QString kListPath = u"/api/2.0/workspace/list"_s;

ApiRequest listRoot()
{
    return ApiRequest::get(kListPath).query(u"path"_s, u"/"_s);
}

void addFault(TestWorkspace &workspace, const QString &spec)
{
    QString error;
    const auto rule = emulator::FaultInjector::parse(spec, &error);
    QVERIFY2(rule, qPrintable(error));
    workspace.emulator().faults().addRule(*rule);
}

// The emulator answers `path` with exactly this status and body, after
// letting `skip` matching requests through.
void addCannedResponse(TestWorkspace &workspace, const QString &path, int status,
                       const QByteArray &contentType, const QByteArray &body, int skip = 0,
                       int count = -1)
{
    emulator::FaultRule rule;
    rule.kind = emulator::FaultRule::Kind::CannedResponse;
    rule.pathPattern = path;
    rule.status = status;
    rule.contentType = contentType;
    rule.body = body;
    rule.skip = skip;
    rule.remaining = count;
    workspace.emulator().faults().addRule(rule);
}

int requestsTo(TestWorkspace &workspace, const QString &path)
{
    int count = 0;
    for (const auto &request : workspace.emulator().requests())
        count += request.path == path ? 1 : 0;
    return count;
}

// Collects every message logged while it lives.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines.clear();
        m_previous = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture() { qInstallMessageHandler(m_previous); }
    QString all() const { return s_lines.join(u'\n'); }

private:
    static void handler(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        s_lines << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
    }
    static inline QStringList s_lines;
    QtMessageHandler m_previous;
};

struct PagingOutcome
{
    QList<qint64> ids;
    int pages = 0;
    std::optional<ApiError> error;
};

// Fetches every page of a jobs listing and collects the job ids.
PagingOutcome fetchAllJobs(ApiClient &client, const QString &path, Pager::Style style)
{
    PagingOutcome outcome;
    bool done = false;
    QObject context;
    Pager::fetchAll(
        &client, ApiRequest::get(path), style, 20, &context,
        [&](const QJsonObject &page) {
            ++outcome.pages;
            for (const QJsonValue &job : page.value("jobs"_L1).toArray())
                outcome.ids << jsonId(job.toObject(), "job_id"_L1);
        },
        [&](const std::optional<ApiError> &error) {
            outcome.error = error;
            done = true;
        });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        outcome.error = ApiError{ApiError::Kind::Timeout};
    return outcome;
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLoggingCategory::setFilterRules(u"brickdesk.*=true"_s); }

    void getReturnsJson()
    {
        TestWorkspace workspace(emulator::Seed::Demo);
        const ApiReply reply = sendAndWait(workspace.client(), listRoot());
        QVERIFY2(reply.ok(), qPrintable(reply.ok() ? QString() : reply.error().toString()));
        QCOMPARE(reply.httpStatus(), 200);
        QVERIFY(!reply.json().value("objects"_L1).toArray().isEmpty());
        QCOMPARE(reply.attempts(), 1);
    }

    void userAgentFollowsTheConvention()
    {
        TestWorkspace workspace;
        QVERIFY(sendAndWait(workspace.client(), listRoot()).ok());
        const auto requests = workspace.emulator().requests();
        QVERIFY(!requests.isEmpty());
        const QString agent = QString::fromLatin1(requests.last().headers.value("user-agent"));
        static const QRegularExpression convention(
            u"^brickdesk/\\d+\\.\\d+\\.\\d+ qt/6\\.\\d+\\.\\d+ os/[0-9A-Za-z_.+-]+ auth/pat$"_s);
        QVERIFY2(convention.match(agent).hasMatch(), qPrintable(agent));
    }

    void errorBodyVariants_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");

        const QByteArray json = "application/json";
        QTest::newRow("canonical")
            << 404 << json
            << R"({"error_code":"RESOURCE_DOES_NOT_EXIST","message":"Path (/x) does not exist.","details":[{"@type":"type.googleapis.com/google.rpc.RequestInfo","request_id":"r-1","serving_data":""}]})"_ba
            << u"RESOURCE_DOES_NOT_EXIST"_s << u"Path (/x) does not exist."_s;
        QTest::newRow("integer code")
            << 403 << json << R"({"error_code":403,"message":"Invalid access token."})"_ba
            << u"403"_s << u"Invalid access token."_s;
        QTest::newRow("message only")
            << 400 << json << R"({"message":"Node named a already exists"})"_ba << QString()
            << u"Node named a already exists"_s;
        QTest::newRow("code in message")
            << 400 << json
            << R"({"error_code":"","message":"RESOURCE_ALREADY_EXISTS: /a already exists."})"_ba
            << u"RESOURCE_ALREADY_EXISTS"_s << u"/a already exists."_s;
        QTest::newRow("api 1.2 error") << 500 << json << R"({"error":"Cluster is gone"})"_ba
                                       << QString() << u"Cluster is gone"_s;
        QTest::newRow("scim")
            << 404 << json
            << R"({"detail":"User not found","status":"404","schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"scimType":"invalidValue"})"_ba
            << u"invalidValue"_s << u"User not found"_s;
        QTest::newRow("plain text") << 400 << "text/plain"_ba
                                    << "INVALID_PARAMETER_VALUE: bad value"_ba
                                    << u"INVALID_PARAMETER_VALUE"_s << u"bad value"_s;
        QTest::newRow("html pre")
            << 502 << "text/html"_ba
            << "<html><body><h1>Error</h1><pre>Worker environment not ready</pre></body></html>"_ba
            << QString() << u"Worker environment not ready"_s;
        QTest::newRow("jetty html")
            << 403 << "text/html"_ba
            << "<html><head><title>Error 403</title></head><body><h2>HTTP ERROR 403</h2>\n<p>Problem accessing /api/2.0/dbfs/put. Reason:\n<pre>    Invalid access token.</pre></p></body></html>"_ba
            << QString() << u"Invalid access token."_s;
        QTest::newRow("jetty without pre")
            << 403 << "text/html"_ba
            << "<html><body><h2>HTTP ERROR 403</h2><p>Problem accessing /api/2.0/dbfs/put. Reason: Invalid access token.</p></body></html>"_ba
            << QString() << u"Invalid access token."_s;
        QTest::newRow("empty body")
            << 404 << QByteArray() << QByteArray() << QString() << u"Not Found"_s;
    }

    void errorBodyVariants()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, message);

        TestWorkspace workspace;
        addCannedResponse(workspace, kListPath, status, contentType, body);
        workspace.client().setRetryPolicy(RetryPolicy::none());
        const ApiReply reply = sendAndWait(workspace.client(), listRoot());
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error().kind, ApiError::Kind::Http);
        QCOMPARE(reply.error().httpStatus, status);
        QCOMPARE(reply.error().errorCode, code);
        QCOMPARE(reply.error().message, message);
        QCOMPARE(reply.error().method, u"GET"_s);
        QCOMPARE(reply.error().path, kListPath);
    }

    void rateLimitIsWaitedOut()
    {
        TestWorkspace workspace;
        addFault(workspace, u"rate-limit:%1:retry-after=2:count=1"_s.arg(kListPath));
        QElapsedTimer clock;
        clock.start();
        const ApiReply reply = sendAndWait(workspace.client(), listRoot());
        QVERIFY2(reply.ok(), qPrintable(reply.ok() ? QString() : reply.error().toString()));
        QCOMPARE(reply.attempts(), 2);
        QVERIFY2(clock.elapsed() >= 2000, qPrintable(QString::number(clock.elapsed())));

        const auto requests = workspace.emulator().requests();
        QCOMPARE(requests.size(), 2);
        const qint64 gap = requests.at(0).received.msecsTo(requests.at(1).received);
        QVERIFY2(gap >= 2000, qPrintable(QString::number(gap)));
    }

    void rateLimitPausesTheWholeHost()
    {
        TestWorkspace workspace;
        addFault(workspace, u"rate-limit:%1:retry-after=1:count=1"_s.arg(kListPath));
        const QString other = u"/api/2.0/preview/scim/v2/Me"_s;

        QSignalSpy pauses(workspace.client().scheduler(), &RequestScheduler::pausedChanged);
        std::optional<ApiReply> first, second;
        QObject context;
        workspace.client().send(listRoot(), &context, [&](const ApiReply &r) { first = r; });
        QVERIFY(pauses.wait(5000)); // the 429 arrived and paused the host
        QCOMPARE(pauses.first().first().toBool(), true);
        workspace.client().send(ApiRequest::get(other), &context,
                                [&](const ApiReply &r) { second = r; });
        QTRY_VERIFY_WITH_TIMEOUT(first && second, 10000);
        QVERIFY(first->ok() && second->ok());

        // The unrelated call waited for the pause too: it reached the server
        // no earlier than a second after the 429.
        const auto requests = workspace.emulator().requests();
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests.at(0).path, kListPath);
        QVERIFY(requests.at(0).received.msecsTo(requests.at(1).received) >= 1000);
        QVERIFY(requests.at(0).received.msecsTo(requests.at(2).received) >= 1000);
    }

    void postIsWaitedOutOnRateLimitToo()
    {
        TestWorkspace workspace;
        const QString mkdirs = u"/api/2.0/workspace/mkdirs"_s;
        addFault(workspace, u"rate-limit:%1:retry-after=1:count=1"_s.arg(mkdirs));
        const ApiReply reply = sendAndWait(
            workspace.client(), ApiRequest::post(mkdirs, {{u"path"_s, u"/Shared/new"_s}}));
        QVERIFY(reply.ok());
        QCOMPARE(reply.attempts(), 2);
    }

    void nonIdempotentPostIsNotRetried()
    {
        TestWorkspace workspace;
        const QString import = u"/api/2.0/workspace/import"_s;
        addFault(workspace, u"error:%1:status=503:count=1"_s.arg(import));
        const QJsonObject body{{u"path"_s, u"/Shared/a"_s},
                               {u"format"_s, u"SOURCE"_s},
                               {u"language"_s, u"PYTHON"_s},
                               {u"content"_s, QString::fromLatin1("print(1)"_ba.toBase64())}};
        const ApiReply reply = sendAndWait(workspace.client(), ApiRequest::post(import, body));
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error().httpStatus, 503);
        QCOMPARE(reply.attempts(), 1);
        QCOMPARE(requestsTo(workspace, import), 1);
    }

    void nonIdempotentPostIsNotRetriedAfterDroppedConnection()
    {
        TestWorkspace workspace;
        const QString import = u"/api/2.0/workspace/import"_s;
        addFault(workspace, u"drop:%1:count=1"_s.arg(import));
        const ApiReply reply = sendAndWait(
            workspace.client(),
            ApiRequest::post(import, {{u"path"_s, u"/Shared/a"_s}, {u"format"_s, u"AUTO"_s}}));
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error().kind, ApiError::Kind::Network);
        QCOMPARE(requestsTo(workspace, import), 1);
    }

    void idempotentPostIsRetried()
    {
        TestWorkspace workspace;
        const QString mkdirs = u"/api/2.0/workspace/mkdirs"_s;
        addFault(workspace, u"error:%1:status=503:count=2"_s.arg(mkdirs));
        RetryPolicy fast;
        fast.baseDelayMs = 20;
        workspace.client().setRetryPolicy(fast);
        const ApiReply reply =
            sendAndWait(workspace.client(),
                        ApiRequest::post(mkdirs, {{u"path"_s, u"/Shared/b"_s}}).idempotent());
        QVERIFY(reply.ok());
        QCOMPARE(reply.attempts(), 3);
    }

    void streamedBodyStartsOverOnRetry()
    {
        TestWorkspace workspace;
        const QString importFile = u"/api/2.0/workspace-files/import-file/Shared/data.bin"_s;
        addFault(workspace, u"error:%1:status=503:count=1"_s.arg(importFile));
        RetryPolicy fast;
        fast.baseDelayMs = 20;
        workspace.client().setRetryPolicy(fast);
        QByteArray content(300 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < content.size(); ++i)
            content[i] = char(i * 31 % 251);
        int opened = 0;
        const auto open = [&opened, content]() -> QIODevice * {
            ++opened;
            auto *buffer = new QBuffer;
            buffer->setData(content);
            buffer->open(QIODevice::ReadOnly);
            return buffer;
        };
        const ApiReply reply =
            sendAndWait(workspace.client(), ApiRequest::post(importFile)
                                                .query(u"overwrite"_s, true)
                                                .streamBody(open, "application/octet-stream")
                                                .idempotent());
        QVERIFY2(reply.ok(), qPrintable(reply.ok() ? QString() : reply.error().toString()));
        QCOMPARE(reply.attempts(), 2);
        QCOMPARE(opened, 2); // the retry read the source again from its first byte
        const ApiReply exported =
            sendAndWait(workspace.client(), ApiRequest::get(u"/api/2.0/workspace/export"_s)
                                                .query(u"path"_s, u"/Shared/data.bin"_s)
                                                .query(u"direct_download"_s, true)
                                                .expectRawResponse());
        QVERIFY(exported.ok());
        QCOMPARE(exported.body(), content);
    }

    void unreadableBodySourceFailsTheCall()
    {
        TestWorkspace workspace;
        const ApiReply reply = sendAndWait(
            workspace.client(),
            ApiRequest::post(u"/api/2.0/workspace-files/import-file/Shared/x"_s)
                .streamBody([]() -> QIODevice * { return nullptr; }, "application/octet-stream"));
        QVERIFY(!reply.ok());
        QVERIFY(reply.error().message.contains(u"local file"_s));
        QCOMPARE(workspace.client().scheduler()->inFlight(), 0); // its slot was given back
    }

    void uploadProgressIsReported()
    {
        TestWorkspace workspace;
        const QByteArray content(2 * 1024 * 1024, 'x');
        std::optional<ApiReply> result;
        QObject context;
        ApiCall *call = workspace.client().send(
            ApiRequest::post(u"/api/2.0/workspace-files/import-file/Shared/big.txt"_s)
                .rawBody(content, "application/octet-stream"),
            &context, [&result](const ApiReply &reply) { result = reply; });
        QSignalSpy progress(call, &ApiCall::uploadProgress);
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->ok());
        const bool reachedTheEnd =
            std::any_of(progress.cbegin(), progress.cend(), [&content](const QList<QVariant> &p) {
                return p.at(0).toLongLong() == content.size() &&
                       p.at(1).toLongLong() == content.size();
            });
        QVERIFY(reachedTheEnd);
    }

    void getIsRetriedAfterDroppedConnection()
    {
        TestWorkspace workspace;
        addFault(workspace, u"drop:%1:count=1"_s.arg(kListPath));
        RetryPolicy fast;
        fast.baseDelayMs = 20;
        workspace.client().setRetryPolicy(fast);
        const ApiReply reply = sendAndWait(workspace.client(), listRoot());
        QVERIFY(reply.ok());
        QCOMPARE(reply.attempts(), 2);
    }

    void retriesAreBoundedInCount()
    {
        TestWorkspace workspace;
        addFault(workspace, u"error:%1:status=500"_s.arg(kListPath));
        addFault(workspace, u"error:%1:status=503"_s.arg(kListPath));
        RetryPolicy policy;
        policy.maxAttempts = 3;
        policy.baseDelayMs = 10;
        workspace.client().setRetryPolicy(policy);
        const ApiReply reply = sendAndWait(workspace.client(), listRoot());
        QVERIFY(!reply.ok());
        // 500 is not transient: no retry at all.
        QCOMPARE(reply.attempts(), 1);
        workspace.emulator().faults().clear();
        addFault(workspace, u"error:%1:status=503"_s.arg(kListPath));
        const ApiReply again = sendAndWait(workspace.client(), listRoot());
        QCOMPARE(again.attempts(), 3);
        QCOMPARE(again.error().httpStatus, 503);
    }

    void retriesAreBoundedInTime()
    {
        TestWorkspace workspace;
        addFault(workspace, u"rate-limit:%1:retry-after=5"_s.arg(kListPath));
        RetryPolicy policy;
        policy.maxTotalMs = 1000; // shorter than the server's Retry-After
        workspace.client().setRetryPolicy(policy);
        QElapsedTimer clock;
        clock.start();
        const ApiReply reply = sendAndWait(workspace.client(), listRoot());
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error().httpStatus, 429);
        QCOMPARE(reply.attempts(), 1);
        QVERIFY(clock.elapsed() < 5000);
    }

    void transferTimeout()
    {
        TestWorkspace workspace;
        addFault(workspace, u"latency:%1:ms=3000"_s.arg(kListPath));
        workspace.client().setRetryPolicy(RetryPolicy::none());
        const ApiReply reply = sendAndWait(workspace.client(), listRoot().transferTimeout(300));
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error().kind, ApiError::Kind::Timeout);
        QVERIFY(!reply.error().message.isEmpty());
    }

    void malformedBodyIsAnError()
    {
        TestWorkspace workspace;
        addFault(workspace, u"malformed:%1:count=1"_s.arg(kListPath));
        const ApiReply reply = sendAndWait(workspace.client(), listRoot());
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error().kind, ApiError::Kind::InvalidResponse);
    }

    void connectionRefusedIsReadable()
    {
        quint16 closedPort = 0;
        {
            TestWorkspace probe; // find a port, then free it
            closedPort = probe.emulator().port();
        }
        QUrl url(u"http://127.0.0.1"_s);
        url.setPort(closedPort);
        ApiClient client(url, std::make_shared<BearerTokenCredentials>("dapi-x"_ba));
        client.setRetryPolicy(RetryPolicy::none());
        const ApiReply reply = sendAndWait(client, listRoot());
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error().kind, ApiError::Kind::Network);
        QVERIFY(reply.error().message.contains("refused"_L1));
    }

    void tlsErrorsAreReportedWithCertificateDetails()
    {
        QFile certificateFile(QStringLiteral(BRICKDESK_TEST_DATA "/selfsigned.crt"));
        QFile keyFile(QStringLiteral(BRICKDESK_TEST_DATA "/selfsigned.key"));
        QVERIFY(certificateFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration configuration;
        configuration.setLocalCertificate(QSslCertificate(certificateFile.readAll()));
        configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(configuration);
        QVERIFY(server.listen(QHostAddress::LocalHost));

        QUrl url(u"https://127.0.0.1"_s);
        url.setPort(server.serverPort());
        ApiClient client(url, std::make_shared<BearerTokenCredentials>("dapi-x"_ba));
        const ApiReply reply = sendAndWait(client, listRoot());
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error().kind, ApiError::Kind::Tls);
        QCOMPARE(reply.attempts(), 1); // a TLS failure is never retried
        QVERIFY2(reply.error().details.contains("brickdesk-test.invalid"_L1),
                 qPrintable(reply.error().details));
    }

    void tokenPagingFetchesEveryPage()
    {
        TestWorkspace workspace;
        workspace.emulator().jobs().addJobs(45);
        const PagingOutcome outcome =
            fetchAllJobs(workspace.client(), u"/api/2.2/jobs/list"_s, Pager::Style::PageToken);
        QVERIFY(!outcome.error);
        QCOMPARE(outcome.pages, 3);
        QCOMPARE(outcome.ids.size(), 45);
        QCOMPARE(QSet<qint64>(outcome.ids.begin(), outcome.ids.end()).size(), 45);
    }

    void offsetPagingFetchesEveryPage()
    {
        TestWorkspace workspace;
        workspace.emulator().jobs().addJobs(45);
        const PagingOutcome outcome =
            fetchAllJobs(workspace.client(), u"/api/2.1/jobs/list"_s, Pager::Style::OffsetLimit);
        QVERIFY(!outcome.error);
        QCOMPARE(outcome.pages, 3);
        QCOMPARE(QSet<qint64>(outcome.ids.begin(), outcome.ids.end()).size(), 45);
        const auto requests = workspace.emulator().requests();
        QCOMPARE(requests.last().query.queryItemValue(u"offset"_s), u"40"_s);
    }

    void pagingStopsAtTheFirstError()
    {
        TestWorkspace workspace;
        workspace.emulator().jobs().addJobs(45);
        workspace.client().setRetryPolicy(RetryPolicy::none());
        // The second page request fails.
        addCannedResponse(workspace, u"/api/2.2/jobs/list"_s, 400, "application/json",
                          R"({"error_code":"INVALID_PARAMETER_VALUE","message":"bad page token"})",
                          1, 1);
        const PagingOutcome outcome =
            fetchAllJobs(workspace.client(), u"/api/2.2/jobs/list"_s, Pager::Style::PageToken);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->errorCode, u"INVALID_PARAMETER_VALUE"_s);
        QCOMPARE(outcome.pages, 1);
    }

    void idAboveTwoToThe53SurvivesARoundTrip()
    {
        TestWorkspace workspace(emulator::Seed::Demo);
        const qint64 id = (qint64(1) << 53) + 1;
        const ApiReply reply = sendAndWait(
            workspace.client(), ApiRequest::get(u"/api/2.2/jobs/get"_s).query(u"job_id"_s, id));
        QVERIFY2(reply.ok(), qPrintable(reply.ok() ? QString() : reply.error().toString()));
        QCOMPARE(jsonId(reply.json(), "job_id"_L1), id);
        // And in a JSON body: the request the client wrote carries it exactly.
        const ApiRequest post = ApiRequest::post(u"/api/2.2/jobs/delete"_s, {{u"job_id"_s, id}});
        QVERIFY(post.body().contains(QByteArray::number(id)));
    }

    void concurrencyStaysWithinTheBudget()
    {
        TestWorkspace workspace;
        addFault(workspace, u"latency:%1:ms=100"_s.arg(kListPath));
        workspace.client().setMaxConcurrentRequests(4);
        int maxInFlight = 0;
        connect(&workspace.emulator(), &emulator::Emulator::requestReceived, this, [&] {
            maxInFlight = std::max(maxInFlight, workspace.client().scheduler()->inFlight());
        });
        int done = 0;
        QObject context;
        for (int i = 0; i < 12; ++i)
            workspace.client().send(listRoot(), &context,
                                    [&](const ApiReply &r) { done += r.ok(); });
        QTRY_COMPARE_WITH_TIMEOUT(done, 12, 10000);
        QCOMPARE(maxInFlight, 4);
    }

    void destroyedContextGetsNoCallback()
    {
        TestWorkspace workspace;
        addFault(workspace, u"latency:%1:ms=300"_s.arg(kListPath));
        QSignalSpy finished(&workspace.client(), &ApiClient::callFinished);
        bool called = false;
        {
            QObject context;
            workspace.client().send(listRoot(), &context, [&](const ApiReply &) { called = true; });
        }
        // Abandoning is reported at once, for the activity panel...
        QCOMPARE(finished.count(), 1);
        QVERIFY(finished.first().first().value<ActivityRecord>().finished);
        // ...and the handler stays silent even after the server would have
        // answered: a later call through the same latency completes first.
        QVERIFY(sendAndWait(workspace.client(), listRoot()).ok());
        QVERIFY(!called);
    }

    void cancelDeliversExactlyOnce()
    {
        TestWorkspace workspace;
        addFault(workspace, u"latency:%1:ms=300"_s.arg(kListPath));
        int calls = 0;
        std::optional<ApiReply> last;
        QObject context;
        ApiCall *call = workspace.client().send(listRoot(), &context, [&](const ApiReply &r) {
            ++calls;
            last = r;
        });
        call->cancel();
        QCOMPARE(calls, 1);
        QCOMPARE(last->error().kind, ApiError::Kind::Cancelled);
        QSignalSpy spy(&workspace.emulator(), &emulator::Emulator::requestReceived);
        spy.wait(700); // let any stray traffic arrive: it must not cause a second delivery
        QCOMPARE(calls, 1);
    }

    void tokenNeverAppearsInLogsErrorsOrActivity()
    {
        LogCapture logs;
        QStringList activity;
        const QByteArray wrongToken = "dapi-wrong-token-9876543210";
        {
            TestWorkspace workspace;
            connect(&workspace.client(), &ApiClient::callFinished, this,
                    [&](const ActivityRecord &r) { activity << r.path << r.error; });
            // A server that echoes the token back in its error message.
            addCannedResponse(workspace, u"/api/2.0/workspace/get-status"_s, 400,
                              "application/json",
                              R"({"error_code":"BAD_REQUEST","message":"token )"_ba +
                                  test::kTestToken + R"( is odd"})"_ba);
            const ApiReply echoed = sendAndWait(
                workspace.client(),
                ApiRequest::get(u"/api/2.0/workspace/get-status"_s).query(u"path"_s, u"/"_s));
            QVERIFY(!echoed.ok());
            QVERIFY(!echoed.error().toString().contains(QLatin1StringView(test::kTestToken)));
            QVERIFY(echoed.error().message.contains("[redacted]"_L1));
            QVERIFY(sendAndWait(workspace.client(), listRoot()).ok());

            ApiClient wrong(workspace.url(), std::make_shared<BearerTokenCredentials>(wrongToken));
            const ApiReply denied = sendAndWait(wrong, listRoot());
            QCOMPARE(denied.error().httpStatus, 403);
            QCOMPARE(denied.error().message, u"Invalid access token."_s);
        }
        const QString everything = logs.all() + activity.join(u'\n');
        QVERIFY(logs.all().contains("brickdesk.net"_L1)); // logging was on and captured
        QVERIFY(!everything.contains(QLatin1StringView(test::kTestToken)));
        QVERIFY(!everything.contains(QLatin1StringView(wrongToken)));
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
