// The workspace browser against the emulator over real HTTP: the tree's
// actions (new folder, delete, open in browser), the name filter and the
// notebook preview.
#include "app/common/confirmdialog.h"
#include "app/common/testseam.h"
#include "app/permissions/grantpermissionsdialog.h"
#include "app/permissions/permissionsdialog.h"
#include "app/workspace/newfolderdialog.h"
#include "app/workspace/notebookhighlighter.h"
#include "app/workspace/notebookpreview.h"
#include "app/workspace/workspaceactions.h"
#include "app/workspace/workspacebrowser.h"
#include "app/workspace/workspacepage.h"
#include "app/workspace/workspaceview.h"
#include "core/common/treefilterproxy.h"
#include "core/notebook/notebooksourcecodec.h"
#include "core/permissions/permissionsmodel.h"
#include "core/workspace/workspacemodel.h"
#include "tests/gui/guitestutil.h"
#include "tests/support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

const auto kTitle = u"prod (adb-1.azuredatabricks.net)"_s;
const auto kHome = u"/Users/me@example.com"_s;

const char16_t kIngest[] = u"# Databricks notebook source\n"
                           "# MAGIC %md\n"
                           "# MAGIC # Ingest raw orders\n"
                           "# MAGIC\n"
                           "# MAGIC Loads the order files.\n"
                           "\n# COMMAND ----------\n\n"
                           "# DBTITLE 1,Parameters\n"
                           "import os\n"
                           "run_date = \"2024-05-01\"  # the day to load\n"
                           "\n# COMMAND ----------\n\n"
                           "# MAGIC %sql\n"
                           "# MAGIC SELECT count(*) FROM bronze.orders WHERE n > 42\n"
                           "\n# COMMAND ----------\n\n"
                           "# MAGIC %run ./shared/setup\n";

// A workspace with a home folder holding notebooks, a file and a folder tree.
void seed(emulator::WorkspaceStore &store)
{
    const auto notebook = [](NotebookLanguage language, const QString &text) {
        return NotebookSourceCodec::parse(text, language);
    };
    QVERIFY(store.mkdirs(kHome + u"/etl/archive/2023"_s).ok());
    QVERIFY(store
                .putNotebook(kHome + u"/etl/Ingest orders"_s,
                             notebook(NotebookLanguage::Python, QString::fromUtf16(kIngest)))
                .ok());
    QVERIFY(store
                .putNotebook(kHome + u"/etl/archive/Old ingest"_s,
                             notebook(NotebookLanguage::Python, u"print(1)"_s))
                .ok());
    QVERIFY(store
                .putNotebook(kHome + u"/etl/archive/2023/Q4"_s,
                             notebook(NotebookLanguage::Sql, u"SELECT 1"_s))
                .ok());
    QVERIFY(store
                .putNotebook(kHome + u"/Daily revenue"_s,
                             notebook(NotebookLanguage::Sql, u"SELECT 1"_s))
                .ok());
    QVERIFY(store.putFile(kHome + u"/notes.md"_s, "# Notes\n\nPlain text.\n").ok());
    QVERIFY(store.putFile(kHome + u"/blob.bin"_s, QByteArray("\x00\xff\xfe\x01", 4)).ok());
    QVERIFY(store.mkdirs(u"/Shared"_s).ok());
}

} // namespace

class TestWorkspaceBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void newFolderCreatesAndSelects();
    void newFolderNameIsValidated();
    void deleteFolderNamesCountAndWorkspace();
    void deleteSeveralAndFailurePlainly();
    void actionsFollowSelection();
    void openInBrowserUrl();
    void permissionsOfWhatIsSelected();
    void filterShowsMatchesWithAncestors();
    void previewShowsCellsWithHighlighting();
    void previewTextFolderAndBinary();
    void previewSplitterRemembered();

private:
    AreaContext connection() const
    {
        AreaContext context;
        context.client = &m_ws->client();
        context.workspaceTitle = kTitle;
        return context;
    }
    // Expands the folders down to `path` and waits until it is loaded.
    bool reveal(const QString &path);
    QModelIndex viewIndex(const QString &path) const;

    std::unique_ptr<test::TestWorkspace> m_ws;
    std::unique_ptr<WorkspacePage> m_page;
    WorkspaceModel *m_model = nullptr; // the page's
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    WorkspaceView *m_view = nullptr;
};

void TestWorkspaceBrowser::initTestCase()
{
    QCoreApplication::setOrganizationName(u"BrickdeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_workspacebrowser"_s);
    QSettings().clear();
}

void TestWorkspaceBrowser::init()
{
    m_ws = std::make_unique<test::TestWorkspace>(emulator::Seed::Empty);
    seed(m_ws->emulator().workspace());
    m_page = std::make_unique<WorkspacePage>();
    m_page->resize(1100, 700);
    m_page->attach(connection());
    m_model = m_page->model();
    QVERIFY(m_model);
    m_view = m_page->view();
    // Every model the browser adds (the filtering proxy) stays consistent
    // through all that the tests do.
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_view->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY(m_model->isLoaded());
}

void TestWorkspaceBrowser::cleanup()
{
    resetTestSeams();
    m_tester.reset();
    m_page.reset();
    m_model = nullptr;
    m_ws.reset();
}

QModelIndex TestWorkspaceBrowser::viewIndex(const QString &path) const
{
    const QModelIndex source = m_model->indexForPath(path);
    return source.isValid() ? m_view->proxy()->mapFromSource(source) : QModelIndex();
}

bool TestWorkspaceBrowser::reveal(const QString &path)
{
    QString prefix;
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        prefix += u'/' + segment;
        if (!QTest::qWaitFor([&] { return viewIndex(prefix).isValid(); }, 20000))
            return false;
        if (prefix != path || m_model->index(0, 0, m_model->indexForPath(prefix)).isValid() ||
            m_model->hasChildren(m_model->indexForPath(prefix)))
            m_view->expand(viewIndex(prefix));
    }
    return QTest::qWaitFor(
        [&] {
            const QModelIndex source = m_model->indexForPath(path);
            return source.isValid() && (!source.data(WorkspaceModel::IsFolderRole).toBool() ||
                                        m_model->isLoaded(source));
        },
        20000);
}

void TestWorkspaceBrowser::newFolderCreatesAndSelects()
{
    QVERIFY(reveal(kHome + u"/etl"_s));
    QVERIFY(m_view->selectPath(kHome + u"/etl"_s));
    QAction *newFolder = m_view->actions()->newFolderAction();
    QVERIFY(newFolder->isEnabled());
    QCOMPARE(newFolder->shortcut(), QKeySequence(u"Ctrl+Shift+N"_s));

    NewFolderDialog::setAnswerForTesting(u"Reports 2024"_s);
    newFolder->trigger();
    const QString created = kHome + u"/etl/Reports 2024"_s;
    QTRY_COMPARE(m_view->currentPath(), created);
    QVERIFY(m_ws->emulator().workspace().find(created));
    QCOMPARE(m_view->selectedItems().size(), 1);
    QVERIFY(m_view->selectedItems().first().isFolder);

    // With a notebook selected the folder goes next to it.
    QVERIFY(m_view->selectPath(kHome + u"/etl/Ingest orders"_s));
    NewFolderDialog::setAnswerForTesting(u"  staging "_s);
    newFolder->trigger();
    QTRY_COMPARE(m_view->currentPath(), kHome + u"/etl/staging"_s);
    QVERIFY(m_ws->emulator().workspace().find(kHome + u"/etl/staging"_s));
    QVERIFY(m_page->browser()->errorText().isEmpty());
}

void TestWorkspaceBrowser::permissionsOfWhatIsSelected()
{
    QVERIFY(reveal(kHome + u"/etl/Ingest orders"_s));
    QAction *permissions = m_view->actions()->permissionsAction();
    QCOMPARE(permissions->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));

    // One notebook: its Permissions dialog, by workspace object id.
    QVERIFY(m_view->selectPath(kHome + u"/etl/Ingest orders"_s));
    QVERIFY(permissions->isEnabled());
    permissions->trigger();
    auto *dialog = m_page->findChild<PermissionsDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->object().type, PermissionObject::Type::Notebook);
    QCOMPARE(dialog->object().id,
             QString::number(
                 m_ws->emulator().workspace().find(kHome + u"/etl/Ingest orders"_s)->objectId));
    QCOMPARE(dialog->object().path, kHome + u"/etl/Ingest orders"_s);
    QSignalSpy loaded(dialog, &PermissionsDialog::loaded);
    QVERIFY(dialog->isLoaded() || loaded.wait(20000));
    QVERIFY2(dialog->isLoaded(), qPrintable(dialog->errorText()));
    // Admins manage everything in the workspace, from its root.
    const int admins = dialog->model()->rowOf({Principal::Kind::Group, u"admins"_s, {}});
    QVERIFY(admins >= 0);
    QVERIFY(dialog->model()
                ->index(admins, PermissionsModel::InheritedColumn)
                .data()
                .toString()
                .contains(u"from the workspace root"_s));
    delete dialog;

    // A folder and a file at once: one grant on both.
    m_view->selectionModel()->select(viewIndex(kHome + u"/etl"_s),
                                     QItemSelectionModel::ClearAndSelect |
                                         QItemSelectionModel::Rows);
    m_view->selectionModel()->select(viewIndex(kHome + u"/notes.md"_s),
                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    emit m_view->selectionChangedByUser();
    QTRY_VERIFY(permissions->isEnabled());
    permissions->trigger();
    auto *grant = m_page->findChild<GrantPermissionsDialog *>();
    QVERIFY(grant);
    QCOMPARE(grant->objects().size(), 2);
    QCOMPARE(grant->objects().at(0).type, PermissionObject::Type::Directory);
    QCOMPARE(grant->objects().at(1).type, PermissionObject::Type::File);
    delete grant;
}

void TestWorkspaceBrowser::newFolderNameIsValidated()
{
    const QStringList existing{u"etl"_s, u"notes.md"_s};
    QVERIFY(NewFolderDialog::problemWith(u"reports"_s, existing).isEmpty());
    QVERIFY(!NewFolderDialog::problemWith(QString(), existing).isEmpty());
    QVERIFY(!NewFolderDialog::problemWith(u"   "_s, existing).isEmpty());
    QVERIFY(NewFolderDialog::problemWith(u"a/b"_s, existing).contains(u"/"_s));
    QVERIFY(!NewFolderDialog::problemWith(u"ETL"_s, existing).isEmpty());
    QVERIFY(!NewFolderDialog::problemWith(u".."_s, existing).isEmpty());

    // The dialog itself: Create stays disabled while the name is invalid.
    NewFolderDialog dialog(kHome, existing);
    auto *name = dialog.findChild<QLineEdit *>(u"folderName"_s);
    QVERIFY(name);
    QPushButton *create = nullptr;
    for (auto *button : dialog.findChildren<QPushButton *>())
        if (button->text() == NewFolderDialog::tr("Create"))
            create = button;
    QVERIFY(create);
    QVERIFY(!create->isEnabled());
    name->setText(u"x/y"_s);
    QVERIFY(!create->isEnabled());
    name->setText(u"fine"_s);
    QVERIFY(create->isEnabled());

    // An invalid answer creates nothing.
    QVERIFY(reveal(kHome));
    QVERIFY(m_view->selectPath(kHome));
    NewFolderDialog::setAnswerForTesting(u"bad/name"_s);
    m_view->actions()->newFolderAction()->trigger();
    QTest::qWait(0);
    QCoreApplication::processEvents();
    QVERIFY(!m_ws->emulator().workspace().find(kHome + u"/bad"_s));
    QVERIFY(!m_ws->emulator().workspace().find(kHome + u"/bad/name"_s));
}

void TestWorkspaceBrowser::deleteFolderNamesCountAndWorkspace()
{
    const QString archive = kHome + u"/etl/archive"_s;
    QVERIFY(reveal(archive));
    QVERIFY(m_view->selectPath(archive));
    QAction *remove = m_view->actions()->deleteAction();
    QVERIFY(remove->isEnabled());
    QCOMPARE(remove->shortcut(), QKeySequence(QKeySequence::Delete));

    // Answered No: counted and asked, nothing deleted.
    ConfirmDialog::setAnswerForTesting(false);
    QSignalSpy status(m_view->actions(), &WorkspaceActions::statusChanged);
    remove->trigger();
    QTRY_VERIFY(ConfirmDialog::lastQuestionForTesting().contains(u"archive"_s));
    QTRY_VERIFY(remove->isEnabled()); // busy while counting, then enabled again
    QVERIFY(m_ws->emulator().workspace().find(archive));
    // The busy state was shown while counting.
    QVERIFY(std::any_of(status.cbegin(), status.cend(),
                        [](const QList<QVariant> &args) { return args.at(1).toBool(); }));

    // "2023", "Old ingest" and "2023/Q4" are inside.
    ConfirmDialog::setAnswerForTesting(true);
    remove->trigger();
    QTRY_VERIFY(!m_ws->emulator().workspace().find(archive));
    const QString question = ConfirmDialog::lastQuestionForTesting();
    QVERIFY2(question.contains(u"Delete the folder “archive” and the 3 objects in it from "
                               "workspace “prod (adb-1.azuredatabricks.net)”?"_s),
             qPrintable(question));
    QVERIFY(question.contains(u"cannot be undone"_s));
    // The parent was listed again: the row is gone.
    QTRY_VERIFY(!m_model->indexForPath(archive).isValid());
    QTRY_VERIFY(m_model->isLoaded(m_model->indexForPath(kHome + u"/etl"_s)));
    QVERIFY(m_model->indexForPath(kHome + u"/etl/Ingest orders"_s).isValid());
    QVERIFY(m_page->browser()->errorText().isEmpty());
}

void TestWorkspaceBrowser::deleteSeveralAndFailurePlainly()
{
    QVERIFY(reveal(kHome + u"/etl/archive"_s));
    // A folder and something inside it count once; a file next to them too.
    m_view->selectionModel()->clearSelection();
    for (const QString &path :
         {kHome + u"/etl"_s, kHome + u"/etl/archive/Old ingest"_s, kHome + u"/notes.md"_s})
        m_view->selectionModel()->select(viewIndex(path),
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(m_view->selectedItems().size(), 3);
    ConfirmDialog::setAnswerForTesting(true);
    m_view->actions()->deleteAction()->trigger();
    QTRY_VERIFY(!m_ws->emulator().workspace().find(kHome + u"/etl"_s));
    QVERIFY(!m_ws->emulator().workspace().find(kHome + u"/notes.md"_s));
    const QString question = ConfirmDialog::lastQuestionForTesting();
    // etl holds Ingest orders, archive, Old ingest, 2023, Q4.
    QVERIFY2(question.contains(u"Delete the 2 selected objects and the 5 objects in their "
                               "folders from workspace “prod (adb-1.azuredatabricks.net)”?"_s),
             qPrintable(question));

    // A folder the user may not change: the error is shown as it is.
    m_ws->emulator().workspace().setReadOnly(u"/Shared"_s);
    QVERIFY(m_view->selectPath(u"/Shared"_s));
    // The first delete is done in the emulator before its answer is handled
    // here; until then the action is busy (disabled) and a trigger is ignored.
    QTRY_VERIFY(m_view->actions()->deleteAction()->isEnabled());
    m_view->actions()->deleteAction()->trigger();
    QTRY_VERIFY(!m_page->browser()->errorText().isEmpty());
    QVERIFY(m_page->browser()->errorText().contains(u"“Shared”"_s));
    QVERIFY(m_ws->emulator().workspace().find(u"/Shared"_s));
}

void TestWorkspaceBrowser::actionsFollowSelection()
{
    WorkspaceActions *actions = m_view->actions();
    m_view->selectionModel()->clearSelection();
    QVERIFY(!actions->deleteAction()->isEnabled());
    QVERIFY(!actions->copyPathAction()->isEnabled());
    QVERIFY(!actions->openInBrowserAction()->isEnabled());
    QVERIFY(actions->newFolderAction()->isEnabled()); // into the root
    QVERIFY(actions->refreshAction()->isEnabled());
    // Import and Export wait for someone to handle them.
    QVERIFY(!m_page->importAction()->isEnabled());
    QVERIFY(!m_page->exportAction()->isEnabled());
    QCOMPARE(m_page->importAction()->shortcut(), QKeySequence(u"Ctrl+I"_s));
    QCOMPARE(m_page->exportAction()->shortcut(), QKeySequence(u"Ctrl+E"_s));

    QVERIFY(reveal(kHome));
    QVERIFY(m_view->selectPath(kHome + u"/notes.md"_s));
    QVERIFY(actions->deleteAction()->isEnabled());
    QVERIFY(actions->copyPathAction()->isEnabled());
    QVERIFY(actions->openInBrowserAction()->isEnabled());
    QVERIFY(!m_page->exportAction()->isEnabled());

    actions->copyPathAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), kHome + u"/notes.md"_s);

    // Once connected, Import asks for the selected object's folder and
    // Export for the selected paths.
    QSignalSpy imports(m_page.get(), &WorkspacePage::importRequested);
    QSignalSpy exports(m_page.get(), &WorkspacePage::exportRequested);
    QTRY_VERIFY(m_page->importAction()->isEnabled());
    QTRY_VERIFY(m_page->exportAction()->isEnabled());
    m_page->importAction()->trigger();
    QCOMPARE(imports.size(), 1);
    QCOMPARE(imports.first().first().toString(), kHome);
    m_page->exportAction()->trigger();
    QCOMPARE(exports.size(), 1);
    QCOMPARE(exports.first().first().toStringList(), QStringList{kHome + u"/notes.md"_s});

    // A Loading row selects nothing that could be deleted. A refresh keeps
    // the rows a folder has, so this takes a new folder, which has none.
    QVERIFY(m_ws->emulator().workspace().mkdirs(kHome + u"/fresh"_s).ok());
    m_model->refresh(m_model->indexForPath(kHome), WorkspaceModel::RefreshDepth::Folder);
    QTRY_VERIFY(m_model->indexForPath(kHome + u"/fresh"_s).isValid());
    const QModelIndex fresh = m_model->indexForPath(kHome + u"/fresh"_s);
    m_model->refresh(fresh);
    QVERIFY(m_model->isLoading(fresh));
    const QModelIndex loading = m_view->proxy()->mapFromSource(m_model->index(0, 0, fresh));
    QCOMPARE(loading.data(WorkspaceModel::RowKindRole).value<WorkspaceModel::RowKind>(),
             WorkspaceModel::RowKind::Loading);
    m_view->setCurrentIndex(loading);
    QVERIFY(!actions->deleteAction()->isEnabled());
    QTRY_VERIFY(m_model->isLoaded(fresh));
}

void TestWorkspaceBrowser::openInBrowserUrl()
{
    QList<QUrl> opened;
    WorkspaceActions::setUrlOpenerForTesting([&opened](const QUrl &url) { opened.append(url); });
    QVERIFY(reveal(kHome + u"/etl"_s));
    const QString host = m_ws->url().toString(QUrl::RemovePath);

    const QString notebook = kHome + u"/etl/Ingest orders"_s;
    QVERIFY(m_view->selectPath(notebook));
    const qint64 notebookId =
        m_model->indexForPath(notebook).data(WorkspaceModel::ObjectIdRole).toLongLong();
    QVERIFY(notebookId > 0);
    m_view->actions()->openInBrowserAction()->trigger();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.last().toString(), host + u"/#notebook/"_s + QString::number(notebookId));

    const QString folder = kHome + u"/etl"_s;
    QVERIFY(m_view->selectPath(folder));
    const qint64 folderId =
        m_model->indexForPath(folder).data(WorkspaceModel::ObjectIdRole).toLongLong();
    m_view->actions()->openInBrowserAction()->trigger();
    QCOMPARE(opened.last().toString(), host + u"/browse/folders/"_s + QString::number(folderId));

    QVERIFY(m_view->selectPath(kHome + u"/notes.md"_s));
    m_view->actions()->openInBrowserAction()->trigger();
    QCOMPARE(opened.last(), QUrl(host + u"/#workspace/Users/me@example.com/notes.md"_s));
    QCOMPARE(opened.size(), 3);
}

void TestWorkspaceBrowser::filterShowsMatchesWithAncestors()
{
    QVERIFY(reveal(kHome + u"/etl/archive/2023"_s));
    // Collapse everything: the filter opens the way to what matches.
    m_view->collapseAll();
    QLineEdit *filter = m_page->browser()->filterEdit();

    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, u"INGEST"_s);
    QCOMPARE(m_view->proxy()->nameFilter(), u"INGEST"_s);

    const QAbstractItemModel *proxy = m_view->proxy();
    QCOMPARE(proxy->rowCount(), 1); // Users; /Shared has no match
    for (const QString &path : {u"/Users"_s, kHome, kHome + u"/etl"_s, kHome + u"/etl/archive"_s}) {
        QVERIFY2(viewIndex(path).isValid(), qPrintable(path));
        QVERIFY2(m_view->isExpanded(viewIndex(path)), qPrintable(path));
    }
    QVERIFY(viewIndex(kHome + u"/etl/Ingest orders"_s).isValid());
    QVERIFY(viewIndex(kHome + u"/etl/archive/Old ingest"_s).isValid());
    QVERIFY(!viewIndex(kHome + u"/Daily revenue"_s).isValid());
    QVERIFY(!viewIndex(kHome + u"/etl/archive/2023"_s).isValid());
    QVERIFY(m_view->visualRect(viewIndex(kHome + u"/etl/archive/Old ingest"_s)).isValid());

    // Esc clears the filter; everything loaded is back.
    QTest::keyClick(filter, Qt::Key_Escape);
    QVERIFY(filter->text().isEmpty());
    QVERIFY(!m_view->proxy()->isFiltering());
    QVERIFY(viewIndex(kHome + u"/Daily revenue"_s).isValid());
    QCOMPARE(proxy->rowCount(), 2);
}

void TestWorkspaceBrowser::previewShowsCellsWithHighlighting()
{
    NotebookPreview *preview = m_page->preview();
    QVERIFY(reveal(kHome + u"/etl"_s));
    // A quick change of selection: only the last one is shown.
    QVERIFY(m_view->selectPath(kHome + u"/Daily revenue"_s));
    QVERIFY(m_view->selectPath(kHome + u"/etl/Ingest orders"_s));
    QCOMPARE(preview->state(), NotebookPreview::State::Loading);
    QCOMPARE(preview->messageText(), NotebookPreview::tr("Loading…"));
    QTRY_COMPARE(preview->state(), NotebookPreview::State::Notebook);
    QCOMPARE(preview->path(), kHome + u"/etl/Ingest orders"_s);

    const QString text = preview->document()->toPlainText();
    for (const QString &expected :
         {u"Cell 1"_s, u"Cell 4"_s, u"Parameters"_s, u"%md"_s, u"%sql"_s, u"%run ./shared/setup"_s,
          u"Ingest raw orders"_s, u"Loads the order files."_s, u"import os"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    QVERIFY(!text.contains(u"MAGIC"_s));
    QVERIFY(!text.contains(u"COMMAND ----------"_s));
    QVERIFY(!text.contains(u"Cell 5"_s));
    // Markdown is rendered: the heading is a heading, not "# Ingest".
    QVERIFY(!text.contains(u"# Ingest raw orders"_s));

    // The Python cell and the %sql cell are highlighted in their languages.
    const auto formatsOf = [&](const QString &needle) {
        for (QTextBlock block = preview->document()->begin(); block.isValid(); block = block.next())
            if (block.text().contains(needle))
                return std::make_pair(block, block.layout()->formats());
        return std::make_pair(QTextBlock(), QList<QTextLayout::FormatRange>());
    };
    const auto hasFormat = [](const QList<QTextLayout::FormatRange> &formats,
                              NotebookHighlighter::Kind kind, const QString &line,
                              const QString &word) {
        const QColor colour = NotebookHighlighter::format(kind).foreground().color();
        return std::any_of(formats.cbegin(), formats.cend(), [&](const auto &range) {
            return range.format.foreground().color() == colour &&
                   line.mid(range.start, range.length).contains(word);
        });
    };
    const auto [importBlock, importFormats] = formatsOf(u"import os"_s);
    QCOMPARE(NotebookHighlighter::language(importBlock), NotebookLanguage::Python);
    QVERIFY(hasFormat(importFormats, NotebookHighlighter::Kind::Keyword, importBlock.text(),
                      u"import"_s));
    const auto [dateBlock, dateFormats] = formatsOf(u"run_date"_s);
    QVERIFY(hasFormat(dateFormats, NotebookHighlighter::Kind::String, dateBlock.text(),
                      u"2024-05-01"_s));
    QVERIFY(hasFormat(dateFormats, NotebookHighlighter::Kind::Comment, dateBlock.text(),
                      u"the day to load"_s));
    const auto [sqlBlock, sqlFormats] = formatsOf(u"bronze.orders"_s);
    QCOMPARE(NotebookHighlighter::language(sqlBlock), NotebookLanguage::Sql);
    QVERIFY(
        hasFormat(sqlFormats, NotebookHighlighter::Kind::Keyword, sqlBlock.text(), u"SELECT"_s));
    QVERIFY(hasFormat(sqlFormats, NotebookHighlighter::Kind::Number, sqlBlock.text(), u"42"_s));
    // Markdown and headers are not code.
    const auto [headerBlock, headerFormats] = formatsOf(u"Cell 2"_s);
    QVERIFY(!NotebookHighlighter::language(headerBlock));
    test::saveScreenshot(m_page.get(), u"workspace-preview"_s);
}

void TestWorkspaceBrowser::previewTextFolderAndBinary()
{
    NotebookPreview *preview = m_page->preview();
    QVERIFY(reveal(kHome + u"/etl"_s));
    QVERIFY(m_view->selectPath(kHome + u"/notes.md"_s));
    QTRY_COMPARE(preview->state(), NotebookPreview::State::Text);
    QCOMPARE(preview->document()->toPlainText(), u"# Notes\n\nPlain text.\n"_s);

    QVERIFY(m_view->selectPath(kHome + u"/blob.bin"_s));
    QTRY_COMPARE(preview->state(), NotebookPreview::State::Message);
    QCOMPARE(preview->messageText(), NotebookPreview::tr("No preview: this is not a text file."));

    QVERIFY(m_view->selectPath(kHome + u"/etl"_s));
    QCOMPARE(preview->state(), NotebookPreview::State::Folder);
    QVERIFY2(preview->messageText().contains(u"2 objects"_s), qPrintable(preview->messageText()));

    // Several selected: no single preview.
    m_view->selectionModel()->select(viewIndex(kHome + u"/notes.md"_s),
                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(preview->messageText().contains(u"2 objects selected"_s));
}

void TestWorkspaceBrowser::previewSplitterRemembered()
{
    QSplitter *splitter = m_page->browser()->splitter();
    QCOMPARE(splitter->count(), 2);
    QVERIFY(splitter->isCollapsible(1));
    QVERIFY(!splitter->isCollapsible(0));
    splitter->setSizes({700, 300});
    // splitterMoved is what a user's drag emits.
    emit splitter->splitterMoved(700, 1);
    const QList<int> sizes = splitter->sizes();
    WorkspacePage other;
    other.resize(m_page->size());
    other.attach(connection());
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    QCOMPARE(other.browser()->splitter()->sizes(), sizes);
}

QTEST_MAIN(TestWorkspaceBrowser)
#include "tst_workspacebrowser.moc"
