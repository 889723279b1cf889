// The Permissions dialogs over real HTTP against the emulator: inherited
// entries named by where they come from, the preview before anything is
// sent, adds and changes as PATCH, a removal as PUT after a question, the
// one-owner rule and ownership transfer, not locking oneself out, a refusal
// that keeps the edit, a grant on several objects with one failure, and the
// Permissions… action of the jobs, clusters and workspace areas.

#include "app/clusters/clustersactions.h"
#include "app/common/confirmdialog.h"
#include "app/common/principalpickerdialog.h"
#include "app/common/testseam.h"
#include "app/jobs/jobsactions.h"
#include "app/permissions/grantpermissionsdialog.h"
#include "app/permissions/permissionsdialog.h"
#include "core/emulator/emulator.h"
#include "core/net/apiclient.h"
#include "core/permissions/permissionsmodel.h"
#include "core/permissions/permissionsservice.h"
#include "tests/support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

const Principal kAna{Principal::Kind::User, u"ana.lopez@brickdesk.dev"_s, u"Ana Lopez"_s};
const Principal kEngineers{Principal::Kind::Group, u"data-engineers"_s, u"data-engineers"_s};
const Principal kUsers{Principal::Kind::Group, u"users"_s, u"users"_s};

QPushButton *button(QWidget &dialog, const char *name)
{
    return dialog.findChild<QPushButton *>(QLatin1StringView(name));
}

} // namespace

class TestPermissionsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void inheritedLevelsSayWhereTheyComeFrom();
    void addIsPreviewedAndSentAsPatch();
    void removalIsSentAsPutAfterAsking();
    void ownershipTransfersAndTheOwnerRuleHolds();
    void nobodyLocksThemselvesOut();
    void aRefusalKeepsTheEdit();
    void grantOnSeveralObjectsWithOneFailure();
    void everyAreaOpensPermissions();

private:
    qint64 addJob(const QString &name, const QString &creator = {});
    PermissionObject jobObject(qint64 id) const;
    PermissionObject workspaceObject(PermissionObject::Type type, const QString &path);
    std::unique_ptr<PermissionsDialog> open(const PermissionObject &object);
    bool patch(const PermissionObject &object, const QList<PermissionGrant> &grants);
    ObjectPermissions read(const PermissionObject &object);
    QStringList writesSince(int from) const;

    std::unique_ptr<test::TestWorkspace> m_ws;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestPermissionsDialog::init()
{
    m_ws = std::make_unique<test::TestWorkspace>(emulator::Seed::Demo);
}

void TestPermissionsDialog::cleanup()
{
    resetTestSeams();
    m_tester.reset();
    m_ws.reset();
}

qint64 TestPermissionsDialog::addJob(const QString &name, const QString &creator)
{
    return m_ws->emulator().jobs().addJob(
        QJsonObject{{"name"_L1, name}}, creator.isEmpty() ? m_ws->emulator().userName() : creator);
}

PermissionObject TestPermissionsDialog::jobObject(qint64 id) const
{
    return {PermissionObject::Type::Job, QString::number(id), u"job-%1"_s.arg(id), {}};
}

PermissionObject TestPermissionsDialog::workspaceObject(PermissionObject::Type type,
                                                        const QString &path)
{
    const auto *object = m_ws->emulator().workspace().find(path);
    return {type, object ? QString::number(object->objectId) : QString(), path, path};
}

std::unique_ptr<PermissionsDialog> TestPermissionsDialog::open(const PermissionObject &object)
{
    auto dialog = std::make_unique<PermissionsDialog>(&m_ws->client(), u"demo"_s, object);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(dialog.get(), &PermissionsDialog::loaded);
    dialog->show();
    if (!loaded.wait(20000))
        return {};
    return dialog;
}

bool TestPermissionsDialog::patch(const PermissionObject &object,
                                  const QList<PermissionGrant> &grants)
{
    return test::sendAndWait(m_ws->client(), ApiRequest::patch(object.requestPath(),
                                                               PermissionsService::body(grants)))
        .ok();
}

ObjectPermissions TestPermissionsDialog::read(const PermissionObject &object)
{
    return ObjectPermissions::fromJson(
        test::sendAndWait(m_ws->client(), ApiRequest::get(object.requestPath())).json());
}

QStringList TestPermissionsDialog::writesSince(int from) const
{
    QStringList writes;
    const auto requests = m_ws->emulator().requests();
    for (qsizetype index = from; index < requests.size(); ++index) {
        const auto &request = requests.at(index);
        if (request.method != "GET" && request.path.startsWith("/api/2.0/permissions/"_L1))
            writes.append(QString::fromLatin1(request.method));
    }
    return writes;
}

void TestPermissionsDialog::inheritedLevelsSayWhereTheyComeFrom()
{
    auto &store = m_ws->emulator().workspace();
    store.mkdirs(u"/Shared/team"_s);
    store.putFile(u"/Shared/team/config.yaml"_s, "a: 1\n");
    const PermissionObject folder =
        workspaceObject(PermissionObject::Type::Directory, u"/Shared/team"_s);
    QVERIFY(patch(folder, {{kEngineers, u"CAN_EDIT"_s}}));

    auto dialog =
        open(workspaceObject(PermissionObject::Type::File, u"/Shared/team/config.yaml"_s));
    QVERIFY(dialog);
    QVERIFY(dialog->isLoaded());
    PermissionsModel *model = dialog->model();
    const int engineers = model->rowOf(kEngineers);
    QVERIFY(engineers >= 0);
    QCOMPARE(model->index(engineers, PermissionsModel::LevelColumn).data().toString(), u"None"_s);
    QVERIFY2(
        model->index(engineers, PermissionsModel::InheritedColumn)
            .data()
            .toString()
            .contains(u"Can edit (from folder /Shared/team)"_s),
        qPrintable(model->index(engineers, PermissionsModel::InheritedColumn).data().toString()));
    const int admins = model->rowOf({Principal::Kind::Group, u"admins"_s, {}});
    QVERIFY(admins >= 0);
    QVERIFY(model->index(admins, PermissionsModel::InheritedColumn)
                .data()
                .toString()
                .contains(u"Can manage (from the workspace root)"_s));
    QVERIFY(!button(*dialog, "permissionsApply")->isEnabled());
    QVERIFY(!button(*dialog, "permissionsTransfer")->isVisible());
}

void TestPermissionsDialog::addIsPreviewedAndSentAsPatch()
{
    const qint64 id = addJob(u"nightly"_s);
    auto dialog = open(jobObject(id));
    QVERIFY(dialog);
    // Admins manage every job, from the jobs root.
    const int admins = dialog->model()->rowOf({Principal::Kind::Group, u"admins"_s, {}});
    QVERIFY(dialog->model()
                ->index(admins, PermissionsModel::InheritedColumn)
                .data()
                .toString()
                .contains(u"from all jobs"_s));

    const int from = int(m_ws->emulator().requests().size());
    PrincipalPickerDialog::setAnswerForTesting(PrincipalPickerDialog::Answer{kAna, u"CAN_VIEW"_s});
    QTest::mouseClick(button(*dialog, "permissionsAdd"), Qt::LeftButton);
    QTRY_VERIFY(dialog->model()->rowOf(kAna) >= 0);
    QVERIFY2(dialog->previewText().contains(u"Adds Can view for Ana Lopez"_s),
             qPrintable(dialog->previewText()));
    QVERIFY(dialog->previewText().contains(u"PATCH"_s));
    QVERIFY(dialog->problemText().isEmpty());
    // Nothing is sent before Apply.
    QVERIFY(writesSince(from).isEmpty());

    QSignalSpy applied(dialog.get(), &PermissionsDialog::applied);
    QVERIFY(button(*dialog, "permissionsApply")->isEnabled());
    QTest::mouseClick(button(*dialog, "permissionsApply"), Qt::LeftButton);
    QVERIFY(applied.wait(20000));
    QCOMPARE(applied.first().first().toBool(), true);
    QCOMPARE(writesSince(from), QStringList{u"PATCH"_s});
    const auto requests = m_ws->emulator().requests();
    const auto &sent = *std::find_if(requests.rbegin(), requests.rend(),
                                     [](const auto &request) { return request.method == "PATCH"; });
    // Only the added entry goes: the others are merged, not resent.
    const QJsonArray list =
        QJsonDocument::fromJson(sent.body).object().value("access_control_list"_L1).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value("user_name"_L1).toString(), kAna.aclName);
    QCOMPARE(read(jobObject(id)).find(kAna)->directLevel, u"CAN_VIEW"_s);
    QVERIFY(!dialog->model()->isModified());
    QCOMPARE(dialog->statusText(), u"Saved."_s);
}

void TestPermissionsDialog::removalIsSentAsPutAfterAsking()
{
    const qint64 id = addJob(u"cleanup"_s);
    QVERIFY(patch(jobObject(id), {{kUsers, u"CAN_VIEW"_s}, {kEngineers, u"CAN_MANAGE_RUN"_s}}));
    auto dialog = open(jobObject(id));
    QVERIFY(dialog);
    const int users = dialog->model()->rowOf(kUsers);
    dialog->view()->selectRow(users);
    QVERIFY(button(*dialog, "permissionsRemove")->isEnabled());
    QTest::mouseClick(button(*dialog, "permissionsRemove"), Qt::LeftButton);
    QCOMPARE(dialog->model()->index(users, PermissionsModel::LevelColumn).data().toString(),
             u"Removed (was Can view)"_s);
    QVERIFY(dialog->previewText().contains(u"Removes the direct Can view of users"_s));
    QVERIFY(dialog->previewText().contains(u"PUT"_s));

    // Declined: nothing is sent and the edit stays.
    const int from = int(m_ws->emulator().requests().size());
    ConfirmDialog::setAnswerForTesting(false);
    QTest::mouseClick(button(*dialog, "permissionsApply"), Qt::LeftButton);
    QTRY_VERIFY(ConfirmDialog::lastQuestionForTesting().contains(u"Replace the permissions"_s));
    QVERIFY(ConfirmDialog::lastQuestionForTesting().contains(u"users (Can view)"_s));
    QTest::qWait(0);
    QVERIFY(writesSince(from).isEmpty());
    QVERIFY(dialog->model()->isModified());

    ConfirmDialog::setAnswerForTesting(true);
    QSignalSpy applied(dialog.get(), &PermissionsDialog::applied);
    QTest::mouseClick(button(*dialog, "permissionsApply"), Qt::LeftButton);
    QVERIFY(applied.wait(20000));
    QCOMPARE(writesSince(from), QStringList{u"PUT"_s});
    const ObjectPermissions after = read(jobObject(id));
    QVERIFY(!after.find(kUsers) || after.find(kUsers)->directLevel.isEmpty());
    QCOMPARE(after.find(kEngineers)->directLevel, u"CAN_MANAGE_RUN"_s);
}

void TestPermissionsDialog::ownershipTransfersAndTheOwnerRuleHolds()
{
    const qint64 id = addJob(u"owned"_s);
    auto dialog = open(jobObject(id));
    QVERIFY(dialog);
    PermissionsModel *model = dialog->model();
    const int owner = model->ownerRow();
    QVERIFY(owner >= 0);
    QCOMPARE(model->principalAt(owner).aclName, m_ws->emulator().userName());
    // The owner is neither edited in place nor removed.
    QVERIFY(!model->flags(model->index(owner, PermissionsModel::LevelColumn))
                 .testFlag(Qt::ItemIsEditable));
    dialog->view()->selectRow(owner);
    QVERIFY(!button(*dialog, "permissionsRemove")->isEnabled());

    // An edit that leaves no owner is caught before anything is sent.
    const int from = int(m_ws->emulator().requests().size());
    model->setLevel(owner, u"CAN_MANAGE"_s);
    QVERIFY2(dialog->problemText().contains(u"no owner"_s), qPrintable(dialog->problemText()));
    QVERIFY(!button(*dialog, "permissionsApply")->isEnabled());
    dialog->apply();
    QVERIFY(writesSince(from).isEmpty());
    model->revertChanges();
    QVERIFY(dialog->problemText().isEmpty());

    // Transfer: the new owner and the former one's Can manage go in one PATCH.
    PrincipalPickerDialog::setAnswerForTesting(PrincipalPickerDialog::Answer{kAna, {}});
    QVERIFY(button(*dialog, "permissionsTransfer")->isVisible());
    QTest::mouseClick(button(*dialog, "permissionsTransfer"), Qt::LeftButton);
    QTRY_COMPARE(model->principalAt(model->ownerRow()).aclName, kAna.aclName);
    QVERIFY(dialog->previewText().contains(u"Adds Is owner for Ana Lopez"_s));
    QVERIFY(dialog->previewText().contains(u"from Is owner to Can manage"_s));
    QSignalSpy applied(dialog.get(), &PermissionsDialog::applied);
    QTest::mouseClick(button(*dialog, "permissionsApply"), Qt::LeftButton);
    QVERIFY(applied.wait(20000));
    QCOMPARE(applied.first().first().toBool(), true);
    QCOMPARE(writesSince(from), QStringList{u"PATCH"_s});
    const ObjectPermissions after = read(jobObject(id));
    QCOMPARE(after.find(kAna)->directLevel, u"IS_OWNER"_s);
    QCOMPARE(after.find({Principal::Kind::User, m_ws->emulator().userName(), {}})->directLevel,
             u"CAN_MANAGE"_s);
}

void TestPermissionsDialog::nobodyLocksThemselvesOut()
{
    auto &store = m_ws->emulator().workspace();
    store.mkdirs(u"/Shared/mine"_s);
    const PermissionObject folder =
        workspaceObject(PermissionObject::Type::Directory, u"/Shared/mine"_s);
    const Principal me{Principal::Kind::User, m_ws->emulator().userName(), {}};
    QVERIFY(patch(folder, {{me, u"CAN_MANAGE"_s}, {kUsers, u"CAN_READ"_s}}));
    // Not an admin: the direct entry is the only manage right.
    m_ws->emulator().setUserGroups({u"users"_s});

    auto dialog = open(folder);
    QVERIFY(dialog);
    const int row = dialog->model()->rowOf(me);
    dialog->view()->selectRow(row);
    QTest::mouseClick(button(*dialog, "permissionsRemove"), Qt::LeftButton);
    QVERIFY2(dialog->problemText().contains(u"lose your own right to manage"_s),
             qPrintable(dialog->problemText()));
    QVERIFY(!button(*dialog, "permissionsApply")->isEnabled());

    // Lowering it is caught the same way; keeping it is fine.
    dialog->model()->setLevel(row, u"CAN_EDIT"_s);
    QVERIFY(!dialog->problemText().isEmpty());
    dialog->model()->setLevel(row, u"CAN_MANAGE"_s);
    QVERIFY(dialog->problemText().isEmpty());
}

void TestPermissionsDialog::aRefusalKeepsTheEdit()
{
    const qint64 id = addJob(u"refused"_s);
    auto dialog = open(jobObject(id));
    QVERIFY(dialog);
    const Principal ghost{Principal::Kind::User, u"ghost@brickdesk.dev"_s, u"Ghost"_s};
    dialog->model()->grant(ghost, u"CAN_VIEW"_s);
    QSignalSpy applied(dialog.get(), &PermissionsDialog::applied);
    QTest::mouseClick(button(*dialog, "permissionsApply"), Qt::LeftButton);
    QVERIFY(applied.wait(20000));
    QCOMPARE(applied.first().first().toBool(), false);
    QVERIFY2(dialog->errorText().contains(u"ghost@brickdesk.dev"_s),
             qPrintable(dialog->errorText()));
    QVERIFY(dialog->errorText().contains(u"your edit is kept"_s));
    QVERIFY(dialog->model()->isModified());
    QVERIFY(dialog->model()->rowOf(ghost) >= 0);
    QVERIFY(!read(jobObject(id)).find(ghost));
}

void TestPermissionsDialog::grantOnSeveralObjectsWithOneFailure()
{
    const qint64 mine = addJob(u"mine"_s);
    const qint64 alreadyShared = addJob(u"shared"_s);
    const qint64 theirs = addJob(u"theirs"_s, kAna.aclName);
    QVERIFY(patch(jobObject(alreadyShared), {{kEngineers, u"CAN_MANAGE"_s}}));
    // Not an admin: Ana's job cannot be changed by the signed-in user.
    m_ws->emulator().setUserGroups({u"users"_s});

    GrantPermissionsDialog dialog(&m_ws->client(), u"demo"_s,
                                  {jobObject(mine), jobObject(alreadyShared), jobObject(theirs)});
    dialog.show();
    QCOMPARE(dialog.levels(), (QStringList{u"CAN_VIEW"_s, u"CAN_MANAGE_RUN"_s, u"CAN_MANAGE"_s}));
    QVERIFY(!button(dialog, "grantApply")->isEnabled());
    PrincipalPickerDialog::setAnswerForTesting(PrincipalPickerDialog::Answer{kEngineers, {}});
    QTest::mouseClick(button(dialog, "grantChoosePrincipal"), Qt::LeftButton);
    QTRY_VERIFY(button(dialog, "grantApply")->isEnabled());
    dialog.setLevel(u"CAN_MANAGE_RUN"_s);

    QSignalSpy finished(&dialog, &GrantPermissionsDialog::finished);
    QTest::mouseClick(button(dialog, "grantApply"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(dialog.resultText(0), u"Granted"_s);
    QCOMPARE(dialog.resultText(1), u"Already has Can manage; kept"_s);
    QVERIFY2(dialog.resultText(2).startsWith(u"Failed: "_s), qPrintable(dialog.resultText(2)));
    QVERIFY(dialog.resultText(2).contains(u"PERMISSION_DENIED"_s));
    QVERIFY2(dialog.errorText().contains(u"Done on 2 of 3 objects; 1 failed"_s),
             qPrintable(dialog.errorText()));
    m_ws->emulator().setUserGroups({u"admins"_s, u"users"_s});
    QCOMPARE(read(jobObject(mine)).find(kEngineers)->directLevel, u"CAN_MANAGE_RUN"_s);
    QCOMPARE(read(jobObject(alreadyShared)).find(kEngineers)->directLevel, u"CAN_MANAGE"_s);
    const ObjectPermissions theirsAfter = read(jobObject(theirs));
    QVERIFY(!theirsAfter.find(kEngineers) || theirsAfter.find(kEngineers)->directLevel.isEmpty());
}

void TestPermissionsDialog::everyAreaOpensPermissions()
{
    QWidget window;
    window.show();
    const auto openedFrom = [&window](QAction *action) -> QDialog * {
        const auto before = window.findChildren<QDialog *>();
        action->trigger();
        const auto after = window.findChildren<QDialog *>();
        for (QDialog *dialog : after) {
            if (!before.contains(dialog))
                return dialog;
        }
        return nullptr;
    };

    auto *jobsView = new QWidget(&window);
    JobsActions jobs(jobsView);
    jobs.setConnection(&m_ws->client(), u"demo"_s);
    QVERIFY(!jobs.permissionsAction()->isEnabled());
    const qint64 id = addJob(u"wired"_s);
    jobs.setJob(
        QJsonObject{{"job_id"_L1, id}, {"settings"_L1, QJsonObject{{"name"_L1, u"wired"_s}}}});
    QVERIFY(jobs.permissionsAction()->isEnabled());
    QCOMPARE(jobs.permissionsAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    auto *single = qobject_cast<PermissionsDialog *>(openedFrom(jobs.permissionsAction()));
    QVERIFY(single);
    QCOMPARE(single->object().type, PermissionObject::Type::Job);
    QCOMPARE(single->object().id, QString::number(id));
    QCOMPARE(single->object().name, u"wired"_s);
    single->close();

    // Several selected jobs get one grant.
    jobs.setSelectedJobs({QJsonObject{{"job_id"_L1, id}}, QJsonObject{{"job_id"_L1, id + 1}}});
    auto *grant = qobject_cast<GrantPermissionsDialog *>(openedFrom(jobs.permissionsAction()));
    QVERIFY(grant);
    QCOMPARE(grant->objects().size(), 2);
    grant->close();

    auto *clustersView = new QWidget(&window);
    ClustersActions clusters(clustersView);
    clusters.setConnection(&m_ws->client(), u"demo"_s, nullptr);
    clusters.setCluster(QJsonObject{{"cluster_id"_L1, u"0412-081530-shrd7k2q"_s},
                                    {"cluster_name"_L1, u"shared-analytics"_s},
                                    {"state"_L1, u"RUNNING"_s}});
    auto *cluster = qobject_cast<PermissionsDialog *>(openedFrom(clusters.permissionsAction()));
    QVERIFY(cluster);
    QCOMPARE(cluster->object().type, PermissionObject::Type::Cluster);
    QSignalSpy loaded(cluster, &PermissionsDialog::loaded);
    QVERIFY(cluster->isLoaded() || loaded.wait(20000));
    QVERIFY2(cluster->isLoaded(), qPrintable(cluster->errorText()));
    QVERIFY(cluster->model()->rowCount() > 0);
    cluster->close();
}

QTEST_MAIN(TestPermissionsDialog)
#include "tst_permissionsdialog.moc"
