#include "app/common/confirmdialog.h"
#include "app/common/conflictdialog.h"
#include "app/common/testseam.h"
#include "app/common/transferpanel.h"
#include "app/connections/connectionservices.h"
#include "app/mainwindow.h"
#include "app/shell/workspacepane.h"
#include "core/transfers/transfermodel.h"
#include "core/transfers/transferqueue.h"
#include "tests/support/scriptedtransfer.h"
#include "tests/support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace brickdesk;
using brickdesk::test::ScriptedTransfer;

namespace {

QList<ScriptedTransfer *> addScripted(TransferQueue &queue, int count)
{
    QList<ScriptedTransfer *> transfers;
    QList<Transfer *> batch;
    for (int i = 0; i < count; ++i) {
        auto *transfer = new ScriptedTransfer(u"part-%1.csv"_s.arg(i), 1024 * 1024);
        transfers.append(transfer);
        batch.append(transfer);
    }
    queue.add(batch);
    return transfers;
}

Profile sessionProfile(const QUrl &host)
{
    Profile profile;
    profile.id = u"t"_s;
    profile.displayName = u"Transfers"_s;
    profile.host = host;
    profile.origin = Profile::Origin::Environment;
    return profile;
}

} // namespace

class TestTransferPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"BrickdeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_transferpanel"_s);
        QSettings().clear();
    }

    void cleanup() { resetTestSeams(); }

    void showsProgressSummaryAndFailures()
    {
        TransferQueue queue;
        queue.setMaxRunning(2);
        TransferPanel panel;
        QAbstractItemModelTester tester(panel.view()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setQueue(&queue);
        QVERIFY(panel.summaryText().contains(u"appear here"_s));
        QVERIFY(!panel.cancelAllButton()->isEnabled());

        const auto transfers = addScripted(queue, 4);
        QVERIFY(panel.isVisible()); // new work shows the panel
        QTRY_COMPARE(transfers.at(1)->state(), Transfer::State::Running);
        transfers.at(0)->progress(512 * 1024);
        QTRY_VERIFY(panel.summaryText().contains(u"0 of 4 done"_s));
        QVERIFY(panel.summaryText().contains(u"2 running"_s));
        QVERIFY(panel.summaryText().contains(u"2 waiting"_s));
        QVERIFY(panel.cancelAllButton()->isEnabled());

        transfers.at(0)->complete();
        transfers.at(1)->failWith(u"PERMISSION_DENIED: no write access to /mnt/raw"_s);
        QTRY_VERIFY(panel.retryButton()->isEnabled());
        QVERIFY(panel.summaryText().contains(u"1 failed"_s));

        // Failures only: the reasons, without the successes around them.
        panel.failuresOnlyButton()->click();
        QCOMPARE(panel.view()->model()->rowCount(), 1);
        const QString status =
            panel.view()->model()->index(0, TransferModel::StatusColumn).data().toString();
        QVERIFY(status.contains(u"no write access"_s));
        panel.failuresOnlyButton()->click();
        QCOMPARE(panel.view()->model()->rowCount(), 4);

        panel.retryButton()->click();
        QCOMPARE(transfers.at(1)->state(), Transfer::State::Queued); // both slots are busy
        QTRY_COMPARE(transfers.at(3)->state(), Transfer::State::Running);
        transfers.at(2)->complete();
        QTRY_COMPARE(transfers.at(1)->runs, 2);
    }

    void cancelSelectedAndAll()
    {
        TransferQueue queue;
        queue.setMaxRunning(1);
        TransferPanel panel;
        panel.setQueue(&queue);
        const auto transfers = addScripted(queue, 3);
        QTRY_COMPARE(transfers.at(0)->state(), Transfer::State::Running);

        panel.view()->selectRow(0);
        QVERIFY(panel.cancelButton()->isEnabled());
        panel.cancelButton()->click();
        QCOMPARE(transfers.at(0)->state(), Transfer::State::Cancelled);
        QCOMPARE(transfers.at(0)->aborts, 1);
        QTRY_COMPARE(transfers.at(1)->state(), Transfer::State::Running);

        panel.cancelAllButton()->click();
        QCOMPARE(transfers.at(1)->state(), Transfer::State::Cancelled);
        QCOMPARE(transfers.at(2)->state(), Transfer::State::Cancelled);
        QCOMPARE(transfers.at(2)->runs, 0);
        QTRY_VERIFY(panel.summaryText().contains(u"3 cancelled"_s));

        panel.clearButton()->click();
        QCOMPARE(queue.count(), 0);
    }

    void conflictDialogAnswersWithApplyToAll()
    {
        ConflictResolver::Question question{u"report.csv"_s, u"dbfs:/FileStore/report.csv"_s, true,
                                            2};
        ConflictDialog dialog(question);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        QSignalSpy answered(&dialog, &ConflictDialog::answered);
        dialog.show();
        auto *applyToAll = dialog.findChild<QCheckBox *>(u"applyToAll"_s);
        QVERIFY(applyToAll);
        QVERIFY(applyToAll->text().contains(u"2 other"_s));
        applyToAll->setChecked(true);
        QPushButton *overwrite = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>())
            if (button->text().remove(u'&') == u"Overwrite"_s)
                overwrite = button;
        QVERIFY(overwrite);
        QVERIFY(!overwrite->isDefault()); // Enter never overwrites
        overwrite->click();
        QCOMPARE(answered.size(), 1);
        QCOMPARE(answered.first().at(0).value<ConflictChoice>(), ConflictChoice::Overwrite);
        QCOMPARE(answered.first().at(1).toBool(), true);
        QVERIFY(!dialog.isVisible());
    }

    void escapeSkips()
    {
        ConflictDialog dialog({u"a.txt"_s, u"/a.txt"_s, false, 0});
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        QSignalSpy answered(&dialog, &ConflictDialog::answered);
        dialog.show();
        dialog.reject();
        QCOMPARE(answered.size(), 1);
        QCOMPARE(answered.first().at(0).value<ConflictChoice>(), ConflictChoice::Skip);
    }

    void closingAWorkspaceWithRunningTransfersAsksFirst()
    {
        test::TestWorkspace workspace;
        QProcessEnvironment environment;
        environment.insert(u"HOME"_s, QDir::homePath());
        ConnectionServices services(environment, u"Brickdesk-test"_s);
        MainWindow window(&services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WorkspacePane *pane = window.openProfile(
            sessionProfile(workspace.url()), {{u"token"_s, QString::fromLatin1(test::kTestToken)}});
        QTRY_COMPARE(pane->state(), WorkspacePane::State::Connected);
        QCOMPARE(window.transferPanel()->queue(), pane->transferQueue());
        const auto transfers = addScripted(*pane->transferQueue(), 2);
        QTRY_COMPARE(transfers.at(0)->state(), Transfer::State::Running);

        ConfirmDialog::setAnswerForTesting(false);
        window.closeWorkspace(pane);
        QTRY_VERIFY(ConfirmDialog::lastQuestionForTesting().contains(u"2 unfinished"_s));
        QVERIFY(ConfirmDialog::lastQuestionForTesting().contains(u"Transfers"_s));
        QCOMPARE(window.workspaces().size(), 1); // the user said no
        QCOMPARE(transfers.at(0)->state(), Transfer::State::Running);

        ConfirmDialog::setAnswerForTesting(true);
        QPointer<WorkspacePane> closing(pane);
        window.closeWorkspace(pane);
        QTRY_VERIFY(closing.isNull());
        QVERIFY(window.workspaces().isEmpty());
        QCOMPARE(window.transferPanel()->queue(), nullptr);
    }
};

QTEST_MAIN(TestTransferPanel)
#include "tst_transferpanel.moc"
