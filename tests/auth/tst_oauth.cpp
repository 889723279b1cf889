// OAuth against the emulator's OIDC server over real loopback HTTP: the
// browser sign-in (U2M with PKCE), the client-credentials grant (M2M),
// renewal after expiry with the calls in flight replayed, and the
// "sign in again" path when the refresh token is refused.
#include "core/auth/oauthcredentials.h"
#include "core/auth/workspaceconnector.h"
#include "core/net/apiclient.h"
#include "tests/support/testbrowser.h"
#include "tests/support/testworkspace.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;
using brickdesk::test::sendAndWait;
using brickdesk::test::TestBrowser;
using brickdesk::test::TestWorkspace;

namespace {

const QString kMe = u"/api/2.0/preview/scim/v2/Me"_s;

Profile profileFor(const TestWorkspace &workspace, Profile::Auth auth, const QString &clientId)
{
    Profile profile;
    profile.id = u"test-profile"_s;
    profile.displayName = u"Test"_s;
    profile.host = workspace.url();
    profile.auth = auth;
    profile.clientId = clientId;
    // Session-only secrets: these tests are about OAuth, not the keychain.
    profile.origin = Profile::Origin::Environment;
    return profile;
}

WorkspaceConnector::Result connectAndWait(WorkspaceConnector &connector, const Profile &profile,
                                          const QMap<QString, QString> &secrets = {})
{
    std::optional<WorkspaceConnector::Result> result;
    QObject context;
    connector.connectProfile(profile, secrets, &context,
                             [&](const WorkspaceConnector::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return {nullptr, nullptr, u"timed out"_s, false};
    return *result;
}

// An emulator, a fake browser and a client signed in through them.
struct SignedIn
{
    TestWorkspace workspace;
    TestBrowser browser;
    WorkspaceConnector connector;
    Profile profile;
    WorkspaceConnector::Result result;
    std::unique_ptr<ApiClient> client;

    explicit SignedIn(CredentialStore *store)
        : connector(store)
        , profile(profileFor(workspace, Profile::Auth::OAuthUserToMachine, {}))
    {
        connector.setBrowserOpener([this](const QUrl &url) { browser.open(url); });
        result = connectAndWait(connector, profile);
        client.reset(result.client);
    }
};

} // namespace

class TestOAuth : public QObject
{
    Q_OBJECT

    CredentialStore m_store{u"Brickdesk-test"_s};

private slots:
    void userToMachineSignInInTheBrowser()
    {
        SignedIn signedIn(&m_store);
        QVERIFY2(signedIn.client, qPrintable(signedIn.result.error));
        auto &[workspace, browser, connector, profile, result, client] = signedIn;
        QCOMPARE(browser.opened, 1);
        QCOMPARE(workspace.emulator().oauth().codesIssued(), 1);
        QCOMPARE(client->authType(), u"databricks-cli"_s);

        const ApiReply me = sendAndWait(*client, ApiRequest::get(kMe));
        QVERIFY2(me.ok(), qPrintable(me.ok() ? QString() : me.error().toString()));
        // The PAT was not used: the emulator saw an OAuth token.
        const auto requests = workspace.emulator().requests();
        QVERIFY(requests.last().path == kMe);

        // What the browser was sent to: PKCE S256, the CLI's client id, a
        // loopback redirect in 8020-8040 and the scopes the issue asks for.
        bool sawAuthorize = false;
        for (const auto &request : requests) {
            if (request.path != "/oidc/v1/authorize"_L1)
                continue;
            sawAuthorize = true;
            QCOMPARE(request.query.queryItemValue(u"client_id"_s), u"databricks-cli"_s);
            QCOMPARE(request.query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
            const QUrl redirect(
                request.query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
            QCOMPARE(redirect.host(), u"localhost"_s);
            QVERIFY(redirect.port() >= 8020 && redirect.port() <= 8040);
            QCOMPARE(request.query.queryItemValue(u"scope"_s, QUrl::FullyDecoded),
                     u"all-apis offline_access"_s);
            QVERIFY(request.query.queryItemValue(u"state"_s).size() >= 16);
        }
        QVERIFY(sawAuthorize);
    }

    void expiredTokenIsRenewedAndCallsInFlightAreReplayed()
    {
        SignedIn signedIn(&m_store);
        QVERIFY2(signedIn.client, qPrintable(signedIn.result.error));
        auto &[workspace, browser, connector, profile, result, client] = signedIn;
        auto *oauth = qobject_cast<OAuthCredentials *>(result.credentials.get());
        QVERIFY(oauth);
        QSignalSpy rotated(oauth, &OAuthCredentials::refreshTokenChanged);
        const QByteArray firstRefreshToken = oauth->refreshToken();

        // The access token expires on the server's clock.
        workspace.emulator().clock().advance(2 * 3600 * 1000);
        QCOMPARE(workspace.emulator().oauth().refreshGrants(), 0);

        int ok = 0, failed = 0;
        QObject context;
        for (int i = 0; i < 3; ++i)
            client->send(ApiRequest::get(kMe), &context,
                         [&](const ApiReply &r) { r.ok() ? ++ok : ++failed; });
        QTRY_COMPARE_WITH_TIMEOUT(ok + failed, 3, 15000);
        QCOMPARE(failed, 0);
        QCOMPARE(workspace.emulator().oauth().refreshGrants(), 1); // one refresh for all three
        QCOMPARE(rotated.count(), 1);
        QVERIFY(oauth->refreshToken() != firstRefreshToken);
        QCOMPARE(browser.opened, 1); // no second sign-in was needed
    }

    void refusedRefreshAsksTheUserAndCallsWait()
    {
        SignedIn signedIn(&m_store);
        QVERIFY2(signedIn.client, qPrintable(signedIn.result.error));
        auto &[workspace, browser, connector, profile, result, client] = signedIn;
        QSignalSpy signInRequired(&connector, &WorkspaceConnector::signInRequired);

        workspace.emulator().oauth().revokeRefreshTokens();
        workspace.emulator().clock().advance(2 * 3600 * 1000);

        std::optional<ApiReply> reply;
        QObject context;
        client->send(ApiRequest::get(kMe), &context, [&](const ApiReply &r) { reply = r; });
        QVERIFY(signInRequired.wait(10000));
        QCOMPARE(signInRequired.first().first().toString(), profile.id);
        QCOMPARE(result.credentials->state(), Credentials::State::WaitingForUser);
        QVERIFY(!reply); // waiting, not failed

        std::optional<QString> signInError;
        connector.signInAgain(profile, result.credentials, &context,
                              [&](const QString &error) { signInError = error; });
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 15000);
        QVERIFY(signInError.has_value() && signInError->isEmpty());
        QVERIFY2(reply->ok(), qPrintable(reply->ok() ? QString() : reply->error().toString()));
        QCOMPARE(browser.opened, 2);
    }

    void declinedSignInFailsTheWaitingCalls()
    {
        SignedIn signedIn(&m_store);
        QVERIFY2(signedIn.client, qPrintable(signedIn.result.error));
        auto &[workspace, browser, connector, profile, result, client] = signedIn;
        workspace.emulator().oauth().revokeRefreshTokens();
        workspace.emulator().clock().advance(2 * 3600 * 1000);

        std::optional<ApiReply> reply;
        QObject context;
        client->send(ApiRequest::get(kMe), &context, [&](const ApiReply &r) { reply = r; });
        QTRY_COMPARE_WITH_TIMEOUT(result.credentials->state(), Credentials::State::WaitingForUser,
                                  10000);
        qobject_cast<OAuthCredentials *>(result.credentials.get())
            ->giveUp(u"Sign-in was cancelled."_s);
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 5000);
        QVERIFY(!reply->ok());
        QCOMPARE(reply->error().httpStatus, 401);
        QCOMPARE(reply->error().message, u"Sign-in was cancelled."_s);
    }

    void savedProfileKeepsEachRefreshTokenInTheKeychain()
    {
        QCoreApplication::setOrganizationName(u"BrickdeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_oauth"_s);
        TestWorkspace workspace;
        TestBrowser browser;
        WorkspaceConnector connector(&m_store);
        connector.setBrowserOpener([&browser](const QUrl &url) { browser.open(url); });
        Profile profile = profileFor(workspace, Profile::Auth::OAuthUserToMachine, {});
        profile.origin = Profile::Origin::Saved;
        profile.id = u"saved-u2m-"_s + QString::number(QDateTime::currentMSecsSinceEpoch());

        const auto result = connectAndWait(connector, profile);
        if (!result.client && result.keychainUnavailable) {
            if (qEnvironmentVariableIntValue("BRICKDESK_REQUIRE_KEYCHAIN") == 1)
                QFAIL(qPrintable(result.error));
            QSKIP("no Secret Service here; scripts/test.sh provides one");
        }
        QVERIFY2(result.client, qPrintable(result.error));
        std::unique_ptr<ApiClient> client(result.client);
        auto *oauth = qobject_cast<OAuthCredentials *>(result.credentials.get());
        const auto stored = [&] {
            std::optional<CredentialStore::Result> read;
            QObject context;
            m_store.read(profile.id, u"refresh_token"_s, &context,
                         [&](const CredentialStore::Result &r) { read = r; });
            if (!QTest::qWaitFor([&] { return read.has_value(); }, 10000))
                return QByteArray();
            return read.value_or(CredentialStore::Result{}).secret.toUtf8();
        };
        QTRY_COMPARE_WITH_TIMEOUT(stored(), oauth->refreshToken(), 10000);

        // A rotation on renewal is written too.
        const QByteArray first = oauth->refreshToken();
        workspace.emulator().clock().advance(2 * 3600 * 1000);
        QVERIFY(sendAndWait(*client, ApiRequest::get(kMe)).ok());
        QVERIFY(oauth->refreshToken() != first);
        QTRY_COMPARE_WITH_TIMEOUT(stored(), oauth->refreshToken(), 10000);

        // Reconnecting uses the stored token: no browser this time.
        const auto again = connectAndWait(connector, profile);
        QVERIFY2(again.client, qPrintable(again.error));
        delete again.client;
        QCOMPARE(browser.opened, 1);
        QCOMPARE(workspace.emulator().oauth().refreshGrants(), 2);

        // A stored refresh token that was revoked meanwhile: connecting
        // signs in through the browser; no "sign in again" banner.
        QSignalSpy signInRequired(&connector, &WorkspaceConnector::signInRequired);
        workspace.emulator().oauth().revokeRefreshTokens();
        const auto revoked = connectAndWait(connector, profile);
        QVERIFY2(revoked.client, qPrintable(revoked.error));
        delete revoked.client;
        QCOMPARE(browser.opened, 2);
        QCOMPARE(signInRequired.count(), 0);

        QObject context;
        bool removed = false;
        m_store.removeAll(profile.id, &context,
                          [&](const CredentialStore::Result &) { removed = true; });
        QTRY_VERIFY(removed);
    }

    void machineToMachineClientCredentials()
    {
        TestWorkspace workspace;
        workspace.emulator().oauth().addServicePrincipal(u"sp-1"_s, u"sp-secret-42"_s);
        WorkspaceConnector connector(&m_store);
        const auto result = connectAndWait(
            connector, profileFor(workspace, Profile::Auth::OAuthMachineToMachine, u"sp-1"_s),
            {{u"client_secret"_s, u"sp-secret-42"_s}});
        QVERIFY2(result.client, qPrintable(result.error));
        std::unique_ptr<ApiClient> client(result.client);
        QCOMPARE(client->authType(), u"oauth-m2m"_s);
        QCOMPARE(workspace.emulator().oauth().clientCredentialsGrants(), 1);
        QVERIFY(sendAndWait(*client, ApiRequest::get(kMe)).ok());

        // Expiry renews with the same grant, transparently.
        workspace.emulator().clock().advance(2 * 3600 * 1000);
        QVERIFY(sendAndWait(*client, ApiRequest::get(kMe)).ok());
        QCOMPARE(workspace.emulator().oauth().clientCredentialsGrants(), 2);
    }

    void machineToMachineWrongSecretIsAClearError()
    {
        TestWorkspace workspace;
        workspace.emulator().oauth().addServicePrincipal(u"sp-1"_s, u"right"_s);
        WorkspaceConnector connector(&m_store);
        const auto result = connectAndWait(
            connector, profileFor(workspace, Profile::Auth::OAuthMachineToMachine, u"sp-1"_s),
            {{u"client_secret"_s, u"wrong-secret-77"_s}});
        QVERIFY(!result.client);
        QVERIFY2(result.error.startsWith("Signing in failed"_L1), qPrintable(result.error));
        QVERIFY(!result.error.contains("wrong-secret-77"_L1));
    }

    void personalAccessTokenFromSessionSecrets()
    {
        TestWorkspace workspace;
        WorkspaceConnector connector(&m_store);
        const auto result =
            connectAndWait(connector, profileFor(workspace, Profile::Auth::PersonalAccessToken, {}),
                           {{u"token"_s, QString::fromLatin1(test::kTestToken)}});
        QVERIFY2(result.client, qPrintable(result.error));
        std::unique_ptr<ApiClient> client(result.client);
        QVERIFY(sendAndWait(*client, ApiRequest::get(kMe)).ok());
    }

    void missingTokenIsExplained()
    {
        TestWorkspace workspace;
        WorkspaceConnector connector(&m_store);
        const auto result = connectAndWait(
            connector, profileFor(workspace, Profile::Auth::PersonalAccessToken, {}));
        QVERIFY(!result.client);
        QVERIFY(result.error.contains("No personal access token"_L1));
    }
};

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"
