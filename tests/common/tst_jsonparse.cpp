// Parsing a payload's text: errors at the line and column an editor shows
// (characters, not UTF-8 bytes or UTF-16 units), the formatter that keeps
// key order, and the locator that finds where a path is written.

#include "core/payload/jsonformatter.h"
#include "core/payload/jsonparser.h"
#include "core/payload/jsonpath.h"
#include "core/payload/jsontextlocator.h"
#include "core/payload/jsontokenizer.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

class TestJsonParse : public QObject
{
    Q_OBJECT

private slots:
    void validObjectParses();
    void errorHasLineAndColumn_data();
    void errorHasLineAndColumn();
    void multiByteCharactersCountOnceInColumns();
    void utf8OffsetInsideSequenceBelongsToItsCharacter();
    void emptyTextAndNonObjectsAreRefused();
    void pathsReadLikeCode();
    void reformatKeepsKeyOrderAndValues();
    void reformatLeavesInvalidTextAlone();
    void normalisedSortsKeys();
    void locatorFindsKeysAndElements();
    void tokenizerMarksUnterminatedStrings();
};

void TestJsonParse::validObjectParses()
{
    const JsonParseResult result = JsonParser::parseObject(u"{\"name\": \"nightly\"}"_s);
    QVERIFY(result.ok());
    QCOMPARE(result.object.value("name"_L1).toString(), u"nightly"_s);
}

void TestJsonParse::errorHasLineAndColumn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing comma")
        << u"{\n  \"a\": 1\n  \"b\": 2\n}"_s << 3 << 3 << u"missing comma"_s;
    QTest::newRow("missing colon") << u"{\n  \"a\" 1\n}"_s << 2 << 7 << u"missing colon"_s;
    QTest::newRow("missing comma in list")
        << u"{\"a\": [1\n  2]}"_s << 2 << 3 << u"missing comma"_s;
    QTest::newRow("half literal") << u"{\"a\": tru}"_s << 1 << 7 << u"not a JSON value"_s;
    QTest::newRow("open string") << u"{\"a\": \"x}"_s << 1 << 7 << u"unterminated string"_s;
    QTest::newRow("bare word") << u"{\n  \"a\": yes\n}"_s << 2 << 8 << u"not a JSON value"_s;
    QTest::newRow("unterminated") << u"{\n  \"a\": 1\n"_s << 3 << 1 << u"unterminated object"_s;
    QTest::newRow("trailing text") << u"{}\nx"_s << 2 << 1 << u"after the end"_s;
    QTest::newRow("trailing text, same line") << u"{}x"_s << 1 << 3 << u"after the end"_s;
}

void TestJsonParse::errorHasLineAndColumn()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const JsonParseResult result = JsonParser::parseObject(text);
    QVERIFY(!result.ok());
    QVERIFY2(result.error->message.contains(message), qPrintable(result.error->message));
    QCOMPARE(result.error->position.line, line);
    QCOMPARE(result.error->position.column, column);
    QCOMPARE(JsonParser::positionAt(text, result.error->offset), result.error->position);
}

void TestJsonParse::multiByteCharactersCountOnceInColumns()
{
    // "é" is two UTF-8 bytes, "日本" six, "😀" four bytes and two UTF-16 units.
    const QString text = u"{\"é\": \"日本😀\" \"x\": 1}"_s;
    const JsonParseResult result = JsonParser::parseObject(text);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->position.line, 1);
    // The error is at `"x"`: 12 characters, 13 UTF-16 units and 20 bytes in.
    QCOMPARE(text.mid(result.error->offset, 3), u"\"x\""_s);
    QCOMPARE(result.error->offset, 13);
    QCOMPARE(result.error->position.column, 13);
    // Two emoji are two columns but four UTF-16 units.
    QCOMPARE(JsonParser::positionAt(u"😀😀x"_s, 4), (TextPosition{1, 3}));
    QCOMPARE(JsonParser::positionAt(u"a\n日本x"_s, 4), (TextPosition{2, 3}));
}

void TestJsonParse::utf8OffsetInsideSequenceBelongsToItsCharacter()
{
    const QByteArray utf8 = u"ab日c"_s.toUtf8(); // 日 is bytes 2..4
    QCOMPARE(JsonParser::offsetOfUtf8(utf8, 2), 2);
    QCOMPARE(JsonParser::offsetOfUtf8(utf8, 3), 2);
    QCOMPARE(JsonParser::offsetOfUtf8(utf8, 4), 2);
    QCOMPARE(JsonParser::offsetOfUtf8(utf8, 5), 3);
    QCOMPARE(JsonParser::offsetOfUtf8(utf8, 99), 4);
}

void TestJsonParse::emptyTextAndNonObjectsAreRefused()
{
    QVERIFY(JsonParser::parseObject(u"  \n"_s).error->message.contains(u"empty"_s));
    const JsonParseResult array = JsonParser::parseObject(u"\n  [1, 2]"_s);
    QVERIFY(array.error->message.contains(u"must be a JSON object"_s));
    QCOMPARE(array.error->position, (TextPosition{2, 3}));
}

void TestJsonParse::pathsReadLikeCode()
{
    const JsonPath path = JsonPath()
                              .member(u"tasks"_s)
                              .element(2)
                              .member(u"notebook_task"_s)
                              .member(u"notebook_path"_s);
    QCOMPARE(path.toString(), u"tasks[2].notebook_task.notebook_path"_s);
    QCOMPARE(path.leafName(), u"notebook_path"_s);
    QCOMPARE(path.topLevelKey(), u"tasks"_s);
    QCOMPARE(JsonPath().member(u"tasks"_s).element(0).leafName(), u"tasks[0]"_s);
    QCOMPARE(JsonPath().member(u"tags"_s).member(u"cost \"center\""_s).toString(),
             u"tags[\"cost \\\"center\\\"\"]"_s);
    QCOMPARE(JsonPath().toString(), QString());
}

void TestJsonParse::reformatKeepsKeyOrderAndValues()
{
    const QString text = u"{\"z\":1.50,\"a\":[true,null,{}],\"m\":{\"k\":\"v\\u00e9\"},\"e\":[]}"_s;
    QCOMPARE(JsonFormatter::reformat(text),
             u"{\n  \"z\": 1.50,\n  \"a\": [\n    true,\n    null,\n    {}\n  ],\n"
             "  \"m\": {\n    \"k\": \"v\\u00e9\"\n  },\n  \"e\": []\n}\n"_s);
    // Formatting is stable.
    QCOMPARE(JsonFormatter::reformat(JsonFormatter::reformat(text)), JsonFormatter::reformat(text));
}

void TestJsonParse::reformatLeavesInvalidTextAlone()
{
    const QString text = u"{\"a\": 1,, }"_s;
    QCOMPARE(JsonFormatter::reformat(text), text);
}

void TestJsonParse::normalisedSortsKeys()
{
    const QJsonObject object =
        QJsonDocument::fromJson(R"({"z": 1, "a": {"y": "x", "b": [1, 2]}})").object();
    QCOMPARE(JsonFormatter::normalised(object),
             u"{\n  \"a\": {\n    \"b\": [\n      1,\n      2\n    ],\n    \"y\": \"x\"\n  },\n"
             "  \"z\": 1\n}\n"_s);
}

void TestJsonParse::locatorFindsKeysAndElements()
{
    const QString text = u"{\n  \"tasks\": [\n    {\"task_key\": \"a\"},\n    {\"task_key\": "
                         "\"b\", \"notebook_task\": {}}\n  ],\n  \"na\\u006de\": \"x\"\n}"_s;
    const JsonTextLocator locator(text);
    const JsonPath tasks = JsonPath().member(u"tasks"_s);

    const auto textAt = [&](const JsonPath &path) {
        const auto span = locator.find(path);
        return text.mid(span.start, span.length);
    };
    QCOMPARE(textAt(tasks), u"\"tasks\""_s);
    QCOMPARE(textAt(tasks.element(1)), u"{"_s);
    QCOMPARE(locator.find(tasks.element(1)).start, text.indexOf(u"{\"task_key\": \"b\""_s));
    QCOMPARE(textAt(tasks.element(1).member(u"notebook_task"_s)), u"\"notebook_task\""_s);
    // A missing field points at the nearest value that is written.
    QCOMPARE(textAt(tasks.element(1).member(u"notebook_task"_s).member(u"notebook_path"_s)),
             u"\"notebook_task\""_s);
    // Escaped keys are found by their decoded name.
    QCOMPARE(textAt(JsonPath().member(u"name"_s)), u"\"na\\u006de\""_s);
    QCOMPARE(locator.find(JsonPath()).start, 0);
}

void TestJsonParse::tokenizerMarksUnterminatedStrings()
{
    const auto tokens = JsonTokenizer::tokenize(u"{\"a\": \"open\n\"b\": tru}"_s);
    QCOMPARE(tokens.at(3).kind, JsonTokenizer::Kind::String);
    QVERIFY(!tokens.at(3).terminated);
    QCOMPARE(tokens.at(4).kind, JsonTokenizer::Kind::String); // the next line starts afresh
    QCOMPARE(tokens.at(6).kind, JsonTokenizer::Kind::Invalid);
}

QTEST_GUILESS_MAIN(TestJsonParse)
#include "tst_jsonparse.moc"
