// The area registry, the AreaPage lifecycle, and a workspace pane built from
// a registry of its own: the shell knows areas only through descriptors.

#include "app/common/areapage.h"
#include "app/common/arearegistry.h"
#include "app/common/messagepage.h"
#include "app/common/testseam.h"
#include "app/shell/workspacepane.h"
#include "core/net/apiclient.h"
#include "core/net/credentials.h"
#include "tests/support/testworkspace.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

// An area page that records what it was handed.
class RecordingPage : public AreaPage
{
public:
    explicit RecordingPage(const QString &id)
        : AreaPage(id, QIcon())
        , m_label(new QLabel(u"content"_s))
    {
        setContent(m_label);
    }
    ~RecordingPage() override { detach(); }

    QStringList calls;
    AreaContext lastContext;

protected:
    void onAttached(const AreaContext &context) override
    {
        calls << u"attached"_s;
        lastContext = context;
    }
    void onDetached() override { calls << u"detached"_s; }

private:
    QLabel *m_label;
};

AreaDescriptor descriptor(const QString &id, int order, int legacyIndex = -1)
{
    return {.id = id,
            .name = [id] { return id.toUpper(); },
            .iconPath = {},
            .order = order,
            .createPage = [id] { return new RecordingPage(id); },
            .legacyIndex = legacyIndex};
}

Profile profileAt(const QUrl &host, const QString &name)
{
    Profile profile;
    profile.id = u"p"_s;
    profile.displayName = name;
    profile.host = host;
    return profile;
}

QStringList idsOf(const AreaRegistry &registry)
{
    QStringList ids;
    for (const AreaDescriptor &area : registry.areas())
        ids << area.id;
    return ids;
}

} // namespace

class TestAreaRegistry : public QObject
{
    Q_OBJECT

private slots:
    void areasAreKeptInOrderAndReplacedById();
    void savedSettingMapsToAnId();
    void builtInAreasAreTheTreeAreas();
    void pageShowsConnectingFailedAndContent();
    void retryIsOfferedOnlyWhenAsked();
    void attachingAgainDetachesFirst();
    void paneBuildsItsPagesFromTheRegistry();
    void aPageMadeLaterJoinsThePanesState();
    void oneResetClearsEveryTestSeam();
};

void TestAreaRegistry::areasAreKeptInOrderAndReplacedById()
{
    AreaRegistry registry;
    registry.add(descriptor(u"jobs"_s, 20));
    registry.add(descriptor(u"workspace"_s, 10));
    registry.add(descriptor(u"secrets"_s, 50));
    registry.add(descriptor(u"dbfs"_s, 40));
    QCOMPARE(idsOf(registry), (QStringList{u"workspace"_s, u"jobs"_s, u"dbfs"_s, u"secrets"_s}));

    registry.add(descriptor(u"jobs"_s, 60)); // same id: replaced, moves
    QCOMPARE(idsOf(registry), (QStringList{u"workspace"_s, u"dbfs"_s, u"secrets"_s, u"jobs"_s}));
    QCOMPARE(registry.find(u"jobs"_s)->order, 60);
    QCOMPARE(registry.find(u"dbfs"_s)->name(), u"DBFS"_s);
    QVERIFY(!registry.find(u"clusters"_s));
}

void TestAreaRegistry::savedSettingMapsToAnId()
{
    AreaRegistry registry;
    QCOMPARE(registry.idFromSetting(u"dbfs"_s), QString()); // nothing registered
    registry.add(descriptor(u"workspace"_s, 10, 0));
    registry.add(descriptor(u"dbfs"_s, 40, 3));
    QCOMPARE(registry.idFromSetting(u"dbfs"_s), u"dbfs"_s);
    QCOMPARE(registry.idFromSetting(3), u"dbfs"_s);      // an older version's row
    QCOMPARE(registry.idFromSetting(u"3"_s), u"dbfs"_s); // as an INI file returns it
    QCOMPARE(registry.idFromSetting(0), u"workspace"_s);
    QCOMPARE(registry.idFromSetting(2), u"workspace"_s); // a row no area had
    QCOMPARE(registry.idFromSetting(u"gone"_s), u"workspace"_s);
    QCOMPARE(registry.idFromSetting(QVariant()), u"workspace"_s);
}

void TestAreaRegistry::builtInAreasAreTheTreeAreas()
{
    const AreaRegistry &registry = AreaRegistry::builtIn();
    QCOMPARE(idsOf(registry).mid(0, 1), QStringList{u"workspace"_s});
    QVERIFY(registry.find(u"dbfs"_s));
    for (const AreaDescriptor &area : registry.areas()) {
        QVERIFY2(!area.name().isEmpty(), qPrintable(area.id));
        QVERIFY2(!QIcon(area.iconPath).isNull(), qPrintable(area.id));
        std::unique_ptr<AreaPage> page(area.createPage());
        QCOMPARE(page->areaId(), area.id);
        QVERIFY(!page->isAttached());
        QCOMPARE(page->currentWidget(), page->messagePage());
        QVERIFY(!page->accessibleName().isEmpty());
    }
}

void TestAreaRegistry::pageShowsConnectingFailedAndContent()
{
    RecordingPage page(u"jobs"_s);
    QCOMPARE(page.objectName(), u"jobsPage"_s);
    page.showConnecting(u"Connecting to prod…"_s);
    QCOMPARE(page.currentWidget(), page.messagePage());
    QCOMPARE(page.messagePage()->title(), u"Connecting to prod…"_s);
    QVERIFY(page.calls.isEmpty());

    test::TestWorkspace ws;
    AreaContext context;
    context.client = &ws.client();
    context.workspaceName = u"prod"_s;
    page.attach(context);
    QVERIFY(page.isAttached());
    QCOMPARE(page.currentWidget(), page.content());
    QCOMPARE(page.lastContext.client, &ws.client());
    QCOMPARE(page.context().workspaceName, u"prod"_s);

    page.showFailed(u"Could not connect to prod"_s, u"no route to host"_s, false);
    QCOMPARE(page.calls, (QStringList{u"attached"_s, u"detached"_s}));
    QVERIFY(!page.isAttached());
    QVERIFY(!page.context().client);
    QCOMPARE(page.currentWidget(), page.messagePage());
    QCOMPARE(page.messagePage()->problem(), u"no route to host"_s);
}

void TestAreaRegistry::retryIsOfferedOnlyWhenAsked()
{
    RecordingPage page(u"jobs"_s);
    page.showFailed(u"Could not connect"_s, u"refused"_s, false);
    QVERIFY(!page.findChild<QPushButton *>(u"retryConnection"_s));
    page.showFailed(u"Could not connect"_s, u"refused"_s, true);
    QList<QPushButton *> buttons = page.findChildren<QPushButton *>(u"retryConnection"_s);
    QCOMPARE(buttons.size(), 1);
    QCOMPARE(buttons.first()->text(), u"Try Again"_s);
    QSignalSpy retry(&page, &AreaPage::retryRequested);
    buttons.first()->click();
    QCOMPARE(retry.size(), 1);
    // Showing the failure again replaces the button rather than adding one.
    page.showFailed(u"Could not connect"_s, u"refused"_s, true);
    QTRY_COMPARE(page.findChildren<QPushButton *>(u"retryConnection"_s).size(), 1);
}

void TestAreaRegistry::attachingAgainDetachesFirst()
{
    test::TestWorkspace ws;
    RecordingPage page(u"jobs"_s);
    AreaContext context;
    context.client = &ws.client();
    page.attach(context);
    page.attach(context);
    QCOMPARE(page.calls, (QStringList{u"attached"_s, u"detached"_s, u"attached"_s}));
    page.detach();
    page.detach(); // once is enough
    QCOMPARE(page.calls.count(u"detached"_s), 2);
}

void TestAreaRegistry::paneBuildsItsPagesFromTheRegistry()
{
    AreaRegistry registry;
    registry.add(descriptor(u"second"_s, 20));
    registry.add(descriptor(u"first"_s, 10));
    test::TestWorkspace ws;
    WorkspacePane pane(profileAt(ws.url(), u"Gamma"_s), nullptr, false, nullptr, &registry);
    // The first area shows, and only its page is made until another is shown.
    QCOMPARE(pane.pages().size(), 1);
    QCOMPARE(pane.pages().first()->areaId(), u"first"_s);
    QCOMPARE(pane.currentArea(), u"first"_s);
    pane.showArea(u"second"_s);
    QCOMPARE(pane.pages().size(), 2);
    QCOMPARE(pane.currentArea(), u"second"_s);
    pane.showArea(u"unknown"_s);
    QCOMPARE(pane.currentArea(), u"second"_s);
    QCOMPARE(pane.pages().size(), 2);

    pane.adopt(ws.url(), std::make_shared<BearerTokenCredentials>(QByteArray(test::kTestToken)));
    for (AreaPage *page : pane.pages()) {
        auto *recording = static_cast<RecordingPage *>(page);
        QVERIFY(page->isAttached());
        QCOMPARE(recording->lastContext.client, pane.client());
        QCOMPARE(recording->lastContext.transfers, pane.transferQueue());
        QCOMPARE(recording->lastContext.activity, pane.activityModel());
        QCOMPARE(recording->lastContext.workspaceName, u"Gamma"_s);
        QCOMPARE(recording->lastContext.workspaceTitle, pane.title());
    }
    pane.fail(u"gone"_s);
    for (AreaPage *page : pane.pages()) {
        QVERIFY(!page->isAttached());
        QCOMPARE(page->messagePage()->problem(), u"gone"_s);
        QCOMPARE(static_cast<RecordingPage *>(page)->calls,
                 (QStringList{u"attached"_s, u"detached"_s}));
    }
}

void TestAreaRegistry::aPageMadeLaterJoinsThePanesState()
{
    AreaRegistry registry;
    registry.add(descriptor(u"first"_s, 10));
    registry.add(descriptor(u"second"_s, 20));
    registry.add(descriptor(u"third"_s, 30));
    test::TestWorkspace ws;
    WorkspacePane pane(profileAt(ws.url(), u"Delta"_s), nullptr, false, nullptr, &registry);
    pane.showStarting(u"Starting the test workspace"_s);
    pane.adopt(ws.url(), std::make_shared<BearerTokenCredentials>(QByteArray(test::kTestToken)));
    QCOMPARE(pane.pages().size(), 1);

    // Made while connected: attached to the same connection at once.
    auto *second = static_cast<RecordingPage *>(pane.page(u"second"_s));
    QVERIFY(second);
    QCOMPARE(pane.pages().size(), 2);
    QVERIFY(second->isAttached());
    QCOMPARE(second->calls, QStringList{u"attached"_s});
    QCOMPARE(second->lastContext.client, pane.client());
    QCOMPARE(second->lastContext.workspaceTitle, pane.title());
    QCOMPARE(pane.page(u"second"_s), second); // made once
    QCOMPARE(pane.page(u"none"_s), nullptr);

    // Made after the connection failed: says why, like the others.
    pane.fail(u"gone"_s);
    AreaPage *third = pane.page(u"third"_s);
    QVERIFY(third && !third->isAttached());
    QCOMPARE(third->messagePage()->problem(), u"gone"_s);
    QCOMPARE(third->messagePage()->title(), u"Could not connect to Delta"_s);
    QCOMPARE(static_cast<RecordingPage *>(third)->calls, QStringList{});
    QCOMPARE(pane.pages().size(), 3);
}

void TestAreaRegistry::oneResetClearsEveryTestSeam()
{
    static TestSeam<int> number;
    static TestSeam<std::function<void()>> opener;
    number.set(7);
    opener.set([] {});
    QVERIFY(number);
    QCOMPARE(*number, 7);
    QVERIFY(opener);
    resetTestSeams();
    QVERIFY(!number);
    QVERIFY(!opener);
    QVERIFY(!number.value().has_value());
}

QTEST_MAIN(TestAreaRegistry)
#include "tst_arearegistry.moc"
