// SecretUsageIndex against the demo workspace: which jobs, clusters and
// pipelines name a key and where, which references point at keys that do not
// exist, restarting a rebuild mid-run, and a listing that fails.
#include "core/emulator/demoseed.h"
#include "core/secrets/secretusageindex.h"
#include "core/secrets/secretusagemodel.h"
#include "tests/support/modeltesthelpers.h"
#include "tests/support/testworkspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

bool rebuildAndWait(SecretUsageIndex &index)
{
    QSignalSpy rebuilt(&index, &SecretUsageIndex::rebuilt);
    index.rebuild();
    return rebuilt.wait(20000);
}

QStringList describe(const QList<SecretUsage> &usages)
{
    QStringList out;
    for (const SecretUsage &usage : usages)
        out << u"%1|%2|%3"_s.arg(SecretUsageModel::kindName(usage.kind), usage.name, usage.field);
    out.sort();
    return out;
}

} // namespace

class TestSecretUsageIndex : public QObject
{
    Q_OBJECT

private slots:
    void usagesOfAKey();
    void missingReference();
    void rebuildTwice();
    void restartMidRun();
    void clustersListFails();
    void usageModel();
};

void TestSecretUsageIndex::usagesOfAKey()
{
    test::TestWorkspace workspace(emulator::Seed::Demo);
    SecretUsageIndex index(&workspace.client());
    QVERIFY(!index.isReady());
    QVERIFY(rebuildAndWait(index));
    QVERIFY(index.isReady());
    QVERIFY(!index.isBuilding());
    QCOMPARE(index.lastError(), QString());

    const QList<SecretUsage> usages = index.usagesOf(u"prod-warehouse"_s, u"jdbc-password"_s);
    QCOMPARE(
        describe(usages),
        (QStringList{
            u"Cluster|Shared analytics|spark_conf.spark.sql.warehouse.jdbc.password"_s,
            u"Job|Warehouse export|tasks[export].new_cluster.spark_env_vars.WAREHOUSE_PASSWORD"_s,
            u"Pipeline|orders-dlt|configuration.warehouse.password"_s,
        }));
    for (const SecretUsage &usage : usages) {
        QCOMPARE(usage.reference.scope, u"prod-warehouse"_s);
        QCOMPARE(usage.reference.key, u"jdbc-password"_s);
        QVERIFY(!usage.id.isEmpty());
    }
    const auto cluster = std::find_if(usages.begin(), usages.end(), [](const SecretUsage &u) {
        return u.kind == SecretUsage::Kind::Cluster;
    });
    QCOMPARE(cluster->id, u"0412-081530-shrd7k2q"_s);
    const auto pipeline = std::find_if(usages.begin(), usages.end(), [](const SecretUsage &u) {
        return u.kind == SecretUsage::Kind::Pipeline;
    });
    QCOMPARE(pipeline->id, u"3b8e2f10-7c4d-4a91-b6e5-0d9f8a7c6b51"_s);

    // Scope names compare without case, keys exactly.
    QCOMPARE(index.usagesOf(u"PROD-warehouse"_s, u"jdbc-password"_s).size(), 3);
    QCOMPARE(index.usagesOf(u"prod-warehouse"_s, u"JDBC-password"_s).size(), 0);
    // A key nothing names.
    QVERIFY(index.usagesOf(u"prod-warehouse"_s, u"readonly-password"_s).isEmpty());
    // Every use of every key is in allUsages.
    QVERIFY(index.allUsages().size() > 10);
}

void TestSecretUsageIndex::missingReference()
{
    test::TestWorkspace workspace(emulator::Seed::Demo);
    SecretUsageIndex index(&workspace.client());
    QVERIFY(rebuildAndWait(index));

    const QString missing = QString::fromLatin1(emulator::DemoSeed::kMissingSecretReference);
    const QList<SecretUsage> found = index.missingReferences();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().reference.toString(), missing);
    QCOMPARE(found.first().kind, SecretUsage::Kind::Job);
    QCOMPARE(found.first().name, u"Partner API sync"_s);
    QCOMPARE(found.first().field, u"tasks[pull].notebook_task.base_parameters.legacy_token"_s);
    // Every other reference resolves.
    for (const SecretUsage &usage : index.allUsages())
        if (usage.reference.toString() != missing)
            QVERIFY2(!found.contains(usage), qPrintable(usage.reference.toString()));
    QCOMPARE(index.usagesOf(u"etl-credentials"_s, u"old-api-token"_s).size(), 1);

    // Deleting a key that a job names makes that use missing too.
    workspace.emulator().secrets().deleteSecret(u"ml-platform"_s, u"mlflow-token"_s);
    QVERIFY(rebuildAndWait(index));
    QStringList missingNow;
    for (const SecretUsage &usage : index.missingReferences())
        missingNow << usage.reference.toString();
    missingNow.removeDuplicates();
    missingNow.sort();
    QCOMPARE(missingNow, (QStringList{missing, u"{{secrets/ml-platform/mlflow-token}}"_s}));
}

void TestSecretUsageIndex::rebuildTwice()
{
    test::TestWorkspace workspace(emulator::Seed::Demo);
    SecretUsageIndex index(&workspace.client());
    QVERIFY(rebuildAndWait(index));
    const QList<SecretUsage> first = index.allUsages();

    QSignalSpy rebuilt(&index, &SecretUsageIndex::rebuilt);
    index.rebuild();
    index.rebuild(); // cancels the first before any answer
    QVERIFY(index.isBuilding());
    QVERIFY(rebuilt.wait(20000));
    // The cancelled run's late answers are dropped: one result, no doubles.
    QVERIFY(!rebuilt.wait(300));
    QCOMPARE(rebuilt.size(), 1);
    QCOMPARE(index.allUsages().size(), first.size());
    QCOMPARE(describe(index.allUsages()), describe(first));
}

void TestSecretUsageIndex::restartMidRun()
{
    test::TestWorkspace workspace(emulator::Seed::Demo);
    SecretUsageIndex index(&workspace.client());
    QVERIFY(rebuildAndWait(index));
    const QStringList expected = describe(index.allUsages());

    // Slow pipeline gets, so the first run is caught with calls on the wire.
    workspace.emulator().faults().latency(u"/api/2.0/pipelines/*"_s, 300, 3);
    QSignalSpy rebuilt(&index, &SecretUsageIndex::rebuilt);
    QSignalSpy requests(&workspace.emulator(), &emulator::Emulator::requestReceived);
    index.rebuild();
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(requests.begin(), requests.end(),
                                         [](const QList<QVariant> &args) {
                                             return args.at(1).toString().startsWith(
                                                 "/api/2.0/pipelines/"_L1);
                                         }),
                             10000);
    QVERIFY(index.isBuilding());
    index.rebuild();
    QVERIFY(rebuilt.wait(20000));
    // Past the first run's slow answers, which must change nothing.
    QVERIFY(!rebuilt.wait(700));
    QCOMPARE(rebuilt.size(), 1);
    QCOMPARE(describe(index.allUsages()), expected);
}

void TestSecretUsageIndex::clustersListFails()
{
    test::TestWorkspace workspace(emulator::Seed::Demo);
    workspace.emulator().faults().serverError(u"/api/2.1/clusters/list"_s, 500);
    SecretUsageIndex index(&workspace.client());
    QVERIFY(rebuildAndWait(index));
    QVERIFY(index.isReady());
    QVERIFY(index.lastError().contains("Clusters could not be read"_L1));
    QVERIFY(!index.lastError().contains("Jobs"_L1));

    QStringList kinds;
    for (const SecretUsage &usage : index.usagesOf(u"prod-warehouse"_s, u"jdbc-password"_s))
        kinds << SecretUsageModel::kindName(usage.kind);
    kinds.sort();
    QCOMPARE(kinds, (QStringList{u"Job"_s, u"Pipeline"_s}));
    for (const SecretUsage &usage : index.allUsages())
        QVERIFY(usage.kind != SecretUsage::Kind::Cluster);
    // What it could read still tells missing keys apart.
    QCOMPARE(index.missingReferences().size(), 1);
}

void TestSecretUsageIndex::usageModel()
{
    test::TestWorkspace workspace(emulator::Seed::Demo);
    SecretUsageIndex index(&workspace.client());
    QVERIFY(rebuildAndWait(index));
    SecretUsageModel model;
    const auto tester = test::attachTester(&model);
    model.setUsages(index.usagesOf(u"prod-warehouse"_s, u"jdbc-password"_s));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.headerData(SecretUsageModel::KindColumn, Qt::Horizontal).toString(), u"Kind"_s);
    bool sawJob = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex kind = model.index(row, SecretUsageModel::KindColumn);
        if (kind.data(SecretUsageModel::KindRole).toInt() == int(SecretUsage::Kind::Job)) {
            sawJob = true;
            QCOMPARE(kind.data().toString(), u"Job"_s);
            QCOMPARE(model.index(row, SecretUsageModel::NameColumn).data().toString(),
                     u"Warehouse export"_s);
            QVERIFY(!kind.data(SecretUsageModel::IdRole).toString().isEmpty());
        }
    }
    QVERIFY(sawJob);
    model.setUsages({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestSecretUsageIndex)
#include "tst_secretusageindex.moc"
