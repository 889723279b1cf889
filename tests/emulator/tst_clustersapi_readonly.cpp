// Read-only Clusters API over real loopback HTTP: 2.0 and 2.1 list, 2.1
// paging and filters, get, the unknown-id error and the demo clusters.
#include "tests/emulator/emulatorfixture.h"

#include "core/emulator/clustersstore.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;
using namespace brickdesk::emulator;
using brickdesk::test::EmulatorFixture;
using brickdesk::test::query;
using brickdesk::test::RawResponse;

namespace {

QStringList names(const RawResponse &response)
{
    QStringList out;
    for (const QJsonValue &value : response.json.value("clusters"_L1).toArray())
        out.append(value.toObject().value("cluster_name"_L1).toString());
    return out;
}

void addClusters(ClustersStore &store, int count)
{
    for (int i = 0; i < count; ++i) {
        Cluster cluster;
        cluster.clusterName = u"cluster-%1"_s.arg(i, 3, 10, QChar(u'0'));
        cluster.sparkVersion = u"15.4.x-scala2.12"_s;
        cluster.nodeTypeId = u"i3.xlarge"_s;
        cluster.state = ClusterState::Running;
        store.add(cluster);
    }
}

} // namespace

class TestClustersApiReadOnly : public QObject
{
    Q_OBJECT
private slots:
    void emptyListOmitsClusters();
    void list20ReturnsEverything();
    void list21Paging();
    void list21Filters();
    void getFields();
    void getUnknownId();
    void demoClusters();
};

void TestClustersApiReadOnly::emptyListOmitsClusters()
{
    EmulatorFixture fixture;
    for (const QString &path : {u"/api/2.0/clusters/list"_s, u"/api/2.1/clusters/list"_s}) {
        const RawResponse response = fixture.get(path);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("{}"));
    }
}

void TestClustersApiReadOnly::list20ReturnsEverything()
{
    EmulatorFixture fixture;
    addClusters(fixture.emulator().clusters(), 130);
    const RawResponse response = fixture.get(u"/api/2.0/clusters/list"_s);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value("clusters"_L1).toArray().size(), 130);
    QVERIFY(!response.json.contains("next_page_token"_L1));
}

void TestClustersApiReadOnly::list21Paging()
{
    EmulatorFixture fixture;
    addClusters(fixture.emulator().clusters(), 130);
    const QString path = u"/api/2.1/clusters/list"_s;
    RawResponse first = fixture.get(path);
    QCOMPARE(names(first).size(), 100); // the default and maximum page size
    QCOMPARE(names(first).first(), u"cluster-000"_s);
    QVERIFY(!first.json.contains("prev_page_token"_L1));
    const QString next = first.json.value("next_page_token"_L1).toString();
    QVERIFY(!next.isEmpty());
    RawResponse second = fixture.get(path, query({{u"page_token"_s, next}}));
    QCOMPARE(names(second).size(), 30);
    QCOMPARE(names(second).first(), u"cluster-100"_s);
    QVERIFY(!second.json.contains("next_page_token"_L1));
    const QString prev = second.json.value("prev_page_token"_L1).toString();
    QCOMPARE(names(fixture.get(path, query({{u"page_token"_s, prev}}))), names(first));

    RawResponse small = fixture.get(path, query({{u"page_size"_s, u"7"_s}}));
    QCOMPARE(names(small).size(), 7);
    small = fixture.get(
        path, query({{u"page_size"_s, u"7"_s},
                     {u"page_token"_s, small.json.value("next_page_token"_L1).toString()}}));
    QCOMPARE(names(small).first(), u"cluster-007"_s);
    QCOMPARE(names(fixture.get(path, query({{u"page_size"_s, u"500"_s}}))).size(), 100);

    RawResponse bad = fixture.get(path, query({{u"page_token"_s, u"garbage"_s}}));
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json.value("error_code"_L1).toString(), u"INVALID_PARAMETER_VALUE"_s);
    bad = fixture.get(path, query({{u"page_size"_s, u"-1"_s}}));
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json.value("error_code"_L1).toString(), u"INVALID_PARAMETER_VALUE"_s);
}

void TestClustersApiReadOnly::list21Filters()
{
    EmulatorFixture fixture(Seed::Demo);
    const QString path = u"/api/2.1/clusters/list"_s;
    RawResponse response =
        fixture.get(path, query({{u"filter_by.cluster_states"_s, u"TERMINATED"_s}}));
    // Pinned first: etl-nightly.
    QCOMPARE(names(response), (QStringList{u"etl-nightly"_s, u"geo-enrichment"_s,
                                           u"job-1047501313829740-run-88412"_s}));
    QUrlQuery sources;
    sources.addQueryItem(u"filter_by.cluster_sources"_s, u"UI"_s);
    sources.addQueryItem(u"filter_by.cluster_sources"_s, u"API"_s);
    response = fixture.get(path, sources);
    QCOMPARE(names(response).size(), 5); // every cluster but the job clusters
    QVERIFY(!names(response).contains(u"job-1047501313829740-run-88412"_s));
    QVERIFY(!names(response).contains(u"job-1047501313830112-run-90233"_s));
    response = fixture.get(path, query({{u"filter_by.cluster_states"_s, u"SLEEPING"_s}}));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"INVALID_PARAMETER_VALUE"_s);
}

void TestClustersApiReadOnly::getFields()
{
    EmulatorFixture fixture(Seed::Demo);
    for (const auto version : {"2.0"_L1, "2.1"_L1}) {
        const RawResponse response =
            fixture.get("/api/"_L1 + version + "/clusters/get"_L1,
                        query({{u"cluster_id"_s, u"0301-220000-etln1ght"_s}}));
        QCOMPARE(response.status, 200);
        const QJsonObject &c = response.json;
        QCOMPARE(c.value("cluster_id"_L1).toString(), u"0301-220000-etln1ght"_s);
        QCOMPARE(c.value("cluster_name"_L1).toString(), u"etl-nightly"_s);
        QCOMPARE(c.value("state"_L1).toString(), u"TERMINATED"_s);
        QCOMPARE(c.value("cluster_source"_L1).toString(), u"API"_s);
        QCOMPARE(c.value("num_workers"_L1).toInt(), 6);
        QVERIFY(!c.contains("autoscale"_L1));
        QCOMPARE(c.value("spark_version"_L1).toString(), u"14.3.x-scala2.12"_s);
        QCOMPARE(c.value("node_type_id"_L1).toString(), u"r5d.2xlarge"_s);
        QCOMPARE(c.value("autotermination_minutes"_L1).toInt(), 30);
        QCOMPARE(c.value("creator_user_name"_L1).toString(), u"demo@brickdesk.dev"_s);
        QCOMPARE(
            c.value("spark_env_vars"_L1).toObject().value("AWS_SECRET_ACCESS_KEY"_L1).toString(),
            u"{{secrets/etl-credentials/aws-secret-access-key}}"_s);
        QCOMPARE(c.value("termination_reason"_L1).toObject().value("code"_L1).toString(),
                 u"INACTIVITY"_s);
        QCOMPARE(c.value("terminated_time"_L1).toInteger() - c.value("start_time"_L1).toInteger(),
                 3LL * 60 * 60 * 1000);
        QVERIFY(!c.value("state_message"_L1).toString().isEmpty());
    }
    const RawResponse shared = fixture.get(u"/api/2.1/clusters/get"_s,
                                           query({{u"cluster_id"_s, u"0412-081530-shrd7k2q"_s}}));
    QCOMPARE(shared.json.value("autoscale"_L1).toObject(),
             (QJsonObject{{"min_workers"_L1, 2}, {"max_workers"_L1, 8}}));
    QVERIFY(!shared.json.contains("num_workers"_L1));
    QVERIFY(!shared.json.contains("terminated_time"_L1));
    QVERIFY(!shared.json.contains("termination_reason"_L1));
    QCOMPARE(shared.json.value("custom_tags"_L1).toObject().value("team"_L1).toString(),
             u"analytics"_s);
}

void TestClustersApiReadOnly::getUnknownId()
{
    EmulatorFixture fixture(Seed::Demo);
    RawResponse response =
        fixture.get(u"/api/2.1/clusters/get"_s, query({{u"cluster_id"_s, u"0000-000000-nope"_s}}));
    QCOMPARE(response.status, 400);
    QCOMPARE(
        response.body,
        QByteArray(
            R"({"error_code":"INVALID_PARAMETER_VALUE","message":"Cluster 0000-000000-nope does not exist"})"));
    response = fixture.get(u"/api/2.0/clusters/get"_s);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"INVALID_PARAMETER_VALUE"_s);
    response = fixture.post(u"/api/2.0/clusters/list"_s, {});
    QCOMPARE(response.status, 404);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"ENDPOINT_NOT_FOUND"_s);
}

void TestClustersApiReadOnly::demoClusters()
{
    EmulatorFixture fixture(Seed::Demo);
    const RawResponse response = fixture.get(u"/api/2.0/clusters/list"_s);
    // Pinned clusters first, then clusters that are up or on their way, then
    // by name.
    QCOMPARE(names(response),
             (QStringList{u"Shared analytics"_s, u"etl-nightly"_s, u"analytics-sandbox"_s,
                          u"job-1047501313830112-run-90233"_s, u"ml-gpu-dev"_s, u"geo-enrichment"_s,
                          u"job-1047501313829740-run-88412"_s}));
    QStringList states;
    int withSecrets = 0;
    for (const QJsonValue &value : response.json.value("clusters"_L1).toArray()) {
        const QJsonObject cluster = value.toObject();
        states.append(cluster.value("state"_L1).toString());
        const QByteArray settings =
            QJsonDocument(QJsonObject{{"c"_L1, cluster.value("spark_conf"_L1)},
                                      {"e"_L1, cluster.value("spark_env_vars"_L1)}})
                .toJson();
        if (settings.contains("{{secrets/"))
            ++withSecrets;
        QVERIFY(cluster.value("start_time"_L1).toInteger() <= fixture.emulator().clock().now());
    }
    QCOMPARE(states, (QStringList{u"RUNNING"_s, u"TERMINATED"_s, u"RESIZING"_s, u"RUNNING"_s,
                                  u"PENDING"_s, u"TERMINATED"_s, u"TERMINATED"_s}));
    QCOMPARE(withSecrets, 4);
    fixture.emulator().seed(Seed::Empty);
    QCOMPARE(fixture.get(u"/api/2.0/clusters/list"_s).body, QByteArray("{}"));
}

QTEST_GUILESS_MAIN(TestClustersApiReadOnly)
#include "tst_clustersapi_readonly.moc"
