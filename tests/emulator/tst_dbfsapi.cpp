// DBFS API over real loopback HTTP: every endpoint, every documented error
// (status and error_code), streams and their expiry, multipart, limits, faults.
#include "tests/emulator/emulatorfixture.h"

#include "core/emulator/dbfsapi.h"
#include "core/emulator/dbfsstore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;
using namespace brickdesk::emulator;
using brickdesk::test::EmulatorFixture;
using brickdesk::test::query;
using brickdesk::test::RawResponse;

namespace {

const QString kList = u"/api/2.0/dbfs/list"_s;
const QString kStatus = u"/api/2.0/dbfs/get-status"_s;
const QString kMkdirs = u"/api/2.0/dbfs/mkdirs"_s;
const QString kDelete = u"/api/2.0/dbfs/delete"_s;
const QString kMove = u"/api/2.0/dbfs/move"_s;
const QString kPut = u"/api/2.0/dbfs/put"_s;
const QString kCreate = u"/api/2.0/dbfs/create"_s;
const QString kAddBlock = u"/api/2.0/dbfs/add-block"_s;
const QString kClose = u"/api/2.0/dbfs/close"_s;
const QString kRead = u"/api/2.0/dbfs/read"_s;
constexpr qsizetype kMiB = 1024 * 1024;

QByteArray pattern(qsizetype size, int seed = 1)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char((i * 31 + seed * 7 + i / 251) & 0xff);
    return out;
}

QString base64(const QByteArray &data)
{
    return QString::fromLatin1(data.toBase64());
}

struct Multipart
{
    QByteArray contentType;
    QByteArray body;
};

Multipart multipart(const QList<std::pair<QByteArray, QByteArray>> &fields,
                    const QByteArray &fileField, const QByteArray &content)
{
    const QByteArray boundary = "----brickdeskDbfs7MA4YWxkTrZu0gW";
    QByteArray body;
    for (const auto &[name, value] : fields)
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name +
                "\"\r\n\r\n" + value + "\r\n";
    if (!fileField.isEmpty())
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField +
                "\"; filename=\"upload.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n" +
                content + "\r\n";
    body += "--" + boundary + "--\r\n";
    return {"multipart/form-data; boundary=" + boundary, body};
}

QStringList paths(const RawResponse &response)
{
    QStringList out;
    for (const QJsonValue &value : response.json.value("files"_L1).toArray())
        out.append(value.toObject().value("path"_L1).toString());
    return out;
}

void compareError(const RawResponse &response, int status, const char *code,
                  const QString &message = {})
{
    QCOMPARE(response.status, status);
    QCOMPARE(response.json.value("error_code"_L1).toString(), QLatin1StringView(code));
    if (!message.isEmpty())
        QCOMPARE(response.json.value("message"_L1).toString(), message);
    else
        QVERIFY(!response.json.value("message"_L1).toString().isEmpty());
}

} // namespace

class TestDbfsApi : public QObject
{
    Q_OBJECT
private slots:
    void listDirectoryAndFile();
    void listEmptyDirectoryOmitsFiles();
    void getStatusFields();
    void missingPathIs404_data();
    void missingPathIs404();
    void pathValidation_data();
    void pathValidation();
    void schemeAndNormalisation();
    void mkdirsParentsAndFileInTheWay();
    void deleteFilesAndDirectories();
    void deleteNonEmptyWithoutRecursive();
    void partialDeleteRepeatedUntilDone();
    void moveFilesAndDirectories();
    void moveErrors();
    void putJson();
    void putJsonBlockLimit();
    void putMultipart_data();
    void putMultipart();
    void putMultipartOverwriteAndErrors();
    void putOverDirectory();
    void streamWrite();
    void streamCreateOverwrite();
    void streamBlockLimit();
    void handleExpiresOnClock();
    void read();
    void readErrors();
    void unicodeNames();
    void dropConnectionLeavesNoFile();
    void clientDisconnectMidBodyLeavesNoFile();
    void chunkedBodyAndExpectContinue();
    void faultGlobsMatchDbfs();
    void wrongMethodIsEndpointNotFound();
    void demoSeed();
};

void TestDbfsApi::listDirectoryAndFile()
{
    EmulatorFixture fixture;
    DbfsStore &dbfs = fixture.emulator().dbfs();
    dbfs.writeFile(u"/data/b.csv"_s, "b", false);
    dbfs.writeFile(u"/data/a.csv"_s, "aaa", false);
    dbfs.mkdirs(u"/data/sub/deeper"_s);

    RawResponse response = fixture.get(kList, query({{u"path"_s, u"/data"_s}}));
    QCOMPARE(response.status, 200);
    QCOMPARE(paths(response), (QStringList{u"/data/a.csv"_s, u"/data/b.csv"_s, u"/data/sub"_s}));
    const QJsonObject first = response.json.value("files"_L1).toArray().at(0).toObject();
    QCOMPARE(first.value("file_size"_L1).toInteger(), 3);
    QCOMPARE(first.value("is_dir"_L1).toBool(true), false);

    // No pagination, no recursion: the root lists its one child.
    response = fixture.get(kList, query({{u"path"_s, u"/"_s}}));
    QCOMPARE(paths(response), QStringList{u"/data"_s});

    // A file path lists that file.
    response = fixture.get(kList, query({{u"path"_s, u"/data/a.csv"_s}}));
    QCOMPARE(response.status, 200);
    QCOMPARE(paths(response), QStringList{u"/data/a.csv"_s});
}

void TestDbfsApi::listEmptyDirectoryOmitsFiles()
{
    EmulatorFixture fixture; // Seed::Empty: just the root
    RawResponse response = fixture.get(kList, query({{u"path"_s, u"/"_s}}));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));

    fixture.emulator().dbfs().mkdirs(u"/tmp"_s);
    response = fixture.get(kList, query({{u"path"_s, u"/tmp"_s}}));
    QCOMPARE(response.body, QByteArray("{}"));
}

void TestDbfsApi::getStatusFields()
{
    EmulatorFixture fixture;
    fixture.emulator().clock().setFrozen(true);
    const qint64 now = fixture.emulator().clock().now();
    fixture.emulator().dbfs().writeFile(u"/x/file.txt"_s, "hello", false);

    RawResponse response = fixture.get(kStatus, query({{u"path"_s, u"/x/file.txt"_s}}));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json, (QJsonObject{{"path"_L1, u"/x/file.txt"_s},
                                         {"is_dir"_L1, false},
                                         {"file_size"_L1, 5},
                                         {"modification_time"_L1, now}}));

    response = fixture.get(kStatus, query({{u"path"_s, u"/x"_s}}));
    QCOMPARE(response.json.value("is_dir"_L1).toBool(), true);
    QCOMPARE(response.json.value("file_size"_L1).toInteger(-1), 0);
    QCOMPARE(response.json.value("modification_time"_L1).toInteger(), now);
}

void TestDbfsApi::missingPathIs404_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("sent");
    QTest::addColumn<QString>("shown");
    QTest::newRow("list") << QByteArray("GET") << kList << u"/nope"_s << u"/nope"_s;
    QTest::newRow("get-status") << QByteArray("GET") << kStatus << u"/nope/x"_s << u"/nope/x"_s;
    QTest::newRow("read") << QByteArray("GET") << kRead << u"/nope"_s << u"/nope"_s;
    QTest::newRow("scheme echoed")
        << QByteArray("GET") << kStatus << u"dbfs:/nope"_s << u"dbfs:/nope"_s;
    QTest::newRow("move source") << QByteArray("POST") << kMove << u"/nope"_s << u"/nope"_s;
}

void TestDbfsApi::missingPathIs404()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, endpoint);
    QFETCH(QString, sent);
    QFETCH(QString, shown);
    EmulatorFixture fixture;
    const RawResponse response =
        method == "GET" ? fixture.get(endpoint, query({{u"path"_s, sent}}))
                        : fixture.post(endpoint, QJsonObject{{"source_path"_L1, sent},
                                                             {"destination_path"_L1, u"/y"_s}});
    compareError(response, 404, "RESOURCE_DOES_NOT_EXIST",
                 u"No file or directory exists on path %1."_s.arg(shown));
}

void TestDbfsApi::pathValidation_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("mkdirs relative") << kMkdirs << QJsonObject{{"path"_L1, u"tmp/x"_s}};
    QTest::newRow("mkdirs missing") << kMkdirs << QJsonObject{};
    QTest::newRow("delete relative") << kDelete << QJsonObject{{"path"_L1, u"x"_s}};
    QTest::newRow("put relative") << kPut
                                  << QJsonObject{{"path"_L1, u"dbfs:x"_s}, {"contents"_L1, u""_s}};
    QTest::newRow("create missing") << kCreate << QJsonObject{{"overwrite"_L1, true}};
    QTest::newRow("move relative dest")
        << kMove << QJsonObject{{"source_path"_L1, u"/"_s}, {"destination_path"_L1, u"y"_s}};
    QTest::newRow("above root") << kMkdirs << QJsonObject{{"path"_L1, u"/../x"_s}};
}

void TestDbfsApi::pathValidation()
{
    QFETCH(QString, endpoint);
    QFETCH(QJsonObject, body);
    EmulatorFixture fixture;
    compareError(fixture.post(endpoint, body), 400, "INVALID_PARAMETER_VALUE");
    compareError(fixture.get(kStatus, query({{u"path"_s, u"relative/x"_s}})), 400,
                 "INVALID_PARAMETER_VALUE");
    compareError(fixture.get(kList), 400, "INVALID_PARAMETER_VALUE");
    // A body that is not a JSON object.
    compareError(fixture.postRaw(endpoint, "[1,2", "application/json"), 400, "MALFORMED_REQUEST");
}

void TestDbfsApi::schemeAndNormalisation()
{
    QCOMPARE(DbfsStore::canonicalPath(u"dbfs:/a//b/./c/"_s), u"/a/b/c"_s);
    QCOMPARE(DbfsStore::canonicalPath(u"/a/b/../c"_s), u"/a/c"_s);
    QCOMPARE(DbfsStore::canonicalPath(u"dbfs:/"_s), u"/"_s);
    QVERIFY(!DbfsStore::canonicalPath(u"a/b"_s));
    QVERIFY(!DbfsStore::canonicalPath(u"/.."_s));

    EmulatorFixture fixture;
    QCOMPARE(fixture.post(kMkdirs, {{"path"_L1, u"dbfs:/mnt//raw/"_s}}).status, 200);
    const RawResponse response = fixture.get(kStatus, query({{u"path"_s, u"/mnt/raw"_s}}));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value("path"_L1).toString(), u"/mnt/raw"_s); // never with the scheme
}

void TestDbfsApi::mkdirsParentsAndFileInTheWay()
{
    EmulatorFixture fixture;
    QCOMPARE(fixture.post(kMkdirs, {{"path"_L1, u"/a/b/c"_s}}).body, QByteArray("{}"));
    QVERIFY(fixture.emulator().dbfs().find(u"/a/b"_s)->isDir);
    QCOMPARE(fixture.post(kMkdirs, {{"path"_L1, u"/a/b/c"_s}}).status, 200); // idempotent

    fixture.emulator().dbfs().writeFile(u"/a/file"_s, "x", false);
    compareError(fixture.post(kMkdirs, {{"path"_L1, u"/a/file"_s}}), 400,
                 "RESOURCE_ALREADY_EXISTS");
    compareError(fixture.post(kMkdirs, {{"path"_L1, u"/a/file/below"_s}}), 400,
                 "RESOURCE_ALREADY_EXISTS");
    QVERIFY(!fixture.emulator().dbfs().find(u"/a/file/below"_s));
}

void TestDbfsApi::deleteFilesAndDirectories()
{
    EmulatorFixture fixture;
    DbfsStore &dbfs = fixture.emulator().dbfs();
    dbfs.writeFile(u"/d/one"_s, "1", false);
    dbfs.writeFile(u"/d/sub/two"_s, "22", false);
    dbfs.mkdirs(u"/empty"_s);

    QCOMPARE(fixture.post(kDelete, {{"path"_L1, u"/d/one"_s}}).body, QByteArray("{}"));
    QVERIFY(!dbfs.find(u"/d/one"_s));
    // Deleting what is not there succeeds.
    QCOMPARE(fixture.post(kDelete, {{"path"_L1, u"/d/one"_s}}).status, 200);
    QCOMPARE(fixture.post(kDelete, {{"path"_L1, u"/never/was"_s}}).status, 200);
    // An empty directory needs no recursive flag.
    QCOMPARE(fixture.post(kDelete, {{"path"_L1, u"/empty"_s}}).status, 200);
    QVERIFY(!dbfs.find(u"/empty"_s));
    QCOMPARE(fixture.post(kDelete, {{"path"_L1, u"dbfs:/d"_s}, {"recursive"_L1, true}}).status,
             200);
    QCOMPARE(dbfs.count(), 1); // the root
    compareError(fixture.post(kDelete, {{"path"_L1, u"/"_s}, {"recursive"_L1, true}}), 400,
                 "INVALID_PARAMETER_VALUE");
}

void TestDbfsApi::deleteNonEmptyWithoutRecursive()
{
    EmulatorFixture fixture;
    fixture.emulator().dbfs().writeFile(u"/d/one"_s, "1", false);
    compareError(fixture.post(kDelete, {{"path"_L1, u"/d"_s}, {"recursive"_L1, false}}), 400,
                 "IO_ERROR",
                 u"Directory is not empty. Use recursive delete or remove contents first."_s);
    QVERIFY(fixture.emulator().dbfs().find(u"/d/one"_s));
}

void TestDbfsApi::partialDeleteRepeatedUntilDone()
{
    EmulatorFixture fixture;
    DbfsStore &dbfs = fixture.emulator().dbfs();
    for (int i = 0; i < 7; ++i)
        dbfs.writeFile(u"/big/part-%1"_s.arg(i), "x", false);
    for (int i = 0; i < 3; ++i)
        dbfs.writeFile(u"/big/nested/deeper/f%1"_s.arg(i), "y", false);
    dbfs.writeFile(u"/keep/me"_s, "z", false);
    fixture.emulator().dbfsApi().setPartialDeleteLimit(4);

    // 10 files, 4 per call: 503, 503, then 200.
    QList<int> statuses;
    for (int call = 0; call < 10; ++call) {
        const RawResponse response =
            fixture.post(kDelete, {{"path"_L1, u"/big"_s}, {"recursive"_L1, true}});
        statuses.append(response.status);
        if (response.status == 200)
            break;
        QCOMPARE(response.json.value("error_code"_L1).toString(), u"PARTIAL_DELETE"_s);
        QVERIFY2(response.json.value("message"_L1)
                     .toString()
                     .contains("operation has deleted 4 files"_L1),
                 response.body.constData());
        QVERIFY(dbfs.find(u"/big"_s));
    }
    QCOMPARE(statuses, (QList<int>{503, 503, 200}));
    QVERIFY(!dbfs.find(u"/big"_s));
    QVERIFY(dbfs.find(u"/keep/me"_s));
}

void TestDbfsApi::moveFilesAndDirectories()
{
    EmulatorFixture fixture;
    DbfsStore &dbfs = fixture.emulator().dbfs();
    dbfs.writeFile(u"/src/a.txt"_s, "alpha", false);
    dbfs.writeFile(u"/src/nested/b.txt"_s, "beta", false);
    dbfs.writeFile(u"/single.txt"_s, "solo", false);

    QCOMPARE(fixture
                 .post(kMove, {{"source_path"_L1, u"/single.txt"_s},
                               {"destination_path"_L1, u"dbfs:/moved/solo.txt"_s}})
                 .body,
             QByteArray("{}"));
    QVERIFY(!dbfs.find(u"/single.txt"_s));
    QCOMPARE(dbfs.contents(u"/moved/solo.txt"_s), QByteArray("solo")); // parents created

    QCOMPARE(
        fixture.post(kMove, {{"source_path"_L1, u"/src"_s}, {"destination_path"_L1, u"/dst"_s}})
            .status,
        200);
    QVERIFY(!dbfs.find(u"/src"_s));
    QVERIFY(!dbfs.find(u"/src/nested/b.txt"_s));
    QCOMPARE(dbfs.contents(u"/dst/a.txt"_s), QByteArray("alpha"));
    QCOMPARE(dbfs.contents(u"/dst/nested/b.txt"_s), QByteArray("beta"));
}

void TestDbfsApi::moveErrors()
{
    EmulatorFixture fixture;
    DbfsStore &dbfs = fixture.emulator().dbfs();
    dbfs.writeFile(u"/a"_s, "a", false);
    dbfs.writeFile(u"/b"_s, "b", false);
    dbfs.mkdirs(u"/dir"_s);

    compareError(
        fixture.post(kMove, {{"source_path"_L1, u"/a"_s}, {"destination_path"_L1, u"/b"_s}}), 400,
        "RESOURCE_ALREADY_EXISTS", u"A file or directory already exists at the input path /b."_s);
    QCOMPARE(dbfs.contents(u"/a"_s), QByteArray("a"));
    compareError(
        fixture.post(kMove, {{"source_path"_L1, u"/gone"_s}, {"destination_path"_L1, u"/c"_s}}),
        404, "RESOURCE_DOES_NOT_EXIST", u"No file or directory exists on path /gone."_s);
    compareError(
        fixture.post(kMove, {{"source_path"_L1, u"/dir"_s}, {"destination_path"_L1, u"/dir/in"_s}}),
        400, "INVALID_PARAMETER_VALUE");
}

void TestDbfsApi::putJson()
{
    EmulatorFixture fixture;
    DbfsStore &dbfs = fixture.emulator().dbfs();
    const QByteArray data = pattern(1000);
    QCOMPARE(
        fixture.post(kPut, {{"path"_L1, u"/new/dir/file.bin"_s}, {"contents"_L1, base64(data)}})
            .body,
        QByteArray("{}"));
    QCOMPARE(dbfs.contents(u"/new/dir/file.bin"_s), data); // parents created
    QVERIFY(dbfs.find(u"/new/dir"_s)->isDir);

    compareError(
        fixture.post(kPut, {{"path"_L1, u"/new/dir/file.bin"_s}, {"contents"_L1, base64("other")}}),
        400, "RESOURCE_ALREADY_EXISTS",
        u"A file or directory already exists at the input path /new/dir/file.bin."_s);
    QCOMPARE(dbfs.contents(u"/new/dir/file.bin"_s), data);
    QCOMPARE(fixture
                 .post(kPut, {{"path"_L1, u"/new/dir/file.bin"_s},
                              {"contents"_L1, base64("other")},
                              {"overwrite"_L1, true}})
                 .status,
             200);
    QCOMPARE(dbfs.contents(u"/new/dir/file.bin"_s), QByteArray("other"));

    // 0-byte files, with and without a contents field.
    QCOMPARE(fixture.post(kPut, {{"path"_L1, u"/zero"_s}, {"contents"_L1, u""_s}}).status, 200);
    QCOMPARE(fixture.post(kPut, {{"path"_L1, u"/zero2"_s}}).status, 200);
    QCOMPARE(dbfs.find(u"/zero"_s)->size, 0);
    QCOMPARE(fixture.get(kStatus, query({{u"path"_s, u"/zero2"_s}}))
                 .json.value("file_size"_L1)
                 .toInteger(-1),
             0);

    compareError(fixture.post(kPut, {{"path"_L1, u"/bad"_s}, {"contents"_L1, u"@@not base64"_s}}),
                 400, "INVALID_PARAMETER_VALUE");
    QVERIFY(!dbfs.find(u"/bad"_s));
}

void TestDbfsApi::putJsonBlockLimit()
{
    EmulatorFixture fixture;
    const QByteArray exact = pattern(kMiB);
    QCOMPARE(fixture.post(kPut, {{"path"_L1, u"/exact"_s}, {"contents"_L1, base64(exact)}}).status,
             200);
    QCOMPARE(fixture.emulator().dbfs().contents(u"/exact"_s), exact);
    compareError(
        fixture.post(kPut, {{"path"_L1, u"/over"_s}, {"contents"_L1, base64(pattern(kMiB + 1))}}),
        400, "MAX_BLOCK_SIZE_EXCEEDED");
    QVERIFY(!fixture.emulator().dbfs().find(u"/over"_s));
}

void TestDbfsApi::putMultipart_data()
{
    QTest::addColumn<QByteArray>("partName");
    QTest::addColumn<qsizetype>("size");
    QTest::newRow("contents (docs, curl)") << QByteArray("contents") << qsizetype(3 * kMiB + 17);
    QTest::newRow("file (legacy CLI)") << QByteArray("file") << qsizetype(4096);
    QTest::newRow("0 bytes") << QByteArray("contents") << qsizetype(0);
    // The part data contains the boundary's prefix and CRLFs.
    QTest::newRow("tricky bytes") << QByteArray("file") << qsizetype(-1);
}

void TestDbfsApi::putMultipart()
{
    QFETCH(QByteArray, partName);
    QFETCH(qsizetype, size);
    EmulatorFixture fixture;
    const QByteArray data =
        size >= 0 ? pattern(size, 3) : QByteArray("\r\n--\r\n------brickdesk\r\n\r\nend\r\n");
    const Multipart form = multipart({{"path", "/FileStore/up/file.bin"}}, partName, data);
    const RawResponse response = fixture.postRaw(kPut, form.body, form.contentType);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
    const auto stored = fixture.emulator().dbfs().contents(u"/FileStore/up/file.bin"_s);
    QVERIFY(stored);
    QCOMPARE(stored->size(), data.size());
    QVERIFY(*stored == data);
}

void TestDbfsApi::putMultipartOverwriteAndErrors()
{
    EmulatorFixture fixture;
    DbfsStore &dbfs = fixture.emulator().dbfs();
    dbfs.writeFile(u"/f"_s, "old", false);

    Multipart form = multipart({{"path", "/f"}, {"overwrite", "false"}}, "contents", "new");
    compareError(fixture.postRaw(kPut, form.body, form.contentType), 400,
                 "RESOURCE_ALREADY_EXISTS");
    QCOMPARE(dbfs.contents(u"/f"_s), QByteArray("old"));

    form = multipart({{"path", "dbfs:/f"}, {"overwrite", "true"}}, "contents", "new");
    QCOMPARE(fixture.postRaw(kPut, form.body, form.contentType).status, 200);
    QCOMPARE(dbfs.contents(u"/f"_s), QByteArray("new"));

    form = multipart({{"overwrite", "true"}}, "contents", "no path");
    compareError(fixture.postRaw(kPut, form.body, form.contentType), 400,
                 "INVALID_PARAMETER_VALUE");
    compareError(fixture.postRaw(kPut, "garbage", "multipart/form-data; boundary=xyz"), 400,
                 "INVALID_PARAMETER_VALUE");
}

void TestDbfsApi::putOverDirectory()
{
    EmulatorFixture fixture;
    fixture.emulator().dbfs().mkdirs(u"/dir"_s);
    compareError(
        fixture.post(
            kPut, {{"path"_L1, u"/dir"_s}, {"contents"_L1, base64("x")}, {"overwrite"_L1, true}}),
        400, "RESOURCE_ALREADY_EXISTS");
    compareError(fixture.post(kCreate, {{"path"_L1, u"/dir"_s}, {"overwrite"_L1, true}}), 400,
                 "RESOURCE_ALREADY_EXISTS");
    QVERIFY(fixture.emulator().dbfs().find(u"/dir"_s)->isDir);
}

void TestDbfsApi::streamWrite()
{
    EmulatorFixture fixture;
    DbfsStore &dbfs = fixture.emulator().dbfs();
    RawResponse response = fixture.post(kCreate, {{"path"_L1, u"/stream/out.bin"_s}});
    QCOMPARE(response.status, 200);
    const qint64 handle = response.json.value("handle"_L1).toInteger();
    QVERIFY(handle > (qint64(1) << 32)); // int64, not int
    QCOMPARE(response.json.keys(), QStringList{u"handle"_s});

    // As on the service: visible from create on, growing with each block.
    QCOMPARE(dbfs.find(u"/stream/out.bin"_s)->size, 0);
    const QByteArray first = pattern(kMiB, 1);
    const QByteArray second = pattern(1000, 2);
    QCOMPARE(fixture.post(kAddBlock, {{"handle"_L1, handle}, {"data"_L1, base64(first)}}).body,
             QByteArray("{}"));
    QCOMPARE(dbfs.find(u"/stream/out.bin"_s)->size, kMiB);
    // int64 handles sent as strings are accepted too.
    QCOMPARE(
        fixture
            .post(kAddBlock, {{"handle"_L1, QString::number(handle)}, {"data"_L1, base64(second)}})
            .status,
        200);
    QCOMPARE(fixture.post(kAddBlock, {{"handle"_L1, handle}, {"data"_L1, u""_s}}).status, 200);
    QCOMPARE(fixture.post(kClose, {{"handle"_L1, handle}}).body, QByteArray("{}"));
    QCOMPARE(dbfs.contents(u"/stream/out.bin"_s), first + second);

    // A closed handle is gone.
    compareError(fixture.post(kAddBlock, {{"handle"_L1, handle}, {"data"_L1, base64("x")}}), 404,
                 "RESOURCE_DOES_NOT_EXIST");
    compareError(fixture.post(kClose, {{"handle"_L1, handle}}), 404, "RESOURCE_DOES_NOT_EXIST");
    compareError(fixture.post(kClose, {{"handle"_L1, 12345}}), 404, "RESOURCE_DOES_NOT_EXIST");
    compareError(fixture.post(kClose, QJsonObject{}), 400, "INVALID_PARAMETER_VALUE");
    QCOMPARE(fixture.emulator().dbfsApi().openHandleCount(), 0);

    // Two streams at once get different handles.
    const qint64 h1 =
        fixture.post(kCreate, {{"path"_L1, u"/s1"_s}}).json.value("handle"_L1).toInteger();
    const qint64 h2 =
        fixture.post(kCreate, {{"path"_L1, u"/s2"_s}}).json.value("handle"_L1).toInteger();
    QVERIFY(h1 != h2);
    QCOMPARE(fixture.emulator().dbfsApi().openHandleCount(), 2);
}

void TestDbfsApi::streamCreateOverwrite()
{
    EmulatorFixture fixture;
    DbfsStore &dbfs = fixture.emulator().dbfs();
    dbfs.writeFile(u"/existing"_s, "keep", false);
    compareError(fixture.post(kCreate, {{"path"_L1, u"/existing"_s}}), 400,
                 "RESOURCE_ALREADY_EXISTS",
                 u"A file or directory already exists at the input path /existing."_s);
    QCOMPARE(dbfs.contents(u"/existing"_s), QByteArray("keep"));
    QCOMPARE(fixture.post(kCreate, {{"path"_L1, u"/existing"_s}, {"overwrite"_L1, true}}).status,
             200);
    QCOMPARE(dbfs.find(u"/existing"_s)->size, 0); // truncated at create
}

void TestDbfsApi::streamBlockLimit()
{
    EmulatorFixture fixture;
    const qint64 handle =
        fixture.post(kCreate, {{"path"_L1, u"/blocks"_s}}).json.value("handle"_L1).toInteger();
    const QByteArray exact = pattern(kMiB, 5);
    QCOMPARE(fixture.post(kAddBlock, {{"handle"_L1, handle}, {"data"_L1, base64(exact)}}).status,
             200);
    compareError(
        fixture.post(kAddBlock, {{"handle"_L1, handle}, {"data"_L1, base64(pattern(kMiB + 1))}}),
        400, "MAX_BLOCK_SIZE_EXCEEDED");
    QCOMPARE(fixture.emulator().dbfs().find(u"/blocks"_s)->size, kMiB); // refused block not added
    QCOMPARE(fixture.post(kClose, {{"handle"_L1, handle}}).status, 200);
}

void TestDbfsApi::handleExpiresOnClock()
{
    EmulatorFixture fixture;
    EmulatorClock &clock = fixture.emulator().clock();
    clock.setFrozen(true);
    QCOMPARE(fixture.emulator().dbfsApi().handleTimeoutMs(), 10 * 60 * 1000);
    const qint64 handle =
        fixture.post(kCreate, {{"path"_L1, u"/slow"_s}}).json.value("handle"_L1).toInteger();

    // Idle timeout: every block restarts the 10 minutes.
    clock.advance(9 * 60 * 1000);
    QCOMPARE(fixture.post(kAddBlock, {{"handle"_L1, handle}, {"data"_L1, base64("a")}}).status,
             200);
    clock.advance(10 * 60 * 1000 - 1);
    QCOMPARE(fixture.post(kAddBlock, {{"handle"_L1, handle}, {"data"_L1, base64("b")}}).status,
             200);
    clock.advance(10 * 60 * 1000);
    compareError(fixture.post(kAddBlock, {{"handle"_L1, handle}, {"data"_L1, base64("c")}}), 404,
                 "RESOURCE_DOES_NOT_EXIST");
    compareError(fixture.post(kClose, {{"handle"_L1, handle}}), 404, "RESOURCE_DOES_NOT_EXIST");
    // What arrived before the expiry stays, as on the service.
    QCOMPARE(fixture.emulator().dbfs().contents(u"/slow"_s), QByteArray("ab"));

    // Configurable.
    fixture.emulator().dbfsApi().setHandleTimeoutMs(1000);
    const qint64 quick =
        fixture.post(kCreate, {{"path"_L1, u"/quick"_s}}).json.value("handle"_L1).toInteger();
    clock.advance(1000);
    compareError(fixture.post(kClose, {{"handle"_L1, quick}}), 404, "RESOURCE_DOES_NOT_EXIST");
}

void TestDbfsApi::read()
{
    EmulatorFixture fixture;
    const QByteArray data = pattern(700 * 1024, 9);
    fixture.emulator().dbfs().writeFile(u"/r.bin"_s, data, false);
    const auto readAt = [&](std::initializer_list<std::pair<QString, QString>> items) {
        return fixture.get(kRead, query(items));
    };

    // Default: offset 0, length 0.5 MB.
    RawResponse response = readAt({{u"path"_s, u"/r.bin"_s}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value("bytes_read"_L1).toInteger(), 512 * 1024);
    QCOMPARE(QByteArray::fromBase64(response.json.value("data"_L1).toString().toLatin1()),
             data.left(512 * 1024));

    response =
        readAt({{u"path"_s, u"dbfs:/r.bin"_s}, {u"offset"_s, u"100"_s}, {u"length"_s, u"50"_s}});
    QCOMPARE(response.json.value("bytes_read"_L1).toInteger(), 50);
    QCOMPARE(QByteArray::fromBase64(response.json.value("data"_L1).toString().toLatin1()),
             data.mid(100, 50));

    // Exactly 1 MB may be asked for; past the end it reads to the end.
    response = readAt({{u"path"_s, u"/r.bin"_s},
                       {u"offset"_s, u"600000"_s},
                       {u"length"_s, QString::number(kMiB)}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value("bytes_read"_L1).toInteger(), data.size() - 600000);
    QCOMPARE(QByteArray::fromBase64(response.json.value("data"_L1).toString().toLatin1()),
             data.mid(600000));

    // At and past the end: 0 bytes, both keys present.
    for (const QString &offset :
         {QString::number(data.size()), QString::number(data.size() + 10)}) {
        response = readAt({{u"path"_s, u"/r.bin"_s}, {u"offset"_s, offset}});
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json, (QJsonObject{{"bytes_read"_L1, 0}, {"data"_L1, u""_s}}));
    }
    fixture.emulator().dbfs().writeFile(u"/empty"_s, {}, false);
    QCOMPARE(readAt({{u"path"_s, u"/empty"_s}}).json.value("bytes_read"_L1).toInteger(-1), 0);
}

void TestDbfsApi::readErrors()
{
    EmulatorFixture fixture;
    fixture.emulator().dbfs().writeFile(u"/r.bin"_s, "abc", false);
    fixture.emulator().dbfs().mkdirs(u"/dir"_s);
    compareError(fixture.get(kRead, query({{u"path"_s, u"/r.bin"_s},
                                           {u"length"_s, QString::number(kMiB + 1)}})),
                 400, "MAX_READ_SIZE_EXCEEDED");
    compareError(fixture.get(kRead, query({{u"path"_s, u"/dir"_s}})), 400,
                 "INVALID_PARAMETER_VALUE");
    compareError(fixture.get(kRead, query({{u"path"_s, u"/r.bin"_s}, {u"offset"_s, u"-1"_s}})), 400,
                 "INVALID_PARAMETER_VALUE");
    compareError(fixture.get(kRead, query({{u"path"_s, u"/r.bin"_s}, {u"length"_s, u"-5"_s}})), 400,
                 "INVALID_PARAMETER_VALUE");
    compareError(fixture.get(kRead, query({{u"path"_s, u"/r.bin"_s}, {u"offset"_s, u"x"_s}})), 400,
                 "INVALID_PARAMETER_VALUE");
}

void TestDbfsApi::unicodeNames()
{
    EmulatorFixture fixture;
    const QString dir = u"/tmp/données 数据"_s;
    const QString file = dir + u"/résumé é 😀.csv"_s;
    QCOMPARE(fixture.post(kPut, {{"path"_L1, file}, {"contents"_L1, base64("a,b\n")}}).status, 200);
    QCOMPARE(paths(fixture.get(kList, query({{u"path"_s, dir}}))), QStringList{file});
    QCOMPARE(fixture.get(kStatus, query({{u"path"_s, file}})).json.value("path"_L1).toString(),
             file);
    const RawResponse response = fixture.get(kRead, query({{u"path"_s, file}}));
    QCOMPARE(QByteArray::fromBase64(response.json.value("data"_L1).toString().toLatin1()),
             QByteArray("a,b\n"));

    // Multipart carries the path as UTF-8 too.
    const Multipart form = multipart({{"path", (dir + u"/ünï.bin"_s).toUtf8()}}, "file", "u");
    QCOMPARE(fixture.postRaw(kPut, form.body, form.contentType).status, 200);
    QCOMPARE(fixture.emulator().dbfs().contents(dir + u"/ünï.bin"_s), QByteArray("u"));
}

void TestDbfsApi::dropConnectionLeavesNoFile()
{
    EmulatorFixture fixture;
    DbfsStore &dbfs = fixture.emulator().dbfs();
    auto rule = FaultInjector::parse(u"drop:/api/2.0/dbfs/put:mode=mid-body"_s);
    QVERIFY(rule);
    fixture.emulator().faults().addRule(*rule);

    const Multipart form = multipart({{"path", "/dropped.bin"}}, "contents", pattern(2 * kMiB));
    RawResponse response = fixture.postRaw(kPut, form.body, form.contentType);
    QVERIFY(response.networkError != QNetworkReply::NoError);
    QVERIFY(!dbfs.find(u"/dropped.bin"_s));

    // An existing file keeps its contents.
    dbfs.writeFile(u"/kept.bin"_s, "original", false);
    response = fixture.post(
        kPut,
        {{"path"_L1, u"/kept.bin"_s}, {"contents"_L1, base64("new")}, {"overwrite"_L1, true}});
    QVERIFY(response.networkError != QNetworkReply::NoError);
    QCOMPARE(dbfs.contents(u"/kept.bin"_s), QByteArray("original"));

    fixture.emulator().faults().clear();
    QCOMPARE(fixture.postRaw(kPut, form.body, form.contentType).status, 200);
    QVERIFY(dbfs.find(u"/dropped.bin"_s));
}

void TestDbfsApi::clientDisconnectMidBodyLeavesNoFile()
{
    EmulatorFixture fixture;
    const Multipart form = multipart({{"path", "/half.bin"}}, "contents", pattern(kMiB));
    QTcpSocket socket;
    socket.connectToHost(fixture.emulator().url().host(), fixture.emulator().port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /api/2.0/dbfs/put HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                 "Authorization: Bearer " +
                 QByteArray(test::kTestToken) + "\r\nContent-Type: " + form.contentType +
                 "\r\nContent-Length: " + QByteArray::number(form.body.size()) + "\r\n\r\n" +
                 form.body.left(form.body.size() / 2));
    QVERIFY(socket.waitForBytesWritten(5000));
    socket.disconnectFromHost();
    // The emulator sees the close; a later request on a new connection is
    // answered, and the half-sent upload never became a file.
    QTRY_VERIFY(fixture.get(kStatus, query({{u"path"_s, u"/"_s}})).status == 200);
    QCOMPARE(fixture.get(kStatus, query({{u"path"_s, u"/half.bin"_s}})).status, 404);
    QVERIFY(fixture.emulator().requests().size() >= 2);
    for (const RecordedRequest &request : fixture.emulator().requests())
        QVERIFY(request.path != kPut);
}

void TestDbfsApi::chunkedBodyAndExpectContinue()
{
    EmulatorFixture fixture;
    QTcpSocket socket;
    socket.connectToHost(fixture.emulator().url().host(), fixture.emulator().port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray json =
        R"({"path":"/chunked.txt","contents":")" + QByteArray("chunky").toBase64() + R"("})";
    QByteArray request = "POST /api/2.0/dbfs/put HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         "Authorization: Bearer " +
                         QByteArray(test::kTestToken) +
                         "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                         "Expect: 100-continue\r\n\r\n";
    socket.write(request);
    QByteArray received;
    QTRY_VERIFY((received += socket.readAll()).contains("100 Continue\r\n\r\n"));
    const QByteArray head = json.left(10);
    const QByteArray tail = json.mid(10);
    socket.write(QByteArray::number(head.size(), 16) + ";ext=1\r\n" + head + "\r\n" +
                 QByteArray::number(tail.size(), 16) + "\r\n" + tail + "\r\n0\r\n\r\n");
    QTRY_VERIFY((received += socket.readAll()).contains("\r\n\r\n{}"));
    QVERIFY(received.contains("HTTP/1.1 200 OK"));
    QCOMPARE(fixture.emulator().dbfs().contents(u"/chunked.txt"_s), QByteArray("chunky"));
}

void TestDbfsApi::faultGlobsMatchDbfs()
{
    EmulatorFixture fixture;
    fixture.emulator().faults().rateLimit(u"/api/2.0/dbfs/*"_s, 3, 1);
    RawResponse response = fixture.get(kList, query({{u"path"_s, u"/"_s}}));
    QCOMPARE(response.status, 429);
    QCOMPARE(response.header("Retry-After"), QByteArray("3"));
    QCOMPARE(fixture.get(kList, query({{u"path"_s, u"/"_s}})).status, 200);

    fixture.emulator().faults().serverError(kAddBlock, 503, 1);
    const qint64 handle =
        fixture.post(kCreate, {{"path"_L1, u"/f"_s}}).json.value("handle"_L1).toInteger();
    QCOMPARE(fixture.post(kAddBlock, {{"handle"_L1, handle}, {"data"_L1, base64("x")}}).status,
             503);
    QCOMPARE(fixture.emulator().dbfs().find(u"/f"_s)->size, 0); // the faulted block never landed
}

void TestDbfsApi::wrongMethodIsEndpointNotFound()
{
    EmulatorFixture fixture;
    compareError(fixture.get(kPut), 404, "ENDPOINT_NOT_FOUND",
                 u"No API found for 'GET /dbfs/put'"_s);
    compareError(fixture.post(kList, {{"path"_L1, u"/"_s}}), 404, "ENDPOINT_NOT_FOUND");
}

void TestDbfsApi::demoSeed()
{
    EmulatorFixture fixture(Seed::Demo);
    const QStringList root = paths(fixture.get(kList, query({{u"path"_s, u"/"_s}})));
    for (const char *expected : {"/FileStore", "/databricks-datasets", "/mnt", "/tmp"})
        QVERIFY2(root.contains(QLatin1StringView(expected)), expected);
    const QStringList tables =
        paths(fixture.get(kList, query({{u"path"_s, u"/FileStore/tables"_s}})));
    QVERIFY(tables.contains(u"/FileStore/tables/orders_2024_05.csv"_s));
    QVERIFY(fixture.get(kStatus, query({{u"path"_s, u"/databricks-datasets/README.md"_s}}))
                .json.value("file_size"_L1)
                .toInteger() > 0);
    QCOMPARE(fixture.get(kList, query({{u"path"_s, u"/tmp"_s}})).body, QByteArray("{}"));
    QVERIFY(fixture.emulator().dbfs().subtree(u"/mnt/raw"_s).size() > 5); // a nested tree

    fixture.emulator().seed(Seed::Empty);
    QCOMPARE(fixture.get(kList, query({{u"path"_s, u"/"_s}})).body, QByteArray("{}"));
}

QTEST_GUILESS_MAIN(TestDbfsApi)
#include "tst_dbfsapi.moc"
