// Notebook formats (core/notebook): pure conversions, no HTTP.
#include "core/notebook/dbcarchive.h"
#include "core/notebook/jupytercodec.h"
#include "core/notebook/notebook.h"
#include "core/notebook/notebookhtmlexporter.h"
#include "core/notebook/notebookrmarkdownexporter.h"
#include "core/notebook/notebooksourcecodec.h"
#include "core/notebook/ziparchive.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtEndian>

#include <zlib.h>

using namespace Qt::StringLiterals;
using namespace brickdesk;

Q_DECLARE_METATYPE(brickdesk::NotebookLanguage)

namespace {

// A notebook with a code cell, a titled code cell, a markdown cell with blank
// lines, a titled magic cell in another language and a hidden title.
Notebook sampleNotebook(NotebookLanguage language)
{
    const QString code = language == NotebookLanguage::Sql     ? u"SELECT 1"_s
                         : language == NotebookLanguage::Scala ? u"val x = 1\nprintln(x)"_s
                         : language == NotebookLanguage::R     ? u"x <- 1\nprint(x)"_s
                                                               : u"x = 1\nprint(x)"_s;
    Notebook notebook;
    notebook.language = language;
    notebook.cells = {
        {code, {}, true},
        {code + u"\n# second"_s, u"Compute things"_s, true},
        {u"%md\n# Heading\n\nSome *text*.\n\n- item"_s, {}, true},
        {u"%sh\nls -la /tmp"_s, u"Shell, with, commas"_s, true},
        {code, u"Hidden title"_s, false},
    };
    return notebook;
}

} // namespace

class TestNotebookFormats : public QObject
{
    Q_OBJECT
private slots:
    void sourceRoundTrip_data();
    void sourceRoundTrip();
    void sourceSerializeMatchesRealLayout();
    void sourceParsesOlderMagicBlankLines();
    void sourceParsesWithoutHeaderAndCrLf();
    void detectHeader();
    void jupyterRoundTrip_data();
    void jupyterRoundTrip();
    void jupyterOutputIsNbformat4();
    void jupyterRejectsGarbage();
    void htmlRoundTrip();
    void rMarkdownExport();
    void zipRoundTripAndCrc();
    void zipReadsDeflatedEntries();
    void dbcRoundTrip();
    void dbcRejectsGarbage();
};

void TestNotebookFormats::sourceRoundTrip_data()
{
    QTest::addColumn<NotebookLanguage>("language");
    QTest::newRow("python") << NotebookLanguage::Python;
    QTest::newRow("scala") << NotebookLanguage::Scala;
    QTest::newRow("sql") << NotebookLanguage::Sql;
    QTest::newRow("r") << NotebookLanguage::R;
}

void TestNotebookFormats::sourceRoundTrip()
{
    QFETCH(NotebookLanguage, language);
    const Notebook notebook = sampleNotebook(language);
    const QString text = NotebookSourceCodec::serialize(notebook);
    QVERIFY(text.startsWith(NotebookSourceCodec::headerLine(language) + u'\n'));
    const Notebook parsed = NotebookSourceCodec::parse(text, language);
    QCOMPARE(parsed.cells.size(), notebook.cells.size());
    for (qsizetype i = 0; i < notebook.cells.size(); ++i) {
        QCOMPARE(parsed.cells[i].source, notebook.cells[i].source);
        QCOMPARE(parsed.cells[i].title, notebook.cells[i].title);
        QCOMPARE(parsed.cells[i].titleShown, notebook.cells[i].titleShown);
    }
    QVERIFY(parsed == notebook);
    // Serializing again is stable byte for byte.
    QCOMPARE(NotebookSourceCodec::serialize(parsed), text);
}

void TestNotebookFormats::sourceSerializeMatchesRealLayout()
{
    Notebook notebook;
    notebook.language = NotebookLanguage::Sql;
    notebook.cells = {{u"SELECT 1"_s, {}, true}, {u"%md\n# T\n\nx"_s, u"Notes"_s, true}};
    QCOMPARE(NotebookSourceCodec::serialize(notebook),
             u"-- Databricks notebook source\n"
             "SELECT 1\n"
             "\n-- COMMAND ----------\n\n"
             "-- DBTITLE 1,Notes\n"
             "-- MAGIC %md\n-- MAGIC # T\n-- MAGIC\n-- MAGIC x\n"_s);
}

void TestNotebookFormats::sourceParsesOlderMagicBlankLines()
{
    // Older exports wrote blank magic lines with a trailing space, and end
    // with a trailing separator.
    const QString text =
        u"# Databricks notebook source\n# MAGIC %md\n# MAGIC Title\n# MAGIC \n# MAGIC Body\n\n"
        "# COMMAND ----------\n\nprint(1)\n\n# COMMAND ----------\n\n"_s;
    const Notebook parsed = NotebookSourceCodec::parse(text, NotebookLanguage::Python);
    QCOMPARE(parsed.cells.size(), 2);
    QCOMPARE(parsed.cells[0].source, u"%md\nTitle\n\nBody"_s);
    QVERIFY(parsed.cells[0].isMarkdown());
    QCOMPARE(parsed.cells[0].bodyWithoutMagic(), u"Title\n\nBody"_s);
    QCOMPARE(parsed.cells[1].source, u"print(1)"_s);
}

void TestNotebookFormats::sourceParsesWithoutHeaderAndCrLf()
{
    const Notebook parsed = NotebookSourceCodec::parse(
        u"val a = 1\r\n\r\n// COMMAND ----------\r\n\r\nval b = 2\r\n"_s, NotebookLanguage::Scala);
    QCOMPARE(parsed.cells.size(), 2);
    QCOMPARE(parsed.cells[0].source, u"val a = 1"_s);
    QCOMPARE(parsed.cells[1].source, u"val b = 2"_s);
}

void TestNotebookFormats::detectHeader()
{
    QCOMPARE(NotebookSourceCodec::detectHeader("# Databricks notebook source\nprint(1)"),
             NotebookLanguage::Python);
    QCOMPARE(NotebookSourceCodec::detectHeader("# Databricks notebook source\nx <- 1", u"r"_s),
             NotebookLanguage::R);
    QCOMPARE(NotebookSourceCodec::detectHeader("# Databricks notebook source", u"R"_s),
             NotebookLanguage::R);
    QCOMPARE(NotebookSourceCodec::detectHeader("// Databricks notebook source\r\nval x = 1"),
             NotebookLanguage::Scala);
    QCOMPARE(NotebookSourceCodec::detectHeader("-- Databricks notebook source\n"),
             NotebookLanguage::Sql);
    QCOMPARE(NotebookSourceCodec::detectHeader("print('no header')"), std::nullopt);
    QCOMPARE(NotebookSourceCodec::detectHeader("# Databricks notebook sourcery\n"), std::nullopt);
}

void TestNotebookFormats::jupyterRoundTrip_data()
{
    sourceRoundTrip_data();
}

void TestNotebookFormats::jupyterRoundTrip()
{
    QFETCH(NotebookLanguage, language);
    const Notebook notebook = sampleNotebook(language);
    QString error;
    const auto parsed =
        JupyterCodec::fromIpynb(JupyterCodec::toIpynb(notebook, u"Sample"_s), &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    QVERIFY(*parsed == notebook);
}

void TestNotebookFormats::jupyterOutputIsNbformat4()
{
    const QByteArray ipynb =
        JupyterCodec::toIpynb(sampleNotebook(NotebookLanguage::Python), u"Sample"_s);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(ipynb, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject root = document.object();
    QCOMPARE(root.value("nbformat"_L1).toInt(), 4);
    QVERIFY(root.contains("nbformat_minor"_L1));
    QCOMPARE(root.value("metadata"_L1)
                 .toObject()
                 .value("language_info"_L1)
                 .toObject()
                 .value("name"_L1)
                 .toString(),
             u"python"_s);
    const QJsonArray cells = root.value("cells"_L1).toArray();
    QCOMPARE(cells.size(), 5);
    const QJsonObject code = cells[0].toObject();
    QCOMPARE(code.value("cell_type"_L1).toString(), u"code"_s);
    QCOMPARE(code.value("source"_L1).toArray(), (QJsonArray{u"x = 1\n"_s, u"print(x)"_s}));
    QVERIFY(code.value("outputs"_L1).isArray());
    QVERIFY(code.contains("execution_count"_L1));
    const QJsonObject markdown = cells[2].toObject();
    QCOMPARE(markdown.value("cell_type"_L1).toString(), u"markdown"_s);
    QCOMPARE(markdown.value("source"_L1).toArray().first().toString(), u"# Heading\n"_s);
    QVERIFY(!markdown.contains("outputs"_L1));
}

void TestNotebookFormats::jupyterRejectsGarbage()
{
    QString error;
    QVERIFY(!JupyterCodec::fromIpynb("not json", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!JupyterCodec::fromIpynb(R"({"nbformat":3,"cells":[]})", &error));
    // Plain notebooks from Jupyter (no Databricks metadata) are accepted.
    const auto plain = JupyterCodec::fromIpynb(
        R"json({"nbformat":4,"nbformat_minor":5,"metadata":{"kernelspec":{"language":"python"}},
            "cells":[{"cell_type":"code","source":"print(1)","metadata":{},"outputs":[]},
                     {"cell_type":"markdown","source":["# A\n","b"],"metadata":{}}]})json");
    QVERIFY(plain.has_value());
    QCOMPARE(plain->cells.size(), 2);
    QCOMPARE(plain->cells[0].source, u"print(1)"_s);
    QCOMPARE(plain->cells[1].source, u"%md\n# A\nb"_s);
}

void TestNotebookFormats::htmlRoundTrip()
{
    const Notebook notebook = sampleNotebook(NotebookLanguage::Scala);
    const QByteArray html = NotebookHtmlExporter::toHtml(notebook, u"Tom & Jerry <1>"_s);
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(html.contains("Tom &amp; Jerry &lt;1&gt;"));
    QVERIFY(html.contains("Compute things"));
    QVERIFY(!html.contains("Hidden title")); // hidden titles are not rendered
    QVERIFY(html.contains("__DATABRICKS_NOTEBOOK_MODEL"));
    const auto parsed = NotebookHtmlExporter::fromHtml(html);
    QVERIFY(parsed.has_value());
    QVERIFY(*parsed == notebook);
    QVERIFY(!NotebookHtmlExporter::fromHtml("<html><body>nothing</body></html>"));
}

void TestNotebookFormats::rMarkdownExport()
{
    const QString rmd = QString::fromUtf8(
        NotebookRMarkdownExporter::toRMarkdown(sampleNotebook(NotebookLanguage::R), u"Churn"_s));
    QVERIFY(rmd.startsWith(u"---\ntitle: \"Churn\"\n"_s));
    QVERIFY(rmd.contains(u"```{r}\nx <- 1\nprint(x)\n```"_s));
    QVERIFY(rmd.contains(u"# Heading\n\nSome *text*."_s));
    QVERIFY(rmd.contains(u"```{sh}\nls -la /tmp\n```"_s));
}

void TestNotebookFormats::zipRoundTripAndCrc()
{
    QCOMPARE(ZipArchive::crc32("123456789"), 0xCBF43926u); // the standard check value
    const QList<ZipEntry> entries{
        {u"a.txt"_s, "hello"}, {u"dir/b.bin"_s, QByteArray(1000, '\x7f')}, {u"é.txt"_s, {}}};
    const QByteArray archive = ZipArchive::write(entries);
    QVERIFY(ZipArchive::looksLikeZip(archive));
    const auto read = ZipArchive::read(archive);
    QVERIFY(read.has_value());
    QCOMPARE(read->size(), 3);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QCOMPARE(read->at(i).name, entries[i].name);
        QCOMPARE(read->at(i).data, entries[i].data);
    }
    QByteArray corrupt = archive;
    corrupt[40] = char(corrupt[40] ^ 0x55); // inside the first entry's data
    QString error;
    QVERIFY(!ZipArchive::read(corrupt, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!ZipArchive::read("not a zip", &error));
}

void TestNotebookFormats::zipReadsDeflatedEntries()
{
    // Build a one-entry archive by hand with a raw-deflated body, as real DBC
    // files are, and check the reader inflates it.
    const QByteArray data = QByteArray("deflate me please ").repeated(50);
    QByteArray compressed(int(compressBound(uLong(data.size()))) + 64, '\0');
    z_stream stream{};
    QCOMPARE(
        deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY),
        Z_OK);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(compressed.data());
    stream.avail_out = uInt(compressed.size());
    QCOMPARE(deflate(&stream, Z_FINISH), Z_STREAM_END);
    compressed.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);

    // Take a stored archive and patch method, sizes and data.
    const QByteArray name = "x.txt";
    QByteArray archive = ZipArchive::write({{QString::fromLatin1(name), data}});
    const QByteArray stored = archive;
    const auto le16 = [](QByteArray &b, qsizetype at, quint16 v) {
        qToLittleEndian(v, b.data() + at);
    };
    const auto le32 = [](QByteArray &b, qsizetype at, quint32 v) {
        qToLittleEndian(v, b.data() + at);
    };
    QByteArray local = stored.left(30 + name.size());
    le16(local, 8, 8);
    le32(local, 18, quint32(compressed.size()));
    QByteArray central = stored.mid(30 + name.size() + data.size(), 46 + name.size());
    le16(central, 10, 8);
    le32(central, 20, quint32(compressed.size()));
    QByteArray end = stored.right(22);
    le32(end, 16, quint32(local.size() + compressed.size()));
    archive = local + compressed + central + end;

    const auto read = ZipArchive::read(archive);
    QVERIFY(read.has_value());
    QCOMPARE(read->first().data, data);
}

void TestNotebookFormats::dbcRoundTrip()
{
    const QList<DbcNotebook> notebooks{{u"proj/one"_s, sampleNotebook(NotebookLanguage::Python)},
                                       {u"proj/sub/two"_s, sampleNotebook(NotebookLanguage::Sql)},
                                       {u"proj/three"_s, sampleNotebook(NotebookLanguage::R)}};
    const QByteArray archive = DbcArchive::write(notebooks);
    const auto entries = ZipArchive::read(archive);
    QVERIFY(entries.has_value());
    QCOMPARE(entries->at(0).name, u"proj/one.python"_s);
    QCOMPARE(entries->at(1).name, u"proj/sub/two.sql"_s);
    const QJsonObject model = QJsonDocument::fromJson(entries->at(0).data).object();
    QCOMPARE(model.value("version"_L1).toString(), u"NotebookV1"_s);
    QCOMPARE(model.value("name"_L1).toString(), u"one"_s);
    QCOMPARE(model.value("commands"_L1).toArray().size(), 5);

    const auto read = DbcArchive::read(archive);
    QVERIFY(read.has_value());
    QCOMPARE(read->size(), 3);
    for (qsizetype i = 0; i < notebooks.size(); ++i) {
        QCOMPARE(read->at(i).path, notebooks[i].path);
        QVERIFY(read->at(i).notebook == notebooks[i].notebook);
    }
}

void TestNotebookFormats::dbcRejectsGarbage()
{
    QString error;
    QVERIFY(!DbcArchive::read("PK but not really a zip file at all.....", &error));
    QVERIFY(!error.isEmpty());
    const QByteArray badModel = ZipArchive::write({{u"nb.python"_s, "{not json"}});
    QVERIFY(!DbcArchive::read(badModel, &error));
    QVERIFY(error.contains(u"nb.python"_s));
}

QTEST_GUILESS_MAIN(TestNotebookFormats)
#include "tst_notebookformats.moc"
