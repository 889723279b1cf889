// Round trips of the notebook SOURCE format: text -> cells ->
// text, for each language, with the layouts real exports have.
#include "core/notebook/notebooksourcecodec.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

Q_DECLARE_METATYPE(brickdesk::NotebookLanguage)

namespace {

// One notebook in canonical SOURCE form for `language`, written the way the
// service exports it: a code cell, a titled code cell, a markdown cell with a
// blank line, a %run cell, a titled magic cell in another language and a
// cell with a hidden title.
QString canonicalSource(NotebookLanguage language)
{
    const QString c = notebookCommentPrefix(language);
    QString code;
    QString other;
    switch (language) {
    case NotebookLanguage::Python:
        code = u"import os\nprint(os.getcwd())"_s;
        other = u"%sql\nSELECT 1"_s;
        break;
    case NotebookLanguage::Scala:
        code = u"val x = 42\nprintln(x)"_s;
        other = u"%python\nprint(1)"_s;
        break;
    case NotebookLanguage::Sql:
        code = u"SELECT *\nFROM samples.nyctaxi.trips\nLIMIT 10"_s;
        other = u"%python\nx = 1\n\nprint(x)"_s;
        break;
    case NotebookLanguage::R:
        code = u"library(SparkR)\nx <- 1"_s;
        other = u"%sh\nls -la /tmp"_s;
        break;
    }
    const auto magic = [&](const QString &source) {
        QStringList lines;
        for (const QString &line : source.split(u'\n'))
            lines << (line.isEmpty() ? c + " MAGIC"_L1 : c + " MAGIC "_L1 + line);
        return lines.join(u'\n');
    };
    const QString separator = "\n\n"_L1 + c + " COMMAND ----------\n\n"_L1;
    return NotebookSourceCodec::headerLine(language) + u'\n' + code + separator + c +
           " DBTITLE 1,Load the data, then clean it\n"_L1 + code + separator +
           magic(u"%md\n# Heading\n\nSome *text*."_s) + separator +
           magic(u"%run ./shared/setup"_s) + separator + c + " DBTITLE 1,Other language\n"_L1 +
           magic(other) + separator + c + " DBTITLE 0,Hidden\n"_L1 + code + u'\n';
}

} // namespace

class TestNotebookSourceCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void olderBlankMagicLinesAndTrailingSeparator_data();
    void olderBlankMagicLinesAndTrailingSeparator();
    void magicCellKeepsIndentationAndTrailingSpaces();
    void emptyNotebook();
};

void TestNotebookSourceCodec::roundTrip_data()
{
    QTest::addColumn<NotebookLanguage>("language");
    QTest::newRow("python") << NotebookLanguage::Python;
    QTest::newRow("scala") << NotebookLanguage::Scala;
    QTest::newRow("sql") << NotebookLanguage::Sql;
    QTest::newRow("r") << NotebookLanguage::R;
}

void TestNotebookSourceCodec::roundTrip()
{
    QFETCH(NotebookLanguage, language);
    const QString source = canonicalSource(language);
    const Notebook notebook = NotebookSourceCodec::parse(source, language);
    QCOMPARE(notebook.language, language);
    QCOMPARE(notebook.cells.size(), 6);

    QVERIFY(notebook.cells[0].magic().isEmpty());
    QVERIFY(notebook.cells[0].title.isEmpty());
    QCOMPARE(notebook.cells[1].title, u"Load the data, then clean it"_s);
    QVERIFY(notebook.cells[1].titleShown);
    QCOMPARE(notebook.cells[1].source, notebook.cells[0].source);
    QCOMPARE(notebook.cells[2].magic(), u"%md"_s);
    QVERIFY(notebook.cells[2].isMarkdown());
    QCOMPARE(notebook.cells[2].bodyWithoutMagic(), u"# Heading\n\nSome *text*."_s);
    QCOMPARE(notebook.cells[3].source, u"%run ./shared/setup"_s);
    QCOMPARE(notebook.cells[3].magic(), u"%run"_s);
    QCOMPARE(notebook.cells[4].title, u"Other language"_s);
    QVERIFY(!notebook.cells[4].magic().isEmpty());
    QCOMPARE(notebook.cells[5].title, u"Hidden"_s);
    QVERIFY(!notebook.cells[5].titleShown);

    // Byte for byte back to the text the service exported.
    QCOMPARE(NotebookSourceCodec::serialize(notebook), source);
    // And cells survive text -> cells -> text -> cells.
    QCOMPARE(NotebookSourceCodec::parse(NotebookSourceCodec::serialize(notebook), language),
             notebook);
}

void TestNotebookSourceCodec::olderBlankMagicLinesAndTrailingSeparator_data()
{
    roundTrip_data();
}

void TestNotebookSourceCodec::olderBlankMagicLinesAndTrailingSeparator()
{
    // Older exports write a blank magic line as "<comment> MAGIC " (trailing
    // space) and end with a separator; both parse to the same cells, which
    // serialize in the newer form.
    QFETCH(NotebookLanguage, language);
    const QString c = notebookCommentPrefix(language);
    const QString source = canonicalSource(language);
    QString older = source;
    older.replace(c + " MAGIC\n"_L1, c + " MAGIC \n"_L1);
    QVERIFY(older != source);
    older += u'\n' + c + " COMMAND ----------\n\n"_L1;
    const Notebook notebook = NotebookSourceCodec::parse(older, language);
    QCOMPARE(notebook, NotebookSourceCodec::parse(source, language));
    QCOMPARE(NotebookSourceCodec::serialize(notebook), source);

    // Windows line ends as well.
    QString crlf = older;
    crlf.replace(u'\n', "\r\n"_L1);
    QCOMPARE(NotebookSourceCodec::parse(crlf, language), notebook);
}

void TestNotebookSourceCodec::magicCellKeepsIndentationAndTrailingSpaces()
{
    const QString source = u"# Databricks notebook source\n"
                           "# MAGIC %sh\n"
                           "# MAGIC for f in *; do\n"
                           "# MAGIC     echo \"$f\"  \n"
                           "# MAGIC done\n"_s;
    const Notebook notebook = NotebookSourceCodec::parse(source, NotebookLanguage::Python);
    QCOMPARE(notebook.cells.size(), 1);
    QCOMPARE(notebook.cells[0].source, u"%sh\nfor f in *; do\n    echo \"$f\"  \ndone"_s);
    QCOMPARE(NotebookSourceCodec::serialize(notebook), source);
}

void TestNotebookSourceCodec::emptyNotebook()
{
    Notebook empty;
    empty.language = NotebookLanguage::Scala;
    const QString text = NotebookSourceCodec::serialize(empty);
    QVERIFY(text.startsWith(NotebookSourceCodec::headerLine(NotebookLanguage::Scala)));
    QCOMPARE(NotebookSourceCodec::parse(text, NotebookLanguage::Scala), empty);
}

QTEST_APPLESS_MAIN(TestNotebookSourceCodec)
#include "tst_notebooksourcecodec.moc"
