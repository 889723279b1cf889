// The fault soak: a DBFS tree upload and download and a workspace notebook
// folder import and export, through the transfer queue the app uses, while
// the emulator rate-limits, answers 503, drops connections mid-body, sends
// malformed bodies, adds latency everywhere and lets the OAuth access token
// expire mid-run. Whatever the faults do, nothing may be lost, nothing
// half-written may be left, and every failure the panel shows must say which
// item failed and why.
#include "core/activity/activitymodel.h"
#include "core/auth/credentialstore.h"
#include "core/auth/workspaceconnector.h"
#include "core/dbfs/dbfsfileinfo.h"
#include "core/dbfs/dbfstransfers.h"
#include "core/dbfs/dbfsuploadtransfer.h"
#include "core/emulator/emulator.h"
#include "core/emulator/faultinjector.h"
#include "core/net/apiclient.h"
#include "core/net/credentials.h"
#include "core/notebook/notebooksourcecodec.h"
#include "core/transfers/transfermodel.h"
#include "core/transfers/transferqueue.h"
#include "core/workspace/workspacefolderexport.h"
#include "core/workspace/workspaceimportbatch.h"
#include "core/workspace/workspaceimportplanner.h"
#include "core/workspace/workspaceobject.h"
#include "tests/support/localfiles.h"
#include "tests/support/testworkspace.h"
#include "tests/support/workspacefolder.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace brickdesk;
using brickdesk::test::dbfsStoreTree;
using brickdesk::test::localTree;
using brickdesk::test::readLocal;
using brickdesk::test::TestWorkspace;
using brickdesk::test::workspaceFolder;
using brickdesk::test::writeLocal;
using emulator::FaultRule;

namespace {

constexpr qint64 kKiB = 1024;
constexpr qint64 kMiB = 1024 * kKiB;
// Small enough that several files go through create/add-block/close, with
// several blocks each, so block faults land mid-file.
constexpr qint64 kMultipartLimit = 256 * kKiB;
constexpr qint64 kBlockBytes = 128 * kKiB;
constexpr qint64 kReadChunkBytes = 256 * kKiB;
constexpr int kWaitMs = 60'000;
constexpr int kTokenLifetimeSeconds = 120;
constexpr quint32 kSeed = 20240607;

const QString kDbfsRoot = u"/soak"_s;
const QString kWorkspaceRoot = u"/Users/soak"_s;
const QString kServicePrincipal = u"soak-sp"_s;
const QString kServicePrincipalSecret = u"soak-sp-secret-4711"_s;
// The one file whose upload the workspace refuses, every time.
const QString kRefusedName = u"refused-by-server.bin"_s;
// The one notebook whose import the workspace refuses, every time.
const QString kRefusedNotebook = u"nb3"_s;

// ---- local files ----------------------------------------------------------

QByteArray pseudoRandomBytes(qint64 size, QRandomGenerator &generator)
{
    QByteArray bytes(size, Qt::Uninitialized);
    qint64 i = 0;
    for (; i + 4 <= size; i += 4) {
        const quint32 word = generator.generate();
        memcpy(bytes.data() + i, &word, 4);
    }
    for (; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}

QStringList filesOnly(const QStringList &tree)
{
    QStringList files;
    for (const QString &entry : tree)
        if (!entry.endsWith(u'/'))
            files << entry;
    return files;
}

// Names a failed upload or download could leave: the upload's hidden
// ".name.brickdesk-….part" siblings and QSaveFile's ".name.XXXXXX" files.
QStringList temporaryLookingNames(const QStringList &tree)
{
    QStringList found;
    for (const QString &entry : tree) {
        const QString name = QFileInfo(entry.endsWith(u'/') ? entry.chopped(1) : entry).fileName();
        if (DbfsUploadTransfer::isTemporaryName(name) || name.startsWith(u'.') ||
            name.contains(u".brickdesk-"_s))
            found << entry;
    }
    return found;
}

// ~30 files in nested folders, 0 bytes to a few MB, the same every run.
// Returns the relative paths of the files larger than the multipart limit.
QStringList buildLocalTree(const QString &root)
{
    QRandomGenerator generator(kSeed);
    const QStringList folders{u""_s,        u"raw"_s,         u"raw/2024"_s, u"raw/2024/q1"_s,
                              u"curated"_s, u"curated/dim"_s, u"models"_s,   u"models/v2/ckpt"_s};
    // Fixed sizes at the edges (empty, one byte, around the block and
    // multipart limits, several MB); pseudo-random ones in between.
    QList<qint64> sizes{0,
                        1,
                        kBlockBytes - 1,
                        kBlockBytes,
                        kMultipartLimit,
                        kMultipartLimit + 1,
                        kMultipartLimit * 3 + 17,
                        2 * kMiB + 5,
                        3 * kMiB + kMiB / 3};
    while (sizes.size() < 29)
        sizes << qint64(generator.bounded(200 * 1024));
    QStringList large;
    for (int i = 0; i < sizes.size(); ++i) {
        const QString relative =
            QDir::cleanPath(folders.at(i % folders.size()) +
                            u"/file-%1-%2.bin"_s.arg(i, 2, 10, QChar(u'0')).arg(sizes.at(i)));
        const QString path =
            QDir(root).filePath(relative.startsWith(u'/') ? relative.mid(1) : relative);
        if (!writeLocal(path, pseudoRandomBytes(sizes.at(i), generator)))
            qFatal("could not write the soak tree");
        if (sizes.at(i) > kMultipartLimit)
            large << QDir(root).relativeFilePath(path);
    }
    // Large enough to go through create, so the refusal lands on create.
    if (!writeLocal(QDir(root).filePath(u"curated/"_s + kRefusedName),
                    pseudoRandomBytes(kMultipartLimit + 4096, generator)))
        qFatal("could not write the refused file");
    return large;
}

// ~10 notebooks in all four languages, nested, as SOURCE files.
QStringList buildNotebookFolder(const QString &root)
{
    const QList<NotebookLanguage> languages{NotebookLanguage::Python, NotebookLanguage::Scala,
                                            NotebookLanguage::Sql, NotebookLanguage::R};
    QStringList written;
    for (int i = 0; i < 10; ++i) {
        const NotebookLanguage language = languages.at(i % languages.size());
        Notebook notebook;
        notebook.language = language;
        NotebookCell markdown;
        markdown.source = u"%md\n# Soak notebook %1\n\nünïcödé 数据"_s.arg(i);
        markdown.title = u"Intro %1"_s.arg(i);
        NotebookCell code;
        code.source =
            language == NotebookLanguage::Sql ? u"SELECT %1 AS n"_s.arg(i) : u"n = %1\nn"_s.arg(i);
        notebook.cells = {markdown, code};
        const QString relative =
            (i < 6 ? u""_s : u"nested/"_s) + u"nb%1."_s.arg(i) + notebookSourceExtension(language);
        if (!writeLocal(QDir(root).filePath(relative),
                        NotebookSourceCodec::serialize(notebook).toUtf8()))
            qFatal("could not write a soak notebook");
        written << relative;
    }
    written.sort();
    return written;
}

// ---- the emulator's side --------------------------------------------------

QStringList workspaceTree(emulator::WorkspaceStore &store, const QString &root)
{
    QStringList entries;
    for (const emulator::WorkspaceObject *object : store.descendants(root))
        entries << object->path.mid(root.size() + 1) +
                       (object->type == emulator::ObjectType::Directory ? u"/"_s : QString());
    entries.sort();
    return entries;
}

FaultRule rule(FaultRule::Kind kind, const QString &pattern, int count, int skip = 0)
{
    FaultRule faultRule;
    faultRule.kind = kind;
    faultRule.pathPattern = pattern;
    faultRule.remaining = count;
    faultRule.skip = skip;
    faultRule.retryAfterSeconds = 1;
    return faultRule;
}

// The count-limited rules of a phase, so the test can check each was used up.
struct InstalledFaults
{
    QList<FaultRule> rules;
    void install(emulator::FaultInjector &faults, const FaultRule &faultRule)
    {
        rules << faultRule;
        faults.addRule(faultRule);
    }
};

QString describeRule(const FaultRule &faultRule)
{
    return u"%1 on %2 (skip %3, count %4)"_s
        .arg(emulator::FaultInjector::kindName(faultRule.kind), faultRule.pathPattern)
        .arg(faultRule.skip)
        .arg(faultRule.remaining);
}

// The rules of `installed` that the emulator still has uses (or skips) left
// for: faults the run never met.
QStringList unusedRules(const emulator::FaultInjector &faults, const InstalledFaults &installed)
{
    QStringList unused;
    for (const FaultRule &live : faults.rules()) {
        if (live.kind == FaultRule::Kind::Latency || live.kind == FaultRule::Kind::CannedResponse)
            continue;
        for (const FaultRule &wanted : installed.rules) {
            if (live.kind == wanted.kind && live.pathPattern == wanted.pathPattern &&
                (live.remaining != 0 || live.skip != 0))
                unused << describeRule(live);
        }
    }
    unused.removeDuplicates();
    return unused;
}

int requestsMatching(const emulator::Emulator &emulator, const QString &path)
{
    int count = 0;
    for (const auto &request : emulator.requests())
        count += request.path == path ? 1 : 0;
    return count;
}

// ---- the panel's side -----------------------------------------------------

struct FailedRow
{
    QString name;
    QString source; // where it comes from: a local path, dbfs:/…, /Users/…
    QString target;
    QString status;
};

QList<FailedRow> failedRows(const TransferModel &model)
{
    QList<FailedRow> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex status = model.index(row, TransferModel::StatusColumn);
        if (Transfer::State(status.data(TransferModel::StateRole).toInt()) !=
            Transfer::State::Failed)
            continue;
        rows << FailedRow{model.index(row, TransferModel::NameColumn).data().toString(),
                          model.transferAt(status)->source(),
                          status.data(TransferModel::TargetRole).toString(),
                          status.data().toString()};
    }
    return rows;
}

QString describeRows(const QList<FailedRow> &rows)
{
    QStringList lines;
    for (const FailedRow &row : rows)
        lines << row.name + u": "_s + row.source + u" → "_s + row.target + u": "_s + row.status;
    return lines.join(u'\n');
}

// A failed row is explained when its status names the item (its file name,
// or where it comes from or goes) and gives a cause beyond the bare state name.
bool explainsItsFailure(const FailedRow &row)
{
    const QString failedPrefix = TransferModel::stateDisplayName(Transfer::State::Failed) + u": "_s;
    if (!row.status.startsWith(failedPrefix))
        return false;
    const QString cause = row.status.mid(failedPrefix.size());
    const bool namesItem =
        cause.contains(row.name) || cause.contains(row.source) || cause.contains(row.target);
    return namesItem && cause.size() > row.name.size() + 10;
}

DbfsFileInfo dbfsFolder(const QString &path)
{
    DbfsFileInfo info;
    info.path = path;
    info.name = path.section(u'/', -1);
    info.isDir = true;
    return info;
}

} // namespace

class TestFaultSoak : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void soak();

private:
    // Signs in with OAuth M2M as the app's connector does, so an expiring
    // access token is renewed by the product's own refresh path.
    void signInWithExpiringToken();
    // Advances the emulator clock past the access token's lifetime when the
    // `nth` request to `path` arrives: the token dies mid-transfer.
    void expireTokenAt(const QString &path, int nth);
    // Answers 400 to every request to `endpoint` whose body contains
    // `needle` (a file's name, whatever its temporary name): a failure no
    // retry can absorb.
    void refuseRequestsNaming(const QString &endpoint, const QString &needle);
    bool waitIdle()
    {
        return QTest::qWaitFor([this] { return !m_queue->isBusy(); }, kWaitMs);
    }
    // A phase's malformed answer is not repeated by the client: exactly one
    // row fails, naming its item (its status contains `itemPrefix`) and the
    // cause; every fault rule was used; the user's Retry Failed finishes it.
    void retryTheOneFailure(const QString &itemPrefix, const emulator::FaultInjector &faults,
                            const InstalledFaults &installed);
    void runDbfsPhase();
    void runWorkspacePhase();

    std::unique_ptr<TestWorkspace> m_workspace;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<WorkspaceConnector> m_connector;
    std::shared_ptr<Credentials> m_credentials;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<TransferQueue> m_queue;
    std::unique_ptr<TransferModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<ActivityModel> m_activity;
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<QMetaObject::Connection> m_hooks;

    emulator::Emulator &emulator() { return m_workspace->emulator(); }
    QString local(const QString &relative) const { return m_dir->filePath(relative); }
};

void TestFaultSoak::init()
{
    m_workspace = std::make_unique<TestWorkspace>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(emulator().workspace().mkdirs(kWorkspaceRoot).ok());
    signInWithExpiringToken();
    QVERIFY(m_client);
    m_queue = std::make_unique<TransferQueue>();
    m_model = std::make_unique<TransferModel>();
    m_model->setQueue(m_queue.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_activity = std::make_unique<ActivityModel>();
    m_activity->attach(m_client.get());
}

void TestFaultSoak::cleanup()
{
    for (const QMetaObject::Connection &hook : std::exchange(m_hooks, {}))
        disconnect(hook);
    m_tester.reset();
    m_model.reset();
    m_queue.reset();
    m_activity.reset();
    m_client.reset();
    m_credentials.reset();
    m_connector.reset();
    m_store.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestFaultSoak::signInWithExpiringToken()
{
    emulator().oauth().addServicePrincipal(kServicePrincipal, kServicePrincipalSecret);
    emulator().oauth().setAccessTokenLifetimeSeconds(kTokenLifetimeSeconds);
    Profile profile;
    profile.id = u"soak-profile"_s;
    profile.displayName = u"Soak"_s;
    profile.host = emulator().url();
    profile.auth = Profile::Auth::OAuthMachineToMachine;
    profile.clientId = kServicePrincipal;
    profile.origin = Profile::Origin::Environment; // session secrets, no keychain
    m_store = std::make_unique<CredentialStore>(u"Brickdesk-test"_s);
    m_connector = std::make_unique<WorkspaceConnector>(m_store.get());
    std::optional<WorkspaceConnector::Result> result;
    QObject context;
    m_connector->connectProfile(profile, {{u"client_secret"_s, kServicePrincipalSecret}}, &context,
                                [&result](const WorkspaceConnector::Result &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWaitMs);
    QVERIFY2(result->client, qPrintable(result->error));
    m_client.reset(result->client);
    m_credentials = result->credentials;
    QCOMPARE(m_client->authType(), u"oauth-m2m"_s);
}

void TestFaultSoak::expireTokenAt(const QString &path, int nth)
{
    auto seen = std::make_shared<int>(0);
    m_hooks << connect(&emulator(), &emulator::Emulator::requestReceived, this,
                       [this, path, nth, seen](const QString &, const QString &requestPath) {
                           if (requestPath == path && ++*seen == nth)
                               emulator().clock().advance((kTokenLifetimeSeconds + 1) * 1000);
                       });
}

void TestFaultSoak::refuseRequestsNaming(const QString &endpoint, const QString &needle)
{
    // requestReceived comes before the fault injector decides, so a rule
    // added here applies to the very request that names the file.
    m_hooks << connect(&emulator(), &emulator::Emulator::requestReceived, this,
                       [this, endpoint, needle](const QString &, const QString &path) {
                           if (path != endpoint ||
                               !emulator().requests().constLast().body.contains(needle.toUtf8()))
                               return;
                           FaultRule refusal = rule(FaultRule::Kind::CannedResponse, path, 1);
                           refusal.status = 400;
                           refusal.body = R"({"error_code":"INVALID_PARAMETER_VALUE",)"
                                          R"("message":"The soak refuses this file on purpose"})";
                           emulator().faults().addRule(refusal);
                       });
}

void TestFaultSoak::soak()
{
    QElapsedTimer elapsed;
    elapsed.start();
    // Latency on everything, for the whole run.
    emulator().faults().latency(u"*"_s, 3);
    runDbfsPhase();
    if (QTest::currentTestFailed())
        return;
    runWorkspacePhase();
    if (QTest::currentTestFailed())
        return;
    // Each phase let the token expire once: renewed, never a failed call.
    QVERIFY2(emulator().oauth().clientCredentialsGrants() >= 3,
             qPrintable(QString::number(emulator().oauth().clientCredentialsGrants())));
    QCOMPARE(m_credentials->state(), Credentials::State::Ready);
    // The client, not the transfers, absorbed the 429s, 503s and drops.
    int retried = 0;
    for (int row = 0; row < m_activity->rowCount(); ++row)
        retried += m_activity->index(row, ActivityModel::RetriesColumn)
                       .data(ActivityModel::RawValueRole)
                       .toInt();
    QVERIFY2(retried >= 4, qPrintable(QString::number(retried)));
    qInfo("soak took %lld ms", elapsed.elapsed());
}

void TestFaultSoak::retryTheOneFailure(const QString &itemPrefix,
                                       const emulator::FaultInjector &faults,
                                       const InstalledFaults &installed)
{
    const QList<FailedRow> failures = failedRows(*m_model);
    QVERIFY2(failures.size() == 1, qPrintable(describeRows(failures)));
    for (const FailedRow &row : failures)
        QVERIFY2(explainsItsFailure(row) && row.status.contains(itemPrefix),
                 qPrintable(describeRows(failures)));
    QVERIFY2(unusedRules(faults, installed).isEmpty(),
             qPrintable(unusedRules(faults, installed).join(u'\n')));
    QCOMPARE(m_queue->retryFailed(), int(failures.size()));
    QVERIFY(waitIdle());
    QVERIFY2(failedRows(*m_model).isEmpty(), qPrintable(describeRows(failedRows(*m_model))));
}

void TestFaultSoak::runDbfsPhase()
{
    const QString source = local(u"tree"_s);
    const QStringList large = buildLocalTree(source);
    QVERIFY2(large.size() >= 2, qPrintable(large.join(u", "_s)));
    const QStringList sourceTree = localTree(source);
    QVERIFY(filesOnly(sourceTree).size() >= 30);
    const QString refusedRelative = u"curated/"_s + kRefusedName;
    QVERIFY(sourceTree.contains(refusedRelative));
    QStringList expected = sourceTree;
    expected.removeAll(refusedRelative);

    emulator::FaultInjector &faults = emulator().faults();
    InstalledFaults installed;
    // Upload: a 429 and a 503 on blocks, a connection lost mid-body; the
    // client repeats 429s, the transfer starts a file over for the rest.
    installed.install(faults, rule(FaultRule::Kind::RateLimit, u"/api/2.0/dbfs/add-block"_s, 1, 2));
    installed.install(faults,
                      rule(FaultRule::Kind::ServerError, u"/api/2.0/dbfs/add-block"_s, 1, 6));
    installed.install(faults,
                      rule(FaultRule::Kind::DropConnection, u"/api/2.0/dbfs/add-block"_s, 1, 12));
    installed.install(faults, rule(FaultRule::Kind::RateLimit, u"/api/2.0/dbfs/put"_s, 1, 3));
    installed.install(faults, rule(FaultRule::Kind::ServerError, u"/api/2.0/dbfs/mkdirs"_s, 1));
    installed.install(faults, rule(FaultRule::Kind::ServerError, u"/api/2.0/dbfs/list"_s, 1));
    refuseRequestsNaming(u"/api/2.0/dbfs/create"_s, kRefusedName);
    expireTokenAt(u"/api/2.0/dbfs/add-block"_s, 9);

    DbfsUploadTransfer::Options upload;
    upload.multipartLimit = kMultipartLimit;
    upload.blockBytes = kBlockBytes;
    DbfsTransfers::upload(m_queue.get(), m_client.get(), {source}, kDbfsRoot, nullptr, upload);
    QVERIFY(waitIdle());

    // The refused file failed, and its row says which file and why.
    const QList<FailedRow> uploadFailures = failedRows(*m_model);
    const auto refusedRow =
        std::find_if(uploadFailures.cbegin(), uploadFailures.cend(),
                     [](const FailedRow &row) { return row.name == kRefusedName; });
    QVERIFY2(refusedRow != uploadFailures.cend(), qPrintable(describeRows(uploadFailures)));
    QVERIFY2(explainsItsFailure(*refusedRow), qPrintable(describeRows(uploadFailures)));
    QVERIFY2(refusedRow->status.contains(u"refuses this file on purpose"_s) &&
                 refusedRow->status.contains(u"HTTP 400"_s),
             qPrintable(refusedRow->status));
    QVERIFY2(uploadFailures.size() == 1, qPrintable(describeRows(uploadFailures)));
    // Nothing of it is left on DBFS: not the file, not its temporary name.
    const QString remote = kDbfsRoot + u"/tree"_s;
    QTRY_VERIFY2_WITH_TIMEOUT(
        temporaryLookingNames(dbfsStoreTree(emulator().dbfs(), remote)).isEmpty(),
        qPrintable(dbfsStoreTree(emulator().dbfs(), remote).join(u'\n')), kWaitMs);
    QVERIFY(!emulator().dbfs().find(remote + u'/' + refusedRelative));
    QCOMPARE(dbfsStoreTree(emulator().dbfs(), remote), expected);
    for (const QString &file : filesOnly(expected))
        QVERIFY2(emulator().dbfs().contents(remote + u'/' + file) ==
                     readLocal(source + u'/' + file),
                 qPrintable(file));
    QVERIFY2(unusedRules(faults, installed).isEmpty(),
             qPrintable(unusedRules(faults, installed).join(u'\n')));
    QVERIFY(requestsMatching(emulator(), u"/api/2.0/dbfs/add-block"_s) > 20);

    // Download it all back while reads are rate-limited, fail with 503,
    // lose their connection mid-body and (once) come back malformed.
    installed = {};
    installed.install(faults, rule(FaultRule::Kind::RateLimit, u"/api/2.0/dbfs/read"_s, 1, 1));
    installed.install(faults, rule(FaultRule::Kind::ServerError, u"/api/2.0/dbfs/read"_s, 1, 4));
    installed.install(faults, rule(FaultRule::Kind::DropConnection, u"/api/2.0/dbfs/read"_s, 1, 8));
    installed.install(faults, rule(FaultRule::Kind::MalformedBody, u"/api/2.0/dbfs/read"_s, 1, 12));
    installed.install(faults, rule(FaultRule::Kind::ServerError, u"/api/2.0/dbfs/list"_s, 1, 1));
    m_queue->clearFinished();
    const QString back = local(u"back"_s);
    QVERIFY(QDir().mkpath(back));
    DbfsDownloadTransfer::Options download;
    download.chunkBytes = kReadChunkBytes;
    DbfsTransfers::download(m_queue.get(), m_client.get(), {dbfsFolder(remote)}, back, nullptr,
                            download);
    QVERIFY(waitIdle());
    // A malformed read is not repeated by the client; the row must say
    // which file and why, and the user's Retry Failed must finish the job.
    retryTheOneFailure(u"dbfs:"_s + remote + u'/', faults, installed);
    if (QTest::currentTestFailed())
        return;

    QTRY_COMPARE_WITH_TIMEOUT(localTree(back + u"/tree"_s), expected, kWaitMs);
    for (const QString &file : filesOnly(expected))
        QVERIFY2(readLocal(back + u"/tree/"_s + file) == readLocal(source + u'/' + file),
                 qPrintable(file));
    QCOMPARE(temporaryLookingNames(localTree(back)), QStringList{});
    QCOMPARE(localTree(source), sourceTree); // the upload changed nothing locally
}

void TestFaultSoak::runWorkspacePhase()
{
    const QString notebooks = local(u"notebooks/project"_s);
    const QStringList files = buildNotebookFolder(notebooks);
    QCOMPARE(files.size(), 10);

    emulator::FaultInjector &faults = emulator().faults();
    InstalledFaults installed;
    installed.install(faults,
                      rule(FaultRule::Kind::RateLimit, u"/api/2.0/workspace/import"_s, 1, 1));
    installed.install(faults,
                      rule(FaultRule::Kind::ServerError, u"/api/2.0/workspace/mkdirs"_s, 1));
    const QString remote = kWorkspaceRoot + u"/project"_s;
    const QString refusedRemote = remote + u'/' + kRefusedNotebook;
    refuseRequestsNaming(u"/api/2.0/workspace/import"_s, u"\"%1\""_s.arg(refusedRemote));
    m_queue->clearFinished();

    WorkspaceImportPlanner planner;
    QSignalSpy planned(&planner, &WorkspaceImportPlanner::finished);
    planner.start({notebooks}, kWorkspaceRoot);
    QVERIFY(planned.wait(kWaitMs));
    m_queue->add(new WorkspaceImportBatch(m_client.get(), planner.plan(), nullptr));
    QVERIFY(waitIdle());
    // Only the refused notebook failed; its row names it and the cause.
    const QList<FailedRow> importFailures = failedRows(*m_model);
    QVERIFY2(importFailures.size() == 1, qPrintable(describeRows(importFailures)));
    QVERIFY2(explainsItsFailure(importFailures.first()) &&
                 importFailures.first().status.contains(refusedRemote) &&
                 importFailures.first().status.contains(u"refuses this file on purpose"_s),
             qPrintable(describeRows(importFailures)));
    QCOMPARE(m_queue->summary().succeeded, 1 + 9);
    QVERIFY(!emulator().workspace().find(refusedRemote));
    QStringList expectedRemote;
    QStringList exportable; // every notebook but the refused one
    // Notebooks lose their source extension in the workspace.
    for (const QString &file : files) {
        const QString object = file.chopped(QFileInfo(file).suffix().size() + 1);
        if (object == kRefusedNotebook)
            continue;
        expectedRemote << object;
        exportable << file;
    }
    expectedRemote << u"nested/"_s;
    expectedRemote.sort();
    QCOMPARE(workspaceTree(emulator().workspace(), remote), expectedRemote);
    QVERIFY2(unusedRules(faults, installed).isEmpty(),
             qPrintable(unusedRules(faults, installed).join(u'\n')));

    // Export the folder back while the token expires and exports fail in
    // every way the emulator knows.
    installed = {};
    installed.install(faults,
                      rule(FaultRule::Kind::RateLimit, u"/api/2.0/workspace/export"_s, 1, 1));
    installed.install(faults,
                      rule(FaultRule::Kind::ServerError, u"/api/2.0/workspace/export"_s, 1, 3));
    installed.install(faults,
                      rule(FaultRule::Kind::DropConnection, u"/api/2.0/workspace/export"_s, 1, 5));
    installed.install(faults,
                      rule(FaultRule::Kind::MalformedBody, u"/api/2.0/workspace/export"_s, 1, 7));
    installed.install(faults, rule(FaultRule::Kind::ServerError, u"/api/2.0/workspace/list"_s, 1));
    expireTokenAt(u"/api/2.0/workspace/export"_s, 4);
    m_queue->clearFinished();
    const QString out = local(u"exported"_s);
    QVERIFY(QDir().mkpath(out));
    m_queue->add(new WorkspaceFolderExport(m_client.get(), workspaceFolder(remote), out));
    QVERIFY(waitIdle());
    // The malformed answer is not repeated by the client (it is not a
    // transient failure): exactly one row fails, and says which notebook.
    retryTheOneFailure(remote + u'/', faults, installed);
    if (QTest::currentTestFailed())
        return;

    QStringList expectedLocal = exportable;
    expectedLocal << u"nested/"_s;
    expectedLocal.sort();
    QTRY_COMPARE_WITH_TIMEOUT(localTree(out + u"/project"_s), expectedLocal, kWaitMs);
    for (const QString &file : exportable)
        QVERIFY2(readLocal(out + u"/project/"_s + file) == readLocal(notebooks + u'/' + file),
                 qPrintable(file));
    QCOMPARE(temporaryLookingNames(localTree(out)), QStringList{});
    QCOMPARE(temporaryLookingNames(workspaceTree(emulator().workspace(), kWorkspaceRoot)),
             QStringList{});
}

QTEST_MAIN(TestFaultSoak)
#include "tst_faultsoak.moc"
