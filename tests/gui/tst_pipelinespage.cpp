// The Pipelines area over real HTTP against the emulator's demo pipelines:
// the list (state, health, last update, mode), the pane (settings with
// library links, updates, the timeline of a failed update, the event log
// with a level filter, search and paging), and every action: selective
// refresh, stop, create, edit with a stale-edit conflict, delete, copy id,
// open in browser and permissions.

#include "app/common/areapage.h"
#include "app/common/browseropener.h"
#include "app/common/confirmdialog.h"
#include "app/common/jsoneditor/jsonpayloaddialog.h"
#include "app/common/resourcelistview.h"
#include "app/common/testseam.h"
#include "app/permissions/permissionsdialog.h"
#include "app/pipelines/pipelineeventsview.h"
#include "app/pipelines/pipelinepane.h"
#include "app/pipelines/pipelinesactions.h"
#include "app/pipelines/pipelinesbrowser.h"
#include "app/pipelines/pipelinespage.h"
#include "app/pipelines/startupdatedialog.h"
#include "app/pipelines/updatetimelineview.h"
#include "core/emulator/emulator.h"
#include "core/emulator/pipelinesstore.h"
#include "core/net/apiclient.h"
#include "core/permissions/permissionsmodel.h"
#include "core/pipelines/pipelineeventsmodel.h"
#include "core/pipelines/pipelinesmodel.h"
#include "core/pipelines/pipelineupdatesmodel.h"
#include "tests/support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

const QString kOrders = u"3b8e2f10-7c4d-4a91-b6e5-0d9f8a7c6b51"_s; // running now
const QString kClicks = u"7d41c9a2-e3b5-4f68-9a1c-2b3d4e5f6071"_s; // continuous, idle
const QString kGold = u"a3c1e5d7-2b4f-4a6c-8e0d-1f3b5c7d9e2a"_s;   // healthy, idle
const QString kLedger = u"c0a8f3e4-1b2d-4c5e-8f90-a1b2c3d4e5f6"_s; // failed
const QString kLedgerFailedUpdate = u"f6e5d4c3-b2a1-4f0e-9d8c-7b6a5f4e3d2c"_s;

} // namespace

class TestPipelinesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listShowsStateHealthLastUpdateAndMode();
    void settingsLinkLibrariesIntoTheWorkspace();
    void failedUpdateTimelineShowsWhereItFailed();
    void eventsFilterSearchAndPageWithTheTokenAlone();
    void startRefreshesSelectedTables();
    void startDialogOffersThePipelinesTables();
    void stopCancelsTheRunningUpdate();
    void createFromTemplate();
    void staleEditReportsTheConflict();
    void deleteNamesWhatGoes();
    void copyOpenAndPermissions();

private:
    bool select(const QString &pipelineId);
    QList<emulator::RecordedRequest> requestsTo(const QString &suffix, const QByteArray &method);
    template <typename T> T *waitForDialog(const QString &name);

    std::unique_ptr<test::TestWorkspace> m_ws;
    std::unique_ptr<PipelinesPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    PipelinesModel *m_model = nullptr;
    PipelinesBrowser *m_browser = nullptr;
    PipelinesActions *m_actions = nullptr;
};

void TestPipelinesPage::initTestCase()
{
    QCoreApplication::setOrganizationName(u"BrickdeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_pipelinespage"_s);
}

void TestPipelinesPage::init()
{
    m_ws = std::make_unique<test::TestWorkspace>(emulator::Seed::Demo);
    // Time moves only when a test says so.
    m_ws->emulator().clock().setFrozen(true);
    m_page = std::make_unique<PipelinesPage>();
    AreaContext context;
    context.client = &m_ws->client();
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
}

void TestPipelinesPage::cleanup()
{
    resetTestSeams();
    m_tester.reset();
    m_page.reset();
    m_ws.reset();
}

bool TestPipelinesPage::select(const QString &pipelineId)
{
    if (!m_browser->view()->selectKey(pipelineId))
        return false;
    return QTest::qWaitFor([&] { return m_browser->pane()->pipelineId() == pipelineId; }, 5000);
}

QList<emulator::RecordedRequest> TestPipelinesPage::requestsTo(const QString &suffix,
                                                               const QByteArray &method)
{
    QList<emulator::RecordedRequest> found;
    for (const auto &request : m_ws->emulator().requests()) {
        if (request.method == method && request.path.endsWith(suffix))
            found.append(request);
    }
    return found;
}

template <typename T> T *TestPipelinesPage::waitForDialog(const QString &name)
{
    T *dialog = nullptr;
    static_cast<void>(QTest::qWaitFor([&] {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *found = qobject_cast<T *>(widget);
                found && found->objectName() == name && found->isVisible())
                dialog = found;
        return dialog != nullptr;
    }));
    return dialog;
}

void TestPipelinesPage::listShowsStateHealthLastUpdateAndMode()
{
    QCOMPARE(m_model->rowCount(), 4);
    const int ledger = m_model->rowForKey(kLedger);
    QVERIFY(ledger >= 0);
    QCOMPARE(m_model->index(ledger, PipelinesModel::StateColumn).data().toString(), u"Failed"_s);
    QCOMPARE(m_model->index(ledger, PipelinesModel::HealthColumn).data().toString(),
             u"Unhealthy"_s);
    QVERIFY(m_model->index(ledger, PipelinesModel::LastUpdateColumn)
                .data()
                .toString()
                .startsWith(u"Failed · "_s));
    const int orders = m_model->rowForKey(kOrders);
    QCOMPARE(m_model->index(orders, PipelinesModel::StateColumn).data().toString(), u"Running"_s);
    // The list has no settings: the mode of the rows in sight is read with get.
    QTRY_COMPARE(m_model->index(ledger, PipelinesModel::ModeColumn).data().toString(),
                 u"Triggered · development"_s);
    QTRY_COMPARE(
        m_model->index(m_model->rowForKey(kClicks), PipelinesModel::ModeColumn).data().toString(),
        u"Continuous · production"_s);
    QCOMPARE(m_model->index(ledger, PipelinesModel::CreatorColumn).data().toString(),
             u"ana.lopez@brickdesk.dev"_s);
}

void TestPipelinesPage::settingsLinkLibrariesIntoTheWorkspace()
{
    QVERIFY(select(kOrders));
    PipelinePane *pane = m_browser->pane();
    QTRY_VERIFY(pane->settingsView()->toHtml().contains(u"main.bronze"_s));
    const QString html = pane->settingsView()->toHtml();
    QVERIFY(html.contains(u"workspace:/Shared/etl/ingest"_s));
    QVERIFY(html.contains(u"Triggered · production"_s));
    // A library link asks the workspace area to show the notebook.
    QSignalSpy reveal(m_page.get(), &AreaPage::revealRequested);
    emit pane->settingsView()->anchorClicked(QUrl(u"workspace:/Shared/etl/ingest"_s));
    QCOMPARE(reveal.size(), 1);
    QCOMPARE(reveal.first().at(0).toString(), u"workspace"_s);
    QCOMPARE(reveal.first().at(1).toString(), u"/Shared/etl/ingest"_s);
}

void TestPipelinesPage::failedUpdateTimelineShowsWhereItFailed()
{
    QVERIFY(select(kLedger));
    PipelinePane *pane = m_browser->pane();
    QTRY_COMPARE(pane->currentUpdateId(), kLedgerFailedUpdate);
    QTRY_COMPARE(pane->timeline()->timeline().finalState, u"FAILED"_s);
    const UpdateTimeline &timeline = pane->timeline()->timeline();
    QVERIFY(!timeline.phases.isEmpty());
    QVERIFY(!timeline.errors.isEmpty());
    bool customersFailed = false;
    for (const UpdateTimeline::Span &flow : timeline.flows) {
        if (flow.name.endsWith(u"customers_dim"_s))
            customersFailed = flow.failed();
    }
    QVERIFY(customersFailed);
    // The updates list says how long each ended one took.
    PipelineUpdatesModel *updates = pane->updates();
    const int row = updates->rowForKey(kLedgerFailedUpdate);
    QTRY_VERIFY(
        !updates->index(row, PipelineUpdatesModel::DurationColumn).data().toString().isEmpty());
    QVERIFY(!pane->timeline()->accessibleDescription().isEmpty());
}

void TestPipelinesPage::eventsFilterSearchAndPageWithTheTokenAlone()
{
    QVERIFY(select(kLedger));
    PipelinePane *pane = m_browser->pane();
    PipelineEventsView *events = pane->events();
    events->model()->setPageSizes(3, 3);
    pane->tabs()->setCurrentWidget(events);
    QTRY_COMPARE(events->model()->state(), PipelineEventsModel::State::Loaded);
    m_ws->emulator().clearRequests();
    events->setLevels(PipelineEventsView::Levels::Errors);
    QTRY_COMPARE(events->model()->state(), PipelineEventsModel::State::Loaded);
    QVERIFY(events->model()->eventCount() > 0);
    for (int row = 0; row < events->model()->eventCount(); ++row)
        QCOMPARE(events->model()->eventAt(row).level, u"ERROR"_s);
    // An error's exceptions are its children.
    const QModelIndex first = events->model()->index(0, 0);
    QVERIFY(events->model()->rowCount(first) > 0);
    QVERIFY(events->model()
                ->index(0, PipelineEventsModel::MessageColumn, first)
                .data()
                .toString()
                .contains(u"TABLE_OR_VIEW_NOT_FOUND"_s));

    // Later pages go on with the page token alone, and stay filtered.
    events->setLevels(PipelineEventsView::Levels::Info);
    QTRY_COMPARE(events->model()->state(), PipelineEventsModel::State::Loaded);
    QVERIFY(events->model()->canLoadMore());
    m_ws->emulator().clearRequests();
    const int before = events->model()->eventCount();
    QTest::mouseClick(events->loadMoreButton(), Qt::LeftButton);
    QTRY_VERIFY(events->model()->eventCount() > before);
    QTRY_COMPARE(events->model()->state(), PipelineEventsModel::State::Loaded);
    const auto pages = requestsTo(u"/events"_s, "GET");
    QCOMPARE(pages.size(), 1);
    QVERIFY(pages.first().query.hasQueryItem(u"page_token"_s));
    QVERIFY(!pages.first().query.hasQueryItem(u"filter"_s));
    QVERIFY(!pages.first().query.hasQueryItem(u"order_by"_s));
    for (int row = 0; row < events->model()->eventCount(); ++row)
        QCOMPARE(events->model()->eventAt(row).level, u"INFO"_s);

    // The search narrows what is loaded.
    events->setSearchText(u"customers_dim"_s);
    QVERIFY(events->proxy()->rowCount() > 0);
    QVERIFY(events->proxy()->rowCount() <= events->model()->eventCount());
    QVERIFY(events->statusText().contains(u"match"_s));
}

void TestPipelinesPage::startRefreshesSelectedTables()
{
    QVERIFY(select(kGold));
    QVERIFY(m_actions->startAction()->isEnabled());
    QVERIFY(!m_actions->stopAction()->isEnabled());
    PipelinesService::StartUpdate update;
    update.refreshSelection = {u"main.gold.customer_ltv"_s};
    update.fullRefreshSelection = {u"main.gold.top_products"_s};
    StartUpdateDialog::setAnswerForTesting(std::optional<PipelinesService::StartUpdate>(update));
    m_actions->startAction()->trigger();
    QTRY_COMPARE(requestsTo(u"/updates"_s, "POST").size(), 1);
    const QJsonObject body =
        QJsonDocument::fromJson(requestsTo(u"/updates"_s, "POST").first().body).object();
    QCOMPARE(body.value("refresh_selection"_L1).toArray(), QJsonArray{u"main.gold.customer_ltv"_s});
    QCOMPARE(body.value("full_refresh_selection"_L1).toArray(),
             QJsonArray{u"main.gold.top_products"_s});
    QVERIFY(!body.contains("full_refresh"_L1));
    // The new update is selected and followed.
    const auto *pipeline = m_ws->emulator().pipelines().find(kGold);
    QVERIFY(pipeline);
    const QString started = pipeline->updates.first().updateId;
    QTRY_COMPARE(m_browser->pane()->currentUpdateId(), started);
    QTRY_VERIFY(m_actions->stopAction()->isEnabled());
    QVERIFY(m_browser->statusText().contains(u"Started"_s));
}

void TestPipelinesPage::startDialogOffersThePipelinesTables()
{
    const QString latest = PipelinesModel::latestUpdate(m_model->item(m_model->rowForKey(kGold)))
                               .value("update_id"_L1)
                               .toString();
    StartUpdateDialog dialog(&m_ws->client(), kGold, u"orders-gold"_s, latest);
    QSignalSpy loaded(&dialog, &StartUpdateDialog::tablesLoaded);
    dialog.show();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(dialog.tables().size(), 4);
    QVERIFY(dialog.request().has_value()); // refresh all by default
    dialog.setMode(StartUpdateDialog::Mode::Selected);
    QVERIFY(!dialog.request());
    QVERIFY(!dialog.problemText().isEmpty());
    dialog.pickTable(dialog.tables().first(), false);
    dialog.pickTable(dialog.tables().last(), true);
    const auto request = dialog.request();
    QVERIFY(request);
    QCOMPARE(request->refreshSelection, QStringList{dialog.tables().first()});
    QCOMPARE(request->fullRefreshSelection, QStringList{dialog.tables().last()});
    QVERIFY(dialog.findChild<QLabel *>(u"startWarning"_s)->text().contains(u"emptied"_s));
    dialog.setMode(StartUpdateDialog::Mode::FullRefreshAll);
    QVERIFY(dialog.request()->fullRefresh);
    dialog.setMode(StartUpdateDialog::Mode::ValidateOnly);
    QVERIFY(dialog.request()->validateOnly);
}

void TestPipelinesPage::stopCancelsTheRunningUpdate()
{
    QVERIFY(select(kOrders));
    QVERIFY(m_actions->stopAction()->isEnabled());
    QVERIFY(!m_actions->startAction()->isEnabled());
    ConfirmDialog::setAnswerForTesting(true);
    m_actions->stopAction()->trigger();
    QTRY_COMPARE(requestsTo(u"/stop"_s, "POST").size(), 1);
    QVERIFY(ConfirmDialog::lastQuestionForTesting().contains(u"orders-dlt"_s));
    QVERIFY(ConfirmDialog::lastQuestionForTesting().contains(u"Alpha"_s));
    // The stop runs its course on the clock; the row follows live.
    m_ws->emulator().clock().advance(10'000);
    QTRY_COMPARE(m_model->item(m_model->rowForKey(kOrders)).value("state"_L1).toString(),
                 u"IDLE"_s);
    QCOMPARE(PipelinesModel::latestUpdate(m_model->item(m_model->rowForKey(kOrders)))
                 .value("state"_L1)
                 .toString(),
             u"CANCELED"_s);
    QTRY_VERIFY(m_actions->startAction()->isEnabled());
}

void TestPipelinesPage::createFromTemplate()
{
    m_actions->newPipelineAction()->trigger();
    auto *dialog = waitForDialog<JsonPayloadDialog>(u"newPipelineDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->text().contains(u"\"name\""_s));
    QString text = dialog->text();
    text.replace(u"orders-silver"_s, u"brickdesk-made"_s);
    dialog->setText(text);
    const QPointer<JsonPayloadDialog> guard(dialog); // it deletes itself on close
    dialog->apply();
    QTRY_VERIFY(!guard || !guard->isVisible());
    QTRY_VERIFY(m_model->rowCount() == 5);
    bool found = false;
    for (const emulator::Pipeline *pipeline : m_ws->emulator().pipelines().pipelines())
        found = found || pipeline->name == u"brickdesk-made"_s;
    QVERIFY(found);
    QTRY_COMPARE(m_model->item(m_browser->view()->currentSourceRow()).value("name"_L1).toString(),
                 u"brickdesk-made"_s);
}

void TestPipelinesPage::staleEditReportsTheConflict()
{
    QVERIFY(select(kGold));
    m_actions->editAction()->trigger();
    auto *dialog = waitForDialog<JsonPayloadDialog>(u"editPipelineDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->text().contains(u"\"catalog\": \"main\""_s));
    // Someone else saves the settings meanwhile.
    emulator::Pipeline *pipeline = m_ws->emulator().pipelines().modify(kGold);
    QVERIFY(pipeline);
    pipeline->lastModified += 60'000;
    QString text = dialog->text();
    text.replace(u"\"development\": false"_s, u"\"development\": true"_s);
    dialog->setText(text);
    dialog->apply();
    QVERIFY(dialog->isReviewing());
    dialog->confirm();
    QTRY_VERIFY(dialog->noticeText().contains(u"Someone changed"_s));
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->text().contains(u"\"development\": true"_s));
    const auto puts = requestsTo(kGold, "PUT");
    QCOMPARE(puts.size(), 1);
    QVERIFY(
        QJsonDocument::fromJson(puts.first().body).object().contains("expected_last_modified"_L1));
    // Nothing was overwritten.
    QCOMPARE(m_ws->emulator().pipelines().find(kGold)->spec.value("development"_L1).toBool(),
             false);
    dialog->close();
}

void TestPipelinesPage::deleteNamesWhatGoes()
{
    QVERIFY(select(kClicks));
    ConfirmDialog::setAnswerForTesting(false);
    m_actions->deleteAction()->trigger();
    QTRY_VERIFY(ConfirmDialog::lastQuestionForTesting().contains(u"clickstream-sessionize"_s));
    QVERIFY(ConfirmDialog::lastQuestionForTesting().contains(u"tables"_s));
    QVERIFY(ConfirmDialog::lastQuestionForTesting().contains(u"Alpha"_s));
    QVERIFY(m_ws->emulator().pipelines().find(kClicks));
    ConfirmDialog::setAnswerForTesting(true);
    m_actions->deleteAction()->trigger();
    QTRY_VERIFY(!m_ws->emulator().pipelines().find(kClicks));
    QTRY_COMPARE(m_model->rowForKey(kClicks), -1);
}

void TestPipelinesPage::copyOpenAndPermissions()
{
    QVERIFY(select(kGold));
    m_actions->copyIdAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), kGold);
    QUrl opened;
    BrowserOpener::setOpenerForTesting([&opened](const QUrl &url) { opened = url; });
    m_actions->openInBrowserAction()->trigger();
    QCOMPARE(opened.path(), u"/pipelines/"_s + kGold);
    m_actions->permissionsAction()->trigger();
    PermissionsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<PermissionsDialog *>()) != nullptr);
    QCOMPARE(dialog->object().type, PermissionObject::Type::Pipeline);
    QCOMPARE(dialog->object().id, kGold);
    QSignalSpy loaded(dialog, &PermissionsDialog::loaded);
    QVERIFY(dialog->isLoaded() || loaded.wait(20000));
    QVERIFY2(dialog->isLoaded(), qPrintable(dialog->errorText()));
    QVERIFY(dialog->model()->ownerRow() >= 0);
    delete dialog;
}

QTEST_MAIN(TestPipelinesPage)
#include "tst_pipelinespage.moc"
