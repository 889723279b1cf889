// The review before an update: a line diff of both payloads in one layout
// (so only real changes show) and the key-level summary.

#include "core/payload/jsonchangesummary.h"
#include "core/payload/jsonlinediff.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

using Line = JsonLineDiff::Line;

QJsonObject objectOf(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

// "-a", "+b", " c": a compact picture of a diff.
QStringList picture(const QList<Line> &lines)
{
    QStringList texts;
    for (const Line &line : lines) {
        const QChar mark = line.kind == Line::Kind::Added     ? u'+'
                           : line.kind == Line::Kind::Removed ? u'-'
                                                              : u' ';
        texts << mark + line.text;
    }
    return texts;
}

// Applying the diff to `before` must give `after`, with consistent numbers.
void verifyReplays(const QStringList &before, const QStringList &after, const QList<Line> &lines)
{
    QStringList replayedBefore;
    QStringList replayedAfter;
    for (const Line &line : lines) {
        if (line.kind != Line::Kind::Added) {
            replayedBefore << line.text;
            QCOMPARE(line.oldLine, replayedBefore.size());
        }
        if (line.kind != Line::Kind::Removed) {
            replayedAfter << line.text;
            QCOMPARE(line.newLine, replayedAfter.size());
        }
    }
    QCOMPARE(replayedBefore, before);
    QCOMPARE(replayedAfter, after);
}

} // namespace

class TestJsonDiff : public QObject
{
    Q_OBJECT

private slots:
    void identicalTextsHaveNoChanges();
    void replacementShowsRemovalThenAddition();
    void insertionsAndDeletions();
    void randomEditsReplayExactly();
    void keyOrderAndLayoutAreNoChange();
    void payloadChangeShowsOnlyChangedLines();
    void hunksKeepContextAndMergeCloseChanges();
    void summaryNamesChangedAddedRemovedKeys();
    void summaryMatchesTasksByKey();
    void emptySummarySaysNoChanges();
};

void TestJsonDiff::identicalTextsHaveNoChanges()
{
    const QStringList text = {u"a"_s, u"b"_s};
    const auto lines = JsonLineDiff::compare(text, text);
    QCOMPARE(picture(lines), (QStringList{u" a"_s, u" b"_s}));
    QVERIFY(!JsonLineDiff::hasChanges(lines));
    QVERIFY(JsonLineDiff::hunks(lines).isEmpty());
}

void TestJsonDiff::replacementShowsRemovalThenAddition()
{
    const QStringList before = {u"a"_s, u"b"_s, u"c"_s};
    const QStringList after = {u"a"_s, u"x"_s, u"c"_s};
    QCOMPARE(picture(JsonLineDiff::compare(before, after)),
             (QStringList{u" a"_s, u"-b"_s, u"+x"_s, u" c"_s}));
}

void TestJsonDiff::insertionsAndDeletions()
{
    const QStringList before = {u"a"_s, u"b"_s, u"c"_s, u"a"_s, u"b"_s, u"b"_s, u"a"_s};
    const QStringList after = {u"c"_s, u"b"_s, u"a"_s, u"b"_s, u"a"_s, u"c"_s};
    const auto lines = JsonLineDiff::compare(before, after);
    verifyReplays(before, after, lines);
    // Myers' classic example: 5 edits are the fewest.
    const auto edits = std::count_if(lines.cbegin(), lines.cend(), [](const Line &line) {
        return line.kind != Line::Kind::Unchanged;
    });
    QCOMPARE(edits, 5);
    verifyReplays({}, {u"x"_s}, JsonLineDiff::compare(QStringList(), {u"x"_s}));
    verifyReplays({u"x"_s}, {}, JsonLineDiff::compare({u"x"_s}, QStringList()));
}

void TestJsonDiff::randomEditsReplayExactly()
{
    QRandomGenerator random(42);
    for (int round = 0; round < 200; ++round) {
        QStringList before;
        QStringList after;
        const int size = int(random.bounded(30));
        for (int i = 0; i < size; ++i)
            before << QString::number(random.bounded(5));
        after = before;
        for (int edit = int(random.bounded(8)); edit > 0; --edit) {
            const qsizetype at = after.isEmpty() ? 0 : random.bounded(int(after.size()));
            if (random.bounded(2) && !after.isEmpty())
                after.removeAt(at);
            else
                after.insert(at, QString::number(random.bounded(5)));
        }
        verifyReplays(before, after, JsonLineDiff::compare(before, after));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestJsonDiff::keyOrderAndLayoutAreNoChange()
{
    const QJsonObject before = objectOf(R"({"a": 1, "b": {"c": [1, 2]}})");
    const QJsonObject after = objectOf("{\"b\":{\"c\":[1,2]},\n\n    \"a\":1}");
    QVERIFY(!JsonLineDiff::hasChanges(JsonLineDiff::compare(before, after)));
}

void TestJsonDiff::payloadChangeShowsOnlyChangedLines()
{
    const QJsonObject before = objectOf(
        R"({"name": "n", "schedule": {"pause_status": "UNPAUSED", "timezone_id": "UTC"}})");
    const QJsonObject after =
        objectOf(R"({"schedule": {"timezone_id": "UTC", "pause_status": "PAUSED"}, "name": "n"})");
    const auto lines = JsonLineDiff::compare(before, after);
    QCOMPARE(picture(lines),
             (QStringList{u" {"_s, u"   \"name\": \"n\","_s, u"   \"schedule\": {"_s,
                          u"-    \"pause_status\": \"UNPAUSED\","_s,
                          u"+    \"pause_status\": \"PAUSED\","_s,
                          u"     \"timezone_id\": \"UTC\""_s, u"   }"_s, u" }"_s}));
}

void TestJsonDiff::hunksKeepContextAndMergeCloseChanges()
{
    QStringList before;
    for (int i = 1; i <= 30; ++i)
        before << QString::number(i);
    QStringList after = before;
    after[4] = u"five"_s; // line 5
    after[8] = u"nine"_s; // line 9: within 2 x 3 of line 5, same hunk
    after[24] = u"25!"_s; // line 25: a hunk of its own
    const auto hunks = JsonLineDiff::hunks(JsonLineDiff::compare(before, after), 3);
    QCOMPARE(hunks.size(), 2);
    QCOMPARE(hunks.at(0).oldStart, 2);
    QCOMPARE(hunks.at(0).newStart, 2);
    QCOMPARE(picture(hunks.at(0).lines).first(), u" 2"_s);
    QCOMPARE(picture(hunks.at(0).lines).last(), u" 12"_s);
    QCOMPARE(hunks.at(1).oldStart, 22);
    QCOMPARE(picture(hunks.at(1).lines), (QStringList{u" 22"_s, u" 23"_s, u" 24"_s, u"-25"_s,
                                                      u"+25!"_s, u" 26"_s, u" 27"_s, u" 28"_s}));
}

void TestJsonDiff::summaryNamesChangedAddedRemovedKeys()
{
    const QJsonObject before = objectOf(
        R"({"name": "n", "tags": {"a": "b"}, "schedule": {"pause_status": "UNPAUSED"}, "x": [1]})");
    const QJsonObject after = objectOf(
        R"({"name": "n", "schedule": {"pause_status": "PAUSED"}, "queue": {"enabled": true}, "x": [1, 2]})");
    const JsonChangeSummary summary = JsonChangeSummary::between(before, after);
    QCOMPARE(summary.changed, (QStringList{u"schedule.pause_status"_s, u"x"_s}));
    QCOMPARE(summary.added, QStringList{u"queue"_s});
    QCOMPARE(summary.removed, QStringList{u"tags"_s});
    QCOMPARE(summary.text(), u"changed: schedule.pause_status, x; added: queue; removed: tags"_s);
}

void TestJsonDiff::summaryMatchesTasksByKey()
{
    const QJsonObject before = objectOf(R"({"tasks": [
        {"task_key": "transform", "timeout_seconds": 60},
        {"task_key": "old"}]})");
    const QJsonObject after = objectOf(R"({"tasks": [
        {"task_key": "ingest"},
        {"task_key": "transform", "timeout_seconds": 120}]})");
    const JsonChangeSummary summary = JsonChangeSummary::between(before, after);
    QCOMPARE(summary.changed, QStringList{u"tasks[transform].timeout_seconds"_s});
    QCOMPARE(summary.added, QStringList{u"tasks[ingest]"_s});
    QCOMPARE(summary.removed, QStringList{u"tasks[old]"_s});
}

void TestJsonDiff::emptySummarySaysNoChanges()
{
    const QJsonObject same = objectOf(R"({"a": 1})");
    QVERIFY(JsonChangeSummary::between(same, same).isEmpty());
    QCOMPARE(JsonChangeSummary::between(same, same).text(), u"no changes"_s);
}

QTEST_GUILESS_MAIN(TestJsonDiff)
#include "tst_jsondiff.moc"
