// The secret usage panel, offscreen against the demo workspace: the heading
// for a used key, an unused one and the missing references, the "looking"
// state while the index rebuilds, a partial error, and Refresh.
#include "app/common/testseam.h"
#include "app/secrets/secretusagepanel.h"
#include "core/emulator/demoseed.h"
#include "core/secrets/secretusageindex.h"
#include "core/secrets/secretusagemodel.h"
#include "tests/support/testworkspace.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

class TestSecretUsagePanel : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { resetTestSeams(); }
    void headings();
    void partialErrorAndRefresh();
};

void TestSecretUsagePanel::headings()
{
    test::TestWorkspace workspace(emulator::Seed::Demo);
    SecretUsageIndex index(&workspace.client());
    SecretUsagePanel panel;
    panel.setIndex(&index);
    panel.show();
    QSignalSpy rebuilt(&index, &SecretUsageIndex::rebuilt);

    // Showing a key builds the index first.
    panel.showKey(u"prod-warehouse"_s, u"jdbc-password"_s);
    QVERIFY(index.isBuilding());
    QCOMPARE(panel.headingText(), u"Looking through jobs, clusters and pipelines…"_s);
    QVERIFY(rebuilt.wait(20000));
    QCOMPARE(panel.headingText(), u"Used by 1 job, 1 cluster and 1 pipeline"_s);
    QCOMPARE(panel.model()->rowCount(), 3);
    QVERIFY(panel.view()->isColumnHidden(SecretUsageModel::SecretColumn));

    panel.showKey(u"etl-credentials"_s, u"aws-secret-access-key"_s);
    QCOMPARE(panel.headingText(), u"Used by 1 job, 2 clusters and 1 pipeline"_s);

    panel.showKey(u"prod-warehouse"_s, u"readonly-password"_s);
    QCOMPARE(panel.headingText(), u"Not referenced by any job, cluster or pipeline"_s);
    QCOMPARE(panel.model()->rowCount(), 0);

    panel.showMissingReferences();
    QCOMPARE(panel.headingText(), u"1 reference to a key that does not exist"_s);
    QCOMPARE(panel.model()->rowCount(), 1);
    QVERIFY(!panel.view()->isColumnHidden(SecretUsageModel::SecretColumn));
    QCOMPARE(panel.model()->index(0, SecretUsageModel::SecretColumn).data().toString(),
             u"etl-credentials/old-api-token"_s);
    QCOMPARE(panel.errorText(), QString());
    // No navigation: the table is for reading.
    QCOMPARE(panel.view()->editTriggers(), QAbstractItemView::NoEditTriggers);
}

void TestSecretUsagePanel::partialErrorAndRefresh()
{
    test::TestWorkspace workspace(emulator::Seed::Demo);
    workspace.emulator().faults().serverError(u"/api/2.1/clusters/list"_s, 500, 1);
    SecretUsageIndex index(&workspace.client());
    SecretUsagePanel panel;
    panel.setIndex(&index);
    panel.show();
    QSignalSpy rebuilt(&index, &SecretUsageIndex::rebuilt);
    panel.showKey(u"prod-warehouse"_s, u"jdbc-password"_s);
    QVERIFY(rebuilt.wait(20000));
    QCOMPARE(panel.headingText(), u"Used by 1 job and 1 pipeline"_s);
    QVERIFY(panel.errorText().contains("Clusters could not be read"_L1));

    auto *refresh = panel.findChild<QPushButton *>(u"secretUsageRefresh"_s);
    QVERIFY(refresh && refresh->isEnabled());
    QTest::mouseClick(refresh, Qt::LeftButton);
    QVERIFY(index.isBuilding());
    QVERIFY(!refresh->isEnabled());
    QCOMPARE(panel.headingText(), u"Looking through jobs, clusters and pipelines…"_s);
    QVERIFY(rebuilt.wait(20000));
    // The fault was used up: this time the cluster is there too.
    QCOMPARE(panel.headingText(), u"Used by 1 job, 1 cluster and 1 pipeline"_s);
    QCOMPARE(panel.errorText(), QString());
}

QTEST_MAIN(TestSecretUsagePanel)
#include "tst_secretusagepanel.moc"
