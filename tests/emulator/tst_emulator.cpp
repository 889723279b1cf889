// The emulator over real loopback HTTP: transport, auth, faults, SCIM, jobs
// paging, request recording and the brickdesk-emulator executable.
#include "tests/emulator/emulatorfixture.h"

#include "core/emulator/apierrors.h"
#include "core/emulator/demoseed.h"
#include "core/emulator/pagetoken.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk::emulator;
using brickdesk::test::EmulatorFixture;
using brickdesk::test::query;
using brickdesk::test::rawRequest;
using brickdesk::test::RawResponse;

namespace {
const QString kList = u"/api/2.0/workspace/list"_s;
const QString kJobsList = u"/api/2.2/jobs/list"_s;
} // namespace

class TestEmulator : public QObject
{
    Q_OBJECT
private slots:
    void listensOnLoopbackOnly();
    void standardResponseHeaders();
    void missingCredentialIs401();
    void unsupportedCredentialIs401();
    void wrongTokenIs403();
    void wellKnownNeedsNoAuth();
    void unknownEndpointAndWrongMethod();
    void acceptsTextJsonContentType();
    void recordsRequestsWithoutToken();
    void scimMe();
    void jobsListDefaultsAndOmittedKeys();
    void jobsTokenPaging();
    void jobsOffsetPaging();
    void jobsLimitValidation_data();
    void jobsLimitValidation();
    void jobsGetAndLargeIds();
    void jobsGetNotFound();
    void jobsNameFilterAndExpandTasks();
    void faultRateLimit();
    void faultLatency();
    void faultServerErrors_data();
    void faultServerErrors();
    void faultDropConnection();
    void faultCannedResponseAfterSkip();
    void faultMalformedBody();
    void faultCountExhaustionThenSuccess();
    void faultMethodFilter();
    void clockDrivesTimestamps();
    void handleWithoutTransport();
    void pageTokenCodec();
    void apiErrorStatuses();
    void executableServesAndStops();
    void executableTimeScale();
};

void TestEmulator::listensOnLoopbackOnly()
{
    EmulatorFixture fixture;
    QVERIFY(fixture.emulator().port() != 0);
    QCOMPARE(fixture.emulator().url().host(), u"127.0.0.1"_s);
    QCOMPARE(fixture.emulator().url().port(), int(fixture.emulator().port()));
    QCOMPARE(fixture.emulator().url().scheme(), u"http"_s);
    QCOMPARE(fixture.emulator().userName(), u"demo@brickdesk.dev"_s);
    // A second emulator on the same port fails cleanly.
    Emulator second;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"could not listen"_s));
    QVERIFY(!second.listen(fixture.emulator().port()));
}

void TestEmulator::standardResponseHeaders()
{
    EmulatorFixture fixture;
    const RawResponse response = fixture.get(kList, query({{u"path"_s, u"/"_s}}));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(response.header("Server"), QByteArray("databricks"));
    QCOMPARE(response.header("Vary"), QByteArray("Accept-Encoding"));
    QCOMPARE(response.header("Cache-Control"), QByteArray("no-cache, no-store, must-revalidate"));
    QCOMPARE(response.header("Content-Length").toLongLong(), response.body.size());
}

void TestEmulator::missingCredentialIs401()
{
    EmulatorFixture fixture;
    const RawResponse response =
        rawRequest("GET", fixture.url(kList, query({{u"path"_s, u"/"_s}})));
    QCOMPARE(response.status, 401);
    QCOMPARE(
        response.body,
        QByteArray(
            R"({"error_code":401,"message":"Credential was not sent or was of an unsupported type for this API."})"));
    QVERIFY(response.json.value("error_code"_L1).isDouble()); // an integer, not a string
}

void TestEmulator::unsupportedCredentialIs401()
{
    EmulatorFixture fixture;
    const RawResponse response = rawRequest("GET", fixture.url(kList, query({{u"path"_s, u"/"_s}})),
                                            {}, {{"Authorization", "Basic dXNlcjpwYXNz"}});
    QCOMPARE(response.status, 401);
    QCOMPARE(response.json.value("error_code"_L1).toInt(), 401);
}

void TestEmulator::wrongTokenIs403()
{
    EmulatorFixture fixture;
    const RawResponse response = rawRequest("GET", fixture.url(kList, query({{u"path"_s, u"/"_s}})),
                                            {}, {{"Authorization", "Bearer dapi-wrong"}});
    QCOMPARE(response.status, 403);
    QCOMPARE(response.body, QByteArray(R"({"error_code":403,"message":"Invalid access token."})"));
    QCOMPARE(response.header("X-Databricks-Reason-Phrase"), QByteArray("Invalid access token."));
}

void TestEmulator::wellKnownNeedsNoAuth()
{
    EmulatorFixture fixture;
    const RawResponse response =
        rawRequest("GET", fixture.url(u"/.well-known/databricks-config"_s));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value("workspace_id"_L1).toString(), fixture.emulator().workspaceId());
    QVERIFY(response.json.value("oidc_endpoint"_L1).toString().endsWith("/oidc"_L1));
    QCOMPARE(response.json.value("host_type"_L1).toString(), u"WORKSPACE_HOST"_s);
}

void TestEmulator::unknownEndpointAndWrongMethod()
{
    EmulatorFixture fixture;
    RawResponse response = fixture.get(u"/api/2.0/workspace/lists"_s);
    QCOMPARE(response.status, 404);
    QCOMPARE(
        response.body,
        QByteArray(
            R"({"error_code":"ENDPOINT_NOT_FOUND","message":"No API found for 'GET /workspace/lists'"})"));
    // The real service reports a wrong method as an unknown API, too.
    response = fixture.get(u"/api/2.0/workspace/mkdirs"_s);
    QCOMPARE(response.status, 404);
    QCOMPARE(response.json.value("message"_L1).toString(),
             u"No API found for 'GET /workspace/mkdirs'"_s);
    // Unauthenticated requests to unknown endpoints are still 401 first.
    response = rawRequest("GET", fixture.url(u"/api/2.0/nothing"_s));
    QCOMPARE(response.status, 401);
}

void TestEmulator::acceptsTextJsonContentType()
{
    EmulatorFixture fixture;
    const RawResponse response = fixture.postRaw(u"/api/2.0/workspace/mkdirs"_s,
                                                 R"({"path":"/Shared/legacy"})", "text/json");
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
    QVERIFY(fixture.emulator().workspace().find(u"/Shared/legacy"_s));
}

void TestEmulator::recordsRequestsWithoutToken()
{
    EmulatorFixture fixture;
    QSignalSpy received(&fixture.emulator(), &Emulator::requestReceived);
    fixture.get(kList, query({{u"path"_s, u"/Shared"_s}}),
                {{"User-Agent", "brickdesk/0.1.0 qt/6.4.2 auth/pat"}});
    fixture.post(u"/api/2.0/workspace/mkdirs"_s, QJsonObject{{"path"_L1, u"/Shared/x"_s}});
    QCOMPARE(received.size(), 2);
    QCOMPARE(received.at(0).at(0).toString(), u"GET"_s);
    QCOMPARE(received.at(0).at(1).toString(), kList);

    const QList<RecordedRequest> requests = fixture.emulator().requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests[0].method, QByteArray("GET"));
    QCOMPARE(requests[0].path, kList);
    QCOMPARE(QUrlQuery(requests[0].query).queryItemValue(u"path"_s, QUrl::FullyDecoded),
             u"/Shared"_s);
    QCOMPARE(requests[0].header("User-Agent"), QByteArray("brickdesk/0.1.0 qt/6.4.2 auth/pat"));
    QCOMPARE(requests[0].header("Authorization"), QByteArray("Bearer <redacted>"));
    QCOMPARE(requests[0].headers.value("user-agent"),
             QByteArray("brickdesk/0.1.0 qt/6.4.2 auth/pat"));
    QVERIFY(requests[0].received.isValid());
    QVERIFY(requests[0].received <= requests[1].received);
    QCOMPARE(requests[1].body, QByteArray(R"({"path":"/Shared/x"})"));
    for (const RecordedRequest &request : requests)
        for (const auto &header : request.headers)
            QVERIFY(!header.contains(brickdesk::test::kTestToken));
    fixture.emulator().clearRequests();
    QVERIFY(fixture.emulator().requests().isEmpty());
}

void TestEmulator::scimMe()
{
    EmulatorFixture fixture;
    const RawResponse response = fixture.get(u"/api/2.0/preview/scim/v2/Me"_s);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("X-Databricks-Org-Id"), fixture.emulator().workspaceId().toUtf8());
    const QJsonObject me = response.json;
    QCOMPARE(me.value("userName"_L1).toString(), u"demo@brickdesk.dev"_s);
    QVERIFY(!me.value("id"_L1).toString().isEmpty());
    QVERIFY(!me.value("displayName"_L1).toString().isEmpty());
    QCOMPARE(me.value("active"_L1).toBool(), true);
    QCOMPARE(me.value("emails"_L1).toArray().first().toObject().value("value"_L1).toString(),
             u"demo@brickdesk.dev"_s);
    QVERIFY(!me.value("groups"_L1).toArray().isEmpty());
    QVERIFY(me.value("groups"_L1).toArray().first().toObject().contains("display"_L1));
    QVERIFY(
        me.value("schemas"_L1).toArray().contains(u"urn:ietf:params:scim:schemas:core:2.0:User"_s));
}

void TestEmulator::jobsListDefaultsAndOmittedKeys()
{
    EmulatorFixture fixture; // empty seed: no jobs
    RawResponse response = fixture.get(kJobsList);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}")); // no "jobs", no has_more=false
    fixture.emulator().jobs().addJobs(25);
    response = fixture.get(kJobsList);
    QCOMPARE(response.json.value("jobs"_L1).toArray().size(), 20); // default limit
    QCOMPARE(response.json.value("has_more"_L1).toBool(), true);
    QVERIFY(!response.json.contains("prev_page_token"_L1));
    const QJsonObject job = response.json.value("jobs"_L1).toArray().first().toObject();
    QVERIFY(job.value("job_id"_L1).toInteger() > 1'000'000'000'000'000LL);
    QCOMPARE(job.value("creator_user_name"_L1).toString(), u"demo@brickdesk.dev"_s);
    QVERIFY(job.value("created_time"_L1).toInteger() > 0);
    QCOMPARE(job.value("settings"_L1).toObject().value("name"_L1).toString(), u"Job 00001"_s);
    // limit=0 means the service maximum.
    response = fixture.get(kJobsList, query({{u"limit"_s, u"0"_s}}));
    QCOMPARE(response.json.value("jobs"_L1).toArray().size(), 25);
    QVERIFY(!response.json.contains("has_more"_L1));
    QVERIFY(!response.json.contains("next_page_token"_L1));
}

void TestEmulator::jobsTokenPaging()
{
    EmulatorFixture fixture;
    fixture.emulator().jobs().addJobs(237);
    QSet<qint64> seen;
    QString token;
    int pages = 0;
    QString prevToken;
    do {
        QUrlQuery q = query({{u"limit"_s, u"100"_s}});
        if (!token.isEmpty())
            q.addQueryItem(u"page_token"_s, token);
        const RawResponse response = fixture.get(u"/api/2.1/jobs/list"_s, q);
        QCOMPARE(response.status, 200);
        for (const QJsonValue &job : response.json.value("jobs"_L1).toArray())
            seen.insert(job.toObject().value("job_id"_L1).toInteger());
        QCOMPARE(response.json.contains("prev_page_token"_L1), pages > 0);
        prevToken = response.json.value("prev_page_token"_L1).toString();
        token = response.json.value("next_page_token"_L1).toString();
        QCOMPARE(response.json.value("has_more"_L1).toBool(), !token.isEmpty());
        ++pages;
    } while (!token.isEmpty());
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 237);

    // prev_page_token leads back to the previous page.
    const RawResponse back =
        fixture.get(kJobsList, query({{u"limit"_s, u"100"_s}, {u"page_token"_s, prevToken}}));
    QCOMPARE(back.json.value("jobs"_L1).toArray().size(), 100);
    QCOMPARE(back.json.value("jobs"_L1)
                 .toArray()
                 .first()
                 .toObject()
                 .value("settings"_L1)
                 .toObject()
                 .value("name"_L1)
                 .toString(),
             u"Job 00101"_s);

    const RawResponse bad = fixture.get(kJobsList, query({{u"page_token"_s, u"garbage!"_s}}));
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json.value("error_code"_L1).toString(), u"INVALID_PARAMETER_VALUE"_s);
}

void TestEmulator::jobsOffsetPaging()
{
    EmulatorFixture fixture;
    fixture.emulator().jobs().addJobs(45);
    QSet<qint64> seen;
    int offset = 0;
    while (true) {
        const RawResponse response =
            fixture.get(u"/api/2.0/jobs/list"_s,
                        query({{u"limit"_s, u"20"_s}, {u"offset"_s, QString::number(offset)}}));
        QCOMPARE(response.status, 200);
        const QJsonArray jobs = response.json.value("jobs"_L1).toArray();
        for (const QJsonValue &job : jobs)
            seen.insert(job.toObject().value("job_id"_L1).toInteger());
        offset += int(jobs.size());
        if (!response.json.value("has_more"_L1).toBool())
            break;
    }
    QCOMPARE(seen.size(), 45);
    QCOMPARE(offset, 45);
    // Past the end: an empty object.
    QCOMPARE(fixture.get(kJobsList, query({{u"offset"_s, u"1000"_s}})).body, QByteArray("{}"));
}

void TestEmulator::jobsLimitValidation_data()
{
    QTest::addColumn<QString>("limit");
    QTest::addColumn<int>("status");
    QTest::newRow("1") << u"1"_s << 200;
    QTest::newRow("100") << u"100"_s << 200;
    QTest::newRow("0 = max") << u"0"_s << 200;
    QTest::newRow("101") << u"101"_s << 400;
    QTest::newRow("-1") << u"-1"_s << 400;
    QTest::newRow("abc") << u"abc"_s << 400;
}

void TestEmulator::jobsLimitValidation()
{
    QFETCH(QString, limit);
    QFETCH(int, status);
    EmulatorFixture fixture(Seed::Demo);
    const RawResponse response = fixture.get(kJobsList, query({{u"limit"_s, limit}}));
    QCOMPARE(response.status, status);
    if (status == 400) {
        QCOMPARE(response.json.value("error_code"_L1).toString(), u"INVALID_PARAMETER_VALUE"_s);
        QVERIFY(response.json.value("message"_L1).toString().contains(limit));
    } else {
        QVERIFY(!response.json.value("jobs"_L1).toArray().isEmpty());
    }
}

void TestEmulator::jobsGetAndLargeIds()
{
    EmulatorFixture fixture(Seed::Demo);
    // The demo seed has a job id above 2^53; it must survive the wire exactly.
    const RawResponse list = fixture.get(kJobsList, query({{u"limit"_s, u"100"_s}}));
    QVERIFY(list.body.contains("9007199254740993"));
    const RawResponse response = fixture.get(
        u"/api/2.2/jobs/get"_s, query({{u"job_id"_s, QString::number(DemoSeed::kLargeJobId)}}));
    QCOMPARE(response.status, 200);
    QVERIFY(response.body.contains(R"("job_id":9007199254740993)"));
    QCOMPARE(response.json.value("job_id"_L1).toInteger(), DemoSeed::kLargeJobId);
    QVERIFY(response.json.value("settings"_L1)
                .toObject()
                .value("tasks"_L1)
                .isArray()); // get includes tasks
    QCOMPARE(response.json.value("run_as_user_name"_L1).toString(), u"ana.lopez@brickdesk.dev"_s);
}

void TestEmulator::jobsGetNotFound()
{
    EmulatorFixture fixture;
    RawResponse response = fixture.get(u"/api/2.1/jobs/get"_s, query({{u"job_id"_s, u"123"_s}}));
    QCOMPARE(response.status, 400);
    QCOMPARE(
        response.body,
        QByteArray(
            R"({"error_code":"INVALID_PARAMETER_VALUE","message":"Job 123 does not exist."})"));
    response = fixture.get(u"/api/2.1/jobs/get"_s);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"INVALID_PARAMETER_VALUE"_s);
}

void TestEmulator::jobsNameFilterAndExpandTasks()
{
    EmulatorFixture fixture(Seed::Demo);
    RawResponse response = fixture.get(kJobsList, query({{u"name"_s, u"nightly INGEST"_s}}));
    const QJsonArray jobs = response.json.value("jobs"_L1).toArray();
    QCOMPARE(jobs.size(), 1);
    QVERIFY(!jobs.first().toObject().value("settings"_L1).toObject().contains("tasks"_L1));
    response = fixture.get(
        kJobsList, query({{u"name"_s, u"Nightly ingest"_s}, {u"expand_tasks"_s, u"true"_s}}));
    QVERIFY(response.json.value("jobs"_L1)
                .toArray()
                .first()
                .toObject()
                .value("settings"_L1)
                .toObject()
                .contains("tasks"_L1));
}

void TestEmulator::faultRateLimit()
{
    EmulatorFixture fixture;
    fixture.emulator().faults().rateLimit(u"/api/2.0/workspace/*"_s, 7);
    const RawResponse response = fixture.get(kList, query({{u"path"_s, u"/"_s}}));
    QCOMPARE(response.status, 429);
    QCOMPARE(response.header("Retry-After"), QByteArray("7"));
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"REQUEST_LIMIT_EXCEEDED"_s);
    QVERIFY(!response.json.value("message"_L1).toString().isEmpty());
    // Other areas are unaffected.
    QCOMPARE(fixture.get(u"/api/2.0/preview/scim/v2/Me"_s).status, 200);
}

void TestEmulator::faultLatency()
{
    EmulatorFixture fixture;
    fixture.emulator().faults().latency(u"*"_s, 300, 1);
    QElapsedTimer timer;
    timer.start();
    RawResponse response = fixture.get(kList, query({{u"path"_s, u"/"_s}}));
    const qint64 slow = timer.elapsed();
    QCOMPARE(response.status, 200);
    QVERIFY2(slow >= 300, qPrintable(QString::number(slow)));

    // While one answer is delayed, others are served: nothing blocks.
    fixture.emulator().faults().latency(kList, 2000, 1);
    QNetworkAccessManager nam;
    QNetworkRequest slowRequest(fixture.url(kList, query({{u"path"_s, u"/"_s}})));
    slowRequest.setRawHeader("Authorization", QByteArray("Bearer ") + brickdesk::test::kTestToken);
    QNetworkReply *pending = nam.get(slowRequest);
    QSignalSpy finished(pending, &QNetworkReply::finished);
    QTRY_COMPARE(fixture.emulator().requests().size(), 2);
    timer.restart();
    response = fixture.get(u"/api/2.0/preview/scim/v2/Me"_s);
    QCOMPARE(response.status, 200);
    QVERIFY(timer.elapsed() < 1500);
    QVERIFY(!pending->isFinished());
    QVERIFY(finished.wait(5000));
    QCOMPARE(pending->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete pending;
}

void TestEmulator::faultServerErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<int>("retryAfter");
    QTest::newRow("500") << 500 << u"INTERNAL_ERROR"_s << 0;
    QTest::newRow("502") << 502 << u"TEMPORARILY_UNAVAILABLE"_s << 0;
    QTest::newRow("503") << 503 << u"TEMPORARILY_UNAVAILABLE"_s << 0;
    QTest::newRow("503 retry-after") << 503 << u"TEMPORARILY_UNAVAILABLE"_s << 5;
    QTest::newRow("504") << 504 << u"DEADLINE_EXCEEDED"_s << 0;
}

void TestEmulator::faultServerErrors()
{
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    QFETCH(int, retryAfter);
    EmulatorFixture fixture;
    fixture.emulator().faults().serverError(kList, status, -1, retryAfter);
    const RawResponse response = fixture.get(kList, query({{u"path"_s, u"/"_s}}));
    QCOMPARE(response.status, status);
    QCOMPARE(response.json.value("error_code"_L1).toString(), errorCode);
    QVERIFY(!response.json.value("message"_L1).toString().isEmpty());
    QCOMPARE(response.header("Retry-After"),
             retryAfter > 0 ? QByteArray::number(retryAfter) : QByteArray());
}

void TestEmulator::faultDropConnection()
{
    EmulatorFixture fixture;
    fixture.emulator().faults().dropConnection(kList, 1);
    RawResponse response = fixture.get(kList, query({{u"path"_s, u"/"_s}}));
    QCOMPARE(response.networkError, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(fixture.emulator().requests().size(), 1); // exactly one request failed
    QCOMPARE(fixture.get(kList, query({{u"path"_s, u"/"_s}})).status, 200);

    // Aborting before any byte: QNetworkAccessManager re-sends once by itself.
    const auto rule = FaultInjector::parse(u"drop:%1:mode=abort"_s.arg(kList));
    QVERIFY(rule);
    QVERIFY(rule->abortBeforeAnswer);
    fixture.emulator().faults().addRule(*rule);
    fixture.emulator().clearRequests();
    response = fixture.get(kList, query({{u"path"_s, u"/"_s}}));
    QCOMPARE(response.status, 0);
    QVERIFY(response.networkError != QNetworkReply::NoError);
    QVERIFY(response.networkError != QNetworkReply::TimeoutError);
    QVERIFY(fixture.emulator().requests().size() >= 1);
}

void TestEmulator::faultCannedResponseAfterSkip()
{
    EmulatorFixture fixture;
    FaultRule rule;
    rule.kind = FaultRule::Kind::CannedResponse;
    rule.pathPattern = kList;
    rule.status = 502;
    rule.contentType = "text/html";
    rule.body = "<html><pre>Bad gateway</pre></html>";
    rule.skip = 1;
    rule.remaining = 1;
    fixture.emulator().faults().addRule(rule);
    QCOMPARE(fixture.get(kList, query({{u"path"_s, u"/"_s}})).status, 200); // skipped
    const RawResponse canned = fixture.get(kList, query({{u"path"_s, u"/"_s}}));
    QCOMPARE(canned.status, 502);
    QCOMPARE(canned.header("Content-Type"), QByteArray("text/html"));
    QCOMPARE(canned.body, rule.body);
    QCOMPARE(fixture.get(kList, query({{u"path"_s, u"/"_s}})).status, 200); // used up
}

void TestEmulator::faultMalformedBody()
{
    EmulatorFixture fixture;
    fixture.emulator().faults().malformedBody(kList, 1);
    const RawResponse response = fixture.get(kList, query({{u"path"_s, u"/"_s}}));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QJsonParseError error;
    QJsonDocument::fromJson(response.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QVERIFY(!response.body.isEmpty());
}

void TestEmulator::faultCountExhaustionThenSuccess()
{
    EmulatorFixture fixture;
    fixture.emulator().faults().serverError(kList, 503, 2);
    QCOMPARE(fixture.get(kList, query({{u"path"_s, u"/"_s}})).status, 503);
    QCOMPARE(fixture.get(kList, query({{u"path"_s, u"/"_s}})).status, 503);
    QCOMPARE(fixture.get(kList, query({{u"path"_s, u"/"_s}})).status, 200);
    QCOMPARE(fixture.emulator().requests().size(), 3);

    // A textual rule behaves the same.
    const auto rule =
        FaultInjector::parse(u"rate-limit:/api/2.0/workspace/*:retry-after=2:count=1"_s);
    QVERIFY(rule);
    fixture.emulator().faults().addRule(*rule);
    const RawResponse limited = fixture.get(kList, query({{u"path"_s, u"/"_s}}));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("2"));
    QCOMPARE(fixture.get(kList, query({{u"path"_s, u"/"_s}})).status, 200);
}

void TestEmulator::faultMethodFilter()
{
    EmulatorFixture fixture;
    FaultRule rule;
    rule.kind = FaultRule::Kind::ServerError;
    rule.status = 500;
    rule.method = "POST";
    fixture.emulator().faults().addRule(rule);
    QCOMPARE(fixture.get(kList, query({{u"path"_s, u"/"_s}})).status, 200);
    QCOMPARE(fixture.post(u"/api/2.0/workspace/mkdirs"_s, QJsonObject{{"path"_L1, u"/Shared/a"_s}})
                 .status,
             500);
    QVERIFY(
        !fixture.emulator().workspace().find(u"/Shared/a"_s)); // a failed request changes nothing
}

void TestEmulator::clockDrivesTimestamps()
{
    EmulatorFixture fixture;
    EmulatorClock &clock = fixture.emulator().clock();
    clock.setFrozen(true);
    clock.advance(3'600'000);
    const qint64 expected = clock.now();
    QVERIFY(fixture.emulator().workspace().putFile(u"/Shared/f.txt"_s, "x").ok());
    const RawResponse response =
        fixture.get(u"/api/2.0/workspace/get-status"_s, query({{u"path"_s, u"/Shared/f.txt"_s}}));
    QCOMPARE(response.json.value("created_at"_L1).toInteger(), expected);
    QCOMPARE(response.json.value("modified_at"_L1).toInteger(), expected);
    fixture.emulator().jobs().addJobs(1);
    QCOMPARE(fixture.emulator().jobs().jobs().first()->createdTime, expected);
}

void TestEmulator::handleWithoutTransport()
{
    Emulator emulator;
    emulator.setAcceptedToken("t");
    brickdesk::emulator::HttpRequest request;
    request.method = "GET";
    request.path = kList;
    request.query = query({{u"path"_s, u"/Shared"_s}});
    request.headers = {{"Authorization", "Bearer t"}};
    const HttpResponse response = emulator.handle(request);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
    request.headers.clear();
    QCOMPARE(emulator.handle(request).status, 401);
}

void TestEmulator::pageTokenCodec()
{
    using brickdesk::emulator::PageToken;
    for (const qint64 offset : {qint64(0), qint64(20), qint64(9'007'199'254'740'993LL)}) {
        const QString token = PageToken::encode(offset);
        QVERIFY(token != QString::number(offset)); // opaque, not the number itself
        QCOMPARE(PageToken::decode(token), std::optional<qint64>(offset));
    }
    QCOMPARE(PageToken::decode(u"garbage!"_s), std::nullopt);
    QCOMPARE(PageToken::decode(QString()), std::nullopt);
    QCOMPARE(PageToken::decode(QString::fromLatin1(QByteArray("offset:-1").toBase64())),
             std::nullopt);
    QCOMPARE(PageToken::decode(QString::fromLatin1(QByteArray("limit:5").toBase64())),
             std::nullopt);

    brickdesk::emulator::HttpRequest request;
    QVERIFY(!PageToken::isSent(request));
    QCOMPARE(std::get<qint64>(PageToken::offset(request)), 0);
    request.query = query({{u"page_token"_s, PageToken::encode(40)}});
    QVERIFY(PageToken::isSent(request));
    QCOMPARE(std::get<qint64>(PageToken::offset(request)), 40);
    request.query = query({{u"page_token"_s, u"nope"_s}});
    const auto bad = PageToken::offset(request);
    const HttpResponse &error = std::get<HttpResponse>(bad);
    QCOMPARE(error.status, 400);
    QCOMPARE(error.jsonObject().value("error_code"_L1).toString(), u"INVALID_PARAMETER_VALUE"_s);
    QVERIFY(error.jsonObject()
                .value("message"_L1)
                .toString()
                .startsWith(u"Invalid page token: nope."_s));
}

void TestEmulator::apiErrorStatuses()
{
    namespace e = brickdesk::emulator;
    const auto check = [](const HttpResponse &response, int status, const QString &code) {
        QCOMPARE(response.status, status);
        QCOMPARE(response.jsonObject(),
                 (QJsonObject{{"error_code"_L1, code}, {"message"_L1, u"m"_s}}));
    };
    check(e::invalidParameter(u"m"_s), 400, u"INVALID_PARAMETER_VALUE"_s);
    check(e::malformedRequest(u"m"_s), 400, u"MALFORMED_REQUEST"_s);
    check(e::notFound(u"m"_s), 404, u"RESOURCE_DOES_NOT_EXIST"_s);
    check(e::invalidState(u"m"_s), 400, u"INVALID_STATE"_s);
    check(e::resourceAlreadyExists(u"m"_s), 400, u"RESOURCE_ALREADY_EXISTS"_s);
    check(e::alreadyExists(u"m"_s), 409, u"ALREADY_EXISTS"_s);
    check(e::permissionDenied(u"m"_s), 403, u"PERMISSION_DENIED"_s);
    check(e::internalError(u"m"_s), 500, u"INTERNAL_ERROR"_s);
    QCOMPARE(e::malformedRequest().jsonObject().value("message"_L1).toString(),
             u"Invalid JSON given in the body of the request - expected a map"_s);
}

void TestEmulator::executableServesAndStops()
{
    QProcess process;
    process.start(QStringLiteral(BRICKDESK_EMULATOR_EXE),
                  {u"--port"_s, u"0"_s, u"--token"_s, u"dapi-exe"_s, u"--seed"_s, u"demo"_s,
                   u"--fault"_s, u"error:/api/2.0/workspace/list:status=503:count=1"_s});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString line = QString::fromUtf8(process.readLine());
    const QRegularExpressionMatch match =
        QRegularExpression(u"(http://127\\.0\\.0\\.1:\\d+)"_s).match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    QUrl url(match.captured(1));
    url.setPath(kList);
    url.setQuery(u"path=/Users"_s);
    QCOMPARE(rawRequest("GET", url, {}, {{"Authorization", "Bearer dapi-exe"}}).status,
             503); // the --fault
    const RawResponse response = rawRequest("GET", url, {}, {{"Authorization", "Bearer dapi-exe"}});
    QCOMPARE(response.status, 200);
    QVERIFY(response.json.value("objects"_L1).toArray().size() >= 3); // demo users

    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);

    QProcess bad;
    bad.start(QStringLiteral(BRICKDESK_EMULATOR_EXE),
              {u"--token"_s, u"x"_s, u"--fault"_s, u"explode:*"_s});
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("explode"));
}

void TestEmulator::executableTimeScale()
{
    for (const QString &bad : {u"0"_s, u"-1"_s, u"fast"_s}) {
        QProcess process;
        process.start(QStringLiteral(BRICKDESK_EMULATOR_EXE),
                      {u"--token"_s, u"x"_s, u"--time-scale"_s, bad});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        const QByteArray error = process.readAllStandardError();
        QVERIFY2(error.contains("Invalid time scale: " + bad.toUtf8()), error.constData());
        QVERIFY2(error.contains("greater than 0"), error.constData());
    }

    QProcess process;
    process.start(QStringLiteral(BRICKDESK_EMULATOR_EXE),
                  {u"--port"_s, u"0"_s, u"--token"_s, u"x"_s, u"--time-scale"_s, u"0.5"_s});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    QVERIFY(process.readLine().contains("listening on http://127.0.0.1:"));
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestEmulator)
#include "tst_emulator.moc"
