#include "core/activity/activitymodel.h"
#include "core/net/apiclient.h"
#include "tests/support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

ActivityRecord started(quint64 id, const QString &path = u"/api/2.0/workspace/list?path=/"_s)
{
    ActivityRecord record;
    record.id = id;
    record.started = QDateTime::currentDateTime();
    record.method = u"GET"_s;
    record.path = path;
    return record;
}

ActivityRecord finished(ActivityRecord record, int status, qint64 durationMs, int retries = 0,
                        const QString &error = {})
{
    record.finished = true;
    record.httpStatus = status;
    record.durationMs = durationMs;
    record.retries = retries;
    record.error = error;
    return record;
}

} // namespace

class TestActivityModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void rowAppearsOnStartAndUpdatesOnFinish();
    void updatesTheRightRowById();
    void failedCallShowsError();
    void capDropsOldestRows();
    void finishOfDroppedCallIsIgnored();
    void clearEmptiesTheList();
    void rawValuesForSorting();
    void followsRealClientCalls();

private:
    std::unique_ptr<ActivityModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestActivityModel::init()
{
    m_model = std::make_unique<ActivityModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestActivityModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestActivityModel::rowAppearsOnStartAndUpdatesOnFinish()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const ActivityRecord record = started(1);
    m_model->recordStarted(record);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->columnCount(), int(ActivityModel::ColumnCount));
    const auto cell = [&](int column) { return m_model->index(0, column).data().toString(); };
    QCOMPARE(cell(ActivityModel::MethodColumn), u"GET"_s);
    QCOMPARE(cell(ActivityModel::PathColumn), u"/api/2.0/workspace/list?path=/"_s);
    QCOMPARE(cell(ActivityModel::StatusColumn), u"…"_s);
    QCOMPARE(cell(ActivityModel::DurationColumn), QString());
    QCOMPARE(m_model->index(0, 0).data(ActivityModel::StateRole).value<ActivityModel::State>(),
             ActivityModel::State::InFlight);

    m_model->recordFinished(finished(record, 200, 42, 2));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(cell(ActivityModel::StatusColumn), u"200"_s);
    QCOMPARE(cell(ActivityModel::DurationColumn), u"42 ms"_s);
    QCOMPARE(cell(ActivityModel::RetriesColumn), u"2"_s);
    QCOMPARE(m_model->index(0, 0).data(ActivityModel::StateRole).value<ActivityModel::State>(),
             ActivityModel::State::Succeeded);
}

void TestActivityModel::updatesTheRightRowById()
{
    const ActivityRecord a = started(10, u"/a"_s);
    const ActivityRecord b = started(11, u"/b"_s);
    const ActivityRecord c = started(12, u"/c"_s);
    m_model->recordStarted(a);
    m_model->recordStarted(b);
    m_model->recordStarted(c);
    // Calls end in any order.
    m_model->recordFinished(finished(c, 201, 3));
    m_model->recordFinished(finished(a, 404, 1));
    QCOMPARE(m_model->record(0).httpStatus, 404);
    QCOMPARE(m_model->record(1).finished, false);
    QCOMPARE(m_model->record(2).httpStatus, 201);
    QCOMPARE(m_model->index(1, 0).data(ActivityModel::RecordIdRole).toULongLong(), 11ULL);
}

void TestActivityModel::failedCallShowsError()
{
    const ActivityRecord record = started(1);
    m_model->recordStarted(record);
    m_model->recordFinished(finished(record, 0, 15000, 5, u"Connection refused"_s));
    const QModelIndex status = m_model->index(0, ActivityModel::StatusColumn);
    QCOMPARE(status.data().toString(), u"Failed"_s);
    QCOMPARE(status.data(Qt::ToolTipRole).toString(), u"Connection refused"_s);
    QCOMPARE(status.data(ActivityModel::ErrorRole).toString(), u"Connection refused"_s);
    QCOMPARE(status.data(ActivityModel::StateRole).value<ActivityModel::State>(),
             ActivityModel::State::Failed);

    const ActivityRecord notFound = started(2);
    m_model->recordStarted(notFound);
    m_model->recordFinished(finished(notFound, 404, 5, 0, u"Path (/x) doesn't exist."_s));
    QCOMPARE(m_model->index(1, ActivityModel::StatusColumn).data().toString(), u"404"_s);
    QCOMPARE(m_model->index(1, 0).data(ActivityModel::StateRole).value<ActivityModel::State>(),
             ActivityModel::State::Failed);
}

void TestActivityModel::capDropsOldestRows()
{
    m_model->setCapacity(5);
    for (quint64 id = 1; id <= 8; ++id)
        m_model->recordStarted(started(id, u"/call/%1"_s.arg(id)));
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->record(0).id, 4ULL);
    QCOMPARE(m_model->record(4).id, 8ULL);
    // Rows kept their identity after the front was dropped.
    m_model->recordFinished(finished(started(6, u"/call/6"_s), 200, 7));
    QCOMPARE(m_model->record(2).id, 6ULL);
    QCOMPARE(m_model->record(2).httpStatus, 200);

    // Lowering the cap trims at once.
    m_model->setCapacity(2);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->record(0).id, 7ULL);
    QCOMPARE(ActivityModel::kDefaultCapacity, 2000);
}

void TestActivityModel::finishOfDroppedCallIsIgnored()
{
    m_model->setCapacity(2);
    const ActivityRecord first = started(1);
    m_model->recordStarted(first);
    m_model->recordStarted(started(2));
    m_model->recordStarted(started(3));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->recordFinished(finished(first, 200, 1));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(m_model->rowCount(), 2);
}

void TestActivityModel::clearEmptiesTheList()
{
    const ActivityRecord record = started(1);
    m_model->recordStarted(record);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    // A call that finishes after the clear does not come back.
    m_model->recordFinished(finished(record, 200, 1));
    QCOMPARE(m_model->rowCount(), 0);
    m_model->recordStarted(started(2));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->record(0).id, 2ULL);
}

void TestActivityModel::rawValuesForSorting()
{
    ActivityRecord record = started(1);
    m_model->recordStarted(record);
    m_model->recordFinished(finished(record, 503, 1234, 3));
    const auto raw = [&](int column) {
        return m_model->index(0, column).data(ActivityModel::RawValueRole);
    };
    QCOMPARE(raw(ActivityModel::TimeColumn).toDateTime(), record.started);
    QCOMPARE(raw(ActivityModel::StatusColumn).toInt(), 503);
    QCOMPARE(raw(ActivityModel::DurationColumn).toLongLong(), 1234LL);
    QCOMPARE(raw(ActivityModel::RetriesColumn).toInt(), 3);
    QCOMPARE(raw(ActivityModel::MethodColumn).toString(), u"GET"_s);
    QCOMPARE(m_model->headerData(ActivityModel::DurationColumn, Qt::Horizontal).toString(),
             u"Duration"_s);
}

void TestActivityModel::followsRealClientCalls()
{
    test::TestWorkspace ws(emulator::Seed::Empty);
    m_model->attach(&ws.client());
    const ApiReply reply =
        test::sendAndWait(ws.client(), ApiRequest::get(u"/api/2.0/preview/scim/v2/Me"_s));
    QVERIFY(reply.ok());
    QTRY_COMPARE(m_model->rowCount(), 1);
    QTRY_VERIFY(m_model->record(0).finished);
    QCOMPARE(m_model->record(0).httpStatus, 200);
    QCOMPARE(m_model->record(0).path, u"/api/2.0/preview/scim/v2/Me"_s);
    // The panel never shows the token, in any column or role.
    for (int column = 0; column < m_model->columnCount(); ++column) {
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole),
                         int(ActivityModel::RawValueRole), int(ActivityModel::ErrorRole)}) {
            const QString text = m_model->index(0, column).data(role).toString();
            QVERIFY(!text.contains(QLatin1StringView(test::kTestToken)));
        }
    }
    m_model->attach(nullptr);
    test::sendAndWait(ws.client(), ApiRequest::get(u"/api/2.0/preview/scim/v2/Me"_s));
    QCOMPARE(m_model->rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestActivityModel)
#include "tst_activitymodel.moc"
