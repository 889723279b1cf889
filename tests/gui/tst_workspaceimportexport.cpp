// The workspace tree's Import and Export dialogs against the emulator: a
// local folder dropped on a folder row opens the import dialog pre-filled
// and imports the tree (with a per-item format override); a folder exports
// as a tree of source files, a notebook as a Jupyter file; Import… picks
// files through the chooser seam.
#include "app/common/conflictdialog.h"
#include "app/common/testseam.h"
#include "app/connections/connectionservices.h"
#include "app/dbfs/localfilechooser.h"
#include "app/mainwindow.h"
#include "app/shell/workspacepane.h"
#include "app/workspace/exportdialog.h"
#include "app/workspace/importdialog.h"
#include "app/workspace/workspaceactions.h"
#include "app/workspace/workspacepage.h"
#include "app/workspace/workspacetransfers.h"
#include "app/workspace/workspaceview.h"
#include "core/common/treefilterproxy.h"
#include "core/emulator/workspacestore.h"
#include "core/notebook/jupytercodec.h"
#include "core/notebook/notebooksourcecodec.h"
#include "core/transfers/transferqueue.h"
#include "core/workspace/workspacemodel.h"
#include "tests/gui/areapages.h"
#include "tests/gui/guitestutil.h"
#include "tests/support/localfiles.h"
#include "tests/support/testworkspace.h"

#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace brickdesk;
using brickdesk::test::readLocal;
using brickdesk::test::writeLocal;

namespace {

constexpr int kTimeoutMs = 30000;
const QMap<QString, QString> kTokenSecret{{u"token"_s, QString::fromLatin1(test::kTestToken)}};

Profile sessionProfile(const QUrl &host)
{
    Profile profile;
    profile.id = u"io"_s;
    profile.displayName = u"Alpha"_s;
    profile.host = host;
    profile.origin = Profile::Origin::Environment;
    return profile;
}

QProcessEnvironment homeOnly()
{
    QProcessEnvironment environment;
    environment.insert(u"HOME"_s, QDir::homePath());
    return environment;
}

Notebook notebook(NotebookLanguage language, const QString &code)
{
    Notebook result;
    result.language = language;
    NotebookCell cell;
    cell.source = code;
    result.cells = {cell};
    return result;
}

} // namespace

class TestWorkspaceImportExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dropOfLocalFolderImportsIt();
    void importActionPicksFiles();
    void folderExportsAsSourceTree();
    void notebookExportsAsJupyter();

private:
    QModelIndex reveal(const QString &path);
    bool select(const QString &path);
    bool dropAt(const QPoint &pos, QMimeData *data);
    QString typeOf(const QString &path);

    std::unique_ptr<test::TestWorkspace> m_ws;
    std::unique_ptr<ConnectionServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_local;
    WorkspacePane *m_pane = nullptr;
    WorkspaceView *m_view = nullptr;
    WorkspaceTransfers *m_transfers = nullptr;
    QString m_home;
};

void TestWorkspaceImportExport::initTestCase()
{
    QCoreApplication::setOrganizationName(u"BrickdeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_workspaceimportexport"_s);
    QSettings().clear();
}

void TestWorkspaceImportExport::init()
{
    m_ws = std::make_unique<test::TestWorkspace>();
    m_home = u"/Users/"_s + m_ws->emulator().userName();
    emulator::WorkspaceStore &store = m_ws->emulator().workspace();
    QVERIFY(store.mkdirs(m_home + u"/target"_s).ok());
    QVERIFY(store.mkdirs(m_home + u"/src/sub"_s).ok());
    QVERIFY(
        store.putNotebook(m_home + u"/src/etl"_s, notebook(NotebookLanguage::Python, u"print(1)"_s))
            .ok());
    QVERIFY(store
                .putNotebook(m_home + u"/src/sub/query"_s,
                             notebook(NotebookLanguage::Sql, u"SELECT 1"_s))
                .ok());
    QVERIFY(store.putFile(m_home + u"/src/data.csv"_s, "a,b\n1,2\n").ok());
    QVERIFY(
        store.putNotebook(m_home + u"/Report"_s, notebook(NotebookLanguage::Python, u"x = 42\nx"_s))
            .ok());
    QVERIFY(
        store.putNotebook(m_home + u"/Plots"_s, notebook(NotebookLanguage::R, u"plot(1)"_s)).ok());

    m_local = std::make_unique<QTemporaryDir>();
    QVERIFY(m_local->isValid());
    m_services = std::make_unique<ConnectionServices>(homeOnly(), u"Brickdesk-test"_s);
    m_window = std::make_unique<MainWindow>(m_services.get());
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_pane = m_window->openProfile(sessionProfile(m_ws->url()), kTokenSecret);
    QVERIFY(m_pane);
    QTRY_COMPARE(m_pane->state(), WorkspacePane::State::Connected);
    m_view = test::workspacePageOf(m_pane)->view();
    m_transfers = m_view->findChild<WorkspaceTransfers *>();
    QVERIFY(m_transfers);
    QTRY_VERIFY(test::workspaceModelOf(m_pane)->isLoaded());
}

void TestWorkspaceImportExport::cleanup()
{
    resetTestSeams();
    m_window.reset();
    m_services.reset();
    m_local.reset();
    m_ws.reset();
    m_pane = nullptr;
    m_view = nullptr;
    m_transfers = nullptr;
}

QModelIndex TestWorkspaceImportExport::reveal(const QString &path)
{
    WorkspaceModel *model = test::workspaceModelOf(m_pane);
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    QString current;
    for (const QString &segment : segments) {
        if (!current.isEmpty())
            m_view->expand(m_view->proxy()->mapFromSource(model->indexForPath(current)));
        current += u'/' + segment;
        if (!QTest::qWaitFor([&] { return model->indexForPath(current).isValid(); }, 10000))
            return {};
    }
    return m_view->proxy()->mapFromSource(model->indexForPath(path));
}

bool TestWorkspaceImportExport::select(const QString &path)
{
    return reveal(path).isValid() && m_view->selectPath(path);
}

bool TestWorkspaceImportExport::dropAt(const QPoint &pos, QMimeData *data)
{
    QWidget *viewport = m_view->viewport();
    const Qt::DropActions actions = Qt::CopyAction | Qt::MoveAction;
    QDragEnterEvent enter(pos, actions, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, actions, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(pos, actions, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &drop);
    return drop.isAccepted() && drop.dropAction() == Qt::CopyAction;
}

QString TestWorkspaceImportExport::typeOf(const QString &path)
{
    const auto *object = m_ws->emulator().workspace().find(path);
    return object ? emulator::objectTypeName(object->type) : u"(missing)"_s;
}

void TestWorkspaceImportExport::dropOfLocalFolderImportsIt()
{
    // A local project: a notebook with its header, a plain .py, a Jupyter
    // notebook, and a nested folder with a SQL notebook and a data file.
    const QString project = m_local->filePath(u"project"_s);
    const QByteArray pySource =
        NotebookSourceCodec::serialize(notebook(NotebookLanguage::Python, u"x = 1"_s)).toUtf8();
    QVERIFY(writeLocal(project + u"/etl.py"_s, pySource));
    QVERIFY(writeLocal(project + u"/helpers.py"_s, pySource));
    QVERIFY(writeLocal(project + u"/util.py"_s, "import os\n"));
    QVERIFY(writeLocal(
        project + u"/analysis.ipynb"_s,
        JupyterCodec::toIpynb(notebook(NotebookLanguage::Python, u"y = 2"_s), u"analysis"_s)));
    QVERIFY(writeLocal(
        project + u"/nested/query.sql"_s,
        NotebookSourceCodec::serialize(notebook(NotebookLanguage::Sql, u"SELECT 1"_s)).toUtf8()));
    QVERIFY(writeLocal(project + u"/nested/data.csv"_s, "a,b\n"));

    // Dropped on the "target" folder row.
    const QString target = m_home + u"/target"_s;
    const QModelIndex row = reveal(target);
    QVERIFY(row.isValid());
    m_view->expand(row); // listed (and empty): the import must show up in it
    QTRY_VERIFY(test::workspaceModelOf(m_pane)->isLoaded(m_view->sourceIndex(row)));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(project)});
    QVERIFY(dropAt(m_view->visualRect(row).center(), &mime));

    QTRY_VERIFY(m_transfers->importDialog());
    ImportDialog *dialog = m_transfers->importDialog();
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->targetFolder(), target);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPlanning(), kTimeoutMs);
    const ImportPlan planned = dialog->plan();
    QCOMPARE(planned.items.size(), 6);
    QCOMPARE(dialog->table()->rowCount(), 6);
    QVERIFY(planned.folders.contains(target + u"/project/nested"_s));
    const auto itemFor = [&](const QString &name) {
        return dialog->plan().items.value(dialog->rowOf(project + u'/' + name));
    };
    QCOMPARE(itemFor(u"etl.py"_s).format, u"SOURCE"_s);
    QCOMPARE(itemFor(u"etl.py"_s).remotePath, target + u"/project/etl"_s);
    QCOMPARE(itemFor(u"util.py"_s).format, u"AUTO"_s);
    QCOMPARE(itemFor(u"analysis.ipynb"_s).format, u"JUPYTER"_s);
    QCOMPARE(itemFor(u"nested/query.sql"_s).language, u"SQL"_s);
    test::saveScreenshot(dialog, u"import-dialog"_s);

    // Overrides change the target and the row: helpers.py as a workspace
    // file keeps its extension and takes no language; back to a SOURCE
    // notebook it loses the extension again.
    const QString helpers = project + u"/helpers.py"_s;
    QVERIFY(dialog->setItemFormat(helpers, u"AUTO"_s));
    QVERIFY(!dialog->setItemFormat(project + u"/util.py"_s, u"SOURCE"_s)); // needs a language
    const int helpersRow = dialog->rowOf(helpers);
    auto *format = qobject_cast<QComboBox *>(
        dialog->table()->cellWidget(helpersRow, ImportDialog::FormatColumn));
    QVERIFY(format);
    QCOMPARE(format->currentData().toString(), u"AUTO"_s);
    QVERIFY(!dialog->table()->cellWidget(helpersRow, ImportDialog::LanguageColumn)); // none
    QCOMPARE(dialog->table()->item(helpersRow, ImportDialog::TargetColumn)->text(),
             u"project/helpers.py"_s);
    QCOMPARE(dialog->table()->item(helpersRow, ImportDialog::TargetColumn)->toolTip(),
             target + u"/project/helpers.py"_s);
    QVERIFY(dialog->setItemFormat(helpers, u"SOURCE"_s, u"PYTHON"_s));
    auto *language = qobject_cast<QComboBox *>(
        dialog->table()->cellWidget(helpersRow, ImportDialog::LanguageColumn));
    QVERIFY(language);
    QVERIFY(language->isEnabled());
    QCOMPARE(language->currentData().toString(), u"PYTHON"_s);
    QCOMPARE(itemFor(u"helpers.py"_s).remotePath, target + u"/project/helpers"_s);
    // And through the combo, as a user picks it: the plain util.py becomes
    // a Python notebook (its language guessed from the extension).
    const int utilRow = dialog->rowOf(project + u"/util.py"_s);
    auto *utilFormat =
        qobject_cast<QComboBox *>(dialog->table()->cellWidget(utilRow, ImportDialog::FormatColumn));
    QVERIFY(utilFormat);
    const int sourceIndex = utilFormat->findData(u"SOURCE"_s);
    QVERIFY(sourceIndex >= 0);
    utilFormat->setCurrentIndex(sourceIndex);
    emit utilFormat->activated(sourceIndex);
    QCOMPARE(itemFor(u"util.py"_s).format, u"SOURCE"_s);
    QCOMPARE(itemFor(u"util.py"_s).language, u"PYTHON"_s);
    QCOMPARE(itemFor(u"util.py"_s).remotePath, target + u"/project/util"_s);

    QSignalSpy finished(m_transfers, &WorkspaceTransfers::importFinished);
    dialog->setPolicy(ConflictResolver::Policy::Skip);
    QVERIFY(dialog->importButton()->isEnabled());
    dialog->importButton()->click();
    QTRY_VERIFY(!m_transfers->importDialog()); // closed and gone
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(finished.first().at(0).toString(), target);
    QVERIFY2(finished.first().at(1).toString().contains(u"Imported 6 item"_s),
             qPrintable(finished.first().at(1).toString()));

    QCOMPARE(typeOf(target + u"/project/etl"_s), u"NOTEBOOK"_s);
    QCOMPARE(typeOf(target + u"/project/helpers"_s), u"NOTEBOOK"_s);
    QCOMPARE(typeOf(target + u"/project/util"_s), u"NOTEBOOK"_s);
    QCOMPARE(typeOf(target + u"/project/analysis"_s), u"NOTEBOOK"_s);
    QCOMPARE(typeOf(target + u"/project/nested"_s), u"DIRECTORY"_s);
    QCOMPARE(typeOf(target + u"/project/nested/query"_s), u"NOTEBOOK"_s);
    QCOMPARE(typeOf(target + u"/project/nested/data.csv"_s), u"FILE"_s);
    QCOMPARE(
        m_ws->emulator().workspace().find(target + u"/project/nested/query"_s)->notebook.language,
        NotebookLanguage::Sql);
    // The tree lists the target folder again and shows the import.
    QTRY_VERIFY(test::workspaceModelOf(m_pane)->indexForPath(target + u"/project"_s).isValid());

    // A drop on the empty area below the rows goes to the root; moved to
    // the project folder, with "Skip", the existing notebook is skipped and
    // the summary says so.
    QMimeData again;
    again.setUrls({QUrl::fromLocalFile(project + u"/etl.py"_s)});
    QVERIFY(dropAt(QPoint(20, m_view->viewport()->height() - 4), &again));
    QTRY_VERIFY(m_transfers->importDialog());
    dialog = m_transfers->importDialog();
    QCOMPARE(dialog->targetFolder(), test::workspaceModelOf(m_pane)->rootPath());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPlanning() && dialog->plan().items.size() == 1, kTimeoutMs);
    QCOMPARE(dialog->plan().items.first().remotePath, u"/etl"_s);
    dialog->setTargetFolder(target + u"/project"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPlanning() && dialog->plan().items.size() == 1, kTimeoutMs);
    QCOMPARE(dialog->plan().items.first().remotePath, target + u"/project/etl"_s);
    dialog->setPolicy(ConflictResolver::Policy::Skip);
    finished.clear();
    dialog->importButton()->click();
    QVERIFY(finished.wait(kTimeoutMs));
    QVERIFY2(finished.first().at(1).toString().contains(u"1 skipped"_s),
             qPrintable(finished.first().at(1).toString()));
}

void TestWorkspaceImportExport::importActionPicksFiles()
{
    const QString file = m_local->filePath(u"notes.txt"_s);
    QVERIFY(writeLocal(file, "hello"));
    QVERIFY(select(m_home + u"/target"_s));
    QAction *import = m_view->actions()->importAction();
    QTRY_VERIFY(import->isEnabled()); // enabled because the controller listens
    import->trigger();
    QTRY_VERIFY(m_transfers->importDialog());
    ImportDialog *dialog = m_transfers->importDialog();
    QCOMPARE(dialog->targetFolder(), m_home + u"/target"_s);
    QVERIFY(!dialog->importButton()->isEnabled()); // nothing to import yet

    LocalFileChooser::setAnswerForTesting(QStringList{file});
    dialog->findChild<QPushButton *>(u"importAddFiles"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->plan().items.size() == 1 && !dialog->isPlanning(), kTimeoutMs);
    QCOMPARE(dialog->plan().items.first().remotePath, m_home + u"/target/notes.txt"_s);
    QVERIFY(dialog->importButton()->isEnabled());
    dialog->reject();
    QTRY_VERIFY(!m_transfers->importDialog());
    QCOMPARE(typeOf(m_home + u"/target/notes.txt"_s), u"(missing)"_s);
}

void TestWorkspaceImportExport::folderExportsAsSourceTree()
{
    QVERIFY(select(m_home + u"/src"_s));
    QAction *exportAction = m_view->actions()->exportAction();
    QTRY_VERIFY(exportAction->isEnabled());
    exportAction->trigger();
    QTRY_VERIFY(m_transfers->exportDialog());
    ExportDialog *dialog = m_transfers->exportDialog();
    QVERIFY(!dialog->isSingleFile());
    const QString out = m_local->filePath(u"out"_s);
    QVERIFY(QDir().mkpath(out));
    dialog->setMode(ExportRequest::Mode::SourceTree);
    dialog->setDirectory(out);
    QVERIFY(dialog->exportButton()->isEnabled());
    dialog->exportButton()->click();

    TransferQueue *queue = m_pane->transferQueue();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out + u"/src/data.csv"_s) && !queue->isBusy(),
                             kTimeoutMs);
    for (Transfer *transfer : queue->transfers())
        QVERIFY2(transfer->state() == Transfer::State::Succeeded,
                 qPrintable(transfer->name() + u": "_s + transfer->message()));
    QVERIFY(readLocal(out + u"/src/etl.py"_s).startsWith("# Databricks notebook source"));
    QVERIFY(readLocal(out + u"/src/sub/query.sql"_s).startsWith("-- Databricks notebook source"));
    QCOMPARE(readLocal(out + u"/src/data.csv"_s), QByteArray("a,b\n1,2\n"));
}

void TestWorkspaceImportExport::notebookExportsAsJupyter()
{
    // An R notebook also offers R Markdown; a Python one does not.
    QVERIFY(reveal(m_home + u"/Plots"_s).isValid());
    ExportDialog *rDialog = m_transfers->openExport({m_home + u"/Plots"_s});
    QVERIFY(rDialog && rDialog->isSingleFile());
    QVERIFY(rDialog->formatCombo()->findData(u"R_MARKDOWN"_s) >= 0);
    rDialog->reject();

    QVERIFY(select(m_home + u"/Report"_s));
    m_view->actions()->exportAction()->trigger();
    QTRY_VERIFY(m_transfers->exportDialog());
    ExportDialog *dialog = m_transfers->exportDialog();
    QVERIFY(dialog->isSingleFile());
    QCOMPARE(dialog->formatCombo()->findData(u"R_MARKDOWN"_s), -1);
    QVERIFY(dialog->filePath().endsWith(u"/Report.py"_s));
    dialog->setFormat(u"JUPYTER"_s);
    QVERIFY(dialog->filePath().endsWith(u"/Report.ipynb"_s)); // the name follows the format
    const QString path = m_local->filePath(u"Report.ipynb"_s);
    dialog->setFilePath(path);
    dialog->exportButton()->click();

    TransferQueue *queue = m_pane->transferQueue();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path) && !queue->isBusy(), kTimeoutMs);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(readLocal(path), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(json.isObject());
    QVERIFY(json.object().value(u"cells"_s).isArray());
    QVERIFY(!json.object().value(u"cells"_s).toArray().isEmpty());
    // No temporary file left next to it.
    QCOMPARE(QDir(m_local->path()).entryList(QDir::Files), QStringList{u"Report.ipynb"_s});
}

QTEST_MAIN(TestWorkspaceImportExport)
#include "tst_workspaceimportexport.moc"
