#include "core/common/lazytreemodel.h"
#include "tests/support/modeltesthelpers.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QMap>
#include <QPointer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace brickdesk;
using test::childNamed;
using test::namesUnder;
using test::rowKindOf;
using Depth = LazyTreeModel::RefreshDepth;

namespace {

// What the fake server holds for one path; `version` stands for any field
// that may change between two listings.
struct Item
{
    QString path;
    bool isFolder = false;
    int version = 0;
    bool operator==(const Item &) const = default;
};

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash <= 0 ? u"/"_s : path.left(slash);
}

// A tree whose listings the test answers by hand, from what `server` holds
// at the moment of the answer. Keys are paths; columns: name, version.
class FakeTreeModel : public LazyTreeModel
{
public:
    struct Call
    {
        QString folder;
        QString token;
        QPointer<QObject> scope;
        ListDone done;
    };

    FakeTreeModel()
    {
        Item root{u"/"_s, true, 0};
        setRootEntry({root.path, true, root});
    }

    void put(const QString &path, bool isFolder = false, int version = 0)
    {
        QList<Item> &siblings = server[parentOf(path)];
        siblings.removeIf([&path](const Item &item) { return item.path == path; });
        siblings.append({path, isFolder, version});
    }
    void remove(const QString &path)
    {
        server[parentOf(path)].removeIf([&path](const Item &item) { return item.path == path; });
    }

    bool hasCall(const QString &folder) const
    {
        return std::any_of(calls.begin(), calls.end(),
                           [&folder](const Call &call) { return call.folder == folder; });
    }

    // Answers the oldest pending listing of `folder`. Like ApiClient it stays
    // silent when the call's scope is gone, unless told to deliver anyway
    // (to prove the model guards itself too).
    bool answer(const QString &folder, bool evenIfScopeGone = false)
    {
        const auto it = std::find_if(calls.begin(), calls.end(),
                                     [&folder](const Call &call) { return call.folder == folder; });
        if (it == calls.end())
            return false;
        Call call = *it;
        calls.erase(it);
        if (call.scope || evenIfScopeGone)
            call.done(listingOf(call.folder, call.token));
        return true;
    }

    // Lets deferred listings start, answers them, and repeats until the tree
    // is quiet: with a tester attached, every visible folder gets listed.
    void settle()
    {
        for (int round = 0; round < 100; ++round) {
            QCoreApplication::processEvents();
            if (calls.isEmpty())
                return;
            while (!calls.isEmpty())
                answer(calls.first().folder);
        }
        QFAIL("the tree never settled");
    }

    int columnCount(const QModelIndex & = {}) const override { return 2; }

    QMap<QString, QList<Item>> server;
    QSet<QString> failing; // folders whose next answer is an error
    int pageSize = 0;      // 0: one answer holds the folder
    QList<Call> calls;     // pending
    QStringList listed;    // every folder a listing was asked for, in order

protected:
    void listChildren(const Entry &folder, const QString &pageToken, QObject *scope,
                      ListDone done) override
    {
        listed << folder.key;
        calls.append({folder.key, pageToken, scope, std::move(done)});
    }

    bool entryChanged(const Entry &before, const Entry &after) const override
    {
        return valueOf<Item>(before) != valueOf<Item>(after);
    }

    QVariant entryData(const Entry &entry, int column, int role) const override
    {
        const Item &item = valueOf<Item>(entry);
        switch (role) {
        case Qt::DisplayRole:
            return column == 0 ? item.path.section(u'/', -1) : QString::number(item.version);
        case TreeRoles::PathRole:
            return item.path;
        case TreeRoles::IsFolderRole:
            return item.isFolder;
        default:
            return {};
        }
    }

private:
    Listing listingOf(const QString &folder, const QString &token)
    {
        Listing listing;
        if (failing.remove(folder)) {
            ApiError error;
            error.kind = ApiError::Kind::Http;
            error.httpStatus = 503;
            error.message = u"temporarily unavailable"_s;
            listing.error = error;
            return listing;
        }
        QList<Item> items = server.value(folder);
        std::sort(items.begin(), items.end(),
                  [](const Item &a, const Item &b) { return a.path < b.path; });
        if (pageSize > 0) {
            const int offset = token.toInt();
            if (offset + pageSize < items.size())
                listing.nextPageToken = QString::number(offset + pageSize);
            items = items.mid(offset, pageSize);
        }
        for (const Item &item : std::as_const(items))
            listing.entries.append({item.path, item.isFolder, item});
        return listing;
    }
};

QModelIndex lastRow(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    return model.index(model.rowCount(parent) - 1, 0, parent);
}

} // namespace

class TestLazyTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsLazilyOnTheNextTurn();
    void deferredFetchesStartTogether();
    void loadingRowThenSortedRows();
    void errorRowThenRetry();
    void lateReplyAfterRefreshIgnored();
    void lateReplyAfterDropIgnored();
    void scopesEndWithTheModel();
    void refreshKeepsExpandedDescendants();
    void refreshDepthFolderVsSubtree();
    void failedRefreshKeepsRows();
    void loadMoreRowPaginates();
    void failedPageKeepsLoadMoreRow();
    void refreshAfterLoadMoreRestartsPaging();

private:
    std::unique_ptr<FakeTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestLazyTreeModel::init()
{
    m_model = std::make_unique<FakeTreeModel>();
    // Attached for the whole test; it walks (and so fetches) every folder.
    m_tester = test::attachTester(m_model.get());
}

void TestLazyTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestLazyTreeModel::listsLazilyOnTheNextTurn()
{
    // The tester fetches all it sees, so laziness is checked on a model only
    // this test drives; the tester checks it at the end.
    FakeTreeModel lazy;
    lazy.put(u"/a"_s, true);
    lazy.put(u"/b.txt"_s);
    QSignalSpy loaded(&lazy, &LazyTreeModel::folderLoaded);

    QVERIFY(lazy.hasChildren());
    QCOMPARE(lazy.rowCount(), 0);
    QVERIFY(lazy.canFetchMore({}));
    lazy.fetchMore({});
    lazy.fetchMore({});
    // Deferred: nothing is asked for inside fetchMore(), which views call
    // from layout code, but the folder no longer offers to fetch.
    QVERIFY(lazy.calls.isEmpty());
    QVERIFY(lazy.isLoading());
    QVERIFY(!lazy.canFetchMore({}));
    QTRY_COMPARE(lazy.calls.size(), 1);
    QCOMPARE(lazy.calls.first().folder, u"/"_s);
    QVERIFY(lazy.calls.first().token.isEmpty());

    QVERIFY(lazy.answer(u"/"_s));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().first().toString(), u"/"_s);
    QVERIFY(lazy.isLoaded());
    QCOMPARE(namesUnder(lazy, {}), (QStringList{u"a"_s, u"b.txt"_s}));
    const QModelIndex a = childNamed(lazy, {}, u"a"_s);
    const QModelIndex file = childNamed(lazy, {}, u"b.txt"_s);
    QVERIFY(lazy.hasChildren(a)); // an expander before anything is known
    QCOMPARE(lazy.rowCount(a), 0);
    QVERIFY(lazy.canFetchMore(a));
    QVERIFY(!lazy.hasChildren(file));
    QVERIFY(!lazy.canFetchMore(file));
    QVERIFY(lazy.flags(file) & Qt::ItemNeverHasChildren);
    QCoreApplication::processEvents();
    QVERIFY(lazy.calls.isEmpty()); // /a waits until it is asked for
    // A refresh of the subtree leaves folders nobody opened unlisted too.
    lazy.refresh();
    QVERIFY(lazy.answer(u"/"_s));
    QCoreApplication::processEvents();
    QVERIFY(lazy.calls.isEmpty());
    QVERIFY(!lazy.isLoaded(a));
    QVERIFY(lazy.canFetchMore(a));

    lazy.fetchMore(a);
    QTRY_COMPARE(lazy.calls.size(), 1);
    QCOMPARE(lazy.calls.first().folder, u"/a"_s);
    QCOMPARE(lazy.listed, (QStringList{u"/"_s, u"/"_s, u"/a"_s}));

    QAbstractItemModelTester check(&lazy, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestLazyTreeModel::deferredFetchesStartTogether()
{
    FakeTreeModel lazy;
    for (const QString &name : {u"/a"_s, u"/b"_s, u"/c"_s})
        lazy.put(name, true);
    lazy.fetchMore({});
    QTRY_VERIFY(lazy.hasCall(u"/"_s));
    QVERIFY(lazy.answer(u"/"_s));

    // Three folders asked for in one turn are listed together in the next.
    lazy.fetchMore(childNamed(lazy, {}, u"a"_s));
    lazy.fetchMore(childNamed(lazy, {}, u"b"_s));
    lazy.fetchMore(childNamed(lazy, {}, u"c"_s));
    QVERIFY(lazy.calls.isEmpty());
    QCoreApplication::processEvents();
    QCOMPARE(lazy.calls.size(), 3);
    QCOMPARE(lazy.listed, (QStringList{u"/"_s, u"/a"_s, u"/b"_s, u"/c"_s}));
    while (!lazy.calls.isEmpty())
        lazy.answer(lazy.calls.first().folder);

    // A queued folder that goes away before its turn is never listed.
    lazy.put(u"/d"_s, true);
    lazy.refresh({}, Depth::Folder);
    QVERIFY(lazy.answer(u"/"_s));
    const QModelIndex d = childNamed(lazy, {}, u"d"_s);
    QVERIFY(d.isValid());
    lazy.fetchMore(d);
    lazy.remove(u"/d"_s);
    lazy.refresh({}, Depth::Folder); // listed at once: not from layout code
    QVERIFY(lazy.answer(u"/"_s));
    QVERIFY(!childNamed(lazy, {}, u"d"_s).isValid());
    QCoreApplication::processEvents();
    QVERIFY(!lazy.hasCall(u"/d"_s));
    QVERIFY(!lazy.listed.contains(u"/d"_s));

    QAbstractItemModelTester check(&lazy, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestLazyTreeModel::loadingRowThenSortedRows()
{
    m_model->put(u"/zeta.txt"_s);
    m_model->put(u"/alpha.txt"_s);
    m_model->put(u"/zz"_s, true);
    m_model->put(u"/beta"_s, true);
    QTRY_VERIFY(m_model->hasCall(u"/"_s)); // the tester asked for the root

    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex loading = m_model->index(0, 0);
    QCOMPARE(rowKindOf(loading), RowKind::Loading);
    QCOMPARE(loading.data().toString(), u"Loading…"_s);
    QVERIFY(!(m_model->flags(loading) & Qt::ItemIsSelectable));
    QVERIFY(m_model->flags(loading) & Qt::ItemNeverHasChildren);
    QVERIFY(!loading.siblingAtColumn(1).data().isValid());
    QVERIFY(m_model->isLoading());

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY(m_model->answer(u"/"_s));
    // All rows in one batch; folders first, then by key.
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 3);
    QCOMPARE(namesUnder(*m_model, {}),
             (QStringList{u"beta"_s, u"zz"_s, u"alpha.txt"_s, u"zeta.txt"_s}));
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(rowKindOf(m_model->index(row, 0)), RowKind::Object);
    QVERIFY(m_model->isLoaded());
    QVERIFY(!m_model->isLoading());
}

void TestLazyTreeModel::errorRowThenRetry()
{
    m_model->put(u"/a.txt"_s);
    m_model->failing << u"/"_s;
    QSignalSpy failed(m_model.get(), &LazyTreeModel::folderLoadFailed);
    QSignalSpy loaded(m_model.get(), &LazyTreeModel::folderLoaded);
    QTRY_VERIFY(m_model->hasCall(u"/"_s));
    QVERIFY(m_model->answer(u"/"_s));

    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), u"/"_s);
    const QString message = failed.first().at(1).toString();
    QVERIFY(message.contains(u"temporarily unavailable"_s));
    QCOMPARE(loaded.size(), 0);
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex error = m_model->index(0, 0);
    QCOMPARE(rowKindOf(error), RowKind::Error);
    QCOMPARE(error.data(TreeRoles::ErrorRole).toString(), message);
    QCOMPARE(error.data().toString(), u"Could not load this folder: "_s + message);
    QVERIFY(error.data(Qt::ToolTipRole).toString().contains(u"F5"_s));
    QVERIFY(!(m_model->flags(error) & Qt::ItemIsSelectable));
    QVERIFY(!m_model->isLoaded());
    QVERIFY(!m_model->isLoading());
    QVERIFY(!m_model->canFetchMore({})); // a retry is explicit: refresh()
    QCoreApplication::processEvents();
    QVERIFY(m_model->calls.isEmpty());

    m_model->refresh();
    QCOMPARE(m_model->calls.size(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(rowKindOf(m_model->index(0, 0)), RowKind::Loading);
    QVERIFY(m_model->answer(u"/"_s));
    QCOMPARE(namesUnder(*m_model, {}), QStringList{u"a.txt"_s});
    QCOMPARE(loaded.size(), 1);
    QVERIFY(m_model->isLoaded());
}

void TestLazyTreeModel::lateReplyAfterRefreshIgnored()
{
    m_model->put(u"/old.txt"_s);
    QTRY_VERIFY(m_model->hasCall(u"/"_s));
    const FakeTreeModel::Call first = m_model->calls.first();
    QVERIFY(first.scope);

    QSignalSpy loaded(m_model.get(), &LazyTreeModel::folderLoaded);
    m_model->refresh();
    // The first listing's scope is gone, so a client drops its reply...
    QVERIFY(!first.scope);
    QCOMPARE(m_model->calls.size(), 2);
    m_model->remove(u"/old.txt"_s);
    m_model->put(u"/new.txt"_s);
    // ...and a reply delivered anyway does not touch the model either.
    QVERIFY(m_model->answer(u"/"_s, true));
    QCOMPARE(loaded.size(), 0);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(rowKindOf(m_model->index(0, 0)), RowKind::Loading);
    QVERIFY(m_model->isLoading());

    QVERIFY(m_model->answer(u"/"_s));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(namesUnder(*m_model, {}), QStringList{u"new.txt"_s});
}

void TestLazyTreeModel::lateReplyAfterDropIgnored()
{
    m_model->put(u"/a"_s, true);
    m_model->put(u"/a/inside.txt"_s);
    m_model->put(u"/b.txt"_s);
    QTRY_VERIFY(m_model->hasCall(u"/"_s));
    QVERIFY(m_model->answer(u"/"_s));
    // The tester asked for /a; the folder goes away before the answer.
    QTRY_VERIFY(m_model->hasCall(u"/a"_s));
    const auto pending = std::find_if(m_model->calls.begin(), m_model->calls.end(),
                                      [](const auto &call) { return call.folder == u"/a"_s; });
    const QPointer<QObject> scope = pending->scope;
    QVERIFY(scope);

    m_model->remove(u"/a"_s);
    m_model->refresh({}, Depth::Folder);
    QVERIFY(m_model->answer(u"/"_s));
    QCOMPARE(namesUnder(*m_model, {}), QStringList{u"b.txt"_s});
    QVERIFY(!scope);

    QSignalSpy loaded(m_model.get(), &LazyTreeModel::folderLoaded);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY(m_model->answer(u"/a"_s, true));
    QCOMPARE(loaded.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(m_model->rowCount(), 1);
}

void TestLazyTreeModel::scopesEndWithTheModel()
{
    auto model = std::make_unique<FakeTreeModel>();
    model->put(u"/a.txt"_s);
    model->fetchMore({});
    QTRY_COMPARE(model->calls.size(), 1);
    FakeTreeModel::Call call = model->calls.first();
    QVERIFY(call.scope);
    QCOMPARE(call.scope->parent(), static_cast<QObject *>(model.get()));
    model.reset();
    QVERIFY(!call.scope);
    // Delivered anyway, the answer finds its scope gone and stays out.
    call.done({});
}

void TestLazyTreeModel::refreshKeepsExpandedDescendants()
{
    m_model->put(u"/a"_s, true);
    m_model->put(u"/a/b"_s, true);
    m_model->put(u"/a/b/c"_s, true);
    m_model->put(u"/a/b/c/deep.txt"_s);
    m_model->put(u"/a/b/c/other.txt"_s);
    m_model->put(u"/a/gone.txt"_s);
    m_model->put(u"/z.txt"_s);
    m_model->settle();

    const QPersistentModelIndex a = childNamed(*m_model, {}, u"a"_s);
    const QPersistentModelIndex b = childNamed(*m_model, a, u"b"_s);
    const QPersistentModelIndex c = childNamed(*m_model, b, u"c"_s);
    const QPersistentModelIndex deep = childNamed(*m_model, c, u"deep.txt"_s);
    const QPersistentModelIndex other = childNamed(*m_model, c, u"other.txt"_s);
    const QPersistentModelIndex z = childNamed(*m_model, {}, u"z.txt"_s);
    const QPersistentModelIndex gone = childNamed(*m_model, a, u"gone.txt"_s);
    QVERIFY(deep.isValid() && other.isValid() && z.isValid() && gone.isValid());
    QCOMPARE(m_model->rowCount(c), 2);
    QCOMPARE(deep.sibling(deep.row(), 1).data().toString(), u"0"_s);

    m_model->remove(u"/a/gone.txt"_s);
    m_model->put(u"/a/new.txt"_s);
    m_model->put(u"/a/b/c/added.txt"_s);
    m_model->put(u"/a/b/c/deep.txt"_s, false, 1);

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->listed.clear();
    const int rootRows = m_model->rowCount();
    m_model->refresh();
    // The rows stay while the listing is in flight: no Loading row.
    QVERIFY(m_model->isLoading());
    QCOMPARE(m_model->rowCount(), rootRows);
    QCOMPARE(rowKindOf(m_model->index(0, 0)), RowKind::Object);
    m_model->settle();

    // Every folder that was listed was listed again, parents first.
    QCOMPARE(m_model->listed, (QStringList{u"/"_s, u"/a"_s, u"/a/b"_s, u"/a/b/c"_s}));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 0);
    // The same nodes: persistent indexes (expansion, selection) survive.
    for (const QPersistentModelIndex &index : {a, b, c, deep, other, z})
        QVERIFY(index.isValid());
    QVERIFY(!gone.isValid());
    QCOMPARE(a.data(TreeRoles::PathRole).toString(), u"/a"_s);
    QCOMPARE(c.data(TreeRoles::PathRole).toString(), u"/a/b/c"_s);
    QCOMPARE(deep.data(TreeRoles::PathRole).toString(), u"/a/b/c/deep.txt"_s);
    QVERIFY(m_model->isLoaded(c));
    QCOMPARE(m_model->rowCount(c), 3);
    QCOMPARE(namesUnder(*m_model, c), (QStringList{u"added.txt"_s, u"deep.txt"_s, u"other.txt"_s}));
    QCOMPARE(namesUnder(*m_model, a), (QStringList{u"b"_s, u"new.txt"_s}));

    // One row removed (gone.txt), one inserted in /a and one in /a/b/c.
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(0).value<QModelIndex>(), QModelIndex(a));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), QModelIndex(a));
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(inserted.at(1).at(0).value<QModelIndex>(), QModelIndex(c));
    QCOMPARE(inserted.at(1).at(1).toInt(), 0);
    // Only the row whose data changed reports it.
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>(), deep.sibling(deep.row(), 0));
    QCOMPARE(changed.first().at(1).value<QModelIndex>(), deep.sibling(deep.row(), 1));
    QCOMPARE(deep.sibling(deep.row(), 1).data().toString(), u"1"_s);
}

void TestLazyTreeModel::refreshDepthFolderVsSubtree()
{
    m_model->put(u"/a"_s, true);
    m_model->put(u"/a/b"_s, true);
    m_model->put(u"/a/b/f.txt"_s);
    m_model->put(u"/a/sibling"_s, true);
    m_model->settle();
    const QPersistentModelIndex a = childNamed(*m_model, {}, u"a"_s);
    const QPersistentModelIndex b = childNamed(*m_model, a, u"b"_s);
    QVERIFY(m_model->isLoaded(b));

    m_model->put(u"/a/b/g.txt"_s);
    m_model->listed.clear();
    m_model->refresh(a, Depth::Folder);
    m_model->settle();
    QCOMPARE(m_model->listed, QStringList{u"/a"_s});
    QCOMPARE(m_model->rowCount(b), 1);

    m_model->listed.clear();
    m_model->refresh(a); // Subtree is the default
    m_model->settle();
    QCOMPARE(m_model->listed, (QStringList{u"/a"_s, u"/a/b"_s, u"/a/sibling"_s}));
    QCOMPARE(namesUnder(*m_model, b), (QStringList{u"f.txt"_s, u"g.txt"_s}));

    // A file row refreshes its folder.
    m_model->listed.clear();
    m_model->refresh(childNamed(*m_model, b, u"f.txt"_s), Depth::Folder);
    m_model->settle();
    QCOMPARE(m_model->listed, QStringList{u"/a/b"_s});
}

void TestLazyTreeModel::failedRefreshKeepsRows()
{
    m_model->put(u"/a"_s, true);
    m_model->put(u"/a/x.txt"_s);
    m_model->put(u"/b.txt"_s);
    m_model->settle();
    const QPersistentModelIndex x =
        childNamed(*m_model, childNamed(*m_model, {}, u"a"_s), u"x.txt"_s);
    QVERIFY(x.isValid());

    QSignalSpy failed(m_model.get(), &LazyTreeModel::folderLoadFailed);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->failing << u"/"_s;
    m_model->refresh();
    m_model->settle();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), u"/"_s);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(namesUnder(*m_model, {}), (QStringList{u"a"_s, u"b.txt"_s}));
    QVERIFY(x.isValid());
    QVERIFY(m_model->isLoaded());
    // The next refresh goes on as usual.
    m_model->put(u"/c.txt"_s);
    m_model->refresh({}, Depth::Folder);
    m_model->settle();
    QCOMPARE(namesUnder(*m_model, {}), (QStringList{u"a"_s, u"b.txt"_s, u"c.txt"_s}));
}

void TestLazyTreeModel::loadMoreRowPaginates()
{
    m_model->pageSize = 2;
    for (int i = 1; i <= 5; ++i)
        m_model->put(u"/f%1.txt"_s.arg(i));
    QTRY_VERIFY(m_model->hasCall(u"/"_s));
    QVERIFY(m_model->answer(u"/"_s));

    // First page, then the row that stands for the rest.
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(namesUnder(*m_model, {}).mid(0, 2), (QStringList{u"f1.txt"_s, u"f2.txt"_s}));
    const QPersistentModelIndex more = lastRow(*m_model);
    QCOMPARE(rowKindOf(more), RowKind::LoadMore);
    QCOMPARE(more.data().toString(), u"Load more…"_s);
    QVERIFY(!more.data(TreeRoles::ErrorRole).isValid());
    QVERIFY(!(m_model->flags(more) & Qt::ItemIsSelectable));
    QVERIFY(m_model->flags(more) & Qt::ItemNeverHasChildren);
    QVERIFY(m_model->isLoaded());
    QVERIFY(m_model->canFetchMore({}));
    QVERIFY(m_model->canLoadMore({}));
    QVERIFY(m_model->canLoadMore(more));
    const QPersistentModelIndex first = m_model->index(0, 0);

    // Activating the row lists the next page at once, from its token.
    QSignalSpy loaded(m_model.get(), &LazyTreeModel::folderLoaded);
    m_model->loadMore(more);
    QCOMPARE(m_model->calls.size(), 1);
    QCOMPARE(m_model->calls.first().token, u"2"_s);
    QCOMPARE(more.data().toString(), u"Loading…"_s);
    QVERIFY(m_model->isLoading());
    QVERIFY(!m_model->canLoadMore(more));
    m_model->loadMore(more); // no second listing of the same page
    QCOMPARE(m_model->calls.size(), 1);
    QVERIFY(m_model->answer(u"/"_s));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(namesUnder(*m_model, {}).mid(0, 4),
             (QStringList{u"f1.txt"_s, u"f2.txt"_s, u"f3.txt"_s, u"f4.txt"_s}));
    QVERIFY(more.isValid()); // the same row, moved down
    QCOMPARE(more.row(), 4);
    QCOMPARE(more.data().toString(), u"Load more…"_s);
    QCOMPARE(first.row(), 0);

    // fetchMore() on the folder does the same, deferred like every fetch.
    QVERIFY(m_model->canFetchMore({}));
    m_model->fetchMore({});
    QVERIFY(m_model->calls.isEmpty());
    QTRY_COMPARE(m_model->calls.size(), 1);
    QCOMPARE(m_model->calls.first().token, u"4"_s);
    QVERIFY(m_model->answer(u"/"_s));

    // The last page: the row goes.
    QVERIFY(!more.isValid());
    QCOMPARE(namesUnder(*m_model, {}),
             (QStringList{u"f1.txt"_s, u"f2.txt"_s, u"f3.txt"_s, u"f4.txt"_s, u"f5.txt"_s}));
    QCOMPARE(rowKindOf(lastRow(*m_model)), RowKind::Object);
    QVERIFY(!m_model->canFetchMore({}));
    QVERIFY(!m_model->canLoadMore({}));
    QVERIFY(m_model->isLoaded());
}

void TestLazyTreeModel::failedPageKeepsLoadMoreRow()
{
    m_model->pageSize = 2;
    for (int i = 1; i <= 3; ++i)
        m_model->put(u"/f%1.txt"_s.arg(i));
    QTRY_VERIFY(m_model->hasCall(u"/"_s));
    QVERIFY(m_model->answer(u"/"_s));
    const QPersistentModelIndex more = lastRow(*m_model);
    QCOMPARE(rowKindOf(more), RowKind::LoadMore);

    QSignalSpy failed(m_model.get(), &LazyTreeModel::folderLoadFailed);
    m_model->failing << u"/"_s;
    m_model->loadMore(more);
    QVERIFY(m_model->answer(u"/"_s));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(more.isValid());
    QCOMPARE(more.data().toString(), u"Load more…"_s);
    QVERIFY(more.data(TreeRoles::ErrorRole).toString().contains(u"temporarily unavailable"_s));
    QVERIFY(more.data(Qt::ToolTipRole).toString().contains(u"temporarily unavailable"_s));

    // Activating it again retries the same page.
    QVERIFY(m_model->canLoadMore(more));
    QVERIFY(!m_model->canFetchMore({})); // views do not retry on their own
    m_model->loadMore(more);
    QCOMPARE(m_model->calls.first().token, u"2"_s);
    QVERIFY(m_model->answer(u"/"_s));
    QVERIFY(!more.isValid());
    QCOMPARE(namesUnder(*m_model, {}), (QStringList{u"f1.txt"_s, u"f2.txt"_s, u"f3.txt"_s}));
}

void TestLazyTreeModel::refreshAfterLoadMoreRestartsPaging()
{
    m_model->pageSize = 2;
    for (int i = 1; i <= 5; ++i)
        m_model->put(u"/f%1.txt"_s.arg(i));
    QTRY_VERIFY(m_model->hasCall(u"/"_s));
    QVERIFY(m_model->answer(u"/"_s));
    m_model->loadMore({});
    QVERIFY(m_model->answer(u"/"_s));
    QCOMPARE(m_model->rowCount(), 5); // four files and "Load more…"
    const QPersistentModelIndex f1 = m_model->index(0, 0);
    const QPersistentModelIndex f4 = m_model->index(3, 0);
    const QPersistentModelIndex more = lastRow(*m_model);

    m_model->refresh();
    QCOMPARE(m_model->calls.size(), 1);
    QVERIFY(m_model->calls.first().token.isEmpty());
    QCOMPARE(m_model->rowCount(), 5); // the rows stay meanwhile
    QVERIFY(m_model->answer(u"/"_s));

    // The first page again: its rows kept, the later pages' rows gone.
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(namesUnder(*m_model, {}).mid(0, 2), (QStringList{u"f1.txt"_s, u"f2.txt"_s}));
    QVERIFY(f1.isValid());
    QVERIFY(!f4.isValid());
    QVERIFY(more.isValid());
    QCOMPARE(rowKindOf(more), RowKind::LoadMore);
    QCOMPARE(more.row(), 2);
    m_model->loadMore(more);
    QCOMPARE(m_model->calls.first().token, u"2"_s);
}

QTEST_GUILESS_MAIN(TestLazyTreeModel)
#include "tst_lazytreemodel.moc"
