#include "core/auth/hosturl.h"

#include <QTest>

using namespace Qt::StringLiterals;
using brickdesk::HostUrl;

class TestHostUrl : public QObject
{
    Q_OBJECT

private slots:
    void normalises_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("workspaceId");
        QTest::newRow("plain") << u"https://dbc-1.cloud.databricks.com"_s
                               << u"https://dbc-1.cloud.databricks.com"_s << QString();
        QTest::newRow("trailing slash") << u"https://dbc-1.cloud.databricks.com/"_s
                                        << u"https://dbc-1.cloud.databricks.com"_s << QString();
        QTest::newRow("no scheme") << u"  adb-123.4.azuredatabricks.net "_s
                                   << u"https://adb-123.4.azuredatabricks.net"_s << QString();
        QTest::newRow("azure ?o=") << u"https://adb-123.4.azuredatabricks.net/?o=123"_s
                                   << u"https://adb-123.4.azuredatabricks.net"_s << u"123"_s;
        QTest::newRow("pasted page")
            << u"https://DBC-1.cloud.databricks.com/browse/folders/7?o=9#x"_s
            << u"https://dbc-1.cloud.databricks.com"_s << u"9"_s;
        QTest::newRow("default port dropped")
            << u"https://h.example.com:443/"_s << u"https://h.example.com"_s << QString();
        QTest::newRow("custom port kept")
            << u"https://h.example.com:8443"_s << u"https://h.example.com:8443"_s << QString();
        QTest::newRow("loopback http")
            << u"http://127.0.0.1:8080/"_s << u"http://127.0.0.1:8080"_s << QString();
        QTest::newRow("localhost http")
            << u"http://localhost:1234"_s << u"http://localhost:1234"_s << QString();
        QTest::newRow("ipv6 loopback http")
            << u"http://[::1]:99"_s << u"http://[::1]:99"_s << QString();
    }

    void normalises()
    {
        QFETCH(QString, input);
        QFETCH(QString, url);
        QFETCH(QString, workspaceId);
        QString error;
        const auto result = HostUrl::normalise(input, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->url.toString(), url);
        QCOMPARE(result->workspaceId, workspaceId);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << u"  "_s << u"Enter"_s;
        QTest::newRow("http remote") << u"http://dbc-1.cloud.databricks.com"_s << u"http://"_s;
        QTest::newRow("http private ip") << u"http://10.0.0.5"_s << u"http://"_s;
        QTest::newRow("ftp") << u"ftp://h.example.com"_s << u"https://"_s;
        QTest::newRow("credentials") << u"https://user:pw@h.example.com"_s << u"password"_s;
        QTest::newRow("garbage") << u"https://"_s << u"not a valid"_s;
    }

    void refuses()
    {
        QFETCH(QString, input);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!HostUrl::normalise(input, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestHostUrl)
#include "tst_hosturl.moc"
