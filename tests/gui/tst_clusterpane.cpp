// The cluster pane over real HTTP against the emulator's demo cluster
// "Shared analytics": what its configuration says, its events with a filter
// and Load more, the workers chart and its description, the libraries with
// the failed one's message, installing a PyPI library until it is installed
// (on a fast clock) and uninstalling one until the next restart.

#include "app/clusters/clusterpane.h"
#include "app/clusters/clusterworkerschart.h"
#include "app/clusters/installlibrarydialog.h"
#include "app/common/confirmdialog.h"
#include "app/common/testseam.h"
#include "core/clusters/clustereventsmodel.h"
#include "core/clusters/librarystatusmodel.h"
#include "core/common/livepoller.h"
#include "core/emulator/emulator.h"
#include "core/net/apiclient.h"
#include "guitestutil.h"
#include "tests/support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

const QString kShared = u"0412-081530-shrd7k2q"_s;

QJsonObject pypi(const QString &package)
{
    return QJsonObject{{u"pypi"_s, QJsonObject{{u"package"_s, package}}}};
}

} // namespace

class TestClusterPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void headerAndConfiguration();
    void accessModesInWords();
    void catalogIsReadOncePerClient();
    void eventsWithAFilterAndLoadMore();
    void workersChartAndItsDescription();
    void workersChartEmptyState();
    void librariesShowTheFailure();
    void installPyPILibraryUntilInstalled();
    void installRefusedByServerKeepsTheText();
    void uninstallWaitsForRestart();
    void onlyAStateChangeRefetches();
    void workersHistoryWaitsForItsTab();
    void controlsAreNamed();

private:
    QJsonObject cluster(const QString &id);
    bool showShared(const QJsonObject &extra = {});
    QString setting(const QString &name) const;
    QTreeWidgetItem *settingItem(const QString &name) const;
    QList<QJsonObject> bodiesTo(const QString &suffix) const;
    int libraryRow(const QJsonObject &library) const;

    std::unique_ptr<test::TestWorkspace> m_ws;
    std::unique_ptr<ClusterPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_eventsTester;
    std::unique_ptr<QAbstractItemModelTester> m_librariesTester;
};

void TestClusterPane::initTestCase()
{
    QCoreApplication::setOrganizationName(u"BrickdeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_clusterpane"_s);
}

void TestClusterPane::init()
{
    m_ws = std::make_unique<test::TestWorkspace>(emulator::Seed::Demo);
    m_ws->emulator().clock().setFrozen(true);
    m_pane = std::make_unique<ClusterPane>(nullptr);
    m_pane->setClient(&m_ws->client(), u"Alpha"_s);
    m_eventsTester = std::make_unique<QAbstractItemModelTester>(
        m_pane->eventsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_librariesTester = std::make_unique<QAbstractItemModelTester>(
        m_pane->librariesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_pane->librariesModel()->poller()->setBaseInterval(20);
    m_pane->librariesModel()->poller()->setMaxInterval(80);
    m_pane->resize(1000, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestClusterPane::cleanup()
{
    resetTestSeams();
    ConfirmDialog::setAnswerForTesting(std::nullopt);
    m_eventsTester.reset();
    m_librariesTester.reset();
    m_pane.reset();
    m_ws.reset();
}

QJsonObject TestClusterPane::cluster(const QString &id)
{
    const ApiReply reply = test::sendAndWait(
        m_ws->client(), ApiRequest::get(u"/api/2.1/clusters/get"_s).query(u"cluster_id"_s, id));
    return reply.ok() ? reply.json() : QJsonObject();
}

bool TestClusterPane::showShared(const QJsonObject &extra)
{
    QJsonObject shared = cluster(kShared);
    if (shared.isEmpty())
        return false;
    for (auto it = extra.begin(); it != extra.end(); ++it)
        shared.insert(it.key(), it.value());
    // The chart's history is read with its tab in sight.
    m_pane->tabs()->setCurrentIndex(ClusterPane::WorkersTab);
    m_pane->showCluster(shared);
    return QTest::qWaitFor([this] {
        return !m_pane->eventsModel()->isLoading() && m_pane->eventsModel()->rowCount() > 0 &&
               m_pane->librariesModel()->rowCount() > 0 && m_pane->isWorkersHistoryComplete();
    });
}

QTreeWidgetItem *TestClusterPane::settingItem(const QString &name) const
{
    const QList<QTreeWidgetItem *> items =
        m_pane->configurationTree()->findItems(name, Qt::MatchExactly | Qt::MatchRecursive, 0);
    return items.isEmpty() ? nullptr : items.first();
}

QString TestClusterPane::setting(const QString &name) const
{
    QTreeWidgetItem *item = settingItem(name);
    return item ? item->text(1) : u"<missing %1>"_s.arg(name);
}

QList<QJsonObject> TestClusterPane::bodiesTo(const QString &suffix) const
{
    QList<QJsonObject> bodies;
    for (const emulator::RecordedRequest &request : m_ws->emulator().requests())
        if (request.path.endsWith(suffix))
            bodies.append(QJsonDocument::fromJson(request.body).object());
    return bodies;
}

int TestClusterPane::libraryRow(const QJsonObject &library) const
{
    return m_pane->librariesModel()->rowForLibrary(library);
}

void TestClusterPane::headerAndConfiguration()
{
    QCOMPARE(m_pane->titleText(), u"No cluster selected"_s);
    QVERIFY(!m_pane->tabs()->isEnabled());
    QVERIFY(showShared(
        {{u"data_security_mode"_s, u"USER_ISOLATION"_s},
         {u"policy_id"_s, u"E0631F5C0D0004A1"_s},
         {u"runtime_engine"_s, u"PHOTON"_s},
         {u"init_scripts"_s,
          QJsonArray{QJsonObject{
              {u"volumes"_s,
               QJsonObject{{u"destination"_s, u"/Volumes/main/init/install-drivers.sh"_s}}}}}},
         {u"cluster_log_conf"_s,
          QJsonObject{{u"dbfs"_s, QJsonObject{{u"destination"_s, u"dbfs:/cluster-logs"_s}}}}}}));
    QVERIFY(m_pane->tabs()->isEnabled());
    QCOMPARE(m_pane->titleText(), u"Shared analytics"_s);
    QVERIFY2(m_pane->factsText().startsWith(u"Running · 0412-081530-shrd7k2q"_s),
             qPrintable(m_pane->factsText()));

    // The names come from spark-versions and list-node-types.
    QTRY_COMPARE(setting(u"Runtime"_s), u"15.4 LTS (includes Apache Spark 3.5.0, Scala 2.12)"_s);
    QTRY_COMPARE(setting(u"Worker type"_s), u"i3.xlarge (4 cores, 30.5 GB)"_s);
    QCOMPARE(setting(u"Driver type"_s), u"i3.xlarge (4 cores, 30.5 GB)"_s);
    QCOMPARE(settingItem(u"Runtime"_s)->toolTip(1), u"15.4.x-scala2.12"_s);
    QCOMPARE(setting(u"Workers"_s), u"Autoscaling from 2 to 8 workers"_s);
    QCOMPARE(setting(u"Terminates"_s), u"After 60 minutes idle"_s);
    QCOMPARE(setting(u"Access mode"_s), u"Shared"_s);
    QCOMPARE(setting(u"Policy"_s), u"E0631F5C0D0004A1"_s);
    QCOMPARE(setting(u"Runtime engine"_s), u"Photon"_s);
    // A secret reference is shown as written: it names a secret.
    QCOMPARE(setting(u"spark.sql.warehouse.jdbc.password"_s),
             u"{{secrets/prod-warehouse/jdbc-password}}"_s);
    QCOMPARE(settingItem(u"spark.sql.warehouse.jdbc.password"_s)->parent()->text(0),
             u"Spark configuration"_s);
    QCOMPARE(setting(u"team"_s), u"analytics"_s);
    QCOMPARE(settingItem(u"team"_s)->parent()->text(0), u"Custom tags"_s);
    QCOMPARE(setting(u"Environment variables"_s), u"None"_s);
    QCOMPARE(setting(u"Volume"_s), u"/Volumes/main/init/install-drivers.sh"_s);
    QCOMPARE(settingItem(u"Volume"_s)->parent()->text(0), u"Init scripts"_s);
    QCOMPARE(setting(u"Log delivery"_s), u"DBFS: dbfs:/cluster-logs"_s);

    // Nothing selected again.
    m_pane->showCluster({});
    QCOMPARE(m_pane->titleText(), u"No cluster selected"_s);
    QCOMPARE(m_pane->configurationTree()->topLevelItemCount(), 0);
    QCOMPARE(m_pane->eventsModel()->rowCount(), 0);
    QCOMPARE(m_pane->librariesModel()->rowCount(), 0);
    QVERIFY(!m_pane->installLibraryAction()->isEnabled());
}

void TestClusterPane::accessModesInWords()
{
    QVERIFY(showShared({{u"data_security_mode"_s, u"SINGLE_USER"_s},
                        {u"single_user_name"_s, u"ana.lopez@brickdesk.dev"_s}}));
    QCOMPARE(setting(u"Access mode"_s), u"Single user (ana.lopez@brickdesk.dev)"_s);
    QCOMPARE(settingItem(u"Access mode"_s)->toolTip(1), u"SINGLE_USER"_s);
    QJsonObject shared = cluster(kShared);
    shared.insert(u"data_security_mode"_s, u"NONE"_s);
    shared.insert(u"autotermination_minutes"_s, 0);
    shared.remove(u"runtime_engine"_s);
    m_pane->showCluster(shared);
    QCOMPARE(setting(u"Access mode"_s), u"No isolation shared"_s);
    QCOMPARE(setting(u"Terminates"_s), u"Never"_s);
    QCOMPARE(setting(u"Runtime engine"_s), u"Standard"_s);
    QCOMPARE(setting(u"Log delivery"_s), u"Off"_s);
}

void TestClusterPane::catalogIsReadOncePerClient()
{
    QVERIFY(showShared());
    QTRY_VERIFY(!setting(u"Runtime"_s).startsWith(u"15.4.x"_s));
    m_pane->showCluster(cluster(u"0301-220000-etln1ght"_s));
    QTRY_COMPARE(setting(u"Runtime"_s), u"14.3 LTS (includes Apache Spark 3.5.0, Scala 2.12)"_s);
    QCOMPARE(setting(u"Worker type"_s), u"r5d.2xlarge (8 cores, 64 GB)"_s);
    QCOMPARE(setting(u"Workers"_s), u"6 worker(s)"_s);
    // A second pane on the same workspace shares the first one's catalog.
    ClusterPane other(nullptr);
    other.setClient(&m_ws->client(), u"Alpha"_s);
    other.showCluster(cluster(kShared));
    const QList<QTreeWidgetItem *> runtime =
        other.configurationTree()->findItems(u"Runtime"_s, Qt::MatchExactly, 0);
    QCOMPARE(runtime.size(), 1);
    QCOMPARE(runtime.first()->text(1), u"15.4 LTS (includes Apache Spark 3.5.0, Scala 2.12)"_s);
    QCOMPARE(bodiesTo(u"/clusters/spark-versions"_s).size(), 1);
    QCOMPARE(bodiesTo(u"/clusters/list-node-types"_s).size(), 1);
}

void TestClusterPane::eventsWithAFilterAndLoadMore()
{
    // 33 demo events and 60 autoscaling reports: two pages.
    emulator::ClustersStore &store = m_ws->emulator().clusters();
    const qint64 start = store.find(kShared)->startTime;
    for (int i = 0; i < 60; ++i)
        store.addEvent(kShared, u"AUTOSCALING_STATS_REPORT"_s, {}, start + 3600'000 + i * 60'000);
    const int total = int(store.find(kShared)->events.size());
    QVERIFY(showShared());
    m_pane->tabs()->setCurrentIndex(ClusterPane::EventsTab);
    ClusterEventsModel *events = m_pane->eventsModel();
    QCOMPARE(m_pane->eventsView()->model(), events);
    QVERIFY(!m_pane->eventsView()->rootIsDecorated());
    QCOMPARE(events->rowCount(), 50);
    QVERIFY(m_pane->loadMoreButton()->isEnabled());
    QTest::mouseClick(m_pane->loadMoreButton(), Qt::LeftButton);
    QTRY_COMPARE(events->rowCount(), total);
    QVERIFY(!m_pane->loadMoreButton()->isEnabled());
    // The second page was asked with the first answer's next_page.
    const QJsonObject second = bodiesTo(u"/clusters/events"_s).last();
    QCOMPARE(second.value(u"offset"_s).toInt(), 50);
    QCOMPARE(second.value(u"cluster_id"_s).toString(), kShared);

    // Resizing: the resizes and the reports.
    const int resizing = m_pane->eventTypeFilter()->findText(u"Resizing"_s);
    QVERIFY(resizing > 0);
    m_pane->eventTypeFilter()->setCurrentIndex(resizing);
    QTRY_VERIFY(!events->isLoading());
    QCOMPARE(bodiesTo(u"/clusters/events"_s).last().value(u"event_types"_s).toArray(),
             (QJsonArray{u"RESIZING"_s, u"UPSIZE_COMPLETED"_s, u"AUTOSCALING_STATS_REPORT"_s}));
    QCOMPARE(events->rowCount(), 50);
    QVERIFY(m_pane->loadMoreButton()->isEnabled());
    QTest::mouseClick(m_pane->loadMoreButton(), Qt::LeftButton);
    QTRY_COMPARE(events->rowCount(), 60 + 14);
    for (int row = 0; row < events->rowCount(); ++row) {
        const QString type = events->eventAt(row).value("type"_L1).toString();
        QVERIFY2(type == u"RESIZING"_s || type == u"UPSIZE_COMPLETED"_s ||
                     type == u"AUTOSCALING_STATS_REPORT"_s,
                 qPrintable(type));
    }
    // Every request of the filtered listing carried the filter.
    QCOMPARE(bodiesTo(u"/clusters/events"_s).last().value(u"event_types"_s).toArray().size(), 3);

    // Lifecycle: one page, in words.
    m_pane->eventTypeFilter()->setCurrentIndex(m_pane->eventTypeFilter()->findText(u"Lifecycle"_s));
    QTRY_VERIFY(!events->isLoading());
    QCOMPARE(events->rowCount(), 4 * 4 + 2);
    QVERIFY(!m_pane->loadMoreButton()->isEnabled());
    QCOMPARE(events->index(0, ClusterEventsModel::EventColumn).data().toString(), u"Running"_s);
    QCOMPARE(events->index(1, ClusterEventsModel::EventColumn).data().toString(), u"Starting"_s);
    QCOMPARE(events->index(1, ClusterEventsModel::DetailsColumn).data().toString(),
             u"By ana.lopez@brickdesk.dev"_s);
    QCOMPARE(events->index(2, ClusterEventsModel::EventColumn).data().toString(), u"Terminated"_s);
    QCOMPARE(events->index(2, ClusterEventsModel::DetailsColumn).data().toString(),
             u"Inactivity (idle for 60 minutes)"_s);

    // All again.
    m_pane->eventTypeFilter()->setCurrentIndex(0);
    QTRY_VERIFY(!events->isLoading());
    QVERIFY(!bodiesTo(u"/clusters/events"_s).last().contains(u"event_types"_s));
    QCOMPARE(events->rowCount(), 50);
}

void TestClusterPane::workersChartAndItsDescription()
{
    QVERIFY(showShared());
    m_pane->tabs()->setCurrentIndex(ClusterPane::WorkersTab);
    ClusterWorkersChart *chart = m_pane->workersChart();
    QVERIFY(!chart->isEmpty());
    // Read with the types the history needs.
    bool sawSizingRequest = false;
    for (const QJsonObject &body : bodiesTo(u"/clusters/events"_s))
        sawSizingRequest |= body.value(u"event_types"_s).toArray() ==
                            QJsonArray::fromStringList(ClusterEventsModel::sizingEventTypes());
    QVERIFY(sawSizingRequest);

    // Four earlier days peaking at 7 or 6, today 2 then 5; terminated between.
    QCOMPARE(chart->peak(), 7);
    QCOMPARE(chart->axisMaximum(), 7.0);
    QCOMPARE(chart->points().last().workers, 5);
    QCOMPARE(chart->points().first().workers, 0);
    // Drawn as steps: every segment is level or upright.
    const QList<QPointF> vertices = chart->seriesPoints();
    QCOMPARE(vertices.size(), 2 * chart->points().size() - 1);
    for (qsizetype i = 1; i < vertices.size(); ++i)
        QVERIFY(vertices[i].x() == vertices[i - 1].x() || vertices[i].y() == vertices[i - 1].y());
    QCOMPARE(vertices.last().y(), 5.0);

    const QString description = chart->accessibleDescription();
    QVERIFY2(description.startsWith(u"Between 0 and 7 workers over the last "_s),
             qPrintable(description));
    QVERIFY2(description.contains(u"day(s)"_s), qPrintable(description));
    QVERIFY2(description.endsWith(u"; now 5"_s), qPrintable(description));
    QCOMPARE(chart->accessibleName(), u"Workers over time"_s);
    test::saveScreenshot(m_pane.get(), u"cluster-workers"_s);
}

void TestClusterPane::workersChartEmptyState()
{
    ClusterWorkersChart chart;
    chart.setEvents(QJsonArray{QJsonObject{{u"type"_s, u"PINNED"_s}, {u"timestamp"_s, 1000}}});
    QVERIFY(chart.isEmpty());
    QCOMPARE(chart.accessibleDescription(), u"No sizing events yet."_s);
    QVERIFY(chart.emptyText().startsWith(u"No sizing events yet."_s));
    chart.resize(400, 260);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    // A steady cluster says so.
    chart.setPoints({{0, 3}, {3 * 3600'000, 3}});
    QCOMPARE(chart.accessibleDescription(), u"3 workers throughout the last 3 hour(s); now 3"_s);
    QCOMPARE(chart.axisMaximum(), 3.0);
}

void TestClusterPane::librariesShowTheFailure()
{
    QVERIFY(showShared());
    m_pane->tabs()->setCurrentIndex(ClusterPane::LibrariesTab);
    LibraryStatusModel *libraries = m_pane->librariesModel();
    QCOMPARE(libraries->rowCount(), 3);
    const int broken = libraryRow(pypi(u"internal-utils==0.0.0-broken"_s));
    QVERIFY(broken >= 0);
    QAbstractItemModel *shown = m_pane->librariesView()->model();
    QCOMPARE(shown->index(broken, LibraryStatusModel::LibraryColumn).data().toString(),
             u"internal-utils==0.0.0-broken"_s);
    QCOMPARE(shown->index(broken, LibraryStatusModel::KindColumn).data().toString(), u"PyPI"_s);
    QCOMPARE(shown->index(broken, LibraryStatusModel::StatusColumn).data().toString(), u"Failed"_s);
    QVERIFY(shown->index(broken, LibraryStatusModel::MessagesColumn)
                .data()
                .toString()
                .contains(u"Pip could not find a version that satisfies the requirement"_s));
    QVERIFY(shown->index(broken, LibraryStatusModel::StatusColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"internal-utils==0.0.0-broken"_s));
    // The status colour is painted as the cell's decoration.
    const QVariant decoration =
        shown->index(broken, LibraryStatusModel::StatusColumn).data(Qt::DecorationRole);
    QCOMPARE(decoration.metaType(), QMetaType::fromType<QColor>());
    QCOMPARE(decoration.value<QColor>(),
             QColor::fromRgba(LibraryStatusModel::statusColor(u"FAILED"_s)));
    QCOMPARE(shown->index(0, LibraryStatusModel::StatusColumn).data().toString(), u"Installed"_s);
    test::saveScreenshot(m_pane.get(), u"cluster-libraries"_s);
}

void TestClusterPane::installPyPILibraryUntilInstalled()
{
    // Fast clock: the library's 8 s of install take a blink.
    m_ws->emulator().clock().setScale(100);
    m_ws->emulator().clock().setFrozen(false);
    m_pane->setLiveUpdatesEnabled(true);
    QVERIFY(showShared());
    m_pane->tabs()->setCurrentIndex(ClusterPane::LibrariesTab);
    QVERIFY(m_pane->installLibraryAction()->isEnabled());
    QVERIFY(!m_pane->librariesModel()->poller()->isActive()); // all settled
    QSignalSpy status(m_pane.get(), &ClusterPane::statusChanged);

    m_pane->installLibraryAction()->trigger();
    QPointer<InstallLibraryDialog> dialog = m_pane->findChild<InstallLibraryDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->windowTitle().contains(u"Shared analytics"_s));
    QVERIFY(!dialog->installButton()->isEnabled());
    dialog->setLibrary(LibrarySpec::Kind::Maven, u"com.example:only-two"_s);
    QVERIFY(!dialog->installButton()->isEnabled());
    QVERIFY(dialog->problemText().contains(u"group:artifact:version"_s));
    QVERIFY(dialog->findChild<QLabel *>(u"installLibraryProblem"_s)->isVisible());
    QVERIFY(dialog->repoEdit()->isVisible());
    dialog->setLibrary(LibrarySpec::Kind::Wheel, u"/Workspace/a.whl"_s);
    QVERIFY(dialog->installButton()->isEnabled());
    QVERIFY(!dialog->repoEdit()->isVisible()); // files have no repository
    dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findText(u"PyPI"_s));
    dialog->textEdit()->setText(u"polars==1.2.0"_s);
    QVERIFY(dialog->installButton()->isEnabled());
    QTest::mouseClick(dialog->installButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull()); // accepted and gone

    const QList<QJsonObject> installs = bodiesTo(u"/libraries/install"_s);
    QCOMPARE(installs.size(), 1);
    QCOMPARE(installs.first(),
             (QJsonObject{{u"cluster_id"_s, kShared},
                          {u"libraries"_s, QJsonArray{pypi(u"polars==1.2.0"_s)}}}));
    QVERIFY(!status.isEmpty());
    QVERIFY2(status.last().first().toString().startsWith(u"Installing polars==1.2.0"_s),
             qPrintable(status.last().first().toString()));

    LibraryStatusModel *libraries = m_pane->librariesModel();
    QTRY_VERIFY(libraryRow(pypi(u"polars==1.2.0"_s)) >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(libraries->status(libraryRow(pypi(u"polars==1.2.0"_s))),
                              u"INSTALLED"_s, 15000);
    QCOMPARE(
        libraries->index(libraryRow(pypi(u"polars==1.2.0"_s)), LibraryStatusModel::StatusColumn)
            .data()
            .toString(),
        u"Installed"_s);
    QTRY_VERIFY(!libraries->poller()->isActive());
    QVERIFY(!libraries->poller()->isScheduled());
}

void TestClusterPane::installRefusedByServerKeepsTheText()
{
    QVERIFY(showShared());
    m_pane->installLibraryAction()->trigger();
    QPointer<InstallLibraryDialog> dialog = m_pane->findChild<InstallLibraryDialog *>();
    QVERIFY(dialog);
    dialog->setLibrary(LibrarySpec::Kind::PyPI, u"polars==1.2.0"_s,
                       u"https://pypi.example.com/simple"_s);
    // The cluster goes away before Install: the server refuses.
    QVERIFY(m_ws->emulator().clusters().remove(kShared));
    QTest::mouseClick(dialog->installButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->errorText().isEmpty());
    QVERIFY2(dialog->errorText().contains(u"does not exist"_s), qPrintable(dialog->errorText()));
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isBusy());
    QCOMPARE(dialog->textEdit()->text(), u"polars==1.2.0"_s);
    QCOMPARE(dialog->repoEdit()->text(), u"https://pypi.example.com/simple"_s);
    QVERIFY(dialog->installButton()->isEnabled());
    dialog->reject();
    QTRY_VERIFY(dialog.isNull());
}

void TestClusterPane::uninstallWaitsForRestart()
{
    QVERIFY(showShared());
    m_pane->tabs()->setCurrentIndex(ClusterPane::LibrariesTab);
    QVERIFY(!m_pane->uninstallLibraryAction()->isEnabled()); // nothing selected
    const int pandas = libraryRow(pypi(u"pandas==2.2.2"_s));
    QVERIFY(pandas >= 0);
    QTreeView *view = m_pane->librariesView();
    view->setCurrentIndex(view->model()->index(pandas, 0));
    QVERIFY(m_pane->uninstallLibraryAction()->isEnabled());

    ConfirmDialog::setAnswerForTesting(true);
    QSignalSpy status(m_pane.get(), &ClusterPane::statusChanged);
    m_pane->uninstallLibraryAction()->trigger();
    QTRY_VERIFY(!status.isEmpty());
    const QString question = ConfirmDialog::lastQuestionForTesting();
    QVERIFY2(question.contains(u"pandas==2.2.2"_s) && question.contains(u"Shared analytics"_s) &&
                 question.contains(u"Alpha"_s) && question.contains(u"restarts"_s),
             qPrintable(question));
    QCOMPARE(bodiesTo(u"/libraries/uninstall"_s).last(),
             (QJsonObject{{u"cluster_id"_s, kShared},
                          {u"libraries"_s, QJsonArray{pypi(u"pandas==2.2.2"_s)}}}));
    LibraryStatusModel *libraries = m_pane->librariesModel();
    QTRY_COMPARE(
        libraries->index(libraryRow(pypi(u"pandas==2.2.2"_s)), LibraryStatusModel::StatusColumn)
            .data()
            .toString(),
        u"Uninstall on restart"_s);
    // Already on its way out: nothing more to uninstall.
    view->setCurrentIndex(view->model()->index(libraryRow(pypi(u"pandas==2.2.2"_s)), 0));
    QVERIFY(!m_pane->uninstallLibraryAction()->isEnabled());

    // A "no" sends nothing.
    const int sent = int(bodiesTo(u"/libraries/uninstall"_s).size());
    view->setCurrentIndex(
        view->model()->index(libraryRow(pypi(u"internal-utils==0.0.0-broken"_s)), 0));
    ConfirmDialog::setAnswerForTesting(false);
    m_pane->uninstallLibraryAction()->trigger();
    QTRY_VERIFY(ConfirmDialog::lastQuestionForTesting().contains(u"internal-utils"_s));
    QCOMPARE(int(bodiesTo(u"/libraries/uninstall"_s).size()), sent);
}

void TestClusterPane::onlyAStateChangeRefetches()
{
    QVERIFY(showShared());
    const int events = int(bodiesTo(u"/clusters/events"_s).size());
    const int libraries = int(bodiesTo(u"/libraries/cluster-status"_s).size());

    // The row changed, not the state: nothing is read again.
    QJsonObject shared = cluster(kShared);
    shared.insert(u"last_activity_time"_s, shared.value(u"start_time"_s).toInteger() + 1000);
    m_pane->showCluster(shared);
    QVERIFY(!m_pane->eventsModel()->isLoading());
    QVERIFY(!m_pane->sizingEventsModel()->isLoading());
    QVERIFY(!m_pane->librariesModel()->isLoading());

    // A new state: events, chart and libraries are read again.
    shared.insert(u"state"_s, u"RESTARTING"_s);
    m_pane->showCluster(shared);
    QVERIFY(m_pane->eventsModel()->isLoading());
    QVERIFY(m_pane->sizingEventsModel()->isLoading());
    QVERIFY(m_pane->librariesModel()->isLoading());
    QVERIFY(m_pane->factsText().startsWith(u"Restarting"_s));
    QTRY_VERIFY(m_pane->isWorkersHistoryComplete() && !m_pane->eventsModel()->isLoading() &&
                !m_pane->librariesModel()->isLoading());
    QCOMPARE(int(bodiesTo(u"/clusters/events"_s).size()), events + 2);
    QCOMPARE(int(bodiesTo(u"/libraries/cluster-status"_s).size()), libraries + 1);
}

void TestClusterPane::workersHistoryWaitsForItsTab()
{
    // Passing over a cluster with another tab in front reads its events and
    // libraries, not the pages of sizing events behind the chart.
    m_pane->tabs()->setCurrentIndex(ClusterPane::EventsTab);
    m_pane->showCluster(cluster(kShared));
    QTRY_VERIFY(!m_pane->eventsModel()->isLoading() && m_pane->eventsModel()->rowCount() > 0);
    QTRY_VERIFY(m_pane->librariesModel()->rowCount() > 0);
    const int events = int(bodiesTo(u"/clusters/events"_s).size());
    QCOMPARE(events, 1);
    QVERIFY(!m_pane->isWorkersHistoryComplete());
    // Showing the chart reads them.
    m_pane->tabs()->setCurrentIndex(ClusterPane::WorkersTab);
    QTRY_VERIFY(m_pane->isWorkersHistoryComplete());
    QVERIFY(int(bodiesTo(u"/clusters/events"_s).size()) > events);
    QVERIFY(!m_pane->workersChart()->isEmpty());
}

void TestClusterPane::controlsAreNamed()
{
    QVERIFY(showShared());
    const QList<QWidget *> controls{m_pane->tabs(),
                                    m_pane->configurationTree(),
                                    m_pane->eventTypeFilter(),
                                    m_pane->eventsView(),
                                    m_pane->loadMoreButton(),
                                    m_pane->workersChart(),
                                    m_pane->librariesView(),
                                    m_pane->findChild<QWidget *>(u"installLibraryButton"_s),
                                    m_pane->findChild<QWidget *>(u"uninstallLibraryButton"_s)};
    for (QWidget *control : controls) {
        QVERIFY(control);
        QVERIFY2(!control->objectName().isEmpty(), control->metaObject()->className());
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
    }
    QVERIFY(!m_pane->installLibraryAction()->objectName().isEmpty());
    QVERIFY(!m_pane->uninstallLibraryAction()->objectName().isEmpty());
}

QTEST_MAIN(TestClusterPane)
#include "tst_clusterpane.moc"
