// Uploads and downloads against the emulator over real HTTP: round trips,
// failures that must lose nothing, cancellation, expired stream handles,
// conflicts and the transfer model.
#include "core/dbfs/dbfsdownloadtransfer.h"
#include "core/dbfs/dbfsservice.h"
#include "core/dbfs/dbfstransfers.h"
#include "core/dbfs/dbfsuploadtransfer.h"
#include "core/emulator/dbfsapi.h"
#include "core/emulator/dbfsstore.h"
#include "core/transfers/conflictresolver.h"
#include "core/transfers/transfermodel.h"
#include "core/transfers/transferqueue.h"
#include "tests/support/localfiles.h"
#include "tests/support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace brickdesk;
using brickdesk::test::dbfsStoreTree;
using brickdesk::test::localTree;
using brickdesk::test::readLocal;
using brickdesk::test::TestWorkspace;
using brickdesk::test::writeLocal;

namespace {

constexpr qint64 kMiB = 1024 * 1024;
constexpr int kWaitMs = 60'000;

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}

bool hasTemporaryNames(emulator::DbfsStore &store, const QString &root)
{
    for (const emulator::DbfsEntry *entry : store.subtree(root)) {
        if (DbfsUploadTransfer::isTemporaryName(entry->name()))
            return true;
    }
    return false;
}

QList<Transfer *> transfersOf(const TransferQueue &queue, Transfer::State state)
{
    QList<Transfer *> found;
    for (Transfer *transfer : queue.transfers()) {
        if (transfer->state() == state)
            found << transfer;
    }
    return found;
}

QString describeFailures(const TransferQueue &queue)
{
    QStringList lines;
    for (Transfer *transfer : queue.transfers()) {
        if (transfer->state() == Transfer::State::Failed)
            lines << transfer->name() + u": "_s + transfer->message();
    }
    return lines.join(u'\n');
}

// The emulator, a client that retries quickly, a queue and a local folder.
struct Fixture
{
    Fixture()
    {
        RetryPolicy fast;
        fast.maxAttempts = 3;
        fast.baseDelayMs = 5;
        fast.maxDelayMs = 20;
        workspace.client().setRetryPolicy(fast);
    }
    TestWorkspace workspace;
    TransferQueue queue;
    QTemporaryDir local;
    emulator::DbfsStore &store() { return workspace.emulator().dbfs(); }
    ApiClient *client() { return &workspace.client(); }
    QString localPath(const QString &relative) const { return local.filePath(relative); }
    bool waitIdle()
    {
        return QTest::qWaitFor([this] { return !queue.isBusy(); }, kWaitMs);
    }
    DbfsFileInfo remoteInfo(const QString &path)
    {
        const emulator::DbfsEntry *entry = store().find(path);
        DbfsFileInfo info;
        if (entry) {
            info.path = entry->path;
            info.name = entry->name();
            info.isDir = entry->isDir;
            info.size = entry->size;
        }
        return info;
    }
};

DbfsUploadTransfer::Options blocksOnly()
{
    DbfsUploadTransfer::Options options;
    options.multipartLimit = -1; // every file, even an empty one, in blocks
    return options;
}

int requestsTo(TestWorkspace &workspace, const QString &path)
{
    int count = 0;
    for (const auto &request : workspace.emulator().requests())
        count += request.path == path ? 1 : 0;
    return count;
}

} // namespace

class TestDbfsTransfers : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("blocks");
        const QList<QPair<const char *, qint64>> sizes{{"0 B", 0},
                                                       {"1 B", 1},
                                                       {"1 MiB", kMiB},
                                                       {"1 MiB + 1", kMiB + 1},
                                                       {"3.5 MiB", 3 * kMiB + kMiB / 2}};
        for (const auto &[name, size] : sizes) {
            QTest::addRow("multipart %s", name) << size << false;
            QTest::addRow("blocks %s", name) << size << true;
        }
    }

    void roundTrip()
    {
        QFETCH(qint64, size);
        QFETCH(bool, blocks);
        Fixture f;
        const QByteArray bytes = randomBytes(size, quint32(size) + 7);
        const QString source = f.localPath(u"up/data.bin"_s);
        QVERIFY(writeLocal(source, bytes));

        DbfsTransfers::upload(&f.queue, f.client(), {source}, u"dbfs:/rt"_s, nullptr,
                              blocks ? blocksOnly() : DbfsUploadTransfer::Options{});
        QVERIFY(f.waitIdle());
        QVERIFY2(transfersOf(f.queue, Transfer::State::Failed).isEmpty(),
                 qPrintable(describeFailures(f.queue)));
        QCOMPARE(f.queue.count(), 2); // the planner and the file
        QCOMPARE(f.store().contents(u"/rt/data.bin"_s).value_or("<missing>"), bytes);
        QVERIFY(!hasTemporaryNames(f.store(), u"/rt"_s));
        QCOMPARE(requestsTo(f.workspace, u"/api/2.0/dbfs/add-block"_s) > 0, blocks && size > 0);
        QCOMPARE(requestsTo(f.workspace, u"/api/2.0/dbfs/put"_s), blocks ? 0 : 1);

        DbfsTransfers::download(&f.queue, f.client(), {f.remoteInfo(u"/rt/data.bin"_s)},
                                f.localPath(u"down"_s), nullptr);
        QVERIFY(f.waitIdle());
        QVERIFY2(transfersOf(f.queue, Transfer::State::Failed).isEmpty(),
                 qPrintable(describeFailures(f.queue)));
        QCOMPARE(readLocal(f.localPath(u"down/data.bin"_s)), bytes);
        QCOMPARE(localTree(f.localPath(u"down"_s)), QStringList{u"data.bin"_s});
        Transfer *download = f.queue.transfers().last();
        QCOMPARE(download->bytesDone(), size);
    }

    void folderTreeWithUnicodeNames()
    {
        Fixture f;
        const QString root = f.localPath(u"Daten \u00fc"_s);
        QVERIFY(
            writeLocal(root + u"/\u65e5\u672c\u8a9e/\u30d5\u30a1\u30a4\u30eb.txt"_s, "konnichiwa"));
        QVERIFY(writeLocal(root + u"/a b/c.bin"_s, randomBytes(3000, 3)));
        QVERIFY(writeLocal(root + u"/a b/deeper/\u00e9t\u00e9 (1).csv"_s, "x,y\n1,2\n"));
        QVERIFY(writeLocal(root + u"/.hidden"_s, "dot"));
        QVERIFY(writeLocal(root + u"/empty.txt"_s, {}));
        QVERIFY(QDir().mkpath(root + u"/empty folder/inner"_s));
        const QStringList expected = localTree(root);

        DbfsTransfers::upload(&f.queue, f.client(), {root}, u"/trees"_s, nullptr);
        QVERIFY(f.waitIdle());
        QVERIFY2(transfersOf(f.queue, Transfer::State::Failed).isEmpty(),
                 qPrintable(describeFailures(f.queue)));
        QCOMPARE(dbfsStoreTree(f.store(), u"/trees/Daten \u00fc"_s), expected);
        QCOMPARE(
            f.store()
                .contents(u"/trees/Daten \u00fc/\u65e5\u672c\u8a9e/\u30d5\u30a1\u30a4\u30eb.txt"_s)
                .value_or(QByteArray("<missing>")),
            QByteArray("konnichiwa"));

        DbfsTransfers::download(&f.queue, f.client(), {f.remoteInfo(u"/trees/Daten \u00fc"_s)},
                                f.localPath(u"back"_s), nullptr);
        QVERIFY(f.waitIdle());
        QVERIFY2(transfersOf(f.queue, Transfer::State::Failed).isEmpty(),
                 qPrintable(describeFailures(f.queue)));
        const QString back = f.localPath(u"back/Daten \u00fc"_s);
        QCOMPARE(localTree(back), expected);
        for (const QString &entry : expected) {
            if (!entry.endsWith(u'/'))
                QCOMPARE(readLocal(back + u'/' + entry), readLocal(root + u'/' + entry));
        }
    }

    void failedOverwriteKeepsOldFile_data()
    {
        QTest::addColumn<bool>("blocks");
        QTest::addRow("multipart put") << false;
        QTest::addRow("add-block") << true;
    }

    void failedOverwriteKeepsOldFile()
    {
        QFETCH(bool, blocks);
        Fixture f;
        const QByteArray old = randomBytes(5000, 1);
        QVERIFY(f.store().writeFile(u"/keep/f.bin"_s, old, false).ok());
        const QString source = f.localPath(u"f.bin"_s);
        QVERIFY(writeLocal(source, randomBytes(2 * kMiB + 10, 2)));
        // Every attempt loses its connection: the client gives up, and so
        // does the transfer after its fresh starts.
        f.workspace.emulator().faults().dropConnection(blocks ? u"/api/2.0/dbfs/add-block"_s
                                                              : u"/api/2.0/dbfs/put"_s);

        ConflictResolver overwrite(ConflictResolver::Policy::Overwrite);
        DbfsTransfers::upload(&f.queue, f.client(), {source}, u"/keep"_s, &overwrite,
                              blocks ? blocksOnly() : DbfsUploadTransfer::Options{});
        QVERIFY(f.waitIdle());
        const auto failed = transfersOf(f.queue, Transfer::State::Failed);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.first()->message().isEmpty());
        QCOMPARE(f.store().contents(u"/keep/f.bin"_s).value_or(QByteArray("<missing>")), old);
        QTRY_VERIFY(!hasTemporaryNames(f.store(), u"/keep"_s));
        QCOMPARE(dbfsStoreTree(f.store(), u"/keep"_s), QStringList{u"f.bin"_s});
    }

    void droppedConnectionIsRepeatedNotShown_data()
    {
        QTest::addColumn<bool>("blocks");
        QTest::addRow("multipart put") << false;
        QTest::addRow("add-block") << true;
    }

    void droppedConnectionIsRepeatedNotShown()
    {
        QFETCH(bool, blocks);
        Fixture f;
        const QByteArray bytes = randomBytes(2 * kMiB + 10, 5);
        const QString source = f.localPath(u"g.bin"_s);
        QVERIFY(writeLocal(source, bytes));
        auto &faults = f.workspace.emulator().faults();
        emulator::FaultRule drop;
        drop.kind = emulator::FaultRule::Kind::DropConnection;
        drop.pathPattern = blocks ? u"/api/2.0/dbfs/add-block"_s : u"/api/2.0/dbfs/put"_s;
        drop.remaining = 1;
        drop.skip = blocks ? 1 : 0; // the second block
        faults.addRule(drop);
        faults.rateLimit(u"/api/2.0/dbfs/*"_s, 0, 2);

        DbfsTransfers::upload(&f.queue, f.client(), {source}, u"/again"_s, nullptr,
                              blocks ? blocksOnly() : DbfsUploadTransfer::Options{});
        QVERIFY(f.waitIdle());
        QVERIFY2(transfersOf(f.queue, Transfer::State::Failed).isEmpty(),
                 qPrintable(describeFailures(f.queue)));
        QCOMPARE(f.store().contents(u"/again/g.bin"_s).value_or(QByteArray("<missing>")), bytes);
        QTRY_VERIFY(!hasTemporaryNames(f.store(), u"/again"_s));
    }

    void cancelledUploadLeavesNothing_data()
    {
        QTest::addColumn<bool>("blocks");
        QTest::addColumn<bool>("replace");
        QTest::addRow("multipart new") << false << false;
        QTest::addRow("multipart overwrite") << false << true;
        QTest::addRow("blocks new") << true << false;
        QTest::addRow("blocks overwrite") << true << true;
    }

    void cancelledUploadLeavesNothing()
    {
        QFETCH(bool, blocks);
        QFETCH(bool, replace);
        Fixture f;
        const QByteArray old("the old contents");
        if (replace)
            QVERIFY(f.store().writeFile(u"/c/f.bin"_s, old, false).ok());
        else
            QVERIFY(f.store().mkdirs(u"/c"_s).ok());
        const QString source = f.localPath(u"f.bin"_s);
        QVERIFY(writeLocal(source, randomBytes(3 * kMiB, 9)));
        // Slow answers hold the upload mid-way; it is cancelled once the
        // emulator has the first block (or the whole put) in hand.
        const QString slowPath = blocks ? u"/api/2.0/dbfs/add-block"_s : u"/api/2.0/dbfs/put"_s;
        f.workspace.emulator().faults().latency(slowPath, 400);
        QSignalSpy received(&f.workspace.emulator(), &emulator::Emulator::requestReceived);

        ConflictResolver overwrite(ConflictResolver::Policy::Overwrite);
        DbfsTransfers::upload(&f.queue, f.client(), {source}, u"/c"_s, &overwrite,
                              blocks ? blocksOnly() : DbfsUploadTransfer::Options{});
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(received.cbegin(), received.cend(),
                                             [&slowPath](const QList<QVariant> &args) {
                                                 return args.at(1).toString() == slowPath;
                                             }),
                                 kWaitMs);
        QCOMPARE(f.queue.count(), 2);
        Transfer *upload = f.queue.at(1);
        QCOMPARE(upload->state(), Transfer::State::Running);
        upload->cancel();
        QCOMPARE(upload->state(), Transfer::State::Cancelled);
        QVERIFY(f.waitIdle());

        const QStringList expected = replace ? QStringList{u"f.bin"_s} : QStringList{};
        QTRY_COMPARE(dbfsStoreTree(f.store(), u"/c"_s), expected);
        // Late answers change nothing: wait out the latency and look again.
        QTest::qWait(600);
        QCOMPARE(dbfsStoreTree(f.store(), u"/c"_s), expected);
        if (replace)
            QCOMPARE(f.store().contents(u"/c/f.bin"_s).value_or(QByteArray("<missing>")), old);
    }

    void handleExpiryMidUpload_data()
    {
        QTest::addColumn<int>("maxRestarts");
        QTest::addRow("starts over") << 2;
        QTest::addRow("fails clearly") << 0;
    }

    void handleExpiryMidUpload()
    {
        QFETCH(int, maxRestarts);
        Fixture f;
        QVERIFY(f.store().mkdirs(u"/h"_s).ok());
        const QByteArray bytes = randomBytes(3 * kMiB + 5, 11);
        const QString source = f.localPath(u"h.bin"_s);
        QVERIFY(writeLocal(source, bytes));
        // Just before the second block is handled, eleven minutes pass on
        // the emulator clock: the handle has been idle past its timeout.
        int blocksSeen = 0;
        emulator::Emulator &emulator = f.workspace.emulator();
        connect(&emulator, &emulator::Emulator::requestReceived, this,
                [&](const QString &, const QString &path) {
                    if (path == "/api/2.0/dbfs/add-block"_L1 && ++blocksSeen == 2)
                        emulator.clock().advance(11 * 60 * 1000);
                });

        DbfsUploadTransfer::Options options = blocksOnly();
        options.maxRestarts = maxRestarts;
        DbfsTransfers::upload(&f.queue, f.client(), {source}, u"/h"_s, nullptr, options);
        QVERIFY(f.waitIdle());
        auto *upload = qobject_cast<DbfsUploadTransfer *>(f.queue.at(1));
        QVERIFY(upload);
        if (maxRestarts > 0) {
            QCOMPARE(upload->state(), Transfer::State::Succeeded);
            QCOMPARE(upload->restarts(), 1);
            QCOMPARE(f.store().contents(u"/h/h.bin"_s).value_or(QByteArray("<missing>")), bytes);
            QTRY_COMPARE(dbfsStoreTree(f.store(), u"/h"_s), QStringList{u"h.bin"_s});
        } else {
            QCOMPARE(upload->state(), Transfer::State::Failed);
            QVERIFY2(upload->message().contains(u"expired"_s), qPrintable(upload->message()));
            QTRY_COMPARE(dbfsStoreTree(f.store(), u"/h"_s), QStringList{});
        }
    }

    void conflictsAskedOnceWithApplyToAll_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addRow("overwrite") << int(ConflictChoice::Overwrite);
        QTest::addRow("skip") << int(ConflictChoice::Skip);
        QTest::addRow("keep both") << int(ConflictChoice::KeepBoth);
    }

    void conflictsAskedOnceWithApplyToAll()
    {
        QFETCH(int, choice);
        Fixture f;
        const QStringList names{u"a.txt"_s, u"b.txt"_s, u"c"_s, u"d.txt"_s};
        QStringList locals;
        for (const QString &name : names) {
            locals << f.localPath(name);
            QVERIFY(writeLocal(locals.last(), "new " + name.toUtf8()));
            if (name != "d.txt"_L1)
                QVERIFY(f.store().writeFile(u"/k/"_s + name, "old " + name.toUtf8(), false).ok());
        }
        QList<ConflictResolver::Question> questions;
        ConflictResolver resolver(
            ConflictResolver::Policy::Ask,
            [&](const ConflictResolver::Question &question, ConflictResolver::Answer answer) {
                questions << question;
                // Later, from the event loop, as a dialog would.
                QTimer::singleShot(10, [answer, choice] { answer(ConflictChoice(choice), true); });
            });

        DbfsTransfers::upload(&f.queue, f.client(), locals, u"/k"_s, &resolver);
        QVERIFY(f.waitIdle());
        QVERIFY2(transfersOf(f.queue, Transfer::State::Failed).isEmpty(),
                 qPrintable(describeFailures(f.queue)));
        QCOMPARE(questions.size(), 1);
        QCOMPARE(questions.first().target, u"dbfs:/k/a.txt"_s);

        const auto contents = [&f](const QString &path) {
            return f.store().contents(path).value_or("<missing>");
        };
        QCOMPARE(contents(u"/k/d.txt"_s), QByteArray("new d.txt"));
        switch (ConflictChoice(choice)) {
        case ConflictChoice::Overwrite:
            QCOMPARE(contents(u"/k/a.txt"_s), QByteArray("new a.txt"));
            QCOMPARE(contents(u"/k/c"_s), QByteArray("new c"));
            QCOMPARE(dbfsStoreTree(f.store(), u"/k"_s),
                     (QStringList{u"a.txt"_s, u"b.txt"_s, u"c"_s, u"d.txt"_s}));
            break;
        case ConflictChoice::Skip:
            QCOMPARE(contents(u"/k/a.txt"_s), QByteArray("old a.txt"));
            QCOMPARE(transfersOf(f.queue, Transfer::State::Skipped).size(), 3);
            break;
        case ConflictChoice::KeepBoth:
            QCOMPARE(contents(u"/k/a.txt"_s), QByteArray("old a.txt"));
            QCOMPARE(contents(u"/k/a (2).txt"_s), QByteArray("new a.txt"));
            QCOMPARE(contents(u"/k/c (2)"_s), QByteArray("new c"));
            QCOMPARE(dbfsStoreTree(f.store(), u"/k"_s),
                     (QStringList{u"a (2).txt"_s, u"a.txt"_s, u"b (2).txt"_s, u"b.txt"_s, u"c"_s,
                                  u"c (2)"_s, u"d.txt"_s}));
            break;
        }
    }

    void downloadConflictsAndSafeNames()
    {
        Fixture f;
        QVERIFY(f.store().writeFile(u"/n/report.csv"_s, "remote", false).ok());
        QVERIFY(f.store().writeFile(u"/n/what?.txt"_s, "question", false).ok());
        QVERIFY(f.store().writeFile(u"/n/sub/CON"_s, "device", false).ok());
        const QString target = f.localPath(u"dl"_s);
        QVERIFY(writeLocal(target + u"/n/report.csv"_s, "local"));

        int asked = 0;
        ConflictResolver keepBoth(
            ConflictResolver::Policy::Ask,
            [&](const ConflictResolver::Question &, ConflictResolver::Answer answer) {
                ++asked;
                answer(ConflictChoice::KeepBoth, false);
            });
        DbfsTransfers::download(&f.queue, f.client(), {f.remoteInfo(u"/n"_s)}, target, &keepBoth);
        QVERIFY(f.waitIdle());
        QVERIFY2(transfersOf(f.queue, Transfer::State::Failed).isEmpty(),
                 qPrintable(describeFailures(f.queue)));
        QCOMPARE(asked, 1);
        QCOMPARE(readLocal(target + u"/n/report.csv"_s), QByteArray("local"));
        QCOMPARE(readLocal(target + u"/n/report (2).csv"_s), QByteArray("remote"));
        // Every name is safe and inside the chosen folder.
        const QStringList tree = localTree(target);
        QCOMPARE(tree.size(), 6);
        for (const QString &entry : tree)
            QVERIFY2(!entry.contains(u'?') && !entry.endsWith(u"/CON"_s), qPrintable(entry));
    }

    void failedDownloadLeavesNoFile()
    {
        Fixture f;
        QVERIFY(f.store().writeFile(u"/r/big.bin"_s, randomBytes(3 * kMiB, 4), false).ok());
        emulator::FaultRule failing;
        failing.kind = emulator::FaultRule::Kind::ServerError;
        failing.pathPattern = u"/api/2.0/dbfs/read"_s;
        failing.status = 500;
        failing.skip = 1; // the first chunk arrives, the second never does
        f.workspace.emulator().faults().addRule(failing);
        const QString target = f.localPath(u"r"_s);

        DbfsTransfers::download(&f.queue, f.client(), {f.remoteInfo(u"/r/big.bin"_s)}, target,
                                nullptr);
        QVERIFY(f.waitIdle());
        QCOMPARE(transfersOf(f.queue, Transfer::State::Failed).size(), 1);
        QTRY_COMPARE(localTree(target), QStringList{});
    }

    void cancelledDownloadLeavesNoFile()
    {
        Fixture f;
        QVERIFY(f.store().writeFile(u"/r/big.bin"_s, randomBytes(4 * kMiB, 4), false).ok());
        f.workspace.emulator().faults().latency(u"/api/2.0/dbfs/read"_s, 150);
        const QString target = f.localPath(u"r"_s);
        DbfsTransfers::download(&f.queue, f.client(), {f.remoteInfo(u"/r/big.bin"_s)}, target,
                                nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(f.queue.count() == 2 && f.queue.at(1)->bytesDone() > 0, kWaitMs);
        f.queue.at(1)->cancel();
        QVERIFY(f.waitIdle());
        QTRY_COMPARE(localTree(target), QStringList{});
    }

    void transferModelOverTheQueue()
    {
        Fixture f;
        TransferModel model;
        model.setQueue(&f.queue);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList locals;
        for (int i = 0; i < 12; ++i) {
            locals << f.localPath(u"m/f%1.bin"_s.arg(i));
            QVERIFY(writeLocal(locals.last(), randomBytes(i * 70'000, quint32(i))));
        }
        DbfsTransfers::upload(&f.queue, f.client(), {f.localPath(u"m"_s)}, u"/m"_s, nullptr,
                              blocksOnly());
        QVERIFY(f.waitIdle());
        QCOMPARE(model.rowCount(), 13);
        QCOMPARE(transfersOf(f.queue, Transfer::State::Succeeded).size(), 13);
        f.queue.clearFinished();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestDbfsTransfers)
#include "tst_dbfstransfers.moc"
