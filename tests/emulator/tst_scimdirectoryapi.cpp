// SCIM directory over real loopback HTTP: Users, Groups and ServicePrincipals
// lists, startIndex / count paging, filters and the SCIM error body.
#include "tests/emulator/emulatorfixture.h"

#include "core/emulator/demoseed.h"
#include "core/emulator/scimapi.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;
using namespace brickdesk::emulator;
using brickdesk::test::EmulatorFixture;
using brickdesk::test::query;
using brickdesk::test::RawResponse;

namespace {

const QString kUsers = u"/api/2.0/preview/scim/v2/Users"_s;
const QString kGroups = u"/api/2.0/preview/scim/v2/Groups"_s;
const QString kServicePrincipals = u"/api/2.0/preview/scim/v2/ServicePrincipals"_s;

QStringList values(const RawResponse &response, const char *field)
{
    QStringList out;
    for (const QJsonValue &value : response.json.value("Resources"_L1).toArray())
        out.append(value.toObject().value(QLatin1StringView(field)).toString());
    return out;
}

void compareListHeader(const RawResponse &response, int total, int start, int perPage)
{
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value("schemas"_L1).toArray(),
             QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:ListResponse"_s});
    QCOMPARE(response.json.value("totalResults"_L1).toInt(-1), total);
    QCOMPARE(response.json.value("startIndex"_L1).toInt(-1), start);
    QCOMPARE(response.json.value("itemsPerPage"_L1).toInt(-1), perPage);
    QCOMPARE(response.json.value("Resources"_L1).toArray().size(), perPage);
}

} // namespace

class TestScimDirectoryApi : public QObject
{
    Q_OBJECT
private slots:
    void emptySeedHasOnlyTheSignedInUser();
    void usersListAndFields();
    void usersPaging();
    void userFilters_data();
    void userFilters();
    void groupsAndMembers();
    void servicePrincipals();
    void invalidFilterIsScimError_data();
    void invalidFilterIsScimError();
    void meFollowsUserGroups();
};

void TestScimDirectoryApi::emptySeedHasOnlyTheSignedInUser()
{
    EmulatorFixture fixture;
    RawResponse response = fixture.get(kUsers);
    compareListHeader(response, 1, 1, 1);
    QCOMPARE(values(response, "userName"), QStringList{u"demo@brickdesk.dev"_s});
    response = fixture.get(kGroups);
    QCOMPARE(values(response, "displayName"),
             (QStringList{u"admins"_s, u"users"_s, u"data-engineers"_s}));
    response = fixture.get(kServicePrincipals);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value("totalResults"_L1).toInt(-1), 0);
    QVERIFY(!response.json.contains("Resources"_L1));
}

void TestScimDirectoryApi::usersListAndFields()
{
    EmulatorFixture fixture(Seed::Demo);
    const RawResponse response = fixture.get(kUsers);
    compareListHeader(response, 10, 1, 10);
    const QStringList names = values(response, "userName");
    QCOMPARE(names.first(), u"demo@brickdesk.dev"_s);
    QVERIFY(names.contains(u"ana.lopez@brickdesk.dev"_s));
    QVERIFY(names.contains(u"tomas.novak@brickdesk.dev"_s));
    const QJsonArray resources = response.json.value("Resources"_L1).toArray();
    QJsonObject ana;
    for (const QJsonValue &value : resources)
        if (value.toObject().value("userName"_L1).toString() == "ana.lopez@brickdesk.dev"_L1)
            ana = value.toObject();
    QCOMPARE(ana.value("displayName"_L1).toString(), u"Ana Lopez"_s);
    QCOMPARE(ana.value("id"_L1).toString(), u"3318946502716634"_s);
    QCOMPARE(ana.value("active"_L1).toBool(false), true);
    QCOMPARE(ana.value("emails"_L1).toArray().first().toObject().value("value"_L1).toString(),
             u"ana.lopez@brickdesk.dev"_s);
    QStringList groups;
    for (const QJsonValue &group : ana.value("groups"_L1).toArray())
        groups.append(group.toObject().value("display"_L1).toString());
    QCOMPARE(groups, (QStringList{u"users"_s, u"analysts"_s}));
    QCOMPARE(ana.value("groups"_L1).toArray().at(1).toObject().value("value"_L1).toString(),
             ScimApi::groupId(u"analysts"_s));
}

void TestScimDirectoryApi::usersPaging()
{
    EmulatorFixture fixture(Seed::Demo);
    const QStringList all = values(fixture.get(kUsers), "userName");
    RawResponse response =
        fixture.get(kUsers, query({{u"startIndex"_s, u"1"_s}, {u"count"_s, u"4"_s}}));
    compareListHeader(response, 10, 1, 4);
    QCOMPARE(values(response, "userName"), all.mid(0, 4));
    response = fixture.get(kUsers, query({{u"startIndex"_s, u"5"_s}, {u"count"_s, u"4"_s}}));
    compareListHeader(response, 10, 5, 4);
    QCOMPARE(values(response, "userName"), all.mid(4, 4));
    response = fixture.get(kUsers, query({{u"startIndex"_s, u"9"_s}, {u"count"_s, u"4"_s}}));
    compareListHeader(response, 10, 9, 2);
    QCOMPARE(values(response, "userName"), all.mid(8));
    // Past the end: no Resources, the total stays.
    response = fixture.get(kUsers, query({{u"startIndex"_s, u"11"_s}}));
    QCOMPARE(response.json.value("totalResults"_L1).toInt(), 10);
    QCOMPARE(response.json.value("itemsPerPage"_L1).toInt(-1), 0);
    QVERIFY(!response.json.contains("Resources"_L1));
    // count=0 answers the total only; startIndex below 1 counts as 1.
    response = fixture.get(kUsers, query({{u"count"_s, u"0"_s}}));
    QCOMPARE(response.json.value("totalResults"_L1).toInt(), 10);
    QCOMPARE(response.json.value("itemsPerPage"_L1).toInt(-1), 0);
    response = fixture.get(kUsers, query({{u"startIndex"_s, u"0"_s}, {u"count"_s, u"2"_s}}));
    compareListHeader(response, 10, 1, 2);
    // Paging applies after the filter.
    response = fixture.get(kUsers, query({{u"filter"_s, u"userName co \"a\""_s},
                                          {u"startIndex"_s, u"2"_s},
                                          {u"count"_s, u"2"_s}}));
    QCOMPARE(response.json.value("startIndex"_L1).toInt(), 2);
    QCOMPARE(values(response, "userName").size(), 2);
}

void TestScimDirectoryApi::userFilters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("displayName co, any case")
        << u"displayName co \"LOP\""_s << QStringList{u"ana.lopez@brickdesk.dev"_s};
    QTest::newRow("userName sw") << u"userName sw \"k\""_s
                                 << QStringList{u"kim.minjun@brickdesk.dev"_s};
    QTest::newRow("userName co") << u"userName co \"ia\""_s
                                 << QStringList{u"sofia.rossi@brickdesk.dev"_s};
    QTest::newRow("userName eq, any case") << u"userName eq \"Zhang.Wei@Brickdesk.dev\""_s
                                           << QStringList{u"zhang.wei@brickdesk.dev"_s};
    QTest::newRow("or") << u"userName sw \"tomas\" or displayName co \"priya\""_s
                        << QStringList{u"priya.sharma@brickdesk.dev"_s,
                                       u"tomas.novak@brickdesk.dev"_s};
    QTest::newRow("and") << u"userName sw \"o\" and active eq false"_s
                         << QStringList{u"olga.petrova@brickdesk.dev"_s};
    QTest::newRow("emails.value ew") << u"emails.value ew \"novak@brickdesk.dev\""_s
                                     << QStringList{u"tomas.novak@brickdesk.dev"_s};
    QTest::newRow("operator case")
        << u"DisplayName CO \"fischer\""_s << QStringList{u"lena.fischer@brickdesk.dev"_s};
    QTest::newRow("no match") << u"displayName co \"nobody\""_s << QStringList{};
}

void TestScimDirectoryApi::userFilters()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    EmulatorFixture fixture(Seed::Demo);
    const RawResponse response = fixture.get(kUsers, query({{u"filter"_s, filter}}));
    QCOMPARE(response.status, 200);
    QStringList names = values(response, "userName");
    names.sort();
    QCOMPARE(names, expected);
    QCOMPARE(response.json.value("totalResults"_L1).toInt(-1), expected.size());
}

void TestScimDirectoryApi::groupsAndMembers()
{
    EmulatorFixture fixture(Seed::Demo);
    RawResponse response = fixture.get(kGroups);
    compareListHeader(response, 5, 1, 5);
    QCOMPARE(
        values(response, "displayName"),
        (QStringList{u"admins"_s, u"users"_s, u"data-engineers"_s, u"analysts"_s, u"platform"_s}));

    response = fixture.get(kGroups, query({{u"filter"_s, u"displayName eq \"PLATFORM\""_s}}));
    compareListHeader(response, 1, 1, 1);
    const QJsonObject platform = response.json.value("Resources"_L1).toArray().first().toObject();
    QCOMPARE(platform.value("id"_L1).toString(), ScimApi::groupId(u"platform"_s));
    QStringList members;
    QStringList refs;
    for (const QJsonValue &member : platform.value("members"_L1).toArray()) {
        members.append(member.toObject().value("display"_L1).toString());
        refs.append(member.toObject().value("$ref"_L1).toString().section(u'/', 0, 0));
    }
    QCOMPARE(members, (QStringList{u"Lena Fischer"_s, u"Tomas Novak"_s, u"ci-deployer"_s}));
    QCOMPARE(refs, (QStringList{u"Users"_s, u"Users"_s, u"ServicePrincipals"_s}));

    // `users` holds every user.
    response = fixture.get(kGroups, query({{u"filter"_s, u"displayName eq \"users\""_s}}));
    QCOMPARE(response.json.value("Resources"_L1)
                 .toArray()
                 .first()
                 .toObject()
                 .value("members"_L1)
                 .toArray()
                 .size(),
             10);
    response = fixture.get(kGroups,
                           query({{u"filter"_s, u"displayName co \"a\""_s}, {u"count"_s, u"2"_s}}));
    QCOMPARE(response.json.value("totalResults"_L1).toInt(),
             4); // admins, data-engineers, analysts, platform
    QCOMPARE(values(response, "displayName"), (QStringList{u"admins"_s, u"data-engineers"_s}));
}

void TestScimDirectoryApi::servicePrincipals()
{
    EmulatorFixture fixture(Seed::Demo);
    RawResponse response = fixture.get(kServicePrincipals);
    compareListHeader(response, 3, 1, 3);
    QCOMPARE(values(response, "displayName"),
             (QStringList{u"ci-deployer"_s, u"airflow-prod"_s, u"dbt-cloud"_s}));
    const QJsonObject ci = response.json.value("Resources"_L1).toArray().first().toObject();
    QCOMPARE(ci.value("applicationId"_L1).toString(),
             QLatin1StringView(DemoSeed::kCiDeployerApplicationId));
    QCOMPARE(ci.value("active"_L1).toBool(false), true);
    QVERIFY(!ci.value("id"_L1).toString().isEmpty());

    response =
        fixture.get(kServicePrincipals,
                    query({{u"filter"_s,
                            u"applicationId eq \"%1\""_s.arg(
                                QString::fromLatin1(DemoSeed::kAirflowApplicationId).toUpper())}}));
    compareListHeader(response, 1, 1, 1);
    QCOMPARE(values(response, "displayName"), QStringList{u"airflow-prod"_s});
    response = fixture.get(kServicePrincipals, query({{u"filter"_s, u"displayName sw \"d\""_s}}));
    QCOMPARE(values(response, "displayName"), QStringList{u"dbt-cloud"_s});
    response =
        fixture.get(kServicePrincipals, query({{u"startIndex"_s, u"2"_s}, {u"count"_s, u"1"_s}}));
    compareListHeader(response, 3, 2, 1);
    QCOMPARE(values(response, "displayName"), QStringList{u"airflow-prod"_s});
}

void TestScimDirectoryApi::invalidFilterIsScimError_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("filter");
    QTest::newRow("no operator") << kUsers << u"userName \"x\""_s;
    QTest::newRow("unknown operator") << kUsers << u"userName like \"x\""_s;
    QTest::newRow("unquoted value") << kUsers << u"userName eq x"_s;
    QTest::newRow("unterminated") << kUsers << u"userName eq \"x"_s;
    QTest::newRow("unknown attribute") << kUsers << u"shoeSize eq \"42\""_s;
    QTest::newRow("dangling and") << kUsers << u"userName eq \"x\" and"_s;
    QTest::newRow("bad joiner") << kUsers << u"userName eq \"x\" xor userName eq \"y\""_s;
    QTest::newRow("parentheses") << kGroups << u"(displayName eq \"x\")"_s;
    QTest::newRow("users attribute on groups") << kGroups << u"userName eq \"x\""_s;
    QTest::newRow("empty directory") << kServicePrincipals << u"applicationId eq"_s;
}

void TestScimDirectoryApi::invalidFilterIsScimError()
{
    QFETCH(QString, path);
    QFETCH(QString, filter);
    EmulatorFixture fixture; // the empty seed: no service principals at all
    const RawResponse response = fixture.get(path, query({{u"filter"_s, filter}}));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value("schemas"_L1).toArray(),
             QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:Error"_s});
    QCOMPARE(response.json.value("status"_L1).toString(), u"400"_s);
    QCOMPARE(response.json.value("scimType"_L1).toString(), u"invalidFilter"_s);
    QVERIFY(!response.json.value("detail"_L1).toString().isEmpty());
    QVERIFY(!response.json.contains("error_code"_L1));

    // A non-numeric count is a SCIM error too.
    const RawResponse count = fixture.get(kUsers, query({{u"count"_s, u"many"_s}}));
    QCOMPARE(count.status, 400);
    QCOMPARE(count.json.value("scimType"_L1).toString(), u"invalidValue"_s);
}

void TestScimDirectoryApi::meFollowsUserGroups()
{
    EmulatorFixture fixture(Seed::Demo);
    fixture.emulator().setUserGroups({u"analysts"_s});
    const RawResponse me = fixture.get(u"/api/2.0/preview/scim/v2/Me"_s);
    QStringList groups;
    for (const QJsonValue &group : me.json.value("groups"_L1).toArray())
        groups.append(group.toObject().value("display"_L1).toString());
    QCOMPARE(groups, (QStringList{u"analysts"_s, u"users"_s}));
    // The signed-in user left `admins`, so the group lists only Lena.
    const RawResponse admins =
        fixture.get(kGroups, query({{u"filter"_s, u"displayName eq \"admins\""_s}}));
    const QJsonArray members = admins.json.value("Resources"_L1)
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value("members"_L1)
                                   .toArray();
    QCOMPARE(members.size(), 1);
    QCOMPARE(members.first().toObject().value("display"_L1).toString(), u"Lena Fischer"_s);
}

QTEST_GUILESS_MAIN(TestScimDirectoryApi)
#include "tst_scimdirectoryapi.moc"
