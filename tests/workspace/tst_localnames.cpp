#include "core/transfers/localnames.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

class TestLocalNames : public QObject
{
    Q_OBJECT

private slots:
    void sanitize_data();
    void sanitize();
    void neverUnsafe_data();
    void neverUnsafe();
    void longNamesKeepTheirExtension();
    void caseClashesGetNumbers();
    void normalisationClashesGetNumbers();
    void takenNamesAreAvoided();
    void hostileNamesStayInsideTheFolder();
};

void TestLocalNames::sanitize_data()
{
    QTest::addColumn<QString>("remote");
    QTest::addColumn<QString>("local");

    QTest::newRow("plain") << u"report.py"_s << u"report.py"_s;
    QTest::newRow("parent escape") << u"../../x"_s << u".._.._x"_s;
    QTest::newRow("dot dot") << u".."_s << u"_"_s;
    QTest::newRow("dot") << u"."_s << u"_"_s;
    QTest::newRow("empty") << QString() << u"_"_s;
    QTest::newRow("slash") << u"a/b"_s << u"a_b"_s;
    QTest::newRow("backslash") << u"a\\b"_s << u"a_b"_s;
    QTest::newRow("absolute") << u"/etc/passwd"_s << u"_etc_passwd"_s;
    QTest::newRow("windows drive") << u"C:\\Windows"_s << u"C__Windows"_s;
    QTest::newRow("CON") << u"CON"_s << u"_CON"_s;
    QTest::newRow("con.txt") << u"con.txt"_s << u"_con.txt"_s;
    QTest::newRow("NUL") << u"NUL"_s << u"_NUL"_s;
    QTest::newRow("com1.tar.gz") << u"com1.tar.gz"_s << u"_com1.tar.gz"_s;
    QTest::newRow("LPT9") << u"LPT9"_s << u"_LPT9"_s;
    QTest::newRow("CONSOLE is fine") << u"CONSOLE"_s << u"CONSOLE"_s;
    QTest::newRow("CON with trailing space") << u"CON "_s << u"_CON"_s;
    QTest::newRow("trailing dots") << u"name..."_s << u"name"_s;
    QTest::newRow("trailing spaces") << u"name   "_s << u"name"_s;
    QTest::newRow("trailing dots and spaces") << u"name. . "_s << u"name"_s;
    QTest::newRow("only dots and spaces") << u". . ."_s << u"_"_s;
    QTest::newRow("reserved characters") << u"a<b>c:d\"e|f?g*h"_s << u"a_b_c_d_e_f_g_h"_s;
    QTest::newRow("control characters") << u"a\nb\tc\u007f"_s << u"a_b_c_"_s;
    QTest::newRow("unicode") << u"Überblick – 数据 🚀.py"_s << u"Überblick – 数据 🚀.py"_s;
    QTest::newRow("decomposed accent") << u"Cafe\u0301.py"_s << u"Caf\u00e9.py"_s;
    QTest::newRow("hidden") << u".bashrc"_s << u".bashrc"_s;
}

void TestLocalNames::sanitize()
{
    QFETCH(QString, remote);
    QFETCH(QString, local);
    QCOMPARE(LocalNames::sanitize(remote), local);
}

void TestLocalNames::neverUnsafe_data()
{
    QTest::addColumn<QString>("remote");
    QTest::newRow("300 ascii") << QString(300, u'a');
    QTest::newRow("300 two-byte") << QString(300, u'é');
    QTest::newRow("300 three-byte") << QString(300, u'数');
    QString emoji;
    for (int i = 0; i < 300; ++i)
        emoji += u"🚀"_s;
    QTest::newRow("300 four-byte") << emoji;
    // Cut at 255 bytes this would end on a space, which Windows drops.
    QTest::newRow("cut ends on a space") << QString(254, u'a') + u" b"_s;
    QTest::newRow("cut ends on a dot") << QString(254, u'a') + u".bcdefghijklmnopqrstuvwxyz0"_s;
    QTest::newRow("long extension") << u"a."_s + QString(300, u'x');
}

void TestLocalNames::neverUnsafe()
{
    QFETCH(QString, remote);
    const QString local = LocalNames::sanitize(remote);
    QVERIFY(!local.isEmpty());
    QVERIFY2(local.toUtf8().size() <= LocalNames::kMaxNameBytes,
             qPrintable(QString::number(local.toUtf8().size())));
    QVERIFY(!local.endsWith(u'.'));
    QVERIFY(!local.endsWith(u' '));
    QVERIFY(!local.contains(u'/'));
    QVERIFY(!local.contains(u'\\'));
    // Never a broken surrogate pair.
    QCOMPARE(QString::fromUtf8(local.toUtf8()), local);
    for (int n : {2, 10, 999}) {
        const QString numbered = LocalNames::numbered(local, n);
        QVERIFY(numbered.toUtf8().size() <= LocalNames::kMaxNameBytes);
        QVERIFY(numbered.contains(u" (%1)"_s.arg(n)));
    }
}

void TestLocalNames::longNamesKeepTheirExtension()
{
    const QString local = LocalNames::sanitize(QString(300, u'é') + u".py"_s);
    QVERIFY(local.endsWith(u".py"_s));
    QVERIFY(local.toUtf8().size() <= LocalNames::kMaxNameBytes);
    const QString numbered = LocalNames::numbered(local, 2);
    QVERIFY(numbered.endsWith(u" (2).py"_s));
    QVERIFY(numbered.toUtf8().size() <= LocalNames::kMaxNameBytes);
}

void TestLocalNames::caseClashesGetNumbers()
{
    LocalNameAllocator names;
    QCOMPARE(names.allocate(u"A"_s), u"A"_s);
    QCOMPARE(names.allocate(u"a"_s), u"a (2)"_s);
    QCOMPARE(names.allocate(u"Report.py"_s), u"Report.py"_s);
    QCOMPARE(names.allocate(u"REPORT.PY"_s), u"REPORT (2).PY"_s);
    QCOMPARE(names.allocate(u"report.py"_s), u"report (3).py"_s);
    // Names that only differ in what sanitising removes clash too.
    QCOMPARE(names.allocate(u"x"_s), u"x"_s);
    QCOMPARE(names.allocate(u"x."_s), u"x (2)"_s);
    QCOMPARE(names.allocate(u"a/b"_s), u"a_b"_s);
    QCOMPARE(names.allocate(u"a\\b"_s), u"a_b (2)"_s);
    QCOMPARE(names.allocate(u"ÄRGER"_s), u"ÄRGER"_s);
    QCOMPARE(names.allocate(u"ärger"_s), u"ärger (2)"_s);
}

void TestLocalNames::normalisationClashesGetNumbers()
{
    LocalNameAllocator names;
    QCOMPARE(names.allocate(u"Caf\u00e9"_s), u"Caf\u00e9"_s);
    QCOMPARE(names.allocate(u"Cafe\u0301"_s), u"Caf\u00e9 (2)"_s);
}

void TestLocalNames::takenNamesAreAvoided()
{
    LocalNameAllocator names({u"data.csv"_s, u"Data (2).csv"_s});
    QVERIFY(names.isTaken(u"DATA.CSV"_s));
    QCOMPARE(names.allocate(u"data.csv"_s), u"data (3).csv"_s);
}

void TestLocalNames::hostileNamesStayInsideTheFolder()
{
    // Real files: every hostile name becomes a file directly inside the
    // folder, and they are all different files.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDir root(dir.path() + u"/target"_s);
    QVERIFY(QDir().mkpath(root.path()));
    const QStringList hostile{u"../../x"_s, u"../x"_s,    u"a/b"_s,           u"a\\b"_s,
                              u"CON"_s,     u"con.txt"_s, u"NUL"_s,           u"trail. "_s,
                              u".."_s,      u"."_s,       u"/abs"_s,          u"A"_s,
                              u"a"_s,       u""_s,        QString(300, u'数')};
    LocalNameAllocator names;
    for (const QString &remote : hostile) {
        const QString path = root.filePath(names.allocate(remote));
        QFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path + u": "_s + file.errorString()));
        file.write(remote.toUtf8());
    }
    const QStringList created = root.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    QCOMPARE(created.size(), hostile.size());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{u"target"_s});
}

QTEST_GUILESS_MAIN(TestLocalNames)
#include "tst_localnames.moc"
