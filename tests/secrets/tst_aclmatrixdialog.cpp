// The ACL matrix dialog and the principal picker, offscreen against the demo
// workspace: editing a cell through the delegate, Apply with its progress and
// its list of failures, adding a principal through the picker's test seam,
// the picker's own search, and the question before closing with changes.
#include "app/common/confirmdialog.h"
#include "app/common/principalpickerdialog.h"
#include "app/common/testseam.h"
#include "app/secrets/aclmatrixdialog.h"
#include "core/emulator/demoseed.h"
#include "core/secrets/aclmatrixmodel.h"
#include "tests/support/testworkspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

constexpr int kNone = AclMatrixModel::kNoPermission;

int storedLevel(test::TestWorkspace &workspace, const QString &scope, const QString &principal)
{
    const emulator::SecretScope *found = workspace.emulator().secrets().findScope(scope);
    const emulator::SecretAcl *acl = found ? found->acl(principal) : nullptr;
    return acl ? int(acl->permission) - 1 : kNone;
}

QPushButton *button(QWidget &dialog, const char *name)
{
    return dialog.findChild<QPushButton *>(QLatin1StringView(name));
}

// Edits the cell as a user does: the view's delegate opens its combo box,
// the choice is made, the delegate writes it to the model.
void chooseLevel(AclMatrixDialog &dialog, const QString &principal, const QString &scope,
                 const QString &levelText)
{
    AclMatrixModel *model = dialog.model();
    QTableView *view = dialog.view();
    const QModelIndex source =
        model->index(model->rowOfPrincipal(principal), model->columnOfScope(scope));
    QVERIFY(source.isValid());
    const QModelIndex index = view->model()->index(source.row(), source.column());
    QAbstractItemDelegate *delegate = view->itemDelegateForIndex(index);
    QStyleOptionViewItem option;
    std::unique_ptr<QWidget> editor(delegate->createEditor(view->viewport(), option, index));
    auto *combo = qobject_cast<QComboBox *>(editor.get());
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->itemText(0), u"None"_s);
    delegate->setEditorData(combo, index);
    QCOMPARE(combo->currentData().toInt(), source.data(Qt::EditRole).toInt());
    const int at = combo->findText(levelText);
    QVERIFY(at >= 0);
    combo->setCurrentIndex(at);
    delegate->setModelData(combo, view->model(), index);
}

bool waitLoaded(AclMatrixDialog &dialog)
{
    return QTest::qWaitFor(
        [&] { return !dialog.model()->isLoading() && dialog.model()->columnCount() > 0; }, 20000);
}

} // namespace

class TestAclMatrixDialog : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void editAndApply();
    void failuresAreListed();
    void addPrincipalThroughThePicker();
    void closingWithChangesAsks();
    void pickerSearches();
    void pendingBoldFailedRed();
    void accessibleControls();
};

void TestAclMatrixDialog::cleanup()
{
    resetTestSeams();
}

void TestAclMatrixDialog::editAndApply()
{
    test::TestWorkspace workspace(emulator::Seed::Demo);
    AclMatrixDialog dialog(&workspace.client(), u"demo"_s);
    dialog.show();
    QCOMPARE(dialog.windowTitle(), u"Secret Scope Permissions — demo"_s);
    QVERIFY(!dialog.isModal());
    QVERIFY(waitLoaded(dialog));
    QTRY_VERIFY(dialog.statusText().contains("Read the permissions of 5 scopes"_L1));
    QPushButton *apply = button(dialog, "aclApply");
    QVERIFY(!apply->isEnabled());

    chooseLevel(dialog, u"analysts"_s, u"prod-warehouse"_s, u"Manage"_s);
    chooseLevel(dialog, u"platform"_s, u"prod-warehouse"_s, u"Read"_s);
    chooseLevel(dialog, u"users"_s, u"ml-platform"_s, u"None"_s);
    QCOMPARE(dialog.model()->pendingChangeCount(), 3);
    QVERIFY(apply->isEnabled());
    QVERIFY(button(dialog, "aclDiscard")->isEnabled());

    // The view renders pending cells in bold.
    const QModelIndex pending =
        dialog.view()->model()->index(dialog.model()->rowOfPrincipal(u"analysts"_s),
                                      dialog.model()->columnOfScope(u"prod-warehouse"_s));
    QCOMPARE(pending.data().toString(), u"Manage"_s);

    QStringList statuses;
    connect(dialog.model(), &AclMatrixModel::applyProgress, &dialog,
            [&] { statuses << dialog.statusText(); });
    QSignalSpy changed(&dialog, &AclMatrixDialog::aclsChanged);
    QSignalSpy finished(dialog.model(), &AclMatrixModel::applyFinished);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(statuses.mid(0, 3),
             (QStringList{u"Writing 1 of 3…"_s, u"Writing 2 of 3…"_s, u"Writing 3 of 3…"_s}));
    QCOMPARE(dialog.statusText(), u"Every change was written."_s);
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toStringList(),
             (QStringList{u"ml-platform"_s, u"prod-warehouse"_s}));
    QVERIFY(!apply->isEnabled());

    QCOMPARE(storedLevel(workspace, u"prod-warehouse"_s, u"analysts"_s),
             int(SecretPermission::Manage));
    QCOMPARE(storedLevel(workspace, u"prod-warehouse"_s, u"platform"_s),
             int(SecretPermission::Read));
    QCOMPARE(storedLevel(workspace, u"ml-platform"_s, u"users"_s), kNone);
}

void TestAclMatrixDialog::failuresAreListed()
{
    test::TestWorkspace workspace(emulator::Seed::Demo);
    AclMatrixDialog dialog(&workspace.client(), u"demo"_s);
    dialog.show();
    QVERIFY(waitLoaded(dialog));
    chooseLevel(dialog, u"analysts"_s, u"ml-platform"_s, u"Read"_s);
    chooseLevel(dialog, u"data-engineers"_s, u"ml-platform"_s, u"Write"_s);
    chooseLevel(dialog, u"platform"_s, u"team-analytics"_s, u"Read"_s);

    emulator::FaultRule rule;
    rule.kind = emulator::FaultRule::Kind::ServerError;
    rule.pathPattern = u"/api/2.0/secrets/acls/put"_s;
    rule.status = 500;
    rule.skip = 1;
    rule.remaining = 1;
    workspace.emulator().faults().addRule(rule);

    QSignalSpy finished(dialog.model(), &AclMatrixModel::applyFinished);
    QTest::mouseClick(button(dialog, "aclApply"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    const QString error = dialog.errorText();
    QVERIFY2(error.startsWith(u"1 change failed: data-engineers on “ml-platform”"_s),
             qPrintable(error));
    QVERIFY(!error.contains("analysts"_L1));
    QVERIFY(!error.contains("team-analytics"_L1));
    // The failed cell stays pending, so Apply may try it again.
    QVERIFY(button(dialog, "aclApply")->isEnabled());
    QCOMPARE(dialog.model()->pendingChangeCount(), 1);
    QCOMPARE(storedLevel(workspace, u"team-analytics"_s, u"platform"_s),
             int(SecretPermission::Read));
}

void TestAclMatrixDialog::addPrincipalThroughThePicker()
{
    test::TestWorkspace workspace(emulator::Seed::Demo);
    AclMatrixDialog dialog(&workspace.client(), u"demo"_s);
    dialog.show();
    QVERIFY(waitLoaded(dialog));
    const QString dbt = QLatin1StringView(emulator::DemoSeed::kDbtApplicationId);
    QCOMPARE(dialog.model()->rowOfPrincipal(dbt), -1);

    // Cancel first: nothing is added.
    PrincipalPickerDialog::setAnswerForTesting(PrincipalPickerDialog::Answer{});
    const int rows = dialog.model()->rowCount();
    QTest::mouseClick(button(dialog, "aclAddPrincipal"), Qt::LeftButton);
    QCOMPARE(dialog.model()->rowCount(), rows);

    PrincipalPickerDialog::setAnswerForTesting(PrincipalPickerDialog::Answer{
        {Principal::Kind::ServicePrincipal, dbt, u"dbt-cloud"_s}, {}});
    QTest::mouseClick(button(dialog, "aclAddPrincipal"), Qt::LeftButton);
    QTRY_VERIFY(dialog.model()->rowOfPrincipal(dbt) >= 0);
    // Pre-answers arrive in order: the cancelled one added nothing.
    QCOMPARE(dialog.model()->rowCount(), rows + 1);
    const int row = dialog.model()->rowOfPrincipal(dbt);
    QCOMPARE(dialog.view()->currentIndex().row(), row);
    QCOMPARE(dialog.model()->headerData(row, Qt::Vertical).toString(),
             u"dbt-cloud (%1)"_s.arg(dbt));
    // The row header has the service principal's icon.
    QVERIFY(!dialog.view()
                 ->model()
                 ->headerData(row, Qt::Vertical, Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());

    chooseLevel(dialog, dbt, u"etl-credentials"_s, u"Read"_s);
    QSignalSpy finished(dialog.model(), &AclMatrixModel::applyFinished);
    QTest::mouseClick(button(dialog, "aclApply"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(storedLevel(workspace, u"etl-credentials"_s, dbt), int(SecretPermission::Read));
}

void TestAclMatrixDialog::closingWithChangesAsks()
{
    test::TestWorkspace workspace(emulator::Seed::Demo);
    AclMatrixDialog dialog(&workspace.client(), u"demo"_s);
    dialog.show();
    QVERIFY(waitLoaded(dialog));
    chooseLevel(dialog, u"analysts"_s, u"ml-platform"_s, u"Write"_s);

    ConfirmDialog::setAnswerForTesting(false);
    QTest::mouseClick(button(dialog, "aclClose"), Qt::LeftButton);
    QVERIFY(ConfirmDialog::lastQuestionForTesting().contains("Discard 1 permission change"_L1));
    QVERIFY(ConfirmDialog::lastQuestionForTesting().contains("demo"_L1));
    QVERIFY(!QTest::qWaitFor([&] { return !dialog.isVisible(); }, 200));
    QVERIFY(dialog.model()->hasPendingChanges());

    ConfirmDialog::setAnswerForTesting(true);
    dialog.close();
    QTRY_VERIFY(!dialog.isVisible());
    QVERIFY(!dialog.model()->hasPendingChanges());
    QCOMPARE(storedLevel(workspace, u"ml-platform"_s, u"analysts"_s), kNone);

    // Without pending changes it closes without asking.
    ConfirmDialog::setAnswerForTesting(false);
    dialog.show();
    QTest::mouseClick(button(dialog, "aclClose"), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
}

void TestAclMatrixDialog::pickerSearches()
{
    test::TestWorkspace workspace(emulator::Seed::Demo);
    PrincipalPickerDialog picker(&workspace.client());
    QSignalSpy searched(&picker, &PrincipalPickerDialog::searchFinished);
    picker.show();
    QVERIFY(!picker.hasPermissionChoice());
    picker.setLevels({{u"READ"_s, u"Read"_s}, {u"WRITE"_s, u"Write"_s}});
    QVERIFY(picker.hasPermissionChoice());
    // The first search lists some of everyone at once.
    QVERIFY(searched.wait(20000));
    QVERIFY(picker.results().size() > 10);

    auto *search = picker.findChild<QLineEdit *>(u"principalSearch"_s);
    auto *results = picker.findChild<QListWidget *>(u"principalResults"_s);
    QVERIFY(search && results);
    // Typing sends one search after the pause, not one per key.
    searched.clear();
    QTest::keyClicks(search, u"ci-dep"_s);
    QVERIFY(searched.wait(20000));
    QVERIFY(!searched.wait(400));
    QCOMPARE(searched.size(), 1);
    const QString appId = QLatin1StringView(emulator::DemoSeed::kCiDeployerApplicationId);
    QCOMPARE(results->count(), 1);
    QCOMPARE(results->item(0)->text(), u"ci-deployer (%1)"_s.arg(appId));
    QVERIFY(!results->item(0)->icon().isNull());

    QVERIFY(!picker.answer());
    results->setCurrentRow(0);
    auto *permission = picker.findChild<QComboBox *>(u"principalPermission"_s);
    permission->setCurrentIndex(permission->findText(u"Write"_s));
    const auto answer = picker.answer();
    QVERIFY(answer);
    QCOMPARE(answer->principal.aclName, appId);
    QCOMPARE(answer->principal.kind, Principal::Kind::ServicePrincipal);
    QCOMPARE(answer->level, u"WRITE"_s);
}

namespace {
// Reaches the delegate's style so the test can see what a cell looks like.
class StyleProbe : public AclLevelDelegate
{
public:
    using AclLevelDelegate::AclLevelDelegate;
    QStyleOptionViewItem style(const QModelIndex &index) const
    {
        QStyleOptionViewItem option;
        initStyleOption(&option, index);
        return option;
    }
};
} // namespace

void TestAclMatrixDialog::pendingBoldFailedRed()
{
    test::TestWorkspace workspace(emulator::Seed::Demo);
    AclMatrixDialog dialog(&workspace.client(), u"demo"_s);
    dialog.show();
    QVERIFY(waitLoaded(dialog));
    AclMatrixModel *model = dialog.model();
    const auto at = [&](const QString &principal, const QString &scope) {
        return dialog.view()->model()->index(model->rowOfPrincipal(principal),
                                             model->columnOfScope(scope));
    };
    StyleProbe probe;
    const QModelIndex plain = at(u"analysts"_s, u"prod-warehouse"_s);
    QVERIFY(!probe.style(plain).font.bold());

    chooseLevel(dialog, u"analysts"_s, u"prod-warehouse"_s, u"Write"_s);
    QVERIFY(probe.style(plain).font.bold());
    const QColor normal = probe.style(plain).palette.color(QPalette::Text);

    workspace.emulator().faults().serverError(u"/api/2.0/secrets/acls/put"_s, 500, 1);
    QSignalSpy finished(model, &AclMatrixModel::applyFinished);
    QTest::mouseClick(button(dialog, "aclApply"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    const QStyleOptionViewItem failed = probe.style(plain);
    QVERIFY(failed.font.bold()); // still pending
    QVERIFY(failed.palette.color(QPalette::Text) != normal);
    QCOMPARE(failed.palette.color(QPalette::Text), QColor(0xb4, 0x23, 0x18));
}

void TestAclMatrixDialog::accessibleControls()
{
    test::TestWorkspace workspace(emulator::Seed::Demo);
    AclMatrixDialog dialog(&workspace.client(), u"demo"_s);
    PrincipalPickerDialog picker(&workspace.client());
    for (QWidget *root : {static_cast<QWidget *>(&dialog), static_cast<QWidget *>(&picker)}) {
        const QList<QWidget *> controls = root->findChildren<QWidget *>();
        for (QWidget *widget : controls) {
            if (!qobject_cast<QAbstractButton *>(widget) && !qobject_cast<QLineEdit *>(widget) &&
                !qobject_cast<QAbstractItemView *>(widget) && !qobject_cast<QComboBox *>(widget))
                continue;
            if (widget->parentWidget() != root &&
                !qobject_cast<QDialogButtonBox *>(widget->parentWidget()))
                continue; // parts of a composite (the table's corner button, ...)
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }
}

QTEST_MAIN(TestAclMatrixDialog)
#include "tst_aclmatrixdialog.moc"
