#include "core/permissions/objectpermissions.h"
#include "core/permissions/permissionchange.h"
#include "core/permissions/permissionobject.h"
#include "core/permissions/permissionsservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

Principal user(const QString &name)
{
    return {Principal::Kind::User, name, name};
}

Principal group(const QString &name)
{
    return {Principal::Kind::Group, name, name};
}

// An ObjectPermissions answer the way the API writes one for a job.
QJsonObject jobAnswer()
{
    return QJsonDocument::fromJson(R"({
      "object_id": "/jobs/14", "object_type": "job",
      "access_control_list": [
        {"user_name": "ana@example.com", "display_name": "Ana Lopez",
         "all_permissions": [{"permission_level": "IS_OWNER", "inherited": false}]},
        {"group_name": "analysts",
         "all_permissions": [{"permission_level": "CAN_VIEW", "inherited": false}]},
        {"service_principal_name": "9f0c6a0e-1111-2222-3333-444455556666", "display_name": "ci-deployer",
         "all_permissions": [{"permission_level": "CAN_MANAGE_RUN", "inherited": false}]},
        {"group_name": "admins", "display_name": "admins",
         "all_permissions": [{"permission_level": "CAN_MANAGE", "inherited": true,
                              "inherited_from_object": ["/jobs/"]}]}
      ]})")
        .object();
}

PermissionObject job()
{
    return {PermissionObject::Type::Job, u"14"_s, u"nightly"_s, {}};
}

} // namespace

class TestPermissionChange : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryPrincipalKindAndInheritance()
    {
        const ObjectPermissions permissions = ObjectPermissions::fromJson(jobAnswer());
        QCOMPARE(permissions.objectKey, u"/jobs/14"_s);
        QCOMPARE(permissions.objectType, u"job"_s);
        QCOMPARE(permissions.entries.size(), 4);
        QCOMPARE(permissions.entries.at(0).principal.kind, Principal::Kind::User);
        QCOMPARE(permissions.entries.at(0).principal.displayName, u"Ana Lopez"_s);
        QCOMPARE(permissions.entries.at(0).directLevel, u"IS_OWNER"_s);
        // A group without a display name is called by its name.
        QCOMPARE(permissions.entries.at(1).principal.displayName, u"analysts"_s);
        QCOMPARE(permissions.entries.at(2).principal.kind, Principal::Kind::ServicePrincipal);
        const PrincipalPermissions &admins = permissions.entries.at(3);
        QVERIFY(admins.directLevel.isEmpty());
        QCOMPARE(admins.inherited.size(), 1);
        QCOMPARE(admins.inherited.first().level, u"CAN_MANAGE"_s);
        QCOMPARE(admins.inherited.first().fromObjects, QStringList{u"/jobs/"_s});
        // Only direct entries are what a PUT would send.
        QCOMPARE(permissions.directGrants().size(), 3);
    }

    void directAndInheritedOfOnePrincipal()
    {
        const auto json = QJsonDocument::fromJson(R"({"access_control_list": [
            {"group_name": "data-engineers", "all_permissions": [
               {"permission_level": "CAN_EDIT", "inherited": false},
               {"permission_level": "CAN_READ", "inherited": true,
                "inherited_from_object": ["/directories/12", "/directories/7"]}]}]})")
                              .object();
        const ObjectPermissions permissions = ObjectPermissions::fromJson(json);
        QCOMPARE(permissions.entries.size(), 1);
        QCOMPARE(permissions.entries.first().directLevel, u"CAN_EDIT"_s);
        QCOMPARE(permissions.entries.first().inherited.first().fromObjects.size(), 2);
    }

    void bodyNamesEachKindAsTheApiDoes()
    {
        const QJsonObject body = PermissionsService::body(
            {{user(u"ana@example.com"_s), u"CAN_VIEW"_s},
             {group(u"analysts"_s), u"CAN_RUN"_s},
             {{Principal::Kind::ServicePrincipal, u"9f0c-app"_s, u"ci"_s}, u"CAN_MANAGE"_s}});
        const QJsonArray list = body.value("access_control_list"_L1).toArray();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).toObject(), (QJsonObject{{"user_name"_L1, u"ana@example.com"_s},
                                                     {"permission_level"_L1, u"CAN_VIEW"_s}}));
        QCOMPARE(list.at(1).toObject().value("group_name"_L1).toString(), u"analysts"_s);
        QCOMPARE(list.at(2).toObject().value("service_principal_name"_L1).toString(),
                 u"9f0c-app"_s);
    }

    void addsAndChangesGoAsPatchRemovalsAsPut()
    {
        const QList<PermissionGrant> before{{user(u"ana@example.com"_s), u"IS_OWNER"_s},
                                            {group(u"analysts"_s), u"CAN_VIEW"_s},
                                            {group(u"ops"_s), u"CAN_VIEW"_s}};
        QList<PermissionGrant> after = before;
        after[1].level = u"CAN_MANAGE_RUN"_s;
        after.append({group(u"data-engineers"_s), u"CAN_VIEW"_s});
        PermissionChange change = PermissionChange::between(before, after);
        QCOMPARE(change.added().size(), 1);
        QCOMPARE(change.added().first().after, u"CAN_VIEW"_s);
        QCOMPARE(change.changed().size(), 1);
        QCOMPARE(change.changed().first().before, u"CAN_VIEW"_s);
        QCOMPARE(change.changed().first().after, u"CAN_MANAGE_RUN"_s);
        QVERIFY(change.removed().isEmpty());
        QVERIFY(!change.needsReplace());
        // The PATCH carries only what changes, so entries added elsewhere stay.
        QCOMPARE(change.patchGrants().size(), 2);

        after.removeAt(2);
        change = PermissionChange::between(before, after);
        QCOMPARE(change.removed().size(), 1);
        QCOMPARE(change.removed().first().principal.aclName, u"ops"_s);
        QVERIFY(change.needsReplace());
        QCOMPARE(change.replaceGrants(), after);
        QVERIFY(PermissionChange::between(before, before).isEmpty());
    }

    void jobsKeepExactlyOneOwnerWhoIsNoGroup()
    {
        const ObjectPermissions server = ObjectPermissions::fromJson(jobAnswer());
        const CurrentUser me{u"ana@example.com"_s, {}, {u"admins"_s}};
        QList<PermissionGrant> after = server.directGrants();
        QVERIFY(PermissionRules::problems(job(), server, after, me).isEmpty());

        after.removeFirst(); // the owner
        QStringList problems = PermissionRules::problems(job(), server, after, me);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"no owner"_s), qPrintable(problems.first()));

        after = server.directGrants();
        after.append({user(u"kim@example.com"_s), u"IS_OWNER"_s});
        problems = PermissionRules::problems(job(), server, after, me);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"2 owners"_s), qPrintable(problems.first()));

        after = server.directGrants();
        after[0].level = u"CAN_MANAGE"_s;
        after[1].level = u"IS_OWNER"_s; // analysts, a group
        problems = PermissionRules::problems(job(), server, after, me);
        QVERIFY(problems.join(u' ').contains(u"A group cannot own"_s));

        // Clusters have no owner: the same list without one is fine there.
        const PermissionObject cluster{PermissionObject::Type::Cluster, u"c1"_s, u"c"_s, {}};
        QList<PermissionGrant> ownerless = server.directGrants();
        ownerless.removeFirst();
        QVERIFY(PermissionRules::problems(cluster, server, ownerless, me).isEmpty());
    }

    void nobodyTakesAwayTheirOwnManageRight()
    {
        const PermissionObject notebook{PermissionObject::Type::Notebook, u"5"_s, u"/n"_s, u"/n"_s};
        ObjectPermissions server;
        server.entries = {
            {user(u"kim@example.com"_s), u"CAN_MANAGE"_s, {}},
            {group(u"analysts"_s), u"CAN_READ"_s, {}},
        };
        const CurrentUser kim{u"kim@example.com"_s, {}, {u"data-engineers"_s}};
        QList<PermissionGrant> after{{group(u"analysts"_s), u"CAN_READ"_s}};
        QStringList problems = PermissionRules::problems(notebook, server, after, kim);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(u"kim@example.com"_s));

        // Through a group they are in, the right stays: no problem.
        after.append({group(u"data-engineers"_s), u"CAN_MANAGE"_s});
        QVERIFY(PermissionRules::problems(notebook, server, after, kim).isEmpty());

        // An inherited manage right (an admin) keeps it too.
        server.entries.append({group(u"admins"_s), {}, {{u"CAN_MANAGE"_s, {u"/directories/"_s}}}});
        const CurrentUser admin{u"kim@example.com"_s, {}, {u"admins"_s}};
        after.removeLast();
        QVERIFY(PermissionRules::problems(notebook, server, after, admin).isEmpty());

        // Someone who could not manage it before loses nothing.
        const CurrentUser other{u"zoe@example.com"_s, {}, {}};
        QVERIFY(PermissionRules::problems(notebook, server, after, other).isEmpty());
    }

    void homeFolderKeepsItsUsersManage()
    {
        const PermissionObject home{PermissionObject::Type::Directory, u"3"_s,
                                    u"/Users/ana@example.com"_s, u"/Users/ana@example.com"_s};
        QCOMPARE(PermissionRules::homeFolderOwner(home), u"ana@example.com"_s);
        const PermissionObject below{PermissionObject::Type::Directory, u"4"_s,
                                     u"/Users/ana@example.com/etl"_s,
                                     u"/Users/ana@example.com/etl"_s};
        QVERIFY(PermissionRules::homeFolderOwner(below).isEmpty());
        ObjectPermissions server;
        server.entries = {{user(u"ana@example.com"_s), u"CAN_MANAGE"_s, {}}};
        const QStringList problems = PermissionRules::problems(home, server, {}, {});
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(u"home folder"_s));
        // The name is matched as the workspace does, ignoring case.
        QVERIFY(PermissionRules::problems(home, server,
                                          {{user(u"Ana@Example.com"_s), u"CAN_MANAGE"_s}}, {})
                    .isEmpty());
        // A service principal's home folder is named by its application id.
        const PermissionObject spHome{PermissionObject::Type::Directory, u"5"_s,
                                      u"/Users/9f0c-app"_s, u"/Users/9f0c-app"_s};
        const Principal sp{Principal::Kind::ServicePrincipal, u"9f0c-app"_s, u"ci"_s};
        QVERIFY(PermissionRules::problems(spHome, {}, {{sp, u"CAN_MANAGE"_s}}, {}).isEmpty());
    }

    void levelsAndNames()
    {
        QCOMPARE(PermissionObject::documentedLevels(PermissionObject::Type::Cluster),
                 (QStringList{u"CAN_ATTACH_TO"_s, u"CAN_RESTART"_s, u"CAN_MANAGE"_s}));
        QCOMPARE(job().requestPath(), u"/api/2.0/permissions/jobs/14"_s);
        QCOMPARE(job().objectKey(), u"/jobs/14"_s);
        const PermissionObject repo{PermissionObject::Type::Repo, u"9"_s, {}, {}};
        QCOMPARE(repo.requestPath(), u"/api/2.0/permissions/repos/9"_s);
        QCOMPARE(PermissionObject::typeOfWorkspaceObject(u"REPO"_s), PermissionObject::Type::Repo);
        QVERIFY(!PermissionObject::typeOfWorkspaceObject(u"MLFLOW_EXPERIMENT"_s));
        QCOMPARE(permissionLevelText(u"CAN_MANAGE_RUN"_s), u"Can manage run"_s);
        QCOMPARE(permissionLevelText(u"CAN_BIND"_s), u"CAN_BIND"_s);
    }
};

QTEST_GUILESS_MAIN(TestPermissionChange)
#include "tst_permissionchange.moc"
