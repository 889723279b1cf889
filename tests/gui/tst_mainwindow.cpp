#include "app/common/aboutdialog.h"
#include "app/common/activitypanel.h"
#include "app/common/areapage.h"
#include "app/common/arearegistry.h"
#include "app/common/connectionstatus.h"
#include "app/common/messagepage.h"
#include "app/connections/connectionmanagerdialog.h"
#include "app/connections/profilelistmodel.h"
#include "app/demo/emulatorhost.h"
#include "app/launcher.h"
#include "app/mainwindow.h"
#include "app/workspace/workspacepage.h"
#include "app/workspace/workspaceview.h"
#include "brickdesk_version.h"
#include "core/activity/activitymodel.h"
#include "core/net/credentials.h"
#include "core/workspace/workspacemodel.h"
#include "tests/gui/areapages.h"
#include "tests/gui/guitestutil.h"
#include "tests/support/testworkspace.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

// What a screen reader (and a user) would find: the visible widget of that
// accessible name and type.
template <typename T> T *findByAccessibleName(QWidget *root, const QString &name)
{
    const QList<T *> candidates = root->findChildren<T *>();
    for (T *widget : candidates)
        if (widget->accessibleName() == name && widget->isVisible())
            return widget;
    return nullptr;
}

QStringList rootNames(const QAbstractItemModel *model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, 0).data().toString();
    return names;
}

bool activityHasPath(const ActivityModel *model, const QString &path)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->record(row).path == path)
            return true;
    return false;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoModeShowsTheWorkspace();
    void navigationListsTheRegisteredAreas();
    void assistiveTechnologySwitchesAreas();
    void notConnectedExplainsHowToConnect();
    void configFileProfilesAreShownAtStart();
    void environmentConnectsToTheWorkspace();
    void plainHttpToRemoteHostIsRefused();
    void hostWithoutTokenIsExplained();
    void aboutDialogOpensWithoutBlocking();
    void activityPanelToggles();
    void geometryAndAreaAreRemembered();
    void olderSavedAreaNumberStillFindsItsArea();
    void firstStartKeepsTheDocksSmall();
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(u"BrickdeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QSettings().clear();
}

void TestMainWindow::demoModeShowsTheWorkspace()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Launcher launcher(&window);
    QSignalSpy connected(&launcher, &Launcher::connected);
    LaunchOptions options;
    options.demo = true;
    launcher.start(options);
    QVERIFY(connected.wait(20000));
    EmulatorHost *emulator = launcher.emulatorHost();
    QVERIFY(emulator && emulator->isStarted());
    QCOMPARE(emulator->url().host(), u"127.0.0.1"_s);
    QVERIFY(window.windowTitle().contains(emulator->url().authority()));

    auto *tree = findByAccessibleName<QTreeView>(&window, u"Workspace"_s);
    QVERIFY(tree);
    QTRY_COMPARE(rootNames(tree->model()), (QStringList{u"Repos"_s, u"Shared"_s, u"Users"_s}));

    // Status bar: the host and the signed-in user from SCIM Me.
    QTRY_VERIFY(window.connectionStatus()->userText().contains(emulator->userName()));
    QVERIFY(window.connectionStatus()->hostText().contains(emulator->url().authority()));

    // Activity panel: every call so far, finished.
    auto *activity = findByAccessibleName<QTableView>(&window, u"Activity"_s);
    QVERIFY(activity);
    QTRY_VERIFY(activity->model()->rowCount() >= 2);
    QVERIFY(activityHasPath(window.activityModel(), u"/api/2.0/preview/scim/v2/Me"_s));

    // Expanding a folder lists it; F5 on it lists it again.
    const QModelIndex shared = tree->model()->index(1, 0);
    QCOMPARE(shared.data().toString(), u"Shared"_s);
    tree->expand(shared);
    QTRY_VERIFY(tree->model()->rowCount(shared) >= 2);
    QTRY_VERIFY(shared.model()
                    ->index(0, 0, shared)
                    .data(WorkspaceModel::RowKindRole)
                    .value<WorkspaceModel::RowKind>() == WorkspaceModel::RowKind::Object);
    const int callsBefore = window.activityModel()->rowCount();
    tree->setCurrentIndex(shared);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_F5);
    QTRY_VERIFY(window.activityModel()->rowCount() > callsBefore);
    QTRY_VERIFY(tree->model()->rowCount(shared) >= 2);
}

void TestMainWindow::navigationListsTheRegisteredAreas()
{
    test::TestWorkspace ws;
    MainWindow window;
    WorkspacePane *pane = window.connectToWorkspace(
        ws.url(), std::make_shared<BearerTokenCredentials>(QByteArray(test::kTestToken)));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QListWidget *navigation = window.navigation();
    const QList<AreaDescriptor> &areas = AreaRegistry::builtIn().areas();
    QCOMPARE(navigation->count(), int(areas.size()));
    // Only the area on show has a page; the others are made when first shown.
    QCOMPARE(pane->pages().size(), 1);
    QCOMPARE(pane->pages().first()->areaId(), pane->currentArea());
    for (int row = 0; row < navigation->count(); ++row) {
        const AreaDescriptor &area = areas.at(row);
        QCOMPARE(navigation->item(row)->text(), area.name());
        navigation->setCurrentRow(row);
        QCOMPARE(window.currentArea(), area.id);
        QCOMPARE(pane->currentArea(), area.id);
        AreaPage *page = pane->page(area.id);
        QVERIFY2(page && page->isVisible(), qPrintable(area.id));
        QVERIFY(page->isAttached());
        QCOMPARE(page->currentWidget(), page->content());
        QVERIFY(navigation->item(row)->isSelected());
    }
    QCOMPARE(int(pane->pages().size()), int(areas.size()));
    window.showArea(u"dbfs"_s);
    QTreeView *dbfs = findByAccessibleName<QTreeView>(&window, u"DBFS"_s);
    QVERIFY(dbfs && dbfs->isVisible());
    window.showArea(u"secrets"_s);
    QTreeView *secrets = findByAccessibleName<QTreeView>(&window, u"Secret scopes"_s);
    QVERIFY(secrets && secrets->isVisible());
    window.showArea(u"workspace"_s);
    QVERIFY(findByAccessibleName<QTreeView>(&window, u"Workspace"_s)->isVisible());
    window.showArea(u"no-such-area"_s); // ignored
    QCOMPARE(window.currentArea(), u"workspace"_s);
}

void TestMainWindow::assistiveTechnologySwitchesAreas()
{
    test::TestWorkspace ws;
    MainWindow window;
    WorkspacePane *pane = window.connectToWorkspace(
        ws.url(), std::make_shared<BearerTokenCredentials>(QByteArray(test::kTestToken)));
    window.resize(1000, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QListWidget *navigation = window.navigation();
    window.showArea(u"workspace"_s);
    int dbfsRow = -1;
    for (int row = 0; row < navigation->count(); ++row)
        if (navigation->item(row)->data(Qt::UserRole).toString() == u"dbfs"_s)
            dbfsRow = row;
    QVERIFY(dbfsRow >= 0);
    const int workspaceRow = navigation->currentRow();

    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(navigation);
    QVERIFY(list);
    QCOMPARE(list->text(QAccessible::Name), u"Areas"_s);
    QAccessibleTableInterface *table = list->tableInterface();
    QVERIFY(table);

    // AT-SPI Selection: selecting a row switches the page, and the
    // highlight and the current row follow.
    QVERIFY(table->selectRow(dbfsRow));
    QCOMPARE(window.currentArea(), u"dbfs"_s);
    QCOMPARE(navigation->currentRow(), dbfsRow);
    QVERIFY(pane->page(u"dbfs"_s)->isVisible());
    QCOMPARE(navigation->selectedItems(), QList{navigation->item(dbfsRow)});
    test::saveScreenshot(&window, u"areas-accessibility"_s);

    // A cell's Toggle action does the same.
    QAccessibleInterface *cell = table->cellAt(workspaceRow, 0);
    QVERIFY(cell);
    QAccessibleActionInterface *actions = cell->actionInterface();
    QVERIFY(actions);
    QVERIFY(actions->actionNames().contains(QAccessibleActionInterface::toggleAction()));
    actions->doAction(QAccessibleActionInterface::toggleAction());
    QCOMPARE(window.currentArea(), u"workspace"_s);
    QVERIFY(pane->page(u"workspace"_s)->isVisible());
    QCOMPARE(navigation->selectedItems(), QList{navigation->item(workspaceRow)});

    // Clearing the selection leaves the shown area highlighted.
    navigation->clearSelection();
    QCOMPARE(navigation->selectedItems(), QList{navigation->item(workspaceRow)});
}

void TestMainWindow::notConnectedExplainsHowToConnect()
{
    MainWindow window;
    window.show();
    Launcher launcher(&window);
    QSignalSpy notConnected(&launcher, &Launcher::notConnected);
    launcher.start(LaunchOptions{});
    // After reading ~/.databrickscfg, off the GUI thread.
    QTRY_COMPARE(notConnected.size(), 1);
    QVERIFY(!window.client());
    QVERIFY(!test::workspacePageOf(window.currentWorkspace()));
    MessagePage *page = window.homePage();
    QVERIFY(page->isVisible());
    QCOMPARE(page->title(), u"Not connected to a workspace"_s);
    QVERIFY(page->text().contains(u"--demo"_s));
    QVERIFY(page->text().contains(u"DATABRICKS_HOST"_s));
    QVERIFY(page->text().contains(u"DATABRICKS_TOKEN"_s));
    QVERIFY(page->problem().isEmpty());
    // The two ways out, as buttons.
    auto *open = page->findChild<QPushButton *>(u"homeOpenWorkspace"_s);
    auto *demo = page->findChild<QPushButton *>(u"homeOpenDemo"_s);
    QVERIFY(open && open->isVisible());
    QVERIFY(demo && demo->isVisible());
    QVERIFY(window.findChild<QWidget *>(u"workspaceSwitcherBar"_s)->isHidden());
    QCOMPARE(window.connectionStatus()->hostText(), u"Not connected"_s);
    QCOMPARE(window.windowTitle(), u"Brickdesk"_s);
}

void TestMainWindow::configFileProfilesAreShownAtStart()
{
    const QString path = QDir::home().filePath(u".databrickscfg"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[dev]\nhost = https://adb-5820.11.azuredatabricks.net\n");
    }
    MainWindow window;
    window.show();
    Launcher launcher(&window);
    QSignalSpy notConnected(&launcher, &Launcher::notConnected);
    // The launcher's read of the file is the dialog's: the dialog has it
    // the moment it opens, without a read of its own.
    bool loadedAtOnce = false;
    connect(&launcher, &Launcher::notConnected, &window, [&] {
        const auto *manager = window.findChild<ConnectionManagerDialog *>();
        loadedAtOnce = manager && manager->isLoaded();
    });
    LaunchOptions options;
    options.environment.insert(u"HOME"_s, QDir::homePath());
    launcher.start(options);
    QTRY_COMPARE(notConnected.size(), 1);
    QFile::remove(path);
    QVERIFY(loadedAtOnce);
    auto *manager = window.findChild<ConnectionManagerDialog *>();
    QVERIFY(manager && manager->isVisible());
    QVERIFY(manager->model()->rowOf(u"databrickscfg:dev"_s) >= 0);
    QCOMPARE(window.showConnectionManager(), manager); // raised, not duplicated
}

void TestMainWindow::environmentConnectsToTheWorkspace()
{
    test::TestWorkspace ws(emulator::Seed::Demo);
    MainWindow window;
    window.show();
    Launcher launcher(&window);
    QSignalSpy connected(&launcher, &Launcher::connected);
    LaunchOptions options;
    // As a user would type it: trailing slash, loopback http allowed.
    options.environment.insert(u"DATABRICKS_HOST"_s, ws.url().toString() + u"/"_s);
    options.environment.insert(u"DATABRICKS_TOKEN"_s, QString::fromLatin1(test::kTestToken));
    launcher.start(options);
    QTRY_COMPARE(connected.size(), 1);
    QTRY_VERIFY(window.client());
    QCOMPARE(window.client()->host(), ws.url());
    QVERIFY(window.windowTitle().contains(ws.url().authority()));
    auto *tree = findByAccessibleName<QTreeView>(&window, u"Workspace"_s);
    QVERIFY(tree);
    QTRY_COMPARE(rootNames(tree->model()), (QStringList{u"Repos"_s, u"Shared"_s, u"Users"_s}));
    QTRY_VERIFY(window.connectionStatus()->userText().contains(ws.emulator().userName()));
    // The token reaches no label of the window.
    const QList<QLabel *> labels = window.findChildren<QLabel *>();
    for (const QLabel *label : labels)
        QVERIFY(!label->text().contains(QLatin1StringView(test::kTestToken)));
}

void TestMainWindow::plainHttpToRemoteHostIsRefused()
{
    MainWindow window;
    window.show();
    Launcher launcher(&window);
    QSignalSpy notConnected(&launcher, &Launcher::notConnected);
    LaunchOptions options;
    options.environment.insert(u"DATABRICKS_HOST"_s, u"http://adb-123.azuredatabricks.net"_s);
    options.environment.insert(u"DATABRICKS_TOKEN"_s, u"dapi-secret"_s);
    launcher.start(options);
    QTRY_COMPARE(notConnected.size(), 1);
    QVERIFY(!window.client());
    const QString problem = window.homePage()->problem();
    QVERIFY(problem.contains(u"http://"_s));
    QVERIFY(problem.contains(u"adb-123.azuredatabricks.net"_s));
    QVERIFY(!problem.contains(u"dapi-secret"_s));
}

void TestMainWindow::hostWithoutTokenIsExplained()
{
    MainWindow window;
    Launcher launcher(&window);
    QSignalSpy notConnected(&launcher, &Launcher::notConnected);
    LaunchOptions options;
    options.environment.insert(u"DATABRICKS_HOST"_s, u"adb-123.azuredatabricks.net"_s);
    launcher.start(options);
    QTRY_COMPARE(notConnected.size(), 1);
    QVERIFY(!window.client());
    const QString problem = window.homePage()->problem();
    QVERIFY2(problem.contains(u"DATABRICKS_"_s), qPrintable(problem));
    QVERIFY2(problem.contains(u"token"_s), qPrintable(problem));
}

void TestMainWindow::aboutDialogOpensWithoutBlocking()
{
    MainWindow window;
    window.show();
    AboutDialog *about = window.showAbout();
    QVERIFY(about);
    QVERIFY(about->isVisible());
    QCOMPARE(window.showAbout(), about); // raised, not duplicated
    auto *version = about->findChild<QLabel *>(u"version"_s);
    QVERIFY(version);
    QVERIFY(version->text().contains(QStringLiteral(BRICKDESK_VERSION)));
    QVERIFY(version->text().contains(QString::fromLatin1(qVersion())));
    QPointer<AboutDialog> guard(about);
    about->close();
    QTRY_VERIFY(!guard); // deleted on close
}

void TestMainWindow::activityPanelToggles()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ActivityPanel *panel = window.activityPanel();
    QVERIFY(panel->isVisible());
    QAction *toggle = panel->toggleViewAction();
    const QList<QAction *> menus = window.menuBar()->actions();
    bool inViewMenu = false;
    for (QAction *menu : menus)
        if (menu->menu() && menu->menu()->actions().contains(toggle))
            inViewMenu = true;
    QVERIFY(inViewMenu);
    toggle->trigger();
    QVERIFY(!panel->isVisible());
    toggle->trigger();
    QVERIFY(panel->isVisible());
}

void TestMainWindow::geometryAndAreaAreRemembered()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 640);
        window.showArea(u"dbfs"_s);
        window.close();
    }
    QVERIFY(QSettings().contains(u"mainWindow/geometry"_s));
    QCOMPARE(QSettings().value(u"mainWindow/area"_s).toString(), u"dbfs"_s);
    MainWindow again;
    QCOMPARE(again.currentArea(), u"dbfs"_s);
    QCOMPARE(again.size(), QSize(900, 640));
}

void TestMainWindow::olderSavedAreaNumberStillFindsItsArea()
{
    // Before areas had ids, the row of a fixed list was saved: DBFS was 3.
    QSettings().setValue(u"mainWindow/area"_s, 3);
    {
        MainWindow window;
        QCOMPARE(window.currentArea(), u"dbfs"_s);
        window.close();
    }
    QCOMPARE(QSettings().value(u"mainWindow/area"_s).toString(), u"dbfs"_s);
    // Clusters was 2 and is back.
    QSettings().setValue(u"mainWindow/area"_s, 2);
    QCOMPARE(MainWindow().currentArea(), u"clusters"_s);
    // A number no area had, or an id no longer registered: the first area.
    QSettings().setValue(u"mainWindow/area"_s, 7);
    QCOMPARE(MainWindow().currentArea(), AreaRegistry::builtIn().areas().first().id);
    QSettings().setValue(u"mainWindow/area"_s, u"retired-area"_s);
    QCOMPARE(MainWindow().currentArea(), AreaRegistry::builtIn().areas().first().id);
}

void TestMainWindow::firstStartKeepsTheDocksSmall()
{
    QSettings().remove(u"mainWindow/state"_s);
    MainWindow window;
    window.resize(1180, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.activityPanel()->height() > 0);
    QVERIFY2(window.activityPanel()->height() < 760 / 4,
             qPrintable(QString::number(window.activityPanel()->height())));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
