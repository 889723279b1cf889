// ScimService::searchPrincipals against the demo directory: users, groups
// and service principals found by name, a service principal's application
// id as the name an ACL takes, and filter values quoted safely.
#include "core/auth/scimservice.h"
#include "core/emulator/demoseed.h"
#include "tests/support/testworkspace.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

struct Result
{
    std::optional<ApiError> error;
    QList<Principal> principals;
};

std::optional<Result> search(ApiClient &client, const QString &text)
{
    std::optional<Result> result;
    QObject context;
    ScimService(&client).searchPrincipals(
        text, &context, [&](const std::optional<ApiError> &error, const QList<Principal> &found) {
            result = Result{error, found};
        });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return std::nullopt;
    return result;
}

QStringList names(const QList<Principal> &principals, Principal::Kind kind)
{
    QStringList out;
    for (const Principal &principal : principals)
        if (principal.kind == kind)
            out << principal.aclName;
    return out;
}

} // namespace

class TestPrincipalSearch : public QObject
{
    Q_OBJECT

private slots:
    void usersAndGroupsByName();
    void servicePrincipalByNameOrApplicationId();
    void emptyTextListsSome();
    void quotesAreEscaped();
    void filterValue();
};

void TestPrincipalSearch::usersAndGroupsByName()
{
    test::TestWorkspace workspace(emulator::Seed::Demo);
    const auto result = search(workspace.client(), u"ana"_s);
    QVERIFY(result);
    QVERIFY(!result->error);
    QVERIFY(
        names(result->principals, Principal::Kind::User).contains(u"ana.lopez@brickdesk.dev"_s));
    QCOMPARE(names(result->principals, Principal::Kind::Group), QStringList{u"analysts"_s});
    for (const Principal &principal : result->principals)
        if (principal.aclName == "ana.lopez@brickdesk.dev"_L1)
            QCOMPARE(principal.displayName, u"Ana Lopez"_s);
    // Users come first, then groups, then service principals.
    QCOMPARE(result->principals.first().kind, Principal::Kind::User);

    // By display name too.
    const auto byDisplay = search(workspace.client(), u"Fischer"_s);
    QVERIFY(byDisplay);
    QCOMPARE(names(byDisplay->principals, Principal::Kind::User),
             QStringList{u"lena.fischer@brickdesk.dev"_s});
}

void TestPrincipalSearch::servicePrincipalByNameOrApplicationId()
{
    test::TestWorkspace workspace(emulator::Seed::Demo);
    const QString appId = QLatin1StringView(emulator::DemoSeed::kCiDeployerApplicationId);
    const auto byName = search(workspace.client(), u"ci-deploy"_s);
    QVERIFY(byName);
    QVERIFY(!byName->error);
    QCOMPARE(names(byName->principals, Principal::Kind::ServicePrincipal), QStringList{appId});
    QCOMPARE(byName->principals.last().displayName, u"ci-deployer"_s);

    const auto byId = search(workspace.client(), appId);
    QVERIFY(byId);
    QCOMPARE(names(byId->principals, Principal::Kind::ServicePrincipal), QStringList{appId});
}

void TestPrincipalSearch::emptyTextListsSome()
{
    test::TestWorkspace workspace(emulator::Seed::Demo);
    const auto result = search(workspace.client(), QString());
    QVERIFY(result);
    QVERIFY(!result->error);
    QVERIFY(names(result->principals, Principal::Kind::User).size() >= 9);
    QVERIFY(names(result->principals, Principal::Kind::Group).contains(u"users"_s));
    QCOMPARE(names(result->principals, Principal::Kind::ServicePrincipal).size(), 3);
}

void TestPrincipalSearch::quotesAreEscaped()
{
    test::TestWorkspace workspace(emulator::Seed::Demo);
    const auto result = search(workspace.client(), u"a\" or userName co \""_s);
    QVERIFY(result);
    QVERIFY2(!result->error, qPrintable(result->error ? result->error->toString() : QString()));
    // The text is one value, not a filter of its own.
    QVERIFY(result->principals.isEmpty());
}

void TestPrincipalSearch::filterValue()
{
    QCOMPARE(ScimService::filterValue(u"ana"_s), u"\"ana\""_s);
    QCOMPARE(ScimService::filterValue(u"a\"b\\c"_s), u"\"a\\\"b\\\\c\""_s);
}

QTEST_GUILESS_MAIN(TestPrincipalSearch)
#include "tst_principalsearch.moc"
