// The runtimes and node types of a workspace as the list and the create
// dialog name them, read over HTTP from the emulator once.

#include "core/clusters/clustercatalog.h"
#include "tests/support/testworkspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

class TestClusterCatalog : public QObject
{
    Q_OBJECT

private slots:
    void readsBothListsOnce();
    void namesInWords();
};

void TestClusterCatalog::readsBothListsOnce()
{
    test::TestWorkspace ws(emulator::Seed::Demo);
    ClusterCatalog catalog;
    QSignalSpy loaded(&catalog, &ClusterCatalog::loaded);
    catalog.load(&ws.client());
    QVERIFY(loaded.wait());
    QVERIFY(catalog.isLoaded());
    QVERIFY(catalog.runtimes().size() > 3);
    QVERIFY(!catalog.nodeTypes().isEmpty());
    // Newest runtime first, as the web UI offers them.
    const auto major = [](const QString &key) { return key.section(u'.', 0, 0).toInt(); };
    QVERIFY(major(catalog.runtimes().first().key) >= major(catalog.runtimes().last().key));
    // Loading again with the same client asks nothing more.
    const qsizetype calls = ws.emulator().requests().size();
    catalog.load(&ws.client());
    QCOMPARE(ws.emulator().requests().size(), calls);
}

void TestClusterCatalog::namesInWords()
{
    ClusterCatalog catalog;
    catalog.setSparkVersions(QJsonObject{
        {"versions"_L1,
         QJsonArray{
             QJsonObject{{"key"_L1, u"13.3.x-scala2.12"_s},
                         {"name"_L1, u"13.3 LTS (includes Apache Spark 3.4.1, Scala 2.12)"_s}},
             QJsonObject{{"key"_L1, u"15.4.x-scala2.12"_s},
                         {"name"_L1, u"15.4 LTS (includes Apache Spark 3.5.0, Scala 2.12)"_s}}}}});
    catalog.setNodeTypes(QJsonObject{
        {"node_types"_L1,
         QJsonArray{QJsonObject{{"node_type_id"_L1, u"i3.xlarge"_s},
                                {"num_cores"_L1, 4},
                                {"memory_mb"_L1, 31232},
                                {"category"_L1, u"Storage Optimized"_s}},
                    QJsonObject{{"node_type_id"_L1, u"g5.xlarge"_s},
                                {"num_cores"_L1, 4},
                                {"memory_mb"_L1, 16384},
                                {"num_gpus"_L1, 1},
                                {"category"_L1, u"GPU Accelerated"_s}},
                    QJsonObject{{"node_type_id"_L1, u"hidden.x"_s}, {"is_hidden"_L1, true}}}}});
    QVERIFY(catalog.isLoaded());
    QCOMPARE(catalog.runtimes().first().key, u"15.4.x-scala2.12"_s);
    QCOMPARE(catalog.runtimeShortName(u"15.4.x-scala2.12"_s), u"15.4 LTS"_s);
    QCOMPARE(catalog.runtimeName(u"15.4.x-scala2.12"_s),
             u"15.4 LTS (includes Apache Spark 3.5.0, Scala 2.12)"_s);
    QCOMPARE(catalog.runtimeShortName(u"99.0.x-unknown"_s), u"99.0.x-unknown"_s);
    QCOMPARE(catalog.nodeTypeText(u"i3.xlarge"_s), u"i3.xlarge (4 cores, 30.5 GB)"_s);
    QVERIFY(catalog.nodeTypeText(u"g5.xlarge"_s).startsWith(u"g5.xlarge (4 cores, 16 GB, 1 GPU"_s));
    QCOMPARE(catalog.nodeTypeText(u"m5.large"_s), u"m5.large"_s);
    QCOMPARE(catalog.nodeTypes().size(), 2); // hidden ones are not offered
}

QTEST_MAIN(TestClusterCatalog)
#include "tst_clustercatalog.moc"
