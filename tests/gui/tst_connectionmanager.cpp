// The connection manager against the emulator and a real Secret Service.
// scripts/test.sh runs the suite inside dbus-run-session with an unlocked
// gnome-keyring and sets BRICKDESK_REQUIRE_KEYCHAIN=1; elsewhere the tests
// that need a keychain skip, saying why.
#include "app/common/confirmdialog.h"
#include "app/connections/connectionmanagerdialog.h"
#include "app/connections/connectionservices.h"
#include "app/connections/connectiontestview.h"
#include "app/connections/keychainnotice.h"
#include "app/connections/profileeditor.h"
#include "app/connections/profilelistmodel.h"
#include "core/auth/credentialstore.h"
#include "core/auth/profilestore.h"
#include "core/emulator/faultinjector.h"
#include "tests/gui/guitestutil.h"
#include "tests/support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

constexpr auto kService = "Brickdesk-test"_L1;

QProcessEnvironment homeOnly()
{
    QProcessEnvironment environment;
    environment.insert(u"HOME"_s, QDir::homePath());
    return environment;
}

void type(QWidget *root, const QString &objectName, const QString &text)
{
    auto *edit = root->findChild<QLineEdit *>(objectName);
    QVERIFY2(edit, qPrintable(objectName));
    edit->clear();
    QTest::keyClicks(edit, text);
}

void chooseAuth(QWidget *root, Profile::Auth auth)
{
    auto *combo = root->findChild<QComboBox *>(u"authCombo"_s);
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(int(auth)));
}

QString testMessage(ConnectionManagerDialog &dialog)
{
    return dialog.testView()->message();
}

} // namespace

// Keychain tests fail under scripts/test.sh (which provides one) and skip
// elsewhere when there is none.
#define REQUIRE_KEYCHAIN()                                                                         \
    do {                                                                                           \
        if (!m_keychain) {                                                                         \
            if (qEnvironmentVariableIntValue("BRICKDESK_REQUIRE_KEYCHAIN") == 1)                   \
                QFAIL(qPrintable(m_noKeychainReason));                                             \
            QSKIP("no Secret Service here; scripts/test.sh provides one");                         \
        }                                                                                          \
    } while (false)

class TestConnectionManager : public QObject
{
    Q_OBJECT

    bool m_keychain = false;
    QString m_noKeychainReason;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"BrickdeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_connectionmanager"_s);
        QSettings().clear();
        ConfirmDialog::setAnswerForTesting(true);
        KeychainNotice::setAnswerForTesting(false);
        CredentialStore store{kService};
        m_keychain = test::keychainAvailable(store, &m_noKeychainReason);
    }

    void cleanup()
    {
        // Whatever a test did, no token or secret may be on disk (but in the
        // user's own config file, which the test wrote).
        QFile::remove(QDir::home().filePath(u".databrickscfg"_s));
        const QByteArray disk = test::everythingOnDisk();
        QVERIFY(!disk.contains(test::kTestToken));
        QVERIFY(!disk.contains("dapi-imported-7c1e"));
        QVERIFY(!disk.contains("dapi-wrong-token"));
    }

    void listModelPassesTheTester()
    {
        ProfileListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Profile saved;
        saved.id = u"a"_s;
        saved.displayName = u"Alpha"_s;
        saved.host = QUrl(u"https://a.example.com"_s);
        model.setSaved({saved});
        ProfileWithSecrets fromFile;
        fromFile.profile.id = u"databrickscfg:dev"_s;
        fromFile.profile.displayName = u"dev"_s;
        fromFile.profile.origin = Profile::Origin::ConfigFile;
        fromFile.profile.configProfileName = u"dev"_s;
        model.setConfigFile({fromFile}, u"/home/x/.databrickscfg"_s);
        ProfileWithSecrets environment;
        environment.profile.id = u"environment"_s;
        environment.profile.origin = Profile::Origin::Environment;
        environment.problem = u"No token"_s;
        model.setEnvironment(environment);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, 0).data(ProfileListModel::IdRole).toString(), u"environment"_s);
        QCOMPARE(model.index(1, 0).data(ProfileListModel::ProblemRole).toString(), u"No token"_s);
        QVERIFY(model.index(2, 0)
                    .data(ProfileListModel::SubtitleRole)
                    .toString()
                    .contains(u".databrickscfg"_s));
        // Once imported, the file's profile is listed once, as the saved copy.
        saved.configProfileName = u"dev"_s;
        model.setSaved({saved});
        QCOMPARE(model.rowCount(), 2);
        saved.configProfileName.clear();
        saved.displayName = u"dev"_s; // as imported: the section's name and host
        saved.host = fromFile.profile.host;
        model.setSaved({saved});
        QCOMPARE(model.rowCount(), 2);
    }

    void hostIsNormalisedAndRefusedInline()
    {
        ConnectionServices services(homeOnly(), kService);
        ConnectionManagerDialog dialog(&services);
        dialog.show();
        QVERIFY(dialog.isDraft()); // nothing saved yet: a new profile
        ProfileEditor *editor = dialog.editor();
        auto *error = editor->findChild<QLabel *>(u"hostError"_s);

        type(editor, u"hostEdit"_s, u"http://adb-1.azuredatabricks.net"_s);
        QVERIFY(!editor->commitHost());
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"http://"_s), qPrintable(error->text()));
        QSignalSpy failed(&dialog, &ConnectionManagerDialog::saveFailed);
        dialog.saveProfile();
        QCOMPARE(failed.size(), 1);
        QVERIFY(services.profiles()->profiles().isEmpty());

        type(editor, u"hostEdit"_s, u"adb-1.azuredatabricks.net/?o=1"_s);
        QVERIFY(editor->commitHost());
        QVERIFY(!error->isVisible());
        QCOMPARE(editor->findChild<QLineEdit *>(u"hostEdit"_s)->text(),
                 u"https://adb-1.azuredatabricks.net"_s);
        // Loopback may use plain http (the emulator).
        type(editor, u"hostEdit"_s, u"http://127.0.0.1:8080/"_s);
        QVERIFY(editor->commitHost());
        QCOMPARE(editor->findChild<QLineEdit *>(u"hostEdit"_s)->text(), u"http://127.0.0.1:8080"_s);
    }

    void addedTokenGoesToTheKeychainOnly()
    {
        REQUIRE_KEYCHAIN();
        test::TestWorkspace ws;
        ConnectionServices services(homeOnly(), kService);
        ConnectionManagerDialog dialog(&services);
        dialog.show();
        QSignalSpy loaded(&dialog, &ConnectionManagerDialog::loaded);
        QVERIFY(dialog.isLoaded() || loaded.wait(10000));
        dialog.addProfile();
        type(dialog.editor(), u"nameEdit"_s, u"Emulator"_s);
        type(dialog.editor(), u"hostEdit"_s, ws.url().toString() + u"/"_s);
        chooseAuth(dialog.editor(), Profile::Auth::PersonalAccessToken);
        type(dialog.editor(), u"tokenEdit"_s, QString::fromLatin1(test::kTestToken));
        QCOMPARE(dialog.editor()->findChild<QLineEdit *>(u"tokenEdit"_s)->echoMode(),
                 QLineEdit::Password);

        QSignalSpy saved(&dialog, &ConnectionManagerDialog::saved);
        dialog.saveProfile();
        QVERIFY(saved.wait(20000));
        const QString id = saved.first().first().toString();
        const auto profile = services.profiles()->profile(id);
        QVERIFY(profile);
        QCOMPARE(profile->displayName, u"Emulator"_s);
        QCOMPARE(profile->host, ws.url());
        QVERIFY(services.credentials()->storedKinds(id).contains(u"token"_s));
        QObject context;
        const auto stored = test::waitFor(
            [&](auto done) { services.credentials()->read(id, u"token"_s, &context, done); });
        QCOMPARE(stored.secret, QString::fromLatin1(test::kTestToken));
        // The form forgets the secret once it is stored.
        QVERIFY(dialog.editor()->findChild<QLineEdit *>(u"tokenEdit"_s)->text().isEmpty());
        QSettings().sync();
        QVERIFY(!test::everythingOnDisk().contains(test::kTestToken));

        // Test connection reads it back from the keychain.
        QSignalSpy tested(&dialog, &ConnectionManagerDialog::testFinished);
        dialog.testConnection();
        QVERIFY(tested.wait(20000));
        QVERIFY2(testMessage(dialog).contains(ws.emulator().userName()),
                 qPrintable(testMessage(dialog)));

        // Remove asks first, naming the profile and the keychain, then
        // deletes the secrets.
        QVERIFY(dialog.selectProfile(id));
        QSignalSpy removed(&dialog, &ConnectionManagerDialog::removed);
        dialog.removeProfile();
        QVERIFY(removed.wait(20000));
        QVERIFY(ConfirmDialog::lastQuestionForTesting().contains(u"Emulator"_s));
        QVERIFY(ConfirmDialog::lastQuestionForTesting().contains(u"keychain"_s));
        QVERIFY(!services.profiles()->profile(id));
        QVERIFY(services.credentials()->storedKinds(id).isEmpty());
        const auto gone = test::waitFor(
            [&](auto done) { services.credentials()->read(id, u"token"_s, &context, done); });
        QCOMPARE(gone.status, CredentialStore::Status::NotFound);
    }

    void importCopiesSecretsAndLeavesTheFile()
    {
        REQUIRE_KEYCHAIN();
        const QString path = QDir::home().filePath(u".databrickscfg"_s);
        const QByteArray text = "; written by the Databricks CLI\n"
                                "[DEFAULT]\nhost = https://adb-1.azuredatabricks.net/\n"
                                "token = dapi-default-but-not-imported\n\n"
                                "[imported]\nhost = adb-2.azuredatabricks.net/?o=2 # team\n"
                                "token = \"dapi-imported-7c1e\"\n";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        }
        ConnectionServices services(homeOnly(), kService);
        ConnectionManagerDialog dialog(&services);
        dialog.show();
        QSignalSpy loaded(&dialog, &ConnectionManagerDialog::loaded);
        QVERIFY(dialog.isLoaded() || loaded.wait(10000));
        QVERIFY(dialog.selectProfile(u"databrickscfg:imported"_s));
        QVERIFY(dialog.editor()->findChild<QLineEdit *>(u"hostEdit"_s)->isReadOnly());

        QSignalSpy imported(&dialog, &ConnectionManagerDialog::imported);
        dialog.importProfile();
        QVERIFY(imported.wait(20000));
        const QString id = imported.first().first().toString();
        const auto profile = services.profiles()->profile(id);
        QVERIFY(profile);
        QCOMPARE(profile->origin, Profile::Origin::Saved);
        QCOMPARE(profile->host, QUrl(u"https://adb-2.azuredatabricks.net"_s));
        QObject context;
        const auto stored = test::waitFor(
            [&](auto done) { services.credentials()->read(id, u"token"_s, &context, done); });
        QCOMPARE(stored.secret, u"dapi-imported-7c1e"_s);
        // Listed once, as the saved copy; the file is byte for byte the same.
        QCOMPARE(dialog.model()->rowOf(u"databrickscfg:imported"_s), -1);
        QVERIFY(dialog.model()->rowOf(id) >= 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), text);
        file.close();

        // Leave no secret behind.
        QSignalSpy removed(&dialog, &ConnectionManagerDialog::removed);
        QVERIFY(dialog.selectProfile(id));
        dialog.removeProfile();
        QVERIFY(removed.wait(20000));
        QFile::remove(path);
        QSettings().sync();
        QVERIFY(!test::everythingOnDisk().contains("dapi-imported-7c1e"));
    }

    void environmentProfileIsListed()
    {
        QProcessEnvironment environment = homeOnly();
        environment.insert(u"DATABRICKS_HOST"_s, u"https://adb-3.azuredatabricks.net"_s);
        environment.insert(u"DATABRICKS_TOKEN"_s, u"dapi-from-the-environment"_s);
        ConnectionServices services(environment, kService);
        ConnectionManagerDialog dialog(&services);
        dialog.show();
        QSignalSpy loaded(&dialog, &ConnectionManagerDialog::loaded);
        QVERIFY(dialog.isLoaded() || loaded.wait(10000));
        const int row = dialog.model()->rowOf(u"environment"_s);
        QVERIFY(row >= 0);
        QCOMPARE(dialog.model()->entry(row).profile.origin, Profile::Origin::Environment);
        QVERIFY(dialog.selectProfile(u"environment"_s));
        QCOMPARE(dialog.editor()->findChild<QLineEdit *>(u"hostEdit"_s)->text(),
                 u"https://adb-3.azuredatabricks.net"_s);
        QVERIFY(dialog.editor()->findChild<QLineEdit *>(u"hostEdit"_s)->isReadOnly());
        auto *notice = dialog.findChild<QLabel *>(u"originNotice"_s);
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(u"environment"_s));
        // Session only: it is never saved.
        QVERIFY(services.profiles()->profiles().isEmpty());
    }

    // For docs/screenshots: the manager with every kind of profile.
    void screenshot()
    {
        if (qEnvironmentVariableIsEmpty("BRICKDESK_SCREENSHOT_DIR"))
            QSKIP("set BRICKDESK_SCREENSHOT_DIR to take screenshots");
        test::TestWorkspace ws;
        {
            QFile file(QDir::home().filePath(u".databrickscfg"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[dev]\nhost = https://adb-5820.11.azuredatabricks.net\ntoken = x\n"
                       "[analytics]\nhost = https://dbc-a1b2c3d4-e5f6.cloud.databricks.com\n"
                       "auth_type = databricks-cli\n");
        }
        QProcessEnvironment environment = homeOnly();
        environment.insert(u"DATABRICKS_HOST"_s, u"https://adb-9917.4.azuredatabricks.net"_s);
        environment.insert(u"DATABRICKS_TOKEN"_s, u"x"_s);
        ConnectionServices services(environment, kService);
        Profile saved;
        saved.displayName = u"Production"_s;
        saved.host = ws.url();
        saved = services.profiles()->add(saved);
        services.setSessionSecrets(saved.id, {{u"token"_s, QString::fromLatin1(test::kTestToken)}});
        ConnectionManagerDialog dialog(&services);
        dialog.resize(940, 640);
        dialog.show();
        QSignalSpy loaded(&dialog, &ConnectionManagerDialog::loaded);
        QVERIFY(dialog.isLoaded() || loaded.wait(10000));
        QVERIFY(dialog.selectProfile(saved.id));
        QSignalSpy tested(&dialog, &ConnectionManagerDialog::testFinished);
        dialog.testConnection();
        QVERIFY(tested.wait(20000));
        test::saveScreenshot(&dialog, u"connection-manager"_s);
        services.profiles()->remove(saved.id);
    }

    void testConnectionExplainsEachFailure_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("expected");
        QTest::newRow("403 wrong token")
            << QString() << QString() << u"dapi-wrong-token"_s << u"refused the token"_s;
        QTest::newRow("401 no credential")
            << u"401"_s << QString() << QString::fromLatin1(test::kTestToken)
            << u"No usable credential"_s;
        QTest::newRow("unknown host") << QString() << u"https://no-such-workspace.invalid"_s
                                      << u"dapi-wrong-token"_s << u"not found"_s;
        QTest::newRow("timeout") << u"latency"_s << QString()
                                 << QString::fromLatin1(test::kTestToken) << u"in time"_s;
        QTest::newRow("connected")
            << QString() << QString() << QString::fromLatin1(test::kTestToken) << u"Connected as"_s;
    }

    void testConnectionExplainsEachFailure()
    {
        QFETCH(QString, fault);
        QFETCH(QString, host);
        QFETCH(QString, token);
        QFETCH(QString, expected);
        test::TestWorkspace ws;
        const QString me = u"/api/2.0/preview/scim/v2/Me"_s;
        if (fault == "401"_L1) {
            emulator::FaultRule rule;
            rule.kind = emulator::FaultRule::Kind::CannedResponse;
            rule.pathPattern = me;
            rule.status = 401;
            rule.body =
                R"({"error_code":401,"message":"Credential was not sent or was of an unsupported type for this API."})";
            ws.emulator().faults().addRule(rule);
        } else if (fault == "latency"_L1) {
            ws.emulator().faults().latency(me, 5000);
        }
        ConnectionServices services(homeOnly(), kService);
        ConnectionManagerDialog dialog(&services);
        dialog.setTestTimeout(400);
        dialog.show();
        dialog.addProfile();
        type(dialog.editor(), u"hostEdit"_s, host.isEmpty() ? ws.url().toString() : host);
        type(dialog.editor(), u"tokenEdit"_s, token);
        QSignalSpy tested(&dialog, &ConnectionManagerDialog::testFinished);
        dialog.testConnection();
        QVERIFY(tested.wait(20000));
        QVERIFY2(testMessage(dialog).contains(expected), qPrintable(testMessage(dialog)));
        QVERIFY(!testMessage(dialog).contains(token.isEmpty() ? u"\x01"_s : token));
        // Testing saves nothing.
        QVERIFY(services.profiles()->profiles().isEmpty());
    }
};

QTEST_MAIN(TestConnectionManager)
#include "tst_connectionmanager.moc"
