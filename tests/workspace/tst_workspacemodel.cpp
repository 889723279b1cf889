#include "core/net/apiclient.h"
#include "core/net/credentials.h"
#include "core/workspace/workspacemodel.h"
#include "tests/support/modeltesthelpers.h"
#include "tests/support/testworkspace.h"
#include "tests/workspace/cannedserver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace brickdesk;
using Kind = WorkspaceModel::RowKind;

using test::childNamed;
using test::namesUnder;
using test::rowKindOf;

class TestWorkspaceModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void rootRowsAppearAfterFetchMore();
    void folderExpandsLazily();
    void loadingRowAppearsThenDisappears();
    void errorRowWhenPathDoesNotExist();
    void errorRowOnServerErrorThenRefreshRecovers();
    void emptyFolderHasNoRows();
    void foldersFirstThenNameCaseInsensitive();
    void columnsAndRoles();
    void unknownObjectTypeShownByName();
    void refreshRelistsFolder();
    void refreshOfParentDropsPendingChildListing();
    void refreshMergesIntoListedSubtree();
    void idsAboveTwoToThe53StayExact();

private:
    std::unique_ptr<test::TestWorkspace> m_ws;
    std::unique_ptr<WorkspaceModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestWorkspaceModel::init()
{
    m_ws = std::make_unique<test::TestWorkspace>(emulator::Seed::Demo);
    // Failures must surface at once, not after the client's back-off.
    m_ws->client().setRetryPolicy(RetryPolicy::none());
    m_model = std::make_unique<WorkspaceModel>(&m_ws->client());
    // Attached for the whole test: it checks every change the model makes.
    // Note that it walks (and so fetches) every folder it can see.
    m_tester = test::attachTester(m_model.get());
}

void TestWorkspaceModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_ws.reset();
}

void TestWorkspaceModel::rootRowsAppearAfterFetchMore()
{
    QCOMPARE(m_model->rootPath(), u"/"_s);
    QVERIFY(m_model->hasChildren());
    QSignalSpy loaded(m_model.get(), &WorkspaceModel::folderLoaded);
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    QVERIFY(!m_model->canFetchMore({}));
    QTRY_VERIFY(loaded.contains(QVariantList{u"/"_s}));
    QCOMPARE(namesUnder(*m_model, {}), (QStringList{u"Repos"_s, u"Shared"_s, u"Users"_s}));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        QCOMPARE(rowKindOf(index), Kind::Object);
        QCOMPARE(index.data(WorkspaceModel::ObjectTypeRole).toString(), u"DIRECTORY"_s);
        QVERIFY(m_model->hasChildren(index));
    }
}

void TestWorkspaceModel::folderExpandsLazily()
{
    // The tester fetches every folder it sees, so laziness is checked on a
    // second model that only a "view" (this test) drives, with a client of
    // its own whose calls are counted.
    ApiClient client(m_ws->url(),
                     std::make_shared<BearerTokenCredentials>(QByteArray(test::kTestToken)));
    QSignalSpy calls(&client, &ApiClient::callStarted);
    WorkspaceModel lazy(&client);
    QSignalSpy loaded(&lazy, &WorkspaceModel::folderLoaded);
    QVERIFY(lazy.hasChildren());
    QCOMPARE(lazy.rowCount(), 0);
    QVERIFY(lazy.canFetchMore({}));
    lazy.fetchMore({});
    QTRY_COMPARE(loaded.size(), 1);

    const QModelIndex users = childNamed(lazy, {}, u"Users"_s);
    QVERIFY(users.isValid());
    QVERIFY(lazy.hasChildren(users)); // an expander before anything is known
    QCOMPARE(lazy.rowCount(users), 0);
    QVERIFY(lazy.canFetchMore(users));
    // Only the root was listed.
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().first().value<ActivityRecord>().path,
             u"/api/2.0/workspace/list?path=/"_s);

    lazy.fetchMore(users);
    QVERIFY(!lazy.canFetchMore(users));
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(loaded.at(1).first().toString(), u"/Users"_s);
    QVERIFY(lazy.rowCount(users) >= 3);
    QVERIFY(childNamed(lazy, users, m_ws->emulator().userName()).isValid());
    QCOMPARE(calls.size(), 2);

    // And what the lazy model holds passes the tester too.
    QAbstractItemModelTester check(&lazy, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestWorkspaceModel::loadingRowAppearsThenDisappears()
{
    // Slow listings, so the Loading row is observable.
    m_ws->emulator().faults().latency(u"/api/2.0/workspace/list"_s, 300);
    struct Change
    {
        bool inserted;
        Kind kind;
    };
    QList<Change> rootChanges;
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    return;
                for (int row = first; row <= last; ++row)
                    rootChanges.append({true, rowKindOf(m_model->index(row, 0))});
            });
    connect(m_model.get(), &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [&](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    return;
                for (int row = first; row <= last; ++row)
                    rootChanges.append({false, rowKindOf(m_model->index(row, 0))});
            });

    m_model->fetchMore({});
    QTRY_COMPARE(m_model->rowCount(), 1);
    QCOMPARE(rowKindOf(m_model->index(0, 0)), Kind::Loading);
    QCOMPARE(m_model->index(0, 0).data().toString(), u"Loading…"_s);
    QVERIFY(m_model->isLoading());
    QVERIFY(!(m_model->flags(m_model->index(0, 0)) & Qt::ItemIsSelectable));

    QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoaded(), 10000);
    QCOMPARE(m_model->rowCount(), 3);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(rowKindOf(m_model->index(row, 0)), Kind::Object);

    // Loading row in, Loading row out, then all objects in one batch.
    QCOMPARE(rootChanges.size(), 5);
    QVERIFY(rootChanges[0].inserted && rootChanges[0].kind == Kind::Loading);
    QVERIFY(!rootChanges[1].inserted && rootChanges[1].kind == Kind::Loading);
    for (int i = 2; i < 5; ++i)
        QVERIFY(rootChanges[i].inserted && rootChanges[i].kind == Kind::Object);
}

void TestWorkspaceModel::errorRowWhenPathDoesNotExist()
{
    QSignalSpy failed(m_model.get(), &WorkspaceModel::folderLoadFailed);
    m_model->setRootPath(u"/does/not/exist"_s);
    m_model->fetchMore({});
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), u"/does/not/exist"_s);
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex error = m_model->index(0, 0);
    QCOMPARE(rowKindOf(error), Kind::Error);
    QVERIFY(
        error.data(WorkspaceModel::ErrorRole).toString().contains(u"RESOURCE_DOES_NOT_EXIST"_s));
    QVERIFY(error.data().toString().contains(u"/does/not/exist"_s));
    QVERIFY(!m_model->canFetchMore({})); // retry is explicit: refresh()
    QVERIFY(!m_model->isLoading());
    QVERIFY(!m_model->isLoaded());
}

void TestWorkspaceModel::errorRowOnServerErrorThenRefreshRecovers()
{
    const int rule = m_ws->emulator().faults().serverError(u"/api/2.0/workspace/list"_s, 503, 1);
    Q_UNUSED(rule);
    QSignalSpy failed(m_model.get(), &WorkspaceModel::folderLoadFailed);
    m_model->fetchMore({});
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(rowKindOf(m_model->index(0, 0)), Kind::Error);
    QVERIFY(m_model->index(0, 0).data(WorkspaceModel::ErrorRole).toString().contains(u"503"_s));

    m_model->refresh();
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(rowKindOf(m_model->index(0, 0)), Kind::Loading);
    QTRY_VERIFY(m_model->isLoaded());
    QCOMPARE(namesUnder(*m_model, {}), (QStringList{u"Repos"_s, u"Shared"_s, u"Users"_s}));
}

void TestWorkspaceModel::emptyFolderHasNoRows()
{
    // An empty folder lists as {} without "objects".
    QVERIFY(m_ws->emulator().workspace().mkdirs(u"/Shared/empty"_s).ok());
    const QModelIndex empty = test::loadPath(*m_model, u"/Shared/empty"_s);
    QVERIFY(empty.isValid());
    QVERIFY(m_model->isLoaded(empty));
    QCOMPARE(m_model->rowCount(empty), 0);
    QVERIFY(!m_model->hasChildren(empty));
}

void TestWorkspaceModel::foldersFirstThenNameCaseInsensitive()
{
    auto &store = m_ws->emulator().workspace();
    QVERIFY(store.mkdirs(u"/Shared/mixed/zeta"_s).ok());
    QVERIFY(store.mkdirs(u"/Shared/mixed/Alpha"_s).ok());
    QVERIFY(store.putFile(u"/Shared/mixed/beta.txt"_s, "b").ok());
    QVERIFY(store.putFile(u"/Shared/mixed/Aardvark.txt"_s, "a").ok());
    QVERIFY(store.putFile(u"/Shared/mixed/Cat.txt"_s, "c").ok());
    const QModelIndex mixed = test::loadPath(*m_model, u"/Shared/mixed"_s);
    QVERIFY(mixed.isValid());
    QCOMPARE(namesUnder(*m_model, mixed),
             (QStringList{u"Alpha"_s, u"zeta"_s, u"Aardvark.txt"_s, u"beta.txt"_s, u"Cat.txt"_s}));
}

void TestWorkspaceModel::columnsAndRoles()
{
    const QString home = u"/Users/"_s + m_ws->emulator().userName();
    const QModelIndex homeIndex = test::loadPath(*m_model, home);
    QVERIFY(homeIndex.isValid());

    const QModelIndex notebook = childNamed(*m_model, homeIndex, u"Sessionize clicks"_s);
    QVERIFY(notebook.isValid());
    const auto cell = [&](int column) { return notebook.siblingAtColumn(column); };
    QCOMPARE(cell(WorkspaceModel::NameColumn).data().toString(), u"Sessionize clicks"_s);
    QCOMPARE(cell(WorkspaceModel::TypeColumn).data().toString(), u"Notebook"_s);
    QCOMPARE(cell(WorkspaceModel::LanguageColumn).data().toString(), u"Scala"_s);
    QCOMPARE(notebook.data(WorkspaceModel::LanguageRole).toString(), u"SCALA"_s);
    QCOMPARE(notebook.data(WorkspaceModel::PathRole).toString(), home + u"/Sessionize clicks"_s);
    QVERIFY(notebook.data(WorkspaceModel::ObjectIdRole).toLongLong() > 0);
    QVERIFY(!m_model->hasChildren(notebook));
    QVERIFY(m_model->flags(notebook) & Qt::ItemNeverHasChildren);

    // modified_at (epoch ms) shows as a local date; the raw role keeps ms.
    const QVariant modifiedRaw =
        cell(WorkspaceModel::ModifiedColumn).data(WorkspaceModel::RawValueRole);
    QVERIFY(modifiedRaw.isValid());
    QCOMPARE(cell(WorkspaceModel::ModifiedColumn).data().toString(),
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(modifiedRaw.toLongLong()),
                                QLocale::ShortFormat));
    // Folders carry no dates: an empty cell, an invalid raw value.

    const QModelIndex etl = childNamed(*m_model, homeIndex, u"etl"_s);
    QVERIFY(etl.isValid());
    QVERIFY(etl.data(WorkspaceModel::IsFolderRole).toBool());
    QVERIFY(!etl.siblingAtColumn(WorkspaceModel::ModifiedColumn)
                 .data(WorkspaceModel::RawValueRole)
                 .isValid());
    QCOMPARE(etl.siblingAtColumn(WorkspaceModel::TypeColumn).data().toString(), u"Folder"_s);
    if (m_model->canFetchMore(etl))
        m_model->fetchMore(etl);
    QVERIFY(test::waitForLoaded(*m_model, etl));
    const QModelIndex config = childNamed(*m_model, etl, u"config.yaml"_s);
    QVERIFY(config.isValid());
    QCOMPARE(config.siblingAtColumn(WorkspaceModel::TypeColumn).data().toString(), u"File"_s);
    const QVariant size =
        config.siblingAtColumn(WorkspaceModel::SizeColumn).data(WorkspaceModel::RawValueRole);
    QVERIFY(size.isValid());
    QCOMPARE(size.toLongLong(),
             qint64(qstrlen("source: /mnt/raw/orders\ntarget: bronze.orders\nretries: 3\n")));
}

void TestWorkspaceModel::unknownObjectTypeShownByName()
{
    const QString home = u"/Users/"_s + m_ws->emulator().userName();
    const QModelIndex homeIndex = test::loadPath(*m_model, home);
    QVERIFY(homeIndex.isValid());
    const QModelIndex experiment = childNamed(*m_model, homeIndex, u"Churn experiment"_s);
    QVERIFY(experiment.isValid());
    QCOMPARE(rowKindOf(experiment), Kind::Object);
    QCOMPARE(experiment.data().toString(), u"Churn experiment"_s);
    QCOMPARE(experiment.data(WorkspaceModel::ObjectTypeRole).toString(), u"MLFLOW_EXPERIMENT"_s);
    QCOMPARE(experiment.siblingAtColumn(WorkspaceModel::TypeColumn).data().toString(),
             u"MLflow experiment"_s);
    QVERIFY(!experiment.data(WorkspaceModel::IsFolderRole).toBool());
    QVERIFY(!m_model->hasChildren(experiment));
    // No error row anywhere in the folder.
    for (int row = 0; row < m_model->rowCount(homeIndex); ++row)
        QCOMPARE(rowKindOf(m_model->index(row, 0, homeIndex)), Kind::Object);
}

void TestWorkspaceModel::refreshRelistsFolder()
{
    const QModelIndex shared = test::loadPath(*m_model, u"/Shared"_s);
    QVERIFY(shared.isValid());
    const int before = m_model->rowCount(shared);
    QVERIFY(!childNamed(*m_model, shared, u"new notes.txt"_s).isValid());

    QVERIFY(m_ws->emulator().workspace().putFile(u"/Shared/new notes.txt"_s, "hi").ok());
    QSignalSpy loaded(m_model.get(), &WorkspaceModel::folderLoaded);
    m_model->refresh(shared);
    QVERIFY(m_model->isLoading(shared));
    QTRY_VERIFY(loaded.contains(QVariantList{u"/Shared"_s}));
    QCOMPARE(m_model->rowCount(shared), before + 1);
    QVERIFY(childNamed(*m_model, shared, u"new notes.txt"_s).isValid());

    // refresh() on a non-folder row re-lists its folder.
    loaded.clear();
    m_model->refresh(childNamed(*m_model, shared, u"README.md"_s));
    QTRY_VERIFY(loaded.contains(QVariantList{u"/Shared"_s}));
}

void TestWorkspaceModel::refreshOfParentDropsPendingChildListing()
{
    const QModelIndex users = test::loadPath(*m_model, u"/Users"_s);
    QVERIFY(users.isValid());
    // Make child listings slow, start one, then replace its parent's rows.
    m_ws->emulator().faults().latency(u"/api/2.0/workspace/list"_s, 200);
    m_model->refresh(users);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoaded(users), 10000);
    // Lists the root and every listed folder below it again, while listings
    // the tester started may still be in flight: the new ones replace them.
    m_model->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoaded(), 10000);
    // What was in flight for replaced listings must not touch the model;
    // let it arrive, and the tester checks the model stayed consistent.
    QVERIFY(QTest::qWaitFor([&] { return !m_model->isLoading(); }, 5000));
    QCOMPARE(namesUnder(*m_model, {}), (QStringList{u"Repos"_s, u"Shared"_s, u"Users"_s}));
}

void TestWorkspaceModel::refreshMergesIntoListedSubtree()
{
    const QString home = u"/Users/"_s + m_ws->emulator().userName();
    const QPersistentModelIndex etl = test::loadPath(*m_model, home + u"/etl"_s);
    QVERIFY(etl.isValid());
    const QPersistentModelIndex config = childNamed(*m_model, etl, u"config.yaml"_s);
    QVERIFY(config.isValid());
    const int rows = m_model->rowCount(etl);
    QVERIFY(m_ws->emulator().workspace().putFile(home + u"/etl/added.txt"_s, "x").ok());

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy loaded(m_model.get(), &WorkspaceModel::folderLoaded);
    m_model->refresh();
    // The rows stay while the root is listed again: no Loading row.
    QCOMPARE(namesUnder(*m_model, {}), (QStringList{u"Repos"_s, u"Shared"_s, u"Users"_s}));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.contains(QVariantList{home + u"/etl"_s}), 10000);
    // The listed folder below was listed again into the same nodes.
    QVERIFY(etl.isValid());
    QVERIFY(config.isValid());
    QCOMPARE(config.data(WorkspaceModel::PathRole).toString(), home + u"/etl/config.yaml"_s);
    QCOMPARE(m_model->rowCount(etl), rows + 1);
    QVERIFY(childNamed(*m_model, etl, u"added.txt"_s).isValid());
    QCOMPARE(reset.size(), 0);
}

void TestWorkspaceModel::idsAboveTwoToThe53StayExact()
{
    // 2^53 + 1 is the first integer a double cannot hold; also the largest
    // int64 and an object type the emulator does not know.
    const QByteArray body = R"({"objects":[
        {"path":"/big","object_type":"NOTEBOOK","language":"PYTHON","object_id":9007199254740993},
        {"path":"/flow.designer.ipynb","object_type":"DESIGNER_FILE","object_id":9223372036854775807},
        {"path":"/folder","object_type":"DIRECTORY","object_id":4503599627370497}]})";
    test::CannedServer server(body);
    QVERIFY(server.isListening());
    ApiClient client(server.url(), std::make_shared<BearerTokenCredentials>("t"_ba));
    client.setRetryPolicy(RetryPolicy::none());
    WorkspaceModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Q_UNUSED(tester);
    if (model.canFetchMore({}))
        model.fetchMore({});
    QTRY_VERIFY(model.isLoaded());
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex folder = childNamed(model, {}, u"folder"_s);
    const QModelIndex big = childNamed(model, {}, u"big"_s);
    const QModelIndex designer = childNamed(model, {}, u"flow.designer.ipynb"_s);
    QCOMPARE(folder.row(), 0);
    QCOMPARE(big.data(WorkspaceModel::ObjectIdRole).toLongLong(), 9007199254740993LL);
    QCOMPARE(designer.data(WorkspaceModel::ObjectIdRole).toLongLong(), 9223372036854775807LL);
    QCOMPARE(folder.data(WorkspaceModel::ObjectIdRole).toLongLong(), 4503599627370497LL);
    QCOMPARE(designer.data(WorkspaceModel::ObjectTypeRole).toString(), u"DESIGNER_FILE"_s);
    QCOMPARE(designer.siblingAtColumn(WorkspaceModel::TypeColumn).data().toString(),
             u"Designer file"_s);
    QCOMPARE(rowKindOf(designer), Kind::Object);
}

QTEST_GUILESS_MAIN(TestWorkspaceModel)
#include "tst_workspacemodel.moc"
