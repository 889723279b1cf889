// The keychain round trip against a real Secret Service. scripts/test.sh runs
// the suite inside dbus-run-session with an unlocked gnome-keyring and sets
// BRICKDESK_REQUIRE_KEYCHAIN=1, so there a missing keychain is a failure.
#include "core/auth/credentialstore.h"
#include "tests/support/homefiles.h"

#include <QSettings>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;
using brickdesk::CredentialStore;

namespace {

CredentialStore::Result wait(const std::function<void(CredentialStore::Handler)> &call)
{
    std::optional<CredentialStore::Result> result;
    call([&result](const CredentialStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return {CredentialStore::Status::OtherError, {}, u"timed out"_s};
    return *result;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

    CredentialStore m_store{u"Brickdesk-test"_s};
    QString m_profile = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QObject m_context;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"BrickdeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_credentialstore"_s);
        const auto probe = wait(
            [&](auto done) { m_store.write(m_profile, u"probe"_s, u"x"_s, &m_context, done); });
        if (probe.status == CredentialStore::Status::NoKeychain) {
            if (qEnvironmentVariableIntValue("BRICKDESK_REQUIRE_KEYCHAIN") == 1)
                QFAIL(qPrintable(probe.message));
            QSKIP("no Secret Service here; scripts/test.sh provides one");
        }
        QVERIFY2(probe.status == CredentialStore::Status::Ok, qPrintable(probe.message));
        QCOMPARE(wait([&](auto done) {
                     m_store.remove(m_profile, u"probe"_s, &m_context, done);
                 }).status,
                 CredentialStore::Status::Ok);
    }

    void roundTrip()
    {
        const QString secret = u"dapi-secret-roundtrip-5f3a9c"_s;
        QCOMPARE(wait([&](auto done) {
                     m_store.write(m_profile, u"token"_s, secret, &m_context, done);
                 }).status,
                 CredentialStore::Status::Ok);
        const auto read =
            wait([&](auto done) { m_store.read(m_profile, u"token"_s, &m_context, done); });
        QCOMPARE(read.status, CredentialStore::Status::Ok);
        QCOMPARE(read.secret, secret);
        QCOMPARE(m_store.storedKinds(m_profile), QStringList{u"token"_s});
        QSettings().sync();
        QVERIFY(!brickdesk::test::everythingOnDisk().contains(secret.toUtf8()));
    }

    void removeAllUsesTheIndex()
    {
        QCOMPARE(wait([&](auto done) {
                     m_store.write(m_profile, u"client_secret"_s, u"cs-1"_s, &m_context, done);
                 }).status,
                 CredentialStore::Status::Ok);
        QCOMPARE(m_store.storedKinds(m_profile).size(), 2);
        QCOMPARE(wait([&](auto done) { m_store.removeAll(m_profile, &m_context, done); }).status,
                 CredentialStore::Status::Ok);
        QVERIFY(m_store.storedKinds(m_profile).isEmpty());
        const auto gone =
            wait([&](auto done) { m_store.read(m_profile, u"token"_s, &m_context, done); });
        QCOMPARE(gone.status, CredentialStore::Status::NotFound);
    }

    void deadContextGetsNoCallback()
    {
        bool called = false;
        {
            QObject context;
            m_store.read(m_profile, u"token"_s, &context,
                         [&](const CredentialStore::Result &) { called = true; });
        }
        // Let the job finish; nothing may be delivered.
        const auto after =
            wait([&](auto done) { m_store.read(m_profile, u"token"_s, &m_context, done); });
        QCOMPARE(after.status, CredentialStore::Status::NotFound);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
