// Permissions API over real loopback HTTP: the ObjectPermissions shape of
// every object type, inherited entries and their sources, permissionLevels,
// PATCH merging and PUT replacing, the order of the write checks (404, 400,
// 403, owner and home-folder rules), atomicity, the demo's lists and the
// defaults of objects nothing was stored for.
#include "tests/emulator/emulatorfixture.h"

#include "core/emulator/demoseed.h"
#include "core/emulator/permissionsstore.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;
using namespace brickdesk::emulator;
using brickdesk::test::EmulatorFixture;
using brickdesk::test::RawResponse;

namespace {

const QString kBase = u"/api/2.0/permissions/"_s;
const QString kMe = u"demo@brickdesk.dev"_s;
const QString kHome = u"/Users/demo@brickdesk.dev"_s;
const QString kKim = u"kim.minjun@brickdesk.dev"_s;
const QString kRepo = u"/Repos/demo@brickdesk.dev/brickdesk-pipelines"_s;
const QString kCiDeployer = QLatin1StringView(DemoSeed::kCiDeployerApplicationId);
const QString kAirflow = QLatin1StringView(DemoSeed::kAirflowApplicationId);

QString path(const QString &type, const QString &id)
{
    return kBase + type + u'/' + id;
}

RawResponse send(const EmulatorFixture &fixture, const QByteArray &method, const QString &to,
                 const QByteArray &body)
{
    return brickdesk::test::rawRequest(
        method, fixture.url(to), body,
        EmulatorFixture::auth({{"Content-Type", "application/json"}}));
}

QJsonObject entry(const char *field, const QString &name, const char *level)
{
    return QJsonObject{{QLatin1StringView(field), name},
                       {"permission_level"_L1, QLatin1StringView(level)}};
}

QByteArray aclBody(const QJsonArray &entries)
{
    return QJsonDocument(QJsonObject{{"access_control_list"_L1, entries}})
        .toJson(QJsonDocument::Compact);
}

RawResponse patch(const EmulatorFixture &fixture, const QString &to, const QJsonArray &entries)
{
    return send(fixture, "PATCH", to, aclBody(entries));
}

RawResponse put(const EmulatorFixture &fixture, const QString &to, const QJsonArray &entries)
{
    return send(fixture, "PUT", to, aclBody(entries));
}

void compareError(const RawResponse &response, int status, const char *code,
                  const QString &message = {})
{
    QCOMPARE(response.status, status);
    QCOMPARE(response.json.value("error_code"_L1).toString(), QLatin1StringView(code));
    if (!message.isEmpty())
        QCOMPARE(response.json.value("message"_L1).toString(), message);
    else
        QVERIFY(!response.json.value("message"_L1).toString().isEmpty());
}

// One access control entry as "user:<name> LEVEL, LEVEL<-source+source":
// the principal, then each all_permissions item (direct ones bare,
// inherited ones with their sources), so whole lists compare in order.
QString describe(const QJsonObject &entry)
{
    QString principal;
    if (entry.contains("user_name"_L1))
        principal = "user:"_L1 + entry.value("user_name"_L1).toString();
    if (entry.contains("group_name"_L1))
        principal += "group:"_L1 + entry.value("group_name"_L1).toString();
    if (entry.contains("service_principal_name"_L1))
        principal += "sp:"_L1 + entry.value("service_principal_name"_L1).toString();
    QStringList levels;
    for (const QJsonValue &value : entry.value("all_permissions"_L1).toArray()) {
        const QJsonObject item = value.toObject();
        QString level = item.value("permission_level"_L1).toString();
        if (item.value("inherited"_L1).toBool()) {
            QStringList sources;
            for (const QJsonValue &source : item.value("inherited_from_object"_L1).toArray())
                sources.append(source.toString());
            level += "<-"_L1 + sources.join(u'+');
        }
        levels.append(level);
    }
    return principal + u' ' + levels.join(", "_L1);
}

QStringList describe(const RawResponse &response)
{
    QStringList out;
    for (const QJsonValue &value : response.json.value("access_control_list"_L1).toArray())
        out.append(describe(value.toObject()));
    return out;
}

QJsonObject aclEntry(const RawResponse &response, const char *field, const QString &name)
{
    for (const QJsonValue &value : response.json.value("access_control_list"_L1).toArray())
        if (value.toObject().value(QLatin1StringView(field)).toString() == name)
            return value.toObject();
    return {};
}

qint64 jobId(EmulatorFixture &fixture, const QString &name)
{
    for (const Job *job : fixture.emulator().jobs().jobs())
        if (job->settings.value("name"_L1).toString() == name)
            return job->jobId;
    qFatal("no demo job %s", qPrintable(name));
}

QString jobPath(EmulatorFixture &fixture, const QString &name)
{
    return path(u"jobs"_s, QString::number(jobId(fixture, name)));
}

QString clusterId(EmulatorFixture &fixture, const QString &name)
{
    for (const Cluster *cluster : fixture.emulator().clusters().clusters())
        if (cluster->clusterName == name)
            return cluster->clusterId;
    qFatal("no demo cluster %s", qPrintable(name));
}

QString pipelineId(EmulatorFixture &fixture, const QString &name)
{
    for (const Pipeline *pipeline : fixture.emulator().pipelines().pipelines())
        if (pipeline->name == name)
            return pipeline->pipelineId;
    qFatal("no demo pipeline %s", qPrintable(name));
}

QString objectId(EmulatorFixture &fixture, const QString &workspacePath)
{
    const WorkspaceObject *object = fixture.emulator().workspace().find(workspacePath);
    if (!object)
        qFatal("no workspace object %s", qPrintable(workspacePath));
    return QString::number(object->objectId);
}

QString directory(EmulatorFixture &fixture, const QString &workspacePath)
{
    return "/directories/"_L1 + objectId(fixture, workspacePath);
}

} // namespace

class TestPermissionsApi : public QObject
{
    Q_OBJECT
private slots:
    void jobShape();
    void objectTypes_data();
    void objectTypes();
    void folderInheritance();
    void homeAndRepoInheritance();
    void sameLevelFromSeveralSources();
    void directAndInherited();
    void permissionLevels_data();
    void permissionLevels();
    void patchMerges();
    void putReplaces();
    void unsupportedLevel_data();
    void unsupportedLevel();
    void malformedBody_data();
    void malformedBody();
    void unknownPrincipal_data();
    void unknownPrincipal();
    void principalsAsTheDirectorySpellsThem();
    void unknownObject_data();
    void unknownObject();
    void unknownRequestType();
    void checkOrder();
    void ownerRule_data();
    void ownerRule();
    void ownershipTransfer();
    void groupCannotOwn();
    void homeFolderKeepsManage();
    void nonAdminCaller();
    void readOnlyPath();
    void refusedWritesChangeNothing();
    void createdJobIsOwnedByItsCreator();
    void emptySeedDefaults();
    void deletedObjectForgetsItsList();
    void demoLists();
};

void TestPermissionsApi::jobShape()
{
    EmulatorFixture fixture(Seed::Demo);
    const qint64 id = jobId(fixture, u"Nightly ingest"_s);
    const RawResponse response = fixture.get(path(u"jobs"_s, QString::number(id)));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value("object_id"_L1).toString(), "/jobs/"_L1 + QString::number(id));
    QCOMPARE(response.json.value("object_type"_L1).toString(), u"job"_s);
    QCOMPARE(describe(response), (QStringList{
                                     u"user:demo@brickdesk.dev IS_OWNER"_s,
                                     u"group:data-engineers CAN_MANAGE_RUN"_s,
                                     u"group:analysts CAN_VIEW"_s,
                                     u"group:admins CAN_MANAGE<-/jobs/"_s,
                                 }));

    // A direct item says inherited: false and names no source.
    const QJsonObject owner = aclEntry(response, "user_name", kMe);
    QCOMPARE(owner.value("display_name"_L1).toString(), u"Demo User"_s);
    const QJsonObject item = owner.value("all_permissions"_L1).toArray().first().toObject();
    QCOMPARE(item.value("inherited"_L1), QJsonValue(false));
    QVERIFY(!item.contains("inherited_from_object"_L1));
    QCOMPARE(aclEntry(response, "group_name", u"admins"_s).value("display_name"_L1).toString(),
             u"admins"_s);
}

void TestPermissionsApi::objectTypes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("name"); // job, cluster or pipeline name; workspace path
    QTest::addColumn<QString>("objectType");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("adminsFrom");
    QTest::newRow("jobs") << u"jobs"_s << u"Sessionize clicks"_s << u"job"_s << u"/jobs/"_s
                          << u"/jobs/"_s;
    QTest::newRow("clusters") << u"clusters"_s << u"etl-nightly"_s << u"cluster"_s
                              << u"/clusters/"_s << u"/clusters/"_s;
    // The service answers pipelines with the plural.
    QTest::newRow("pipelines") << u"pipelines"_s << u"orders-dlt"_s << u"pipelines"_s
                               << u"/pipelines/"_s << u"/pipelines/"_s;
    QTest::newRow("notebooks") << u"notebooks"_s << u"/Shared/etl/ingest"_s << u"notebook"_s
                               << u"/notebooks/"_s << u"/directories/"_s;
    QTest::newRow("directories") << u"directories"_s << u"/Shared/etl"_s << u"directory"_s
                                 << u"/directories/"_s << u"/directories/"_s;
    QTest::newRow("files") << u"files"_s << u"/Shared/README.md"_s << u"file"_s << u"/files/"_s
                           << u"/directories/"_s;
    QTest::newRow("repos") << u"repos"_s << kRepo << u"repo"_s << u"/repos/"_s
                           << u"/directories/"_s;
}

void TestPermissionsApi::objectTypes()
{
    QFETCH(QString, type);
    QFETCH(QString, name);
    QFETCH(QString, objectType);
    QFETCH(QString, prefix);
    QFETCH(QString, adminsFrom);
    EmulatorFixture fixture(Seed::Demo);
    QString id;
    if (type == "jobs"_L1)
        id = QString::number(jobId(fixture, name));
    else if (type == "clusters"_L1)
        id = clusterId(fixture, name);
    else if (type == "pipelines"_L1)
        id = pipelineId(fixture, name);
    else
        id = objectId(fixture, name);

    const RawResponse response = fixture.get(path(type, id));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value("object_type"_L1).toString(), objectType);
    QCOMPARE(response.json.value("object_id"_L1).toString(), prefix + id);
    const QJsonObject admins = aclEntry(response, "group_name", u"admins"_s);
    QCOMPARE(describe(admins), "group:admins CAN_MANAGE<-"_L1 + adminsFrom);
}

void TestPermissionsApi::folderInheritance()
{
    EmulatorFixture fixture(Seed::Demo);
    const QString shared = directory(fixture, u"/Shared"_s);
    const QString etl = directory(fixture, u"/Shared/etl"_s);

    const RawResponse folder =
        fixture.get(path(u"directories"_s, objectId(fixture, u"/Shared/etl"_s)));
    QCOMPARE(describe(folder), (QStringList{
                                   u"group:data-engineers CAN_EDIT"_s,
                                   u"group:analysts CAN_READ"_s,
                                   u"group:admins CAN_MANAGE<-/directories/"_s,
                                   "group:users CAN_READ<-"_L1 + shared,
                               }));

    const RawResponse ingest =
        fixture.get(path(u"notebooks"_s, objectId(fixture, u"/Shared/etl/ingest"_s)));
    QCOMPARE(ingest.status, 200);
    QCOMPARE(describe(ingest), (QStringList{
                                   "sp:"_L1 + kCiDeployer + " CAN_RUN"_L1,
                                   u"group:admins CAN_MANAGE<-/directories/"_s,
                                   "group:users CAN_READ<-"_L1 + shared,
                                   "group:data-engineers CAN_EDIT<-"_L1 + etl,
                                   "group:analysts CAN_READ<-"_L1 + etl,
                               }));
    // A service principal is named by its application id, shown by its name.
    QCOMPARE(
        aclEntry(ingest, "service_principal_name", kCiDeployer).value("display_name"_L1).toString(),
        u"ci-deployer"_s);
}

void TestPermissionsApi::homeAndRepoInheritance()
{
    EmulatorFixture fixture(Seed::Demo);
    const QString home = directory(fixture, kHome);
    const QString etl = directory(fixture, kHome + "/etl"_L1);

    const RawResponse notebook =
        fixture.get(path(u"notebooks"_s, objectId(fixture, kHome + "/etl/Ingest orders"_L1)));
    QCOMPARE(describe(notebook), (QStringList{
                                     u"group:admins CAN_MANAGE<-/directories/"_s,
                                     "user:demo@brickdesk.dev CAN_MANAGE<-"_L1 + home,
                                     "user:kim.minjun@brickdesk.dev CAN_EDIT<-"_L1 + etl,
                                 }));
    QCOMPARE(aclEntry(notebook, "user_name", kKim).value("display_name"_L1).toString(),
             u"Kim Minjun"_s);

    // A repo passes its entries down like a folder, as "/repos/<id>".
    const QString repo = "/repos/"_L1 + objectId(fixture, kRepo);
    const QString repos = directory(fixture, u"/Repos/demo@brickdesk.dev"_s);
    const RawResponse inRepo =
        fixture.get(path(u"notebooks"_s, objectId(fixture, kRepo + "/transform"_L1)));
    QCOMPARE(describe(inRepo), (QStringList{
                                   u"group:admins CAN_MANAGE<-/directories/"_s,
                                   "user:demo@brickdesk.dev CAN_MANAGE<-"_L1 + repos,
                                   "group:data-engineers CAN_EDIT<-"_L1 + repo,
                               }));
}

void TestPermissionsApi::sameLevelFromSeveralSources()
{
    EmulatorFixture fixture(Seed::Demo);
    const QString shared = directory(fixture, u"/Shared"_s);
    const QString etl = directory(fixture, u"/Shared/etl"_s);
    const QString etlPath = path(u"directories"_s, objectId(fixture, u"/Shared/etl"_s));
    QCOMPARE(patch(fixture, etlPath,
                   {entry("group_name", u"users"_s, "CAN_READ"),
                    entry("group_name", u"admins"_s, "CAN_MANAGE")})
                 .status,
             200);

    const RawResponse ingest =
        fixture.get(path(u"notebooks"_s, objectId(fixture, u"/Shared/etl/ingest"_s)));
    // One item per level, every source listed, the outermost first.
    QCOMPARE(describe(aclEntry(ingest, "group_name", u"users"_s)),
             "group:users CAN_READ<-"_L1 + shared + u'+' + etl);
    QCOMPARE(describe(aclEntry(ingest, "group_name", u"admins"_s)),
             "group:admins CAN_MANAGE<-/directories/+"_L1 + etl);
}

void TestPermissionsApi::directAndInherited()
{
    EmulatorFixture fixture(Seed::Demo);
    const QString etl = directory(fixture, u"/Shared/etl"_s);
    const QString ingest = path(u"notebooks"_s, objectId(fixture, u"/Shared/etl/ingest"_s));
    const RawResponse response =
        patch(fixture, ingest, {entry("group_name", u"data-engineers"_s, "CAN_MANAGE")});
    QCOMPARE(response.status, 200);
    // One entry for the principal, its direct level first.
    QCOMPARE(describe(response), (QStringList{
                                     "sp:"_L1 + kCiDeployer + " CAN_RUN"_L1,
                                     "group:data-engineers CAN_MANAGE, CAN_EDIT<-"_L1 + etl,
                                     u"group:admins CAN_MANAGE<-/directories/"_s,
                                     "group:users CAN_READ<-"_L1 + directory(fixture, u"/Shared"_s),
                                     "group:analysts CAN_READ<-"_L1 + etl,
                                 }));
    const QJsonArray items =
        aclEntry(response, "group_name", u"data-engineers"_s).value("all_permissions"_L1).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value("inherited"_L1), QJsonValue(false));
    QCOMPARE(items.at(1).toObject().value("inherited"_L1), QJsonValue(true));

    // Admins given CAN_MANAGE directly keep their inherited item too.
    const RawResponse job = patch(fixture, jobPath(fixture, u"Nightly ingest"_s),
                                  {entry("group_name", u"admins"_s, "CAN_MANAGE")});
    QCOMPARE(describe(aclEntry(job, "group_name", u"admins"_s)),
             u"group:admins CAN_MANAGE, CAN_MANAGE<-/jobs/"_s);
}

void TestPermissionsApi::permissionLevels_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("levels");
    const QStringList workspace{u"CAN_READ"_s, u"CAN_RUN"_s, u"CAN_EDIT"_s, u"CAN_MANAGE"_s};
    QTest::newRow("jobs") << u"jobs"_s
                          << QStringList{u"CAN_VIEW"_s, u"CAN_MANAGE_RUN"_s, u"CAN_MANAGE"_s,
                                         u"IS_OWNER"_s};
    QTest::newRow("clusters") << u"clusters"_s
                              << QStringList{u"CAN_ATTACH_TO"_s, u"CAN_RESTART"_s, u"CAN_MANAGE"_s};
    QTest::newRow("pipelines") << u"pipelines"_s
                               << QStringList{u"CAN_VIEW"_s, u"CAN_RUN"_s, u"CAN_MANAGE"_s,
                                              u"IS_OWNER"_s};
    QTest::newRow("notebooks") << u"notebooks"_s << workspace;
    QTest::newRow("directories") << u"directories"_s << workspace;
    QTest::newRow("files") << u"files"_s << workspace;
    QTest::newRow("repos") << u"repos"_s << workspace;
}

void TestPermissionsApi::permissionLevels()
{
    QFETCH(QString, type);
    QFETCH(QStringList, levels);
    EmulatorFixture fixture(Seed::Demo);
    QString id;
    if (type == "jobs"_L1)
        id = QString::number(jobId(fixture, u"Nightly ingest"_s));
    else if (type == "clusters"_L1)
        id = clusterId(fixture, u"Shared analytics"_s);
    else if (type == "pipelines"_L1)
        id = pipelineId(fixture, u"finance-ledger"_s);
    else if (type == "notebooks"_L1)
        id = objectId(fixture, u"/Shared/etl/ingest"_s);
    else if (type == "directories"_L1)
        id = objectId(fixture, u"/Shared"_s);
    else if (type == "files"_L1)
        id = objectId(fixture, kHome + "/etl/config.yaml"_L1);
    else
        id = objectId(fixture, kRepo);

    const RawResponse response = fixture.get(path(type, id) + "/permissionLevels"_L1);
    QCOMPARE(response.status, 200);
    QStringList got;
    for (const QJsonValue &value : response.json.value("permission_levels"_L1).toArray()) {
        got.append(value.toObject().value("permission_level"_L1).toString());
        QVERIFY(!value.toObject().value("description"_L1).toString().isEmpty());
    }
    QCOMPARE(got, levels);
    // Levels are read-only.
    compareError(put(fixture, path(type, id) + "/permissionLevels"_L1, {}), 404,
                 "ENDPOINT_NOT_FOUND");
}

void TestPermissionsApi::patchMerges()
{
    EmulatorFixture fixture(Seed::Demo);
    const QString job = jobPath(fixture, u"Nightly ingest"_s);
    const RawResponse response = patch(fixture, job,
                                       {entry("user_name", kKim, "CAN_VIEW"),
                                        entry("group_name", u"analysts"_s, "CAN_MANAGE_RUN")});
    QCOMPARE(response.status, 200);
    // Listed principals take the new level in place; new ones come last
    // among the direct entries; the others stay.
    const QStringList expected{
        u"user:demo@brickdesk.dev IS_OWNER"_s, u"group:data-engineers CAN_MANAGE_RUN"_s,
        u"group:analysts CAN_MANAGE_RUN"_s,    u"user:kim.minjun@brickdesk.dev CAN_VIEW"_s,
        u"group:admins CAN_MANAGE<-/jobs/"_s,
    };
    QCOMPARE(describe(response), expected);
    QCOMPARE(describe(fixture.get(job)), expected);

    // A body without the list changes nothing.
    QCOMPARE(describe(send(fixture, "PATCH", job, "{}")), expected);
}

void TestPermissionsApi::putReplaces()
{
    EmulatorFixture fixture(Seed::Demo);
    const QString cluster = path(u"clusters"_s, clusterId(fixture, u"Shared analytics"_s));
    QCOMPARE(describe(fixture.get(cluster)), (QStringList{
                                                 u"user:ana.lopez@brickdesk.dev CAN_MANAGE"_s,
                                                 u"group:data-engineers CAN_RESTART"_s,
                                                 u"group:analysts CAN_ATTACH_TO"_s,
                                                 u"group:admins CAN_MANAGE<-/clusters/"_s,
                                             }));
    const QStringList expected{
        "sp:"_L1 + kAirflow + " CAN_RESTART"_L1,
        u"user:ana.lopez@brickdesk.dev CAN_ATTACH_TO"_s,
        u"group:admins CAN_MANAGE<-/clusters/"_s,
    };
    const RawResponse response =
        put(fixture, cluster,
            {entry("service_principal_name", kAirflow, "CAN_RESTART"),
             entry("user_name", u"ana.lopez@brickdesk.dev"_s, "CAN_ATTACH_TO")});
    QCOMPARE(response.status, 200);
    QCOMPARE(describe(response), expected);
    QCOMPARE(describe(fixture.get(cluster)), expected);

    // An empty list removes every direct entry (no owner rule for clusters).
    QCOMPARE(describe(put(fixture, cluster, {})),
             QStringList{u"group:admins CAN_MANAGE<-/clusters/"_s});
    // ... and is not the same as nothing stored: the creator's default is gone.
    QCOMPARE(describe(fixture.get(cluster)), QStringList{u"group:admins CAN_MANAGE<-/clusters/"_s});
}

void TestPermissionsApi::unsupportedLevel_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("message");
    QTest::newRow("CAN_RESTART on a job")
        << u"jobs"_s << u"CAN_RESTART"_s
        << u"Permission level CAN_RESTART is not supported for job. Allowed levels: CAN_VIEW, "
           "CAN_MANAGE_RUN, CAN_MANAGE, IS_OWNER."_s;
    QTest::newRow("IS_OWNER on a cluster")
        << u"clusters"_s << u"IS_OWNER"_s
        << u"Permission level IS_OWNER is not supported for cluster. Allowed levels: "
           "CAN_ATTACH_TO, CAN_RESTART, CAN_MANAGE."_s;
    QTest::newRow("CAN_VIEW on a notebook")
        << u"notebooks"_s << u"CAN_VIEW"_s
        << u"Permission level CAN_VIEW is not supported for notebook. Allowed levels: CAN_READ, "
           "CAN_RUN, CAN_EDIT, CAN_MANAGE."_s;
    QTest::newRow("CAN_MANAGE_RUN on a pipeline")
        << u"pipelines"_s << u"CAN_MANAGE_RUN"_s
        << u"Permission level CAN_MANAGE_RUN is not supported for pipeline. Allowed levels: "
           "CAN_VIEW, CAN_RUN, CAN_MANAGE, IS_OWNER."_s;
    QTest::newRow("made up") << u"directories"_s << u"CAN_FLY"_s
                             << u"Permission level CAN_FLY is not supported for directory. "
                                "Allowed levels: CAN_READ, CAN_RUN, CAN_EDIT, CAN_MANAGE."_s;
}

void TestPermissionsApi::unsupportedLevel()
{
    QFETCH(QString, type);
    QFETCH(QString, level);
    QFETCH(QString, message);
    EmulatorFixture fixture(Seed::Demo);
    QString id;
    if (type == "jobs"_L1)
        id = QString::number(jobId(fixture, u"Nightly ingest"_s));
    else if (type == "clusters"_L1)
        id = clusterId(fixture, u"etl-nightly"_s);
    else if (type == "pipelines"_L1)
        id = pipelineId(fixture, u"orders-dlt"_s);
    else if (type == "notebooks"_L1)
        id = objectId(fixture, u"/Shared/etl/ingest"_s);
    else
        id = objectId(fixture, u"/Shared"_s);
    const QJsonArray body{
        QJsonObject{{"group_name"_L1, u"users"_s}, {"permission_level"_L1, level}}};
    compareError(patch(fixture, path(type, id), body), 400, "INVALID_PARAMETER_VALUE", message);
    compareError(put(fixture, path(type, id), body), 400, "INVALID_PARAMETER_VALUE", message);
}

void TestPermissionsApi::malformedBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not JSON") << QByteArray("{\"access_control_list\": [");
    QTest::newRow("an array") << QByteArray("[]");
    QTest::newRow("list not an array") << QByteArray(R"({"access_control_list": {}})");
    QTest::newRow("entry not an object") << QByteArray(R"({"access_control_list": ["users"]})");
    QTest::newRow("no principal") << QByteArray(
        R"({"access_control_list": [{"permission_level": "CAN_VIEW"}]})");
    QTest::newRow("two principals") << QByteArray(
        R"({"access_control_list": [{"user_name": "kim.minjun@brickdesk.dev", "group_name": "users", "permission_level": "CAN_VIEW"}]})");
    QTest::newRow("empty name") << QByteArray(
        R"({"access_control_list": [{"user_name": "", "permission_level": "CAN_VIEW"}]})");
    QTest::newRow("name not a string") << QByteArray(
        R"({"access_control_list": [{"group_name": 7, "permission_level": "CAN_VIEW"}]})");
    QTest::newRow("no level") << QByteArray(
        R"({"access_control_list": [{"group_name": "users"}]})");
}

void TestPermissionsApi::malformedBody()
{
    QFETCH(QByteArray, body);
    EmulatorFixture fixture(Seed::Demo);
    const QString job = jobPath(fixture, u"Nightly ingest"_s);
    const QByteArray before = fixture.get(job).body;
    compareError(send(fixture, "PATCH", job, body), 400, "INVALID_PARAMETER_VALUE");
    compareError(send(fixture, "PUT", job, body), 400, "INVALID_PARAMETER_VALUE");
    QCOMPARE(fixture.get(job).body, before);
}

void TestPermissionsApi::unknownPrincipal_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("user") << QByteArray("user_name")
                          << u"Principal: UserName(nobody@brickdesk.dev) does not exist"_s;
    QTest::newRow("group") << QByteArray("group_name")
                           << u"Principal: GroupName(nobody@brickdesk.dev) does not exist"_s;
    QTest::newRow("service principal")
        << QByteArray("service_principal_name")
        << u"Principal: ServicePrincipalName(nobody@brickdesk.dev) does not exist"_s;
}

void TestPermissionsApi::unknownPrincipal()
{
    QFETCH(QByteArray, field);
    QFETCH(QString, message);
    EmulatorFixture fixture(Seed::Demo);
    const QString folder = path(u"directories"_s, objectId(fixture, u"/Shared"_s));
    const QJsonArray body{entry(field.constData(), u"nobody@brickdesk.dev"_s, "CAN_READ")};
    compareError(patch(fixture, folder, body), 400, "INVALID_PARAMETER_VALUE", message);
    compareError(put(fixture, folder, body), 400, "INVALID_PARAMETER_VALUE", message);
}

void TestPermissionsApi::principalsAsTheDirectorySpellsThem()
{
    EmulatorFixture fixture(Seed::Demo);
    const QString folder = path(u"directories"_s, objectId(fixture, u"/Shared"_s));
    // A service principal's display name is not its name in ACLs.
    compareError(
        patch(fixture, folder, {entry("service_principal_name", u"ci-deployer"_s, "CAN_READ")}),
        400, "INVALID_PARAMETER_VALUE",
        u"Principal: ServicePrincipalName(ci-deployer) does not exist"_s);
    // User names ignore case; the answer spells them as the directory does.
    const RawResponse response =
        patch(fixture, folder, {entry("user_name", u"Kim.Minjun@Brickdesk.dev"_s, "CAN_EDIT")});
    QCOMPARE(response.status, 200);
    QCOMPARE(describe(aclEntry(response, "user_name", kKim)),
             u"user:kim.minjun@brickdesk.dev CAN_EDIT"_s);
    // Groups every workspace has exist in an empty one too.
    EmulatorFixture empty;
    const QString shared = path(u"directories"_s, objectId(empty, u"/Shared"_s));
    QCOMPARE(patch(empty, shared, {entry("group_name", u"users"_s, "CAN_READ")}).status, 200);
    compareError(patch(empty, shared, {entry("group_name", u"analysts"_s, "CAN_READ")}), 400,
                 "INVALID_PARAMETER_VALUE", u"Principal: GroupName(analysts) does not exist"_s);
}

void TestPermissionsApi::unknownObject_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("id"); // a workspace path stands for its object id
    QTest::addColumn<QString>("message");
    QTest::newRow("job") << u"jobs"_s << u"99"_s << u"Job 99 does not exist."_s;
    QTest::newRow("job id not a number")
        << u"jobs"_s << u"nightly"_s << u"Job nightly does not exist."_s;
    QTest::newRow("cluster") << u"clusters"_s << u"0000-000000-nothere"_s
                             << u"Cluster 0000-000000-nothere does not exist."_s;
    QTest::newRow("pipeline")
        << u"pipelines"_s << u"00000000-0000-4000-8000-000000000000"_s
        << u"The specified pipeline 00000000-0000-4000-8000-000000000000 was not found."_s;
    QTest::newRow("notebook") << u"notebooks"_s << u"123"_s << u"Notebook 123 does not exist."_s;
    QTest::newRow("directory") << u"directories"_s << u"123"_s
                               << u"Directory 123 does not exist."_s;
    QTest::newRow("file") << u"files"_s << u"123"_s << u"File 123 does not exist."_s;
    QTest::newRow("repo") << u"repos"_s << u"123"_s << u"Repo 123 does not exist."_s;
    // A workspace id of another type is as unknown.
    QTest::newRow("notebook: a folder") << u"notebooks"_s << u"/Shared/etl"_s << u"Notebook"_s;
    QTest::newRow("directory: a notebook")
        << u"directories"_s << u"/Shared/etl/ingest"_s << u"Directory"_s;
    QTest::newRow("file: a notebook") << u"files"_s << u"/Shared/etl/ingest"_s << u"File"_s;
    QTest::newRow("repo: a folder") << u"repos"_s << u"/Repos/demo@brickdesk.dev"_s << u"Repo"_s;
    QTest::newRow("directory: a repo") << u"directories"_s << kRepo << u"Directory"_s;
    QTest::newRow("notebook: an experiment")
        << u"notebooks"_s << kHome + "/Churn experiment"_L1 << u"Notebook"_s;
}

void TestPermissionsApi::unknownObject()
{
    QFETCH(QString, type);
    QFETCH(QString, id);
    QFETCH(QString, message);
    EmulatorFixture fixture(Seed::Demo);
    if (id.startsWith(u'/')) {
        id = objectId(fixture, id);
        message += u' ' + id + " does not exist."_L1;
    }
    const QJsonArray body{entry("group_name", u"users"_s, "CAN_READ")};
    compareError(fixture.get(path(type, id)), 404, "RESOURCE_DOES_NOT_EXIST", message);
    compareError(fixture.get(path(type, id) + "/permissionLevels"_L1), 404,
                 "RESOURCE_DOES_NOT_EXIST", message);
    // Before the body is looked at: a bad level is not reported.
    compareError(patch(fixture, path(type, id), {entry("group_name", u"users"_s, "CAN_FLY")}), 404,
                 "RESOURCE_DOES_NOT_EXIST", message);
    compareError(put(fixture, path(type, id), body), 404, "RESOURCE_DOES_NOT_EXIST", message);
}

void TestPermissionsApi::unknownRequestType()
{
    EmulatorFixture fixture(Seed::Demo);
    compareError(fixture.get(kBase + "widgets/1"_L1), 404, "ENDPOINT_NOT_FOUND",
                 u"No API found for 'GET /permissions/widgets/1'"_s);
    compareError(put(fixture, kBase + "widgets/1"_L1, {}), 404, "ENDPOINT_NOT_FOUND");
    // No id, or more than the levels segment.
    compareError(fixture.get(kBase + "jobs"_L1), 404, "ENDPOINT_NOT_FOUND");
    compareError(fixture.get(kBase + "jobs/"_L1), 404, "ENDPOINT_NOT_FOUND");
    const QString job = jobPath(fixture, u"Nightly ingest"_s);
    compareError(fixture.get(job + "/permissionLevels/x"_L1), 404, "ENDPOINT_NOT_FOUND");
    compareError(fixture.get(job + "/other"_L1), 404, "ENDPOINT_NOT_FOUND");
    // Only GET, PATCH and PUT.
    compareError(fixture.post(job, {}), 404, "ENDPOINT_NOT_FOUND");
}

void TestPermissionsApi::checkOrder()
{
    EmulatorFixture fixture(Seed::Demo);
    fixture.emulator().setUserGroups({u"analysts"_s});
    const QString job = jobPath(fixture, u"Data quality checks"_s);
    // A bad level is reported before an unknown principal ...
    compareError(patch(fixture, job,
                       {entry("user_name", u"nobody@brickdesk.dev"_s, "CAN_VIEW"),
                        entry("group_name", u"users"_s, "CAN_FLY")}),
                 400, "INVALID_PARAMETER_VALUE",
                 u"Permission level CAN_FLY is not supported for job. Allowed levels: CAN_VIEW, "
                 "CAN_MANAGE_RUN, CAN_MANAGE, IS_OWNER."_s);
    // ... an unknown principal before the caller's missing right ...
    compareError(patch(fixture, job, {entry("user_name", u"nobody@brickdesk.dev"_s, "CAN_VIEW")}),
                 400, "INVALID_PARAMETER_VALUE",
                 u"Principal: UserName(nobody@brickdesk.dev) does not exist"_s);
    // ... and the missing right before the owner rule.
    compareError(put(fixture, job, {entry("group_name", u"users"_s, "CAN_VIEW")}), 403,
                 "PERMISSION_DENIED");
}

void TestPermissionsApi::ownerRule_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QStringList>("owners"); // user names to make IS_OWNER
    QTest::addColumn<QString>("message");
    const QString job = u"The job must have exactly one owner."_s;
    const QString pipeline = u"The pipeline must have exactly one owner."_s;
    QTest::newRow("job: PUT no owner") << u"jobs"_s << QByteArray("PUT") << QStringList{} << job;
    QTest::newRow("job: PUT two owners")
        << u"jobs"_s << QByteArray("PUT") << QStringList{kMe, kKim} << job;
    QTest::newRow("job: PATCH a second owner")
        << u"jobs"_s << QByteArray("PATCH") << QStringList{kKim} << job;
    QTest::newRow("pipeline: PUT no owner")
        << u"pipelines"_s << QByteArray("PUT") << QStringList{} << pipeline;
    QTest::newRow("pipeline: PUT two owners")
        << u"pipelines"_s << QByteArray("PUT") << QStringList{kMe, kKim} << pipeline;
    QTest::newRow("pipeline: PATCH a second owner")
        << u"pipelines"_s << QByteArray("PATCH") << QStringList{kKim} << pipeline;
}

void TestPermissionsApi::ownerRule()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, method);
    QFETCH(QStringList, owners);
    QFETCH(QString, message);
    EmulatorFixture fixture(Seed::Demo);
    // Both owned by the demo user.
    const QString target = type == "jobs"_L1 ? jobPath(fixture, u"Nightly ingest"_s)
                                             : path(type, pipelineId(fixture, u"orders-dlt"_s));
    QJsonArray body{entry("group_name", u"analysts"_s, "CAN_VIEW")};
    for (const QString &owner : owners)
        body.append(entry("user_name", owner, "IS_OWNER"));
    const QByteArray before = fixture.get(target).body;
    compareError(send(fixture, method, target, aclBody(body)), 400, "INVALID_PARAMETER_VALUE",
                 message);
    QCOMPARE(fixture.get(target).body, before);
}

void TestPermissionsApi::ownershipTransfer()
{
    EmulatorFixture fixture(Seed::Demo);
    const QString job = jobPath(fixture, u"Sessionize clicks"_s);
    // The new owner and the old one's lower level in one body.
    const RawResponse response =
        patch(fixture, job,
              {entry("user_name", kKim, "IS_OWNER"), entry("user_name", kMe, "CAN_MANAGE")});
    QCOMPARE(response.status, 200);
    QCOMPARE(describe(response), (QStringList{
                                     u"user:demo@brickdesk.dev CAN_MANAGE"_s,
                                     u"group:data-engineers CAN_MANAGE_RUN"_s,
                                     u"group:analysts CAN_VIEW"_s,
                                     u"user:kim.minjun@brickdesk.dev IS_OWNER"_s,
                                     u"group:admins CAN_MANAGE<-/jobs/"_s,
                                 }));

    // A service principal may own a pipeline.
    const QString pipeline = path(u"pipelines"_s, pipelineId(fixture, u"orders-dlt"_s));
    const RawResponse toService = put(fixture, pipeline,
                                      {entry("service_principal_name", kAirflow, "IS_OWNER"),
                                       entry("user_name", kMe, "CAN_MANAGE")});
    QCOMPARE(toService.status, 200);
    QCOMPARE(describe(aclEntry(toService, "service_principal_name", kAirflow)),
             "sp:"_L1 + kAirflow + " IS_OWNER"_L1);
}

void TestPermissionsApi::groupCannotOwn()
{
    EmulatorFixture fixture(Seed::Demo);
    const QString job = jobPath(fixture, u"Nightly ingest"_s);
    const QByteArray before = fixture.get(job).body;
    // Even as the only owner.
    const RawResponse response =
        put(fixture, job, {entry("group_name", u"data-engineers"_s, "IS_OWNER")});
    compareError(response, 400, "INVALID_PARAMETER_VALUE",
                 u"Group data-engineers cannot be the owner of a job: IS_OWNER must be a user or "
                 "a service principal."_s);
    compareError(patch(fixture, path(u"pipelines"_s, pipelineId(fixture, u"orders-dlt"_s)),
                       {entry("user_name", kMe, "CAN_MANAGE"),
                        entry("group_name", u"analysts"_s, "IS_OWNER")}),
                 400, "INVALID_PARAMETER_VALUE",
                 u"Group analysts cannot be the owner of a pipeline: IS_OWNER must be a user or "
                 "a service principal."_s);
    QCOMPARE(fixture.get(job).body, before);
}

void TestPermissionsApi::homeFolderKeepsManage()
{
    EmulatorFixture fixture(Seed::Demo);
    const QString id = objectId(fixture, kHome);
    const QString home = path(u"directories"_s, id);
    const QString message =
        "Cannot remove demo@brickdesk.dev's CAN_MANAGE permission on /directories/"_L1 + id;
    compareError(put(fixture, home, {}), 400, "INVALID_PARAMETER_VALUE", message);
    compareError(put(fixture, home, {entry("user_name", kKim, "CAN_MANAGE")}), 400,
                 "INVALID_PARAMETER_VALUE", message);
    compareError(patch(fixture, home, {entry("user_name", kMe, "CAN_EDIT")}), 400,
                 "INVALID_PARAMETER_VALUE", message);
    // Adding to it is fine.
    const RawResponse added = patch(fixture, home, {entry("user_name", kKim, "CAN_READ")});
    QCOMPARE(added.status, 200);
    QCOMPARE(describe(added), (QStringList{
                                  u"user:demo@brickdesk.dev CAN_MANAGE"_s,
                                  u"user:kim.minjun@brickdesk.dev CAN_READ"_s,
                                  u"group:admins CAN_MANAGE<-/directories/"_s,
                              }));

    // Another user's home: theirs to keep, even with nothing stored.
    const QString anaId = objectId(fixture, u"/Users/ana.lopez@brickdesk.dev"_s);
    const QString ana = path(u"directories"_s, anaId);
    QCOMPARE(describe(fixture.get(ana)), (QStringList{
                                             u"user:ana.lopez@brickdesk.dev CAN_MANAGE"_s,
                                             u"group:admins CAN_MANAGE<-/directories/"_s,
                                         }));
    compareError(
        put(fixture, ana, {entry("user_name", kMe, "CAN_MANAGE")}), 400, "INVALID_PARAMETER_VALUE",
        "Cannot remove ana.lopez@brickdesk.dev's CAN_MANAGE permission on /directories/"_L1 +
            anaId);
    // A folder below a home is not a home folder.
    QCOMPARE(put(fixture, path(u"directories"_s, objectId(fixture, kHome + "/etl"_L1)), {}).status,
             200);
}

void TestPermissionsApi::nonAdminCaller()
{
    EmulatorFixture fixture(Seed::Demo);
    const QString quality = jobPath(fixture, u"Data quality checks"_s);
    const QString nightly = jobPath(fixture, u"Nightly ingest"_s);
    // As an admin: allowed on Kim's job.
    QCOMPARE(patch(fixture, quality, {entry("user_name", kKim, "IS_OWNER")}).status, 200);

    fixture.emulator().setUserGroups({u"data-engineers"_s});
    const QByteArray before = fixture.get(quality).body;
    compareError(patch(fixture, quality, {entry("group_name", u"users"_s, "CAN_VIEW")}), 403,
                 "PERMISSION_DENIED",
                 "demo@brickdesk.dev does not have Manage permissions on Job with ID: "_L1 +
                     QString::number(jobId(fixture, u"Data quality checks"_s)) +
                     ". Please contact the owner or an administrator for access."_L1);
    QCOMPARE(fixture.get(quality).body, before);
    // Without admins the inherited entry is still listed: reading is open.
    QCOMPARE(describe(aclEntry(fixture.get(quality), "group_name", u"admins"_s)),
             u"group:admins CAN_MANAGE<-/jobs/"_s);

    // The owner (IS_OWNER) manages.
    QCOMPARE(patch(fixture, nightly, {entry("user_name", kKim, "CAN_VIEW")}).status, 200);
    // CAN_RESTART through a group is not enough; CAN_MANAGE as creator is.
    const QString shared = clusterId(fixture, u"Shared analytics"_s);
    compareError(patch(fixture, path(u"clusters"_s, shared),
                       {entry("group_name", u"users"_s, "CAN_ATTACH_TO")}),
                 403, "PERMISSION_DENIED",
                 "demo@brickdesk.dev does not have Manage permissions on Cluster with ID: "_L1 +
                     shared + ". Please contact the owner or an administrator for access."_L1);
    QCOMPARE(patch(fixture, path(u"clusters"_s, clusterId(fixture, u"etl-nightly"_s)),
                   {entry("group_name", u"users"_s, "CAN_ATTACH_TO")})
                 .status,
             200);
    // CAN_EDIT on a folder is not enough; CAN_MANAGE inherited from the home is.
    const QString etl = objectId(fixture, u"/Shared/etl"_s);
    compareError(
        patch(fixture, path(u"directories"_s, etl), {entry("group_name", u"users"_s, "CAN_READ")}),
        403, "PERMISSION_DENIED",
        "demo@brickdesk.dev does not have Manage permissions on Directory with ID: "_L1 + etl +
            ". Please contact the owner or an administrator for access."_L1);
    QCOMPARE(patch(fixture, path(u"files"_s, objectId(fixture, kHome + "/etl/config.yaml"_L1)),
                   {entry("group_name", u"users"_s, "CAN_READ")})
                 .status,
             200);
    // Pipelines: Kim's is not the demo user's.
    compareError(patch(fixture,
                       path(u"pipelines"_s, pipelineId(fixture, u"clickstream-sessionize"_s)),
                       {entry("group_name", u"users"_s, "CAN_VIEW")}),
                 403, "PERMISSION_DENIED");

    // CAN_MANAGE through one of the caller's groups counts.
    fixture.emulator().setUserGroups({u"admins"_s});
    QCOMPARE(
        patch(fixture, quality, {entry("group_name", u"data-engineers"_s, "CAN_MANAGE")}).status,
        200);
    fixture.emulator().setUserGroups({u"data-engineers"_s});
    QCOMPARE(patch(fixture, quality, {entry("group_name", u"users"_s, "CAN_VIEW")}).status, 200);

    // The server lets a manager drop their own right (clients warn about it).
    const RawResponse dropped = put(fixture, nightly, {entry("user_name", kKim, "IS_OWNER")});
    QCOMPARE(dropped.status, 200);
    compareError(patch(fixture, nightly, {entry("user_name", kMe, "IS_OWNER")}), 403,
                 "PERMISSION_DENIED");
}

void TestPermissionsApi::readOnlyPath()
{
    EmulatorFixture fixture(Seed::Demo);
    const QString notebook = u"/Users/kim.minjun@brickdesk.dev/Data quality"_s;
    const QString id = objectId(fixture, notebook);
    fixture.emulator().workspace().setReadOnly(u"/Users/kim.minjun@brickdesk.dev"_s);
    // Even an admin; reading still works.
    QCOMPARE(fixture.get(path(u"notebooks"_s, id)).status, 200);
    compareError(
        patch(fixture, path(u"notebooks"_s, id), {entry("group_name", u"users"_s, "CAN_READ")}),
        403, "PERMISSION_DENIED",
        "demo@brickdesk.dev does not have Manage permissions on Notebook with ID: "_L1 + id +
            ". Please contact the owner or an administrator for access."_L1);
    compareError(
        put(fixture,
            path(u"directories"_s, objectId(fixture, u"/Users/kim.minjun@brickdesk.dev"_s)),
            {entry("user_name", kKim, "CAN_MANAGE")}),
        403, "PERMISSION_DENIED");
    // Elsewhere writes go on.
    QCOMPARE(patch(fixture, path(u"directories"_s, objectId(fixture, u"/Shared"_s)),
                   {entry("group_name", u"users"_s, "CAN_RUN")})
                 .status,
             200);
}

void TestPermissionsApi::refusedWritesChangeNothing()
{
    EmulatorFixture fixture(Seed::Demo);
    const QString job = jobPath(fixture, u"Nightly ingest"_s);
    const QString folder = path(u"directories"_s, objectId(fixture, u"/Shared/etl"_s));
    const QByteArray jobBefore = fixture.get(job).body;
    const QByteArray folderBefore = fixture.get(folder).body;
    // Each body starts with a valid change the later entry spoils.
    QCOMPARE(patch(fixture, job,
                   {entry("group_name", u"users"_s, "CAN_VIEW"),
                    entry("user_name", u"nobody@brickdesk.dev"_s, "CAN_VIEW")})
                 .status,
             400);
    QCOMPARE(
        patch(fixture, job,
              {entry("group_name", u"users"_s, "CAN_VIEW"), entry("user_name", kKim, "IS_OWNER")})
            .status,
        400);
    QCOMPARE(patch(fixture, folder,
                   {entry("group_name", u"users"_s, "CAN_EDIT"),
                    entry("group_name", u"analysts"_s, "CAN_VIEW")})
                 .status,
             400);
    QCOMPARE(
        send(
            fixture, "PATCH", folder,
            R"({"access_control_list":[{"group_name":"users","permission_level":"CAN_EDIT"},{"permission_level":"CAN_READ"}]})")
            .status,
        400);
    fixture.emulator().setUserGroups({u"analysts"_s});
    QCOMPARE(patch(fixture, folder, {entry("group_name", u"users"_s, "CAN_EDIT")}).status, 403);
    fixture.emulator().setUserGroups({u"admins"_s});
    QCOMPARE(fixture.get(job).body, jobBefore);
    QCOMPARE(fixture.get(folder).body, folderBefore);
    // A refused write to an object nothing was stored for stores nothing.
    const int stored = fixture.emulator().permissions().size();
    const QString kimHome =
        path(u"directories"_s, objectId(fixture, u"/Users/kim.minjun@brickdesk.dev"_s));
    QCOMPARE(put(fixture, kimHome, {}).status, 400);
    QCOMPARE(fixture.emulator().permissions().size(), stored);
}

void TestPermissionsApi::createdJobIsOwnedByItsCreator()
{
    EmulatorFixture fixture;
    const RawResponse created = fixture.post(
        u"/api/2.1/jobs/create"_s,
        QJsonObject{
            {"name"_L1, u"permissions test"_s},
            {"tasks"_L1, QJsonArray{QJsonObject{
                             {"task_key"_L1, u"a"_s},
                             {"notebook_task"_L1,
                              QJsonObject{{"notebook_path"_L1, u"/Shared/etl/ingest"_s}}}}}}});
    QCOMPARE(created.status, 200);
    const QString id = QString::number(created.json.value("job_id"_L1).toInteger());
    const RawResponse response = fixture.get(path(u"jobs"_s, id));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value("object_id"_L1).toString(), "/jobs/"_L1 + id);
    QCOMPARE(describe(response), (QStringList{
                                     u"user:demo@brickdesk.dev IS_OWNER"_s,
                                     u"group:admins CAN_MANAGE<-/jobs/"_s,
                                 }));
    // The default is what a PATCH merges into.
    const RawResponse patched =
        patch(fixture, path(u"jobs"_s, id), {entry("group_name", u"users"_s, "CAN_MANAGE_RUN")});
    QCOMPARE(describe(patched), (QStringList{
                                    u"user:demo@brickdesk.dev IS_OWNER"_s,
                                    u"group:users CAN_MANAGE_RUN"_s,
                                    u"group:admins CAN_MANAGE<-/jobs/"_s,
                                }));
}

void TestPermissionsApi::emptySeedDefaults()
{
    EmulatorFixture fixture;
    QCOMPARE(fixture.emulator().permissions().size(), 0);
    // A home folder's user manages it; other folders have only inherited entries.
    const RawResponse home = fixture.get(path(u"directories"_s, objectId(fixture, kHome)));
    QCOMPARE(describe(home), (QStringList{
                                 u"user:demo@brickdesk.dev CAN_MANAGE"_s,
                                 u"group:admins CAN_MANAGE<-/directories/"_s,
                             }));
    QCOMPARE(describe(fixture.get(path(u"directories"_s, objectId(fixture, u"/Shared"_s)))),
             QStringList{u"group:admins CAN_MANAGE<-/directories/"_s});

    // A cluster's creator manages it; a pipeline's creator owns it.
    Cluster cluster;
    cluster.clusterName = u"added"_s;
    cluster.creatorUserName = kMe;
    const QString id = fixture.emulator().clusters().add(cluster);
    QCOMPARE(describe(fixture.get(path(u"clusters"_s, id))),
             (QStringList{u"user:demo@brickdesk.dev CAN_MANAGE"_s,
                          u"group:admins CAN_MANAGE<-/clusters/"_s}));
    Pipeline pipeline;
    pipeline.name = u"added"_s;
    pipeline.creatorUserName = kMe;
    const QString pipelineId = fixture.emulator().pipelines().add(pipeline);
    QCOMPARE(describe(fixture.get(path(u"pipelines"_s, pipelineId))),
             (QStringList{u"user:demo@brickdesk.dev IS_OWNER"_s,
                          u"group:admins CAN_MANAGE<-/pipelines/"_s}));
}

void TestPermissionsApi::deletedObjectForgetsItsList()
{
    EmulatorFixture fixture(Seed::Demo);
    const qint64 id = jobId(fixture, u"Sessionize clicks"_s);
    const QString key = PermissionsStore::jobKey(id);
    QVERIFY(fixture.emulator().permissions().find(key));
    QCOMPARE(fixture.post(u"/api/2.1/jobs/delete"_s, QJsonObject{{"job_id"_L1, id}}).status, 200);
    compareError(fixture.get(path(u"jobs"_s, QString::number(id))), 404, "RESOURCE_DOES_NOT_EXIST",
                 "Job "_L1 + QString::number(id) + " does not exist."_L1);
    QVERIFY(!fixture.emulator().permissions().find(key));

    // A job given the old id later starts from the defaults.
    fixture.emulator().jobs().addJobWithId(id, QJsonObject{{"name"_L1, u"again"_s}}, kKim);
    QCOMPARE(describe(fixture.get(path(u"jobs"_s, QString::number(id)))),
             (QStringList{u"user:kim.minjun@brickdesk.dev IS_OWNER"_s,
                          u"group:admins CAN_MANAGE<-/jobs/"_s}));

    // A deleted folder's entries are no longer inherited by anything.
    const QString oldFolder = objectId(fixture, u"/Shared/etl"_s);
    QVERIFY(fixture.emulator().workspace().remove(u"/Shared/etl"_s, true).ok());
    compareError(fixture.get(path(u"directories"_s, oldFolder)), 404, "RESOURCE_DOES_NOT_EXIST");
    QVERIFY(!fixture.emulator().permissions().find("/directories/"_L1 + oldFolder));
}

void TestPermissionsApi::demoLists()
{
    EmulatorFixture fixture(Seed::Demo);
    // Every demo job has its creator as its one owner.
    for (const Job *job : fixture.emulator().jobs().jobs()) {
        const RawResponse response = fixture.get(path(u"jobs"_s, QString::number(job->jobId)));
        QCOMPARE(response.status, 200);
        QStringList owners;
        for (const QJsonValue &value : response.json.value("access_control_list"_L1).toArray())
            if (describe(value.toObject()).contains(" IS_OWNER"_L1))
                owners.append(value.toObject().value("user_name"_L1).toString());
        QCOMPARE(owners, QStringList{job->creatorUserName});
    }
    // Kim's job: the demo user only as an admin.
    const RawResponse quality = fixture.get(jobPath(fixture, u"Data quality checks"_s));
    QCOMPARE(describe(quality), (QStringList{
                                    u"user:kim.minjun@brickdesk.dev IS_OWNER"_s,
                                    u"group:analysts CAN_VIEW"_s,
                                    u"group:admins CAN_MANAGE<-/jobs/"_s,
                                }));
    // Airflow triggers the medallion ETL.
    const RawResponse etl = fixture.get(jobPath(fixture, u"Orders medallion ETL"_s));
    QCOMPARE(describe(aclEntry(etl, "service_principal_name", kAirflow)),
             "sp:"_L1 + kAirflow + " CAN_MANAGE_RUN"_L1);
    QCOMPARE(aclEntry(etl, "service_principal_name", kAirflow).value("display_name"_L1).toString(),
             u"airflow-prod"_s);
    // Pipelines: creator, engineers, analysts.
    QCOMPARE(describe(fixture.get(
                 path(u"pipelines"_s, pipelineId(fixture, u"clickstream-sessionize"_s)))),
             (QStringList{
                 u"user:kim.minjun@brickdesk.dev IS_OWNER"_s,
                 u"group:data-engineers CAN_RUN"_s,
                 u"group:analysts CAN_VIEW"_s,
                 u"group:admins CAN_MANAGE<-/pipelines/"_s,
             }));
    // Clusters: the creator manages; job clusters keep the default.
    QCOMPARE(describe(fixture.get(path(u"clusters"_s, clusterId(fixture, u"etl-nightly"_s)))),
             (QStringList{
                 u"user:demo@brickdesk.dev CAN_MANAGE"_s,
                 u"group:data-engineers CAN_RESTART"_s,
                 u"group:admins CAN_MANAGE<-/clusters/"_s,
             }));
    QCOMPARE(describe(fixture.get(
                 path(u"clusters"_s, clusterId(fixture, u"job-1047501313829740-run-88412"_s)))),
             (QStringList{
                 u"user:demo@brickdesk.dev CAN_MANAGE"_s,
                 u"group:admins CAN_MANAGE<-/clusters/"_s,
             }));
    // Reseeding empty forgets every list.
    fixture.emulator().seed(Seed::Empty);
    QCOMPARE(fixture.emulator().permissions().size(), 0);
}

QTEST_GUILESS_MAIN(TestPermissionsApi)
#include "tst_permissionsapi.moc"
