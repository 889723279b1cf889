// One cluster's events over HTTP against the emulator's demo clusters: the
// newest first, 50 a page, Load more by sending next_page back unchanged, a
// type filter sent as event_types, and what each event says in words.

#include "core/clusters/clustereventsmodel.h"
#include "core/emulator/clustersstore.h"
#include "tests/support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

const QString kShared = u"0412-081530-shrd7k2q"_s;
const QString kEtl = u"0301-220000-etln1ght"_s;

} // namespace

class TestClusterEventsModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newestFirstInWords();
    void pagesWithNextPageSentBackUnchanged();
    void typeFilterIsSentAsEventTypes();
    void anotherClusterDropsTheRows();
    void unknownClusterFails();
    void detailsInWords();

private:
    bool load();
    QList<QJsonObject> eventsBodies() const;

    std::unique_ptr<test::TestWorkspace> m_ws;
    std::unique_ptr<ClusterEventsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestClusterEventsModel::init()
{
    m_ws = std::make_unique<test::TestWorkspace>(emulator::Seed::Demo);
    m_ws->emulator().clock().setFrozen(true);
    m_model = std::make_unique<ClusterEventsModel>(&m_ws->client());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestClusterEventsModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_ws.reset();
}

bool TestClusterEventsModel::load()
{
    QSignalSpy loaded(m_model.get(), &ClusterEventsModel::loaded);
    m_model->refresh();
    return loaded.wait(10000);
}

QList<QJsonObject> TestClusterEventsModel::eventsBodies() const
{
    QList<QJsonObject> bodies;
    for (const emulator::RecordedRequest &request : m_ws->emulator().requests())
        if (request.path.endsWith(u"/clusters/events"_s))
            bodies.append(QJsonDocument::fromJson(request.body).object());
    return bodies;
}

void TestClusterEventsModel::newestFirstInWords()
{
    m_model->setCluster(kShared);
    QVERIFY(load());
    const emulator::Cluster *cluster = m_ws->emulator().clusters().find(kShared);
    QCOMPARE(m_model->rowCount(), int(cluster->events.size())); // fewer than a page
    QVERIFY(!m_model->canLoadMore());
    QCOMPARE(m_model->columnCount(), int(ClusterEventsModel::ColumnCount));
    QCOMPARE(m_model->headerData(ClusterEventsModel::DetailsColumn, Qt::Horizontal).toString(),
             u"Details"_s);
    for (int row = 1; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->index(row - 1, 0).data(ClusterEventsModel::RawValueRole).toLongLong() >=
                m_model->index(row, 0).data(ClusterEventsModel::RawValueRole).toLongLong());

    // The newest: the upsize to 5 workers, after the autoscaling resize.
    QCOMPARE(m_model->index(0, ClusterEventsModel::EventColumn).data().toString(),
             u"Upsize completed"_s);
    QCOMPARE(m_model->index(0, ClusterEventsModel::DetailsColumn).data().toString(),
             u"5 worker(s)"_s); // the plural form comes from the English translation
    QCOMPARE(m_model->index(1, ClusterEventsModel::EventColumn).data().toString(), u"Resized"_s);
    QCOMPARE(m_model->index(1, ClusterEventsModel::DetailsColumn).data().toString(),
             u"From 2 to 5 workers · Autoscaling"_s);
    QCOMPARE(m_model->index(1, ClusterEventsModel::EventColumn)
                 .data(ClusterEventsModel::RawValueRole)
                 .toString(),
             u"RESIZING"_s);
    const QJsonObject raw =
        m_model->index(1, 0).data(ClusterEventsModel::EventRole).value<QJsonObject>();
    QCOMPARE(raw.value("type"_L1).toString(), u"RESIZING"_s);
    QCOMPARE(raw.value("details"_L1).toObject().value("target_num_workers"_L1).toInt(), 5);
    QVERIFY(!m_model->index(0, ClusterEventsModel::TimeColumn).data().toString().isEmpty());

    // The first request: newest first, 50 a page, no filter.
    const QJsonObject first = eventsBodies().first();
    QCOMPARE(first.value("cluster_id"_L1).toString(), kShared);
    QCOMPARE(first.value("order"_L1).toString(), u"DESC"_s);
    QCOMPARE(first.value("page_size"_L1).toInt(), 50);
    QVERIFY(!first.contains("event_types"_L1));
}

void TestClusterEventsModel::pagesWithNextPageSentBackUnchanged()
{
    // 33 events of the demo plus 40 reports: two pages.
    emulator::ClustersStore &store = m_ws->emulator().clusters();
    const qint64 start = store.find(kShared)->startTime;
    for (int i = 0; i < 40; ++i)
        store.addEvent(kShared, u"AUTOSCALING_STATS_REPORT"_s, {}, start + 10 * 60'000 + i * 1000);
    const int total = int(store.find(kShared)->events.size());
    QVERIFY(total > 50 && total <= 100);

    m_model->setCluster(kShared);
    QSignalSpy loading(m_model.get(), &ClusterEventsModel::loadingChanged);
    QVERIFY(load());
    QCOMPARE(loading.size(), 2); // on, then off
    QCOMPARE(m_model->rowCount(), 50);
    QVERIFY(m_model->canLoadMore());

    // What the server said to send next, as a client sees it.
    const ApiReply firstPage = test::sendAndWait(
        m_ws->client(), ApiRequest::post(u"/api/2.1/clusters/events"_s, eventsBodies().first()));
    QVERIFY(firstPage.ok());
    const QJsonObject nextPage = firstPage.json().value("next_page"_L1).toObject();
    QVERIFY(!nextPage.isEmpty());

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy loaded(m_model.get(), &ClusterEventsModel::loaded);
    m_model->loadMore();
    QVERIFY(m_model->isLoading());
    QVERIFY(!m_model->canLoadMore()); // not twice at once
    QVERIFY(loaded.wait());
    QCOMPARE(m_model->rowCount(), total);
    QCOMPARE(inserted.size(), 1);
    QVERIFY(!m_model->canLoadMore());
    QCOMPARE(eventsBodies().last(), nextPage);
    QCOMPARE(m_model->lastRequest(), nextPage);
    // The oldest event is last.
    QCOMPARE(m_model->eventAt(total - 1).value("timestamp"_L1).toInteger(),
             store.find(kShared)->events.first().timestamp);

    // Refresh goes back to the first page, keeping rows until it comes.
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->refresh();
    QCOMPARE(m_model->rowCount(), total);
    QVERIFY(loaded.wait());
    QCOMPARE(m_model->rowCount(), 50);
    QCOMPARE(reset.size(), 1);
}

void TestClusterEventsModel::typeFilterIsSentAsEventTypes()
{
    m_model->setCluster(kShared);
    m_model->setEventTypes({u"RESIZING"_s, u"UPSIZE_COMPLETED"_s});
    QVERIFY(load());
    QCOMPARE(eventsBodies().last().value("event_types"_L1).toArray(),
             (QJsonArray{u"RESIZING"_s, u"UPSIZE_COMPLETED"_s}));
    QVERIFY(m_model->rowCount() > 0);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString type = m_model->eventAt(row).value("type"_L1).toString();
        QVERIFY2(type == u"RESIZING"_s || type == u"UPSIZE_COMPLETED"_s, qPrintable(type));
    }
    // Paging keeps the filter: it is in next_page.
    m_model->setPageSize(3);
    QVERIFY(load());
    QCOMPARE(m_model->rowCount(), 3);
    QSignalSpy loaded(m_model.get(), &ClusterEventsModel::loaded);
    m_model->loadMore();
    QVERIFY(loaded.wait());
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(eventsBodies().last().value("event_types"_L1).toArray(),
             (QJsonArray{u"RESIZING"_s, u"UPSIZE_COMPLETED"_s}));

    // Empty again: every type.
    m_model->setEventTypes({});
    m_model->setPageSize(ClusterEventsModel::kDefaultPageSize);
    QVERIFY(load());
    QVERIFY(!eventsBodies().last().contains("event_types"_L1));
    QCOMPARE(m_model->rowCount(), int(m_ws->emulator().clusters().find(kShared)->events.size()));
}

void TestClusterEventsModel::anotherClusterDropsTheRows()
{
    m_model->setCluster(kShared);
    QVERIFY(load());
    QVERIFY(m_model->rowCount() > 0);
    m_model->setCluster(kEtl);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(load());
    QCOMPARE(m_model->index(0, ClusterEventsModel::EventColumn).data().toString(), u"Terminated"_s);
    QCOMPARE(m_model->index(0, ClusterEventsModel::DetailsColumn).data().toString(),
             u"Inactivity (idle for 30 minutes)"_s);

    // A listing of the old cluster still on its way is dropped: only the
    // new cluster's events land.
    m_model->setCluster(kShared);
    m_model->refresh();
    m_model->setCluster(kEtl);
    QVERIFY(!m_model->isLoading());
    QVERIFY(load());
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->eventAt(row).value("cluster_id"_L1).toString(), kEtl);
}

void TestClusterEventsModel::unknownClusterFails()
{
    m_model->setCluster(u"0000-000000-nothere0"_s);
    QSignalSpy failed(m_model.get(), &ClusterEventsModel::loadFailed);
    m_model->refresh();
    QVERIFY(failed.wait());
    QVERIFY(m_model->error());
    QVERIFY(m_model->error()->message.contains(u"does not exist"_s));
    QVERIFY(!m_model->isLoading());
}

void TestClusterEventsModel::detailsInWords()
{
    const auto event = [](const QString &type, const QJsonObject &details) {
        return QJsonObject{{u"type"_s, type}, {u"details"_s, details}};
    };
    QCOMPARE(ClusterEventsModel::typeText(u"INIT_SCRIPTS_FINISHED"_s), u"Init scripts finished"_s);
    QCOMPARE(ClusterEventsModel::typeText(u"TERMINATING"_s), u"Terminating"_s);
    QCOMPARE(ClusterEventsModel::typeText(u"SOME_NEW_THING"_s), u"Some new thing"_s);
    QCOMPARE(
        ClusterEventsModel::detailsText(event(u"RESIZING"_s, {{u"current_num_workers"_s, 2},
                                                              {u"target_num_workers"_s, 5},
                                                              {u"user"_s, u"ana@example.com"_s},
                                                              {u"cause"_s, u"USER_REQUEST"_s}})),
        u"From 2 to 5 workers · By ana@example.com"_s);
    QCOMPARE(
        ClusterEventsModel::detailsText(event(u"PINNED"_s, {{u"user"_s, u"ana@example.com"_s}})),
        u"By ana@example.com"_s);
    QCOMPARE(ClusterEventsModel::detailsText(event(
                 u"STARTING"_s, {{u"user"_s, u"ana@example.com"_s}, {u"target_num_workers"_s, 1}})),
             u"Target: 1 worker(s) · By ana@example.com"_s);
    QCOMPARE(ClusterEventsModel::detailsText(event(
                 u"TERMINATING"_s,
                 {{u"reason"_s, QJsonObject{{u"code"_s, u"USER_REQUEST"_s},
                                            {u"parameters"_s,
                                             QJsonObject{{u"username"_s, u"ana@example.com"_s}}}}},
                  {u"user"_s, u"ana@example.com"_s}})),
             u"User request by ana@example.com"_s);
    QCOMPARE(ClusterEventsModel::detailsText(event(
                 u"TERMINATED"_s, {{u"reason"_s, QJsonObject{{u"code"_s, u"INACTIVITY"_s}}}})),
             u"Inactivity"_s);
    QCOMPARE(ClusterEventsModel::detailsText(
                 event(u"TERMINATED"_s,
                       {{u"reason"_s, QJsonObject{{u"code"_s, u"CLOUD_PROVIDER_LAUNCH_FAILURE"_s},
                                                  {u"type"_s, u"CLOUD_FAILURE"_s}}}})),
             u"Cloud provider launch failure"_s);
    const QJsonObject failedScripts{
        {u"instance_id"_s, u"i-1"_s},
        {u"init_scripts"_s,
         QJsonObject{
             {u"global"_s, QJsonArray{}},
             {u"cluster"_s, QJsonArray{QJsonObject{
                                {u"status"_s, u"FAILED"_s},
                                {u"error_message"_s, u"Script exit status is non-zero"_s}}}}}}};
    QCOMPARE(ClusterEventsModel::detailsText(event(u"INIT_SCRIPTS_FINISHED"_s, failedScripts)),
             u"Init script failed: Script exit status is non-zero"_s);
    QCOMPARE(
        ClusterEventsModel::detailsText(event(
            u"UPSIZE_COMPLETED"_s, {{u"current_num_workers"_s, 3}, {u"target_num_workers"_s, 5}})),
        u"3 of 5 workers"_s);
    QCOMPARE(ClusterEventsModel::detailsText(
                 event(u"DRIVER_NOT_RESPONDING"_s, {{u"driver_state_message"_s, u"GC"_s}})),
             u"Driver state message: GC"_s);
}

QTEST_MAIN(TestClusterEventsModel)
#include "tst_clustereventsmodel.moc"
