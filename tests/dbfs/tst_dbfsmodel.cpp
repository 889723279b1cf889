#include "core/common/treefilterproxy.h"
#include "core/dbfs/dbfsmodel.h"
#include "core/net/apiclient.h"
#include "core/net/credentials.h"
#include "tests/support/modeltesthelpers.h"
#include "tests/support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;
using namespace brickdesk;
using Kind = DbfsModel::RowKind;

using test::childNamed;
using test::namesUnder;
using test::rowKindOf;

class TestDbfsModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void rootListsLazily();
    void columnsAndRoles();
    void emptyFolderHasNoRows();
    void loadingRowThenEntries();
    void errorRowThenRefreshRecovers();
    void refreshShowsNewEntries();
    void refreshPathRelistsKnownFolders();
    void sharedFilterProxyKeepsAncestors();
    void dragCarriesPathsAndDropsOnFolders();
    void desktopDropRequestsUpload();

private:
    std::unique_ptr<test::TestWorkspace> m_ws;
    std::unique_ptr<DbfsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestDbfsModel::init()
{
    m_ws = std::make_unique<test::TestWorkspace>();
    m_ws->client().setRetryPolicy(RetryPolicy::none());
    auto &dbfs = m_ws->emulator().dbfs();
    dbfs.writeFile(u"/FileStore/tables/orders.csv"_s, QByteArray(2048, 'x'), true);
    dbfs.writeFile(u"/FileStore/tables/Customers.csv"_s, "id\n1\n", true);
    dbfs.writeFile(u"/FileStore/readme.txt"_s, "hello", true);
    dbfs.mkdirs(u"/tmp"_s);
    dbfs.writeFile(u"/a-file-at-root.txt"_s, "x", true);
    m_model = std::make_unique<DbfsModel>(&m_ws->client());
    // Attached for the whole test; it walks (and so lists) every folder.
    m_tester = test::attachTester(m_model.get());
}

void TestDbfsModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_ws.reset();
}

void TestDbfsModel::rootListsLazily()
{
    // A model of its own with a counted client: the tester would list all.
    ApiClient client(m_ws->url(),
                     std::make_shared<BearerTokenCredentials>(QByteArray(test::kTestToken)));
    QSignalSpy calls(&client, &ApiClient::callStarted);
    DbfsModel lazy(&client);
    QSignalSpy loaded(&lazy, &DbfsModel::folderLoaded);
    QCOMPARE(lazy.rootPath(), u"/"_s);
    QVERIFY(lazy.hasChildren());
    QCOMPARE(lazy.rowCount(), 0);
    QVERIFY(lazy.canFetchMore({}));
    lazy.fetchMore({});
    QVERIFY(!lazy.canFetchMore({}));
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().first().toString(), u"/"_s);
    // Folders first, then files, by name.
    QCOMPARE(namesUnder(lazy, {}),
             (QStringList{u"FileStore"_s, u"tmp"_s, u"a-file-at-root.txt"_s}));
    QCOMPARE(calls.size(), 1);

    const QModelIndex fileStore = childNamed(lazy, {}, u"FileStore"_s);
    QVERIFY(lazy.hasChildren(fileStore));
    QCOMPARE(lazy.rowCount(fileStore), 0);
    QVERIFY(lazy.canFetchMore(fileStore));
    lazy.fetchMore(fileStore);
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(namesUnder(lazy, fileStore), (QStringList{u"tables"_s, u"readme.txt"_s}));
    QCOMPARE(calls.size(), 2);
    QAbstractItemModelTester check(&lazy, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestDbfsModel::columnsAndRoles()
{
    const QModelIndex orders = test::loadPath(*m_model, u"/FileStore/tables/orders.csv"_s);
    QVERIFY(orders.isValid());
    QCOMPARE(m_model->columnCount(), 3);
    QCOMPARE(m_model->headerData(DbfsModel::SizeColumn, Qt::Horizontal).toString(), u"Size"_s);
    QCOMPARE(orders.data().toString(), u"orders.csv"_s);
    QCOMPARE(orders.data(Qt::ToolTipRole).toString(), u"dbfs:/FileStore/tables/orders.csv"_s);
    QCOMPARE(orders.data(DbfsModel::PathRole).toString(), u"/FileStore/tables/orders.csv"_s);
    QCOMPARE(orders.data(DbfsModel::IsFolderRole).toBool(), false);
    QVERIFY(m_model->flags(orders) & Qt::ItemNeverHasChildren);
    QVERIFY(!(m_model->flags(orders) & Qt::ItemIsDropEnabled));

    const QModelIndex size = orders.siblingAtColumn(DbfsModel::SizeColumn);
    QCOMPARE(size.data().toString(), QLocale().formattedDataSize(2048));
    QCOMPARE(size.data(DbfsModel::RawValueRole).toLongLong(), 2048);
    QVERIFY(size.data(Qt::ToolTipRole).toString().contains(QLocale().toString(2048)));
    const QModelIndex modified = orders.siblingAtColumn(DbfsModel::ModifiedColumn);
    QVERIFY(!modified.data().toString().isEmpty());
    QVERIFY(modified.data(DbfsModel::RawValueRole).toLongLong() > 0);

    const DbfsFileInfo info = m_model->fileInfo(orders);
    QCOMPARE(info.path, u"/FileStore/tables/orders.csv"_s);
    QCOMPARE(info.size, 2048);
    QCOMPARE(orders.data(DbfsModel::FileInfoRole).value<DbfsFileInfo>().path, info.path);

    // A folder has no size to show, and takes drops.
    const QModelIndex tables = orders.parent();
    QVERIFY(tables.siblingAtColumn(DbfsModel::SizeColumn).data().toString().isEmpty());
    QVERIFY(m_model->flags(tables) & Qt::ItemIsDropEnabled);
    QCOMPARE(m_model->folderPathFor(orders), u"/FileStore/tables"_s);
    QCOMPARE(m_model->folderPathFor(tables), u"/FileStore/tables"_s);
    QCOMPARE(m_model->folderPathFor({}), u"/"_s);
    QCOMPARE(m_model->indexForPath(u"dbfs:/FileStore/tables/orders.csv"_s), orders);
    QCOMPARE(m_model->childNames(tables), (QStringList{u"Customers.csv"_s, u"orders.csv"_s}));
}

void TestDbfsModel::emptyFolderHasNoRows()
{
    const QModelIndex tmp = test::loadPath(*m_model, u"/tmp"_s);
    QVERIFY(tmp.isValid());
    QVERIFY(m_model->isLoaded(tmp));
    QCOMPARE(m_model->rowCount(tmp), 0);
    QVERIFY(!m_model->hasChildren(tmp));
    QVERIFY(!m_model->canFetchMore(tmp));
}

void TestDbfsModel::loadingRowThenEntries()
{
    m_ws->emulator().faults().latency(u"/api/2.0/dbfs/list"_s, 300);
    m_model->fetchMore({});
    QTRY_COMPARE(m_model->rowCount(), 1);
    QCOMPARE(rowKindOf(m_model->index(0, 0)), Kind::Loading);
    QCOMPARE(m_model->index(0, 0).data().toString(), u"Loading…"_s);
    QVERIFY(m_model->isLoading());
    QVERIFY(!(m_model->flags(m_model->index(0, 0)) & Qt::ItemIsSelectable));
    QVERIFY(!m_model->fileInfo(m_model->index(0, 0)).isValid());
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoaded(), 10000);
    QCOMPARE(m_model->rowCount(), 3);
}

void TestDbfsModel::errorRowThenRefreshRecovers()
{
    m_ws->emulator().faults().serverError(u"/api/2.0/dbfs/list"_s, 500, 1);
    QSignalSpy failed(m_model.get(), &DbfsModel::folderLoadFailed);
    m_model->fetchMore({});
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex error = m_model->index(0, 0);
    QCOMPARE(rowKindOf(error), Kind::Error);
    QVERIFY(error.data().toString().startsWith(u"Could not load this folder"_s));
    QVERIFY(!error.data(DbfsModel::ErrorRole).toString().isEmpty());
    QVERIFY(error.data(Qt::ToolTipRole).toString().contains(u"F5"_s));
    QVERIFY(!m_model->hasChildren(error));

    m_model->refresh();
    QVERIFY(test::waitForLoaded(*m_model, QModelIndex()));
    QCOMPARE(m_model->rowCount(), 3);

    // A missing root is an error row too, with the API's message.
    m_model->setRootPath(u"dbfs:/no/such/dir"_s);
    QCOMPARE(m_model->rootPath(), u"/no/such/dir"_s);
    m_model->fetchMore({});
    QTRY_COMPARE(failed.size(), 2);
    QCOMPARE(rowKindOf(m_model->index(0, 0)), Kind::Error);
}

void TestDbfsModel::refreshShowsNewEntries()
{
    const QModelIndex tmp = test::loadPath(*m_model, u"/tmp"_s);
    QVERIFY(tmp.isValid());
    m_ws->emulator().dbfs().writeFile(u"/tmp/new.bin"_s, "123", true);
    QCOMPARE(m_model->rowCount(tmp), 0);
    // The tester lists the other folders meanwhile: look for /tmp only.
    QSignalSpy loaded(m_model.get(), &DbfsModel::folderLoaded);
    const QVariantList tmpLoaded{u"/tmp"_s};
    m_model->refresh(tmp);
    QTRY_VERIFY(loaded.contains(tmpLoaded));
    QCOMPARE(namesUnder(*m_model, tmp), QStringList{u"new.bin"_s});
    m_ws->emulator().dbfs().writeFile(u"/tmp/newer.bin"_s, "1", true);
    loaded.clear();
    // A file row refreshes its folder.
    m_model->refresh(m_model->index(0, 0, tmp));
    QTRY_VERIFY(loaded.contains(tmpLoaded));
    QCOMPARE(m_model->rowCount(tmp), 2);
}

void TestDbfsModel::refreshPathRelistsKnownFolders()
{
    ApiClient client(m_ws->url(),
                     std::make_shared<BearerTokenCredentials>(QByteArray(test::kTestToken)));
    DbfsModel lazy(&client);
    QSignalSpy loaded(&lazy, &DbfsModel::folderLoaded);
    lazy.fetchMore({});
    QTRY_COMPARE(loaded.size(), 1);
    QSignalSpy calls(&client, &ApiClient::callStarted);
    lazy.refreshPath(u"/nowhere"_s);
    lazy.refreshPath(u"/FileStore/tables"_s); // not in the tree yet
    QCOMPARE(calls.size(), 0);
    lazy.refreshPath(u"dbfs:/FileStore"_s); // in the tree, never opened
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(loaded.last().first().toString(), u"/FileStore"_s);
    lazy.refreshPath(u"/"_s);
    QTRY_COMPARE(loaded.size(), 3);
    QCOMPARE(calls.size(), 2);
}

void TestDbfsModel::sharedFilterProxyKeepsAncestors()
{
    QVERIFY(test::loadPath(*m_model, u"/FileStore/tables/orders.csv"_s).isValid());
    TreeFilterProxy proxy;
    proxy.setSourceModel(m_model.get());
    proxy.sort(DbfsModel::NameColumn);
    QAbstractItemModelTester check(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setNameFilter(u"ORDERS"_s);
    QCOMPARE(namesUnder(proxy, {}), QStringList{u"FileStore"_s});
    const QModelIndex fileStore = proxy.index(0, 0);
    QCOMPARE(namesUnder(proxy, fileStore), QStringList{u"tables"_s});
    QCOMPARE(namesUnder(proxy, proxy.index(0, 0, fileStore)), QStringList{u"orders.csv"_s});
    proxy.setNameFilter({});
    // Folders first in either direction.
    proxy.sort(DbfsModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(namesUnder(proxy, {}),
             (QStringList{u"tmp"_s, u"FileStore"_s, u"a-file-at-root.txt"_s}));
}

void TestDbfsModel::dragCarriesPathsAndDropsOnFolders()
{
    const QModelIndex orders = test::loadPath(*m_model, u"/FileStore/tables/orders.csv"_s);
    const QModelIndex tables = orders.parent();
    const QModelIndex fileStore = tables.parent();
    const QModelIndex tmp = test::loadPath(*m_model, u"/tmp"_s);
    QVERIFY(orders.isValid() && tmp.isValid());

    // The folder and something in it: only the folder travels.
    std::unique_ptr<QMimeData> data(
        m_model->mimeData({tables, orders, orders.siblingAtColumn(DbfsModel::SizeColumn)}));
    QVERIFY(data);
    QVERIFY(data->hasFormat(DbfsModel::kMimeType));
    QCOMPARE(m_model->draggedPaths(data.get()), QStringList{u"/FileStore/tables"_s});
    QCOMPARE(data->text(), u"dbfs:/FileStore/tables"_s);

    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, tmp));
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));         // the root
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, tables));    // itself
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, fileStore)); // already
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, orders));    // a file

    QSignalSpy moves(m_model.get(), &DbfsModel::moveRequested);
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, tmp));
    QCOMPARE(moves.size(), 1);
    QCOMPARE(moves.first().at(0).toStringList(), QStringList{u"/FileStore/tables"_s});
    QCOMPARE(moves.first().at(1).toString(), u"/tmp"_s);

    // Another workspace's tree: the same paths mean other files there.
    DbfsModel other(&m_ws->client());
    QVERIFY(other.draggedPaths(data.get()).isEmpty());
    QVERIFY(!other.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
}

void TestDbfsModel::desktopDropRequestsUpload()
{
    const QModelIndex tmp = test::loadPath(*m_model, u"/tmp"_s);
    QVERIFY(tmp.isValid());
    QTemporaryDir dir;
    QMimeData data;
    data.setUrls(
        {QUrl::fromLocalFile(dir.filePath(u"a.txt"_s)), QUrl(u"https://example.com/not-local"_s)});
    QVERIFY(m_model->canDropMimeData(&data, Qt::CopyAction, -1, -1, tmp));
    QSignalSpy uploads(m_model.get(), &DbfsModel::uploadRequested);
    QVERIFY(m_model->dropMimeData(&data, Qt::CopyAction, -1, -1, {}));
    QCOMPARE(uploads.size(), 1);
    QCOMPARE(uploads.first().at(0).toStringList(), QStringList{dir.filePath(u"a.txt"_s)});
    QCOMPARE(uploads.first().at(1).toString(), u"/"_s);

    QMimeData remoteOnly;
    remoteOnly.setUrls({QUrl(u"https://example.com/x"_s)});
    QVERIFY(!m_model->canDropMimeData(&remoteOnly, Qt::CopyAction, -1, -1, tmp));
}

QTEST_GUILESS_MAIN(TestDbfsModel)
#include "tst_dbfsmodel.moc"
