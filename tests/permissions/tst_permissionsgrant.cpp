// The multi-call permission operations against the emulator over HTTP: the
// loader (list, levels, who is signed in, the folders above a workspace
// object) and a grant on several objects with per-object results.

#include "core/emulator/emulator.h"
#include "core/net/apiclient.h"
#include "core/permissions/permissionsgrant.h"
#include "core/permissions/permissionsloader.h"
#include "core/permissions/permissionsservice.h"
#include "tests/support/testworkspace.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

const Principal kDataEngineers{Principal::Kind::Group, u"data-engineers"_s, u"data-engineers"_s};
const Principal kUsers{Principal::Kind::Group, u"users"_s, u"users"_s};

PermissionObject jobObject(qint64 id)
{
    return {PermissionObject::Type::Job, QString::number(id), u"Job %1"_s.arg(id), {}};
}

// Sends one PATCH and waits for its answer.
bool patch(ApiClient &client, const PermissionObject &object, const QList<PermissionGrant> &grants)
{
    const ApiReply reply = test::sendAndWait(
        client, ApiRequest::patch(object.requestPath(), PermissionsService::body(grants)));
    return reply.ok();
}

ObjectPermissions read(ApiClient &client, const PermissionObject &object)
{
    const ApiReply reply = test::sendAndWait(client, ApiRequest::get(object.requestPath()));
    return ObjectPermissions::fromJson(reply.json());
}

} // namespace

class TestPermissionsGrant : public QObject
{
    Q_OBJECT

private slots:
    void loaderNamesTheFolderALevelComesFrom()
    {
        test::TestWorkspace workspace;
        workspace.emulator().workspace().mkdirs(u"/Shared/etl"_s);
        workspace.emulator().workspace().putFile(u"/Shared/etl/config.yaml"_s, "a: 1\n");
        const qint64 folderId = workspace.emulator().workspace().find(u"/Shared/etl"_s)->objectId;
        const qint64 fileId =
            workspace.emulator().workspace().find(u"/Shared/etl/config.yaml"_s)->objectId;
        const PermissionObject folder{PermissionObject::Type::Directory, QString::number(folderId),
                                      u"/Shared/etl"_s, u"/Shared/etl"_s};
        QVERIFY(patch(workspace.client(), folder, {{kDataEngineers, u"CAN_EDIT"_s}}));

        const PermissionObject file{PermissionObject::Type::File, QString::number(fileId),
                                    u"/Shared/etl/config.yaml"_s, u"/Shared/etl/config.yaml"_s};
        PermissionsLoader loader(&workspace.client());
        QSignalSpy finished(&loader, &PermissionsLoader::finished);
        loader.load(file);
        QCOMPARE(loader.state(), PermissionsLoader::State::Loading);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(loader.state(), PermissionsLoader::State::Loaded);
        QCOMPARE(loader.levels(),
                 (QStringList{u"CAN_READ"_s, u"CAN_RUN"_s, u"CAN_EDIT"_s, u"CAN_MANAGE"_s}));
        QCOMPARE(loader.currentUser().userName, workspace.emulator().userName());
        QVERIFY(loader.currentUser().groups.contains(u"admins"_s));
        const QString folderKey = u"/directories/%1"_s.arg(folderId);
        QCOMPARE(loader.sourcePaths().value(folderKey), u"/Shared/etl"_s);

        const PrincipalPermissions *engineers = loader.permissions().find(kDataEngineers);
        QVERIFY(engineers);
        QVERIFY(engineers->directLevel.isEmpty());
        QCOMPARE(engineers->inherited.size(), 1);
        QCOMPARE(engineers->inherited.first().level, u"CAN_EDIT"_s);
        QCOMPARE(engineers->inherited.first().fromObjects, QStringList{folderKey});
        const Principal admins{Principal::Kind::Group, u"admins"_s, u"admins"_s};
        QVERIFY(loader.permissions().find(admins));
    }

    void loaderReportsAMissingObject()
    {
        test::TestWorkspace workspace;
        PermissionsLoader loader(&workspace.client());
        QSignalSpy finished(&loader, &PermissionsLoader::finished);
        loader.load(jobObject(987654));
        QVERIFY(finished.wait(20000));
        QCOMPARE(loader.state(), PermissionsLoader::State::Failed);
        QVERIFY2(loader.errorText().contains(u"RESOURCE_DOES_NOT_EXIST"_s),
                 qPrintable(loader.errorText()));
    }

    void commonLevelsOfMixedObjects()
    {
        const PermissionObject cluster{PermissionObject::Type::Cluster, u"c"_s, u"c"_s, {}};
        const PermissionObject notebook{PermissionObject::Type::Notebook, u"1"_s, u"/n"_s, {}};
        QCOMPARE(PermissionsGrant::commonLevels({jobObject(1), jobObject(2)}),
                 (QStringList{u"CAN_VIEW"_s, u"CAN_MANAGE_RUN"_s, u"CAN_MANAGE"_s}));
        QCOMPARE(PermissionsGrant::commonLevels({jobObject(1), cluster, notebook}),
                 QStringList{u"CAN_MANAGE"_s});
        QVERIFY(PermissionsGrant::commonLevels({}).isEmpty());
    }

    void grantsEachObjectAndReportsEachOutcome()
    {
        test::TestWorkspace workspace;
        emulator::Emulator &emulator = workspace.emulator();
        const QJsonObject settings{{"name"_L1, u"a"_s}};
        const qint64 plain = emulator.jobs().addJob(settings, emulator.userName());
        const qint64 managed = emulator.jobs().addJob(settings, emulator.userName());
        QVERIFY(patch(workspace.client(), jobObject(managed), {{kUsers, u"CAN_MANAGE"_s}}));
        const qint64 missing = 987654;

        PermissionsGrant grant(&workspace.client(),
                               {jobObject(plain), jobObject(managed), jobObject(missing)}, kUsers,
                               u"CAN_VIEW"_s);
        QSignalSpy finished(&grant, &PermissionsGrant::finished);
        QSignalSpy each(&grant, &PermissionsGrant::objectFinished);
        grant.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(each.size(), 3);
        QVERIFY(grant.isFinished());
        QCOMPARE(grant.results().at(0).outcome, PermissionsGrant::Outcome::Granted);
        // A stronger level is kept, not lowered by the grant.
        QCOMPARE(grant.results().at(1).outcome, PermissionsGrant::Outcome::AlreadyHad);
        QCOMPARE(grant.results().at(1).detail, u"CAN_MANAGE"_s);
        QCOMPARE(grant.results().at(2).outcome, PermissionsGrant::Outcome::Failed);
        QVERIFY(!grant.results().at(2).detail.isEmpty());
        QCOMPARE(grant.count(PermissionsGrant::Outcome::Failed), 1);

        QCOMPARE(read(workspace.client(), jobObject(plain)).find(kUsers)->directLevel,
                 u"CAN_VIEW"_s);
        QCOMPARE(read(workspace.client(), jobObject(managed)).find(kUsers)->directLevel,
                 u"CAN_MANAGE"_s);
        // The owner the job had stays: a grant merges.
        const Principal me{Principal::Kind::User, emulator.userName(), {}};
        QCOMPARE(read(workspace.client(), jobObject(plain)).find(me)->directLevel, u"IS_OWNER"_s);
    }
};

QTEST_GUILESS_MAIN(TestPermissionsGrant)
#include "tst_permissionsgrant.moc"
