#include "core/common/treesortproxy.h"
#include "core/workspace/workspacemodel.h"
#include "tests/support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

class TestTreeSortProxy : public QObject
{
    Q_OBJECT

private slots:
    void foldersStayFirstInBothDirections();
    void sortsByRawValueNotText();

private:
    QStringList names(const QAbstractItemModel &model, const QModelIndex &parent = {}) const
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(parent); ++row)
            result << model.index(row, 0, parent).data().toString();
        return result;
    }
};

void TestTreeSortProxy::foldersStayFirstInBothDirections()
{
    test::TestWorkspace ws(emulator::Seed::Empty);
    auto &store = ws.emulator().workspace();
    QVERIFY(store.mkdirs(u"/t/b-folder"_s).ok()); // creates /t too
    QVERIFY(store.mkdirs(u"/t/Y-folder"_s).ok());
    QVERIFY(store.putFile(u"/t/a.txt"_s, "a").ok());
    QVERIFY(store.putFile(u"/t/Z.txt"_s, "z").ok());
    WorkspaceModel model(&ws.client());
    model.setRootPath(u"/t"_s);
    TreeSortProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Q_UNUSED(tester);
    proxy.sort(WorkspaceModel::NameColumn, Qt::AscendingOrder);
    if (proxy.canFetchMore({}))
        proxy.fetchMore({});
    QTRY_VERIFY(model.isLoaded());
    QCOMPARE(names(proxy), (QStringList{u"b-folder"_s, u"Y-folder"_s, u"a.txt"_s, u"Z.txt"_s}));
    proxy.sort(WorkspaceModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(names(proxy), (QStringList{u"Y-folder"_s, u"b-folder"_s, u"Z.txt"_s, u"a.txt"_s}));
}

void TestTreeSortProxy::sortsByRawValueNotText()
{
    test::TestWorkspace ws(emulator::Seed::Empty);
    auto &store = ws.emulator().workspace();
    // By text "9 bytes" > "10 bytes"; by value 9 < 10 < 100.
    QVERIFY(store.mkdirs(u"/s"_s).ok());
    QVERIFY(store.putFile(u"/s/ten"_s, QByteArray(10, 'x')).ok());
    QVERIFY(store.putFile(u"/s/nine"_s, QByteArray(9, 'x')).ok());
    QVERIFY(store.putFile(u"/s/hundred"_s, QByteArray(100, 'x')).ok());
    WorkspaceModel model(&ws.client());
    model.setRootPath(u"/s"_s);
    TreeSortProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(WorkspaceModel::SizeColumn, Qt::AscendingOrder);
    proxy.fetchMore({});
    QTRY_VERIFY(model.isLoaded());
    QVERIFY(
        model.index(0, WorkspaceModel::SizeColumn).data(WorkspaceModel::RawValueRole).isValid());
    QCOMPARE(names(proxy), (QStringList{u"nine"_s, u"ten"_s, u"hundred"_s}));
    proxy.sort(WorkspaceModel::SizeColumn, Qt::DescendingOrder);
    QCOMPARE(names(proxy), (QStringList{u"hundred"_s, u"ten"_s, u"nine"_s}));
}

QTEST_GUILESS_MAIN(TestTreeSortProxy)
#include "tst_treesortproxy.moc"
