// The Clusters area over real HTTP against the emulator's demo clusters: the
// list (pinned first, job clusters apart, state filter, names in words), the
// live transition of a started cluster from TERMINATED to RUNNING, every
// action, and the INVALID_STATE paths said as what they mean.

#include "app/clusters/clusterpane.h"
#include "app/clusters/clustersactions.h"
#include "app/clusters/clustersbrowser.h"
#include "app/clusters/clusterspage.h"
#include "app/clusters/clusterspecpickers.h"
#include "app/clusters/resizeclusterdialog.h"
#include "app/common/areapage.h"
#include "app/common/browseropener.h"
#include "app/common/confirmdialog.h"
#include "app/common/jsoneditor/jsonpayloaddialog.h"
#include "app/common/resourcelistview.h"
#include "app/common/testseam.h"
#include "core/activity/activitymodel.h"
#include "core/clusters/clustercatalog.h"
#include "core/clusters/clustersmodel.h"
#include "core/emulator/clustersstore.h"
#include "core/emulator/emulator.h"
#include "core/net/apiclient.h"
#include "guitestutil.h"
#include "tests/support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

const QString kShared = u"0412-081530-shrd7k2q"_s;  // running, autoscale, pinned
const QString kEtl = u"0301-220000-etln1ght"_s;     // terminated by inactivity, pinned
const QString kJob = u"0605-020004-job4k7mz"_s;     // a job run's cluster
const QString kSandbox = u"0611-101010-sbxr3s1z"_s; // resizing

} // namespace

class TestClustersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listShowsPinnedFirstAndJobClustersApart();
    void stateFilterShowsOnlyThatState();
    void startShowsPendingThenRunningWithoutRefreshing();
    void startOfARunningClusterSaysItIsAlreadyRunning();
    void restartAndTerminateAskNamingClusterAndWorkspace();
    void resizeRunningAndTerminatedClusters();
    void resizeRefusedForTheStateSaysWhy();
    void pinAndUnpin();
    void deletePermanentlyNamesWhatGoes();
    void createFromATemplateWithThePickers();
    void editOfARunningClusterSaysItRestarts();
    void jobClustersCannotBeStartedOrEdited();
    void copyIdAndOpenInBrowser();

private:
    bool select(const QString &clusterId);
    QString stateOf(const QString &clusterId) const;
    QList<emulator::RecordedRequest> requestsTo(const QString &suffix) const;
    QJsonObject lastBodyTo(const QString &suffix) const;
    QStringList visibleIds() const;
    template <typename T> T *waitForDialog(const QString &name);

    std::unique_ptr<test::TestWorkspace> m_ws;
    std::unique_ptr<ActivityModel> m_activity;
    std::unique_ptr<ClustersPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    ClustersModel *m_model = nullptr;
    ClustersBrowser *m_browser = nullptr;
    ClustersActions *m_actions = nullptr;
};

void TestClustersPage::initTestCase()
{
    QCoreApplication::setOrganizationName(u"BrickdeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_clusterspage"_s);
}

void TestClustersPage::init()
{
    m_ws = std::make_unique<test::TestWorkspace>(emulator::Seed::Demo);
    // Time moves only when a test says so: each transition is seen on cue.
    m_ws->emulator().clock().setFrozen(true);
    m_activity = std::make_unique<ActivityModel>();
    m_activity->attach(&m_ws->client());
    m_page = std::make_unique<ClustersPage>();
    AreaContext context;
    context.client = &m_ws->client();
    context.activity = m_activity.get();
    context.workspaceName = u"Alpha"_s;
    m_page->attach(context);
    m_model = m_page->model();
    QVERIFY(m_model);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_browser = m_page->browser();
    m_actions = m_browser->actions();
    m_model->poller()->setBaseInterval(20);
    m_model->poller()->setMaxInterval(40);
    m_page->resize(1200, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_COMPARE(m_model->state(), ResourceListModel::State::Loaded);
    QTRY_VERIFY(m_model->catalog()->isLoaded());
}

void TestClustersPage::cleanup()
{
    resetTestSeams();
    ConfirmDialog::setAnswerForTesting(std::nullopt);
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (qobject_cast<QDialog *>(widget))
            widget->deleteLater();
    m_tester.reset();
    m_page.reset();
    m_model = nullptr;
    m_activity.reset();
    m_ws.reset();
}

bool TestClustersPage::select(const QString &clusterId)
{
    if (!m_browser->view()->selectKey(clusterId))
        return false;
    return QTest::qWaitFor([&] { return m_actions->clusterId() == clusterId; });
}

QString TestClustersPage::stateOf(const QString &clusterId) const
{
    return m_model->item(m_model->rowForKey(clusterId)).value("state"_L1).toString();
}

QList<emulator::RecordedRequest> TestClustersPage::requestsTo(const QString &suffix) const
{
    QList<emulator::RecordedRequest> out;
    for (const emulator::RecordedRequest &request : m_ws->emulator().requests())
        if (request.path.endsWith(suffix))
            out.append(request);
    return out;
}

QJsonObject TestClustersPage::lastBodyTo(const QString &suffix) const
{
    const auto requests = requestsTo(suffix);
    return requests.isEmpty() ? QJsonObject()
                              : QJsonDocument::fromJson(requests.last().body).object();
}

QStringList TestClustersPage::visibleIds() const
{
    QStringList ids;
    const QAbstractItemModel *shown = m_browser->view()->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        ids.append(shown->index(row, 0).data(ResourceListModel::KeyRole).toString());
    return ids;
}

template <typename T> T *TestClustersPage::waitForDialog(const QString &name)
{
    T *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *found = qobject_cast<T *>(widget);
                found && found->objectName() == name && found->isVisible())
                dialog = found;
        return dialog != nullptr;
    });
    return shown ? dialog : nullptr;
}

void TestClustersPage::listShowsPinnedFirstAndJobClustersApart()
{
    // Job clusters are hidden until asked for; pinned ones lead.
    QStringList ids = visibleIds();
    QVERIFY(!ids.contains(kJob));
    QVERIFY(ids.contains(kShared));
    QVERIFY(ids.indexOf(kShared) < 2 && ids.indexOf(kEtl) < 2);
    // ... whichever way the list is sorted.
    m_browser->view()->sortByColumn(ClustersModel::NameColumn, Qt::DescendingOrder);
    ids = visibleIds();
    QVERIFY(ids.indexOf(kShared) < 2 && ids.indexOf(kEtl) < 2);
    m_browser->jobClustersBox()->setChecked(true);
    QVERIFY(visibleIds().contains(kJob));

    const int row = m_model->rowForKey(kShared);
    const QString node = m_model->index(row, ClustersModel::NodeTypeColumn).data().toString();
    QVERIFY2(node.contains(u"cores"_s), qPrintable(node));
    QCOMPARE(m_model->index(row, ClustersModel::WorkersColumn).data().toString(),
             u"2–8 (autoscale)"_s);
    QVERIFY(m_model->index(m_model->rowForKey(kEtl), ClustersModel::ReasonColumn)
                .data()
                .toString()
                .contains(u"inactivity"_s));
    // The state's dot comes through the view as a picture.
    const QModelIndex shownState = m_browser->view()->model()->index(visibleIds().indexOf(kShared),
                                                                     ClustersModel::StateColumn);
    QCOMPARE(shownState.data(Qt::DecorationRole).typeId(), QMetaType::QPixmap);
    test::saveScreenshot(m_page.get(), u"clusters-list"_s);
}

void TestClustersPage::stateFilterShowsOnlyThatState()
{
    QComboBox *filter = m_browser->stateFilterBox();
    filter->setCurrentIndex(filter->findData(int(ClustersBrowser::StateFilter::Terminated)));
    const QStringList terminated = visibleIds();
    QVERIFY(terminated.contains(kEtl));
    QVERIFY(!terminated.contains(kShared));
    for (const QString &id : terminated)
        QCOMPARE(stateOf(id), u"TERMINATED"_s);
    filter->setCurrentIndex(filter->findData(int(ClustersBrowser::StateFilter::Changing)));
    QVERIFY(visibleIds().contains(kSandbox));
    QVERIFY(!visibleIds().contains(kEtl));
    // With the name filter on top.
    filter->setCurrentIndex(0);
    m_browser->filterEdit()->setText(u"ETL"_s);
    QCOMPARE(visibleIds(), QStringList{kEtl});
}

void TestClustersPage::startShowsPendingThenRunningWithoutRefreshing()
{
    QVERIFY(select(kEtl));
    QVERIFY(m_actions->startAction()->isEnabled());
    QVERIFY(!m_actions->restartAction()->isEnabled());
    const int fullListings = [&] {
        int n = 0;
        for (const auto &request : requestsTo(u"/clusters/list"_s))
            n += request.query.hasQueryItem(u"filter_by.cluster_states"_s) ? 0 : 1;
        return n;
    }();
    m_actions->startAction()->trigger();
    QTRY_COMPARE(stateOf(kEtl), u"PENDING"_s);
    QCOMPARE(lastBodyTo(u"/clusters/start"_s).value("cluster_id"_L1).toString(), kEtl);
    QTRY_VERIFY(m_browser->statusText().contains(u"is starting"_s));
    // Pending: the actions follow the row.
    QVERIFY(!m_actions->startAction()->isEnabled());
    QVERIFY(m_actions->terminateAction()->isEnabled());

    // The emulator brings it up; the live poll shows it, no refresh needed.
    m_ws->emulator().clock().advance(60'000);
    QTRY_COMPARE(stateOf(kEtl), u"RUNNING"_s);
    QVERIFY(m_actions->restartAction()->isEnabled());
    int listingsNow = 0;
    for (const auto &request : requestsTo(u"/clusters/list"_s))
        listingsNow += request.query.hasQueryItem(u"filter_by.cluster_states"_s) ? 0 : 1;
    QCOMPARE(listingsNow, fullListings);
}

void TestClustersPage::startOfARunningClusterSaysItIsAlreadyRunning()
{
    QVERIFY(select(kEtl));
    // Someone else starts it meanwhile: the row still says TERMINATED.
    const ApiReply started =
        test::sendAndWait(m_ws->client(), ApiRequest::post(u"/api/2.1/clusters/start"_s,
                                                           QJsonObject{{u"cluster_id"_s, kEtl}}));
    QVERIFY(started.ok());
    m_ws->emulator().clock().advance(60'000);
    QCOMPARE(stateOf(kEtl), u"TERMINATED"_s);

    m_actions->startAction()->trigger();
    QTRY_COMPARE(m_browser->errorText(), u"“etl-nightly” is already running."_s);
    // And the row shows what the cluster is now.
    QTRY_COMPARE(stateOf(kEtl), u"RUNNING"_s);
    QVERIFY(!m_actions->startAction()->isEnabled());
}

void TestClustersPage::restartAndTerminateAskNamingClusterAndWorkspace()
{
    QVERIFY(select(kShared));
    ConfirmDialog::setAnswerForTesting(false);
    m_actions->restartAction()->trigger();
    QTRY_VERIFY(ConfirmDialog::lastQuestionForTesting().contains(u"“Shared analytics”"_s));
    QVERIFY(ConfirmDialog::lastQuestionForTesting().contains(u"Alpha"_s));
    QTest::qWait(0);
    QVERIFY(requestsTo(u"/clusters/restart"_s).isEmpty());

    ConfirmDialog::setAnswerForTesting(true);
    m_actions->restartAction()->trigger();
    QTRY_COMPARE(requestsTo(u"/clusters/restart"_s).size(), 1);
    QTRY_COMPARE(stateOf(kShared), u"RESTARTING"_s);
    m_ws->emulator().clock().advance(60'000);
    QTRY_COMPARE(stateOf(kShared), u"RUNNING"_s);

    m_actions->terminateAction()->trigger();
    QTRY_VERIFY(ConfirmDialog::lastQuestionForTesting().startsWith(
        u"Terminate cluster “Shared analytics” in Alpha?"_s));
    QTRY_COMPARE(requestsTo(u"/clusters/delete"_s).size(), 1);
    QTRY_COMPARE(stateOf(kShared), u"TERMINATING"_s);
    m_ws->emulator().clock().advance(60'000);
    QTRY_COMPARE(stateOf(kShared), u"TERMINATED"_s);
    QVERIFY(m_model->index(m_model->rowForKey(kShared), ClustersModel::ReasonColumn)
                .data()
                .toString()
                .startsWith(u"Terminated by"_s));
}

void TestClustersPage::resizeRunningAndTerminatedClusters()
{
    QVERIFY(select(kShared));
    m_actions->resizeAction()->trigger();
    auto *dialog = waitForDialog<ResizeClusterDialog>(u"resizeClusterDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->isAutoscale()); // starts from what the cluster has
    QCOMPARE(dialog->minWorkers(), 2);
    QCOMPARE(dialog->maxWorkers(), 8);
    dialog->setAutoscale(6, 3);
    QVERIFY(!dialog->problemText().isEmpty());
    dialog->setFixed(4);
    QVERIFY(dialog->problemText().isEmpty());
    emit dialog->submitted();
    QTRY_COMPARE(requestsTo(u"/clusters/resize"_s).size(), 1);
    const QJsonObject body = lastBodyTo(u"/clusters/resize"_s);
    QCOMPARE(body.value("num_workers"_L1).toInt(), 4);
    QVERIFY(!body.contains("autoscale"_L1));
    QTRY_COMPARE(stateOf(kShared), u"RESIZING"_s);

    // A terminated cluster keeps the new size for its next start: an edit.
    QVERIFY(select(kEtl));
    m_actions->resizeAction()->trigger();
    dialog = waitForDialog<ResizeClusterDialog>(u"resizeClusterDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>(u"resizeNote"_s)->text().contains(u"next starts"_s));
    dialog->setAutoscale(2, 10);
    emit dialog->submitted();
    QTRY_COMPARE(requestsTo(u"/clusters/edit"_s).size(), 1);
    const QJsonObject edit = lastBodyTo(u"/clusters/edit"_s);
    QCOMPARE(edit.value("cluster_id"_L1).toString(), kEtl);
    QCOMPARE(edit.value("autoscale"_L1).toObject().value("max_workers"_L1).toInt(), 10);
    QVERIFY(!edit.contains("num_workers"_L1));
    QVERIFY(edit.contains("spark_version"_L1)); // the whole spec, as edit wants
    QTRY_COMPARE(
        m_model->index(m_model->rowForKey(kEtl), ClustersModel::WorkersColumn).data().toString(),
        u"2–10 (autoscale)"_s);
    QCOMPARE(stateOf(kEtl), u"TERMINATED"_s);
}

void TestClustersPage::resizeRefusedForTheStateSaysWhy()
{
    QVERIFY(select(kShared));
    // It is terminated behind the list's back.
    QVERIFY(
        test::sendAndWait(m_ws->client(), ApiRequest::post(u"/api/2.1/clusters/delete"_s,
                                                           QJsonObject{{u"cluster_id"_s, kShared}}))
            .ok());
    m_ws->emulator().clock().advance(60'000);
    m_actions->resizeAction()->trigger();
    auto *dialog = waitForDialog<ResizeClusterDialog>(u"resizeClusterDialog"_s);
    QVERIFY(dialog);
    dialog->setFixed(3);
    emit dialog->submitted();
    auto *problem = dialog->findChild<QLabel *>(u"resizeProblem"_s);
    QTRY_COMPARE(problem->text(),
                 u"“Shared analytics” can be resized only while it runs, and it is terminated "
                 "now."_s);
    QVERIFY(dialog->isVisible()); // the choice stays to try again
    QTRY_COMPARE(stateOf(kShared), u"TERMINATED"_s);
    dialog->reject();
}

void TestClustersPage::pinAndUnpin()
{
    QVERIFY(select(kSandbox));
    QCOMPARE(m_actions->pinAction()->text(), u"&Pin"_s);
    m_actions->pinAction()->trigger();
    QTRY_COMPARE(requestsTo(u"/clusters/pin"_s).size(), 1);
    QTRY_VERIFY(ClustersModel::isPinned(m_model->item(m_model->rowForKey(kSandbox))));
    QVERIFY(visibleIds().indexOf(kSandbox) < 3);
    QTRY_COMPARE(m_actions->pinAction()->text(), u"Un&pin"_s);
    m_actions->pinAction()->trigger();
    QTRY_COMPARE(requestsTo(u"/clusters/unpin"_s).size(), 1);
    QTRY_VERIFY(!ClustersModel::isPinned(m_model->item(m_model->rowForKey(kSandbox))));
}

void TestClustersPage::deletePermanentlyNamesWhatGoes()
{
    QVERIFY(select(kEtl));
    ConfirmDialog::setAnswerForTesting(true);
    m_actions->deleteAction()->trigger();
    QTRY_COMPARE(requestsTo(u"/clusters/permanent-delete"_s).size(), 1);
    const QString question = ConfirmDialog::lastQuestionForTesting();
    QVERIFY(question.contains(u"“etl-nightly”"_s));
    QVERIFY(question.contains(kEtl));
    QVERIFY(question.contains(u"Alpha"_s));
    QVERIFY(question.contains(u"cannot be undone"_s));
    QTRY_COMPARE(m_model->rowForKey(kEtl), -1);
}

void TestClustersPage::createFromATemplateWithThePickers()
{
    m_actions->newClusterAction()->trigger();
    auto *dialog = waitForDialog<JsonPayloadDialog>(u"newClusterDialog"_s);
    QVERIFY(dialog);
    auto *pickers = dialog->findChild<ClusterSpecPickers *>();
    QVERIFY(pickers);
    QTRY_VERIFY(pickers->runtimeBox()->isEnabled());
    QVERIFY(pickers->runtimeBox()->count() > 2);
    // Choosing a runtime and a node type writes their keys into the text.
    const QString runtime = pickers->runtimeBox()->itemData(1).toString();
    pickers->runtimeBox()->setCurrentIndex(1);
    emit pickers->runtimeBox()->activated(1);
    const int last = pickers->nodeTypeBox()->count() - 1;
    const QString nodeType = pickers->nodeTypeBox()->itemData(last).toString();
    pickers->nodeTypeBox()->setCurrentIndex(last);
    emit pickers->nodeTypeBox()->activated(last);
    QVERIFY(dialog->text().contains(u"\"spark_version\": \"%1\""_s.arg(runtime)));
    QVERIFY(dialog->text().contains(u"\"node_type_id\": \"%1\""_s.arg(nodeType)));
    QVERIFY(dialog->text().contains(u"\"cluster_name\""_s)); // the rest as it was
    dialog->apply();
    QTRY_COMPARE(requestsTo(u"/clusters/create"_s).size(), 1);
    const QJsonObject body = lastBodyTo(u"/clusters/create"_s);
    QCOMPARE(body.value("spark_version"_L1).toString(), runtime);
    QCOMPARE(body.value("node_type_id"_L1).toString(), nodeType);
    // The new cluster is listed, selected and starting.
    QTRY_VERIFY(m_actions->clusterId() != QString() && m_actions->clusterId() != kShared &&
                stateOf(m_actions->clusterId()) == u"PENDING"_s);
}

void TestClustersPage::editOfARunningClusterSaysItRestarts()
{
    QVERIFY(select(kShared));
    m_actions->editClusterAction()->trigger();
    auto *dialog = waitForDialog<JsonPayloadDialog>(u"editClusterDialog"_s);
    QVERIFY(dialog);
    auto *caution = dialog->findChild<QLabel *>(u"jsonPayloadCaution"_s);
    QVERIFY(caution);
    QVERIFY(caution->text().contains(u"saving restarts it"_s));
    QVERIFY(dialog->text().contains(u"\"cluster_id\": \"%1\""_s.arg(kShared)));
    QVERIFY(!dialog->text().contains(u"\"state\""_s)); // only the spec
    QString text = dialog->text();
    text.replace(u"\"autotermination_minutes\": 60"_s, u"\"autotermination_minutes\": 90"_s);
    dialog->setText(text);
    dialog->apply();
    QVERIFY(dialog->isReviewing());
    dialog->confirm();
    QTRY_COMPARE(requestsTo(u"/clusters/edit"_s).size(), 1);
    const QJsonObject body = lastBodyTo(u"/clusters/edit"_s);
    QCOMPARE(body.value("autotermination_minutes"_L1).toInt(), 90);
    QCOMPARE(body.value("cluster_id"_L1).toString(), kShared);
    QVERIFY(!body.contains("num_workers"_L1)); // autoscale only
    QTRY_COMPARE(stateOf(kShared), u"RESTARTING"_s);
}

void TestClustersPage::jobClustersCannotBeStartedOrEdited()
{
    m_browser->jobClustersBox()->setChecked(true);
    QVERIFY(select(kJob));
    QVERIFY(!m_actions->startAction()->isEnabled());
    QVERIFY(!m_actions->editClusterAction()->isEnabled());
    QVERIFY(!m_actions->resizeAction()->isEnabled());
    QVERIFY(m_actions->startAction()->toolTip().contains(u"job"_s));
    QVERIFY(m_actions->deleteAction()->isEnabled());
}

void TestClustersPage::copyIdAndOpenInBrowser()
{
    QVERIFY(select(kShared));
    m_actions->copyIdAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), kShared);
    QList<QUrl> opened;
    BrowserOpener::setOpenerForTesting([&](const QUrl &url) { opened.append(url); });
    m_actions->openInBrowserAction()->trigger();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().path(), u"/compute/clusters/%1"_s.arg(kShared));
}

QTEST_MAIN(TestClustersPage)
#include "tst_clusterspage.moc"
