#include "core/permissions/permissionsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

Principal user(const QString &name, const QString &display = {})
{
    return {Principal::Kind::User, name, display.isEmpty() ? name : display};
}

Principal group(const QString &name)
{
    return {Principal::Kind::Group, name, name};
}

const PermissionObject kNotebook{PermissionObject::Type::Notebook, u"42"_s, u"/Shared/etl/ingest"_s,
                                 u"/Shared/etl/ingest"_s};
const PermissionObject kJob{PermissionObject::Type::Job, u"7"_s, u"nightly"_s, {}};

ObjectPermissions notebookPermissions()
{
    ObjectPermissions server;
    server.objectKey = u"/notebooks/42"_s;
    server.entries = {
        {{Principal::Kind::ServicePrincipal, u"app-1"_s, u"ci-deployer"_s}, u"CAN_RUN"_s, {}},
        {group(u"data-engineers"_s), {}, {{u"CAN_EDIT"_s, {u"/directories/12"_s}}}},
        {group(u"admins"_s), {}, {{u"CAN_MANAGE"_s, {u"/directories/"_s}}}},
    };
    return server;
}

QString cell(const PermissionsModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestPermissionsModel : public QObject
{
    Q_OBJECT

private slots:
    void showsDirectAndInheritedWithTheirSources()
    {
        PermissionsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPermissions(kNotebook, notebookPermissions(),
                             PermissionObject::documentedLevels(kNotebook.type),
                             {{u"/directories/12"_s, u"/Shared/etl"_s}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 0, PermissionsModel::PrincipalColumn), u"ci-deployer"_s);
        QCOMPARE(cell(model, 0, PermissionsModel::LevelColumn), u"Can run"_s);
        QCOMPARE(cell(model, 1, PermissionsModel::LevelColumn), u"None"_s);
        QCOMPARE(cell(model, 1, PermissionsModel::InheritedColumn),
                 u"Can edit (from folder /Shared/etl)"_s);
        QCOMPARE(cell(model, 2, PermissionsModel::InheritedColumn),
                 u"Can manage (from the workspace root)"_s);
        QCOMPARE(model.index(0, 0).data(PermissionsModel::KindRole).toInt(),
                 int(Principal::Kind::ServicePrincipal));
        QVERIFY(!model.isModified());
    }

    void editsAreMarkedAndMakeTheChange()
    {
        PermissionsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPermissions(kNotebook, notebookPermissions(),
                             PermissionObject::documentedLevels(kNotebook.type), {});
        QSignalSpy modified(&model, &PermissionsModel::modified);

        // A level outside the type's is refused.
        const QModelIndex level = model.index(1, PermissionsModel::LevelColumn);
        QVERIFY(!model.setData(level, u"CAN_RESTART"_s));
        QVERIFY(model.setData(level, u"CAN_MANAGE"_s));
        QCOMPARE(level.data(PermissionsModel::EditStateRole).toInt(),
                 int(PermissionsModel::EditState::Added));
        QVERIFY(modified.size() >= 1);

        model.setLevel(0, u"CAN_EDIT"_s);
        QCOMPARE(cell(model, 0, PermissionsModel::LevelColumn), u"Can edit (was Can run)"_s);

        const int ana = model.grant(user(u"ana@example.com"_s, u"Ana Lopez"_s), u"CAN_READ"_s);
        QCOMPARE(ana, 3);
        QCOMPARE(model.rowCount(), 4);
        PermissionChange change = model.change();
        QCOMPARE(change.added().size(), 2);
        QCOMPARE(change.changed().size(), 1);
        QVERIFY(!change.needsReplace());

        model.removeDirect(0);
        QCOMPARE(cell(model, 0, PermissionsModel::LevelColumn), u"Removed (was Can run)"_s);
        QCOMPARE(model.index(0, 0).data(PermissionsModel::EditStateRole).toInt(),
                 int(PermissionsModel::EditState::Removed));
        QVERIFY(model.change().needsReplace());

        // A row added in this edit goes away when its level is removed.
        model.removeDirect(ana);
        QCOMPARE(model.rowCount(), 3);
        // An inherited-only row stays, with no direct level.
        model.removeDirect(1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 1, PermissionsModel::LevelColumn), u"None"_s);

        // What a view calls when it closes an editor (RevertModelCache) is
        // not the user's Revert: the edit stays.
        static_cast<QAbstractItemModel &>(model).revert();
        QVERIFY(model.isModified());
        model.revertChanges();
        QVERIFY(!model.isModified());
        QCOMPARE(cell(model, 0, PermissionsModel::LevelColumn), u"Can run"_s);
    }

    void ownershipMovesWithTransferOnly()
    {
        ObjectPermissions server;
        server.entries = {{user(u"ana@example.com"_s), u"IS_OWNER"_s, {}},
                          {group(u"analysts"_s), u"CAN_VIEW"_s, {}}};
        PermissionsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPermissions(kJob, server, PermissionObject::documentedLevels(kJob.type), {});
        QCOMPARE(model.ownerRow(), 0);
        // The owner's level is not edited in place, and nobody is offered IS_OWNER.
        QVERIFY(!model.flags(model.index(0, PermissionsModel::LevelColumn))
                     .testFlag(Qt::ItemIsEditable));
        const QStringList choices = model.index(1, PermissionsModel::LevelColumn)
                                        .data(PermissionsModel::LevelChoicesRole)
                                        .toStringList();
        QVERIFY(!choices.contains(u"IS_OWNER"_s));
        QVERIFY(!model.setData(model.index(1, PermissionsModel::LevelColumn), u"IS_OWNER"_s));

        const int kim = model.transferOwnership(user(u"kim@example.com"_s));
        QCOMPARE(model.ownerRow(), kim);
        QCOMPARE(model.index(0, 0).data(PermissionsModel::LevelRole).toString(), u"CAN_MANAGE"_s);
        const PermissionChange change = model.change();
        QCOMPARE(change.added().size(), 1);
        QCOMPARE(change.changed().size(), 1);
        // Both in one merge: the job never has two owners or none.
        QVERIFY(!change.needsReplace());
        QVERIFY(PermissionRules::problems(kJob, server, model.grants(), {}).isEmpty());
    }

    void aSecondTransferGrantsNobodyAnything()
    {
        ObjectPermissions server;
        server.entries = {{user(u"ana@example.com"_s), u"IS_OWNER"_s, {}},
                          {group(u"analysts"_s), u"CAN_VIEW"_s, {}}};
        PermissionsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPermissions(kJob, server, PermissionObject::documentedLevels(kJob.type), {});
        model.transferOwnership(user(u"kim@example.com"_s));
        model.transferOwnership(user(u"zoe@example.com"_s));
        // Kim was owner only within this edit: nothing is left of it.
        QCOMPARE(model.rowOf(user(u"kim@example.com"_s)), -1);
        PermissionChange change = model.change();
        QCOMPARE(change.added().size(), 1);
        QCOMPARE(change.added().first().principal.aclName, u"zoe@example.com"_s);
        // Back to the first owner: no change at all.
        model.transferOwnership(user(u"ana@example.com"_s));
        QVERIFY(!model.isModified());
    }

    void sourcesInWords()
    {
        PermissionsModel model;
        model.setPermissions(kJob, {}, {}, {{u"/directories/9"_s, u"/"_s}});
        QCOMPARE(model.sourceText(u"/jobs/"_s), u"all jobs"_s);
        QCOMPARE(model.sourceText(u"/clusters/"_s), u"all clusters"_s);
        QCOMPARE(model.sourceText(u"/pipelines/"_s), u"all pipelines"_s);
        QCOMPARE(model.sourceText(u"/directories/"_s), u"the workspace root"_s);
        QCOMPARE(model.sourceText(u"/directories/9"_s), u"the workspace root"_s);
        QCOMPARE(model.sourceText(u"/directories/0"_s), u"the workspace root"_s);
        QCOMPARE(model.sourceText(u"/directories/31"_s), u"folder 31"_s);
        QCOMPARE(model.sourceText(u"/repos/5"_s), u"repo 5"_s);
    }
};

QTEST_GUILESS_MAIN(TestPermissionsModel)
#include "tst_permissionsmodel.moc"
