// Library objects from what a user typed: each kind's JSON, the optional
// repository, and a clear reason for everything that cannot be installed.

#include "core/clusters/libraryspec.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

using Kind = LibrarySpec::Kind;

class TestLibrarySpec : public QObject
{
    Q_OBJECT

private slots:
    void buildsEachKind();
    void repositoryIsOptional();
    void problems_data();
    void problems();
    void describesLibraries();
};

void TestLibrarySpec::buildsEachKind()
{
    const auto pypi = LibrarySpec::build(Kind::PyPI, u"  pandas==2.2.2 "_s);
    QVERIFY(pypi.isValid());
    QCOMPARE(pypi.library,
             (QJsonObject{{u"pypi"_s, QJsonObject{{u"package"_s, u"pandas==2.2.2"_s}}}}));
    const auto maven = LibrarySpec::build(Kind::Maven, u"com.databricks:spark-xml_2.12:0.18.0"_s);
    QVERIFY(maven.isValid());
    QCOMPARE(maven.library,
             (QJsonObject{{u"maven"_s, QJsonObject{{u"coordinates"_s,
                                                    u"com.databricks:spark-xml_2.12:0.18.0"_s}}}}));
    const auto wheel =
        LibrarySpec::build(Kind::Wheel, u"/Workspace/Shared/wheels/etl-1.0-py3-none-any.whl"_s);
    QVERIFY(wheel.isValid());
    QCOMPARE(wheel.library,
             (QJsonObject{{u"whl"_s, u"/Workspace/Shared/wheels/etl-1.0-py3-none-any.whl"_s}}));
    const auto jar = LibrarySpec::build(Kind::Jar, u"/Volumes/main/libs/jars/udfs.jar"_s);
    QCOMPARE(jar.library, (QJsonObject{{u"jar"_s, u"/Volumes/main/libs/jars/udfs.jar"_s}}));
    const auto requirements =
        LibrarySpec::build(Kind::Requirements, u"dbfs:/FileStore/requirements.txt"_s);
    QCOMPARE(requirements.library,
             (QJsonObject{{u"requirements"_s, u"dbfs:/FileStore/requirements.txt"_s}}));
    for (const QString &path :
         {u"s3://bucket/a.jar"_s, u"abfss://c@acct.dfs.core.windows.net/a.jar"_s,
          u"gs://bucket/a.jar"_s})
        QVERIFY2(LibrarySpec::build(Kind::Jar, path).isValid(), qPrintable(path));
}

void TestLibrarySpec::repositoryIsOptional()
{
    const auto pypi =
        LibrarySpec::build(Kind::PyPI, u"internal-utils"_s, u"https://pypi.example.com/simple"_s);
    QVERIFY(pypi.isValid());
    QCOMPARE(
        pypi.library,
        (QJsonObject{{u"pypi"_s, QJsonObject{{u"package"_s, u"internal-utils"_s},
                                             {u"repo"_s, u"https://pypi.example.com/simple"_s}}}}));
    const auto maven =
        LibrarySpec::build(Kind::Maven, u"g:a:1"_s, u"https://repo.example.com/maven"_s);
    QCOMPARE(maven.library.value(u"maven"_s).toObject().value(u"repo"_s).toString(),
             u"https://repo.example.com/maven"_s);
    // Files have no repository: it is ignored.
    QCOMPARE(LibrarySpec::build(Kind::Jar, u"/Volumes/a/b/c.jar"_s, u"https://x"_s).library,
             (QJsonObject{{u"jar"_s, u"/Volumes/a/b/c.jar"_s}}));
}

void TestLibrarySpec::problems_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("repo");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty package")
        << int(Kind::PyPI) << u"   "_s << QString() << u"Enter a package name."_s;
    QTest::newRow("package with spaces")
        << int(Kind::PyPI) << u"pandas 2"_s << QString() << u"must not contain spaces"_s;
    QTest::newRow("bad index url")
        << int(Kind::PyPI) << u"pandas"_s << u"pypi.example.com"_s << u"http:// or https:// URL"_s;
    QTest::newRow("empty maven") << int(Kind::Maven) << QString() << QString()
                                 << u"Enter the Maven coordinates"_s;
    QTest::newRow("two parts") << int(Kind::Maven) << u"com.databricks:spark-xml_2.12"_s
                               << QString() << u"group:artifact:version"_s;
    QTest::newRow("empty part") << int(Kind::Maven) << u"com.databricks::0.18.0"_s << QString()
                                << u"group:artifact:version"_s;
    QTest::newRow("four parts") << int(Kind::Maven) << u"a:b:c:d"_s << QString()
                                << u"group:artifact:version"_s;
    QTest::newRow("empty wheel") << int(Kind::Wheel) << QString() << QString()
                                 << u"Enter the path of the wheel."_s;
    QTest::newRow("wheel suffix") << int(Kind::Wheel) << u"/Workspace/Shared/etl.zip"_s << QString()
                                  << u"The wheel must end with .whl."_s;
    QTest::newRow("jar suffix") << int(Kind::Jar) << u"/Volumes/a/b/udfs.zip"_s << QString()
                                << u"The JAR must end with .jar."_s;
    QTest::newRow("requirements suffix")
        << int(Kind::Requirements) << u"/Workspace/req.in"_s << QString()
        << u"The requirements file must end with .txt."_s;
    QTest::newRow("relative path") << int(Kind::Jar) << u"libs/udfs.jar"_s << QString()
                                   << u"must start with /Workspace/, /Volumes/, dbfs:/"_s;
    QTest::newRow("legacy path") << int(Kind::Wheel) << u"/dbfs/FileStore/a.whl"_s << QString()
                                 << u"must start with"_s;
    QTest::newRow("prefix only") << int(Kind::Jar) << u"s3://"_s << QString()
                                 << u"must start with"_s;
}

void TestLibrarySpec::problems()
{
    QFETCH(int, kind);
    QFETCH(QString, text);
    QFETCH(QString, repo);
    QFETCH(QString, problem);
    const auto result = LibrarySpec::build(Kind(kind), text, repo);
    QVERIFY(!result.isValid());
    QVERIFY(result.library.isEmpty());
    QVERIFY2(result.problem.contains(problem), qPrintable(result.problem));
}

void TestLibrarySpec::describesLibraries()
{
    const QJsonObject pypi{{u"pypi"_s, QJsonObject{{u"package"_s, u"pandas==2.2.2"_s}}}};
    QCOMPARE(LibrarySpec::describe(pypi), u"pandas==2.2.2"_s);
    QCOMPARE(LibrarySpec::kindName(*LibrarySpec::kindOf(pypi)), u"PyPI"_s);
    const QJsonObject maven{{u"maven"_s, QJsonObject{{u"coordinates"_s, u"g:a:1"_s},
                                                     {u"repo"_s, u"https://repo.example.com"_s}}}};
    QCOMPARE(LibrarySpec::describe(maven), u"g:a:1 from https://repo.example.com"_s);
    QCOMPARE(LibrarySpec::kindName(*LibrarySpec::kindOf(maven)), u"Maven"_s);
    const QJsonObject whl{{u"whl"_s, u"/Workspace/a.whl"_s}};
    QCOMPARE(LibrarySpec::describe(whl), u"/Workspace/a.whl"_s);
    QCOMPARE(LibrarySpec::kindName(*LibrarySpec::kindOf(whl)), u"Wheel"_s);
    QCOMPARE(LibrarySpec::kindName(*LibrarySpec::kindOf(QJsonObject{{u"jar"_s, u"x"_s}})),
             u"JAR"_s);
    QCOMPARE(LibrarySpec::kindName(*LibrarySpec::kindOf(QJsonObject{{u"requirements"_s, u"x"_s}})),
             u"Requirements"_s);
    const QJsonObject cran{{u"cran"_s, QJsonObject{{u"package"_s, u"forecast"_s}}}};
    QCOMPARE(LibrarySpec::kindName(*LibrarySpec::kindOf(cran)), u"CRAN"_s);
    QCOMPARE(LibrarySpec::describe(cran), u"forecast"_s);
    QVERIFY(!LibrarySpec::kindOf(QJsonObject{{u"egg"_s, u"x"_s}}));
}

QTEST_APPLESS_MAIN(TestLibrarySpec)
#include "tst_libraryspec.moc"
