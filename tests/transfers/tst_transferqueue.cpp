#include "core/transfers/conflictresolver.h"
#include "core/transfers/transfermodel.h"
#include "core/transfers/transferqueue.h"
#include "tests/support/scriptedtransfer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;
using brickdesk::test::ScriptedTransfer;

namespace {

int countInState(const TransferQueue &queue, Transfer::State state)
{
    return int(std::count_if(queue.transfers().cbegin(), queue.transfers().cend(),
                             [state](const Transfer *t) { return t->state() == state; }));
}

QList<ScriptedTransfer *> addScripted(TransferQueue &queue, int count, qint64 size = 100)
{
    QList<ScriptedTransfer *> transfers;
    QList<Transfer *> batch;
    for (int i = 0; i < count; ++i) {
        auto *transfer = new ScriptedTransfer(u"file%1.bin"_s.arg(i), size);
        transfers.append(transfer);
        batch.append(transfer);
    }
    queue.add(batch);
    return transfers;
}

} // namespace

class TestTransferQueue : public QObject
{
    Q_OBJECT

private slots:
    void runsAtMostMaxRunningInOrder()
    {
        TransferQueue queue;
        queue.setMaxRunning(3);
        const auto transfers = addScripted(queue, 7);
        QTRY_COMPARE(countInState(queue, Transfer::State::Running), 3);
        QCOMPARE(transfers.at(0)->state(), Transfer::State::Running);
        QCOMPARE(transfers.at(2)->state(), Transfer::State::Running);
        QCOMPARE(transfers.at(3)->state(), Transfer::State::Queued);

        transfers.at(1)->complete();
        QTRY_COMPARE(transfers.at(3)->state(), Transfer::State::Running);
        QCOMPARE(countInState(queue, Transfer::State::Running), 3);

        QSignalSpy idle(&queue, &TransferQueue::idle);
        for (ScriptedTransfer *transfer : transfers) {
            if (transfer->isFinished())
                continue;
            QTRY_COMPARE(transfer->state(), Transfer::State::Running);
            transfer->complete();
        }
        QTRY_COMPARE(idle.size(), 1);
        QCOMPARE(queue.summary().succeeded, 7);
        QVERIFY(!queue.isBusy());
    }

    void cancelStopsRunningAndQueued()
    {
        TransferQueue queue;
        queue.setMaxRunning(2);
        const auto transfers = addScripted(queue, 4);
        QTRY_COMPARE(transfers.at(1)->state(), Transfer::State::Running);

        transfers.at(2)->cancel(); // still queued: never runs
        transfers.at(0)->cancel(); // running: aborted
        QCOMPARE(transfers.at(0)->state(), Transfer::State::Cancelled);
        QCOMPARE(transfers.at(0)->aborts, 1);
        QCOMPARE(transfers.at(2)->runs, 0);
        QTRY_COMPARE(transfers.at(3)->state(), Transfer::State::Running);

        // A late "done" from a cancelled transfer's traffic changes nothing.
        transfers.at(0)->complete();
        QCOMPARE(transfers.at(0)->state(), Transfer::State::Cancelled);

        queue.cancelAll();
        QCOMPARE(countInState(queue, Transfer::State::Cancelled), 4);
        QCOMPARE(transfers.at(2)->runs, 0);
        QVERIFY(!queue.isBusy());
    }

    void retryFailedRunsThemAgain()
    {
        TransferQueue queue;
        const auto transfers = addScripted(queue, 3);
        QTRY_COMPARE(transfers.at(2)->state(), Transfer::State::Running);
        transfers.at(0)->complete();
        transfers.at(1)->failWith(u"Connection reset"_s);
        transfers.at(2)->skipWith(u"Exists"_s);
        QCOMPARE(transfers.at(1)->message(), u"Connection reset"_s);

        QCOMPARE(queue.retryFailed(), 1);
        QCOMPARE(transfers.at(1)->resets, 1);
        QVERIFY(transfers.at(1)->message().isEmpty());
        QTRY_COMPARE(transfers.at(1)->runs, 2);
        QCOMPARE(transfers.at(0)->runs, 1);
        QCOMPARE(transfers.at(2)->runs, 1);
        transfers.at(1)->complete();
        const TransferQueue::Summary summary = queue.summary();
        QCOMPARE(summary.succeeded, 2);
        QCOMPARE(summary.skipped, 1);
        QCOMPARE(summary.failed, 0);
    }

    void summaryCountsBytesAndFraction()
    {
        TransferQueue queue;
        const auto transfers = addScripted(queue, 2, 1000);
        QTRY_COMPARE(transfers.at(1)->state(), Transfer::State::Running);
        transfers.at(0)->progress(250);
        transfers.at(1)->progress(750);
        TransferQueue::Summary summary = queue.summary();
        QCOMPARE(summary.bytesTotal, 2000);
        QCOMPARE(summary.bytesDone, 1000);
        QCOMPARE(summary.fraction(), 0.5);
        transfers.at(0)->complete();
        QCOMPARE(transfers.at(0)->bytesDone(), 1000);
        summary = queue.summary();
        QCOMPARE(summary.running, 1);
        QCOMPARE(summary.succeeded, 1);
    }

    void clearFinishedKeepsRunning()
    {
        TransferQueue queue;
        const auto transfers = addScripted(queue, 5);
        QTRY_COMPARE(transfers.at(4)->state(), Transfer::State::Running);
        transfers.at(0)->complete();
        transfers.at(1)->complete();
        transfers.at(3)->failWith(u"x"_s);
        QSignalSpy removed(&queue, &TransferQueue::removed);
        queue.clearFinished();
        QCOMPARE(queue.count(), 2);
        QCOMPARE(queue.at(0), transfers.at(2));
        QCOMPARE(queue.at(1), transfers.at(4));
        QCOMPARE(queue.rowOf(transfers.at(4)), 1);
        QCOMPARE(removed.size(), 2); // two separate runs of finished rows
    }

    void modelFollowsTheQueue()
    {
        TransferQueue queue;
        queue.setMaxRunning(2);
        TransferModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQueue(&queue);
        const auto transfers = addScripted(queue, 4, 2048);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, TransferModel::NameColumn).data().toString(), u"file0.bin"_s);

        QTRY_COMPARE(transfers.at(0)->state(), Transfer::State::Running);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        transfers.at(0)->progress(1024);
        transfers.at(1)->progress(512);
        QVERIFY(changed.wait()); // gathered, then announced once
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, 0).data(TransferModel::FractionRole).toDouble(), 0.5);
        QCOMPARE(model.index(0, TransferModel::ProgressColumn).data().toString(), u"50%"_s);

        transfers.at(0)->failWith(u"Quota exceeded"_s);
        QCOMPARE(model.index(0, TransferModel::StatusColumn).data().toString(),
                 u"Failed: Quota exceeded"_s);
        QCOMPARE(model.index(0, 0).data(TransferModel::StateRole).value<Transfer::State>(),
                 Transfer::State::Failed);
        transfers.at(1)->complete();
        queue.clearFinished();
        QCOMPARE(model.rowCount(), 2);
        model.setQueue(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void speedAndTimeLeft()
    {
        TransferQueue queue;
        const auto transfers = addScripted(queue, 1, 10'000'000);
        QTRY_COMPARE(transfers.at(0)->state(), Transfer::State::Running);
        QCOMPARE(transfers.at(0)->secondsRemaining(), -1); // no speed yet
        // Speed needs a span of time: report until at least a millisecond passed.
        ScriptedTransfer *transfer = transfers.at(0);
        QTRY_VERIFY((transfer->progress(1'000'000), transfer->bytesPerSecond() > 0));
        QVERIFY(transfers.at(0)->secondsRemaining() > 0);
        QCOMPARE(TransferModel::durationText(75), u"1 min 15 s"_s);
    }
};

class TestConflictResolver : public QObject
{
    Q_OBJECT

private slots:
    void fixedPolicyAnswersAtOnce()
    {
        ConflictResolver resolver(ConflictResolver::Policy::KeepBoth);
        QObject context;
        std::optional<ConflictChoice> choice;
        resolver.resolve({u"a"_s, u"dbfs:/a"_s, true, 0}, &context,
                         [&](ConflictChoice c) { choice = c; });
        QCOMPARE(choice, ConflictChoice::KeepBoth);
        // Where a new name is impossible, Keep Both becomes Skip.
        resolver.resolve({u"b"_s, u"/b"_s, false, 0}, &context,
                         [&](ConflictChoice c) { choice = c; });
        QCOMPARE(choice, ConflictChoice::Skip);
    }

    void asksOneAtATimeAndApplyToAllAnswersTheRest()
    {
        QList<ConflictResolver::Question> asked;
        QList<ConflictResolver::Answer> answers;
        ConflictResolver resolver(
            ConflictResolver::Policy::Ask,
            [&](const ConflictResolver::Question &question, ConflictResolver::Answer answer) {
                asked.append(question);
                answers.append(std::move(answer));
            });
        QObject context;
        QList<ConflictChoice> choices;
        for (int i = 0; i < 4; ++i)
            resolver.resolve({u"f%1"_s.arg(i), u"dbfs:/f%1"_s.arg(i), true, 0}, &context,
                             [&](ConflictChoice c) { choices.append(c); });
        QVERIFY(asked.isEmpty());      // asked from the event loop, once all are known
        QTRY_COMPARE(asked.size(), 1); // one question on screen at a time
        QCOMPARE(asked.first().remaining, 3);

        answers.takeFirst()(ConflictChoice::Skip, false);
        QCOMPARE(choices, QList<ConflictChoice>{ConflictChoice::Skip});
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.last().name, u"f1"_s);
        QCOMPARE(asked.last().remaining, 2); // f2 and f3 wait behind it

        answers.takeFirst()(ConflictChoice::Overwrite, true);
        QCOMPARE(choices.size(), 4);
        QCOMPARE(choices.last(), ConflictChoice::Overwrite);
        QCOMPARE(asked.size(), 2); // nobody else was asked
        QCOMPARE(resolver.policy(), ConflictResolver::Policy::Overwrite);

        // Later conflicts of the batch get the same answer without a question.
        resolver.resolve({u"g"_s, u"dbfs:/g"_s, true, 0}, &context,
                         [&](ConflictChoice c) { choices.append(c); });
        QCOMPARE(choices.size(), 5);
        QCOMPARE(asked.size(), 2);
    }

    void goneContextIsNotAsked()
    {
        int questions = 0;
        ConflictResolver::Answer pending;
        ConflictResolver resolver(
            ConflictResolver::Policy::Ask,
            [&](const ConflictResolver::Question &, ConflictResolver::Answer answer) {
                ++questions;
                pending = std::move(answer);
            });
        QObject keep;
        auto *gone = new QObject;
        bool goneCalled = false;
        std::optional<ConflictChoice> kept;
        resolver.resolve({u"a"_s, u"/a"_s, true, 0}, &keep, [&](ConflictChoice c) { kept = c; });
        resolver.resolve({u"b"_s, u"/b"_s, true, 0}, gone,
                         [&](ConflictChoice) { goneCalled = true; });
        delete gone;
        QTRY_VERIFY(pending);
        pending(ConflictChoice::Overwrite, false);
        QCOMPARE(kept, ConflictChoice::Overwrite);
        QCOMPARE(questions, 1); // the second transfer went away: no question
        QVERIFY(!goneCalled);
    }

    void withoutAskerAskMeansSkip()
    {
        ConflictResolver resolver(ConflictResolver::Policy::Ask);
        QObject context;
        std::optional<ConflictChoice> choice;
        resolver.resolve({u"a"_s, u"/a"_s, true, 0}, &context,
                         [&](ConflictChoice c) { choice = c; });
        QCOMPARE(choice, ConflictChoice::Skip);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int status = 0;
    {
        TestTransferQueue test;
        status |= QTest::qExec(&test, argc, argv);
    }
    {
        TestConflictResolver test;
        status |= QTest::qExec(&test, argc, argv);
    }
    return status;
}

#include "tst_transferqueue.moc"
