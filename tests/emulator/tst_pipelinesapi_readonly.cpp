// Read-only Pipelines API over real loopback HTTP: list with max_results and
// page_token, get with the spec, the unknown-id error and the demo pipelines.
#include "tests/emulator/emulatorfixture.h"

#include "core/emulator/pipelinesstore.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;
using namespace brickdesk::emulator;
using brickdesk::test::EmulatorFixture;
using brickdesk::test::query;
using brickdesk::test::RawResponse;

namespace {

const QString kList = u"/api/2.0/pipelines"_s;
const QString kOrders = u"3b8e2f10-7c4d-4a91-b6e5-0d9f8a7c6b51"_s;

QStringList names(const RawResponse &response)
{
    QStringList out;
    for (const QJsonValue &value : response.json.value("statuses"_L1).toArray())
        out.append(value.toObject().value("name"_L1).toString());
    return out;
}

} // namespace

class TestPipelinesApiReadOnly : public QObject
{
    Q_OBJECT
private slots:
    void emptyList();
    void listPaging();
    void listMaxResultsValidation();
    void getSpec();
    void getUnknownId();
    void demoPipelines();
};

void TestPipelinesApiReadOnly::emptyList()
{
    EmulatorFixture fixture;
    const RawResponse response = fixture.get(kList);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
}

void TestPipelinesApiReadOnly::listPaging()
{
    EmulatorFixture fixture;
    PipelinesStore &store = fixture.emulator().pipelines();
    for (int i = 0; i < 60; ++i) {
        Pipeline pipeline;
        pipeline.pipelineId = u"00000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QChar(u'0'));
        pipeline.name = u"p%1"_s.arg(i, 2, 10, QChar(u'0'));
        store.add(pipeline);
    }
    RawResponse page = fixture.get(kList);
    QCOMPARE(names(page).size(), 25); // the default
    QCOMPARE(names(page).first(), u"p00"_s);
    QStringList all = names(page);
    while (page.json.contains("next_page_token"_L1)) {
        page = fixture.get(
            kList, query({{u"page_token"_s, page.json.value("next_page_token"_L1).toString()}}));
        QCOMPARE(page.status, 200);
        all += names(page);
    }
    QCOMPARE(all.size(), 60);
    QCOMPARE(all.last(), u"p59"_s);
    page = fixture.get(kList, query({{u"max_results"_s, u"100"_s}}));
    QCOMPARE(names(page).size(), 60);
    QVERIFY(!page.json.contains("next_page_token"_L1));
}

void TestPipelinesApiReadOnly::listMaxResultsValidation()
{
    EmulatorFixture fixture;
    for (const QString &bad : {u"101"_s, u"0"_s, u"-3"_s, u"lots"_s}) {
        const RawResponse response = fixture.get(kList, query({{u"max_results"_s, bad}}));
        QCOMPARE(response.status, 400);
        QCOMPARE(response.json.value("error_code"_L1).toString(), u"INVALID_PARAMETER_VALUE"_s);
    }
    const RawResponse token = fixture.get(kList, query({{u"page_token"_s, u"nope"_s}}));
    QCOMPARE(token.status, 400);
    QCOMPARE(token.json.value("error_code"_L1).toString(), u"INVALID_PARAMETER_VALUE"_s);
}

void TestPipelinesApiReadOnly::getSpec()
{
    EmulatorFixture fixture(Seed::Demo);
    const RawResponse response = fixture.get(kList + u'/' + kOrders);
    QCOMPARE(response.status, 200);
    const QJsonObject &p = response.json;
    QCOMPARE(p.value("pipeline_id"_L1).toString(), kOrders);
    QCOMPARE(p.value("name"_L1).toString(), u"orders-dlt"_s);
    QCOMPARE(p.value("state"_L1).toString(), u"RUNNING"_s);
    QCOMPARE(p.value("creator_user_name"_L1).toString(), u"demo@brickdesk.dev"_s);
    QVERIFY(p.value("last_modified"_L1).toInteger() < fixture.emulator().clock().now());
    const QJsonObject spec = p.value("spec"_L1).toObject();
    QCOMPARE(spec.value("id"_L1).toString(), kOrders);
    QCOMPARE(spec.value("name"_L1).toString(), u"orders-dlt"_s);
    QCOMPARE(spec.value("configuration"_L1).toObject().value("warehouse.password"_L1).toString(),
             u"{{secrets/prod-warehouse/jdbc-password}}"_s);
    const QJsonObject cluster = spec.value("clusters"_L1).toArray().first().toObject();
    QCOMPARE(cluster.value("label"_L1).toString(), u"default"_s);
    QVERIFY(
        cluster.value("spark_conf"_L1).toObject().contains("spark.hadoop.fs.s3a.secret.key"_L1));
    QCOMPARE(spec.value("libraries"_L1)
                 .toArray()
                 .first()
                 .toObject()
                 .value("notebook"_L1)
                 .toObject()
                 .value("path"_L1)
                 .toString(),
             u"/Shared/etl/ingest"_s);
    QCOMPARE(spec.value("catalog"_L1).toString(), u"main"_s);
    QCOMPARE(spec.value("target"_L1).toString(), u"bronze"_s);
    QCOMPARE(spec.value("continuous"_L1).toBool(true), false);
    QCOMPARE(spec.value("development"_L1).toBool(true), false);
    const QJsonObject update = p.value("latest_updates"_L1).toArray().first().toObject();
    QCOMPARE(update.value("state"_L1).toString(), u"RUNNING"_s);
    // creation_time is an ISO string here.
    QVERIFY(QDateTime::fromString(update.value("creation_time"_L1).toString(), Qt::ISODateWithMs)
                .isValid());
}

void TestPipelinesApiReadOnly::getUnknownId()
{
    EmulatorFixture fixture(Seed::Demo);
    RawResponse response = fixture.get(kList + u"/no-such-pipeline"_s);
    QCOMPARE(response.status, 404);
    QCOMPARE(
        response.body,
        QByteArray(
            R"({"error_code":"RESOURCE_DOES_NOT_EXIST","message":"The specified pipeline no-such-pipeline was not found."})"));
    response = fixture.get(kList + u'/' + kOrders + u"/unknown-sub-resource"_s);
    QCOMPARE(response.status, 404);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"ENDPOINT_NOT_FOUND"_s);
}

void TestPipelinesApiReadOnly::demoPipelines()
{
    EmulatorFixture fixture(Seed::Demo);
    const RawResponse response = fixture.get(kList);
    QCOMPARE(response.status, 200);
    // Listed by id.
    QCOMPARE(names(response), (QStringList{u"orders-dlt"_s, u"clickstream-sessionize"_s,
                                           u"orders-gold"_s, u"finance-ledger"_s}));
    const QJsonArray statuses = response.json.value("statuses"_L1).toArray();
    QCOMPARE(statuses.at(3).toObject().value("state"_L1).toString(), u"FAILED"_s);
    QCOMPARE(statuses.at(1).toObject().value("creator_user_name"_L1).toString(),
             u"kim.minjun@brickdesk.dev"_s);
    for (const QJsonValue &status : statuses) {
        QVERIFY(!status.toObject().contains("spec"_L1)); // list carries no spec
        QVERIFY(!status.toObject().value("latest_updates"_L1).toArray().isEmpty());
    }
    fixture.emulator().seed(Seed::Empty);
    QCOMPARE(fixture.get(kList).body, QByteArray("{}"));
}

QTEST_GUILESS_MAIN(TestPipelinesApiReadOnly)
#include "tst_pipelinesapi_readonly.moc"
