#include "core/common/treefilterproxy.h"
#include "core/workspace/workspacemodel.h"
#include "tests/support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

class TestTreeFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void filtersByNameKeepingAncestors();
    void hidesLoadingAndErrorRowsOnlyWhileFiltering();
    void matchesRowsThatArriveLater();

private:
    static QStringList names(const QAbstractItemModel &model, const QModelIndex &parent = {})
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(parent); ++row)
            result << model.index(row, 0, parent).data().toString();
        return result;
    }
    // Lists `path` (already a loaded row of `model`, or the root) and waits.
    static bool load(WorkspaceModel &model, const QString &path)
    {
        const QModelIndex index =
            path == model.rootPath() ? QModelIndex() : model.indexForPath(path);
        if (path != model.rootPath() && !index.isValid())
            return false;
        model.refresh(index);
        return QTest::qWaitFor([&] { return model.isLoaded(model.indexForPath(path)); }, 20000);
    }
};

void TestTreeFilterProxy::filtersByNameKeepingAncestors()
{
    test::TestWorkspace ws(emulator::Seed::Empty);
    auto &store = ws.emulator().workspace();
    QVERIFY(store.mkdirs(u"/t/etl/deep"_s).ok());
    QVERIFY(store.mkdirs(u"/t/reports"_s).ok());
    QVERIFY(store.putFile(u"/t/etl/deep/Orders.sql"_s, "select 1").ok());
    QVERIFY(store.putFile(u"/t/etl/customers.py"_s, "x = 1").ok());
    QVERIFY(store.putFile(u"/t/reports/daily ORDERS.txt"_s, "r").ok());
    QVERIFY(store.putFile(u"/t/readme.md"_s, "r").ok());

    WorkspaceModel model(&ws.client());
    model.setRootPath(u"/t"_s);
    TreeFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Q_UNUSED(tester);
    proxy.sort(WorkspaceModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(load(model, u"/t"_s));
    QVERIFY(load(model, u"/t/etl"_s));
    QVERIFY(load(model, u"/t/etl/deep"_s));
    QVERIFY(load(model, u"/t/reports"_s));
    QCOMPARE(names(proxy), (QStringList{u"etl"_s, u"reports"_s, u"readme.md"_s}));

    QSignalSpy changed(&proxy, &TreeFilterProxy::nameFilterChanged);
    proxy.setNameFilter(u"  orders "_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(proxy.nameFilter(), u"orders"_s);
    QVERIFY(proxy.isFiltering());
    // Both matches, case-insensitive, with the folders that lead to them.
    QCOMPARE(names(proxy), (QStringList{u"etl"_s, u"reports"_s}));
    const QModelIndex etl = proxy.index(0, 0);
    QCOMPARE(names(proxy, etl), QStringList{u"deep"_s});
    QCOMPARE(names(proxy, proxy.index(0, 0, etl)), QStringList{u"Orders.sql"_s});
    QCOMPARE(names(proxy, proxy.index(1, 0)), QStringList{u"daily ORDERS.txt"_s});
    QVERIFY(!proxy.matchesFilter(model.indexForPath(u"/t/etl"_s)));
    QVERIFY(proxy.matchesFilter(model.indexForPath(u"/t/etl/deep/Orders.sql"_s)));

    // A folder that matches itself stays even without matching children.
    proxy.setNameFilter(u"REPORT"_s);
    QCOMPARE(names(proxy), QStringList{u"reports"_s});
    QCOMPARE(names(proxy, proxy.index(0, 0)), QStringList());

    proxy.setNameFilter(u"nothing like it"_s);
    QCOMPARE(proxy.rowCount(), 0);

    proxy.setNameFilter(QString());
    QVERIFY(!proxy.isFiltering());
    QCOMPARE(names(proxy), (QStringList{u"etl"_s, u"reports"_s, u"readme.md"_s}));
    QCOMPARE(names(proxy, proxy.index(0, 0)), (QStringList{u"deep"_s, u"customers.py"_s}));
}

void TestTreeFilterProxy::hidesLoadingAndErrorRowsOnlyWhileFiltering()
{
    test::TestWorkspace ws(emulator::Seed::Empty);
    QVERIFY(ws.emulator().workspace().mkdirs(u"/x"_s).ok());
    WorkspaceModel model(&ws.client());
    model.setRootPath(u"/does-not-exist"_s);
    TreeFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Q_UNUSED(tester);
    QSignalSpy failed(&model, &WorkspaceModel::folderLoadFailed);
    model.refresh();
    QCOMPARE(proxy.rowCount(), 1); // Loading…
    QVERIFY(failed.wait(20000));
    QCOMPARE(proxy.rowCount(), 1);   // the error row
    proxy.setNameFilter(u"could"_s); // part of the error text, but not a name
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setNameFilter(QString());
    QCOMPARE(proxy.rowCount(), 1);
}

void TestTreeFilterProxy::matchesRowsThatArriveLater()
{
    test::TestWorkspace ws(emulator::Seed::Empty);
    auto &store = ws.emulator().workspace();
    QVERIFY(store.mkdirs(u"/a/sub"_s).ok());
    QVERIFY(store.putFile(u"/a/sub/needle.txt"_s, "n").ok());
    WorkspaceModel model(&ws.client());
    model.setRootPath(u"/a"_s);
    TreeFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Q_UNUSED(tester);
    QVERIFY(load(model, u"/a"_s));
    proxy.setNameFilter(u"needle"_s);
    QCOMPARE(proxy.rowCount(), 0); // not loaded: nothing to match yet
    QVERIFY(load(model, u"/a/sub"_s));
    QCOMPARE(names(proxy), QStringList{u"sub"_s});
    QCOMPARE(names(proxy, proxy.index(0, 0)), QStringList{u"needle.txt"_s});
}

QTEST_GUILESS_MAIN(TestTreeFilterProxy)
#include "tst_treefilterproxy.moc"
