#include "core/jobs/triggertext.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

class TestTriggerText : public QObject
{
    Q_OBJECT

private slots:
    void quartzInWords_data();
    void quartzInWords();
    void settingsInWords_data();
    void settingsInWords();
    void pausedFieldIsFound();
};

// Plural forms ("%n hour(s)") come from the English translation, which the
// application loads and tests do not: they compare with the source text.
void TestTriggerText::quartzInWords_data()
{
    QTest::addColumn<QString>("cron");
    QTest::addColumn<QString>("words");
    QTest::newRow("daily") << u"0 0 2 * * ?"_s << u"Daily at 02:00"_s;
    QTest::newRow("daily, minutes") << u"0 30 14 ? * *"_s << u"Daily at 14:30"_s;
    QTest::newRow("monday") << u"0 0 4 ? * MON"_s << u"Mondays at 04:00"_s;
    QTest::newRow("weekdays") << u"0 15 6 ? * MON-FRI"_s << u"Weekdays at 06:15"_s;
    QTest::newRow("some days") << u"0 0 9 ? * MON,WED,FRI"_s
                               << u"Mondays, Wednesdays, Fridays at 09:00"_s;
    QTest::newRow("quartz day numbers") << u"0 0 9 ? * 1"_s << u"Sundays at 09:00"_s;
    QTest::newRow("hourly") << u"0 5 * * * ?"_s << u"Hourly at :05"_s;
    QTest::newRow("every 4 hours") << u"0 0 0/4 * * ?"_s << u"Every 4 hour(s) at :00"_s;
    QTest::newRow("every 15 minutes") << u"0 0/15 * * * ?"_s << u"Every 15 minute(s)"_s;
    QTest::newRow("monthly") << u"0 0 3 1 * ?"_s << u"Monthly on day 1 at 03:00"_s;
    QTest::newRow("last day") << u"0 0 23 L * ?"_s << u"Monthly on the last day at 23:00"_s;
    QTest::newRow("seconds field set") << u"30 0 2 * * ?"_s << QString();
    QTest::newRow("months") << u"0 0 2 * 1,7 ?"_s << QString();
    QTest::newRow("nth weekday") << u"0 15 10 ? * 6L"_s << QString();
    QTest::newRow("garbage") << u"every day"_s << QString();
}

void TestTriggerText::quartzInWords()
{
    QFETCH(QString, cron);
    QFETCH(QString, words);
    QCOMPARE(TriggerText::describeQuartz(cron), words);
}

void TestTriggerText::settingsInWords_data()
{
    QTest::addColumn<QString>("settings");
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("paused");
    QTest::newRow("schedule") << uR"({"schedule":{"quartz_cron_expression":"0 0 2 * * ?",
        "timezone_id":"Europe/Madrid","pause_status":"UNPAUSED"}})"_s
                              << u"Daily at 02:00 Europe/Madrid"_s << false;
    QTest::newRow("paused schedule") << uR"({"schedule":{"quartz_cron_expression":"0 0 4 ? * MON",
        "timezone_id":"UTC","pause_status":"PAUSED"}})"_s
                                     << u"Mondays at 04:00 UTC (paused)"_s << true;
    QTest::newRow("cron without words")
        << uR"({"schedule":{"quartz_cron_expression":"0 15 10 ? * 6L",
        "timezone_id":"Asia/Seoul"}})"_s
        << u"Cron 0 15 10 ? * 6L, Asia/Seoul"_s << false;
    QTest::newRow("file arrival") << uR"({"trigger":{"file_arrival":{"url":"s3://landing/"},
        "pause_status":"UNPAUSED"}})"_s
                                  << u"On file arrival"_s << false;
    QTest::newRow("paused file arrival")
        << uR"({"trigger":{"file_arrival":{"url":"s3://x/"},"pause_status":"PAUSED"}})"_s
        << u"On file arrival (paused)"_s << true;
    QTest::newRow("table update") << uR"({"trigger":{"table_update":{"table_names":["a.b.c"]}}})"_s
                                  << u"On table update"_s << false;
    QTest::newRow("periodic") << uR"({"trigger":{"periodic":{"interval":4,"unit":"HOURS"}}})"_s
                              << u"Every 4 hour(s)"_s << false;
    QTest::newRow("continuous") << uR"({"continuous":{"pause_status":"UNPAUSED"}})"_s
                                << u"Continuous"_s << false;
    QTest::newRow("manual") << uR"({"name":"x"})"_s << u"Manual"_s << false;
}

void TestTriggerText::settingsInWords()
{
    QFETCH(QString, settings);
    QFETCH(QString, words);
    QFETCH(bool, paused);
    const QJsonObject json = QJsonDocument::fromJson(settings.toUtf8()).object();
    QVERIFY(!json.isEmpty());
    QCOMPARE(TriggerText::describe(json), words);
    QCOMPARE(TriggerText::isPaused(json), paused);
}

void TestTriggerText::pausedFieldIsFound()
{
    QCOMPARE(TriggerText::pausableField(QJsonObject{{u"schedule"_s, QJsonObject{}}}),
             u"schedule"_s);
    QCOMPARE(TriggerText::pausableField(QJsonObject{{u"trigger"_s, QJsonObject{}}}), u"trigger"_s);
    QCOMPARE(TriggerText::pausableField(QJsonObject{{u"name"_s, u"x"_s}}), QString());
}

QTEST_GUILESS_MAIN(TestTriggerText)
#include "tst_triggertext.moc"
