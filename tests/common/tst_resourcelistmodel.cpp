#include "core/common/resourcelistmodel.h"
#include "core/net/apiclient.h"
#include "core/net/jsonids.h"
#include "tests/support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QMetaEnum>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace brickdesk;
using Outcome = LivePoller::Outcome;
using State = ResourceListModel::State;

namespace {

constexpr qint64 kHugeId = 9'007'199'254'740'993LL; // 2^53 + 1: a double would round it

// The jobs list as an area would write it: GET /api/2.1/jobs/list, "jobs",
// keyed by job_id; a job whose tags say RUNNING or PENDING stands in for a
// transitional item (the emulator's jobs have no state machine of their own,
// so the test moves the state on the server by hand).
class JobsListModel : public ResourceListModel
{
public:
    enum Column { NameColumn, IdColumn, CreatedColumn };

    JobsListModel(ApiClient *client, Pager::Style style, bool perItemRequest, bool keyByName)
        : ResourceListModel(client)
        , m_style(style)
        , m_perItemRequest(perItemRequest)
        , m_keyByName(keyByName)
    {
        setColumns({
            {u"Name"_s,
             [](const QJsonObject &job) { return QVariant(nameOf(job)); },
             {},
             [](const QJsonObject &job) { return job.value("creator_user_name"_L1).toVariant(); },
             Qt::AlignLeft | Qt::AlignVCenter,
             {}},
            {u"Job ID"_s,
             [](const QJsonObject &job) { return QVariant(idKey(job, "job_id"_L1)); },
             [](const QJsonObject &job) { return QVariant(jsonId(job, "job_id"_L1)); },
             {},
             Qt::AlignRight | Qt::AlignVCenter,
             {}},
            {u"Created"_s,
             [](const QJsonObject &job) {
                 return QVariant(QDateTime::fromMSecsSinceEpoch(jsonId(job, "created_time"_L1))
                                     .toString(Qt::ISODate));
             },
             [](const QJsonObject &job) { return QVariant(jsonId(job, "created_time"_L1)); },
             {},
             Qt::AlignRight | Qt::AlignVCenter,
             {}},
        });
    }

    static QString nameOf(const QJsonObject &job)
    {
        return job.value("settings"_L1).toObject().value("name"_L1).toString();
    }
    static QString stateOf(const QJsonObject &job)
    {
        return job.value("settings"_L1)
            .toObject()
            .value("tags"_L1)
            .toObject()
            .value("state"_L1)
            .toString();
    }

protected:
    ApiRequest listRequest() const override { return ApiRequest::get(u"/api/2.1/jobs/list"_s); }
    Pager::Style pagingStyle() const override { return m_style; }
    QString itemsField() const override { return u"jobs"_s; }
    QString itemKey(const QJsonObject &item) const override
    {
        return m_keyByName ? nameOf(item) : idKey(item, "job_id"_L1);
    }
    bool isTransitional(const QJsonObject &item) const override
    {
        const QString state = stateOf(item);
        return state == "RUNNING"_L1 || state == "PENDING"_L1;
    }
    std::optional<ApiRequest> itemRequest(const QJsonObject &item) const override
    {
        if (!m_perItemRequest)
            return std::nullopt;
        return ApiRequest::get(u"/api/2.1/jobs/get"_s)
            .query(u"job_id"_s, jsonId(item, "job_id"_L1));
    }
    QJsonObject itemFromReply(const QJsonObject &reply) const override
    {
        // jobs/get expands what a listing leaves out.
        QJsonObject job = reply;
        QJsonObject settings = job.value("settings"_L1).toObject();
        settings.remove("tasks"_L1);
        settings.remove("job_clusters"_L1);
        job.insert("settings"_L1, settings);
        job.remove("run_as_user_name"_L1);
        return job;
    }

private:
    Pager::Style m_style;
    bool m_perItemRequest;
    bool m_keyByName;
};

QJsonObject jobSettings(const QString &name, const QString &state = {})
{
    QJsonObject settings{{"name"_L1, name}, {"max_concurrent_runs"_L1, 1}};
    if (!state.isEmpty())
        settings.insert("tags"_L1, QJsonObject{{"state"_L1, state}});
    return settings;
}

// The store can only add, so edits rebuild it with the same ids (the clock is
// frozen, so created_time stays too). `edit` returns false to delete a job.
void rewriteJobs(emulator::JobsStore &store, const std::function<bool(emulator::Job &)> &edit)
{
    QList<emulator::Job> jobs;
    for (const emulator::Job *job : store.jobs())
        jobs.append(*job);
    store.clear();
    for (emulator::Job &job : jobs)
        if (edit(job))
            store.addJobWithId(job.jobId, job.settings, job.creatorUserName);
}

void setJobName(emulator::JobsStore &store, qint64 jobId, const QString &name)
{
    rewriteJobs(store, [&](emulator::Job &job) {
        if (job.jobId == jobId)
            job.settings.insert("name"_L1, name);
        return true;
    });
}

void setJobState(emulator::JobsStore &store, qint64 jobId, const QString &state)
{
    rewriteJobs(store, [&](emulator::Job &job) {
        if (job.jobId == jobId)
            job.settings.insert("tags"_L1, QJsonObject{{"state"_L1, state}});
        return true;
    });
}

} // namespace

class TestResourceListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstPageRowsAppearBeforeTheLast_data();
    void firstPageRowsAppearBeforeTheLast();
    void columnsRolesAndHeaders();
    void idsAboveTwoToThe53StayExact();
    void refreshAppliesKeyedDifference();
    void refreshWithoutChangesEmitsNothing();
    void refreshMovesReorderedKeys();
    void serverErrorGivesFailedState();
    void failureOnALaterPageKeepsEarlierRows();
    void restartedListingDropsLatePages();
    void clearDropsRowsAndFetch();

    void pollsOnlyTransitionalItems();
    void backOffDoublesUpToTheCapAndResetsOnChange();
    void rateLimitSlowsPollingDown();
    void pollingStopsWhenNothingIsTransitional();
    void noPollingWhileDisabled();
    void timerPollsWithoutBeingPushed();
    void listRefreshWhenNoItemRequest();
    void refreshSupersedesPollInFlight();
    void pageBudgetLoadsMoreOnDemand();

private:
    void makeModel(Pager::Style style = Pager::Style::PageToken, bool perItemRequest = true,
                   bool keyByName = false);
    bool load();
    QStringList names() const;
    // Polls at once and waits for the outcome's name; "none" when the
    // poller did not poll.
    QString pollOnce();
    QList<emulator::RecordedRequest> requestsTo(const QString &suffix) const;

    std::unique_ptr<test::TestWorkspace> m_ws;
    std::unique_ptr<JobsListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestResourceListModel::init()
{
    m_ws = std::make_unique<test::TestWorkspace>(emulator::Seed::Empty);
    // Failures and 429s must reach the model at once, not after back-off.
    m_ws->client().setRetryPolicy(RetryPolicy::none());
    m_ws->emulator().clock().setFrozen(true);
}

void TestResourceListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_ws.reset();
}

void TestResourceListModel::makeModel(Pager::Style style, bool perItemRequest, bool keyByName)
{
    m_tester.reset();
    m_model = std::make_unique<JobsListModel>(&m_ws->client(), style, perItemRequest, keyByName);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

bool TestResourceListModel::load()
{
    QSignalSpy done(m_model.get(), &ResourceListModel::loaded);
    QSignalSpy failed(m_model.get(), &ResourceListModel::loadFailed);
    m_model->refresh();
    return QTest::qWaitFor([&] { return done.count() + failed.count() > 0; }, 10000) &&
           done.count() == 1;
}

QStringList TestResourceListModel::names() const
{
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row)
        out << m_model->index(row, JobsListModel::NameColumn).data().toString();
    return out;
}

QString TestResourceListModel::pollOnce()
{
    QSignalSpy finished(m_model->poller(), &LivePoller::pollFinished);
    m_model->poller()->pollNow();
    if (!m_model->poller()->isPolling() && finished.isEmpty())
        return u"none"_s;
    if (finished.isEmpty() && !finished.wait(10000))
        return u"timed out"_s;
    const auto outcome = finished.first().first().value<Outcome>();
    return QString::fromLatin1(QMetaEnum::fromType<Outcome>().valueToKey(int(outcome)));
}

QList<emulator::RecordedRequest> TestResourceListModel::requestsTo(const QString &suffix) const
{
    QList<emulator::RecordedRequest> out;
    for (const emulator::RecordedRequest &request : m_ws->emulator().requests())
        if (request.path.endsWith(suffix))
            out.append(request);
    return out;
}

void TestResourceListModel::firstPageRowsAppearBeforeTheLast_data()
{
    QTest::addColumn<Pager::Style>("style");
    QTest::addColumn<QString>("pagingParameter");
    QTest::newRow("page token") << Pager::Style::PageToken << u"page_token"_s;
    QTest::newRow("offset") << Pager::Style::OffsetLimit << u"offset"_s;
}

void TestResourceListModel::firstPageRowsAppearBeforeTheLast()
{
    QFETCH(Pager::Style, style);
    QFETCH(QString, pagingParameter);
    m_ws->emulator().jobs().addJobs(25);
    makeModel(style);
    m_model->setPageSize(10);

    QList<int> rowsAtPage;
    QList<bool> doneAtPage;
    QList<State> stateAtPage;
    QSignalSpy done(m_model.get(), &ResourceListModel::loaded);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy states(m_model.get(), &ResourceListModel::stateChanged);
    connect(m_model.get(), &ResourceListModel::pageLoaded, this, [&](int rows) {
        rowsAtPage << m_model->rowCount();
        QCOMPARE(rows, m_model->rowCount());
        doneAtPage << !done.isEmpty();
        stateAtPage << m_model->state();
    });
    m_model->refresh();
    QCOMPARE(m_model->state(), State::Loading);
    QVERIFY(done.wait(10000));

    QCOMPARE(rowsAtPage, (QList<int>{10, 20, 25}));
    QCOMPARE(doneAtPage, (QList<bool>{false, false, false}));
    QCOMPARE(stateAtPage, (QList<State>{State::Loading, State::Loading, State::Loading}));
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(m_model->state(), State::Loaded);
    QCOMPARE(states.count(), 2);
    QVERIFY(!m_model->error());
    QCOMPARE(m_model->rowCount(), 25);
    QCOMPARE(names().first(), u"Job 00001"_s);
    QCOMPARE(names().last(), u"Job 00025"_s);

    // The chosen style is the one on the wire.
    const auto lists = requestsTo(u"/jobs/list"_s);
    QCOMPARE(lists.size(), 3);
    QVERIFY(!lists.at(0).query.hasQueryItem(pagingParameter));
    QVERIFY(lists.at(1).query.hasQueryItem(pagingParameter));
    QVERIFY(lists.at(2).query.hasQueryItem(pagingParameter));
    QCOMPARE(lists.at(1).query.queryItemValue(u"limit"_s), u"10"_s);
}

void TestResourceListModel::columnsRolesAndHeaders()
{
    const qint64 id = m_ws->emulator().jobs().addJob(jobSettings(u"Nightly"_s), u"ana@x.dev"_s);
    makeModel();
    QVERIFY(load());
    QCOMPARE(m_model->columnCount(), 3);
    QCOMPARE(m_model->headerData(JobsListModel::IdColumn, Qt::Horizontal).toString(), u"Job ID"_s);
    const QModelIndex name = m_model->index(0, JobsListModel::NameColumn);
    QCOMPARE(name.data().toString(), u"Nightly"_s);
    QCOMPARE(name.data(Qt::ToolTipRole).toString(), u"ana@x.dev"_s);
    QCOMPARE(name.data(ResourceListModel::RawValueRole).toString(), u"Nightly"_s);
    QCOMPARE(name.data(ResourceListModel::KeyRole).toString(), QString::number(id));
    QCOMPARE(jsonId(name.data(ResourceListModel::ItemRole).toJsonObject(), "job_id"_L1), id);
    const QModelIndex idIndex = m_model->index(0, JobsListModel::IdColumn);
    QCOMPARE(idIndex.data(ResourceListModel::RawValueRole).toLongLong(), id);
    QCOMPARE(Qt::Alignment::fromInt(idIndex.data(Qt::TextAlignmentRole).toInt()),
             Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(m_model->index(0, JobsListModel::CreatedColumn)
                 .data(ResourceListModel::RawValueRole)
                 .toLongLong(),
             m_ws->emulator().jobs().find(id)->createdTime);
    QCOMPARE(m_model->rowForKey(QString::number(id)), 0);
    QCOMPARE(m_model->indexForKey(u"nope"_s), QModelIndex());
}

void TestResourceListModel::idsAboveTwoToThe53StayExact()
{
    m_ws->emulator().jobs().addJobWithId(kHugeId, jobSettings(u"Huge"_s), u"a@x.dev"_s);
    m_ws->emulator().jobs().addJobWithId(kHugeId + 1, jobSettings(u"Huger"_s), u"a@x.dev"_s);
    makeModel();
    QVERIFY(load());
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->keyAt(0), u"9007199254740993"_s);
    QCOMPARE(m_model->keyAt(1), u"9007199254740994"_s);
    QCOMPARE(m_model->index(0, JobsListModel::IdColumn)
                 .data(ResourceListModel::RawValueRole)
                 .toLongLong(),
             kHugeId);
}

void TestResourceListModel::refreshAppliesKeyedDifference()
{
    auto &jobs = m_ws->emulator().jobs();
    jobs.addJobs(12);
    makeModel();
    m_model->setPageSize(5);
    QVERIFY(load());
    QCOMPARE(m_model->rowCount(), 12);

    // Rows 2 and 8 selected, persistent indexes on those, the row to delete
    // (4) and the row to rename (6).
    QItemSelectionModel selection(m_model.get());
    selection.select(m_model->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.select(m_model->index(8, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.setCurrentIndex(m_model->index(8, 1), QItemSelectionModel::NoUpdate);
    const QPersistentModelIndex kept2(m_model->index(2, 1));
    const QPersistentModelIndex kept8(m_model->index(8, 0));
    const QPersistentModelIndex removed(m_model->index(4, 0));
    const QPersistentModelIndex renamed(m_model->index(6, 0));
    const qint64 removedId = m_model->keyAt(4).toLongLong();
    const qint64 renamedId = m_model->keyAt(6).toLongLong();
    const QString key2 = m_model->keyAt(2);
    const QString key8 = m_model->keyAt(8);

    rewriteJobs(jobs, [&](emulator::Job &job) { return job.jobId != removedId; });
    setJobName(jobs, renamedId, u"Renamed"_s);
    jobs.addJobWithId(5, jobSettings(u"First by id"_s), u"a@x.dev"_s); // sorts first
    const qint64 appended = jobs.addJob(jobSettings(u"Appended"_s), u"a@x.dev"_s);

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removedRows(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy pages(m_model.get(), &ResourceListModel::pageLoaded);
    QVERIFY(load());

    // The server's order, exactly.
    QStringList expected;
    for (const emulator::Job *job : jobs.jobs())
        expected << job->settings.value("name"_L1).toString();
    QCOMPARE(names(), expected);
    QCOMPARE(m_model->keyAt(0), u"5"_s);
    QCOMPARE(m_model->keyAt(m_model->rowCount() - 1), QString::number(appended));

    // One removal, two insertions, one change; nothing else touched.
    QCOMPARE(pages.count(), 0);
    QCOMPARE(removedRows.count(), 1);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(moved.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(changed.count(), 1);
    const QModelIndex topLeft = changed.first().at(0).toModelIndex();
    QCOMPARE(topLeft.row(), renamed.row());
    QCOMPARE(changed.first().at(1).toModelIndex().column(), m_model->columnCount() - 1);

    QVERIFY(!removed.isValid());
    QVERIFY(renamed.isValid());
    QCOMPARE(renamed.data().toString(), u"Renamed"_s);
    QVERIFY(kept2.isValid());
    QVERIFY(kept8.isValid());
    QCOMPARE(kept2.row(), 3); // one row inserted before it
    QCOMPARE(kept8.row(), 8); // one inserted before, one removed before
    QCOMPARE(kept2.column(), 1);
    QCOMPARE(m_model->keyAt(kept2.row()), key2);
    QCOMPARE(m_model->keyAt(kept8.row()), key8);

    QCOMPARE(selection.selectedRows().size(), 2);
    QVERIFY(selection.isRowSelected(kept2.row(), {}));
    QVERIFY(selection.isRowSelected(kept8.row(), {}));
    QCOMPARE(selection.currentIndex().row(), kept8.row());
}

void TestResourceListModel::refreshWithoutChangesEmitsNothing()
{
    m_ws->emulator().jobs().addJobs(7);
    makeModel();
    m_model->setPageSize(3);
    QVERIFY(load());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy states(m_model.get(), &ResourceListModel::stateChanged);
    QVERIFY(load());
    QCOMPARE(requestsTo(u"/jobs/list"_s).size(), 6);
    QCOMPARE(changed.count() + inserted.count() + removed.count() + moved.count(), 0);
    QCOMPARE(states.count(), 2); // Loading, Loaded: so a page can show a busy hint
    QCOMPARE(m_model->rowCount(), 7);
}

void TestResourceListModel::refreshMovesReorderedKeys()
{
    // Keyed by name, swapping two jobs' names reorders the keys.
    auto &jobs = m_ws->emulator().jobs();
    const qint64 a = jobs.addJob(jobSettings(u"alpha"_s), u"a@x.dev"_s);
    jobs.addJob(jobSettings(u"beta"_s), u"a@x.dev"_s);
    const qint64 c = jobs.addJob(jobSettings(u"gamma"_s), u"a@x.dev"_s);
    makeModel(Pager::Style::PageToken, true, /*keyByName=*/true);
    QVERIFY(load());
    const QPersistentModelIndex alpha(m_model->index(0, 0));
    const QPersistentModelIndex gamma(m_model->index(2, 0));

    setJobName(jobs, a, u"gamma"_s);
    setJobName(jobs, c, u"alpha"_s);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(load());
    QCOMPARE(names(), (QStringList{u"gamma"_s, u"beta"_s, u"alpha"_s}));
    QVERIFY(moved.count() >= 1);
    QCOMPARE(removed.count(), 0);
    // The rows travelled with their keys.
    QCOMPARE(alpha.row(), 2);
    QCOMPARE(gamma.row(), 0);
    QCOMPARE(alpha.data().toString(), u"alpha"_s);
}

void TestResourceListModel::serverErrorGivesFailedState()
{
    m_ws->emulator().jobs().addJobs(3);
    const int rule = m_ws->emulator().faults().serverError(u"/api/2.1/jobs/list"_s, 500);
    makeModel();
    QSignalSpy failed(m_model.get(), &ResourceListModel::loadFailed);
    QVERIFY(!load());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<ApiError>().httpStatus, 500);
    QCOMPARE(m_model->state(), State::Failed);
    QVERIFY(m_model->error());
    QCOMPARE(m_model->error()->httpStatus, 500);
    QCOMPARE(m_model->rowCount(), 0);

    // Refresh is the retry.
    m_ws->emulator().faults().removeRule(rule);
    QVERIFY(load());
    QCOMPARE(m_model->state(), State::Loaded);
    QVERIFY(!m_model->error());
    QCOMPARE(m_model->rowCount(), 3);
}

void TestResourceListModel::failureOnALaterPageKeepsEarlierRows()
{
    m_ws->emulator().jobs().addJobs(9);
    emulator::FaultRule rule;
    rule.kind = emulator::FaultRule::Kind::ServerError;
    rule.pathPattern = u"/api/2.1/jobs/list"_s;
    rule.status = 500;
    rule.skip = 1;
    rule.remaining = 1;
    m_ws->emulator().faults().addRule(rule);
    makeModel();
    m_model->setPageSize(4);
    QVERIFY(!load());
    QCOMPARE(m_model->state(), State::Failed);
    QCOMPARE(m_model->rowCount(), 4);

    // The retry on a filled model diffs: the first four rows stay as they are.
    const QPersistentModelIndex first(m_model->index(0, 0));
    QVERIFY(load());
    QCOMPARE(m_model->rowCount(), 9);
    QCOMPARE(first.row(), 0);
}

void TestResourceListModel::restartedListingDropsLatePages()
{
    m_ws->emulator().jobs().addJobs(5);
    m_ws->emulator().faults().latency(u"/api/2.1/jobs/list"_s, 150, 1);
    makeModel();
    QSignalSpy done(m_model.get(), &ResourceListModel::loaded);
    QSignalSpy pages(m_model.get(), &ResourceListModel::pageLoaded);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy received(&m_ws->emulator(), &emulator::Emulator::requestReceived);
    m_model->refresh(); // slow: its answer would come after the second listing's
    QVERIFY(received.wait(10000));
    m_model->refresh();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.count(), 1);
    QCOMPARE(pages.count(), 1);
    QCOMPARE(m_model->rowCount(), 5);
    // A third listing that ends well after the first one's answer was due:
    // by then a late page would have shown up as a second batch of rows.
    m_ws->emulator().faults().latency(u"/api/2.1/jobs/list"_s, 300, 1);
    QVERIFY(load());
    QCOMPARE(pages.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), 5);
}

void TestResourceListModel::clearDropsRowsAndFetch()
{
    m_ws->emulator().jobs().addJobs(5);
    makeModel();
    QVERIFY(load());
    m_ws->emulator().faults().latency(u"/api/2.1/jobs/list"_s, 100, 1);
    QSignalSpy done(m_model.get(), &ResourceListModel::loaded);
    QSignalSpy received(&m_ws->emulator(), &emulator::Emulator::requestReceived);
    m_model->refresh();
    QVERIFY(received.wait(10000));
    m_model->clear();
    QCOMPARE(m_model->state(), State::Idle);
    QCOMPARE(m_model->rowCount(), 0);
    // This listing ends after the dropped one's answer was due, so a late
    // page would have been counted.
    m_ws->emulator().faults().latency(u"/api/2.1/jobs/list"_s, 250, 1);
    QSignalSpy pages(m_model.get(), &ResourceListModel::pageLoaded);
    QVERIFY(load());
    QCOMPARE(pages.count(), 1);
    QCOMPARE(done.count(), 1);
    QCOMPARE(m_model->rowCount(), 5);
}

void TestResourceListModel::pollsOnlyTransitionalItems()
{
    auto &jobs = m_ws->emulator().jobs();
    jobs.addJob(jobSettings(u"done"_s, u"TERMINATED"_s), u"a@x.dev"_s);
    const qint64 running = jobs.addJob(jobSettings(u"busy"_s, u"RUNNING"_s), u"a@x.dev"_s);
    const qint64 pending = jobs.addJob(jobSettings(u"queued"_s, u"PENDING"_s), u"a@x.dev"_s);
    jobs.addJob(jobSettings(u"plain"_s), u"a@x.dev"_s);
    makeModel();
    QVERIFY(load());
    m_model->setLiveUpdatesEnabled(true);
    QVERIFY(m_model->poller()->isActive());
    QVERIFY(m_model->poller()->isScheduled());
    QCOMPARE(m_model->poller()->currentInterval(), 1000);

    m_ws->emulator().clearRequests();
    QCOMPARE(pollOnce(), u"Unchanged"_s);
    const auto gets = requestsTo(u"/jobs/get"_s);
    QCOMPARE(gets.size(), 2);
    QStringList polled;
    for (const auto &request : gets)
        polled << request.query.queryItemValue(u"job_id"_s);
    polled.sort();
    QStringList expected{QString::number(running), QString::number(pending)};
    expected.sort();
    QCOMPARE(polled, expected);
    QCOMPARE(requestsTo(u"/jobs/list"_s).size(), 0); // no whole-list refresh
}

void TestResourceListModel::backOffDoublesUpToTheCapAndResetsOnChange()
{
    auto &jobs = m_ws->emulator().jobs();
    const qint64 running = jobs.addJob(jobSettings(u"busy"_s, u"RUNNING"_s), u"a@x.dev"_s);
    jobs.addJob(jobSettings(u"done"_s, u"TERMINATED"_s), u"a@x.dev"_s);
    makeModel();
    QVERIFY(load());
    m_model->setLiveUpdatesEnabled(true);
    LivePoller *poller = m_model->poller();
    QCOMPARE(poller->currentInterval(), 1000);

    QList<int> intervals;
    QSignalSpy finished(poller, &LivePoller::pollFinished);
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(pollOnce(), u"Unchanged"_s);
        intervals << poller->currentInterval();
        QVERIFY(poller->isScheduled());
    }
    QCOMPARE(intervals, (QList<int>{2000, 4000, 8000, 16000, 30000, 30000, 30000}));
    // The signal carries the timer's actual wait.
    QCOMPARE(finished.last().at(1).toInt(), 30000);

    // Something moved: look again soon, and show it.
    setJobName(jobs, running, u"busy, renamed"_s);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QCOMPARE(pollOnce(), u"Changed"_s);
    QCOMPARE(poller->currentInterval(), 1000);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->indexForKey(QString::number(running)).data().toString(), u"busy, renamed"_s);
    QCOMPARE(pollOnce(), u"Unchanged"_s);
    QCOMPARE(poller->currentInterval(), 2000);
}

void TestResourceListModel::rateLimitSlowsPollingDown()
{
    m_ws->emulator().jobs().addJob(jobSettings(u"busy"_s, u"RUNNING"_s), u"a@x.dev"_s);
    makeModel();
    QVERIFY(load());
    m_model->setLiveUpdatesEnabled(true);
    LivePoller *poller = m_model->poller();

    m_ws->emulator().faults().rateLimit(u"/api/2.1/jobs/get"_s, 1, 1);
    QCOMPARE(pollOnce(), u"RateLimited"_s);
    QCOMPARE(poller->currentInterval(), 4000); // twice the 2 s an unchanged poll gets
    QVERIFY(poller->isScheduled());
    QCOMPARE(pollOnce(), u"Unchanged"_s);
    QCOMPARE(poller->currentInterval(), 8000);
    QCOMPARE(pollOnce(), u"Unchanged"_s);
    QCOMPARE(pollOnce(), u"Unchanged"_s);
    QCOMPARE(poller->currentInterval(), 30000);

    // At the cap a 429 still slows down further.
    m_ws->emulator().faults().rateLimit(u"/api/2.1/jobs/get"_s, 1, 1);
    QCOMPARE(pollOnce(), u"RateLimited"_s);
    QCOMPARE(poller->currentInterval(), 60000);
    QCOMPARE(pollOnce(), u"Unchanged"_s);
    QCOMPARE(poller->currentInterval(), 30000);
}

void TestResourceListModel::pollingStopsWhenNothingIsTransitional()
{
    auto &jobs = m_ws->emulator().jobs();
    const qint64 running = jobs.addJob(jobSettings(u"busy"_s, u"RUNNING"_s), u"a@x.dev"_s);
    makeModel();
    QVERIFY(load());
    m_model->setLiveUpdatesEnabled(true);
    LivePoller *poller = m_model->poller();
    QVERIFY(poller->isScheduled());

    setJobState(jobs, running, u"TERMINATED"_s);
    QSignalSpy finished(poller, &LivePoller::pollFinished);
    QCOMPARE(pollOnce(), u"Changed"_s);
    QCOMPARE(finished.first().at(1).toInt(), 0); // no next poll
    QVERIFY(!poller->isActive());
    QVERIFY(!poller->isScheduled());
    QCOMPARE(JobsListModel::stateOf(m_model->item(0)), u"TERMINATED"_s);

    m_ws->emulator().clearRequests();
    const int polls = poller->pollCount();
    QCOMPARE(pollOnce(), u"none"_s);
    QCOMPARE(poller->pollCount(), polls);
    QVERIFY(m_ws->emulator().requests().isEmpty());

    // A refresh that brings a transitional item back starts polling again.
    setJobState(jobs, running, u"PENDING"_s);
    QVERIFY(load());
    QVERIFY(poller->isScheduled());
    QCOMPARE(poller->currentInterval(), 1000);
}

void TestResourceListModel::noPollingWhileDisabled()
{
    m_ws->emulator().jobs().addJob(jobSettings(u"busy"_s, u"RUNNING"_s), u"a@x.dev"_s);
    makeModel();
    QVERIFY(load());
    LivePoller *poller = m_model->poller();
    QVERIFY(poller->isActive());
    QVERIFY(!poller->isEnabled());
    QVERIFY(!poller->isScheduled());

    m_ws->emulator().clearRequests();
    QCOMPARE(pollOnce(), u"none"_s);
    QVERIFY(m_ws->emulator().requests().isEmpty());

    m_model->setLiveUpdatesEnabled(true);
    QVERIFY(poller->isScheduled());
    QCOMPARE(pollOnce(), u"Unchanged"_s);
    QCOMPARE(poller->currentInterval(), 2000);

    // Hidden again: no timer; shown again: a quick first look.
    m_model->setLiveUpdatesEnabled(false);
    QVERIFY(!poller->isScheduled());
    QCOMPARE(pollOnce(), u"none"_s);
    m_model->setLiveUpdatesEnabled(true);
    QVERIFY(poller->isScheduled());
    QCOMPARE(poller->currentInterval(), 1000);
}

void TestResourceListModel::timerPollsWithoutBeingPushed()
{
    m_ws->emulator().jobs().addJob(jobSettings(u"busy"_s, u"RUNNING"_s), u"a@x.dev"_s);
    makeModel();
    QVERIFY(load());
    LivePoller *poller = m_model->poller();
    poller->setBaseInterval(10);
    poller->setMaxInterval(40);
    QSignalSpy finished(poller, &LivePoller::pollFinished);
    m_model->setLiveUpdatesEnabled(true);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 4, 10000);
    QList<int> waits;
    for (int i = 0; i < 4; ++i)
        waits << finished.at(i).at(1).toInt();
    QCOMPARE(waits, (QList<int>{20, 40, 40, 40}));
    m_model->setLiveUpdatesEnabled(false);
}

void TestResourceListModel::listRefreshWhenNoItemRequest()
{
    auto &jobs = m_ws->emulator().jobs();
    const qint64 running = jobs.addJob(jobSettings(u"busy"_s, u"RUNNING"_s), u"a@x.dev"_s);
    jobs.addJob(jobSettings(u"done"_s, u"TERMINATED"_s), u"a@x.dev"_s);
    makeModel(Pager::Style::PageToken, /*perItemRequest=*/false);
    QVERIFY(load());
    m_model->setLiveUpdatesEnabled(true);
    QSignalSpy states(m_model.get(), &ResourceListModel::stateChanged);

    m_ws->emulator().clearRequests();
    QCOMPARE(pollOnce(), u"Unchanged"_s);
    QCOMPARE(requestsTo(u"/jobs/list"_s).size(), 1);
    QCOMPARE(requestsTo(u"/jobs/get"_s).size(), 0);
    QCOMPARE(m_model->poller()->currentInterval(), 2000);
    QCOMPARE(states.count(), 0); // a poll is no "Loading…"

    setJobState(jobs, running, u"TERMINATED"_s);
    QCOMPARE(pollOnce(), u"Changed"_s);
    QVERIFY(!m_model->poller()->isScheduled());
    QCOMPARE(m_model->state(), State::Loaded);
}

void TestResourceListModel::refreshSupersedesPollInFlight()
{
    m_ws->emulator().jobs().addJob(jobSettings(u"busy"_s, u"RUNNING"_s), u"a@x.dev"_s);
    makeModel();
    QVERIFY(load());
    m_model->setLiveUpdatesEnabled(true);
    LivePoller *poller = m_model->poller();
    m_ws->emulator().faults().latency(u"/api/2.1/jobs/get"_s, 100, 1);
    QSignalSpy finished(poller, &LivePoller::pollFinished);
    poller->pollNow();
    QVERIFY(poller->isPolling());
    QVERIFY(load());
    QVERIFY(!poller->isPolling());
    QVERIFY(poller->isScheduled());
    QCOMPARE(poller->currentInterval(), 1000);
    // The dropped poll reports nothing; the next one works as usual.
    QCOMPARE(pollOnce(), u"Unchanged"_s);
    QCOMPARE(finished.count(), 1);
}


void TestResourceListModel::pageBudgetLoadsMoreOnDemand()
{
    m_ws->emulator().jobs().addJobs(23);
    makeModel();
    m_model->setPageSize(5);
    m_model->setPagesPerLoad(2);
    QSignalSpy more(m_model.get(), &ResourceListModel::canLoadMoreChanged);
    QVERIFY(load());
    QCOMPARE(m_model->rowCount(), 10);
    QVERIFY(m_model->canLoadMore());
    QCOMPARE(requestsTo(u"/jobs/list"_s).size(), 2);

    QSignalSpy done(m_model.get(), &ResourceListModel::loaded);
    m_model->loadMore();
    QCOMPARE(m_model->state(), State::Loading);
    QVERIFY(done.wait(10000));
    QCOMPARE(m_model->rowCount(), 20);
    QCOMPARE(names().at(10), u"Job 00011"_s);
    QVERIFY(m_model->canLoadMore());

    // A refresh reads again as many pages as are shown, not just the first
    // budget, so nothing the user loaded disappears.
    QVERIFY(load());
    QCOMPARE(m_model->rowCount(), 20);
    QCOMPARE(requestsTo(u"/jobs/list"_s).size(), 8);

    m_model->loadMore();
    QVERIFY(done.wait(10000));
    QCOMPARE(m_model->rowCount(), 23);
    QVERIFY(!m_model->canLoadMore());
    QCOMPARE(more.count(), 2); // became true once, false once
    m_model->loadMore(); // nothing left: no request
    QCOMPARE(m_model->state(), State::Loaded);
    QCOMPARE(requestsTo(u"/jobs/list"_s).size(), 9);
}

QTEST_GUILESS_MAIN(TestResourceListModel)
#include "tst_resourcelistmodel.moc"
