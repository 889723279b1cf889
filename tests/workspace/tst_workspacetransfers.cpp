#include "core/emulator/emulator.h"
#include "core/emulator/faultinjector.h"
#include "core/emulator/workspacestore.h"
#include "core/notebook/jupytercodec.h"
#include "core/notebook/notebooksourcecodec.h"
#include "core/transfers/conflictresolver.h"
#include "core/transfers/transfermodel.h"
#include "core/transfers/transferqueue.h"
#include "core/workspace/workspaceexporttransfer.h"
#include "core/workspace/workspacefolderexport.h"
#include "core/workspace/workspaceimportbatch.h"
#include "core/workspace/workspaceimportplanner.h"
#include "core/workspace/workspaceimporttransfer.h"
#include "tests/support/localfiles.h"
#include "tests/support/testworkspace.h"
#include "tests/support/workspacefolder.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace brickdesk;
using brickdesk::test::localTree;
using brickdesk::test::TestWorkspace;
using brickdesk::test::workspaceFolder;

namespace {

constexpr int kTimeoutMs = 30000;

Notebook sampleNotebook(NotebookLanguage language, const QString &flavour)
{
    Notebook notebook;
    notebook.language = language;
    NotebookCell code;
    code.source = language == NotebookLanguage::Sql ? u"SELECT '%1' AS x"_s.arg(flavour)
                                                    : u"x = \"%1\"\nx"_s.arg(flavour);
    NotebookCell markdown;
    markdown.source = u"%md\n# Heading %1\n\nSome *text* – ünïcödé 数据"_s.arg(flavour);
    markdown.title = u"Intro"_s;
    NotebookCell shell;
    shell.source = u"%sh\nls /tmp\necho done"_s;
    shell.title = u"Shell, hidden title"_s;
    shell.titleShown = false;
    notebook.cells = {markdown, code, shell};
    return notebook;
}

QByteArray sourceOf(const Notebook &notebook)
{
    return NotebookSourceCodec::serialize(notebook).toUtf8();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A queue plus a model over it that QAbstractItemModelTester watches for
// the whole test.
struct ObservedQueue
{
    TransferQueue queue;
    TransferModel model;
    std::unique_ptr<QAbstractItemModelTester> tester;

    ObservedQueue()
    {
        model.setQueue(&queue);
        tester = std::make_unique<QAbstractItemModelTester>(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    QList<Transfer *> withState(Transfer::State state) const
    {
        QList<Transfer *> found;
        for (Transfer *transfer : queue.transfers())
            if (transfer->state() == state)
                found.append(transfer);
        return found;
    }

    Transfer *byName(const QString &name) const
    {
        for (Transfer *transfer : queue.transfers())
            if (transfer->name() == name)
                return transfer;
        return nullptr;
    }
};

// What the user would do: plan on the worker thread, then queue the batch.
bool planAndImport(ObservedQueue &observed, ApiClient &client, const QStringList &paths,
                   const QString &remoteFolder, ConflictResolver *resolver)
{
    WorkspaceImportPlanner planner;
    QSignalSpy planned(&planner, &WorkspaceImportPlanner::finished);
    planner.start(paths, remoteFolder);
    if (!planned.wait(kTimeoutMs))
        return false;
    observed.queue.add(new WorkspaceImportBatch(&client, planner.plan(), resolver));
    return true;
}

} // namespace

class TestWorkspaceTransfers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void folderTreeRoundTrip();
    void oversizedNotebookIsReportedAndTheRestCompletes();
    void oversizedLocalNotebookFailsBeforeSending();
    void missingParentIsCreated();
    void notebookSourceChosenAsFileStaysAFile();
    void cancelMidExportLeavesNoFile();
    void importConflictAskApplyToAll();
    void importConflictSkipAndKeepBoth();
    void exportConflictKeepBothApplyToAll();
    void folderAsOneDbc();

private:
    std::unique_ptr<TestWorkspace> m_workspace;
    std::unique_ptr<QTemporaryDir> m_dir;

    emulator::WorkspaceStore &store() { return m_workspace->emulator().workspace(); }
    ApiClient &client() { return m_workspace->client(); }
    QString local(const QString &relative) const { return m_dir->filePath(relative); }
};

void TestWorkspaceTransfers::init()
{
    m_workspace = std::make_unique<TestWorkspace>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(store().mkdirs(u"/Users/test"_s).ok());
}

void TestWorkspaceTransfers::cleanup()
{
    m_dir.reset();
    m_workspace.reset();
}

void TestWorkspaceTransfers::folderTreeRoundTrip()
{
    // A local project: notebooks in all four languages (magic cells,
    // titles), a Jupyter notebook, plain files (one a .py without the
    // header), nested folders, an empty one, unicode names.
    const QString src = local(u"in/src"_s);
    const Notebook jupyter = sampleNotebook(NotebookLanguage::Python, u"jupyter"_s);
    writeFile(src + u"/etl.py"_s, sourceOf(sampleNotebook(NotebookLanguage::Python, u"py"_s)));
    writeFile(src + u"/Job.scala"_s, sourceOf(sampleNotebook(NotebookLanguage::Scala, u"scala"_s)));
    writeFile(src + u"/report.sql"_s, sourceOf(sampleNotebook(NotebookLanguage::Sql, u"sql"_s)));
    writeFile(src + u"/plot.r"_s, sourceOf(sampleNotebook(NotebookLanguage::R, u"r"_s)));
    writeFile(src + u"/analysis.ipynb"_s, JupyterCodec::toIpynb(jupyter, u"analysis"_s));
    writeFile(src + u"/data.csv"_s, "a,b\n1,2\n");
    writeFile(src + u"/util.py"_s, "import os\n\ndef f():\n    return 1\n");
    writeFile(src + u"/nested/deeper/Überblick – 数据.py"_s,
              sourceOf(sampleNotebook(NotebookLanguage::Python, u"数据"_s)));
    writeFile(src + u"/nested/notes – ü.md"_s, "# Notes\n\nünïcödé\n");
    writeFile(src + u"/nested/blob.bin"_s, QByteArray("\x00\x01\xff\xfe binary", 11));
    QVERIFY(QDir().mkpath(src + u"/nested/empty"_s));

    ObservedQueue observed;
    QVERIFY(planAndImport(observed, client(), {src}, u"/Users/test"_s, nullptr));
    QTRY_VERIFY_WITH_TIMEOUT(!observed.queue.isBusy(), kTimeoutMs);
    const TransferQueue::Summary imported = observed.queue.summary();
    for (Transfer *transfer : observed.queue.transfers())
        QVERIFY2(transfer->state() == Transfer::State::Succeeded,
                 qPrintable(transfer->name() + u": "_s + transfer->message()));
    QCOMPARE(imported.succeeded, 1 + 10); // the batch row and ten files

    // In the workspace: notebooks without extension, files with theirs.
    const auto typeOf = [this](const QString &path) {
        const auto *object = store().find(path);
        return object ? emulator::objectTypeName(object->type) : u"(missing)"_s;
    };
    QCOMPARE(typeOf(u"/Users/test/src/etl"_s), u"NOTEBOOK"_s);
    QCOMPARE(typeOf(u"/Users/test/src/Job"_s), u"NOTEBOOK"_s);
    QCOMPARE(typeOf(u"/Users/test/src/report"_s), u"NOTEBOOK"_s);
    QCOMPARE(typeOf(u"/Users/test/src/plot"_s), u"NOTEBOOK"_s);
    QCOMPARE(typeOf(u"/Users/test/src/analysis"_s), u"NOTEBOOK"_s);
    QCOMPARE(typeOf(u"/Users/test/src/util.py"_s), u"FILE"_s);
    QCOMPARE(typeOf(u"/Users/test/src/data.csv"_s), u"FILE"_s);
    QCOMPARE(typeOf(u"/Users/test/src/nested/deeper/Überblick – 数据"_s), u"NOTEBOOK"_s);
    QCOMPARE(typeOf(u"/Users/test/src/nested/empty"_s), u"DIRECTORY"_s);
    QCOMPARE(store().find(u"/Users/test/src/plot"_s)->notebook.language, NotebookLanguage::R);

    // Export the folder again and compare with what went in.
    const QString out = local(u"out"_s);
    QVERIFY(QDir().mkpath(out));
    auto *exporter =
        new WorkspaceFolderExport(&client(), workspaceFolder(u"/Users/test/src"_s), out);
    QCOMPARE(exporter->localRoot(), out + u"/src"_s);
    observed.queue.add(exporter);
    QTRY_VERIFY_WITH_TIMEOUT(!observed.queue.isBusy(), kTimeoutMs);
    for (Transfer *transfer : observed.queue.transfers())
        QVERIFY2(transfer->state() == Transfer::State::Succeeded,
                 qPrintable(transfer->name() + u": "_s + transfer->message()));

    QStringList expected = localTree(src);
    expected.removeAll(u"analysis.ipynb"_s);
    expected.append(u"analysis.py"_s); // exported as SOURCE
    expected.sort();
    QCOMPARE(localTree(out + u"/src"_s), expected);
    for (const QString &relative : localTree(src)) {
        if (relative.endsWith(u'/') || relative == "analysis.ipynb"_L1)
            continue;
        QCOMPARE(readFile(out + u"/src/"_s + relative), readFile(src + u'/' + relative));
    }
    const QByteArray exportedJupyter = readFile(out + u"/src/analysis.py"_s);
    QCOMPARE(
        NotebookSourceCodec::parse(QString::fromUtf8(exportedJupyter), NotebookLanguage::Python),
        *JupyterCodec::fromIpynb(readFile(src + u"/analysis.ipynb"_s)));
}

void TestWorkspaceTransfers::oversizedNotebookIsReportedAndTheRestCompletes()
{
    Notebook huge;
    NotebookCell cell;
    cell.source = u"x = \"%1\""_s.arg(QString(11 * 1024 * 1024, u'x'));
    huge.cells = {cell};
    QVERIFY(store().mkdirs(u"/Users/test/big"_s).ok());
    QVERIFY(store().putNotebook(u"/Users/test/big/huge"_s, huge).ok());
    for (int i = 0; i < 3; ++i)
        QVERIFY(store()
                    .putNotebook(u"/Users/test/big/small%1"_s.arg(i),
                                 sampleNotebook(NotebookLanguage::Python, QString::number(i)))
                    .ok());
    QVERIFY(store().putFile(u"/Users/test/big/data.csv"_s, "1,2\n").ok());
    QVERIFY(store()
                .putObject(u"/Users/test/big/experiment"_s, emulator::ObjectType::MlflowExperiment)
                .ok());

    ObservedQueue observed;
    observed.queue.add(
        new WorkspaceFolderExport(&client(), workspaceFolder(u"/Users/test/big"_s), local({})));
    QTRY_VERIFY_WITH_TIMEOUT(!observed.queue.isBusy(), kTimeoutMs);

    const TransferQueue::Summary summary = observed.queue.summary();
    QCOMPARE(summary.succeeded, 1 + 3 + 1); // planner, three notebooks, the file
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.skipped, 1);
    Transfer *failed = observed.withState(Transfer::State::Failed).value(0);
    QCOMPARE(failed->name(), u"huge.py"_s);
    QVERIFY2(failed->message().contains(u"10 MB"_s), qPrintable(failed->message()));
    Transfer *skipped = observed.withState(Transfer::State::Skipped).value(0);
    QCOMPARE(skipped->name(), u"experiment"_s);
    QVERIFY2(skipped->message().contains(u"MLflow"_s), qPrintable(skipped->message()));

    QCOMPARE(localTree(local(u"big"_s)),
             (QStringList{u"data.csv"_s, u"small0.py"_s, u"small1.py"_s, u"small2.py"_s}));
}

void TestWorkspaceTransfers::oversizedLocalNotebookFailsBeforeSending()
{
    const QString folder = local(u"upload"_s);
    QByteArray big = "# Databricks notebook source\n";
    big += QByteArray(12 * 1024 * 1024, 'x');
    writeFile(folder + u"/big.py"_s, big);
    writeFile(folder + u"/small.py"_s, sourceOf(sampleNotebook(NotebookLanguage::Python, u"s"_s)));

    ObservedQueue observed;
    m_workspace->emulator().clearRequests();
    QVERIFY(planAndImport(observed, client(), {folder}, u"/Users/test"_s, nullptr));
    QTRY_VERIFY_WITH_TIMEOUT(!observed.queue.isBusy(), kTimeoutMs);

    Transfer *bigRow = observed.byName(u"big.py"_s);
    QVERIFY(bigRow);
    QCOMPARE(bigRow->state(), Transfer::State::Failed);
    QVERIFY2(bigRow->message().contains(u"12.0 MB"_s) && bigRow->message().contains(u"10 MB"_s),
             qPrintable(bigRow->message()));
    QCOMPARE(observed.byName(u"small.py"_s)->state(), Transfer::State::Succeeded);
    QVERIFY(store().find(u"/Users/test/upload/small"_s));
    QVERIFY(!store().find(u"/Users/test/upload/big"_s));
    int imports = 0;
    for (const auto &request : m_workspace->emulator().requests())
        if (request.path == "/api/2.0/workspace/import"_L1)
            ++imports;
    QCOMPARE(imports, 1); // the big one never went out
}

void TestWorkspaceTransfers::missingParentIsCreated()
{
    writeFile(local(u"one.py"_s), sourceOf(sampleNotebook(NotebookLanguage::Python, u"1"_s)));
    ImportItem item = ImportFormat::detectFile(local(u"one.py"_s), u"/Users/test/new/deeper"_s);
    ObservedQueue observed;
    observed.queue.add(new WorkspaceImportTransfer(&client(), item));
    QTRY_VERIFY_WITH_TIMEOUT(!observed.queue.isBusy(), kTimeoutMs);
    QCOMPARE(observed.queue.at(0)->state(), Transfer::State::Succeeded);
    QVERIFY(store().find(u"/Users/test/new/deeper/one"_s));
}

void TestWorkspaceTransfers::notebookSourceChosenAsFileStaysAFile()
{
    // A .py with the notebook header that the user wants as a plain
    // workspace file keeps its name and bytes (AUTO would make a notebook).
    const QByteArray source = sourceOf(sampleNotebook(NotebookLanguage::Python, u"2"_s));
    writeFile(local(u"helpers.py"_s), source);
    ImportItem item = ImportFormat::detectFile(local(u"helpers.py"_s), u"/Users/test"_s);
    QCOMPARE(item.kind, ImportKind::Notebook);
    QVERIFY(ImportFormat::override(item, u"AUTO"_s));
    QCOMPARE(item.remotePath, u"/Users/test/helpers.py"_s);
    ObservedQueue observed;
    observed.queue.add(new WorkspaceImportTransfer(&client(), item));
    QTRY_VERIFY_WITH_TIMEOUT(!observed.queue.isBusy(), kTimeoutMs);
    QCOMPARE(observed.queue.at(0)->state(), Transfer::State::Succeeded);
    const auto *object = store().find(u"/Users/test/helpers.py"_s);
    QVERIFY(object);
    QCOMPARE(object->type, emulator::ObjectType::File);
    QCOMPARE(object->content, source);
}

void TestWorkspaceTransfers::cancelMidExportLeavesNoFile()
{
    QVERIFY(store().mkdirs(u"/Users/test/slow"_s).ok());
    for (int i = 0; i < 12; ++i)
        QVERIFY(store()
                    .putNotebook(u"/Users/test/slow/nb%1"_s.arg(i),
                                 sampleNotebook(NotebookLanguage::Python, QString::number(i)))
                    .ok());
    // A file that is already there and must survive the cancelled overwrite.
    writeFile(local(u"slow/nb0.py"_s), "old content");
    m_workspace->emulator().faults().latency(u"/api/2.0/workspace/export*"_s, 10000);

    ObservedQueue observed;
    ConflictResolver overwrite(ConflictResolver::Policy::Overwrite);
    observed.queue.add(new WorkspaceFolderExport(&client(), workspaceFolder(u"/Users/test/slow"_s),
                                                 local({}), &overwrite));
    // Wait until exports are on the wire, then cancel everything.
    QTRY_VERIFY_WITH_TIMEOUT(observed.queue.count() > 1 &&
                                 observed.withState(Transfer::State::Running).size() >= 8,
                             kTimeoutMs);
    observed.queue.cancelAll();
    QTRY_VERIFY_WITH_TIMEOUT(!observed.queue.isBusy(), kTimeoutMs);
    QCOMPARE(observed.queue.summary().cancelled, 12);

    // Only the old file, unchanged; no partial, no temporary files.
    QCOMPARE(localTree(local(u"slow"_s)), QStringList{u"nb0.py"_s});
    QCOMPARE(readFile(local(u"slow/nb0.py"_s)), QByteArray("old content"));
}

void TestWorkspaceTransfers::importConflictAskApplyToAll()
{
    const QString folder = local(u"proj"_s);
    for (int i = 0; i < 5; ++i)
        writeFile(folder + u"/nb%1.py"_s.arg(i),
                  sourceOf(sampleNotebook(NotebookLanguage::Python, u"v1"_s)));
    writeFile(folder + u"/data.csv"_s, "v1");
    {
        ObservedQueue first;
        QVERIFY(planAndImport(first, client(), {folder}, u"/Users/test"_s, nullptr));
        QTRY_VERIFY_WITH_TIMEOUT(!first.queue.isBusy(), kTimeoutMs);
        QCOMPARE(first.queue.summary().succeeded, 7);
    }
    // Second version: every target exists now.
    for (int i = 0; i < 5; ++i)
        writeFile(folder + u"/nb%1.py"_s.arg(i),
                  sourceOf(sampleNotebook(NotebookLanguage::Python, u"v2"_s)));
    writeFile(folder + u"/data.csv"_s, "v2");

    QList<ConflictResolver::Question> questions;
    ConflictResolver resolver(
        ConflictResolver::Policy::Ask,
        [&questions](const ConflictResolver::Question &question, ConflictResolver::Answer answer) {
            questions.append(question);
            // Answered later, from the event loop, like a dialog.
            QTimer::singleShot(0, [answer] { answer(ConflictChoice::Overwrite, true); });
        });
    ObservedQueue second;
    QVERIFY(planAndImport(second, client(), {folder}, u"/Users/test"_s, &resolver));
    QTRY_VERIFY_WITH_TIMEOUT(!second.queue.isBusy(), kTimeoutMs);
    QCOMPARE(questions.size(), 1);
    QVERIFY(questions.first().target.startsWith(u"/Users/test/proj/"_s));
    QCOMPARE(second.queue.summary().succeeded, 7);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(store().find(u"/Users/test/proj/nb%1"_s.arg(i))->notebook,
                 sampleNotebook(NotebookLanguage::Python, u"v2"_s));
    QCOMPARE(store().find(u"/Users/test/proj/data.csv"_s)->content, QByteArray("v2"));
}

void TestWorkspaceTransfers::importConflictSkipAndKeepBoth()
{
    writeFile(local(u"nb.py"_s), sourceOf(sampleNotebook(NotebookLanguage::Python, u"new"_s)));
    QVERIFY(
        store()
            .putNotebook(u"/Users/test/nb"_s, sampleNotebook(NotebookLanguage::Python, u"old"_s))
            .ok());
    QVERIFY(store()
                .putNotebook(u"/Users/test/nb (2)"_s,
                             sampleNotebook(NotebookLanguage::Python, u"old2"_s))
                .ok());
    const ImportItem item = ImportFormat::detectFile(local(u"nb.py"_s), u"/Users/test"_s);

    ObservedQueue observed;
    ConflictResolver skip(ConflictResolver::Policy::Skip);
    observed.queue.add(new WorkspaceImportTransfer(&client(), item, &skip));
    QTRY_VERIFY_WITH_TIMEOUT(!observed.queue.isBusy(), kTimeoutMs);
    QCOMPARE(observed.queue.at(0)->state(), Transfer::State::Skipped);
    QCOMPARE(observed.queue.at(0)->message(), u"Skipped: exists at /Users/test/nb"_s);

    ConflictResolver keepBoth(ConflictResolver::Policy::KeepBoth);
    auto *transfer = new WorkspaceImportTransfer(&client(), item, &keepBoth);
    observed.queue.add(transfer);
    QTRY_VERIFY_WITH_TIMEOUT(!observed.queue.isBusy(), kTimeoutMs);
    QCOMPARE(transfer->state(), Transfer::State::Succeeded);
    QCOMPARE(transfer->importedPath(), u"/Users/test/nb (3)"_s);
    QCOMPARE(store().find(u"/Users/test/nb (3)"_s)->notebook,
             sampleNotebook(NotebookLanguage::Python, u"new"_s));
    QCOMPARE(store().find(u"/Users/test/nb"_s)->notebook,
             sampleNotebook(NotebookLanguage::Python, u"old"_s));
}

void TestWorkspaceTransfers::exportConflictKeepBothApplyToAll()
{
    QVERIFY(store().mkdirs(u"/Users/test/twice"_s).ok());
    for (int i = 0; i < 4; ++i)
        QVERIFY(store()
                    .putNotebook(u"/Users/test/twice/nb%1"_s.arg(i),
                                 sampleNotebook(NotebookLanguage::Sql, QString::number(i)))
                    .ok());
    {
        ObservedQueue first;
        first.queue.add(new WorkspaceFolderExport(
            &client(), workspaceFolder(u"/Users/test/twice"_s), local({})));
        QTRY_VERIFY_WITH_TIMEOUT(!first.queue.isBusy(), kTimeoutMs);
        QCOMPARE(first.queue.summary().succeeded, 5);
    }
    int asked = 0;
    ConflictResolver resolver(
        ConflictResolver::Policy::Ask,
        [&asked](const ConflictResolver::Question &, ConflictResolver::Answer answer) {
            ++asked;
            QTimer::singleShot(0, [answer] { answer(ConflictChoice::KeepBoth, true); });
        });
    ObservedQueue second;
    second.queue.add(new WorkspaceFolderExport(&client(), workspaceFolder(u"/Users/test/twice"_s),
                                               local({}), &resolver));
    QTRY_VERIFY_WITH_TIMEOUT(!second.queue.isBusy(), kTimeoutMs);
    QCOMPARE(asked, 1);
    QCOMPARE(second.queue.summary().succeeded, 5);
    QCOMPARE(localTree(local(u"twice"_s)),
             (QStringList{u"nb0 (2).sql"_s, u"nb0.sql"_s, u"nb1 (2).sql"_s, u"nb1.sql"_s,
                          u"nb2 (2).sql"_s, u"nb2.sql"_s, u"nb3 (2).sql"_s, u"nb3.sql"_s}));
    QCOMPARE(readFile(local(u"twice/nb2 (2).sql"_s)), readFile(local(u"twice/nb2.sql"_s)));
}

void TestWorkspaceTransfers::folderAsOneDbc()
{
    QVERIFY(store().mkdirs(u"/Users/test/arch/sub"_s).ok());
    QVERIFY(
        store()
            .putNotebook(u"/Users/test/arch/a"_s, sampleNotebook(NotebookLanguage::Scala, u"a"_s))
            .ok());
    QVERIFY(
        store()
            .putNotebook(u"/Users/test/arch/sub/b"_s, sampleNotebook(NotebookLanguage::R, u"b"_s))
            .ok());

    ObservedQueue observed;
    const WorkspaceObject folder = workspaceFolder(u"/Users/test/arch"_s);
    observed.queue.add(
        new WorkspaceExportTransfer(&client(), folder, u"DBC"_s, local(u"arch.dbc"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(!observed.queue.isBusy(), kTimeoutMs);
    QCOMPARE(observed.queue.at(0)->state(), Transfer::State::Succeeded);

    // Importing the archive elsewhere recreates the folder.
    ImportItem item = ImportFormat::detectFile(local(u"arch.dbc"_s), u"/Users/test/copy"_s);
    QCOMPARE(item.format, u"DBC"_s);
    QVERIFY(store().mkdirs(u"/Users/test/copy"_s).ok());
    observed.queue.add(new WorkspaceImportTransfer(&client(), item));
    QTRY_VERIFY_WITH_TIMEOUT(!observed.queue.isBusy(), kTimeoutMs);
    QVERIFY2(observed.queue.at(1)->state() == Transfer::State::Succeeded,
             qPrintable(observed.queue.at(1)->message()));
    QCOMPARE(store().find(u"/Users/test/copy/arch/sub/b"_s)->notebook,
             sampleNotebook(NotebookLanguage::R, u"b"_s));
}

QTEST_MAIN(TestWorkspaceTransfers)
#include "tst_workspacetransfers.moc"
