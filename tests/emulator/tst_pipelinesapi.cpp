// The Pipelines API over real loopback HTTP: create (dry_run, duplicates),
// list (paging, order, filters), get, edit (stale expected_last_modified),
// delete, start/list/get updates, events (filters, ordering, cursor paging
// and its token rules) and stop, with the update state machine moved by the
// emulator clock (frozen, advanced; never slept on).
#include "tests/emulator/emulatorfixture.h"

#include "core/emulator/pipelinesstore.h"
#include "core/emulator/pipelineupdatelifecycle.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;
using namespace brickdesk::emulator;
using brickdesk::test::EmulatorFixture;
using brickdesk::test::query;
using brickdesk::test::RawResponse;

namespace {

const QString kBase = u"/api/2.0/pipelines"_s;
const QString kUser = u"demo@brickdesk.dev"_s;
// Demo pipelines.
const QString kOrders = u"3b8e2f10-7c4d-4a91-b6e5-0d9f8a7c6b51"_s; // update RUNNING now
const QString kClicks = u"7d41c9a2-e3b5-4f68-9a1c-2b3d4e5f6071"_s; // continuous, IDLE
const QString kGold = u"a3c1e5d7-2b4f-4a6c-8e0d-1f3b5c7d9e2a"_s;   // healthy
const QString kLedger = u"c0a8f3e4-1b2d-4c5e-8f90-a1b2c3d4e5f6"_s; // FAILED

// A created pipeline with one notebook "/Shared/dlt/sales" defines
// sales_raw (streaming table) and sales_clean (materialized view). With the
// default timing its update is QUEUED 2 s, CREATED 3 s, WAITING_FOR_RESOURCES
// 40 s, INITIALIZING 15 s, SETTING_UP_TABLES 10 s, then RUNNING 1 s plus
// 22 s per flow (42 s for a full refresh).
constexpr qint64 kUntilRunning = 70'000;
constexpr qint64 kTwoFlows = 1'000 + 2 * 22'000;

class Pipelines
{
public:
    explicit Pipelines(Seed seed = Seed::Empty)
        : fixture(seed)
    {
        fixture.emulator().clock().setFrozen(true);
    }

    void advance(qint64 ms) { fixture.emulator().clock().advance(ms); }
    qint64 now() { return fixture.emulator().clock().now(); }
    PipelineUpdateLifecycle &lifecycle() { return fixture.emulator().pipelineLifecycle(); }

    RawResponse send(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                     const QUrlQuery &q = {})
    {
        return test::rawRequest(method, fixture.url(path, q),
                                QJsonDocument(body).toJson(QJsonDocument::Compact),
                                EmulatorFixture::auth({{"Content-Type", "application/json"}}));
    }
    RawResponse get(const QString &path, const QUrlQuery &q = {}) { return fixture.get(path, q); }

    QString create(QJsonObject spec = {})
    {
        if (!spec.contains("name"_L1))
            spec.insert("name"_L1, u"sales"_s);
        if (!spec.contains("libraries"_L1))
            spec.insert("libraries"_L1,
                        QJsonArray{QJsonObject{
                            {"notebook"_L1, QJsonObject{{"path"_L1, u"/Shared/dlt/sales"_s}}}}});
        const RawResponse response = fixture.post(kBase, spec);
        if (response.status != 200)
            qWarning() << response.body;
        return response.json.value("pipeline_id"_L1).toString();
    }
    QJsonObject pipeline(const QString &id) { return get(kBase + u'/' + id).json; }
    QString state(const QString &id) { return pipeline(id).value("state"_L1).toString(); }

    QString start(const QString &id, const QJsonObject &body = {})
    {
        const RawResponse response = fixture.post(kBase + u'/' + id + "/updates"_L1, body);
        if (response.status != 200)
            qWarning() << response.body;
        return response.json.value("update_id"_L1).toString();
    }
    QJsonObject update(const QString &id, const QString &updateId)
    {
        return get(kBase + u'/' + id + "/updates/"_L1 + updateId)
            .json.value("update"_L1)
            .toObject();
    }
    QString updateState(const QString &id, const QString &updateId)
    {
        return update(id, updateId).value("state"_L1).toString();
    }

    RawResponse eventsPage(const QString &id, const QUrlQuery &q)
    {
        return get(kBase + u'/' + id + "/events"_L1, q);
    }
    // Every event of the pipeline (oldest first), optionally filtered.
    QJsonArray events(const QString &id, const QString &filter = {})
    {
        QUrlQuery q = query({{u"order_by"_s, u"timestamp asc"_s}, {u"max_results"_s, u"1000"_s}});
        if (!filter.isEmpty())
            q.addQueryItem(u"filter"_s, QString::fromUtf8(QUrl::toPercentEncoding(filter)));
        QJsonArray out;
        RawResponse page = eventsPage(id, q);
        while (true) {
            for (const QJsonValue &event : page.json.value("events"_L1).toArray())
                out.append(event);
            const QString next = page.json.value("next_page_token"_L1).toString();
            if (next.isEmpty())
                break;
            page = eventsPage(id, query({{u"page_token"_s, next}, {u"max_results"_s, u"1000"_s}}));
        }
        return out;
    }
    QJsonArray updateEvents(const QString &id, const QString &updateId)
    {
        return events(id, u"update_id='%1'"_s.arg(updateId));
    }

    EmulatorFixture fixture;
};

QStringList eventTypes(const QJsonArray &events)
{
    QStringList out;
    for (const QJsonValue &event : events)
        out.append(event.toObject().value("event_type"_L1).toString());
    return out;
}

QJsonArray ofType(const QJsonArray &events, const QString &type)
{
    QJsonArray out;
    for (const QJsonValue &event : events)
        if (event.toObject().value("event_type"_L1).toString() == type)
            out.append(event);
    return out;
}

QStringList progressStates(const QJsonArray &events)
{
    QStringList out;
    for (const QJsonValue &event : ofType(events, u"update_progress"_s))
        out.append(event.toObject()
                       .value("details"_L1)
                       .toObject()
                       .value("update_progress"_L1)
                       .toObject()
                       .value("state"_L1)
                       .toString());
    return out;
}

// "dataset_name:status" of every flow_progress event, in order.
QStringList flowStatuses(const QJsonArray &events)
{
    QStringList out;
    for (const QJsonValue &value : ofType(events, u"flow_progress"_s)) {
        const QJsonObject event = value.toObject();
        out.append(event.value("origin"_L1).toObject().value("dataset_name"_L1).toString() + u':' +
                   event.value("details"_L1)
                       .toObject()
                       .value("flow_progress"_L1)
                       .toObject()
                       .value("status"_L1)
                       .toString());
    }
    return out;
}

QByteArray errorBody(const QString &code, const QString &message)
{
    return QJsonDocument(QJsonObject{{"error_code"_L1, code}, {"message"_L1, message}})
        .toJson(QJsonDocument::Compact);
}

QStringList names(const RawResponse &response)
{
    QStringList out;
    for (const QJsonValue &value : response.json.value("statuses"_L1).toArray())
        out.append(value.toObject().value("name"_L1).toString());
    return out;
}

QString errorCode(const RawResponse &response)
{
    return response.json.value("error_code"_L1).toString();
}

QString message(const RawResponse &response)
{
    return response.json.value("message"_L1).toString();
}

} // namespace

class TestPipelinesApi : public QObject
{
    Q_OBJECT
private slots:
    void createDefaults();
    void createErrors();
    void dryRun();
    void listOrderFiltersAndPaging();
    void listErrors();
    void editReplacesSpec();
    void editConflicts();
    void deletePipeline();
    void unknownIds();
    void updateStateMachine();
    void updateEvents();
    void startRefused();
    void selectiveRefresh();
    void fullRefreshTakesLonger();
    void stopCancels();
    void validateOnly();
    void failingDataset();
    void continuousStaysRunning();
    void listUpdates();
    void eventFilters();
    void eventFilterErrors();
    void eventPaging();
    void syntheticEventsPageLinearly();
    void demoPipelines();
    void demoRunningUpdateFinishes();
};

void TestPipelinesApi::createDefaults()
{
    Pipelines p;
    const QString id = p.create();
    QVERIFY(!QUuid::fromString(id).isNull());
    const QJsonObject got = p.pipeline(id);
    QCOMPARE(got.value("pipeline_id"_L1).toString(), id);
    QCOMPARE(got.value("name"_L1).toString(), u"sales"_s);
    QCOMPARE(got.value("state"_L1).toString(), u"IDLE"_s);
    QCOMPARE(got.value("health"_L1).toString(), u"HEALTHY"_s);
    QCOMPARE(got.value("creator_user_name"_L1).toString(), kUser);
    QCOMPARE(got.value("run_as_user_name"_L1).toString(), kUser);
    QCOMPARE(got.value("last_modified"_L1).toInteger(), p.now());
    QVERIFY(!got.contains("latest_updates"_L1));
    QVERIFY(!got.contains("cluster_id"_L1));
    const QJsonObject spec = got.value("spec"_L1).toObject();
    QCOMPARE(spec.value("id"_L1).toString(), id);
    QCOMPARE(spec.value("name"_L1).toString(), u"sales"_s);
    QCOMPARE(spec.value("storage"_L1).toString(), "dbfs:/pipelines/"_L1 + id);
    QCOMPARE(spec.value("development"_L1).toBool(true), false);
    QCOMPARE(spec.value("continuous"_L1).toBool(true), false);
    QCOMPARE(spec.value("channel"_L1).toString(), u"CURRENT"_s);
    QCOMPARE(spec.value("edition"_L1).toString(), u"ADVANCED"_s);
    QVERIFY(!spec.contains("allow_duplicate_names"_L1));
    // Two datasets made up from the notebook.
    const Pipeline *stored = p.fixture.emulator().pipelines().find(id);
    QVERIFY(stored);
    QCOMPARE(stored->datasets.size(), 2);
    QCOMPARE(stored->datasets.at(0).name, u"sales_raw"_s);
    QCOMPARE(stored->datasets.at(0).kind, PipelineDataset::Kind::StreamingTable);
    QCOMPARE(stored->datasets.at(1).name, u"sales_clean"_s);

    // A Unity Catalog pipeline keeps no DBFS storage; given values stay.
    const QString uc = p.create(QJsonObject{{"name"_L1, u"uc"_s},
                                            {"catalog"_L1, u"main"_s},
                                            {"schema"_L1, u"sales"_s},
                                            {"development"_L1, true},
                                            {"channel"_L1, u"preview"_s},
                                            {"edition"_L1, u"PRO"_s}});
    const QJsonObject ucSpec = p.pipeline(uc).value("spec"_L1).toObject();
    QVERIFY(!ucSpec.contains("storage"_L1));
    QCOMPARE(ucSpec.value("catalog"_L1).toString(), u"main"_s);
    QCOMPARE(ucSpec.value("development"_L1).toBool(), true);
    QCOMPARE(ucSpec.value("channel"_L1).toString(), u"PREVIEW"_s);
    QCOMPARE(ucSpec.value("edition"_L1).toString(), u"PRO"_s);
}

void TestPipelinesApi::createErrors()
{
    Pipelines p;
    const QString first = p.create();
    RawResponse response = p.fixture.post(kBase, QJsonObject{{"name"_L1, u"sales"_s}});
    QCOMPARE(response.status, 409);
    QCOMPARE(errorCode(response), u"RESOURCE_CONFLICT"_s);
    QVERIFY(message(response).contains("'sales'"_L1));
    QCOMPARE(p.fixture.emulator().pipelines().size(), 1);

    response = p.fixture.post(
        kBase, QJsonObject{{"name"_L1, u"sales"_s}, {"allow_duplicate_names"_L1, true}});
    QCOMPARE(response.status, 200);
    QVERIFY(response.json.value("pipeline_id"_L1).toString() != first);
    QCOMPARE(p.fixture.emulator().pipelines().size(), 2);

    response = p.fixture.post(kBase, QJsonObject{{"catalog"_L1, u"main"_s}});
    QCOMPARE(response.status, 400);
    QCOMPARE(errorCode(response), u"INVALID_PARAMETER_VALUE"_s);

    response = p.fixture.post(kBase, QJsonObject{{"name"_L1, u"x"_s}, {"target"_L1, u"a.b"_s}});
    QCOMPARE(response.status, 400);
    QVERIFY(message(response).startsWith(
        "CreatePipeline target_schema_name \"a.b\" is not a valid name."_L1));

    response = p.fixture.post(kBase, QJsonObject{{"name"_L1, u"x"_s}, {"continuous"_L1, u"yes"_s}});
    QCOMPARE(response.status, 400);
    response = p.fixture.postRaw(kBase, "[1,2]", "application/json");
    QCOMPARE(response.status, 400);
    QCOMPARE(errorCode(response), u"MALFORMED_REQUEST"_s);
    QCOMPARE(p.fixture.emulator().pipelines().size(), 2);
}

void TestPipelinesApi::dryRun()
{
    Pipelines p;
    const RawResponse response =
        p.fixture.post(kBase, QJsonObject{{"name"_L1, u"trial"_s},
                                          {"dry_run"_L1, true},
                                          {"configuration"_L1, QJsonObject{{"k"_L1, u"v"_s}}}});
    QCOMPARE(response.status, 200);
    QVERIFY(!response.json.contains("pipeline_id"_L1));
    const QJsonObject effective = response.json.value("effective_settings"_L1).toObject();
    QCOMPARE(effective.value("name"_L1).toString(), u"trial"_s);
    QCOMPARE(effective.value("channel"_L1).toString(), u"CURRENT"_s);
    QCOMPARE(effective.value("edition"_L1).toString(), u"ADVANCED"_s);
    QCOMPARE(effective.value("configuration"_L1).toObject().value("k"_L1).toString(), u"v"_s);
    QVERIFY(effective.value("storage"_L1).toString().startsWith("dbfs:/pipelines/"_L1));
    QVERIFY(!effective.contains("dry_run"_L1));
    // Nothing saved: not listed, and the name stays free.
    QCOMPARE(p.fixture.emulator().pipelines().size(), 0);
    QCOMPARE(p.get(kBase).body, QByteArray("{}"));
    QVERIFY(!p.create(QJsonObject{{"name"_L1, u"trial"_s}}).isEmpty());
}

void TestPipelinesApi::listOrderFiltersAndPaging()
{
    Pipelines p;
    const QStringList created{u"Sales daily"_s, u"alpha"_s, u"wholesale"_s, u"beta"_s,
                              u"SALES monthly"_s};
    for (const QString &name : created)
        p.create(
            QJsonObject{{"name"_L1, name},
                        {"libraries"_L1,
                         QJsonArray{QJsonObject{
                             {"notebook"_L1, QJsonObject{{"path"_L1, "/Shared/"_L1 + name}}}}}}});

    RawResponse response = p.get(kBase, query({{u"order_by"_s, u"name asc"_s}}));
    QCOMPARE(names(response), (QStringList{u"alpha"_s, u"beta"_s, u"Sales daily"_s,
                                           u"SALES monthly"_s, u"wholesale"_s}));
    response = p.get(kBase, query({{u"order_by"_s, u"name desc"_s}}));
    QCOMPARE(names(response).first(), u"wholesale"_s);
    QStringList ids;
    for (const QJsonValue &status : p.get(kBase).json.value("statuses"_L1).toArray())
        ids.append(status.toObject().value("pipeline_id"_L1).toString());
    QStringList sorted = ids;
    sorted.sort();
    QCOMPARE(ids, sorted); // default: id asc
    QStringList desc;
    for (const QJsonValue &status :
         p.get(kBase, query({{u"order_by"_s, u"id desc"_s}})).json.value("statuses"_L1).toArray())
        desc.append(status.toObject().value("pipeline_id"_L1).toString());
    std::reverse(sorted.begin(), sorted.end());
    QCOMPARE(desc, sorted);

    // LIKE is case-insensitive with % wildcards.
    response = p.get(
        kBase, query({{u"filter"_s, u"name LIKE '%sale%'"_s}, {u"order_by"_s, u"name asc"_s}}));
    QCOMPARE(names(response), (QStringList{u"Sales daily"_s, u"SALES monthly"_s, u"wholesale"_s}));
    response = p.get(kBase, query({{u"filter"_s, u"name like 'sales%'"_s}}));
    QCOMPARE(names(response).size(), 2);
    response = p.get(kBase, query({{u"filter"_s, u"notebook='/Shared/beta'"_s}}));
    QCOMPARE(names(response), QStringList{u"beta"_s});

    // A later page with the token alone continues the filtered, ordered listing.
    response = p.get(kBase, query({{u"filter"_s, u"name LIKE '%SALE%'"_s},
                                   {u"order_by"_s, u"name desc"_s},
                                   {u"max_results"_s, u"2"_s}}));
    QCOMPARE(names(response), (QStringList{u"wholesale"_s, u"SALES monthly"_s}));
    const QString token = response.json.value("next_page_token"_L1).toString();
    QVERIFY(!token.isEmpty());
    response = p.get(kBase, query({{u"page_token"_s, token}, {u"max_results"_s, u"2"_s}}));
    QCOMPARE(response.status, 200);
    QCOMPARE(names(response), QStringList{u"Sales daily"_s});
    QVERIFY(!response.json.contains("next_page_token"_L1));
}

void TestPipelinesApi::listErrors()
{
    Pipelines p;
    p.create();
    RawResponse response = p.get(kBase, query({{u"max_results"_s, u"101"_s}}));
    QCOMPARE(response.body, errorBody(u"INVALID_PARAMETER_VALUE"_s,
                                      u"max_results must be between 1 and 100, got 101."_s));
    QCOMPARE(response.status, 400);
    for (const QString &filter :
         {u"name LIKE '%a%' AND notebook='/x'"_s, u"name LIKE '%a%' OR name LIKE '%b%'"_s,
          u"creator_user_name='x'"_s, u"name = 'sales'"_s}) {
        response = p.get(kBase, query({{u"filter"_s, filter}}));
        QCOMPARE(response.status, 400);
        QCOMPARE(errorCode(response), u"INVALID_PARAMETER_VALUE"_s);
        QVERIFY(message(response).startsWith("Invalid filter"_L1));
    }
    for (const QString &order : {u"state asc"_s, u"name up"_s, u"id asc desc"_s}) {
        response = p.get(kBase, query({{u"order_by"_s, order}}));
        QCOMPARE(response.status, 400);
        QCOMPARE(errorCode(response), u"INVALID_PARAMETER_VALUE"_s);
    }
    // An offset token from another list is not a pipelines token.
    response = p.get(kBase, query({{u"page_token"_s, u"b2Zmc2V0OjI="_s}}));
    QCOMPARE(response.status, 400);
}

void TestPipelinesApi::editReplacesSpec()
{
    Pipelines p;
    const QString id = p.create(QJsonObject{{"name"_L1, u"sales"_s},
                                            {"configuration"_L1, QJsonObject{{"a"_L1, u"1"_s}}},
                                            {"photon"_L1, true}});
    const qint64 before = p.pipeline(id).value("last_modified"_L1).toInteger();
    p.advance(5'000);
    // No `id` in the body: accepted. The whole spec is replaced.
    RawResponse response = p.send(
        "PUT", kBase + u'/' + id,
        QJsonObject{{"name"_L1, u"sales-v2"_s},
                    {"catalog"_L1, u"main"_s},
                    {"target"_L1, u"sales"_s},
                    {"libraries"_L1,
                     QJsonArray{QJsonObject{
                         {"file"_L1, QJsonObject{{"path"_L1, u"/Shared/dlt/orders.py"_s}}}}}}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
    const QJsonObject got = p.pipeline(id);
    QCOMPARE(got.value("name"_L1).toString(), u"sales-v2"_s);
    const QJsonObject spec = got.value("spec"_L1).toObject();
    QCOMPARE(spec.value("name"_L1).toString(), u"sales-v2"_s);
    QCOMPARE(spec.value("id"_L1).toString(), id);
    QVERIFY(!spec.contains("configuration"_L1));
    QVERIFY(!spec.contains("photon"_L1));
    QVERIFY(!spec.contains("storage"_L1));
    QCOMPARE(spec.value("catalog"_L1).toString(), u"main"_s);
    QCOMPARE(got.value("last_modified"_L1).toInteger(), before + 5'000);
    // New source, new datasets.
    QCOMPARE(p.fixture.emulator().pipelines().find(id)->datasets.first().name, u"orders_raw"_s);

    // With a matching id and a fresh expected_last_modified: accepted, and
    // last_modified moves on even on a frozen clock.
    response = p.send("PUT", kBase + u'/' + id,
                      QJsonObject{{"id"_L1, id},
                                  {"name"_L1, u"sales-v3"_s},
                                  {"expected_last_modified"_L1, before + 5'000}});
    QCOMPARE(response.status, 200);
    QVERIFY(p.pipeline(id).value("last_modified"_L1).toInteger() > before + 5'000);
    QCOMPARE(p.pipeline(id).value("name"_L1).toString(), u"sales-v3"_s);
}

void TestPipelinesApi::editConflicts()
{
    Pipelines p;
    const QString id = p.create();
    p.create(QJsonObject{{"name"_L1, u"other"_s}});
    const qint64 read = p.pipeline(id).value("last_modified"_L1).toInteger();
    QCOMPARE(p.send("PUT", kBase + u'/' + id, QJsonObject{{"name"_L1, u"sales"_s}}).status, 200);

    // Someone else edited since `read`.
    RawResponse response =
        p.send("PUT", kBase + u'/' + id,
               QJsonObject{{"name"_L1, u"mine"_s}, {"expected_last_modified"_L1, read}});
    QCOMPARE(response.status, 409);
    QCOMPARE(errorCode(response), u"RESOURCE_CONFLICT"_s);
    QVERIFY(message(response).contains("has been modified since"_L1));
    QCOMPARE(p.pipeline(id).value("name"_L1).toString(), u"sales"_s);

    response = p.send("PUT", kBase + u'/' + id,
                      QJsonObject{{"id"_L1, u"another-id"_s}, {"name"_L1, u"sales"_s}});
    QCOMPARE(response.status, 400);
    QCOMPARE(errorCode(response), u"INVALID_PARAMETER_VALUE"_s);
    QVERIFY(message(response).contains("another-id"_L1));

    response = p.send("PUT", kBase + u'/' + id, QJsonObject{{"name"_L1, u"other"_s}});
    QCOMPARE(response.status, 409);
    QVERIFY(message(response).contains("'other'"_L1));
    response = p.send("PUT", kBase + u'/' + id,
                      QJsonObject{{"name"_L1, u"other"_s}, {"allow_duplicate_names"_L1, true}});
    QCOMPARE(response.status, 200);
    response = p.send("PUT", kBase + u'/' + id,
                      QJsonObject{{"name"_L1, u"x"_s}, {"schema"_L1, u"not.valid"_s}});
    QVERIFY(message(response).startsWith("EditPipeline target_schema_name"_L1));
}

void TestPipelinesApi::deletePipeline()
{
    Pipelines p;
    const QString id = p.create();
    const QString updateId = p.start(id);
    p.advance(kUntilRunning + 5'000);
    QCOMPARE(p.updateState(id, updateId), u"RUNNING"_s);
    QVERIFY(p.fixture.emulator().processes().contains(PipelineUpdateLifecycle::process(id)));

    RawResponse response = p.send("DELETE", kBase + u'/' + id, {},
                                  query({{u"cascade"_s, u"false"_s}, {u"force"_s, u"true"_s}}));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
    // The active update ended with it.
    QVERIFY(!p.fixture.emulator().processes().contains(PipelineUpdateLifecycle::process(id)));
    const QByteArray gone = errorBody(u"RESOURCE_DOES_NOT_EXIST"_s,
                                      u"The specified pipeline %1 was not found."_s.arg(id));
    QCOMPARE(p.get(kBase + u'/' + id).body, gone);
    QCOMPARE(p.get(kBase + u'/' + id + "/updates/"_L1 + updateId).body, gone);
    QCOMPARE(p.send("DELETE", kBase + u'/' + id).status, 404);
    p.advance(600'000);
    QCOMPARE(p.get(kBase).body, QByteArray("{}"));
}

void TestPipelinesApi::unknownIds()
{
    Pipelines p;
    const QString id = p.create();
    const QString missing = u"00000000-0000-4000-8000-000000000000"_s;
    const QByteArray gone = errorBody(u"RESOURCE_DOES_NOT_EXIST"_s,
                                      u"The specified pipeline %1 was not found."_s.arg(missing));
    const QString base = kBase + u'/' + missing;
    const QList<RawResponse> answers{
        p.get(base),
        p.send("PUT", base, QJsonObject{{"name"_L1, u"x"_s}}),
        p.send("DELETE", base),
        p.send("POST", base + "/updates"_L1),
        p.get(base + "/updates"_L1),
        p.get(base + "/updates/abc"_L1),
        p.get(base + "/events"_L1),
        p.send("POST", base + "/stop"_L1),
    };
    for (const RawResponse &response : answers) {
        QCOMPARE(response.status, 404);
        QCOMPARE(response.body, gone);
    }
    const RawResponse update = p.get(kBase + u'/' + id + "/updates/nope"_L1);
    QCOMPARE(update.status, 404);
    QCOMPARE(update.body, errorBody(u"RESOURCE_DOES_NOT_EXIST"_s,
                                    u"The specified update nope was not found."_s));
    QCOMPARE(errorCode(p.get(kBase + u'/' + id + "/unknown"_L1)), u"ENDPOINT_NOT_FOUND"_s);
    QCOMPARE(errorCode(p.send("PUT", kBase + u'/' + id + "/updates"_L1)), u"ENDPOINT_NOT_FOUND"_s);
}

void TestPipelinesApi::updateStateMachine()
{
    Pipelines p;
    const QString id = p.create();
    const qint64 started = p.now();
    const QString updateId = p.start(id, QJsonObject{{"cause"_L1, u"USER_ACTION"_s}});
    QVERIFY(!QUuid::fromString(updateId).isNull());

    QJsonObject update = p.update(id, updateId);
    QCOMPARE(update.value("state"_L1).toString(), u"QUEUED"_s);
    QCOMPARE(update.value("creation_time"_L1).toInteger(), started); // ms here
    QCOMPARE(update.value("cause"_L1).toString(), u"USER_ACTION"_s);
    QCOMPARE(update.value("full_refresh"_L1).toBool(true), false);
    QCOMPARE(update.value("validate_only"_L1).toBool(true), false);
    QCOMPARE(update.value("mode"_L1).toString(), u"TRIGGERED"_s);
    QCOMPARE(update.value("config"_L1).toObject().value("id"_L1).toString(), id);
    QCOMPARE(update.value("config"_L1).toObject().value("name"_L1).toString(), u"sales"_s);
    QCOMPARE(p.state(id), u"STARTING"_s);

    const QList<QPair<qint64, QString>> steps{{2'000, u"CREATED"_s},
                                              {3'000, u"WAITING_FOR_RESOURCES"_s},
                                              {40'000, u"INITIALIZING"_s},
                                              {15'000, u"SETTING_UP_TABLES"_s},
                                              {10'000, u"RUNNING"_s}};
    for (const auto &[ms, state] : steps) {
        p.advance(ms - 1);
        QVERIFY(p.updateState(id, updateId) != state);
        p.advance(1);
        QCOMPARE(p.updateState(id, updateId), state);
        if (state == "WAITING_FOR_RESOURCES"_L1) {
            QCOMPARE(p.state(id), u"STARTING"_s);
            const QString cluster = p.pipeline(id).value("cluster_id"_L1).toString();
            QVERIFY(QRegularExpression(u"^\\d{4}-\\d{6}-[a-z0-9]{8}$"_s).match(cluster).hasMatch());
            QCOMPARE(p.update(id, updateId).value("cluster_id"_L1).toString(), cluster);
        }
        if (state == "INITIALIZING"_L1)
            QCOMPARE(p.state(id), u"RUNNING"_s);
    }
    const QJsonObject running = p.pipeline(id);
    QCOMPARE(running.value("state"_L1).toString(), u"RUNNING"_s);
    QVERIFY(running.value("cause"_L1).toString().contains("USER_ACTION"_L1));
    const QJsonObject latest = running.value("latest_updates"_L1).toArray().first().toObject();
    QCOMPARE(latest.value("update_id"_L1).toString(), updateId);
    QCOMPARE(latest.value("state"_L1).toString(), u"RUNNING"_s);
    // ISO-8601 in latest_updates, the same moment as get-update's ms.
    QCOMPARE(QDateTime::fromString(latest.value("creation_time"_L1).toString(), Qt::ISODateWithMs)
                 .toMSecsSinceEpoch(),
             started);

    p.advance(kTwoFlows - 1);
    QCOMPARE(p.updateState(id, updateId), u"RUNNING"_s);
    p.advance(1);
    QCOMPARE(p.updateState(id, updateId), u"COMPLETED"_s);
    const QJsonObject done = p.pipeline(id);
    QCOMPARE(done.value("state"_L1).toString(), u"IDLE"_s);
    QCOMPARE(done.value("health"_L1).toString(), u"HEALTHY"_s);
    QVERIFY(!done.contains("cluster_id"_L1));
    QVERIFY(!done.contains("cause"_L1));
    // The update keeps the cluster it ran on.
    QVERIFY(!p.update(id, updateId).value("cluster_id"_L1).toString().isEmpty());
    QCOMPARE(done.value("latest_updates"_L1).toArray().first().toObject().value("state"_L1),
             u"COMPLETED"_s);
}

void TestPipelinesApi::updateEvents()
{
    Pipelines p;
    const QString id = p.create();
    const qint64 started = p.now();
    const QString updateId = p.start(id);
    p.advance(kUntilRunning + kTwoFlows);
    QCOMPARE(p.updateState(id, updateId), u"COMPLETED"_s);

    const QJsonArray events = p.updateEvents(id, updateId);
    QCOMPARE(progressStates(events),
             (QStringList{u"QUEUED"_s, u"CREATED"_s, u"WAITING_FOR_RESOURCES"_s, u"INITIALIZING"_s,
                          u"SETTING_UP_TABLES"_s, u"RUNNING"_s, u"COMPLETED"_s}));
    QCOMPARE(eventTypes(events).first(), u"create_update"_s);
    QCOMPARE(ofType(events, u"cluster_resources"_s).size(), 1);
    QCOMPARE(ofType(events, u"flow_definition"_s).size(), 2);
    QCOMPARE(ofType(events, u"dataset_definition"_s).size(), 2);
    // Hive metastore without a target: datasets keep their plain names.
    QCOMPARE(
        flowStatuses(events),
        (QStringList{u"sales_raw:QUEUED"_s, u"sales_clean:QUEUED"_s, u"sales_raw:STARTING"_s,
                     u"sales_raw:RUNNING"_s, u"sales_raw:COMPLETED"_s, u"sales_clean:STARTING"_s,
                     u"sales_clean:RUNNING"_s, u"sales_clean:COMPLETED"_s}));

    qint64 previousSeq = 0;
    qint64 previousTime = 0;
    QSet<QString> ids;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        const QJsonObject origin = event.value("origin"_L1).toObject();
        QCOMPARE(origin.value("pipeline_id"_L1).toString(), id);
        QCOMPARE(origin.value("pipeline_name"_L1).toString(), u"sales"_s);
        QCOMPARE(origin.value("update_id"_L1).toString(), updateId);
        QVERIFY(!origin.value("request_id"_L1).toString().isEmpty());
        QCOMPARE(event.value("level"_L1).toString(), u"INFO"_s);
        QVERIFY(!event.value("maturity_level"_L1).toString().isEmpty());
        QVERIFY(!event.value("message"_L1).toString().isEmpty());
        const qint64 seq =
            event.value("sequence"_L1).toObject().value("control_plane_seq_no"_L1).toInteger();
        QVERIFY(seq > previousSeq);
        previousSeq = seq;
        const QDateTime time =
            QDateTime::fromString(event.value("timestamp"_L1).toString(), Qt::ISODateWithMs);
        QVERIFY(time.isValid());
        QVERIFY(time.toMSecsSinceEpoch() >= previousTime);
        previousTime = time.toMSecsSinceEpoch();
        ids.insert(event.value("id"_L1).toString());
        const QString type = event.value("event_type"_L1).toString();
        QVERIFY(event.value("details"_L1).toObject().contains(type));
    }
    QCOMPARE(ids.size(), events.size());
    QCOMPARE(QDateTime::fromString(events.first().toObject().value("timestamp"_L1).toString(),
                                   Qt::ISODateWithMs)
                 .toMSecsSinceEpoch(),
             started);
    QCOMPARE(previousTime, started + kUntilRunning + kTwoFlows);

    const QJsonArray flows = ofType(events, u"flow_progress"_s);
    const QJsonObject completed = flows.at(4).toObject();
    QCOMPARE(completed.value("message"_L1).toString(), u"Flow 'sales_raw' has COMPLETED."_s);
    QCOMPARE(completed.value("origin"_L1).toObject().value("flow_name"_L1).toString(),
             u"sales_raw"_s);
    QVERIFY(!completed.value("origin"_L1).toObject().value("cluster_id"_L1).toString().isEmpty());
    QVERIFY(completed.value("details"_L1)
                .toObject()
                .value("flow_progress"_L1)
                .toObject()
                .value("metrics"_L1)
                .toObject()
                .value("num_output_rows"_L1)
                .toInteger() > 0);
    const QJsonObject progress = ofType(events, u"update_progress"_s).last().toObject();
    QCOMPARE(progress.value("message"_L1).toString(),
             u"Update %1 is COMPLETED."_s.arg(updateId.left(6)));
}

void TestPipelinesApi::startRefused()
{
    Pipelines p;
    const QString id = p.create();
    const QString base = kBase + u'/' + id + "/updates"_L1;
    RawResponse response = p.fixture.post(
        base, QJsonObject{{"refresh_selection"_L1, QJsonArray{u"sales_raw"_s, u"nope"_s}},
                          {"full_refresh_selection"_L1, QJsonArray{u"missing_too"_s}}});
    QCOMPARE(response.status, 400);
    QCOMPARE(errorCode(response), u"INVALID_PARAMETER_VALUE"_s);
    QVERIFY(message(response).contains("nope, missing_too"_L1));
    QVERIFY(!message(response).contains("sales_raw"_L1));
    response =
        p.fixture.post(base, QJsonObject{{"full_refresh"_L1, true},
                                         {"refresh_selection"_L1, QJsonArray{u"sales_raw"_s}}});
    QCOMPARE(response.status, 400);
    response = p.fixture.post(base, QJsonObject{{"cause"_L1, u"WHENEVER"_s}});
    QCOMPARE(response.status, 400);
    QVERIFY(message(response).contains("WHENEVER"_L1));
    QCOMPARE(p.get(base).body, QByteArray("{}")); // none started

    const QString first = p.start(id);
    p.advance(10'000);
    response = p.fixture.post(base, QJsonObject{});
    QCOMPARE(response.status, 409);
    QCOMPARE(errorCode(response), u"RESOURCE_CONFLICT"_s);
    QVERIFY(message(response).contains(first));
    // Once it is done another may start.
    p.advance(600'000);
    QVERIFY(!p.start(id).isEmpty());
}

void TestPipelinesApi::selectiveRefresh()
{
    Pipelines p;
    const QString id = p.create();
    // The qualified or plain name of a table both select it.
    const QString updateId =
        p.start(id, QJsonObject{{"refresh_selection"_L1, QJsonArray{u"SALES_CLEAN"_s}}});
    p.advance(kUntilRunning + 1'000 + 22'000);
    QCOMPARE(p.updateState(id, updateId), u"COMPLETED"_s);
    const QJsonArray events = p.updateEvents(id, updateId);
    QCOMPARE(flowStatuses(events),
             (QStringList{u"sales_clean:QUEUED"_s, u"sales_clean:STARTING"_s,
                          u"sales_clean:RUNNING"_s, u"sales_clean:COMPLETED"_s}));
    // The whole graph is still defined.
    QCOMPARE(ofType(events, u"dataset_definition"_s).size(), 2);
    const QJsonObject update = p.update(id, updateId);
    QCOMPARE(update.value("refresh_selection"_L1).toArray(), QJsonArray{u"SALES_CLEAN"_s});
    QCOMPARE(update.value("full_refresh_selection"_L1).toArray(), QJsonArray{});

    const QString full =
        p.start(id, QJsonObject{{"full_refresh_selection"_L1, QJsonArray{u"sales_raw"_s}}});
    p.advance(kUntilRunning + 1'000 + 42'000);
    QCOMPARE(p.updateState(id, full), u"COMPLETED"_s);
    QCOMPARE(flowStatuses(p.updateEvents(id, full)).filter("sales_clean"_L1), QStringList{});
    QCOMPARE(p.update(id, full).value("full_refresh_selection"_L1).toArray(),
             QJsonArray{u"sales_raw"_s});
}

void TestPipelinesApi::fullRefreshTakesLonger()
{
    Pipelines p;
    const QString id = p.create();
    const QString updateId = p.start(id, QJsonObject{{"full_refresh"_L1, true}});
    QCOMPARE(p.update(id, updateId).value("full_refresh"_L1).toBool(), true);
    p.advance(kUntilRunning + kTwoFlows);
    QCOMPARE(p.updateState(id, updateId), u"RUNNING"_s);
    p.advance(2 * 20'000);
    QCOMPARE(p.updateState(id, updateId), u"COMPLETED"_s);
    const QJsonObject created = ofType(p.updateEvents(id, updateId), u"create_update"_s)
                                    .first()
                                    .toObject()
                                    .value("details"_L1)
                                    .toObject()
                                    .value("create_update"_L1)
                                    .toObject();
    QCOMPARE(created.value("full_refresh"_L1).toBool(), true);
    QCOMPARE(created.value("cause"_L1).toString(), u"API_CALL"_s);
}

void TestPipelinesApi::stopCancels()
{
    Pipelines p;
    const QString id = p.create();
    // No active update: a no-op.
    RawResponse response = p.send("POST", kBase + u'/' + id + "/stop"_L1);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
    QCOMPARE(p.state(id), u"IDLE"_s);

    const QString updateId = p.start(id);
    p.advance(kUntilRunning + 1'000 + 2'000 + 5'000); // sales_raw RUNNING
    response = p.send("POST", kBase + u'/' + id + "/stop"_L1);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
    QCOMPARE(p.updateState(id, updateId), u"STOPPING"_s);
    QCOMPARE(p.state(id), u"STOPPING"_s);
    p.advance(2'999);
    QCOMPARE(p.updateState(id, updateId), u"STOPPING"_s);
    p.advance(1);
    QCOMPARE(p.updateState(id, updateId), u"CANCELED"_s);
    QCOMPARE(p.state(id), u"IDLE"_s);
    QVERIFY(!p.pipeline(id).contains("cluster_id"_L1));
    const QJsonArray events = p.updateEvents(id, updateId);
    QCOMPARE(progressStates(events).mid(5),
             (QStringList{u"RUNNING"_s, u"STOPPING"_s, u"CANCELED"_s}));
    const QStringList flows = flowStatuses(events);
    QVERIFY(flows.contains(u"sales_raw:STOPPED"_s));
    QVERIFY(flows.contains(u"sales_clean:STOPPED"_s));
    QVERIFY(!flows.contains(u"sales_raw:COMPLETED"_s));
    // Nothing more happens later.
    p.advance(600'000);
    QCOMPARE(p.updateState(id, updateId), u"CANCELED"_s);
    QCOMPARE(p.updateEvents(id, updateId).size(), events.size());
    QCOMPARE(p.send("POST", kBase + u'/' + id + "/stop"_L1).status, 200);

    // Stopped while still QUEUED.
    const QString queued = p.start(id);
    p.send("POST", kBase + u'/' + id + "/stop"_L1);
    p.advance(3'000);
    QCOMPARE(p.updateState(id, queued), u"CANCELED"_s);
    QCOMPARE(flowStatuses(p.updateEvents(id, queued)), QStringList{});
}

void TestPipelinesApi::validateOnly()
{
    Pipelines p;
    const QString id = p.create();
    const QString updateId = p.start(id, QJsonObject{{"validate_only"_L1, true}});
    QCOMPARE(p.update(id, updateId).value("validate_only"_L1).toBool(), true);
    p.advance(kUntilRunning - 1);
    QCOMPARE(p.updateState(id, updateId), u"SETTING_UP_TABLES"_s);
    p.advance(1);
    QCOMPARE(p.updateState(id, updateId), u"COMPLETED"_s);
    QCOMPARE(p.state(id), u"IDLE"_s);
    const QJsonArray events = p.updateEvents(id, updateId);
    QCOMPARE(ofType(events, u"flow_progress"_s).size(), 0);
    QCOMPARE(ofType(events, u"flow_definition"_s).size(), 2);
    QCOMPARE(progressStates(events).last(), u"COMPLETED"_s);
    QVERIFY(!progressStates(events).contains(u"RUNNING"_s));
}

void TestPipelinesApi::failingDataset()
{
    Pipelines p;
    const QString id = p.create(QJsonObject{
        {"name"_L1, u"sales"_s}, {"catalog"_L1, u"main"_s}, {"schema"_L1, u"bronze"_s}});
    p.lifecycle().failDataset(id, u"sales_raw"_s);
    const QString updateId = p.start(id);
    p.advance(kUntilRunning + 1'000 + 22'000 - 1);
    QCOMPARE(p.updateState(id, updateId), u"RUNNING"_s);
    p.advance(1);
    QCOMPARE(p.updateState(id, updateId), u"FAILED"_s);
    const QJsonObject pipeline = p.pipeline(id);
    QCOMPARE(pipeline.value("state"_L1).toString(), u"FAILED"_s);
    QCOMPARE(pipeline.value("health"_L1).toString(), u"UNHEALTHY"_s);
    QVERIFY(pipeline.value("cause"_L1).toString().contains("TABLE_OR_VIEW_NOT_FOUND"_L1));

    const QJsonArray errors = p.events(id, u"level='ERROR'"_s);
    QCOMPARE(eventTypes(errors), (QStringList{u"flow_progress"_s, u"update_progress"_s}));
    const QJsonObject flow = errors.at(0).toObject();
    QCOMPARE(flow.value("message"_L1).toString(), u"Flow 'main.bronze.sales_raw' has FAILED."_s);
    QCOMPARE(flow.value("origin"_L1).toObject().value("dataset_name"_L1).toString(),
             u"main.bronze.sales_raw"_s);
    const QJsonObject error = flow.value("error"_L1).toObject();
    QCOMPARE(error.value("fatal"_L1).toBool(true), false);
    const QJsonObject exception = error.value("exceptions"_L1).toArray().first().toObject();
    QCOMPARE(exception.value("class_name"_L1).toString(),
             u"org.apache.spark.sql.AnalysisException"_s);
    QVERIFY(exception.value("message"_L1)
                .toString()
                .startsWith("[TABLE_OR_VIEW_NOT_FOUND] The table or view "_L1));
    QVERIFY(!exception.value("stack"_L1).toArray().isEmpty());
    const QJsonObject fatal = errors.at(1).toObject().value("error"_L1).toObject();
    QCOMPARE(fatal.value("fatal"_L1).toBool(), true);
    QCOMPARE(fatal.value("exceptions"_L1).toArray().first().toObject().value("class_name"_L1),
             u"org.apache.spark.sql.AnalysisException"_s);
    // The flow after it was skipped, with a warning.
    const QJsonArray warnings = p.events(id, u"level='WARN'"_s);
    QCOMPARE(flowStatuses(warnings), QStringList{u"main.bronze.sales_clean:SKIPPED"_s});

    // A custom exception, and the knob cleared makes the next update pass.
    p.lifecycle().failDataset(id, u"sales_raw"_s, u"java.lang.IllegalStateException"_s,
                              u"Checkpoint is corrupt"_s);
    const QString again = p.start(id);
    p.advance(kUntilRunning + 23'000);
    QCOMPARE(p.updateState(id, again), u"FAILED"_s);
    const QJsonObject custom = p.events(id, u"level='ERROR' AND update_id='%1'"_s.arg(again))
                                   .first()
                                   .toObject()
                                   .value("error"_L1)
                                   .toObject()
                                   .value("exceptions"_L1)
                                   .toArray()
                                   .first()
                                   .toObject();
    QCOMPARE(custom.value("class_name"_L1).toString(), u"java.lang.IllegalStateException"_s);
    QCOMPARE(custom.value("message"_L1).toString(), u"Checkpoint is corrupt"_s);
    p.lifecycle().clearDatasetFailure(id, u"sales_raw"_s);
    const QString fixed = p.start(id);
    p.advance(kUntilRunning + kTwoFlows);
    QCOMPARE(p.updateState(id, fixed), u"COMPLETED"_s);
    QCOMPARE(p.state(id), u"IDLE"_s);
    QCOMPARE(p.pipeline(id).value("health"_L1).toString(), u"HEALTHY"_s);
}

void TestPipelinesApi::continuousStaysRunning()
{
    Pipelines p;
    const QString id = p.create(QJsonObject{{"name"_L1, u"stream"_s}, {"continuous"_L1, true}});
    const QString updateId = p.start(id);
    QCOMPARE(p.update(id, updateId).value("mode"_L1).toString(), u"CONTINUOUS"_s);
    p.advance(24LL * 3600 * 1000); // a day
    QCOMPARE(p.updateState(id, updateId), u"RUNNING"_s);
    QCOMPARE(p.state(id), u"RUNNING"_s);
    const QStringList flows = flowStatuses(p.updateEvents(id, updateId));
    QVERIFY(flows.contains(u"sales_raw:RUNNING"_s));
    QVERIFY(flows.contains(u"sales_clean:RUNNING"_s));
    QVERIFY(flows.filter(":COMPLETED"_L1).isEmpty());
    // Refused while it runs; stopped, it ends CANCELED.
    QCOMPARE(p.fixture.post(kBase + u'/' + id + "/updates"_L1, {}).status, 409);
    p.send("POST", kBase + u'/' + id + "/stop"_L1);
    p.advance(3'000);
    QCOMPARE(p.updateState(id, updateId), u"CANCELED"_s);
    QCOMPARE(p.state(id), u"IDLE"_s);
    QCOMPARE(flowStatuses(p.updateEvents(id, updateId)).filter(":STOPPED"_L1).size(), 2);
}

void TestPipelinesApi::listUpdates()
{
    Pipelines p;
    const QString id = p.create();
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        ids.prepend(p.start(id, QJsonObject{{"validate_only"_L1, true}}));
        p.advance(kUntilRunning);
    }
    const QString base = kBase + u'/' + id + "/updates"_L1;
    RawResponse response = p.get(base);
    QCOMPARE(response.status, 200);
    const QJsonArray all = response.json.value("updates"_L1).toArray();
    QCOMPARE(all.size(), 5);
    QStringList listed;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QJsonValue &value : all) {
        const QJsonObject update = value.toObject();
        listed.append(update.value("update_id"_L1).toString());
        QVERIFY(!update.contains("config"_L1));
        QVERIFY(!update.contains("mode"_L1));
        QVERIFY(update.value("creation_time"_L1).isDouble()); // int64 ms
        QVERIFY(update.value("creation_time"_L1).toInteger() < previous);
        previous = update.value("creation_time"_L1).toInteger();
        QCOMPARE(update.value("state"_L1).toString(), u"COMPLETED"_s);
        QCOMPARE(update.value("validate_only"_L1).toBool(), true);
    }
    QCOMPARE(listed, ids); // newest first

    response = p.get(base, query({{u"max_results"_s, u"2"_s}}));
    QCOMPARE(response.json.value("updates"_L1).toArray().size(), 2);
    QVERIFY(!response.json.contains("prev_page_token"_L1));
    response = p.get(
        base, query({{u"max_results"_s, u"2"_s},
                     {u"page_token"_s, response.json.value("next_page_token"_L1).toString()}}));
    QCOMPARE(response.json.value("updates"_L1).toArray().first().toObject().value("update_id"_L1),
             ids.at(2));
    const QString prev = response.json.value("prev_page_token"_L1).toString();
    QVERIFY(!prev.isEmpty());
    response = p.get(base, query({{u"max_results"_s, u"2"_s}, {u"page_token"_s, prev}}));
    QCOMPARE(response.json.value("updates"_L1).toArray().first().toObject().value("update_id"_L1),
             ids.at(0));

    response = p.get(base, query({{u"until_update_id"_s, ids.at(1)}}));
    QCOMPARE(response.json.value("updates"_L1).toArray().size(), 2);
    response = p.get(base, query({{u"until_update_id"_s, u"nope"_s}}));
    QCOMPARE(response.status, 404);
    QCOMPARE(message(response), u"The specified update nope was not found."_s);
    QCOMPARE(p.get(base, query({{u"max_results"_s, u"101"_s}})).status, 400);
}

void TestPipelinesApi::eventFilters()
{
    Pipelines p;
    const QString id = p.create();
    p.lifecycle().failDataset(id, u"sales_clean"_s);
    const QString first = p.start(id);
    p.advance(kUntilRunning + kTwoFlows);
    QCOMPARE(p.updateState(id, first), u"FAILED"_s);
    p.lifecycle().clearDatasetFailure(id, u"sales_clean"_s);
    const qint64 secondStart = p.now() + 1;
    p.advance(1);
    const QString second = p.start(id);
    p.advance(kUntilRunning + kTwoFlows);
    QCOMPARE(p.updateState(id, second), u"COMPLETED"_s);

    const QJsonArray all = p.events(id);
    const int firstCount = p.updateEvents(id, first).size();
    const int secondCount = p.updateEvents(id, second).size();
    QCOMPARE(firstCount + secondCount, all.size());
    QVERIFY(firstCount > 10);

    // Default: 25 newest first.
    RawResponse response = p.eventsPage(id, {});
    QJsonArray page = response.json.value("events"_L1).toArray();
    QCOMPARE(page.size(), 25);
    QCOMPARE(page.first().toObject().value("id"_L1), all.last().toObject().value("id"_L1));
    QVERIFY(response.json.contains("next_page_token"_L1));
    response =
        p.eventsPage(id, query({{u"order_by"_s, u"timestamp desc"_s}, {u"max_results"_s, u"1"_s}}));
    QCOMPARE(response.json.value("events"_L1).toArray().first().toObject().value("id"_L1),
             all.last().toObject().value("id"_L1));

    QCOMPARE(p.events(id, u"level='ERROR'"_s).size(), 2);
    QCOMPARE(p.events(id, u"level in ('ERROR','WARN')"_s).size(), 2);
    QCOMPARE(p.events(id, u"level IN ('ERROR', 'INFO')"_s).size(), all.size());
    QCOMPARE(p.events(id, u"level='ERROR' AND update_id='%1'"_s.arg(second)).size(), 0);
    const QString iso = PipelinesStore::isoTime(secondStart);
    QCOMPARE(p.events(id, u"timestamp >= '%1'"_s.arg(iso)).size(), secondCount);
    // create_update and update_progress QUEUED share the update's first moment.
    QCOMPARE(p.events(id, u"timestamp > '%1'"_s.arg(iso)).size(), secondCount - 2);
    QCOMPARE(p.events(id, u"timestamp < '%1'"_s.arg(iso)).size(), firstCount);
    QCOMPARE(p.events(id, u"timestamp <= '%1'"_s.arg(iso)).size(), firstCount + 2);
    QCOMPARE(p.events(id, u"update_id = '%1' and timestamp > '%2'"_s.arg(first, iso)).size(), 0);
    const QString eventId = all.at(3).toObject().value("id"_L1).toString();
    const QJsonArray byId = p.events(id, u"id='%1'"_s.arg(eventId));
    QCOMPARE(byId.size(), 1);
    QCOMPARE(byId.first().toObject(), all.at(3).toObject());
}

void TestPipelinesApi::eventFilterErrors()
{
    Pipelines p;
    const QString id = p.create();
    p.start(id);
    const auto refused = [&](const QString &filter) {
        return p.eventsPage(id, query({{u"filter"_s, filter}}));
    };
    RawResponse response = refused(u"event_type='flow_progress'"_s);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.body, errorBody(u"INVALID_PARAMETER_VALUE"_s,
                                      u"Operation '=' not allowed on 'event_type'"_s));
    QCOMPARE(message(refused(u"level > 'INFO'"_s)), u"Operation '>' not allowed on 'level'"_s);
    QCOMPARE(message(refused(u"timestamp = '2024-01-01T00:00:00.000Z'"_s)),
             u"Operation '=' not allowed on 'timestamp'"_s);
    QCOMPARE(message(refused(u"level='INFO' AND maturity_level='STABLE'"_s)),
             u"Operation '=' not allowed on 'maturity_level'"_s);
    for (const QString &bad :
         {u"level='INFO' OR level='WARN'"_s, u"nonsense"_s, u"timestamp > 'yesterday'"_s}) {
        response = refused(bad);
        QCOMPARE(response.status, 400);
        QCOMPARE(errorCode(response), u"INVALID_PARAMETER_VALUE"_s);
    }
    QCOMPARE(p.eventsPage(id, query({{u"max_results"_s, u"1001"_s}})).status, 400);
    QCOMPARE(p.eventsPage(id, query({{u"max_results"_s, u"1000"_s}})).status, 200);
    QCOMPARE(p.eventsPage(id, query({{u"max_results"_s, u"0"_s}})).status, 400);
    QCOMPARE(p.eventsPage(id, query({{u"order_by"_s, u"level asc"_s}})).status, 400);
}

void TestPipelinesApi::eventPaging()
{
    Pipelines p;
    const QString id = p.create();
    const QString first = p.start(id);
    p.advance(kUntilRunning + kTwoFlows);
    const QString second = p.start(id);
    p.advance(kUntilRunning + kTwoFlows);
    const QJsonArray expected = p.updateEvents(id, first); // oldest first
    QVERIFY(expected.size() > 9);

    const QString filter = u"update_id='%1'"_s.arg(first);
    RawResponse response = p.eventsPage(id, query({{u"filter"_s, filter},
                                                   {u"order_by"_s, u"timestamp asc"_s},
                                                   {u"max_results"_s, u"4"_s}}));
    QJsonArray pages = response.json.value("events"_L1).toArray();
    QVERIFY(!response.json.contains("prev_page_token"_L1));
    QString token = response.json.value("next_page_token"_L1).toString();

    // page_token excludes filter and order_by.
    RawResponse refused =
        p.eventsPage(id, query({{u"page_token"_s, token}, {u"filter"_s, filter}}));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.body,
             errorBody(u"INVALID_PARAMETER_VALUE"_s,
                       u"You can provide a page token or specify a filter, but not both."_s));
    refused =
        p.eventsPage(id, query({{u"page_token"_s, token}, {u"order_by"_s, u"timestamp asc"_s}}));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.body,
             errorBody(u"INVALID_PARAMETER_VALUE"_s,
                       u"You can provide a page token or specify an ordering, but not both."_s));
    QCOMPARE(p.eventsPage(id, query({{u"page_token"_s, u"garbage"_s}})).status, 400);

    // The token alone continues the filtered, ascending listing.
    QString secondPagePrev;
    while (!token.isEmpty()) {
        response = p.eventsPage(id, query({{u"page_token"_s, token}, {u"max_results"_s, u"4"_s}}));
        QCOMPARE(response.status, 200);
        QVERIFY(response.json.contains("prev_page_token"_L1));
        if (secondPagePrev.isEmpty())
            secondPagePrev = response.json.value("prev_page_token"_L1).toString();
        for (const QJsonValue &event : response.json.value("events"_L1).toArray())
            pages.append(event);
        token = response.json.value("next_page_token"_L1).toString();
    }
    QCOMPARE(pages, expected);

    // prev_page_token of the second page gives the first page again.
    response =
        p.eventsPage(id, query({{u"page_token"_s, secondPagePrev}, {u"max_results"_s, u"4"_s}}));
    QCOMPARE(response.json.value("events"_L1).toArray(),
             QJsonArray({expected.at(0), expected.at(1), expected.at(2), expected.at(3)}));
    QVERIFY(!response.json.contains("prev_page_token"_L1));

    // Descending, unfiltered: every event once, newest first.
    QJsonArray desc;
    response = p.eventsPage(id, query({{u"max_results"_s, u"7"_s}}));
    while (true) {
        for (const QJsonValue &event : response.json.value("events"_L1).toArray())
            desc.append(event);
        token = response.json.value("next_page_token"_L1).toString();
        if (token.isEmpty())
            break;
        response = p.eventsPage(id, query({{u"page_token"_s, token}, {u"max_results"_s, u"7"_s}}));
    }
    const QJsonArray all = p.events(id);
    QCOMPARE(desc.size(), all.size());
    QCOMPARE(desc.first(), all.last());
    QCOMPARE(desc.last(), all.first());
    QCOMPARE(p.updateEvents(id, second).size() + expected.size(), all.size());
}

void TestPipelinesApi::syntheticEventsPageLinearly()
{
    Pipelines p;
    const QString id = p.create();
    const QString updateId = p.start(id);
    p.advance(kUntilRunning + kTwoFlows);
    const QString later = p.start(id);
    p.advance(kUntilRunning + kTwoFlows);
    const int own = p.updateEvents(id, updateId).size();
    QCOMPARE(p.lifecycle().addSyntheticEvents(id, updateId, 10'000), 10'000);
    QCOMPARE(p.lifecycle().addSyntheticEvents(id, u"nope"_s, 10), 0);

    QElapsedTimer timer;
    timer.start();
    const QJsonArray events = p.updateEvents(id, updateId); // pages of 1000
    QCOMPARE(events.size(), own + 10'000);
    qint64 previous = 0;
    QSet<QString> seen;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        const qint64 at =
            QDateTime::fromString(event.value("timestamp"_L1).toString(), Qt::ISODateWithMs)
                .toMSecsSinceEpoch();
        QVERIFY(at >= previous);
        previous = at;
        seen.insert(event.value("id"_L1).toString());
    }
    QCOMPARE(seen.size(), events.size());
    // The later update's events are untouched and after them all.
    QCOMPARE(p.events(id, u"update_id='%1'"_s.arg(later)).size(), own);
    QCOMPARE(p.events(id, u"level='WARN' AND update_id='%1'"_s.arg(updateId)).size(), 200);
    qInfo() << "paged" << events.size() << "events in" << timer.elapsed() << "ms";
}

void TestPipelinesApi::demoPipelines()
{
    Pipelines p(Seed::Demo);
    const RawResponse list = p.get(kBase);
    QCOMPARE(names(list), (QStringList{u"orders-dlt"_s, u"clickstream-sessionize"_s,
                                       u"orders-gold"_s, u"finance-ledger"_s}));
    const PipelinesStore &store = p.fixture.emulator().pipelines();
    for (const QString &id : {kOrders, kClicks, kGold, kLedger}) {
        const Pipeline *pipeline = store.find(id);
        QVERIFY(pipeline);
        QVERIFY(pipeline->datasets.size() >= 3 && pipeline->datasets.size() <= 7);
        QVERIFY(pipeline->updates.size() >= 2);
        QVERIFY(p.events(id).size() > 10);
    }
    QJsonObject orders = p.pipeline(kOrders);
    QCOMPARE(orders.value("state"_L1).toString(), u"RUNNING"_s);
    QVERIFY(!orders.value("cluster_id"_L1).toString().isEmpty());
    QCOMPARE(p.updateState(kOrders, u"e1f2a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7"_s), u"RUNNING"_s);
    QCOMPARE(p.updateState(kOrders, u"d0e1f2a3-b4c5-4d6e-9f80-91a2b3c4d5e6"_s), u"COMPLETED"_s);

    const QJsonObject clicks = p.pipeline(kClicks);
    QCOMPARE(clicks.value("state"_L1).toString(), u"IDLE"_s);
    QCOMPARE(clicks.value("spec"_L1).toObject().value("continuous"_L1).toBool(), true);
    QCOMPARE(clicks.value("latest_updates"_L1).toArray().first().toObject().value("state"_L1),
             u"CANCELED"_s);

    const QJsonObject gold = p.pipeline(kGold);
    QCOMPARE(gold.value("health"_L1).toString(), u"HEALTHY"_s);
    QCOMPARE(gold.value("latest_updates"_L1).toArray().size(), 5);
    for (const QJsonValue &update : gold.value("latest_updates"_L1).toArray())
        QCOMPARE(update.toObject().value("state"_L1).toString(), u"COMPLETED"_s);

    const QJsonObject ledger = p.pipeline(kLedger);
    QCOMPARE(ledger.value("state"_L1).toString(), u"FAILED"_s);
    QCOMPARE(ledger.value("health"_L1).toString(), u"UNHEALTHY"_s);
    QCOMPARE(ledger.value("spec"_L1).toObject().value("development"_L1).toBool(), true);
    const QString failed = u"f6e5d4c3-b2a1-4f0e-9d8c-7b6a5f4e3d2c"_s;
    QCOMPARE(p.updateState(kLedger, failed), u"FAILED"_s);
    const QJsonArray errors = p.events(kLedger, u"level='ERROR' AND update_id='%1'"_s.arg(failed));
    QCOMPARE(errors.size(), 2);
    const QString text = errors.first()
                             .toObject()
                             .value("error"_L1)
                             .toObject()
                             .value("exceptions"_L1)
                             .toArray()
                             .first()
                             .toObject()
                             .value("message"_L1)
                             .toString();
    QVERIFY(text.contains("The table or view `main`.`bronze`.`customers_raw` cannot be found."_L1));
    // The ledger's next update fails the same way.
    const QString next = p.start(kLedger);
    p.advance(600'000);
    QCOMPARE(p.updateState(kLedger, next), u"FAILED"_s);
}

void TestPipelinesApi::demoRunningUpdateFinishes()
{
    Pipelines p(Seed::Demo);
    const QString running = u"e1f2a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7"_s;
    const QStringList before = flowStatuses(p.updateEvents(kOrders, running));
    QVERIFY(before.contains(u"main.bronze.orders_raw:COMPLETED"_s));
    QVERIFY(!before.contains(u"main.bronze.daily_order_totals:COMPLETED"_s));
    p.advance(5 * 60'000);
    QCOMPARE(p.updateState(kOrders, running), u"COMPLETED"_s);
    QCOMPARE(p.state(kOrders), u"IDLE"_s);
    const QStringList after = flowStatuses(p.updateEvents(kOrders, running));
    QVERIFY(after.contains(u"main.bronze.daily_order_totals:COMPLETED"_s));
    // The view is defined but never refreshed.
    QVERIFY(after.filter("open_orders"_L1).isEmpty());
    QCOMPARE(progressStates(p.updateEvents(kOrders, running)).last(), u"COMPLETED"_s);
}

QTEST_GUILESS_MAIN(TestPipelinesApi)
#include "tst_pipelinesapi.moc"
