// The clusters list over HTTP against the emulator's demo clusters: every
// page, the columns in words, which rows are transitional, and live polling
// that fetches only those rows (in one filtered clusters/list a round, a
// clusters/get for one that settled) and shows each change.

#include "core/clusters/clustercatalog.h"
#include "core/clusters/clustersmodel.h"
#include "core/emulator/clustersstore.h"
#include "tests/support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QMetaEnum>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

class TestClustersModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsEveryClusterWithColumnsInWords();
    void transitionalClustersAreTheOnesPolled();
    void aSettledClusterIsReadOnItsOwn();
    void refreshItemReadsOneRowAgain();
    void pollingShowsAStartedClusterBecomeRunning();
    void textsForWorkersAndTerminations();

private:
    int rowWithState(const QString &state) const;
    QString pollOnce();
    int requestsEndingWith(const QString &suffix) const;

    std::unique_ptr<test::TestWorkspace> m_ws;
    std::unique_ptr<ClustersModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestClustersModel::init()
{
    m_ws = std::make_unique<test::TestWorkspace>(emulator::Seed::Demo);
    m_model = std::make_unique<ClustersModel>(&m_ws->client());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(m_model.get(), &ResourceListModel::loaded);
    m_model->refresh();
    QVERIFY(loaded.wait());
    // The runtime and node type names come with the first listing.
    if (!m_model->catalog()->isLoaded())
        QVERIFY(QSignalSpy(m_model->catalog(), &ClusterCatalog::loaded).wait());
}

void TestClustersModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_ws.reset();
}

int TestClustersModel::rowWithState(const QString &state) const
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->item(row).value("state"_L1).toString() == state)
            return row;
    return -1;
}

QString TestClustersModel::pollOnce()
{
    QSignalSpy finished(m_model->poller(), &LivePoller::pollFinished);
    m_model->poller()->pollNow();
    if (!m_model->poller()->isPolling() && finished.isEmpty())
        return u"none"_s;
    if (finished.isEmpty() && !finished.wait(10000))
        return u"timed out"_s;
    const auto outcome = finished.first().first().value<LivePoller::Outcome>();
    return QString::fromLatin1(QMetaEnum::fromType<LivePoller::Outcome>().valueToKey(int(outcome)));
}

int TestClustersModel::requestsEndingWith(const QString &suffix) const
{
    int count = 0;
    for (const emulator::RecordedRequest &request : m_ws->emulator().requests())
        count += request.path.endsWith(suffix) ? 1 : 0;
    return count;
}

void TestClustersModel::listsEveryClusterWithColumnsInWords()
{
    QCOMPARE(m_model->rowCount(), m_ws->emulator().clusters().size());
    QCOMPARE(m_model->columnCount(), int(ClustersModel::ColumnCount));
    QCOMPARE(m_model->headerData(ClustersModel::WorkersColumn, Qt::Horizontal).toString(),
             u"Workers"_s);
    const int running = rowWithState(u"RUNNING"_s);
    QVERIFY(running >= 0);
    const QJsonObject cluster = m_model->item(running);
    QCOMPARE(m_model->index(running, ClustersModel::NameColumn).data().toString(),
             cluster.value("cluster_name"_L1).toString());
    QCOMPARE(m_model->index(running, ClustersModel::StateColumn).data().toString(), u"Running"_s);
    QCOMPARE(m_model->index(running, ClustersModel::StateColumn)
                 .data(ResourceListModel::RawValueRole)
                 .toString(),
             u"RUNNING"_s);
    // The runtime by its readable name, the node type with its size, once
    // the catalog (spark-versions, list-node-types) is in.
    const QString runtime = m_model->index(running, ClustersModel::RuntimeColumn).data().toString();
    QVERIFY2(runtime.contains(u"LTS"_s) || runtime.contains(u"ML"_s), qPrintable(runtime));
    QVERIFY(!runtime.contains(u"scala"_s));
    QCOMPARE(m_model->index(running, ClustersModel::RuntimeColumn)
                 .data(ResourceListModel::RawValueRole)
                 .toString(),
             cluster.value("spark_version"_L1).toString());
    QVERIFY(m_model->index(running, ClustersModel::RuntimeColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"includes Apache Spark"_s));
    const QString node = m_model->index(running, ClustersModel::NodeTypeColumn).data().toString();
    QVERIFY2(node.startsWith(cluster.value("node_type_id"_L1).toString()) &&
                 node.contains(u"cores"_s) && node.contains(u"GB"_s),
             qPrintable(node));
    // The state's colour for the dot; the pinned ones say so.
    QCOMPARE(m_model->index(running, ClustersModel::StateColumn).data(Qt::DecorationRole).toUInt(),
             ClustersModel::stateColor(cluster));
    bool sawPinned = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!ClustersModel::isPinned(m_model->item(row)))
            continue;
        sawPinned = true;
        QCOMPARE(m_model->index(row, 0).data(Qt::DecorationRole).toString(), u":/icons/pin.svg"_s);
    }
    QVERIFY(sawPinned);
    QVERIFY(!m_model->index(running, ClustersModel::SinceColumn).data().toString().isEmpty());
    QVERIFY(m_model->index(running, ClustersModel::SinceColumn)
                .data(ResourceListModel::RawValueRole)
                .toLongLong() > 0);
    QCOMPARE(m_model->keyAt(running), cluster.value("cluster_id"_L1).toString());

    // A cluster stopped for inactivity says so in words.
    bool sawInactivity = false;
    for (int row = 0; row < m_model->rowCount(); ++row)
        sawInactivity |= m_model->index(row, ClustersModel::ReasonColumn)
                             .data()
                             .toString()
                             .contains(u"inactivity"_s);
    QVERIFY(sawInactivity);
}

void TestClustersModel::transitionalClustersAreTheOnesPolled()
{
    QVERIFY(ClustersModel::isTransitionalState(u"PENDING"_s));
    QVERIFY(ClustersModel::isTransitionalState(u"RESIZING"_s));
    QVERIFY(ClustersModel::isTransitionalState(u"TERMINATING"_s));
    QVERIFY(!ClustersModel::isTransitionalState(u"RUNNING"_s));
    QVERIFY(!ClustersModel::isTransitionalState(u"TERMINATED"_s));

    // The demo has several clusters on their way: a poll round asks for
    // them all in one clusters/list filtered to the transitional states,
    // never one call per cluster and never the whole list.
    int transitional = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        transitional +=
            ClustersModel::isTransitionalState(m_model->item(row).value("state"_L1).toString());
    QVERIFY(transitional > 1);
    const int calls = m_ws->emulator().requests().size();
    m_model->setLiveUpdatesEnabled(true);
    QVERIFY(m_model->poller()->isActive());
    const QString outcome = pollOnce();
    QVERIFY2(outcome == u"Unchanged"_s || outcome == u"Changed"_s, qPrintable(outcome));
    const QList<emulator::RecordedRequest> requests = m_ws->emulator().requests();
    QCOMPARE(requests.size(), calls + 1);
    QVERIFY(requests.last().path.endsWith(u"/clusters/list"_s));
    QVERIFY(requests.last()
                .query.allQueryItemValues(u"filter_by.cluster_states"_s)
                .contains(u"PENDING"_s));
}

void TestClustersModel::aSettledClusterIsReadOnItsOwn()
{
    // Two on their way; one arrives: the filtered list no longer has it, so
    // it is read with clusters/get and its row shows where it went.
    const int pending = rowWithState(u"PENDING"_s);
    QVERIFY(pending >= 0);
    const QString id = m_model->keyAt(pending);
    m_ws->emulator().clusters().find(id)->state = emulator::ClusterState::Running;
    const int gets = requestsEndingWith(u"/clusters/get"_s);
    m_model->setLiveUpdatesEnabled(true);
    QCOMPARE(pollOnce(), u"Changed"_s);
    QCOMPARE(requestsEndingWith(u"/clusters/get"_s), gets + 1);
    QCOMPARE(m_model->index(m_model->rowForKey(id), ClustersModel::StateColumn).data().toString(),
             u"Running"_s);
}

void TestClustersModel::refreshItemReadsOneRowAgain()
{
    const int terminated = rowWithState(u"TERMINATED"_s);
    QVERIFY(terminated >= 0);
    const QString id = m_model->keyAt(terminated);
    m_ws->emulator().clusters().find(id)->state = emulator::ClusterState::Pending;
    const int calls = m_ws->emulator().requests().size();
    m_model->refreshItem(id);
    QTRY_COMPARE(
        m_model->index(m_model->rowForKey(id), ClustersModel::StateColumn).data().toString(),
        u"Pending"_s);
    QCOMPARE(m_ws->emulator().requests().size(), calls + 1);
    // Now it is followed live.
    m_model->setLiveUpdatesEnabled(true);
    QVERIFY(m_model->poller()->isActive());
}

void TestClustersModel::pollingShowsAStartedClusterBecomeRunning()
{
    const int pending = rowWithState(u"PENDING"_s);
    QVERIFY(pending >= 0);
    const QString id = m_model->keyAt(pending);
    QPersistentModelIndex stateCell = m_model->index(pending, ClustersModel::StateColumn);
    m_model->setLiveUpdatesEnabled(true);

    // The cluster comes up on the server; the next poll shows it.
    emulator::Cluster *cluster = m_ws->emulator().clusters().find(id);
    QVERIFY(cluster);
    cluster->state = emulator::ClusterState::Running;
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    pollOnce();
    QTRY_COMPARE(stateCell.data().toString(), u"Running"_s);
    QVERIFY(stateCell.isValid()); // the row stayed, and so did its index
    QVERIFY(!changed.isEmpty());
    QCOMPARE(m_model->rowForKey(id), stateCell.row());
}

void TestClustersModel::textsForWorkersAndTerminations()
{
    QCOMPARE(ClustersModel::workersText(QJsonObject{
                 {"autoscale"_L1, QJsonObject{{"min_workers"_L1, 2}, {"max_workers"_L1, 8}}}}),
             u"2–8 (autoscale)"_s);
    QCOMPARE(ClustersModel::workersText(QJsonObject{{"num_workers"_L1, 4}}), u"4"_s);
    QCOMPARE(ClustersModel::workersText(QJsonObject{{"num_workers"_L1, 0}}), u"Single node"_s);
    const auto terminated = [](const QJsonObject &reason) {
        return QJsonObject{{"state"_L1, u"TERMINATED"_s}, {"termination_reason"_L1, reason}};
    };
    QCOMPARE(ClustersModel::terminationText(terminated(QJsonObject{
                 {"code"_L1, u"INACTIVITY"_s},
                 {"parameters"_L1, QJsonObject{{"inactivity_duration_min"_L1, u"60"_s}}}})),
             u"Stopped after 60 minutes of inactivity"_s);
    QCOMPARE(ClustersModel::terminationText(terminated(QJsonObject{
                 {"code"_L1, u"USER_REQUEST"_s},
                 {"parameters"_L1, QJsonObject{{"username"_L1, u"ana@example.com"_s}}}})),
             u"Terminated by ana@example.com"_s);
    QCOMPARE(ClustersModel::terminationText(terminated(QJsonObject{
                 {"code"_L1, u"CLOUD_PROVIDER_SHUTDOWN"_s}, {"type"_L1, u"CLOUD_FAILURE"_s}})),
             u"Cloud provider shutdown"_s);
    // A running cluster has no termination reason to show.
    QCOMPARE(ClustersModel::terminationText(QJsonObject{{"state"_L1, u"RUNNING"_s}}), QString());
    QVERIFY(ClustersModel::isAutomated(QJsonObject{{"cluster_source"_L1, u"JOB"_s}}));
    QVERIFY(!ClustersModel::isAutomated(QJsonObject{{"cluster_source"_L1, u"UI"_s}}));
}

QTEST_MAIN(TestClustersModel)
#include "tst_clustersmodel.moc"
