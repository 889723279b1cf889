// The Secrets area over real HTTP against the emulator's demo secrets: the
// tree, name rules, put with overwrite, delete, ACL edits, Copy Reference
// and Copy Value, and that no value put through the UI ends up anywhere.

#include "app/common/areapage.h"
#include "app/common/confirmdialog.h"
#include "app/common/principalpickerdialog.h"
#include "app/common/testseam.h"
#include "app/secrets/aclmatrixdialog.h"
#include "app/secrets/createscopedialog.h"
#include "app/secrets/keydetailspanel.h"
#include "app/secrets/maskedtextedit.h"
#include "app/secrets/putsecretdialog.h"
#include "app/secrets/scopeaclpanel.h"
#include "app/secrets/secretsactions.h"
#include "app/secrets/secretsbrowser.h"
#include "app/secrets/secretspage.h"
#include "app/secrets/secretsview.h"
#include "app/secrets/secretusagepanel.h"
#include "app/secrets/secretvaluecopier.h"
#include "core/activity/activitymodel.h"
#include "core/common/treefilterproxy.h"
#include "core/emulator/demoseed.h"
#include "core/emulator/secretsstore.h"
#include "core/secrets/aclmatrixmodel.h"
#include "core/secrets/scopeaclmodel.h"
#include "core/secrets/secretsmodel.h"
#include "core/secrets/secretusageindex.h"
#include "core/secrets/secretusagemodel.h"
#include "tests/gui/guitestutil.h"
#include "tests/support/modeltesthelpers.h"
#include "tests/support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

// A value no test would type by accident: it must never be found anywhere.
const QByteArray kSecretValue = "s3cr3t-Brickdesk-value-7Qz9\nsecond line";

QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}

} // namespace

class TestSecretsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void treeShowsScopesWithBackendAndKeysWithAge();
    void keyVaultScopeIsReadOnly();
    void scopeNameRulesAreCheckedAsTyped();
    void newScopeIsCreatedAndSelected();
    void putSecretCreatesKeyAndAsksBeforeOverwrite();
    void putSecretFromFileSendsBytes();
    void deleteSecretAsksNamingWorkspace();
    void deleteScopeSaysHowManyKeysGo();
    void scopePaneShowsAndEditsTheAcl();
    void copyReferenceAndKeyPane();
    void copyValueAsksCopiesAndClears();
    void copyValueRefusedSaysSoPlainly();
    void maskedFieldHidesAndShows();
    void noSecretValueIsLoggedStoredOrShown();
    void keyPaneSaysWhereTheKeyIsUsed();
    void deleteWarnsWhenJobsUseTheKey();
    void whereUsedListsMissingReferences();
    void permissionsOpensTheMatrix();
    void addEntryGoesThroughThePrincipalPicker();

private:
    QModelIndex viewIndex(const QModelIndex &source) const;
    bool openScope(const QString &scope);
    QByteArray storedValue(const QString &scope, const QString &key);

    std::unique_ptr<test::TestWorkspace> m_ws;
    std::unique_ptr<ActivityModel> m_activity;
    std::unique_ptr<SecretsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    SecretsModel *m_model = nullptr;
    SecretsView *m_view = nullptr;
    SecretsActions *m_actions = nullptr;
};

void TestSecretsPage::initTestCase()
{
    QCoreApplication::setOrganizationName(u"BrickdeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_secretspage"_s);
}

void TestSecretsPage::init()
{
    m_ws = std::make_unique<test::TestWorkspace>(emulator::Seed::Demo);
    m_activity = std::make_unique<ActivityModel>();
    m_activity->attach(&m_ws->client());
    m_page = std::make_unique<SecretsPage>();
    AreaContext context;
    context.client = &m_ws->client();
    context.activity = m_activity.get();
    context.workspaceName = u"Alpha"_s;
    m_page->attach(context);
    m_model = m_page->model();
    QVERIFY(m_model);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view = m_page->browser()->view();
    m_actions = m_page->browser()->actions();
    m_page->resize(1100, 650);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY(m_model->isLoaded());
}

void TestSecretsPage::cleanup()
{
    resetTestSeams();
    m_tester.reset();
    m_page.reset();
    m_model = nullptr;
    m_activity.reset();
    m_ws.reset();
}

QModelIndex TestSecretsPage::viewIndex(const QModelIndex &source) const
{
    return m_view->proxy()->mapFromSource(source);
}

bool TestSecretsPage::openScope(const QString &scope)
{
    const QModelIndex index = m_model->indexForScope(scope);
    if (!index.isValid())
        return false;
    m_view->expand(viewIndex(index));
    return QTest::qWaitFor([&] { return m_model->isLoaded(m_model->indexForScope(scope)); });
}

QByteArray TestSecretsPage::storedValue(const QString &scope, const QString &key)
{
    const emulator::SecretScope *found = m_ws->emulator().secrets().findScope(scope);
    if (!found)
        return {};
    const auto it = found->secrets.find(key);
    return it == found->secrets.end() ? QByteArray() : it->second.value;
}

void TestSecretsPage::treeShowsScopesWithBackendAndKeysWithAge()
{
    const QStringList names = test::namesUnder(*m_model, {});
    QVERIFY2(names.contains(u"prod-warehouse"_s), qPrintable(names.join(u',')));
    QVERIFY(names.contains(u"kv-finance"_s));
    const QModelIndex vault = m_model->indexForScope(u"kv-finance"_s);
    QCOMPARE(vault.siblingAtColumn(SecretsModel::DetailColumn).data().toString(),
             u"Azure Key Vault"_s);
    QVERIFY(vault.data(Qt::ToolTipRole).toString().contains(u"kv-finance.vault.azure.net"_s));
    QVERIFY(vault.data(SecretsModel::IsFolderRole).toBool());
    QCOMPARE(m_model->indexForScope(u"etl-credentials"_s)
                 .siblingAtColumn(SecretsModel::DetailColumn)
                 .data()
                 .toString(),
             u"Databricks"_s);

    QVERIFY(openScope(u"etl-credentials"_s));
    const QStringList keys =
        test::namesUnder(*m_model, m_model->indexForScope(u"etl-credentials"_s));
    QVERIFY2(keys.contains(u"kafka-password"_s), qPrintable(keys.join(u',')));
    // The demo has keys older than 90 days: they are marked, with a reason.
    bool sawStale = false;
    for (const QString &key : keys) {
        const QModelIndex row = m_model->indexForKey(u"etl-credentials"_s, key);
        QVERIFY(!row.siblingAtColumn(SecretsModel::AgeColumn).data().toString().isEmpty());
        QVERIFY(!row.data(SecretsModel::IsFolderRole).toBool());
        if (row.data(SecretsModel::IsStaleRole).toBool()) {
            sawStale = true;
            QVERIFY(row.data(Qt::ToolTipRole).toString().contains(u"rotating"_s));
        }
    }
    // Across the demo scopes at least one key is stale.
    for (const QString &scope : {u"prod-warehouse"_s, u"ml-platform"_s, u"team-analytics"_s}) {
        QVERIFY(openScope(scope));
        for (const QString &key : test::namesUnder(*m_model, m_model->indexForScope(scope)))
            sawStale |= m_model->indexForKey(scope, key).data(SecretsModel::IsStaleRole).toBool();
    }
    QVERIFY(sawStale);
    test::saveScreenshot(m_page.get(), u"secrets-tree"_s);
}

void TestSecretsPage::keyVaultScopeIsReadOnly()
{
    QVERIFY(m_view->selectScope(u"kv-finance"_s));
    QVERIFY(!m_actions->putSecretAction()->isEnabled());
    QVERIFY(m_actions->putSecretAction()->toolTip().contains(u"Azure"_s));
    QVERIFY(m_actions->deleteScopeAction()->isEnabled());
    QVERIFY(openScope(u"kv-finance"_s));
    const QString key = test::namesUnder(*m_model, m_model->indexForScope(u"kv-finance"_s)).first();
    QVERIFY(m_view->selectKey(u"kv-finance"_s, key));
    QVERIFY(!m_actions->deleteSecretAction()->isEnabled());
    QVERIFY(m_actions->copyReferenceAction()->isEnabled());
    QVERIFY(m_actions->copyValueAction()->isEnabled());
}

void TestSecretsPage::scopeNameRulesAreCheckedAsTyped()
{
    CreateScopeDialog dialog(u"Alpha"_s, {u"prod-warehouse"_s});
    auto *name = dialog.findChild<QLineEdit *>(u"scopeName"_s);
    auto *create = dialog.findChild<QPushButton *>(u"createScopeButton"_s);
    QVERIFY(name && create);
    QVERIFY(!create->isEnabled());
    const QList<std::pair<QString, bool>> samples{
        {u"team-x_1.prod@eu"_s, true}, {u"has space"_s, false},     {u"slash/inside"_s, false},
        {u"PROD-Warehouse"_s, false}, // taken, ignoring case
        {QString(128, u'a'), true},    {QString(129, u'a'), false}, {u"ümlaut"_s, false},
    };
    for (const auto &[text, ok] : samples) {
        name->setText(text);
        QCOMPARE(create->isEnabled(), ok);
        QCOMPARE(dialog.problem().isEmpty(), ok);
        auto *problem = dialog.findChild<QLabel *>(u"scopeNameProblem"_s);
        QCOMPARE(problem->isVisibleTo(&dialog), !ok);
    }
    name->setText(u"has space"_s);
    QVERIFY(dialog.problem().contains(u"a space"_s));
}

void TestSecretsPage::newScopeIsCreatedAndSelected()
{
    CreateScopeDialog::setAnswerForTesting(CreateScopeDialog::Answer{u"brand-new"_s, false});
    m_actions->newScopeAction()->trigger();
    QTRY_VERIFY(m_ws->emulator().secrets().findScope(u"brand-new"_s));
    QTRY_COMPARE(m_view->current().scope, u"brand-new"_s);
    QVERIFY(m_page->browser()->statusText().contains(u"brand-new"_s));
    // The creator manages a scope made without "users".
    const emulator::SecretScope *scope = m_ws->emulator().secrets().findScope(u"brand-new"_s);
    QCOMPARE(scope->acls.size(), 1);
    QCOMPARE(scope->acls.first().permission, emulator::SecretPermission::Manage);

    // A name that breaks the rules is refused before anything is sent.
    const int scopes = m_ws->emulator().secrets().scopeCount();
    CreateScopeDialog::setAnswerForTesting(CreateScopeDialog::Answer{u"bad name"_s, false});
    m_actions->newScopeAction()->trigger();
    QTest::qWait(0);
    QCoreApplication::processEvents();
    QCOMPARE(m_ws->emulator().secrets().scopeCount(), scopes);
}

void TestSecretsPage::putSecretCreatesKeyAndAsksBeforeOverwrite()
{
    QVERIFY(m_view->selectScope(u"team-analytics"_s));
    PutSecretDialog::setAnswerForTesting(
        PutSecretDialog::Answer{u"new-token"_s, {kSecretValue, true}});
    m_actions->putSecretAction()->trigger();
    QTRY_COMPARE(storedValue(u"team-analytics"_s, u"new-token"_s), kSecretValue);
    QTRY_COMPARE(m_view->current().key, u"new-token"_s);

    // The same name again, from the scope: the key exists, so it asks.
    QVERIFY(m_view->selectScope(u"team-analytics"_s));
    ConfirmDialog::setAnswerForTesting(false);
    PutSecretDialog::setAnswerForTesting(PutSecretDialog::Answer{u"new-token"_s, {"other", true}});
    m_actions->putSecretAction()->trigger();
    QTRY_VERIFY(ConfirmDialog::lastQuestionForTesting().contains(u"Replace the value"_s));
    QVERIFY(ConfirmDialog::lastQuestionForTesting().contains(u"Alpha"_s));
    QCoreApplication::processEvents();
    QCOMPARE(storedValue(u"team-analytics"_s, u"new-token"_s), kSecretValue); // kept

    ConfirmDialog::setAnswerForTesting(true);
    m_actions->putSecretAction()->trigger();
    QTRY_COMPARE(storedValue(u"team-analytics"_s, u"new-token"_s), QByteArray("other"));
}

void TestSecretsPage::putSecretFromFileSendsBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"key.bin"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray binary("\x00\x01\xfe\xff binary", 11);
    file.write(binary);
    file.close();

    PutSecretDialog dialog(u"Alpha"_s, u"team-analytics"_s, QString());
    QSignalSpy loaded(&dialog, &PutSecretDialog::fileLoaded);
    dialog.keyEdit()->setText(u"signing-key"_s);
    dialog.loadFile(path);
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.first().first().toBool(), true);
    const PutSecretDialog::Answer answer = dialog.answer();
    QCOMPARE(answer.value.isText, false);
    QCOMPARE(answer.value.bytes, binary);
    QVERIFY(dialog.problem().isEmpty());

    // Too large a file is refused with its size.
    const QString big = dir.filePath(u"big.bin"_s);
    QFile large(big);
    QVERIFY(large.open(QIODevice::WriteOnly));
    large.write(QByteArray(128 * 1024 + 1, 'x'));
    large.close();
    PutSecretDialog second(u"Alpha"_s, u"team-analytics"_s, QString());
    QSignalSpy refused(&second, &PutSecretDialog::fileLoaded);
    second.loadFile(big);
    QVERIFY(refused.wait());
    QCOMPARE(refused.first().first().toBool(), false);
    QVERIFY(second.findChild<QLabel *>(u"secretFileLabel"_s)->text().contains(u"at most"_s));

    // And through the action, the bytes arrive as they were.
    QVERIFY(m_view->selectScope(u"team-analytics"_s));
    PutSecretDialog::setAnswerForTesting(
        PutSecretDialog::Answer{u"signing-key"_s, {binary, false}});
    m_actions->putSecretAction()->trigger();
    QTRY_COMPARE(storedValue(u"team-analytics"_s, u"signing-key"_s), binary);
}

void TestSecretsPage::deleteSecretAsksNamingWorkspace()
{
    QVERIFY(openScope(u"team-analytics"_s));
    const QString key =
        test::namesUnder(*m_model, m_model->indexForScope(u"team-analytics"_s)).first();
    QVERIFY(m_view->selectKey(u"team-analytics"_s, key));
    m_actions->setUsageLookup([key](const QString &, const QString &asked) {
        return asked == key ? QStringList{u"job “Nightly BI refresh”"_s} : QStringList();
    });
    ConfirmDialog::setAnswerForTesting(false);
    m_actions->deleteSecretAction()->trigger();
    QTRY_VERIFY(ConfirmDialog::lastQuestionForTesting().contains(key));
    const QString question = ConfirmDialog::lastQuestionForTesting();
    QVERIFY(question.contains(u"Alpha"_s));
    QVERIFY(question.contains(u"Nightly BI refresh"_s));
    QCoreApplication::processEvents();
    QVERIFY(!storedValue(u"team-analytics"_s, key).isNull());

    ConfirmDialog::setAnswerForTesting(true);
    m_actions->deleteSecretAction()->trigger();
    QTRY_VERIFY(!m_model->indexForKey(u"team-analytics"_s, key).isValid());
    QCOMPARE(m_ws->emulator().secrets().findScope(u"team-analytics"_s)->secrets.count(key), 0u);
}

void TestSecretsPage::deleteScopeSaysHowManyKeysGo()
{
    const emulator::SecretScope *scope = m_ws->emulator().secrets().findScope(u"ml-platform"_s);
    QVERIFY(scope);
    const int keys = int(scope->secrets.size());
    QVERIFY(m_view->selectScope(u"ml-platform"_s));
    ConfirmDialog::setAnswerForTesting(true);
    m_actions->deleteScopeAction()->trigger();
    QTRY_VERIFY(!m_ws->emulator().secrets().findScope(u"ml-platform"_s));
    const QString question = ConfirmDialog::lastQuestionForTesting();
    // English plurals come from a translation the tests do not load.
    QVERIFY2(question.contains(u"its %1 secret"_s.arg(keys)), qPrintable(question));
    QVERIFY(question.contains(u"Alpha"_s));
    QTRY_VERIFY(!m_model->indexForScope(u"ml-platform"_s).isValid());
}

void TestSecretsPage::scopePaneShowsAndEditsTheAcl()
{
    QVERIFY(m_view->selectScope(u"prod-warehouse"_s));
    ScopeAclPanel *panel = m_page->browser()->scopePanel();
    QCOMPARE(m_page->browser()->details()->currentWidget(), panel);
    QTRY_COMPARE(panel->model()->state(), ScopeAclModel::State::Loaded);
    QAbstractItemModelTester tester(panel->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int entries = panel->model()->rowCount();
    QCOMPARE(entries, int(m_ws->emulator().secrets().findScope(u"prod-warehouse"_s)->acls.size()));
    test::saveScreenshot(m_page.get(), u"secrets-acl"_s);

    // Each change answers, then the table is listed again: wait for both.
    const auto settle = [panel](const std::function<void()> &change) {
        QSignalSpy changed(panel, &ScopeAclPanel::aclChanged);
        change();
        return changed.wait() && QTest::qWaitFor([panel] {
                   return panel->model()->state() == ScopeAclModel::State::Loaded;
               });
    };
    const auto selectPrincipal = [panel](const QString &principal) {
        for (int i = 0; i < panel->model()->rowCount(); ++i)
            if (panel->model()->aclAt(i).principal == principal) {
                panel->table()->selectRow(i);
                return true;
            }
        return false;
    };
    const QString newcomer = u"tomas.novak@brickdesk.dev"_s;
    const auto stored = [this, newcomer] {
        return m_ws->emulator().secrets().findScope(u"prod-warehouse"_s)->acl(newcomer);
    };
    QVERIFY(!stored());

    // Add: the chooser stands in for the principal picker.
    panel->setPrincipalChooser(
        [newcomer](auto chosen) { chosen(newcomer, SecretPermission::Read); });
    QVERIFY(panel->findChild<QPushButton *>(u"addAclEntry"_s)->isEnabled());
    QVERIFY(settle([panel] { panel->addEntry(); }));
    QVERIFY(stored());
    QCOMPARE(stored()->permission, emulator::SecretPermission::Read);
    QCOMPARE(panel->model()->rowCount(), entries + 1);

    // Change it to WRITE (acls/put overwrites), then remove it after confirming.
    QVERIFY(selectPrincipal(newcomer));
    QVERIFY(settle([panel] { panel->changeSelected(SecretPermission::Write); }));
    QCOMPARE(stored()->permission, emulator::SecretPermission::Write);
    QVERIFY(selectPrincipal(newcomer));
    ConfirmDialog::setAnswerForTesting(true);
    QVERIFY(settle([panel] { panel->removeSelected(); }));
    QVERIFY(!stored());
    QCOMPARE(panel->model()->rowCount(), entries);
    QVERIFY(ConfirmDialog::lastQuestionForTesting().contains(newcomer));
    QVERIFY(ConfirmDialog::lastQuestionForTesting().contains(u"Alpha"_s));
}

void TestSecretsPage::copyReferenceAndKeyPane()
{
    QVERIFY(openScope(u"prod-warehouse"_s));
    QVERIFY(m_view->selectKey(u"prod-warehouse"_s, u"jdbc-password"_s));
    QCOMPARE(m_page->browser()->details()->currentWidget(), m_page->browser()->keyPanel());
    QCOMPARE(m_page->browser()->keyPanel()->reference(),
             u"{{secrets/prod-warehouse/jdbc-password}}"_s);
    m_actions->copyReferenceAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"{{secrets/prod-warehouse/jdbc-password}}"_s);
}

void TestSecretsPage::copyValueAsksCopiesAndClears()
{
    m_ws->emulator().secrets().putSecret(u"team-analytics"_s, u"copy-me"_s, kSecretValue);
    QVERIFY(openScope(u"team-analytics"_s));
    // The model tester lists everything early: list the scope again.
    m_model->refreshScope(u"team-analytics"_s);
    QTRY_VERIFY(m_model->indexForKey(u"team-analytics"_s, u"copy-me"_s).isValid());
    QVERIFY2(
        m_view->selectKey(u"team-analytics"_s, u"copy-me"_s),
        qPrintable(
            test::namesUnder(*m_model, m_model->indexForScope(u"team-analytics"_s)).join(u',')));
    SecretValueCopier *copier = m_actions->valueCopier();
    copier->setClearDelayForTesting(300);
    QSignalSpy cleared(copier, &SecretValueCopier::clipboardCleared);

    ConfirmDialog::setAnswerForTesting(false); // asks first; No copies nothing
    QGuiApplication::clipboard()->setText(u"before"_s);
    m_actions->copyValueAction()->trigger();
    QTRY_VERIFY(ConfirmDialog::lastQuestionForTesting().contains(u"copy-me"_s));
    QCoreApplication::processEvents();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"before"_s);

    ConfirmDialog::setAnswerForTesting(true);
    m_actions->copyValueAction()->trigger();
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(kSecretValue));
    QVERIFY(copier->isClearPending());
    QVERIFY(!m_page->browser()->statusText().contains(QString::fromUtf8(kSecretValue)));
    QVERIFY(cleared.wait());
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

    // Something else copied meanwhile is left alone.
    m_actions->copyValueAction()->trigger();
    QTRY_VERIFY(copier->isClearPending());
    QGuiApplication::clipboard()->setText(u"mine now"_s);
    QTRY_VERIFY(!copier->isClearPending());
    QCOMPARE(QGuiApplication::clipboard()->text(), u"mine now"_s);
}

void TestSecretsPage::copyValueRefusedSaysSoPlainly()
{
    m_ws->emulator().secrets().setSecretValuesReadable(false);
    QVERIFY(openScope(u"prod-warehouse"_s));
    QVERIFY(m_view->selectKey(u"prod-warehouse"_s, u"jdbc-password"_s));
    ConfirmDialog::setAnswerForTesting(true);
    m_actions->copyValueAction()->trigger();
    QTRY_VERIFY(m_page->browser()->errorText().contains(u"does not let secret values be read"_s));
    QVERIFY(!m_actions->valueCopier()->isClearPending());
}

void TestSecretsPage::maskedFieldHidesAndShows()
{
    PutSecretDialog dialog(u"Alpha"_s, u"team-analytics"_s, QString());
    MaskedTextEdit *value = dialog.valueEdit();
    QVERIFY(value->isMasked());
    // Neither plain nor selected text is drawn in a colour that shows.
    QCOMPARE(value->palette().color(QPalette::Text), value->palette().color(QPalette::Base));
    QCOMPARE(value->palette().color(QPalette::HighlightedText),
             value->palette().color(QPalette::Highlight));
    value->setPlainText(QString::fromUtf8(kSecretValue));
    value->selectAll();
    // Copying out of a masked field gives nothing.
    QGuiApplication::clipboard()->setText(u"untouched"_s);
    value->copy();
    QVERIFY(!QGuiApplication::clipboard()->text().contains(u"s3cr3t"_s));
    auto *show = dialog.findChild<QCheckBox *>(u"showSecretValue"_s);
    QVERIFY(show);
    show->setChecked(true);
    QVERIFY(!value->isMasked());
    QVERIFY(!value->accessibleName().isEmpty());
    dialog.keyEdit()->setText(u"two-lines"_s);
    QCOMPARE(dialog.answer().value.bytes, kSecretValue); // several lines kept
    QVERIFY(dialog.answer().value.isText);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    show->setChecked(false);
    test::saveScreenshot(&dialog, u"secrets-put"_s);
}

void TestSecretsPage::noSecretValueIsLoggedStoredOrShown()
{
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    QLoggingCategory::setFilterRules(u"brickdesk.*=true"_s);
    QVERIFY(m_view->selectScope(u"team-analytics"_s));
    PutSecretDialog::setAnswerForTesting(
        PutSecretDialog::Answer{u"never-seen"_s, {kSecretValue, true}});
    m_actions->putSecretAction()->trigger();
    QTRY_COMPARE(storedValue(u"team-analytics"_s, u"never-seen"_s), kSecretValue);
    QTRY_COMPARE(m_view->current().key, u"never-seen"_s);
    // Read it back through Copy Value too.
    ConfirmDialog::setAnswerForTesting(true);
    m_actions->copyValueAction()->trigger();
    QTRY_VERIFY(m_actions->valueCopier()->isClearPending());
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    const QByteArray needle = kSecretValue.left(20);
    const QByteArray encoded = kSecretValue.toBase64().left(20);
    QVERIFY(!g_log.isEmpty()); // the client did log its calls
    for (const QString &line : std::as_const(g_log)) {
        QVERIFY2(!line.toUtf8().contains(needle), qPrintable(line));
        QVERIFY2(!line.toUtf8().contains(encoded), qPrintable(line));
    }
    QVERIFY(m_activity->rowCount() > 0);
    for (int row = 0; row < m_activity->rowCount(); ++row)
        for (int column = 0; column < m_activity->columnCount(); ++column) {
            const QByteArray text = m_activity->index(row, column).data().toString().toUtf8();
            QVERIFY(!text.contains(needle));
            QVERIFY(!text.contains(encoded));
        }
    const QByteArray disk = test::everythingOnDisk();
    QVERIFY(!disk.contains(needle));
    QVERIFY(!disk.contains(encoded));
    for (QLabel *label : m_page->findChildren<QLabel *>())
        QVERIFY(!label->text().toUtf8().contains(needle));
}

void TestSecretsPage::keyPaneSaysWhereTheKeyIsUsed()
{
    QVERIFY(openScope(u"prod-warehouse"_s));
    QVERIFY(m_view->selectKey(u"prod-warehouse"_s, u"jdbc-password"_s));
    SecretUsagePanel *usage = m_page->browser()->keyUsagePanel();
    QVERIFY(usage->isVisible());
    // Showing a key builds the index once, then it answers from it.
    QTRY_VERIFY(m_page->browser()->usageIndex()->isReady());
    QTRY_VERIFY2(usage->headingText().startsWith(u"Used by"_s), qPrintable(usage->headingText()));
    QVERIFY(usage->headingText().contains(u"job"_s));
    QVERIFY(usage->headingText().contains(u"cluster"_s));
    QVERIFY(usage->model()->rowCount() >= 3);
    test::saveScreenshot(m_page.get(), u"secrets-usage"_s);
}

void TestSecretsPage::deleteWarnsWhenJobsUseTheKey()
{
    SecretUsageIndex *index = m_page->browser()->usageIndex();
    QSignalSpy rebuilt(index, &SecretUsageIndex::rebuilt);
    index->rebuild();
    QVERIFY(rebuilt.wait(20000));
    const QList<SecretUsage> usages = index->usagesOf(u"prod-warehouse"_s, u"jdbc-password"_s);
    QVERIFY(!usages.isEmpty());
    QVERIFY(openScope(u"prod-warehouse"_s));
    QVERIFY(m_view->selectKey(u"prod-warehouse"_s, u"jdbc-password"_s));
    ConfirmDialog::setAnswerForTesting(false);
    m_actions->deleteSecretAction()->trigger();
    QTRY_VERIFY(ConfirmDialog::lastQuestionForTesting().contains(u"jdbc-password"_s));
    QVERIFY2(ConfirmDialog::lastQuestionForTesting().contains(usages.first().name),
             qPrintable(ConfirmDialog::lastQuestionForTesting()));
    QVERIFY(ConfirmDialog::lastQuestionForTesting().contains(u"will fail"_s));
}

void TestSecretsPage::whereUsedListsMissingReferences()
{
    m_actions->whereUsedAction()->trigger();
    QDialog *dialog = m_page->browser()->whereUsedDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *panel = dialog->findChild<SecretUsagePanel *>(u"missingReferencesPanel"_s);
    QVERIFY(panel);
    QTRY_VERIFY(m_page->browser()->usageIndex()->isReady());
    QTRY_COMPARE(panel->model()->rowCount(), 1);
    const QString missing = QString::fromLatin1(emulator::DemoSeed::kMissingSecretReference);
    bool found = false;
    for (int column = 0; column < panel->model()->columnCount(); ++column)
        found |= panel->model()->index(0, column).data().toString().contains(u"old-api-token"_s);
    QVERIFY2(found, qPrintable(missing));
    test::saveScreenshot(dialog, u"secrets-missing-references"_s);
}

void TestSecretsPage::permissionsOpensTheMatrix()
{
    m_actions->permissionsAction()->trigger();
    AclMatrixDialog *dialog = m_page->browser()->permissionsDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->windowTitle().contains(u"Alpha"_s));
    QTRY_VERIFY(dialog->model()->columnCount() >= 4);
    dialog->resize(1000, 480);
    test::saveScreenshot(dialog, u"secrets-matrix"_s);
    // Asked again, the same window comes forward.
    m_actions->permissionsAction()->trigger();
    QCOMPARE(m_page->browser()->permissionsDialog(), dialog);
}

void TestSecretsPage::addEntryGoesThroughThePrincipalPicker()
{
    QVERIFY(m_view->selectScope(u"team-analytics"_s));
    ScopeAclPanel *panel = m_page->browser()->scopePanel();
    QTRY_COMPARE(panel->model()->state(), ScopeAclModel::State::Loaded);
    PrincipalPickerDialog::Answer answer;
    answer.principal.kind = Principal::Kind::ServicePrincipal;
    answer.principal.aclName = QString::fromLatin1(emulator::DemoSeed::kAirflowApplicationId);
    answer.principal.displayName = u"airflow-prod"_s;
    answer.level = secretPermissionName(SecretPermission::Write);
    PrincipalPickerDialog::setAnswerForTesting(answer);
    QSignalSpy changed(panel, &ScopeAclPanel::aclChanged);
    panel->addEntry();
    QVERIFY(changed.wait());
    const emulator::SecretAcl *acl =
        m_ws->emulator()
            .secrets()
            .findScope(u"team-analytics"_s)
            ->acl(QString::fromLatin1(emulator::DemoSeed::kAirflowApplicationId));
    QVERIFY(acl);
    QCOMPARE(acl->permission, emulator::SecretPermission::Write);
}

QTEST_MAIN(TestSecretsPage)
#include "tst_secretspage.moc"
