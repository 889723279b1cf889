// The DBFS area against a real emulator: files and folders dropped from the
// desktop upload into the folder they land on, and the tree's actions (new
// folder, rename, move by dragging, delete, copy path, download) do what
// they say, with their questions pre-answered through the test seams.
#include "app/common/confirmdialog.h"
#include "app/common/conflictdialog.h"
#include "app/common/messagepage.h"
#include "app/common/testseam.h"
#include "app/dbfs/dbfsactions.h"
#include "app/dbfs/dbfsbrowser.h"
#include "app/dbfs/dbfsnamedialog.h"
#include "app/dbfs/dbfspage.h"
#include "app/dbfs/dbfsview.h"
#include "app/dbfs/localfilechooser.h"
#include "app/mainwindow.h"
#include "app/shell/workspacepane.h"
#include "core/common/treefilterproxy.h"
#include "core/dbfs/dbfsmodel.h"
#include "core/emulator/dbfsapi.h"
#include "core/net/apiclient.h"
#include "core/net/credentials.h"
#include "core/transfers/transferqueue.h"
#include "tests/gui/areapages.h"
#include "tests/gui/guitestutil.h"
#include "tests/support/testworkspace.h"

#include <QAction>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

bool writeLocal(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestDbfsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dropOfLocalFilesAndFolderOntoFolderUploadsThem();
    void dropOnEmptyAreaUploadsToRoot();
    void dropOnFileRowUploadsBesideIt();
    void newFolderIsCreatedAndSelected();
    void renameMovesWithinTheFolder();
    void dragInsideTreeMovesAfterConfirmation();
    void deleteAsksNamingWorkspaceAndCount();
    void deleteRepeatsPartialDeletesUntilComplete();
    void copyPathCopiesDbfsPaths();
    void downloadWritesLocalFiles();
    void filterShowsMatchesWithTheirFolders();
    void paneShowsDbfsArea();

private:
    // Lists every folder on the way to `path` and returns its view index.
    QModelIndex reveal(const QString &path);
    bool select(const QString &path);
    // Drags `data` from outside onto `pos` in the viewport, as the desktop
    // does: enter, move, drop. Returns whether the view accepted the move.
    bool dropAt(const QPoint &pos, QMimeData *data, Qt::DropActions actions);
    QPoint centreOf(const QString &path);

    std::unique_ptr<test::TestWorkspace> m_ws;
    std::unique_ptr<TransferQueue> m_queue;
    std::unique_ptr<DbfsPage> m_page;
    DbfsModel *m_model = nullptr; // the page's
    DbfsView *m_view = nullptr;
};

void TestDbfsPage::initTestCase()
{
    QCoreApplication::setOrganizationName(u"BrickdeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_dbfspage"_s);
}

void TestDbfsPage::init()
{
    m_ws = std::make_unique<test::TestWorkspace>();
    auto &dbfs = m_ws->emulator().dbfs();
    dbfs.writeFile(u"/FileStore/tables/a.csv"_s, "id,name\n1,x\n", true);
    dbfs.writeFile(u"/FileStore/tables/b.csv"_s, "id\n2\n", true);
    dbfs.mkdirs(u"/tmp"_s);
    dbfs.writeFile(u"/readme.txt"_s, "hello", true);

    m_queue = std::make_unique<TransferQueue>();
    m_page = std::make_unique<DbfsPage>();
    AreaContext context;
    context.client = &m_ws->client();
    context.transfers = m_queue.get();
    context.workspaceName = u"Alpha"_s;
    m_page->attach(context);
    m_model = m_page->model();
    QVERIFY(m_model);
    m_view = m_page->view();
    m_page->resize(900, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY(m_model->isLoaded());
    QCOMPARE(m_view->model()->rowCount(), 3); // FileStore, tmp, readme.txt
}

void TestDbfsPage::cleanup()
{
    resetTestSeams();
    m_page.reset();
    m_model = nullptr;
    m_queue.reset();
    m_ws.reset();
}

QModelIndex TestDbfsPage::reveal(const QString &path)
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    QString current;
    for (const QString &segment : segments) {
        if (!current.isEmpty())
            m_view->expand(m_view->proxy()->mapFromSource(m_model->indexForPath(current)));
        current += u'/' + segment;
        if (!QTest::qWaitFor([&] { return m_model->indexForPath(current).isValid(); }, 10000))
            return {};
    }
    return m_view->proxy()->mapFromSource(m_model->indexForPath(path));
}

bool TestDbfsPage::select(const QString &path)
{
    return reveal(path).isValid() && m_view->selectPath(path);
}

QPoint TestDbfsPage::centreOf(const QString &path)
{
    const QModelIndex index = reveal(path);
    return index.isValid() ? m_view->visualRect(index).center() : QPoint();
}

bool TestDbfsPage::dropAt(const QPoint &pos, QMimeData *data, Qt::DropActions actions)
{
    QWidget *viewport = m_view->viewport();
    QDragEnterEvent enter(pos, actions, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, actions, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    if (!move.isAccepted()) {
        QDragLeaveEvent leave;
        QCoreApplication::sendEvent(viewport, &leave);
        return false;
    }
    QDropEvent drop(pos, actions, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

void TestDbfsPage::dropOfLocalFilesAndFolderOntoFolderUploadsThem()
{
    QTemporaryDir local;
    QVERIFY(writeLocal(local.filePath(u"one.txt"_s), "first file"));
    const QByteArray big(300 * 1024, 'z');
    QVERIFY(writeLocal(local.filePath(u"two.bin"_s), big));
    QVERIFY(writeLocal(local.filePath(u"folder/inner.txt"_s), "inside"));
    QVERIFY(writeLocal(local.filePath(u"folder/deeper/leaf.txt"_s), "leaf"));

    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(local.filePath(u"one.txt"_s)),
                  QUrl::fromLocalFile(local.filePath(u"two.bin"_s)),
                  QUrl::fromLocalFile(local.filePath(u"folder"_s))});
    QSignalSpy idle(m_queue.get(), &TransferQueue::idle);
    const QPoint tmp = centreOf(u"/tmp"_s);
    QVERIFY(!tmp.isNull());
    QVERIFY(dropAt(tmp, &data, Qt::CopyAction | Qt::MoveAction | Qt::LinkAction));

    auto &dbfs = m_ws->emulator().dbfs();
    QTRY_VERIFY_WITH_TIMEOUT(idle.size() > 0 && !m_queue->isBusy(), 20000);
    QCOMPARE(m_queue->summary().failed, 0);
    QCOMPARE(dbfs.contents(u"/tmp/one.txt"_s).value_or(QByteArray()), "first file");
    QCOMPARE(dbfs.contents(u"/tmp/two.bin"_s).value_or(QByteArray()), big);
    QCOMPARE(dbfs.contents(u"/tmp/folder/inner.txt"_s).value_or(QByteArray()), "inside");
    QCOMPARE(dbfs.contents(u"/tmp/folder/deeper/leaf.txt"_s).value_or(QByteArray()), "leaf");

    // The folder is listed again once the queue ran dry.
    QTRY_VERIFY(m_model->indexForPath(u"/tmp/one.txt"_s).isValid());
    QTRY_VERIFY(m_model->indexForPath(u"/tmp/folder"_s).isValid());
    const QModelIndex two = m_model->indexForPath(u"/tmp/two.bin"_s);
    QVERIFY(two.isValid());
    QCOMPARE(two.siblingAtColumn(DbfsModel::SizeColumn).data(DbfsModel::RawValueRole).toLongLong(),
             big.size());
}

void TestDbfsPage::dropOnEmptyAreaUploadsToRoot()
{
    QTemporaryDir local;
    QVERIFY(writeLocal(local.filePath(u"at-root.txt"_s), "root"));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(local.filePath(u"at-root.txt"_s))});
    // Well below the last of the three rows.
    const QPoint empty(m_view->viewport()->width() / 2, m_view->viewport()->height() - 20);
    QVERIFY(!m_view->indexAt(empty).isValid());
    QVERIFY(dropAt(empty, &data, Qt::CopyAction));
    QTRY_COMPARE(m_ws->emulator().dbfs().contents(u"/at-root.txt"_s).value_or(QByteArray()),
                 "root");
    QTRY_VERIFY(m_model->indexForPath(u"/at-root.txt"_s).isValid());
}

void TestDbfsPage::dropOnFileRowUploadsBesideIt()
{
    // A file takes no drops; the view drops beside it, into its folder.
    QTemporaryDir local;
    QVERIFY(writeLocal(local.filePath(u"x.txt"_s), "x"));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(local.filePath(u"x.txt"_s))});
    QSignalSpy uploads(m_model, &DbfsModel::uploadRequested);
    QVERIFY(dropAt(centreOf(u"/FileStore/tables/a.csv"_s), &data, Qt::CopyAction));
    QCOMPARE(uploads.size(), 1);
    QCOMPARE(uploads.first().at(1).toString(), u"/FileStore/tables"_s);
    QTRY_COMPARE(m_ws->emulator().dbfs().contents(u"/FileStore/tables/x.txt"_s).value_or(""), "x");
}

void TestDbfsPage::newFolderIsCreatedAndSelected()
{
    QVERIFY(select(u"/tmp"_s));
    DbfsActions *actions = m_page->browser()->actions();
    QVERIFY(actions->newFolderAction()->isEnabled());
    QCOMPARE(actions->newFolderAction()->shortcut(), QKeySequence(u"Ctrl+Shift+N"_s));
    DbfsNameDialog::setAnswerForTesting(u"fresh"_s);
    actions->newFolderAction()->trigger();
    QTRY_VERIFY(m_ws->emulator().dbfs().find(u"/tmp/fresh"_s));
    QVERIFY(m_ws->emulator().dbfs().find(u"/tmp/fresh"_s)->isDir);
    QTRY_COMPARE(m_view->currentIndex().data(DbfsModel::PathRole).toString(), u"/tmp/fresh"_s);

    // With the new folder selected, the next one goes inside it.
    actions->newFolderAction()->trigger();
    QTRY_VERIFY(m_ws->emulator().dbfs().find(u"/tmp/fresh/fresh"_s));

    // A name the folder has already is refused, as the dialog would.
    DbfsNameDialog::Request request;
    request.takenNames = m_model->childNames(m_model->indexForPath(u"/tmp"_s));
    QCOMPARE(request.takenNames, QStringList{u"fresh"_s});
    QVERIFY(!DbfsNameDialog::problemWith(u"fresh"_s, request).isEmpty());
    QVERIFY(!DbfsNameDialog::problemWith(u"a/b"_s, request).isEmpty());
    QVERIFY(DbfsNameDialog::problemWith(u"Fresh"_s, request).isEmpty());
}

void TestDbfsPage::renameMovesWithinTheFolder()
{
    QVERIFY(select(u"/FileStore/tables/a.csv"_s));
    DbfsActions *actions = m_page->browser()->actions();
    QVERIFY(actions->renameAction()->isEnabled());
    QCOMPARE(actions->renameAction()->shortcut(), QKeySequence(Qt::Key_F2));
    DbfsNameDialog::setAnswerForTesting(u"renamed.csv"_s);
    actions->renameAction()->trigger();
    auto &dbfs = m_ws->emulator().dbfs();
    QTRY_VERIFY(dbfs.find(u"/FileStore/tables/renamed.csv"_s));
    QVERIFY(!dbfs.find(u"/FileStore/tables/a.csv"_s));
    QTRY_COMPARE(m_view->currentIndex().data(DbfsModel::PathRole).toString(),
                 u"/FileStore/tables/renamed.csv"_s);
    QVERIFY(!m_model->indexForPath(u"/FileStore/tables/a.csv"_s).isValid());

    // Onto a name that is taken, or the same name: refused before asking DBFS.
    DbfsNameDialog::Request request;
    request.initialName = u"renamed.csv"_s;
    request.takenNames = m_model->childNames(m_model->indexForPath(u"/FileStore/tables"_s));
    QVERIFY(!DbfsNameDialog::problemWith(u"b.csv"_s, request).isEmpty());
    QVERIFY(!DbfsNameDialog::problemWith(u"renamed.csv"_s, request).isEmpty());
}

void TestDbfsPage::dragInsideTreeMovesAfterConfirmation()
{
    const QModelIndex tables = reveal(u"/FileStore/tables"_s);
    QVERIFY(tables.isValid());
    std::unique_ptr<QMimeData> data(m_view->model()->mimeData({tables}));
    QVERIFY(data);

    // Declined: nothing moves.
    ConfirmDialog::setAnswerForTesting(false);
    QSignalSpy moves(m_model, &DbfsModel::moveRequested);
    QVERIFY(dropAt(centreOf(u"/tmp"_s), data.get(), Qt::MoveAction));
    QCOMPARE(moves.size(), 1);
    const QString question = ConfirmDialog::lastQuestionForTesting();
    QVERIFY2(question.contains(u"dbfs:/FileStore/tables"_s), qPrintable(question));
    QVERIFY2(question.contains(u"dbfs:/tmp"_s), qPrintable(question));
    QVERIFY2(question.contains(u"Alpha"_s), qPrintable(question));
    // The answer comes after the event loop turns; a "no" sends nothing.
    QSignalSpy calls(&m_ws->client(), &ApiClient::callStarted);
    QCoreApplication::processEvents();
    QCOMPARE(calls.size(), 0);
    QVERIFY(m_ws->emulator().dbfs().find(u"/FileStore/tables/b.csv"_s));

    ConfirmDialog::setAnswerForTesting(true);
    QVERIFY(dropAt(centreOf(u"/tmp"_s), data.get(), Qt::MoveAction));
    auto &dbfs = m_ws->emulator().dbfs();
    QTRY_VERIFY(dbfs.find(u"/tmp/tables/b.csv"_s));
    QVERIFY(!dbfs.find(u"/FileStore/tables"_s));
    QTRY_VERIFY(m_model->indexForPath(u"/tmp/tables"_s).isValid());
    QTRY_VERIFY(!m_model->indexForPath(u"/FileStore/tables"_s).isValid());
}

void TestDbfsPage::deleteAsksNamingWorkspaceAndCount()
{
    QVERIFY(select(u"/FileStore"_s));
    DbfsActions *actions = m_page->browser()->actions();
    QVERIFY(actions->deleteAction()->isEnabled());
    QCOMPARE(actions->deleteAction()->shortcut(), QKeySequence(QKeySequence::Delete));

    ConfirmDialog::setAnswerForTesting(false);
    QSignalSpy calls(&m_ws->client(), &ApiClient::callStarted);
    actions->deleteAction()->trigger();
    // Counting lists FileStore and FileStore/tables; then the question.
    QTRY_VERIFY(actions->deleteAction()->isEnabled());
    const QString question = ConfirmDialog::lastQuestionForTesting();
    QVERIFY2(question.contains(u"Delete “FileStore” and everything in it (2 files) from "
                               u"workspace “Alpha”?"_s),
             qPrintable(question));
    QVERIFY2(question.contains(u"This cannot be undone."_s), qPrintable(question));
    QVERIFY(m_ws->emulator().dbfs().find(u"/FileStore/tables/a.csv"_s));

    ConfirmDialog::setAnswerForTesting(true);
    actions->deleteAction()->trigger();
    QTRY_VERIFY(!m_ws->emulator().dbfs().find(u"/FileStore"_s));
    QTRY_VERIFY(!m_model->indexForPath(u"/FileStore"_s).isValid());
    QTRY_COMPARE(m_view->model()->rowCount(), 2);
    QVERIFY(m_page->browser()->errorText().isEmpty());

    // A single file: no count.
    QVERIFY(select(u"/readme.txt"_s));
    actions->deleteAction()->trigger();
    QTRY_VERIFY(!m_ws->emulator().dbfs().find(u"/readme.txt"_s));
    QCOMPARE(ConfirmDialog::lastQuestionForTesting(),
             u"Delete “readme.txt” from workspace “Alpha”?\nThis cannot be undone."_s);
}

void TestDbfsPage::deleteRepeatsPartialDeletesUntilComplete()
{
    auto &dbfs = m_ws->emulator().dbfs();
    for (int i = 0; i < 12; ++i)
        dbfs.writeFile(u"/tmp/many/f%1.txt"_s.arg(i), "x", true);
    m_ws->emulator().dbfsApi().setPartialDeleteLimit(5);
    QVERIFY(select(u"/tmp/many"_s));
    ConfirmDialog::setAnswerForTesting(true);
    QStringList progress;
    connect(m_page->browser()->actions(), &DbfsActions::statusChanged, this,
            [&progress](const QString &text) { progress << text; });
    m_page->browser()->actions()->deleteAction()->trigger();
    QTRY_VERIFY(!dbfs.find(u"/tmp/many"_s));
    QVERIFY2(ConfirmDialog::lastQuestionForTesting().contains(u"(12 files)"_s),
             qPrintable(ConfirmDialog::lastQuestionForTesting()));
    // Progress was shown between the rounds.
    QVERIFY2(std::any_of(progress.begin(), progress.end(),
                         [](const QString &t) { return t.contains(u"files deleted so far"_s); }),
             qPrintable(progress.join(u" | "_s)));
    QTRY_VERIFY(!m_model->indexForPath(u"/tmp/many"_s).isValid());
    QVERIFY(m_page->browser()->errorText().isEmpty());
}

void TestDbfsPage::copyPathCopiesDbfsPaths()
{
    QVERIFY(select(u"/FileStore/tables/a.csv"_s));
    DbfsActions *actions = m_page->browser()->actions();
    QCOMPARE(actions->copyPathAction()->shortcut(), QKeySequence(u"Ctrl+Shift+C"_s));
    actions->copyPathAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"dbfs:/FileStore/tables/a.csv"_s);

    // Several: one per line, in view order.
    const QModelIndex b =
        m_view->proxy()->mapFromSource(m_model->indexForPath(u"/FileStore/tables/b.csv"_s));
    m_view->selectionModel()->select(b, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    actions->copyPathAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             u"dbfs:/FileStore/tables/a.csv\ndbfs:/FileStore/tables/b.csv"_s);
}

void TestDbfsPage::downloadWritesLocalFiles()
{
    QTemporaryDir local;
    QVERIFY(select(u"/FileStore/tables/a.csv"_s));
    DbfsActions *actions = m_page->browser()->actions();
    QVERIFY(actions->downloadAction()->isEnabled());
    LocalFileChooser::setAnswerForTesting(QStringList{local.path()});
    actions->downloadAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(local.filePath(u"a.csv"_s)) && !m_queue->isBusy(),
                             20000);
    QFile file(local.filePath(u"a.csv"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), "id,name\n1,x\n");
}

void TestDbfsPage::filterShowsMatchesWithTheirFolders()
{
    QVERIFY(reveal(u"/FileStore/tables/a.csv"_s).isValid());
    m_view->collapseAll();
    QLineEdit *filter = m_page->browser()->filterEdit();
    filter->setText(u"a.cs"_s);
    const QAbstractItemModel *proxy = m_view->model();
    QCOMPARE(proxy->rowCount(), 1);
    const QModelIndex fileStore = proxy->index(0, 0);
    QCOMPARE(fileStore.data().toString(), u"FileStore"_s);
    QVERIFY(m_view->isExpanded(fileStore));
    const QModelIndex tables = proxy->index(0, 0, fileStore);
    QVERIFY(m_view->isExpanded(tables));
    QCOMPARE(proxy->rowCount(tables), 1);
    QCOMPARE(proxy->index(0, 0, tables).data().toString(), u"a.csv"_s);
    filter->clear();
    QCOMPARE(proxy->rowCount(), 3);
}

void TestDbfsPage::paneShowsDbfsArea()
{
    Profile profile;
    profile.id = u"p"_s;
    profile.displayName = u"Beta"_s;
    profile.host = m_ws->url();
    WorkspacePane pane(profile, nullptr);
    pane.adopt(m_ws->url(), std::make_shared<BearerTokenCredentials>(QByteArray(test::kTestToken)));
    pane.showArea(u"dbfs"_s);
    QVERIFY(test::dbfsModelOf(&pane));
    QCOMPARE(test::dbfsPageOf(&pane)->currentWidget(), test::dbfsPageOf(&pane)->browser());
    QCOMPARE(test::dbfsPageOf(&pane)->view()->dbfsModel(), test::dbfsModelOf(&pane));
    QCOMPARE(test::dbfsPageOf(&pane)->browser()->actions()->workspaceName(), u"Beta"_s);
    QVERIFY(test::dbfsPageOf(&pane)->browser()->actions()->uploadAction()->isEnabled());
    pane.resize(800, 500);
    pane.show();
    QTRY_VERIFY(test::dbfsModelOf(&pane)->isLoaded());
    QCOMPARE(test::dbfsModelOf(&pane)->rowCount(), 3);
    test::saveScreenshot(&pane, u"dbfs-pane"_s);

    pane.fail(u"no route to host"_s);
    QVERIFY(!test::dbfsModelOf(&pane));
    QCOMPARE(test::dbfsPageOf(&pane)->currentWidget(), test::dbfsPageOf(&pane)->messagePage());
    QCOMPARE(test::dbfsPageOf(&pane)->messagePage()->problem(), u"no route to host"_s);
}

QTEST_MAIN(TestDbfsPage)
#include "tst_dbfspage.moc"
