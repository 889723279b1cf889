#include "core/workspace/exportformat.h"
#include "core/workspace/importformat.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

Q_DECLARE_METATYPE(brickdesk::ImportKind)

class TestImportFormat : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void overrideFormat();
    void overrideRefusesNonsense();
    void exportFileNames_data();
    void exportFileNames();
    void exportFormats();
};

void TestImportFormat::detect_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("remotePath");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("language");
    QTest::addColumn<ImportKind>("kind");

    QTest::newRow("python notebook")
        << u"load.py"_s << QByteArray("# Databricks notebook source\nprint(1)")
        << u"/Users/me/load"_s << u"SOURCE"_s << u"PYTHON"_s << ImportKind::Notebook;
    QTest::newRow("python notebook, CRLF")
        << u"load.py"_s << QByteArray("# Databricks notebook source\r\n") << u"/Users/me/load"_s
        << u"SOURCE"_s << u"PYTHON"_s << ImportKind::Notebook;
    QTest::newRow("header only") << u"empty.py"_s << QByteArray("# Databricks notebook source")
                                 << u"/Users/me/empty"_s << u"SOURCE"_s << u"PYTHON"_s
                                 << ImportKind::Notebook;
    QTest::newRow("scala notebook")
        << u"Job.scala"_s << QByteArray("// Databricks notebook source\nval x = 1")
        << u"/Users/me/Job"_s << u"SOURCE"_s << u"SCALA"_s << ImportKind::Notebook;
    QTest::newRow("sql notebook") << u"q.sql"_s
                                  << QByteArray("-- Databricks notebook source\nSELECT 1")
                                  << u"/Users/me/q"_s << u"SOURCE"_s << u"SQL"_s
                                  << ImportKind::Notebook;
    QTest::newRow("r notebook .r")
        << u"plot.r"_s << QByteArray("# Databricks notebook source\n") << u"/Users/me/plot"_s
        << u"SOURCE"_s << u"R"_s << ImportKind::Notebook;
    QTest::newRow("r notebook .R")
        << u"plot.R"_s << QByteArray("# Databricks notebook source\n") << u"/Users/me/plot"_s
        << u"SOURCE"_s << u"R"_s << ImportKind::Notebook;
    QTest::newRow("python without header is a file")
        << u"util.py"_s << QByteArray("import os\n") << u"/Users/me/util.py"_s << u"AUTO"_s
        << QString() << ImportKind::File;
    QTest::newRow("header not on the first line")
        << u"util.py"_s << QByteArray("\n# Databricks notebook source\n") << u"/Users/me/util.py"_s
        << u"AUTO"_s << QString() << ImportKind::File;
    QTest::newRow("header with trailing text")
        << u"util.py"_s << QByteArray("# Databricks notebook sources\n") << u"/Users/me/util.py"_s
        << u"AUTO"_s << QString() << ImportKind::File;
    QTest::newRow("scala header in a .py is a file")
        << u"odd.py"_s << QByteArray("// Databricks notebook source\n") << u"/Users/me/odd.py"_s
        << u"AUTO"_s << QString() << ImportKind::File;
    QTest::newRow("python header in a .sql is a file")
        << u"odd.sql"_s << QByteArray("# Databricks notebook source\n") << u"/Users/me/odd.sql"_s
        << u"AUTO"_s << QString() << ImportKind::File;
    QTest::newRow("empty .py") << u"e.py"_s << QByteArray() << u"/Users/me/e.py"_s << u"AUTO"_s
                               << QString() << ImportKind::File;
    QTest::newRow("jupyter") << u"analysis.ipynb"_s << QByteArray("{\"cells\": []")
                             << u"/Users/me/analysis"_s << u"JUPYTER"_s << u"PYTHON"_s
                             << ImportKind::Notebook;
    QTest::newRow("html") << u"export.html"_s << QByteArray("<!DOCTYPE html>")
                          << u"/Users/me/export"_s << u"HTML"_s << QString()
                          << ImportKind::Notebook;
    QTest::newRow("dbc") << u"archive.dbc"_s << QByteArray("PK\x03\x04") << u"/Users/me/archive"_s
                         << u"DBC"_s << QString() << ImportKind::Dbc;
    QTest::newRow("csv") << u"data.csv"_s << QByteArray("a,b\n1,2\n") << u"/Users/me/data.csv"_s
                         << u"AUTO"_s << QString() << ImportKind::File;
    QTest::newRow("no extension") << u"Makefile"_s << QByteArray("all:\n")
                                  << u"/Users/me/Makefile"_s << u"AUTO"_s << QString()
                                  << ImportKind::File;
    QTest::newRow("hidden file") << u".env"_s << QByteArray("X=1\n") << u"/Users/me/.env"_s
                                 << u"AUTO"_s << QString() << ImportKind::File;
    QTest::newRow("upper-case .PY is not a notebook extension")
        << u"LOAD.PY"_s << QByteArray("# Databricks notebook source\n") << u"/Users/me/LOAD.PY"_s
        << u"AUTO"_s << QString() << ImportKind::File;
    QTest::newRow("unicode name") << u"Überblick – 数据.py"_s
                                  << QByteArray("# Databricks notebook source\n")
                                  << u"/Users/me/Überblick – 数据"_s << u"SOURCE"_s << u"PYTHON"_s
                                  << ImportKind::Notebook;
    QTest::newRow("into the root") << u"x.csv"_s << QByteArray("1") << u"/x.csv"_s << u"AUTO"_s
                                   << QString() << ImportKind::File;
}

void TestImportFormat::detect()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, head);
    QFETCH(QString, remotePath);
    QFETCH(QString, format);
    QFETCH(QString, language);
    QFETCH(ImportKind, kind);

    const QString folder =
        QByteArray(QTest::currentDataTag()) == "into the root" ? u"/"_s : u"/Users/me"_s;
    const ImportItem item = ImportFormat::detect(fileName, head, folder);
    QCOMPARE(item.remotePath, remotePath);
    QCOMPARE(item.format, format);
    QCOMPARE(item.language, language);
    QCOMPARE(item.kind, kind);
}

void TestImportFormat::overrideFormat()
{
    ImportItem item = ImportFormat::detect(u"util.py"_s, "import os\n", u"/Users/me"_s);
    item.localPath = u"/home/me/util.py"_s;
    QCOMPARE(item.format, u"AUTO"_s);
    QCOMPARE(ImportFormat::formatsFor(item).first(), u"AUTO"_s);

    // The user says it is a Python notebook after all.
    QVERIFY(ImportFormat::override(item, u"SOURCE"_s, u"PYTHON"_s));
    QCOMPARE(item.remotePath, u"/Users/me/util"_s);
    QCOMPARE(item.kind, ImportKind::Notebook);
    QCOMPARE(item.language, u"PYTHON"_s);
    QCOMPARE(ImportFormat::formatsFor(item).first(), u"SOURCE"_s);

    // ... or a file again: full name back.
    QVERIFY(ImportFormat::override(item, u"AUTO"_s));
    QCOMPARE(item.remotePath, u"/Users/me/util.py"_s);
    QCOMPARE(item.kind, ImportKind::File);
    QVERIFY(item.language.isEmpty());

    QVERIFY(ImportFormat::override(item, u"DBC"_s));
    QCOMPARE(item.kind, ImportKind::Dbc);
    QVERIFY(ImportFormat::override(item, u"JUPYTER"_s));
    QCOMPARE(item.language, u"PYTHON"_s);
}

void TestImportFormat::overrideRefusesNonsense()
{
    ImportItem item = ImportFormat::detect(u"data.csv"_s, "1,2", u"/Users/me"_s);
    item.localPath = u"/home/me/data.csv"_s;
    const ImportItem before = item;
    QVERIFY(!ImportFormat::override(item, u"SOURCE"_s));              // no language
    QVERIFY(!ImportFormat::override(item, u"SOURCE"_s, u"COBOL"_s));  // unknown language
    QVERIFY(!ImportFormat::override(item, u"source"_s, u"PYTHON"_s)); // formats are case-sensitive
    QVERIFY(!ImportFormat::override(item, u"HTML"_s, u"PYTHON"_s));   // language with SOURCE only
    QCOMPARE(item, before);
}

void TestImportFormat::exportFileNames_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("fileName");

    QTest::newRow("python source") << u"NOTEBOOK"_s << u"PYTHON"_s << u"SOURCE"_s << u"nb.py"_s;
    QTest::newRow("scala source") << u"NOTEBOOK"_s << u"SCALA"_s << u"SOURCE"_s << u"nb.scala"_s;
    QTest::newRow("sql source") << u"NOTEBOOK"_s << u"SQL"_s << u"SOURCE"_s << u"nb.sql"_s;
    QTest::newRow("r source") << u"NOTEBOOK"_s << u"R"_s << u"SOURCE"_s << u"nb.r"_s;
    QTest::newRow("html") << u"NOTEBOOK"_s << u"SCALA"_s << u"HTML"_s << u"nb.html"_s;
    QTest::newRow("jupyter") << u"NOTEBOOK"_s << u"PYTHON"_s << u"JUPYTER"_s << u"nb.ipynb"_s;
    QTest::newRow("dbc") << u"NOTEBOOK"_s << u"SQL"_s << u"DBC"_s << u"nb.dbc"_s;
    QTest::newRow("r markdown") << u"NOTEBOOK"_s << u"R"_s << u"R_MARKDOWN"_s << u"nb.Rmd"_s;
    QTest::newRow("file") << u"FILE"_s << QString() << u"AUTO"_s << u"nb"_s;
    QTest::newRow("folder") << u"DIRECTORY"_s << QString() << u"DBC"_s << u"nb.dbc"_s;
}

void TestImportFormat::exportFileNames()
{
    QFETCH(QString, type);
    QFETCH(QString, language);
    QFETCH(QString, format);
    QFETCH(QString, fileName);
    WorkspaceObject object;
    object.path = u"/Users/me/nb"_s;
    object.name = u"nb"_s;
    object.objectType = type;
    object.language = language;
    QCOMPARE(ExportFormat::fileName(object, format), fileName);
}

void TestImportFormat::exportFormats()
{
    WorkspaceObject notebook;
    notebook.objectType = u"NOTEBOOK"_s;
    notebook.language = u"PYTHON"_s;
    QVERIFY(!ExportFormat::formatsFor(notebook).contains(u"R_MARKDOWN"_s));
    QCOMPARE(ExportFormat::effectiveFormat(notebook, u"R_MARKDOWN"_s), u"SOURCE"_s);
    notebook.language = u"R"_s;
    QCOMPARE(ExportFormat::effectiveFormat(notebook, u"R_MARKDOWN"_s), u"R_MARKDOWN"_s);

    for (const QString &type :
         {u"MLFLOW_EXPERIMENT"_s, u"DASHBOARD"_s, u"LIBRARY"_s, u"WHATEVER"_s}) {
        WorkspaceObject object;
        object.objectType = type;
        QVERIFY2(!ExportFormat::canExport(object), qPrintable(type));
        QVERIFY(!ExportFormat::whyNotExportable(object).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestImportFormat)
#include "tst_importformat.moc"
