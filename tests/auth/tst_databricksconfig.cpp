#include "core/auth/databricksconfig.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using brickdesk::DatabricksConfig;

class TestDatabricksConfig : public QObject
{
    Q_OBJECT

private slots:
    void profilesInFileOrder()
    {
        const auto config = DatabricksConfig::parse(R"([DEFAULT]
host = https://dbc-default.cloud.databricks.com/
token = dapiDEFAULT

[prod]
host  =  https://adb-1.2.azuredatabricks.net
token = dapiPROD

[u2m.dev]
host = https://dbc-dev.cloud.databricks.com
auth_type = databricks-cli
)");
        QCOMPARE(config.profiles().size(), 3);
        QCOMPARE(config.profiles().at(0).name, u"DEFAULT"_s);
        QCOMPARE(config.profiles().at(1).name, u"prod"_s);
        QCOMPARE(config.profiles().at(1).value(u"host"_s),
                 u"https://adb-1.2.azuredatabricks.net"_s);
        QCOMPARE(config.profile(u"u2m.dev"_s)->value(u"auth_type"_s), u"databricks-cli"_s);
        QCOMPARE(config.defaultProfileName(), u"DEFAULT"_s);
        QVERIFY(config.warnings().isEmpty());
    }

    void settingsSectionPicksTheDefault()
    {
        const auto config = DatabricksConfig::parse(R"([__settings__]
default_profile = staging

[staging]
host = https://s.cloud.databricks.com
)");
        QCOMPARE(config.defaultProfileName(), u"staging"_s);
        QCOMPARE(config.profiles().size(), 1); // __settings__ is not a profile
    }

    void emptyDefaultIsNotAProfile()
    {
        const auto config = DatabricksConfig::parse("[DEFAULT]\n\n[a]\nhost = h\n");
        QCOMPARE(config.profiles().size(), 1);
        QCOMPARE(config.profiles().first().name, u"a"_s);
    }

    void quotesAndInlineComments_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("value");
        QTest::newRow("inline comment") << "password = %Y#X$Z # comment"_ba << u"%Y#X$Z"_s;
        QTest::newRow("semicolon comment") << "password = abc ; note"_ba << u"abc"_s;
        QTest::newRow("hash without space") << "password = a#b"_ba << u"a#b"_s;
        QTest::newRow("double quoted")
            << "password = \"a # not a comment\""_ba << u"a # not a comment"_s;
        QTest::newRow("single quoted") << "password = 'x y'  # c"_ba << u"x y"_s;
        QTest::newRow("empty") << "password ="_ba << QString();
        QTest::newRow("equals in value") << "password = a=b=c"_ba << u"a=b=c"_s;
    }

    void quotesAndInlineComments()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, value);
        const auto config = DatabricksConfig::parse("[p]\nhost = h\n" + line + "\n");
        QCOMPARE(config.profile(u"p"_s)->value(u"password"_s), value);
    }

    void keysAreCaseInsensitive()
    {
        const auto config = DatabricksConfig::parse("[p]\nHost = h\nTOKEN = t\n");
        QCOMPARE(config.profile(u"p"_s)->value(u"host"_s), u"h"_s);
        QCOMPARE(config.profile(u"p"_s)->value(u"Token"_s), u"t"_s);
    }

    void commentsAndCrlf()
    {
        const auto config =
            DatabricksConfig::parse("# top\r\n; also\r\n[p]\r\nhost = h\r\n# token = no\r\n");
        QCOMPARE(config.profile(u"p"_s)->values.size(), 1);
        QCOMPARE(config.profile(u"p"_s)->value(u"host"_s), u"h"_s);
    }

    void repeatedSectionsMerge()
    {
        const auto config =
            DatabricksConfig::parse("[p]\nhost = h\n[q]\nhost = q\n[p]\ntoken = t\n");
        QCOMPARE(config.profiles().size(), 2);
        QCOMPARE(config.profile(u"p"_s)->value(u"token"_s), u"t"_s);
    }

    void corruptLinesBecomeWarnings()
    {
        const auto config = DatabricksConfig::parse("[p]\nhost = h\nthis is not ini\n[]\n");
        QCOMPARE(config.warnings().size(), 2);
        QVERIFY(config.warnings().first().contains("Line 3"_L1));
        QCOMPARE(config.profile(u"p"_s)->value(u"host"_s), u"h"_s);
    }

    void pathFromEnvironment()
    {
        qputenv("DATABRICKS_CONFIG_FILE", "/tmp/custom.cfg");
        QCOMPARE(DatabricksConfig::defaultPath(), u"/tmp/custom.cfg"_s);
        qunsetenv("DATABRICKS_CONFIG_FILE");
        QVERIFY(DatabricksConfig::defaultPath().endsWith("/.databrickscfg"_L1));
    }
};

QTEST_GUILESS_MAIN(TestDatabricksConfig)
#include "tst_databricksconfig.moc"
