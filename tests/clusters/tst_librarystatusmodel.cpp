// A cluster's libraries over HTTP against the emulator's demo: statuses in
// words, the failed library's messages, and live polling that follows an
// install on the emulator's clock and stops once every library settled.

#include "core/clusters/clustersservice.h"
#include "core/clusters/librarystatusmodel.h"
#include "core/common/livepoller.h"
#include "core/emulator/clustersstore.h"
#include "tests/support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

const QString kShared = u"0412-081530-shrd7k2q"_s;
const QString kEtl = u"0301-220000-etln1ght"_s;

QJsonObject pypi(const QString &package)
{
    return QJsonObject{{u"pypi"_s, QJsonObject{{u"package"_s, package}}}};
}

} // namespace

class TestLibraryStatusModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void statusesInWords();
    void failedLibraryShowsItsMessages();
    void settledLibrariesAreNotPolled();
    void installIsFollowedUntilInstalled();
    void uninstallWaitsForARestart();

private:
    bool load();
    int libraryStatusRequests() const;

    std::unique_ptr<test::TestWorkspace> m_ws;
    std::unique_ptr<LibraryStatusModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestLibraryStatusModel::init()
{
    m_ws = std::make_unique<test::TestWorkspace>(emulator::Seed::Demo);
    m_ws->emulator().clock().setFrozen(true);
    m_model = std::make_unique<LibraryStatusModel>(&m_ws->client());
    m_model->poller()->setBaseInterval(20);
    m_model->poller()->setMaxInterval(40);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestLibraryStatusModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_ws.reset();
}

bool TestLibraryStatusModel::load()
{
    QSignalSpy loaded(m_model.get(), &LibraryStatusModel::loaded);
    m_model->refresh();
    return loaded.wait(10000);
}

int TestLibraryStatusModel::libraryStatusRequests() const
{
    int count = 0;
    for (const emulator::RecordedRequest &request : m_ws->emulator().requests())
        count += request.path.endsWith(u"/libraries/cluster-status"_s) ? 1 : 0;
    return count;
}

void TestLibraryStatusModel::statusesInWords()
{
    m_model->setCluster(kShared);
    QVERIFY(load());
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(LibraryStatusModel::ColumnCount));
    QCOMPARE(m_model->headerData(LibraryStatusModel::StatusColumn, Qt::Horizontal).toString(),
             u"Status"_s);
    QCOMPARE(m_model->index(0, LibraryStatusModel::LibraryColumn).data().toString(),
             u"pandas==2.2.2"_s);
    QCOMPARE(m_model->index(0, LibraryStatusModel::KindColumn).data().toString(), u"PyPI"_s);
    QCOMPARE(m_model->index(0, LibraryStatusModel::StatusColumn).data().toString(), u"Installed"_s);
    QCOMPARE(m_model->index(0, LibraryStatusModel::StatusColumn)
                 .data(LibraryStatusModel::RawValueRole)
                 .toString(),
             u"INSTALLED"_s);
    QCOMPARE(m_model->index(0, LibraryStatusModel::StatusColumn)
                 .data(LibraryStatusModel::StatusColorRole)
                 .toUInt(),
             LibraryStatusModel::statusColor(u"INSTALLED"_s));
    QCOMPARE(m_model->index(1, LibraryStatusModel::LibraryColumn).data().toString(),
             u"com.databricks:spark-xml_2.12:0.18.0"_s);
    QCOMPARE(m_model->index(1, LibraryStatusModel::KindColumn).data().toString(), u"Maven"_s);
    QCOMPARE(m_model->index(0, 0).data(LibraryStatusModel::LibraryRole).value<QJsonObject>(),
             pypi(u"pandas==2.2.2"_s));

    QCOMPARE(LibraryStatusModel::statusText(u"UNINSTALL_ON_RESTART"_s), u"Uninstall on restart"_s);
    QCOMPARE(LibraryStatusModel::statusText(u"RESOLVING"_s), u"Resolving"_s);
    QCOMPARE(LibraryStatusModel::statusText(u"SKIPPED"_s), u"Skipped"_s);
    QVERIFY(LibraryStatusModel::statusColor(u"FAILED"_s) !=
            LibraryStatusModel::statusColor(u"INSTALLED"_s));

    // The terminated cluster's wheel waits for the next start.
    m_model->setCluster(kEtl);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(load());
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, LibraryStatusModel::KindColumn).data().toString(), u"Wheel"_s);
    QCOMPARE(m_model->index(0, LibraryStatusModel::StatusColumn).data().toString(), u"Pending"_s);
}

void TestLibraryStatusModel::failedLibraryShowsItsMessages()
{
    m_model->setCluster(kShared);
    QVERIFY(load());
    const int row = m_model->rowForLibrary(pypi(u"internal-utils==0.0.0-broken"_s));
    QCOMPARE(row, 2);
    QCOMPARE(m_model->index(row, LibraryStatusModel::StatusColumn).data().toString(), u"Failed"_s);
    const QString messages =
        m_model->index(row, LibraryStatusModel::MessagesColumn).data().toString();
    QVERIFY2(messages.contains(u"Pip could not find a version"_s), qPrintable(messages));
    const QString tip =
        m_model->index(row, LibraryStatusModel::LibraryColumn).data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(u"internal-utils==0.0.0-broken"_s));
    QCOMPARE(m_model->messages(row).size(), 1);
    // Installed libraries have no messages and no tooltip.
    QVERIFY(m_model->index(0, LibraryStatusModel::MessagesColumn).data().toString().isEmpty());
}

void TestLibraryStatusModel::settledLibrariesAreNotPolled()
{
    m_model->setCluster(kShared);
    m_model->setLiveUpdatesEnabled(true);
    QVERIFY(load());
    QVERIFY(!m_model->poller()->isActive());
    QVERIFY(!m_model->poller()->isScheduled());
    const int reads = libraryStatusRequests();
    m_model->poller()->pollNow();
    QVERIFY(!m_model->poller()->isPolling());
    QCOMPARE(libraryStatusRequests(), reads);
}

void TestLibraryStatusModel::installIsFollowedUntilInstalled()
{
    m_model->setCluster(kShared);
    QVERIFY(load());
    QVERIFY(!m_model->poller()->isScheduled());

    ClustersService service(&m_ws->client());
    std::optional<std::optional<ApiError>> result;
    service.installLibraries(kShared, QJsonArray{pypi(u"polars==1.2.0"_s)}, this,
                             [&result](const std::optional<ApiError> &error) { result = error; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->has_value());
    QVERIFY(load());
    const int row = m_model->rowForLibrary(pypi(u"polars==1.2.0"_s));
    QCOMPARE(row, 3);
    QCOMPARE(m_model->status(row), u"PENDING"_s);
    QVERIFY(m_model->poller()->isActive());
    // Live updates off: active, but nothing is scheduled.
    QVERIFY(!m_model->poller()->isScheduled());

    m_model->setLiveUpdatesEnabled(true);
    QVERIFY(m_model->poller()->isScheduled() || m_model->poller()->isPolling());
    QPersistentModelIndex status = m_model->index(row, LibraryStatusModel::StatusColumn);
    // The emulator resolves after 1 s of its clock, installs after 2 s more.
    m_ws->emulator().clock().advance(1500);
    QTRY_COMPARE(status.data().toString(), u"Resolving"_s);
    QVERIFY(m_model->poller()->isActive());
    m_ws->emulator().clock().advance(10'000);
    QTRY_COMPARE(status.data().toString(), u"Installed"_s);
    QVERIFY(status.isValid()); // the same row, updated in place

    // Settled: no timer any more, and no further reads.
    QTRY_VERIFY(!m_model->poller()->isActive());
    QVERIFY(!m_model->poller()->isScheduled());
    QVERIFY(!m_model->poller()->isPolling());
}

void TestLibraryStatusModel::uninstallWaitsForARestart()
{
    m_model->setCluster(kShared);
    QVERIFY(load());
    ClustersService service(&m_ws->client());
    bool done = false;
    service.uninstallLibraries(kShared, QJsonArray{pypi(u"pandas==2.2.2"_s)}, this,
                               [&done](const std::optional<ApiError> &) { done = true; });
    QTRY_VERIFY(done);
    QVERIFY(load());
    // Marked for removal: listed last, until the cluster restarts.
    const int row = m_model->rowForLibrary(pypi(u"pandas==2.2.2"_s));
    QCOMPARE(row, m_model->rowCount() - 1);
    QCOMPARE(m_model->index(row, LibraryStatusModel::StatusColumn).data().toString(),
             u"Uninstall on restart"_s);
    QVERIFY(!m_model->poller()->isActive());
}

QTEST_MAIN(TestLibraryStatusModel)
#include "tst_librarystatusmodel.moc"
