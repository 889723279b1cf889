// Several workspaces in one window: each with its own client and models,
// the title and status bar naming the one you act on, the last open ones
// restored at start, and an expired OAuth session asking to sign in again.
#include "app/common/areapage.h"
#include "app/common/connectionstatus.h"
#include "app/common/messagepage.h"
#include "app/connections/connectionservices.h"
#include "app/launcher.h"
#include "app/mainwindow.h"
#include "app/shell/signinbanner.h"
#include "app/shell/workspacepane.h"
#include "app/workspace/workspacepage.h"
#include "app/workspace/workspaceview.h"
#include "core/activity/activitymodel.h"
#include "core/auth/profilestore.h"
#include "core/auth/workspaceconnector.h"
#include "core/emulator/emulatorclock.h"
#include "core/emulator/oauthstore.h"
#include "core/net/apiclient.h"
#include "core/net/credentials.h"
#include "core/workspace/workspacemodel.h"
#include "tests/gui/areapages.h"
#include "tests/gui/guitestutil.h"
#include "tests/support/testworkspace.h"

#include <QAction>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

const QMap<QString, QString> kTokenSecret{{u"token"_s, QString::fromLatin1(test::kTestToken)}};

// A profile whose token lives in memory for this session only.
Profile sessionProfile(const QString &id, const QString &name, const QUrl &host)
{
    Profile profile;
    profile.id = id;
    profile.displayName = name;
    profile.host = host;
    profile.origin = Profile::Origin::Environment;
    return profile;
}

QProcessEnvironment homeOnly()
{
    QProcessEnvironment environment;
    environment.insert(u"HOME"_s, QDir::homePath());
    return environment;
}

} // namespace

class TestWorkspaces : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"BrickdeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_workspaces"_s);
        QSettings().clear();
    }

    void cleanup()
    {
        QSettings().sync();
        QVERIFY(!test::everythingOnDisk().contains(test::kTestToken));
    }

    void twoWorkspacesSideBySide()
    {
        test::TestWorkspace alpha(emulator::Seed::Demo);
        test::TestWorkspace beta(emulator::Seed::Demo);
        ConnectionServices services(homeOnly(), u"Brickdesk-test"_s);
        MainWindow window(&services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        WorkspacePane *first =
            window.openProfile(sessionProfile(u"a"_s, u"Alpha"_s, alpha.url()), kTokenSecret);
        WorkspacePane *second =
            window.openProfile(sessionProfile(u"b"_s, u"Beta"_s, beta.url()), kTokenSecret);
        QTRY_COMPARE(first->state(), WorkspacePane::State::Connected);
        QTRY_COMPARE(second->state(), WorkspacePane::State::Connected);
        QCOMPARE(window.workspaces().size(), 2);
        QCOMPARE(window.workspaceSwitcher()->count(), 2);
        QVERIFY(first->client() != second->client());
        QCOMPARE(first->client()->host(), alpha.url());
        QCOMPARE(second->client()->host(), beta.url());

        // The one opened last is current: title, status bar, client.
        QCOMPARE(window.currentWorkspace(), second);
        QCOMPARE(window.client(), second->client());
        QVERIFY(window.windowTitle().contains(u"Beta"_s));
        QVERIFY(window.windowTitle().contains(beta.url().authority()));
        QVERIFY(window.connectionStatus()->isVisible());
        QVERIFY(window.connectionStatus()->hostText().contains(u"Beta"_s));
        QTRY_VERIFY(window.connectionStatus()->userText().contains(beta.emulator().userName()));

        // Switching swaps everything.
        window.workspaceSwitcher()->setCurrentIndex(0);
        QCOMPARE(window.currentWorkspace(), first);
        QCOMPARE(window.client(), first->client());
        QVERIFY(window.windowTitle().contains(u"Alpha"_s));
        QVERIFY(!window.windowTitle().contains(u"Beta"_s));
        QVERIFY(window.connectionStatus()->isVisible());
        QVERIFY(window.connectionStatus()->hostText().contains(u"Alpha"_s));
        QCOMPARE(window.activityModel(), first->activityModel());
        QVERIFY(test::workspacePageOf(first)->isVisible());
        QVERIFY(!test::workspacePageOf(second)->isVisible());
        QTRY_COMPARE(test::workspaceModelOf(window.currentWorkspace())->rowCount(),
                     3); // Repos, Shared, Users
        QTRY_COMPARE(test::workspaceModelOf(second)->rowCount(), 3);
        QVERIFY(test::workspaceModelOf(second) != test::workspaceModelOf(first));

        window.resize(1280, 780);
        test::saveScreenshot(&window, u"two-workspaces"_s);

        // The area follows the switch.
        window.showArea(u"dbfs"_s);
        window.workspaceSwitcher()->setCurrentIndex(1);
        QVERIFY(!test::workspacePageOf(second)->isVisible());
        window.showArea(u"workspace"_s);
        QVERIFY(test::workspacePageOf(second)->isVisible());

        // Opening an open profile again switches to it.
        QCOMPARE(window.openProfile(first->profile(), kTokenSecret), first);
        QCOMPARE(window.workspaces().size(), 2);
        QCOMPARE(window.currentWorkspace(), first);

        // Closing goes back to the other, then to the empty page.
        window.closeCurrentWorkspace();
        QCOMPARE(window.workspaces().size(), 1);
        QVERIFY(window.windowTitle().contains(u"Beta"_s));
        window.closeCurrentWorkspace();
        QVERIFY(window.workspaces().isEmpty());
        QVERIFY(window.homePage()->isVisible());
        QCOMPARE(window.windowTitle(), u"Brickdesk"_s);
    }

    void lastOpenWorkspacesAreRestored()
    {
        test::TestWorkspace alpha;
        test::TestWorkspace beta;
        ConnectionServices services(homeOnly(), u"Brickdesk-test"_s);
        Profile a = sessionProfile({}, u"Alpha"_s, alpha.url());
        a.origin = Profile::Origin::Saved;
        a = services.profiles()->add(a);
        Profile b = sessionProfile({}, u"Beta"_s, beta.url());
        b.origin = Profile::Origin::Saved;
        b = services.profiles()->add(b);
        // This session's secrets (as after "no keychain: this session only").
        services.setSessionSecrets(a.id, kTokenSecret);
        services.setSessionSecrets(b.id, kTokenSecret);
        {
            MainWindow window(&services);
            window.openProfile(b);
            window.openProfile(a);
            window.openProfile(sessionProfile(u"environment"_s, u"Environment"_s, alpha.url()),
                               kTokenSecret);
        }
        // Tab order; the environment profile is not remembered.
        QCOMPARE(services.profiles()->lastOpen(), (QStringList{b.id, a.id}));

        MainWindow window(&services);
        window.show();
        Launcher launcher(&window);
        QSignalSpy connected(&launcher, &Launcher::connected);
        LaunchOptions options;
        options.environment = homeOnly();
        launcher.start(options);
        QTRY_COMPARE(connected.size(), 1);
        QCOMPARE(window.workspaces().size(), 2);
        QCOMPARE(window.workspaces().at(0)->profile().id, b.id);
        QCOMPARE(window.workspaces().at(1)->profile().id, a.id);
        for (WorkspacePane *pane : window.workspaces())
            QTRY_COMPARE(pane->state(), WorkspacePane::State::Connected);

        services.profiles()->remove(a.id);
        services.profiles()->remove(b.id);
    }

    void failedWorkspaceSaysWhyAndRetries()
    {
        test::TestWorkspace ws;
        ConnectionServices services(homeOnly(), u"Brickdesk-test"_s);
        MainWindow window(&services);
        window.show();
        // A PAT profile with no token anywhere.
        WorkspacePane *pane =
            window.openProfile(sessionProfile(u"empty"_s, u"Empty"_s, ws.url()), {});
        QTRY_COMPARE(pane->state(), WorkspacePane::State::Failed);
        QVERIFY(!pane->problem().isEmpty());
        QVERIFY(window.workspaceSwitcher()->tabToolTip(0).contains(pane->problem()));
        // Every area says so, with one Try Again; the one shown is visible.
        for (AreaPage *page : pane->pages())
            QCOMPARE(page->findChildren<QPushButton *>(u"retryConnection"_s).size(), 1);
        AreaPage *shown = pane->page(pane->currentArea());
        QVERIFY(shown);
        auto *retry = shown->findChild<QPushButton *>(u"retryConnection"_s);
        QVERIFY(retry && retry->isVisible());
    }

    void expiredSessionAsksToSignInAgain()
    {
        test::TestWorkspace ws;
        test::TestBrowser browser;
        ConnectionServices services(homeOnly(), u"Brickdesk-test"_s);
        services.connector()->setBrowserOpener([&browser](const QUrl &url) { browser.open(url); });
        MainWindow window(&services);
        window.show();
        Profile profile = sessionProfile(u"oauth"_s, u"Staging"_s, ws.url());
        profile.auth = Profile::Auth::OAuthUserToMachine;
        profile.clientId = u"databricks-cli"_s;
        WorkspacePane *pane = window.openProfile(profile);
        QTRY_COMPARE_WITH_TIMEOUT(pane->state(), WorkspacePane::State::Connected, 20000);
        QCOMPARE(browser.opened, 1);
        SignInBanner *banner = pane->signInBanner();
        QVERIFY(!banner->isVisible());

        ws.emulator().oauth().revokeRefreshTokens();
        ws.emulator().clock().advance(2 * 3600 * 1000);
        std::optional<ApiReply> reply;
        QObject context;
        pane->client()->send(ApiRequest::get(u"/api/2.0/preview/scim/v2/Me"_s), &context,
                             [&](const ApiReply &r) { reply = r; });
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        QVERIFY2(banner->text().contains(u"Staging"_s), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(u"expired"_s));
        QVERIFY(!reply); // waiting, not failed

        QTest::mouseClick(banner->button(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 15000);
        QVERIFY2(reply->ok(), qPrintable(reply->ok() ? QString() : reply->error().toString()));
        QTRY_VERIFY(!banner->isVisible());
        QCOMPARE(browser.opened, 2);
    }
};

QTEST_MAIN(TestWorkspaces)
#include "tst_workspaces.moc"
