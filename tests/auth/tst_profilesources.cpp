#include "core/auth/databricksconfig.h"
#include "core/auth/profilesources.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

const QByteArray kConfig = R"([DEFAULT]
host = https://dbc-default.cloud.databricks.com/
token = dapiDEFAULT

[prod]
host = adb-1.2.azuredatabricks.net/?o=1
token = dapiPROD

[sp]
host = https://dbc-sp.cloud.databricks.com
client_id = 1111-2222
client_secret = dose-secret

[u2m]
host = https://dbc-u.cloud.databricks.com
auth_type = databricks-cli

[azcli]
host = https://adb-9.azuredatabricks.net
auth_type = azure-cli

[account]
account_id = abc
)";

QProcessEnvironment env(std::initializer_list<std::pair<QString, QString>> values)
{
    QProcessEnvironment environment;
    for (const auto &[key, value] : values)
        environment.insert(key, value);
    return environment;
}

} // namespace

class TestProfileSources : public QObject
{
    Q_OBJECT

private slots:
    void configFileProfiles()
    {
        const auto profiles = ProfileSources::fromConfigFile(DatabricksConfig::parse(kConfig));
        QCOMPARE(profiles.size(), 5); // the account-only profile is left out
        const auto &prod = profiles.at(1);
        QCOMPARE(prod.profile.displayName, u"prod"_s);
        QCOMPARE(prod.profile.host.toString(), u"https://adb-1.2.azuredatabricks.net"_s);
        QCOMPARE(prod.profile.auth, Profile::Auth::PersonalAccessToken);
        QCOMPARE(prod.secrets.value(u"token"_s), u"dapiPROD"_s);
        QCOMPARE(prod.profile.origin, Profile::Origin::ConfigFile);
        QVERIFY(prod.problem.isEmpty());

        const auto &sp = profiles.at(2);
        QCOMPARE(sp.profile.auth, Profile::Auth::OAuthMachineToMachine);
        QCOMPARE(sp.profile.clientId, u"1111-2222"_s);
        QCOMPARE(sp.secrets.value(u"client_secret"_s), u"dose-secret"_s);

        const auto &u2m = profiles.at(3);
        QCOMPARE(u2m.profile.auth, Profile::Auth::OAuthUserToMachine);
        QCOMPARE(u2m.profile.clientId, u"databricks-cli"_s);
        QVERIFY(u2m.secrets.isEmpty());

        QVERIFY(profiles.at(4).problem.contains("azure-cli"_L1));
    }

    void environmentWithToken()
    {
        const auto profile = ProfileSources::fromEnvironment(
            env({{u"DATABRICKS_HOST"_s, u"https://dbc-e.cloud.databricks.com/"_s},
                 {u"DATABRICKS_TOKEN"_s, u"dapiENV"_s}}),
            DatabricksConfig());
        QVERIFY(profile);
        QCOMPARE(profile->profile.origin, Profile::Origin::Environment);
        QCOMPARE(profile->profile.host.toString(), u"https://dbc-e.cloud.databricks.com"_s);
        QCOMPARE(profile->secrets.value(u"token"_s), u"dapiENV"_s);
        QVERIFY(profile->problem.isEmpty());
    }

    void environmentWithClientCredentials()
    {
        const auto profile = ProfileSources::fromEnvironment(
            env({{u"DATABRICKS_HOST"_s, u"dbc-e.cloud.databricks.com"_s},
                 {u"DATABRICKS_CLIENT_ID"_s, u"cid"_s},
                 {u"DATABRICKS_CLIENT_SECRET"_s, u"csec"_s}}),
            DatabricksConfig());
        QVERIFY(profile);
        QCOMPARE(profile->profile.auth, Profile::Auth::OAuthMachineToMachine);
        QCOMPARE(profile->profile.clientId, u"cid"_s);
        QCOMPARE(profile->secrets.value(u"client_secret"_s), u"csec"_s);
    }

    void environmentSelectsConfigProfile()
    {
        const auto profile = ProfileSources::fromEnvironment(
            env({{u"DATABRICKS_CONFIG_PROFILE"_s, u"prod"_s}}), DatabricksConfig::parse(kConfig));
        QVERIFY(profile);
        QCOMPARE(profile->profile.origin, Profile::Origin::Environment);
        QCOMPARE(profile->profile.host.toString(), u"https://adb-1.2.azuredatabricks.net"_s);
        QCOMPARE(profile->secrets.value(u"token"_s), u"dapiPROD"_s);
    }

    void environmentNamesAMissingProfile()
    {
        const auto profile = ProfileSources::fromEnvironment(
            env({{u"DATABRICKS_CONFIG_PROFILE"_s, u"nope"_s}}), DatabricksConfig::parse(kConfig));
        QVERIFY(profile);
        QVERIFY(profile->problem.contains("nope"_L1));
    }

    void environmentRefusesPlainHttp()
    {
        const auto profile = ProfileSources::fromEnvironment(
            env({{u"DATABRICKS_HOST"_s, u"http://dbc-e.cloud.databricks.com"_s},
                 {u"DATABRICKS_TOKEN"_s, u"dapiENV"_s}}),
            DatabricksConfig());
        QVERIFY(profile);
        QVERIFY(profile->problem.contains("http://"_L1));
    }

    void emptyEnvironmentGivesNothing()
    {
        QVERIFY(!ProfileSources::fromEnvironment(QProcessEnvironment(), DatabricksConfig()));
    }
};

QTEST_GUILESS_MAIN(TestProfileSources)
#include "tst_profilesources.moc"
