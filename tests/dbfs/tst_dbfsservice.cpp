// DbfsService calls and DbfsDelete against the emulator over real HTTP.
#include "core/dbfs/dbfsdelete.h"
#include "core/dbfs/dbfsmove.h"
#include "core/dbfs/dbfsservice.h"
#include "core/emulator/dbfsapi.h"
#include "core/emulator/dbfsstore.h"
#include "core/net/apiclient.h"
#include "tests/support/testworkspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;
using brickdesk::test::TestWorkspace;

namespace {

constexpr int kWaitMs = 30'000;

template <typename Result> struct Waiter
{
    std::optional<Result> result;
    bool wait()
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, kWaitMs);
    }
};

} // namespace

class TestDbfsService : public QObject
{
    Q_OBJECT

private slots:
    void paths()
    {
        QCOMPARE(DbfsService::apiPath(u"dbfs:/tmp/x"_s), u"/tmp/x"_s);
        QCOMPARE(DbfsService::apiPath(u"dbfs:///tmp/x/"_s), u"/tmp/x"_s);
        QCOMPARE(DbfsService::apiPath(u"/tmp/x"_s), u"/tmp/x"_s);
        QCOMPARE(DbfsService::apiPath(u"dbfs:/"_s), u"/"_s);
        QCOMPARE(DbfsService::apiPath(u"dbfs:"_s), u"/"_s);
        QCOMPARE(DbfsService::displayPath(u"/tmp/x"_s), u"dbfs:/tmp/x"_s);
        QCOMPARE(DbfsService::displayPath(u"dbfs:/tmp/x"_s), u"dbfs:/tmp/x"_s);
        QCOMPARE(DbfsService::parentPath(u"/tmp/x"_s), u"/tmp"_s);
        QCOMPARE(DbfsService::parentPath(u"/x"_s), u"/"_s);
        QCOMPARE(DbfsService::childPath(u"/"_s, u"a"_s), u"/a"_s);
        QCOMPARE(DbfsService::childPath(u"dbfs:/a/"_s, u"b"_s), u"/a/b"_s);
    }

    void fileInfoFromJson()
    {
        const DbfsFileInfo file =
            DbfsFileInfo::fromJson({{u"path"_s, u"dbfs:/data/big.parquet"_s},
                                    {u"file_size"_s, qint64(5'000'000'000)},
                                    {u"modification_time"_s, qint64(1'700'000'000'123)}});
        QCOMPARE(file.path, u"/data/big.parquet"_s);
        QCOMPARE(file.name, u"big.parquet"_s);
        QVERIFY(!file.isDir);
        QCOMPARE(file.size, qint64(5'000'000'000));
        QCOMPARE(file.modificationTime, qint64(1'700'000'000'123));
        // proto3: omitted keys are defaults.
        const DbfsFileInfo dir =
            DbfsFileInfo::fromJson({{u"path"_s, u"/data"_s}, {u"is_dir"_s, true}});
        QVERIFY(dir.isDir);
        QCOMPARE(dir.size, 0);
        QCOMPARE(dir.modificationTime, -1);
    }

    void callsAgainstTheEmulator()
    {
        TestWorkspace workspace;
        DbfsService service(&workspace.client());
        QObject context;

        Waiter<std::optional<ApiError>> made;
        service.mkdirs(u"dbfs:/svc/sub"_s, &context,
                       [&](const auto &error) { made.result = error; });
        QVERIFY(made.wait());
        QVERIFY(!made.result->has_value());

        Waiter<std::optional<ApiError>> put;
        service.put(u"/svc/a.txt"_s, "hello", false, &context,
                    [&](const auto &error) { put.result = error; });
        QVERIFY(put.wait());
        QVERIFY(!put.result->has_value());

        Waiter<QList<DbfsFileInfo>> listed;
        service.list(u"/svc"_s, &context, [&](const auto &error, const QList<DbfsFileInfo> &files) {
            QVERIFY(!error);
            listed.result = files;
        });
        QVERIFY(listed.wait());
        QCOMPARE(listed.result->size(), 2);
        QCOMPARE(listed.result->at(0).name, u"a.txt"_s);
        QCOMPARE(listed.result->at(0).size, 5);
        QVERIFY(listed.result->at(1).isDir);

        Waiter<qint64> handle;
        service.create(u"/svc/b.bin"_s, false, &context, [&](const auto &error, qint64 h) {
            QVERIFY(!error);
            handle.result = h;
        });
        QVERIFY(handle.wait());
        QVERIFY(*handle.result > (qint64(1) << 40)); // int64 handles stay exact
        Waiter<std::optional<ApiError>> added;
        service.addBlock(*handle.result, "block", &context,
                         [&](const auto &error) { added.result = error; });
        QVERIFY(added.wait());
        QVERIFY(!added.result->has_value());
        Waiter<std::optional<ApiError>> closed;
        service.close(*handle.result, &context, [&](const auto &error) { closed.result = error; });
        QVERIFY(closed.wait());
        QVERIFY(!closed.result->has_value());

        Waiter<QByteArray> read;
        service.read(u"/svc/b.bin"_s, 1, 3, &context,
                     [&](const auto &error, const QByteArray &data) {
                         QVERIFY(!error);
                         read.result = data;
                     });
        QVERIFY(read.wait());
        QCOMPARE(*read.result, QByteArray("loc"));

        Waiter<std::optional<ApiError>> moved;
        service.move(u"/svc/b.bin"_s, u"dbfs:/svc/sub/c.bin"_s, &context,
                     [&](const auto &error) { moved.result = error; });
        QVERIFY(moved.wait());
        QVERIFY(!moved.result->has_value());

        Waiter<DbfsFileInfo> status;
        service.getStatus(u"/svc/sub/c.bin"_s, &context,
                          [&](const auto &error, const DbfsFileInfo &info) {
                              QVERIFY(!error);
                              status.result = info;
                          });
        QVERIFY(status.wait());
        QCOMPARE(status.result->size, 5);

        Waiter<std::optional<ApiError>> missing;
        service.getStatus(u"/svc/nope"_s, &context,
                          [&](const auto &error, const DbfsFileInfo &) { missing.result = error; });
        QVERIFY(missing.wait());
        QVERIFY(missing.result->has_value());
        QVERIFY((*missing.result)->isNotFound());
    }

    void partialDeleteRepeatedToCompletion()
    {
        TestWorkspace workspace;
        auto &store = workspace.emulator().dbfs();
        for (int i = 0; i < 10; ++i) {
            QVERIFY(store.writeFile(u"/del/a/f%1"_s.arg(i), "x", false).ok());
            QVERIFY(store.writeFile(u"/del/b/c/g%1"_s.arg(i), "y", false).ok());
        }
        QVERIFY(store.writeFile(u"/other"_s, "z", false).ok());
        workspace.emulator().dbfsApi().setPartialDeleteLimit(6);
        // The client itself must not be what repeats it: no retries at all.
        workspace.client().setRetryPolicy(RetryPolicy::none());

        DbfsDelete deletion(&workspace.client(), {u"dbfs:/del"_s, u"/other"_s});
        QSignalSpy progress(&deletion, &DbfsDelete::progress);
        QSignalSpy finished(&deletion, &DbfsDelete::finished);
        deletion.start();
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.first().first().value<std::optional<ApiError>>().has_value());
        QVERIFY(store.find(u"/del"_s) == nullptr);
        QVERIFY(store.find(u"/other"_s) == nullptr);
        // 20 files, 6 per round: three partial rounds, then the rest.
        QCOMPARE(deletion.calls(), 4 + 1);
        QCOMPARE(deletion.filesDeleted(), 18);
        QList<qint64> counts;
        for (const auto &args : progress)
            counts << args.first().toLongLong();
        QCOMPARE(counts, (QList<qint64>{6, 12, 18, 18, 18}));
    }

    void deleteCanBeCancelled()
    {
        TestWorkspace workspace;
        auto &store = workspace.emulator().dbfs();
        for (int i = 0; i < 10; ++i)
            QVERIFY(store.writeFile(u"/del/f%1"_s.arg(i), "x", false).ok());
        workspace.emulator().dbfsApi().setPartialDeleteLimit(2);
        workspace.emulator().faults().latency(u"/api/2.0/dbfs/delete"_s, 100);

        DbfsDelete deletion(&workspace.client(), {u"/del"_s});
        QSignalSpy progress(&deletion, &DbfsDelete::progress);
        QSignalSpy finished(&deletion, &DbfsDelete::finished);
        deletion.start();
        QVERIFY(progress.wait(kWaitMs));
        deletion.cancel();
        QCOMPARE(finished.size(), 1);
        const auto error = finished.first().first().value<std::optional<ApiError>>();
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ApiError::Kind::Cancelled);
        QVERIFY(store.find(u"/del"_s) != nullptr); // the rest is still there
        QTest::qWait(300);
        QCOMPARE(finished.size(), 1);
    }

    void moveReportsOnceWithEveryFailure()
    {
        TestWorkspace workspace;
        auto &store = workspace.emulator().dbfs();
        QVERIFY(store.mkdirs(u"/from"_s).ok());
        QVERIFY(store.mkdirs(u"/to"_s).ok());
        QVERIFY(store.writeFile(u"/from/a.txt"_s, "a", false).ok());
        QVERIFY(store.writeFile(u"/from/b.txt"_s, "b", false).ok());

        DbfsMove move(&workspace.client(), {{u"/from/a.txt"_s, u"/to/a.txt"_s},
                                            {u"dbfs:/from/b.txt"_s, u"dbfs:/to/b.txt"_s},
                                            {u"/from/missing.txt"_s, u"/to/missing.txt"_s}});
        QSignalSpy finished(&move, &DbfsMove::finished);
        move.start();
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.size(), 1);
        const QStringList errors = finished.first().first().toStringList();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith(u"dbfs:/from/missing.txt: "_s),
                 qPrintable(errors.first()));
        QVERIFY(store.find(u"/to/a.txt"_s));
        QVERIFY(store.find(u"/to/b.txt"_s));
        QVERIFY(!store.find(u"/from/a.txt"_s));
        QStringList folders = move.changedFolders();
        folders.sort();
        QCOMPARE(folders, (QStringList{u"/from"_s, u"/to"_s}));
    }

    void moveDestroyedMidwayStaysSilent()
    {
        TestWorkspace workspace;
        QVERIFY(workspace.emulator().dbfs().writeFile(u"/x.txt"_s, "x", false).ok());
        auto *move = new DbfsMove(&workspace.client(), {{u"/x.txt"_s, u"/y.txt"_s}});
        QSignalSpy finished(move, &DbfsMove::finished);
        QSignalSpy calls(&workspace.client(), &ApiClient::callFinished);
        move->start();
        delete move; // abandons the call: its answer must reach no one
        QTRY_COMPARE_WITH_TIMEOUT(calls.size(), 1, kWaitMs);
        QCOMPARE(finished.size(), 0);
    }

    void parseRead()
    {
        const QByteArray data = QByteArray(3000, 'x') + "\x01\xff";
        const QByteArray encoded = data.toBase64();
        // The compact form the service sends, with spaces, and reordered.
        QCOMPARE(DbfsService::parseRead("{\"bytes_read\":3002,\"data\":\"" + encoded + "\"}"),
                 data);
        QCOMPARE(
            DbfsService::parseRead("{ \"data\" : \"" + encoded + "\" , \"bytes_read\" : 3002 }"),
            data);
        // Escaped slashes go through the full parser.
        QByteArray escaped = encoded;
        escaped.replace("/", "\\/");
        QCOMPARE(DbfsService::parseRead("{\"bytes_read\":3002,\"data\":\"" + escaped + "\"}"),
                 data);
        // The end of the file, with and without the empty data.
        QCOMPARE(DbfsService::parseRead("{\"bytes_read\":0,\"data\":\"\"}"), QByteArray());
        QCOMPARE(DbfsService::parseRead("{}"), QByteArray());
        // A truncated or inconsistent answer is never a short read.
        QVERIFY(!DbfsService::parseRead("{\"bytes_read\":3002,\"data\":\"" + encoded.left(100) +
                                        "\"}"));
        QVERIFY(!DbfsService::parseRead("{\"bytes_read\":3002,\"data\":\"" + encoded.left(100)));
        QVERIFY(!DbfsService::parseRead("<html>"));
    }

    void parseDeletedCount()
    {
        QCOMPARE(DbfsDelete::parseDeletedCount(
                     u"The requested operation has deleted 1000 files. There are more files "
                     "remaining. You must make another request to delete more."_s),
                 1000);
        QCOMPARE(DbfsDelete::parseDeletedCount(u"Try again."_s), -1);
    }
};

QTEST_MAIN(TestDbfsService)
#include "tst_dbfsservice.moc"
