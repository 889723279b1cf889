// AclMatrixModel against the demo workspace: loading every scope's ACL,
// editing cells, writing the changes strictly one call at a time, a write
// that fails in the middle, and scopes a non-admin may not read.
#include "core/auth/scimservice.h"
#include "core/emulator/demoseed.h"
#include "core/secrets/aclmatrixmodel.h"
#include "tests/support/modeltesthelpers.h"
#include "tests/support/testworkspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

constexpr int kNone = AclMatrixModel::kNoPermission;
constexpr int kRead = int(SecretPermission::Read);
constexpr int kWrite = int(SecretPermission::Write);
constexpr int kManage = int(SecretPermission::Manage);

bool loadAndWait(AclMatrixModel &model)
{
    QSignalSpy loaded(&model, &AclMatrixModel::loaded);
    model.load();
    return loaded.wait(20000);
}

QModelIndex cell(const AclMatrixModel &model, const QString &principal, const QString &scope)
{
    return model.index(model.rowOfPrincipal(principal), model.columnOfScope(scope));
}

// The level the emulator holds, in the client's numbering; kNone for none.
int storedLevel(test::TestWorkspace &workspace, const QString &scope, const QString &principal)
{
    const emulator::SecretScope *found = workspace.emulator().secrets().findScope(scope);
    if (!found)
        return -2;
    const emulator::SecretAcl *acl = found->acl(principal);
    return acl ? int(acl->permission) - 1 : kNone;
}

// Counts ACL writes on the wire at once, from the client's own call records.
struct InFlightCounter
{
    int now = 0;
    int most = 0;
    int total = 0;

    void watch(ApiClient &client, QObject *context)
    {
        const auto isAclWrite = [](const ActivityRecord &record) {
            return record.path.startsWith("/api/2.0/secrets/acls/put"_L1) ||
                   record.path.startsWith("/api/2.0/secrets/acls/delete"_L1);
        };
        QObject::connect(&client, &ApiClient::callStarted, context,
                         [this, isAclWrite](const ActivityRecord &record) {
                             if (!isAclWrite(record))
                                 return;
                             ++total;
                             most = std::max(most, ++now);
                         });
        QObject::connect(&client, &ApiClient::callFinished, context,
                         [this, isAclWrite](const ActivityRecord &record) {
                             if (isAclWrite(record))
                                 --now;
                         });
    }
};

} // namespace

class TestAclMatrixModel : public QObject
{
    Q_OBJECT

private slots:
    void loadsEveryScope();
    void editCells();
    void applyWritesOneAtATime();
    void failureInTheMiddle();
    void addPrincipal();
    void unreadableScopes();
    void cancelApply();
};

void TestAclMatrixModel::loadsEveryScope()
{
    test::TestWorkspace workspace(emulator::Seed::Demo);
    AclMatrixModel model(&workspace.client());
    const auto tester = test::attachTester(&model);
    QVERIFY(loadAndWait(model));
    QVERIFY(!model.isLoading());

    QStringList scopes;
    for (int column = 0; column < model.columnCount(); ++column)
        scopes << model.headerData(column, Qt::Horizontal).toString();
    QCOMPARE(scopes, (QStringList{u"etl-credentials"_s, u"kv-finance"_s, u"ml-platform"_s,
                                  u"prod-warehouse"_s, u"team-analytics"_s}));
    QVERIFY(model
                .headerData(model.columnOfScope(u"kv-finance"_s), Qt::Horizontal,
                            AclMatrixModel::KeyVaultRole)
                .toBool());

    // Groups first, then users, then service principals, each by name.
    QStringList principals;
    for (int row = 0; row < model.rowCount(); ++row)
        principals << model.headerData(row, Qt::Vertical, AclMatrixModel::PrincipalRole).toString();
    const QString ciDeployer = QLatin1StringView(emulator::DemoSeed::kCiDeployerApplicationId);
    const QString airflow = QLatin1StringView(emulator::DemoSeed::kAirflowApplicationId);
    QCOMPARE(principals.mid(0, 4),
             (QStringList{u"analysts"_s, u"data-engineers"_s, u"platform"_s, u"users"_s}));
    QCOMPARE(model.principal(0).kind, Principal::Kind::Group);
    QCOMPARE(model.principal(int(principals.size()) - 1).kind, Principal::Kind::ServicePrincipal);
    QVERIFY(principals.contains(ciDeployer));
    QVERIFY(principals.contains(airflow));
    QVERIFY(principals.contains(u"ana.lopez@brickdesk.dev"_s));

    const QModelIndex writer = cell(model, u"data-engineers"_s, u"prod-warehouse"_s);
    QCOMPARE(writer.data().toString(), u"Write"_s);
    QCOMPARE(writer.data(Qt::EditRole).toInt(), kWrite);
    QCOMPARE(cell(model, u"data-engineers"_s, u"etl-credentials"_s).data().toString(), u"Manage"_s);
    QCOMPARE(cell(model, u"analysts"_s, u"prod-warehouse"_s).data().toString(), u"Read"_s);
    const QModelIndex none = cell(model, u"platform"_s, u"prod-warehouse"_s);
    QCOMPARE(none.data().toString(), QString());
    QCOMPARE(none.data(Qt::EditRole).toInt(), kNone);
    QVERIFY(none.flags() & Qt::ItemIsEditable);
    QVERIFY(!model.hasPendingChanges());
}

void TestAclMatrixModel::editCells()
{
    test::TestWorkspace workspace(emulator::Seed::Demo);
    AclMatrixModel model(&workspace.client());
    const auto tester = test::attachTester(&model);
    QVERIFY(loadAndWait(model));
    QSignalSpy pendingChanged(&model, &AclMatrixModel::pendingChangesChanged);

    const QModelIndex index = cell(model, u"analysts"_s, u"prod-warehouse"_s);
    QVERIFY(model.setData(index, kManage));
    QCOMPARE(index.data().toString(), u"Manage"_s);
    QCOMPARE(index.data(AclMatrixModel::StoredLevelRole).toInt(), kRead);
    QVERIFY(index.data(AclMatrixModel::PendingRole).toBool());
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains("pending"_L1));
    QVERIFY(model.hasPendingChanges());
    QCOMPARE(pendingChanged.size(), 1);
    // Out of range values are refused.
    QVERIFY(!model.setData(index, 7));
    QVERIFY(!model.setData(index, u"x"_s));

    // Back to what is stored: no longer pending.
    QVERIFY(model.setData(index, kRead));
    QVERIFY(!index.data(AclMatrixModel::PendingRole).toBool());
    QVERIFY(!model.hasPendingChanges());
    QCOMPARE(pendingChanged.size(), 2);

    QVERIFY(model.setData(index, kNone));
    QCOMPARE(index.data().toString(), QString());
    QCOMPARE(model.pendingChangeCount(), 1);
    model.discardChanges();
    QVERIFY(!model.hasPendingChanges());
    QCOMPARE(index.data().toString(), u"Read"_s);
    // Nothing was written.
    QCOMPARE(storedLevel(workspace, u"prod-warehouse"_s, u"analysts"_s), kRead);
}

void TestAclMatrixModel::applyWritesOneAtATime()
{
    test::TestWorkspace workspace(emulator::Seed::Demo);
    AclMatrixModel model(&workspace.client());
    const auto tester = test::attachTester(&model);
    QVERIFY(loadAndWait(model));

    // Slow answers, so parallel writes would overlap on the wire.
    workspace.emulator().faults().latency(u"/api/2.0/secrets/acls/*"_s, 40);
    QObject context;
    InFlightCounter counter;
    counter.watch(workspace.client(), &context);
    workspace.emulator().clearRequests();

    const QString airflow = QLatin1StringView(emulator::DemoSeed::kAirflowApplicationId);
    QVERIFY(model.setData(cell(model, u"analysts"_s, u"prod-warehouse"_s), kWrite)); // change
    QVERIFY(model.setData(cell(model, u"platform"_s, u"prod-warehouse"_s), kRead));  // new
    QVERIFY(model.setData(cell(model, u"users"_s, u"ml-platform"_s), kNone));        // delete
    QVERIFY(model.setData(cell(model, airflow, u"etl-credentials"_s), kManage));
    QVERIFY(model.setData(cell(model, u"data-engineers"_s, u"team-analytics"_s), kRead));
    QVERIFY(model.setData(cell(model, u"analysts"_s, u"kv-finance"_s), kNone));
    QVERIFY(model.setData(cell(model, u"platform"_s, u"etl-credentials"_s), kWrite));
    QCOMPARE(model.pendingChangeCount(), 7);

    QSignalSpy progress(&model, &AclMatrixModel::applyProgress);
    QSignalSpy finished(&model, &AclMatrixModel::applyFinished);
    model.apply();
    QVERIFY(model.isApplying());
    // No edits while writing.
    QVERIFY(!(cell(model, u"users"_s, u"prod-warehouse"_s).flags() & Qt::ItemIsEditable));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toInt(), 0);
    QCOMPARE(counter.total, 7);
    QCOMPARE(counter.most, 1);
    QCOMPARE(progress.first(), (QList<QVariant>{0, 7}));
    QCOMPARE(progress.last(), (QList<QVariant>{7, 7}));
    QCOMPARE(progress.size(), 8);
    QVERIFY(!model.hasPendingChanges());

    // The emulator received them in order, one after the other.
    int aclWrites = 0;
    for (const auto &request : workspace.emulator().requests())
        if (request.path.startsWith("/api/2.0/secrets/acls/"_L1))
            ++aclWrites;
    QCOMPARE(aclWrites, 7);

    QCOMPARE(storedLevel(workspace, u"prod-warehouse"_s, u"analysts"_s), kWrite);
    QCOMPARE(storedLevel(workspace, u"prod-warehouse"_s, u"platform"_s), kRead);
    QCOMPARE(storedLevel(workspace, u"ml-platform"_s, u"users"_s), kNone);
    QCOMPARE(storedLevel(workspace, u"etl-credentials"_s, airflow), kManage);
    QCOMPARE(storedLevel(workspace, u"team-analytics"_s, u"data-engineers"_s), kRead);
    QCOMPARE(storedLevel(workspace, u"kv-finance"_s, u"analysts"_s), kNone);
    QCOMPARE(storedLevel(workspace, u"etl-credentials"_s, u"platform"_s), kWrite);
    QCOMPARE(model.appliedScopes(),
             (QStringList{u"etl-credentials"_s, u"kv-finance"_s, u"ml-platform"_s,
                          u"prod-warehouse"_s, u"team-analytics"_s}));

    // A reload shows what was written.
    QVERIFY(loadAndWait(model));
    QCOMPARE(cell(model, u"analysts"_s, u"prod-warehouse"_s).data().toString(), u"Write"_s);
    QCOMPARE(cell(model, u"users"_s, u"ml-platform"_s).data().toString(), QString());
}

void TestAclMatrixModel::failureInTheMiddle()
{
    test::TestWorkspace workspace(emulator::Seed::Demo);
    AclMatrixModel model(&workspace.client());
    const auto tester = test::attachTester(&model);
    QVERIFY(loadAndWait(model));

    // Rows in order: analysts, data-engineers, platform: written in that order.
    QVERIFY(model.setData(cell(model, u"analysts"_s, u"ml-platform"_s), kRead));
    QVERIFY(model.setData(cell(model, u"data-engineers"_s, u"ml-platform"_s), kWrite));
    QVERIFY(model.setData(cell(model, u"platform"_s, u"prod-warehouse"_s), kManage));

    // The second put fails with a status the client does not retry.
    emulator::FaultRule rule;
    rule.kind = emulator::FaultRule::Kind::ServerError;
    rule.pathPattern = u"/api/2.0/secrets/acls/put"_s;
    rule.status = 500;
    rule.skip = 1;
    rule.remaining = 1;
    workspace.emulator().faults().addRule(rule);

    QSignalSpy finished(&model, &AclMatrixModel::applyFinished);
    model.apply();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toInt(), 1);

    const QModelIndex failed = cell(model, u"data-engineers"_s, u"ml-platform"_s);
    QVERIFY(failed.data(AclMatrixModel::PendingRole).toBool());
    QCOMPARE(failed.data(Qt::EditRole).toInt(), kWrite);
    QVERIFY(!failed.data(AclMatrixModel::ErrorRole).toString().isEmpty());
    QVERIFY(failed.data(Qt::ToolTipRole).toString().contains("failed"_L1));
    QCOMPARE(storedLevel(workspace, u"ml-platform"_s, u"data-engineers"_s), kNone);

    for (const QModelIndex &written : {cell(model, u"analysts"_s, u"ml-platform"_s),
                                       cell(model, u"platform"_s, u"prod-warehouse"_s)}) {
        QVERIFY(!written.data(AclMatrixModel::PendingRole).toBool());
        QVERIFY(written.data(AclMatrixModel::ErrorRole).toString().isEmpty());
    }
    QCOMPARE(storedLevel(workspace, u"ml-platform"_s, u"analysts"_s), kRead);
    QCOMPARE(storedLevel(workspace, u"prod-warehouse"_s, u"platform"_s), kManage);

    QCOMPARE(model.pendingChangeCount(), 1);
    const QList<AclMatrixModel::Change> failures = model.failedChanges();
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().principal.aclName, u"data-engineers"_s);
    QCOMPARE(failures.first().scope, u"ml-platform"_s);

    // Applying again writes what is left.
    finished.clear();
    model.apply();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toInt(), 0);
    QVERIFY(!model.hasPendingChanges());
    QVERIFY(failed.data(AclMatrixModel::ErrorRole).toString().isEmpty());
    QCOMPARE(storedLevel(workspace, u"ml-platform"_s, u"data-engineers"_s), kWrite);
}

void TestAclMatrixModel::addPrincipal()
{
    test::TestWorkspace workspace(emulator::Seed::Demo);
    AclMatrixModel model(&workspace.client());
    const auto tester = test::attachTester(&model);
    QVERIFY(loadAndWait(model));
    const int before = model.rowCount();

    const QString dbt = QLatin1StringView(emulator::DemoSeed::kDbtApplicationId);
    const int row = model.addPrincipal({Principal::Kind::ServicePrincipal, dbt, u"dbt-cloud"_s});
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.headerData(row, Qt::Vertical).toString(), u"dbt-cloud (%1)"_s.arg(dbt));
    // Adding it again finds the same row.
    QCOMPARE(model.addPrincipal({Principal::Kind::ServicePrincipal, dbt, u"dbt-cloud"_s}), row);
    QCOMPARE(model.rowCount(), before + 1);
    // A new user sorts among the users, before every service principal.
    const int lena = model.addPrincipal(
        {Principal::Kind::User, u"lena.fischer@brickdesk.dev"_s, u"Lena Fischer"_s});
    QCOMPARE(model.principal(lena + 1).kind == Principal::Kind::User ||
                 model.principal(lena + 1).kind == Principal::Kind::ServicePrincipal,
             true);
    QCOMPARE(model.principal(lena - 1).kind == Principal::Kind::User ||
                 model.principal(lena - 1).kind == Principal::Kind::Group,
             true);

    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.index(model.rowOfPrincipal(dbt), column).data(Qt::EditRole).toInt(), kNone);

    // An ACL names a service principal only by its application id; the
    // directory's display name replaces it and the row moves to its place.
    const QString ciDeployer = QLatin1StringView(emulator::DemoSeed::kCiDeployerApplicationId);
    const int guessed = model.rowOfPrincipal(ciDeployer);
    QCOMPARE(model.headerData(guessed, Qt::Vertical).toString(), ciDeployer);
    const int level = cell(model, ciDeployer, u"prod-warehouse"_s).data(Qt::EditRole).toInt();
    QCOMPARE(level, kRead);
    const int moved =
        model.addPrincipal({Principal::Kind::ServicePrincipal, ciDeployer, u"ci-deployer"_s});
    QCOMPARE(model.rowOfPrincipal(ciDeployer), moved);
    QCOMPARE(model.headerData(moved, Qt::Vertical).toString(),
             u"ci-deployer (%1)"_s.arg(ciDeployer));
    QCOMPARE(cell(model, ciDeployer, u"prod-warehouse"_s).data(Qt::EditRole).toInt(), kRead);
    QCOMPARE(model.rowCount(), before + 2);
    for (int next = 1; next < model.rowCount(); ++next) {
        const Principal a = model.principal(next - 1);
        const Principal b = model.principal(next);
        if (a.kind == b.kind)
            QVERIFY2(a.displayName.compare(b.displayName, Qt::CaseInsensitive) <= 0,
                     qPrintable(a.displayName + u" > "_s + b.displayName));
    }
    QVERIFY(model.setData(cell(model, dbt, u"team-analytics"_s), kRead));
    QSignalSpy finished(&model, &AclMatrixModel::applyFinished);
    model.apply();
    QVERIFY(finished.wait(20000));
    QCOMPARE(storedLevel(workspace, u"team-analytics"_s, dbt), kRead);
}

void TestAclMatrixModel::unreadableScopes()
{
    test::TestWorkspace workspace(emulator::Seed::Demo);
    // Not an admin: MANAGE only where the demo user created the scope.
    workspace.emulator().setUserGroups({u"analysts"_s});
    AclMatrixModel model(&workspace.client());
    const auto tester = test::attachTester(&model);
    QVERIFY(loadAndWait(model));
    QCOMPARE(model.columnCount(), 5);

    QStringList unreadable;
    for (int column = 0; column < model.columnCount(); ++column)
        if (!model.headerData(column, Qt::Horizontal, AclMatrixModel::ScopeReadableRole).toBool())
            unreadable << model.scope(column);
    QCOMPARE(unreadable, (QStringList{u"ml-platform"_s, u"team-analytics"_s}));

    const int column = model.columnOfScope(u"ml-platform"_s);
    QVERIFY(!model.isScopeReadable(column));
    QVERIFY(model.headerData(column, Qt::Horizontal).toString().contains("unreadable"_L1));
    const QString why = model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(why.contains("PERMISSION_DENIED"_L1), qPrintable(why));
    QVERIFY(model.rowCount() > 0);
    const QModelIndex locked = model.index(0, column);
    QVERIFY(!(locked.flags() & Qt::ItemIsEditable));
    QVERIFY(!model.setData(locked, kRead));
    QVERIFY(locked.data(Qt::ToolTipRole).toString().contains("cannot be read"_L1));

    // Readable scopes stay editable.
    const QModelIndex open = model.index(0, model.columnOfScope(u"prod-warehouse"_s));
    QVERIFY(open.flags() & Qt::ItemIsEditable);
}

void TestAclMatrixModel::cancelApply()
{
    test::TestWorkspace workspace(emulator::Seed::Demo);
    AclMatrixModel model(&workspace.client());
    const auto tester = test::attachTester(&model);
    QVERIFY(loadAndWait(model));
    workspace.emulator().faults().latency(u"/api/2.0/secrets/acls/*"_s, 100);

    QVERIFY(model.setData(cell(model, u"analysts"_s, u"ml-platform"_s), kRead));
    QVERIFY(model.setData(cell(model, u"platform"_s, u"prod-warehouse"_s), kRead));
    QVERIFY(model.setData(cell(model, u"users"_s, u"team-analytics"_s), kRead));
    QSignalSpy progress(&model, &AclMatrixModel::applyProgress);
    QSignalSpy finished(&model, &AclMatrixModel::applyFinished);
    model.apply();
    QCOMPARE(progress.size(), 1); // (0, 3) at once
    QVERIFY(progress.wait(5000)); // (1, 3): the second write is on the wire
    QCOMPARE(progress.last(), (QList<QVariant>{1, 3}));
    model.cancelApply();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!model.isApplying());
    // The one in flight may or may not have landed: it stays pending.
    QCOMPARE(model.pendingChangeCount(), 2);
    // Nothing more is written, and the cancelled call's answer changes nothing.
    QVERIFY(!progress.wait(400));
    QCOMPARE(model.pendingChangeCount(), 2);
    QCOMPARE(storedLevel(workspace, u"team-analytics"_s, u"users"_s), kNone);
    QCOMPARE(storedLevel(workspace, u"ml-platform"_s, u"analysts"_s), kRead);
}

QTEST_GUILESS_MAIN(TestAclMatrixModel)
#include "tst_aclmatrixmodel.moc"
