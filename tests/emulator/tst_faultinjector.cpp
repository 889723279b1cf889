// FaultInjector rules and their textual form; EmulatorClock. No HTTP.
#include "core/emulator/emulatorclock.h"
#include "core/emulator/faultinjector.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk::emulator;

class TestFaultInjector : public QObject
{
    Q_OBJECT
private slots:
    void parseValidSpecs();
    void parseErrors_data();
    void parseErrors();
    void wildcardAndMethodMatching();
    void countsRunOut();
    void latencyAddsUpAndFirstFailureWins();
    void skipLetsRequestsThrough();
    void removeAndClear();
    void clockAdvancesAndFreezes();
};

void TestFaultInjector::parseValidSpecs()
{
    QString error;
    auto rule =
        FaultInjector::parse(u"rate-limit:/api/2.0/workspace/*:retry-after=2:count=3"_s, &error);
    QVERIFY2(rule, qPrintable(error));
    QCOMPARE(rule->kind, FaultRule::Kind::RateLimit);
    QCOMPARE(rule->pathPattern, u"/api/2.0/workspace/*"_s);
    QCOMPARE(rule->retryAfterSeconds, 2);
    QCOMPARE(rule->remaining, 3);

    rule = FaultInjector::parse(u"latency:*:ms=20"_s, &error);
    QVERIFY2(rule, qPrintable(error));
    QCOMPARE(rule->kind, FaultRule::Kind::Latency);
    QCOMPARE(rule->latencyMs, 20);
    QCOMPARE(rule->remaining, -1);

    rule = FaultInjector::parse(u"error:/api/2.0/workspace/list:status=503:count=1"_s, &error);
    QVERIFY2(rule, qPrintable(error));
    QCOMPARE(rule->kind, FaultRule::Kind::ServerError);
    QCOMPARE(rule->status, 503);
    QCOMPARE(rule->retryAfterSeconds, 0); // only when asked for
    QCOMPARE(rule->remaining, 1);

    rule = FaultInjector::parse(u"error:*:status=503:retry-after=4"_s, &error);
    QVERIFY2(rule, qPrintable(error));
    QCOMPARE(rule->retryAfterSeconds, 4);

    rule = FaultInjector::parse(u"drop:/api/2.0/workspace/import:count=1:method=post"_s, &error);
    QVERIFY2(rule, qPrintable(error));
    QCOMPARE(rule->kind, FaultRule::Kind::DropConnection);
    QCOMPARE(rule->method, QByteArray("POST"));
    QVERIFY(!rule->abortBeforeAnswer);

    rule = FaultInjector::parse(u"drop:*:mode=abort:skip=2"_s, &error);
    QVERIFY2(rule, qPrintable(error));
    QVERIFY(rule->abortBeforeAnswer);
    QCOMPARE(rule->skip, 2);

    rule = FaultInjector::parse(u"malformed:*:count=1"_s, &error);
    QVERIFY2(rule, qPrintable(error));
    QCOMPARE(rule->kind, FaultRule::Kind::MalformedBody);
    QCOMPARE(FaultInjector::kindName(rule->kind), u"malformed"_s);
}

void TestFaultInjector::parseErrors_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QString() << u"<kind>"_s;
    QTest::newRow("no pattern") << u"drop"_s << u"<kind>"_s;
    QTest::newRow("unknown kind") << u"explode:*"_s << u"explode"_s;
    QTest::newRow("not key=value") << u"drop:*:count"_s << u"key=value"_s;
    QTest::newRow("not a number") << u"drop:*:count=two"_s << u"integer"_s;
    QTest::newRow("zero count") << u"drop:*:count=0"_s << u"count"_s;
    QTest::newRow("latency without ms") << u"latency:*"_s << u"ms="_s;
    QTest::newRow("wrong key for kind") << u"drop:*:ms=5"_s << u"does not apply"_s;
    QTest::newRow("status not 5xx") << u"error:*:status=404"_s << u"5xx"_s;
    QTest::newRow("bad drop mode") << u"drop:*:mode=later"_s << u"later"_s;
}

void TestFaultInjector::parseErrors()
{
    QFETCH(QString, spec);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!FaultInjector::parse(spec, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestFaultInjector::wildcardAndMethodMatching()
{
    FaultRule rule;
    rule.pathPattern = u"/api/2.0/workspace/*"_s;
    QVERIFY(rule.matches("GET", u"/api/2.0/workspace/list"_s));
    QVERIFY(rule.matches("POST", u"/api/2.0/workspace/import"_s));
    QVERIFY(!rule.matches("GET", u"/api/2.0/workspace-files/import-file/x"_s));
    QVERIFY(!rule.matches("GET", u"/api/2.2/jobs/list"_s));
    rule.pathPattern = u"*/jobs/*"_s;
    QVERIFY(rule.matches("GET", u"/api/2.2/jobs/list"_s));
    rule.pathPattern = u"*"_s;
    rule.method = "POST";
    QVERIFY(!rule.matches("GET", u"/x"_s));
    QVERIFY(rule.matches("post", u"/x"_s));
}

void TestFaultInjector::countsRunOut()
{
    FaultInjector faults;
    faults.serverError(u"/api/*"_s, 503, 2);
    QVERIFY(faults.decide("GET", u"/api/a"_s).fault);
    QVERIFY(
        !faults.decide("GET", u"/other"_s).fault); // a non-matching request does not use a count
    QVERIFY(faults.decide("GET", u"/api/b"_s).fault);
    QVERIFY(!faults.decide("GET", u"/api/c"_s).fault);
    QCOMPARE(faults.rules().first().remaining, 0);
}

void TestFaultInjector::latencyAddsUpAndFirstFailureWins()
{
    FaultInjector faults;
    faults.latency(u"*"_s, 10);
    faults.latency(u"/api/*"_s, 5, 1);
    faults.rateLimit(u"/api/*"_s, 3, 1);
    faults.dropConnection(u"*"_s, 1);
    FaultDecision decision = faults.decide("GET", u"/api/x"_s);
    QCOMPARE(decision.latencyMs, 15);
    QVERIFY(decision.fault);
    QCOMPARE(decision.fault->kind, FaultRule::Kind::RateLimit);
    QCOMPARE(decision.fault->retryAfterSeconds, 3);
    // The drop rule was not used by the first request, so it applies now.
    decision = faults.decide("GET", u"/api/x"_s);
    QCOMPARE(decision.latencyMs, 10);
    QVERIFY(decision.fault);
    QCOMPARE(decision.fault->kind, FaultRule::Kind::DropConnection);
    decision = faults.decide("GET", u"/api/x"_s);
    QCOMPARE(decision.latencyMs, 10);
    QVERIFY(!decision.fault);
}

void TestFaultInjector::skipLetsRequestsThrough()
{
    FaultInjector faults;
    const auto rule = FaultInjector::parse(u"error:/x:status=500:skip=2:count=1"_s);
    QVERIFY(rule);
    faults.addRule(*rule);
    QVERIFY(!faults.decide("GET", u"/x"_s).fault);
    QVERIFY(!faults.decide("GET", u"/x"_s).fault);
    QVERIFY(faults.decide("GET", u"/x"_s).fault);
    QVERIFY(!faults.decide("GET", u"/x"_s).fault);
}

void TestFaultInjector::removeAndClear()
{
    FaultInjector faults;
    const int id = faults.malformedBody(u"*"_s);
    faults.latency(u"*"_s, 1);
    QCOMPARE(faults.rules().size(), 2);
    faults.removeRule(id);
    QCOMPARE(faults.rules().size(), 1);
    QVERIFY(!faults.decide("GET", u"/"_s).fault);
    faults.clear();
    QVERIFY(faults.isEmpty());
}

void TestFaultInjector::clockAdvancesAndFreezes()
{
    EmulatorClock clock;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(qAbs(clock.now() - before) < 5000);

    QSignalSpy advanced(&clock, &EmulatorClock::advanced);
    clock.setFrozen(true);
    const qint64 frozen = clock.now();
    QTRY_VERIFY(QDateTime::currentMSecsSinceEpoch() > before + 20); // real time passes ...
    QCOMPARE(clock.now(), frozen);                                  // ... frozen time does not
    clock.advance(60'000);
    QCOMPARE(clock.now(), frozen + 60'000);
    QCOMPARE(advanced.size(), 1);
    QCOMPARE(advanced.first().first().toLongLong(), 60'000);
    clock.advance(0); // no-op, no signal
    QCOMPARE(advanced.size(), 1);

    clock.setFrozen(false);
    QVERIFY(clock.now() >= frozen + 60'000); // continues from where it stood
    QVERIFY(clock.now() < frozen + 65'000);
}

QTEST_GUILESS_MAIN(TestFaultInjector)
#include "tst_faultinjector.moc"
