// The pipeline models against the emulator over HTTP, each under
// QAbstractItemModelTester: the list, the event log (a tree: an error's
// exceptions are its children) and the updates with their durations.

#include "core/emulator/emulator.h"
#include "core/net/apiclient.h"
#include "core/pipelines/pipelineeventsmodel.h"
#include "core/pipelines/pipelinesmodel.h"
#include "core/pipelines/pipelinesservice.h"
#include "core/pipelines/pipelineupdatesmodel.h"
#include "tests/support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

const QString kLedger = u"c0a8f3e4-1b2d-4c5e-8f90-a1b2c3d4e5f6"_s;
const QString kLedgerFailedUpdate = u"f6e5d4c3-b2a1-4f0e-9d8c-7b6a5f4e3d2c"_s;

} // namespace

class TestPipelineModels : public QObject
{
    Q_OBJECT

private slots:
    void listReadsEveryPipelineAndTheModesOfTheRowsAsked()
    {
        test::TestWorkspace workspace(emulator::Seed::Demo);
        PipelinesModel model(&workspace.client());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &ResourceListModel::loaded);
        model.refresh();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(model.rowCount(), 4);
        const int ledger = model.rowForKey(kLedger);
        QVERIFY(model.index(ledger, PipelinesModel::ModeColumn).data().isNull());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.fetchSpecs({ledger});
        QVERIFY(changed.wait(20000));
        QCOMPARE(model.index(ledger, PipelinesModel::ModeColumn).data().toString(),
                 u"Triggered · development"_s);
        QCOMPARE(model.spec(kLedger).value("catalog"_L1).toString(), u"finance"_s);
        // Asked again, nothing is read twice.
        const auto before = workspace.emulator().requests().size();
        model.fetchSpecs({ledger});
        QCOMPARE(workspace.emulator().requests().size(), before);
    }

    void eventLogIsATreeOfErrorsAndTheirExceptions()
    {
        test::TestWorkspace workspace(emulator::Seed::Demo);
        PipelineEventsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&workspace.client());
        model.setPageSizes(10, 10);
        QSignalSpy page(&model, &PipelineEventsModel::pageLoaded);
        model.load({kLedger, kLedgerFailedUpdate, {}, false});
        QVERIFY(page.wait(20000));
        QCOMPARE(model.eventCount(), 10);
        QVERIFY(model.canLoadMore());
        // Newest first: the update's end comes first, an error with its exceptions.
        QCOMPARE(model.eventAt(0).eventType, u"update_progress"_s);
        QCOMPARE(model.eventAt(0).level, u"ERROR"_s);
        const QModelIndex error = model.index(0, 0);
        QVERIFY(model.rowCount(error) > 0);
        const QModelIndex exception = model.index(0, PipelineEventsModel::TypeColumn, error);
        QCOMPARE(exception.parent(), error);
        QCOMPARE(exception.data().toString(), u"AnalysisException"_s);
        QVERIFY(exception.data(PipelineEventsModel::IsExceptionRole).toBool());

        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(
            !model.canLoadMore() && model.state() == PipelineEventsModel::State::Loaded, 20000);
        for (int row = 0; row < model.eventCount(); ++row)
            QCOMPARE(model.eventAt(row).updateId, kLedgerFailedUpdate);
        const QStringList tables = [&] {
            QList<PipelineEvent> events;
            for (int row = 0; row < model.eventCount(); ++row)
                events.append(model.eventAt(row));
            return PipelineEvent::refreshableDatasets(events);
        }();
        QCOMPARE(tables.size(), 4);
    }

    void aRefusedPageIsAnErrorNotAnEmptyLog()
    {
        test::TestWorkspace workspace(emulator::Seed::Demo);
        PipelineEventsModel model;
        model.setClient(&workspace.client());
        QSignalSpy state(&model, &PipelineEventsModel::stateChanged);
        model.load({u"00000000-0000-0000-0000-000000000000"_s, {}, {}, false});
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), PipelineEventsModel::State::Failed, 20000);
        QVERIFY(model.error());
        QCOMPARE(model.error()->httpStatus, 404);
        QCOMPARE(model.eventCount(), 0);
    }

    void updatesCarryWhatTheyRefreshedAndHowLongTheyTook()
    {
        test::TestWorkspace workspace(emulator::Seed::Demo);
        PipelineUpdatesModel model(&workspace.client());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &ResourceListModel::loaded);
        model.setPipeline(kLedger);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.keyAt(0), kLedgerFailedUpdate); // newest first
        const int failed = model.rowForKey(kLedgerFailedUpdate);
        QCOMPARE(model.index(failed, PipelineUpdatesModel::StateColumn).data().toString(),
                 u"Failed"_s);
        // The end time comes from the update's last event, read after the page.
        QTRY_VERIFY_WITH_TIMEOUT(model.endMs(kLedgerFailedUpdate) > 0, 20000);
        QVERIFY(
            !model.index(failed, PipelineUpdatesModel::DurationColumn).data().toString().isEmpty());
        bool validation = false;
        for (int row = 0; row < model.rowCount(); ++row)
            validation = validation ||
                         model.index(row, PipelineUpdatesModel::RefreshColumn).data().toString() ==
                             u"Validation only"_s;
        QVERIFY(validation);
        QCOMPARE(PipelineUpdatesModel::refreshText(
                     QJsonObject{{"refresh_selection"_L1, QJsonArray{u"a"_s, u"b"_s}}}),
                 PipelineUpdatesModel::tr("%n table(s)", nullptr, 2));
        QCOMPARE(PipelineUpdatesModel::causeText(u"JOB_TASK"_s), u"Job task"_s);
    }

    void eventsFilterText()
    {
        QCOMPARE(PipelinesService::eventsFilter(u"abc"_s, {}), u"update_id='abc'"_s);
        QCOMPARE(PipelinesService::eventsFilter(u"abc"_s, {u"ERROR"_s}),
                 u"update_id='abc' AND level='ERROR'"_s);
        QCOMPARE(PipelinesService::eventsFilter({}, {u"ERROR"_s, u"WARN"_s}),
                 u"level in ('ERROR','WARN')"_s);
        // A quote cannot end the literal early.
        QCOMPARE(PipelinesService::eventsFilter(u"a'b"_s, {}), u"update_id='ab'"_s);
        // A later page carries its token alone.
        PipelinesService::EventsQuery query;
        query.filter = u"level='ERROR'"_s;
        query.oldestFirst = true;
        query.pageToken = u"t"_s;
        const ApiRequest request = PipelinesService::eventsRequest(u"p"_s, query);
        QVERIFY(!request.urlQuery().hasQueryItem(u"filter"_s));
        QVERIFY(!request.urlQuery().hasQueryItem(u"order_by"_s));
        QCOMPARE(request.urlQuery().queryItemValue(u"page_token"_s), u"t"_s);
    }
};

QTEST_GUILESS_MAIN(TestPipelineModels)
#include "tst_pipelinemodels.moc"
