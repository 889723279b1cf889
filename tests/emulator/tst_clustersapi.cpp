// The Clusters and Libraries APIs over real loopback HTTP: create, start,
// restart, resize, terminate, edit, update, permanent-delete, pin, events,
// spark-versions, list-node-types and libraries, on a frozen emulator clock
// moved with advance(), never with sleeps.
#include "tests/emulator/emulatorfixture.h"

#include "core/emulator/clusterlifecycle.h"
#include "core/emulator/clustersapi.h"
#include "core/emulator/clustersstore.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;
using namespace brickdesk::emulator;
using brickdesk::test::EmulatorFixture;
using brickdesk::test::query;
using brickdesk::test::RawResponse;

namespace {

const QString kUser = u"demo@brickdesk.dev"_s;
// Demo clusters.
const QString kShared = u"0412-081530-shrd7k2q"_s;     // RUNNING, autoscale 2..8, pinned
const QString kEtl = u"0301-220000-etln1ght"_s;        // TERMINATED by INACTIVITY, pinned
const QString kGpu = u"0520-134501-mlgpu9x3"_s;        // PENDING
const QString kJobDone = u"0605-020004-job4k7mz"_s;    // TERMINATED job cluster
const QString kSandbox = u"0611-101010-sbxr3s1z"_s;    // RESIZING 2 -> 3
const QString kGeo = u"0615-073344-geoinit7"_s;        // TERMINATED, INIT_SCRIPT_FAILURE
const QString kJobRunning = u"0616-120000-job9r2xa"_s; // RUNNING job cluster

class Clusters
{
public:
    explicit Clusters(Seed seed = Seed::Empty)
        : fixture(seed)
    {
        fixture.emulator().clock().setFrozen(true);
    }

    void advance(qint64 ms) { fixture.emulator().clock().advance(ms); }
    qint64 now() { return fixture.emulator().clock().now(); }

    RawResponse post(const QString &verb, const QJsonObject &body,
                     const QString &version = u"2.1"_s)
    {
        return fixture.post("/api/"_L1 + version + "/clusters/"_L1 + verb, body);
    }
    RawResponse call(const QString &verb, const QString &id)
    {
        return post(verb, QJsonObject{{"cluster_id"_L1, id}});
    }
    QJsonObject get(const QString &id)
    {
        return fixture.get(u"/api/2.1/clusters/get"_s, query({{u"cluster_id"_s, id}})).json;
    }
    QString state(const QString &id) { return get(id).value("state"_L1).toString(); }

    QJsonArray events(const QString &id, QJsonObject extra = {})
    {
        extra.insert("cluster_id"_L1, id);
        if (!extra.contains("order"_L1))
            extra.insert("order"_L1, u"ASC"_s);
        if (!extra.contains("limit"_L1))
            extra.insert("limit"_L1, 500);
        return post(u"events"_s, extra).json.value("events"_L1).toArray();
    }
    QStringList eventTypes(const QString &id, qint64 since = 0)
    {
        QStringList out;
        for (const QJsonValue &event : events(id, QJsonObject{{"start_time"_L1, since}}))
            out.append(event.toObject().value("type"_L1).toString());
        return out;
    }
    QJsonObject lastEvent(const QString &id) { return events(id).last().toObject(); }

    QString create(QJsonObject spec = {})
    {
        if (!spec.contains("spark_version"_L1))
            spec.insert("spark_version"_L1, u"16.4.x-scala2.12"_s);
        if (!spec.contains("node_type_id"_L1))
            spec.insert("node_type_id"_L1, u"i3.xlarge"_s);
        if (!spec.contains("num_workers"_L1) && !spec.contains("autoscale"_L1))
            spec.insert("num_workers"_L1, 2);
        if (!spec.contains("cluster_name"_L1))
            spec.insert("cluster_name"_L1, u"test-cluster"_s);
        const RawResponse response = post(u"create"_s, spec);
        if (response.status != 200)
            qWarning() << response.body;
        return response.json.value("cluster_id"_L1).toString();
    }
    // Created and running, 1 ms after its RUNNING event.
    QString createRunning(QJsonObject spec = {})
    {
        const QString id = create(spec);
        advance(20'001);
        return id;
    }

    QJsonArray libraries(const QString &id)
    {
        return fixture.get(u"/api/2.0/libraries/cluster-status"_s, query({{u"cluster_id"_s, id}}))
            .json.value("library_statuses"_L1)
            .toArray();
    }
    QStringList libraryStatuses(const QString &id)
    {
        QStringList out;
        for (const QJsonValue &status : libraries(id))
            out.append(status.toObject().value("status"_L1).toString());
        return out;
    }

    EmulatorFixture fixture;
};

QByteArray errorBody(const QString &code, const QString &message)
{
    return QJsonDocument(QJsonObject{{"error_code"_L1, code}, {"message"_L1, message}})
        .toJson(QJsonDocument::Compact);
}

QByteArray unexpectedState(const QString &id, const QString &state)
{
    return errorBody(u"INVALID_STATE"_s, u"Cluster %1 is in unexpected state %2."_s.arg(id, state));
}

QJsonObject pypi(const QString &package)
{
    return QJsonObject{{"pypi"_L1, QJsonObject{{"package"_L1, package}}}};
}

} // namespace

class TestClustersApi : public QObject
{
    Q_OBJECT
private slots:
    void createPendingThenRunning();
    void createWithInitScripts();
    void initScriptFailureTerminates();
    void createRejectsBadSpecs();
    void startTerminated();
    void startInWrongState();
    void restartRunning();
    void restartInWrongState();
    void resizeRunning();
    void resizeAutoscale();
    void resizeInWrongState();
    void terminateRunning();
    void terminateIsANoOpWhenDown();
    void terminateWhilePending();
    void editRunningRestarts();
    void editTerminatedStaysTerminated();
    void editInWrongState();
    void jobClusterNotEditable();
    void updateWithMask();
    void permanentDelete();
    void pinAndUnpin();
    void pinLimit();
    void listSortBy();
    void autoterminationAfterIdleMinutes();
    void eventsPagingWithNextPage();
    void eventsPageTokens();
    void eventsOrderTypesAndTimes();
    void eventsErrors();
    void sparkVersions();
    void listNodeTypes();
    void librariesInstallProgression();
    void librariesFailingInstall();
    void librariesUninstallOnRestart();
    void librariesWaitForTerminatedCluster();
    void librariesErrors();
    void unknownIds();
    void demoClustersLive();
};

void TestClustersApi::createPendingThenRunning()
{
    for (const QString &version : {u"2.0"_s, u"2.1"_s}) {
        Clusters c;
        const qint64 t0 = c.now();
        const RawResponse response = c.post(u"create"_s,
                                            QJsonObject{{"cluster_name"_L1, u"adhoc"_s},
                                                        {"spark_version"_L1, u"16.4.x-scala2.12"_s},
                                                        {"node_type_id"_L1, u"i3.xlarge"_s},
                                                        {"num_workers"_L1, 2}},
                                            version);
        QCOMPARE(response.status, 200);
        const QString id = response.json.value("cluster_id"_L1).toString();
        QCOMPARE(response.json.keys(), QStringList{u"cluster_id"_s});
        QVERIFY2(QRegularExpression(u"^\\d{4}-\\d{6}-[a-z0-9]{8}$"_s).match(id).hasMatch(),
                 qPrintable(id));

        QJsonObject cluster = c.get(id);
        QCOMPARE(cluster.value("state"_L1).toString(), u"PENDING"_s);
        QCOMPARE(cluster.value("cluster_source"_L1).toString(), u"API"_s);
        QCOMPARE(cluster.value("creator_user_name"_L1).toString(), kUser);
        QCOMPARE(cluster.value("num_workers"_L1).toInt(), 2);
        QCOMPARE(cluster.value("start_time"_L1).toInteger(), t0);
        QVERIFY(!cluster.contains("last_restarted_time"_L1));

        c.advance(19'999);
        QCOMPARE(c.state(id), u"PENDING"_s);
        c.advance(1);
        cluster = c.get(id);
        QCOMPARE(cluster.value("state"_L1).toString(), u"RUNNING"_s);
        QCOMPARE(cluster.value("last_restarted_time"_L1).toInteger(), t0 + 20'000);
        QCOMPARE(cluster.value("state_message"_L1).toString(), QString());

        const QJsonArray events = c.events(id);
        QCOMPARE(events.size(), 2);
        const QJsonObject creating = events.at(0).toObject();
        QCOMPARE(creating.value("type"_L1).toString(), u"CREATING"_s);
        QCOMPARE(creating.value("cluster_id"_L1).toString(), id);
        QCOMPARE(creating.value("timestamp"_L1).toInteger(), t0);
        QCOMPARE(creating.value("details"_L1).toObject().value("user"_L1).toString(), kUser);
        const QJsonObject running = events.at(1).toObject();
        QCOMPARE(running.value("type"_L1).toString(), u"RUNNING"_s);
        QCOMPARE(running.value("timestamp"_L1).toInteger(), t0 + 20'000);
        QCOMPARE(running.value("details"_L1).toObject(),
                 (QJsonObject{{"current_num_workers"_L1, 2}, {"target_num_workers"_L1, 2}}));
    }
}

void TestClustersApi::createWithInitScripts()
{
    Clusters c;
    const qint64 t0 = c.now();
    const QJsonArray scripts{QJsonObject{
        {"workspace"_L1, QJsonObject{{"destination"_L1, u"/Workspace/Shared/init/ok.sh"_s}}}}};
    const QString id = c.create(QJsonObject{{"init_scripts"_L1, scripts}});
    // One big step crosses every deadline; each event keeps its own time.
    c.advance(60'000);
    const QJsonArray events = c.events(id);
    QStringList types;
    QList<qint64> times;
    for (const QJsonValue &event : events) {
        types.append(event.toObject().value("type"_L1).toString());
        times.append(event.toObject().value("timestamp"_L1).toInteger() - t0);
    }
    QCOMPARE(types, (QStringList{u"CREATING"_s, u"INIT_SCRIPTS_STARTED"_s,
                                 u"INIT_SCRIPTS_FINISHED"_s, u"RUNNING"_s}));
    QCOMPARE(times, (QList<qint64>{0, 15'000, 20'000, 20'000}));
    QCOMPARE(c.get(id).value("init_scripts"_L1).toArray(), scripts);
    QCOMPARE(c.state(id), u"RUNNING"_s);
}

void TestClustersApi::initScriptFailureTerminates()
{
    Clusters c;
    c.fixture.emulator().clusterLifecycle().setFailingInitScripts({u"/Volumes/main/ops/bad.sh"_s});
    const QString id = c.create(QJsonObject{
        {"init_scripts"_L1,
         QJsonArray{QJsonObject{
             {"volumes"_L1, QJsonObject{{"destination"_L1, u"/Volumes/main/ops/bad.sh"_s}}}}}}});
    c.advance(20'000);
    QCOMPARE(c.state(id), u"TERMINATING"_s);
    c.advance(5'000);
    const QJsonObject cluster = c.get(id);
    QCOMPARE(cluster.value("state"_L1).toString(), u"TERMINATED"_s);
    const QJsonObject reason = cluster.value("termination_reason"_L1).toObject();
    QCOMPARE(reason.value("code"_L1).toString(), u"INIT_SCRIPT_FAILURE"_s);
    QCOMPARE(reason.value("type"_L1).toString(), u"CLIENT_ERROR"_s);
    const QString message =
        u"Cluster scoped init script /Volumes/main/ops/bad.sh failed: Script exit status is "
        "non-zero"_s;
    QCOMPARE(
        reason.value("parameters"_L1).toObject().value("databricks_error_message"_L1).toString(),
        message);
    QCOMPARE(cluster.value("state_message"_L1).toString(), message);
    QCOMPARE(c.eventTypes(id),
             (QStringList{u"CREATING"_s, u"INIT_SCRIPTS_STARTED"_s, u"INIT_SCRIPTS_FINISHED"_s,
                          u"TERMINATING"_s, u"TERMINATED"_s}));
}

void TestClustersApi::createRejectsBadSpecs()
{
    Clusters c;
    RawResponse response = c.post(
        u"create"_s, QJsonObject{{"node_type_id"_L1, u"i3.xlarge"_s}, {"num_workers"_L1, 1}});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.body,
             errorBody(u"INVALID_PARAMETER_VALUE"_s, u"Missing required field: spark_version"_s));
    response = c.post(
        u"create"_s,
        QJsonObject{{"spark_version"_L1, u"16.4.x-scala2.12"_s},
                    {"node_type_id"_L1, u"i3.xlarge"_s},
                    {"num_workers"_L1, 1},
                    {"autoscale"_L1, QJsonObject{{"min_workers"_L1, 1}, {"max_workers"_L1, 2}}}});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.body,
             errorBody(u"INVALID_PARAMETER_VALUE"_s,
                       u"Exactly 1 of virtual_cluster_size, num_workers or autoscale must be "
                       "specified."_s));
    response = c.fixture.postRaw(u"/api/2.1/clusters/create"_s, "[1]", "application/json");
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"MALFORMED_REQUEST"_s);
    QCOMPARE(c.fixture.emulator().clusters().size(), 0);
}

void TestClustersApi::startTerminated()
{
    Clusters c(Seed::Demo);
    const qint64 t0 = c.now();
    const RawResponse response = c.call(u"start"_s, kEtl);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
    QJsonObject cluster = c.get(kEtl);
    QCOMPARE(cluster.value("state"_L1).toString(), u"PENDING"_s);
    QVERIFY(!cluster.contains("termination_reason"_L1));
    QVERIFY(!cluster.contains("terminated_time"_L1));
    QCOMPARE(cluster.value("start_time"_L1).toInteger(), t0);
    c.advance(20'000);
    QCOMPARE(c.state(kEtl), u"RUNNING"_s);
    QCOMPARE(c.eventTypes(kEtl, t0), (QStringList{u"STARTING"_s, u"RUNNING"_s}));
    QCOMPARE(c.lastEvent(kEtl).value("details"_L1).toObject(),
             (QJsonObject{{"current_num_workers"_L1, 6}, {"target_num_workers"_L1, 6}}));
}

void TestClustersApi::startInWrongState()
{
    Clusters c(Seed::Demo);
    RawResponse response = c.call(u"start"_s, kShared);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.body, unexpectedState(kShared, u"Running"_s));
    response = c.call(u"start"_s, kGpu);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.body, unexpectedState(kGpu, u"Pending"_s));
    response = c.call(u"start"_s, kSandbox);
    QCOMPARE(response.body, unexpectedState(kSandbox, u"Resizing"_s));
    c.call(u"delete"_s, kShared);
    response = c.call(u"start"_s, kShared);
    QCOMPARE(response.body, unexpectedState(kShared, u"Terminating"_s));
    // Job clusters are started by their runs only.
    response = c.call(u"start"_s, kJobDone);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.body, errorBody(u"INVALID_PARAMETER_VALUE"_s,
                                      u"Clusters launched to run a job cannot be started."_s));
    QCOMPARE(c.state(kJobDone), u"TERMINATED"_s);
}

void TestClustersApi::restartRunning()
{
    Clusters c;
    const QString id = c.createRunning();
    const qint64 t0 = c.now();
    const RawResponse response = c.post(
        u"restart"_s, QJsonObject{{"cluster_id"_L1, id}, {"restart_user"_L1, u"ops@x.dev"_s}});
    QCOMPARE(response.status, 200);
    QCOMPARE(c.state(id), u"RESTARTING"_s);
    c.advance(14'999);
    QCOMPARE(c.state(id), u"RESTARTING"_s);
    c.advance(1);
    QCOMPARE(c.state(id), u"RUNNING"_s);
    QCOMPARE(c.get(id).value("last_restarted_time"_L1).toInteger(), t0 + 15'000);
    const QJsonArray events = c.events(id, QJsonObject{{"start_time"_L1, t0}});
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).toObject().value("type"_L1).toString(), u"RESTARTING"_s);
    QCOMPARE(events.at(0).toObject().value("details"_L1).toObject().value("user"_L1).toString(),
             u"ops@x.dev"_s);
    QCOMPARE(events.at(1).toObject().value("type"_L1).toString(), u"RUNNING"_s);
}

void TestClustersApi::restartInWrongState()
{
    Clusters c(Seed::Demo);
    RawResponse response = c.call(u"restart"_s, kEtl);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.body, unexpectedState(kEtl, u"Terminated"_s));
    response = c.call(u"restart"_s, kGpu);
    QCOMPARE(response.body, unexpectedState(kGpu, u"Pending"_s));
    c.call(u"restart"_s, kShared);
    response = c.call(u"restart"_s, kShared);
    QCOMPARE(response.body, unexpectedState(kShared, u"Restarting"_s));
}

void TestClustersApi::resizeRunning()
{
    Clusters c;
    const QString id = c.createRunning();
    const qint64 t0 = c.now();
    RawResponse response =
        c.post(u"resize"_s, QJsonObject{{"cluster_id"_L1, id}, {"num_workers"_L1, 5}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
    QJsonObject cluster = c.get(id);
    QCOMPARE(cluster.value("state"_L1).toString(), u"RESIZING"_s);
    QCOMPARE(cluster.value("num_workers"_L1).toInt(), 5);
    QCOMPARE(cluster.value("state_message"_L1).toString(),
             u"Resizing cluster from 2 to 5 workers."_s);
    c.advance(10'000);
    QCOMPARE(c.state(id), u"RUNNING"_s);
    QJsonArray events = c.events(id, QJsonObject{{"start_time"_L1, t0}});
    QCOMPARE(events.size(), 2);
    QJsonObject resizing = events.at(0).toObject();
    QCOMPARE(resizing.value("type"_L1).toString(), u"RESIZING"_s);
    QCOMPARE(resizing.value("details"_L1).toObject(),
             (QJsonObject{{"current_num_workers"_L1, 2},
                          {"target_num_workers"_L1, 5},
                          {"user"_L1, kUser},
                          {"cause"_L1, u"USER_REQUEST"_s}}));
    QCOMPARE(events.at(1).toObject().value("type"_L1).toString(), u"UPSIZE_COMPLETED"_s);
    QCOMPARE(events.at(1).toObject().value("timestamp"_L1).toInteger(), t0 + 10'000);
    QCOMPARE(events.at(1).toObject().value("details"_L1).toObject(),
             (QJsonObject{{"current_num_workers"_L1, 5}, {"target_num_workers"_L1, 5}}));

    // Shrinking writes the RESIZING event only.
    c.advance(1);
    const qint64 t1 = c.now();
    c.post(u"resize"_s, QJsonObject{{"cluster_id"_L1, id}, {"num_workers"_L1, 1}});
    c.advance(10'000);
    QCOMPARE(c.state(id), u"RUNNING"_s);
    QCOMPARE(c.eventTypes(id, t1), QStringList{u"RESIZING"_s});

    response = c.post(u"resize"_s, QJsonObject{{"cluster_id"_L1, id}});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.body,
             errorBody(u"INVALID_PARAMETER_VALUE"_s,
                       u"Exactly 1 of num_workers or autoscale must be specified."_s));
    response = c.post(u"resize"_s, QJsonObject{{"cluster_id"_L1, id}, {"num_workers"_L1, -1}});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"INVALID_PARAMETER_VALUE"_s);
    QCOMPARE(c.state(id), u"RUNNING"_s);
}

void TestClustersApi::resizeAutoscale()
{
    Clusters c;
    const QString id = c.createRunning(QJsonObject{{"num_workers"_L1, 3}});
    const RawResponse response = c.post(
        u"resize"_s,
        QJsonObject{{"cluster_id"_L1, id},
                    {"autoscale"_L1, QJsonObject{{"min_workers"_L1, 4}, {"max_workers"_L1, 10}}}});
    QCOMPARE(response.status, 200);
    c.advance(10'000);
    const QJsonObject cluster = c.get(id);
    QCOMPARE(cluster.value("state"_L1).toString(), u"RUNNING"_s);
    QCOMPARE(cluster.value("autoscale"_L1).toObject(),
             (QJsonObject{{"min_workers"_L1, 4}, {"max_workers"_L1, 10}}));
    QVERIFY(!cluster.contains("num_workers"_L1));
    QCOMPARE(c.lastEvent(id).value("details"_L1).toObject(),
             (QJsonObject{{"current_num_workers"_L1, 4}, {"target_num_workers"_L1, 4}}));
}

void TestClustersApi::resizeInWrongState()
{
    Clusters c(Seed::Demo);
    const QJsonObject body{{"num_workers"_L1, 4}};
    const auto resize = [&c, &body](const QString &id) {
        QJsonObject request = body;
        request.insert("cluster_id"_L1, id);
        return c.post(u"resize"_s, request);
    };
    RawResponse response = resize(kEtl);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.body, unexpectedState(kEtl, u"Terminated"_s));
    QCOMPARE(resize(kGpu).body, unexpectedState(kGpu, u"Pending"_s));
    QCOMPARE(resize(kSandbox).body, unexpectedState(kSandbox, u"Resizing"_s));
    c.call(u"restart"_s, kShared);
    QCOMPARE(resize(kShared).body, unexpectedState(kShared, u"Restarting"_s));
}

void TestClustersApi::terminateRunning()
{
    Clusters c;
    const QString id = c.createRunning();
    const qint64 t0 = c.now();
    RawResponse response = c.call(u"delete"_s, id);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
    QCOMPARE(c.state(id), u"TERMINATING"_s);
    c.advance(4'999);
    QCOMPARE(c.state(id), u"TERMINATING"_s);
    c.advance(1);
    const QJsonObject cluster = c.get(id);
    QCOMPARE(cluster.value("state"_L1).toString(), u"TERMINATED"_s);
    QCOMPARE(cluster.value("terminated_time"_L1).toInteger(), t0 + 5'000);
    const QJsonObject reason{{"code"_L1, u"USER_REQUEST"_s},
                             {"type"_L1, u"SUCCESS"_s},
                             {"parameters"_L1, QJsonObject{{"username"_L1, kUser}}}};
    QCOMPARE(cluster.value("termination_reason"_L1).toObject(), reason);
    const QJsonArray events = c.events(id, QJsonObject{{"start_time"_L1, t0}});
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).toObject().value("type"_L1).toString(), u"TERMINATING"_s);
    QCOMPARE(events.at(0).toObject().value("details"_L1).toObject(),
             (QJsonObject{{"reason"_L1, reason}, {"user"_L1, kUser}}));
    QCOMPARE(events.at(1).toObject().value("type"_L1).toString(), u"TERMINATED"_s);
    QCOMPARE(events.at(1).toObject().value("details"_L1).toObject(),
             (QJsonObject{{"reason"_L1, reason}}));
    // The 2.0 path answers too.
    response = c.post(u"delete"_s, QJsonObject{{"cluster_id"_L1, id}}, u"2.0"_s);
    QCOMPARE(response.status, 200);
}

void TestClustersApi::terminateIsANoOpWhenDown()
{
    Clusters c(Seed::Demo);
    const int before = c.events(kEtl).size();
    const QJsonObject cluster = c.get(kEtl);
    RawResponse response = c.call(u"delete"_s, kEtl);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
    c.advance(60'000);
    QCOMPARE(c.get(kEtl), cluster);
    QCOMPARE(c.events(kEtl).size(), before);

    // Terminating: the second delete changes nothing either.
    c.call(u"delete"_s, kShared);
    const int terminating = c.events(kShared).size();
    response = c.call(u"delete"_s, kShared);
    QCOMPARE(response.status, 200);
    QCOMPARE(c.events(kShared).size(), terminating);
    c.advance(5'000);
    QCOMPARE(c.state(kShared), u"TERMINATED"_s);
}

void TestClustersApi::terminateWhilePending()
{
    Clusters c;
    const QString id = c.create();
    c.advance(5'000);
    QCOMPARE(c.call(u"delete"_s, id).status, 200);
    c.advance(60'000); // the launch is over: no RUNNING after TERMINATED
    QCOMPARE(c.state(id), u"TERMINATED"_s);
    QCOMPARE(c.eventTypes(id), (QStringList{u"CREATING"_s, u"TERMINATING"_s, u"TERMINATED"_s}));
}

void TestClustersApi::editRunningRestarts()
{
    Clusters c;
    const QString id = c.createRunning();
    const qint64 t0 = c.now();
    const RawResponse response =
        c.post(u"edit"_s, QJsonObject{{"cluster_id"_L1, id},
                                      {"cluster_name"_L1, u"renamed"_s},
                                      {"spark_version"_L1, u"15.4.x-scala2.12"_s},
                                      {"node_type_id"_L1, u"r5d.xlarge"_s},
                                      {"num_workers"_L1, 4},
                                      {"autotermination_minutes"_L1, 45},
                                      {"spark_conf"_L1, QJsonObject{{"spark.x"_L1, u"1"_s}}}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
    QJsonObject cluster = c.get(id);
    QCOMPARE(cluster.value("state"_L1).toString(), u"RESTARTING"_s);
    QCOMPARE(cluster.value("cluster_name"_L1).toString(), u"renamed"_s);
    QCOMPARE(cluster.value("spark_version"_L1).toString(), u"15.4.x-scala2.12"_s);
    QCOMPARE(cluster.value("node_type_id"_L1).toString(), u"r5d.xlarge"_s);
    QCOMPARE(cluster.value("num_workers"_L1).toInt(), 4);
    QCOMPARE(cluster.value("autotermination_minutes"_L1).toInt(), 45);
    c.advance(15'000);
    QCOMPARE(c.state(id), u"RUNNING"_s);
    const QJsonArray events = c.events(id, QJsonObject{{"start_time"_L1, t0}});
    QCOMPARE(events.size(), 3);
    const QJsonObject edited = events.at(0).toObject();
    QCOMPARE(edited.value("type"_L1).toString(), u"EDITED"_s);
    const QJsonObject details = edited.value("details"_L1).toObject();
    QCOMPARE(details.value("user"_L1).toString(), kUser);
    QCOMPARE(details.value("previous_attributes"_L1).toObject().value("cluster_name"_L1).toString(),
             u"test-cluster"_s);
    QCOMPARE(details.value("attributes"_L1).toObject().value("num_workers"_L1).toInt(), 4);
    QCOMPARE(events.at(1).toObject().value("type"_L1).toString(), u"RESTARTING"_s);
    QCOMPARE(events.at(2).toObject().value("type"_L1).toString(), u"RUNNING"_s);
    QCOMPARE(events.at(2).toObject().value("details"_L1).toObject(),
             (QJsonObject{{"current_num_workers"_L1, 4}, {"target_num_workers"_L1, 4}}));
}

void TestClustersApi::editTerminatedStaysTerminated()
{
    Clusters c(Seed::Demo);
    const RawResponse response = c.post(
        u"edit"_s,
        QJsonObject{{"cluster_id"_L1, kEtl},
                    {"cluster_name"_L1, u"etl-nightly"_s},
                    {"spark_version"_L1, u"16.4.x-scala2.12"_s},
                    {"node_type_id"_L1, u"r5d.2xlarge"_s},
                    {"autoscale"_L1, QJsonObject{{"min_workers"_L1, 2}, {"max_workers"_L1, 6}}}});
    QCOMPARE(response.status, 200);
    c.advance(60'000);
    const QJsonObject cluster = c.get(kEtl);
    QCOMPARE(cluster.value("state"_L1).toString(), u"TERMINATED"_s);
    QCOMPARE(cluster.value("spark_version"_L1).toString(), u"16.4.x-scala2.12"_s);
    QCOMPARE(cluster.value("autoscale"_L1).toObject(),
             (QJsonObject{{"min_workers"_L1, 2}, {"max_workers"_L1, 6}}));
    QCOMPARE(c.lastEvent(kEtl).value("type"_L1).toString(), u"EDITED"_s);
    // Edit needs the size like create does.
    const RawResponse bad =
        c.post(u"edit"_s, QJsonObject{{"cluster_id"_L1, kEtl},
                                      {"spark_version"_L1, u"16.4.x-scala2.12"_s},
                                      {"node_type_id"_L1, u"r5d.2xlarge"_s}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.body,
             errorBody(u"INVALID_PARAMETER_VALUE"_s,
                       u"Exactly 1 of virtual_cluster_size, num_workers or autoscale must be "
                       "specified."_s));
}

void TestClustersApi::editInWrongState()
{
    Clusters c(Seed::Demo);
    const auto edit = [&c](const QString &id) {
        return c.post(u"edit"_s, QJsonObject{{"cluster_id"_L1, id},
                                             {"spark_version"_L1, u"16.4.x-scala2.12"_s},
                                             {"node_type_id"_L1, u"i3.xlarge"_s},
                                             {"num_workers"_L1, 2}});
    };
    RawResponse response = edit(kGpu);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.body, unexpectedState(kGpu, u"Pending"_s));
    QCOMPARE(edit(kSandbox).body, unexpectedState(kSandbox, u"Resizing"_s));
    c.call(u"delete"_s, kShared);
    QCOMPARE(edit(kShared).body, unexpectedState(kShared, u"Terminating"_s));
    response = c.post(u"update"_s, QJsonObject{{"cluster_id"_L1, kGpu},
                                               {"update_mask"_L1, u"num_workers"_s},
                                               {"cluster"_L1, QJsonObject{{"num_workers"_L1, 3}}}});
    QCOMPARE(response.body, unexpectedState(kGpu, u"Pending"_s));
}

void TestClustersApi::jobClusterNotEditable()
{
    Clusters c(Seed::Demo);
    for (const QString &id : {kJobRunning, kJobDone}) {
        RawResponse response =
            c.post(u"edit"_s, QJsonObject{{"cluster_id"_L1, id},
                                          {"spark_version"_L1, u"16.4.x-scala2.12"_s},
                                          {"node_type_id"_L1, u"i3.xlarge"_s},
                                          {"num_workers"_L1, 8}});
        QCOMPARE(response.status, 400);
        const QByteArray expected =
            errorBody(u"INVALID_PARAMETER_VALUE"_s,
                      u"Cannot edit cluster %1 created by JobLauncher"_s.arg(id));
        QCOMPARE(response.body, expected);
        response =
            c.post(u"update"_s, QJsonObject{{"cluster_id"_L1, id},
                                            {"update_mask"_L1, u"num_workers"_s},
                                            {"cluster"_L1, QJsonObject{{"num_workers"_L1, 8}}}});
        QCOMPARE(response.body, expected);
    }
    QCOMPARE(c.get(kJobRunning).value("num_workers"_L1).toInt(), 4);
    QCOMPARE(c.state(kJobRunning), u"RUNNING"_s);
}

void TestClustersApi::updateWithMask()
{
    Clusters c;
    const QString id = c.createRunning(QJsonObject{
        {"custom_tags"_L1, QJsonObject{{"team"_L1, u"a"_s}}}, {"autotermination_minutes"_L1, 30}});
    RawResponse response =
        c.post(u"update"_s,
               QJsonObject{{"cluster_id"_L1, id},
                           {"update_mask"_L1, u"num_workers, custom_tags"_s},
                           {"cluster"_L1,
                            QJsonObject{{"num_workers"_L1, 6},
                                        {"cluster_name"_L1, u"ignored: not in the mask"_s}}}});
    QCOMPARE(response.status, 200);
    QJsonObject cluster = c.get(id);
    QCOMPARE(cluster.value("state"_L1).toString(), u"RESTARTING"_s);
    QCOMPARE(cluster.value("num_workers"_L1).toInt(), 6);
    QCOMPARE(cluster.value("cluster_name"_L1).toString(), u"test-cluster"_s);
    QVERIFY(!cluster.contains("custom_tags"_L1)); // in the mask, not in the request: cleared
    QCOMPARE(cluster.value("autotermination_minutes"_L1).toInt(), 30);
    c.advance(15'000);
    QCOMPARE(c.state(id), u"RUNNING"_s);

    response =
        c.post(u"update"_s, QJsonObject{{"cluster_id"_L1, id}, {"cluster"_L1, QJsonObject{}}});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.body,
             errorBody(u"INVALID_PARAMETER_VALUE"_s, u"Missing required field: update_mask"_s));
}

void TestClustersApi::permanentDelete()
{
    Clusters c(Seed::Demo);
    RawResponse response = c.call(u"permanent-delete"_s, kShared);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
    const QByteArray gone =
        errorBody(u"INVALID_PARAMETER_VALUE"_s, u"Cluster %1 does not exist"_s.arg(kShared));
    response = c.fixture.get(u"/api/2.1/clusters/get"_s, query({{u"cluster_id"_s, kShared}}));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.body, gone);
    QCOMPARE(c.call(u"events"_s, kShared).body, gone);
    QCOMPARE(c.call(u"start"_s, kShared).body, gone);
    QCOMPARE(c.call(u"permanent-delete"_s, kShared).body, gone);
    const QByteArray list = c.fixture.get(u"/api/2.0/clusters/list"_s).body;
    QVERIFY(!list.contains(kShared.toLatin1()));
    QVERIFY(list.contains(kEtl.toLatin1()));
    // Nothing keeps running for it: its idle timer is gone with it.
    c.advance(2 * 60 * 60 * 1000);
    QCOMPARE(c.fixture.emulator().clusters().find(kShared), nullptr);
    QVERIFY(!c.fixture.emulator().processes().contains(ClusterLifecycle::idleProcess(kShared)));
}

void TestClustersApi::pinAndUnpin()
{
    Clusters c;
    const QString b = c.create(QJsonObject{{"cluster_name"_L1, u"b"_s}});
    const QString a = c.create(QJsonObject{{"cluster_name"_L1, u"a"_s}});
    const QString z = c.create(QJsonObject{{"cluster_name"_L1, u"z"_s}});
    c.call(u"delete"_s, z);
    c.advance(5'000);
    const auto names = [&c] {
        QStringList out;
        for (const QJsonValue &v :
             c.fixture.get(u"/api/2.1/clusters/list"_s).json.value("clusters"_L1).toArray())
            out.append(v.toObject().value("cluster_name"_L1).toString());
        return out;
    };
    QCOMPARE(names(), (QStringList{u"a"_s, u"b"_s, u"z"_s}));
    RawResponse response = c.call(u"pin"_s, z);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
    QCOMPARE(c.call(u"pin"_s, b).status, 200);
    // Pinned first (up before down among them), then the rest.
    QCOMPARE(names(), (QStringList{u"b"_s, u"z"_s, u"a"_s}));
    QCOMPARE(c.get(z).value("pinned_by_user_name"_L1).toString(), kUser);
    QVERIFY(!c.get(a).contains("pinned_by_user_name"_L1));
    QCOMPARE(c.lastEvent(z).value("type"_L1).toString(), u"PINNED"_s);
    QCOMPARE(c.lastEvent(z).value("details"_L1).toObject(), (QJsonObject{{"user"_L1, kUser}}));
    // Pinning again and unpinning an unpinned cluster change nothing.
    const int events = c.events(z).size();
    QCOMPARE(c.call(u"pin"_s, z).status, 200);
    QCOMPARE(c.call(u"unpin"_s, a).status, 200);
    QCOMPARE(c.events(z).size(), events);
    QCOMPARE(c.events(a).size(), 1);

    const RawResponse pinned =
        c.fixture.get(u"/api/2.1/clusters/list"_s, query({{u"filter_by.is_pinned"_s, u"true"_s}}));
    QCOMPARE(pinned.json.value("clusters"_L1).toArray().size(), 2);

    QCOMPARE(c.call(u"unpin"_s, z).status, 200);
    QVERIFY(!c.get(z).contains("pinned_by_user_name"_L1));
    QCOMPARE(c.lastEvent(z).value("type"_L1).toString(), u"UNPINNED"_s);
    QCOMPARE(names(), (QStringList{u"b"_s, u"a"_s, u"z"_s}));
}

void TestClustersApi::pinLimit()
{
    Clusters c;
    ClustersStore &store = c.fixture.emulator().clusters();
    for (int i = 0; i < ClustersApi::kMaxPinnedClusters - 1; ++i) {
        Cluster cluster;
        cluster.clusterName = u"pinned-%1"_s.arg(i);
        cluster.state = ClusterState::Terminated;
        cluster.pinnedByUserName = kUser;
        store.add(cluster);
    }
    const QString hundredth = c.create();
    const QString extra = c.create();
    QCOMPARE(c.call(u"pin"_s, hundredth).status, 200);
    QCOMPARE(store.pinnedCount(), 100);
    const RawResponse response = c.call(u"pin"_s, extra);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.body,
             errorBody(u"RESOURCE_LIMIT_EXCEEDED"_s,
                       u"Cannot pin cluster %1: the workspace already has 100 pinned clusters, "
                       "the maximum. Unpin a cluster first."_s.arg(extra)));
    QVERIFY(!c.get(extra).contains("pinned_by_user_name"_L1));
    // Pinning a pinned cluster is still fine at the limit.
    QCOMPARE(c.call(u"pin"_s, hundredth).status, 200);
    QCOMPARE(c.call(u"unpin"_s, hundredth).status, 200);
    QCOMPARE(c.call(u"pin"_s, extra).status, 200);
}

void TestClustersApi::listSortBy()
{
    Clusters c(Seed::Demo);
    const auto names = [&c](const QUrlQuery &q) {
        QStringList out;
        for (const QJsonValue &v :
             c.fixture.get(u"/api/2.1/clusters/list"_s, q).json.value("clusters"_L1).toArray())
            out.append(v.toObject().value("cluster_name"_L1).toString());
        return out;
    };
    const QStringList byName{u"analytics-sandbox"_s,
                             u"etl-nightly"_s,
                             u"geo-enrichment"_s,
                             u"job-1047501313829740-run-88412"_s,
                             u"job-1047501313830112-run-90233"_s,
                             u"ml-gpu-dev"_s,
                             u"Shared analytics"_s};
    QCOMPARE(names(query({{u"sort_by.field"_s, u"CLUSTER_NAME"_s}})), byName);
    QStringList reversed = byName;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(names(query(
                 {{u"sort_by.field"_s, u"CLUSTER_NAME"_s}, {u"sort_by.direction"_s, u"DESC"_s}})),
             reversed);
    QCOMPARE(names(query({{u"sort_by.field"_s, u"DEFAULT"_s}})).first(), u"Shared analytics"_s);
    const RawResponse bad =
        c.fixture.get(u"/api/2.1/clusters/list"_s, query({{u"sort_by.field"_s, u"STATE"_s}}));
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.body, errorBody(u"INVALID_PARAMETER_VALUE"_s, u"Invalid sort_by.field: STATE"_s));
}

void TestClustersApi::autoterminationAfterIdleMinutes()
{
    Clusters c;
    const qint64 t0 = c.now();
    const QString id = c.create(QJsonObject{{"autotermination_minutes"_L1, 10}});
    const QString never = c.create(QJsonObject{{"autotermination_minutes"_L1, 0}});
    c.advance(20'000);
    QCOMPARE(c.state(id), u"RUNNING"_s);
    c.advance(10 * 60'000 - 1);
    QCOMPARE(c.state(id), u"RUNNING"_s);
    c.advance(1);
    QCOMPARE(c.state(id), u"TERMINATING"_s);
    c.advance(5'000);
    const QJsonObject cluster = c.get(id);
    QCOMPARE(cluster.value("state"_L1).toString(), u"TERMINATED"_s);
    const QJsonObject reason{
        {"code"_L1, u"INACTIVITY"_s},
        {"type"_L1, u"SUCCESS"_s},
        {"parameters"_L1, QJsonObject{{"inactivity_duration_min"_L1, u"10"_s}}}};
    QCOMPARE(cluster.value("termination_reason"_L1).toObject(), reason);
    QCOMPARE(cluster.value("state_message"_L1).toString(),
             u"Inactive cluster terminated (inactive for 10 minutes)."_s);
    QCOMPARE(cluster.value("terminated_time"_L1).toInteger(), t0 + 20'000 + 10 * 60'000 + 5'000);
    QCOMPARE(c.lastEvent(id).value("details"_L1).toObject(), (QJsonObject{{"reason"_L1, reason}}));
    c.advance(24LL * 60 * 60'000);
    QCOMPARE(c.state(never), u"RUNNING"_s);
}

void TestClustersApi::eventsPagingWithNextPage()
{
    Clusters c(Seed::Demo);
    const QJsonArray all = c.events(kShared);
    QVERIFY2(all.size() > 20, "a few days of history");
    QJsonObject request{{"cluster_id"_L1, kShared}, {"order"_L1, u"ASC"_s}, {"limit"_L1, 7}};
    QJsonArray collected;
    int pages = 0;
    for (;;) {
        const RawResponse response = c.post(u"events"_s, request);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json.value("total_count"_L1).toInt(), all.size());
        const QJsonArray events = response.json.value("events"_L1).toArray();
        QVERIFY(events.size() <= 7);
        for (const QJsonValue &event : events)
            collected.append(event);
        ++pages;
        if (!response.json.contains("next_page"_L1))
            break;
        request = response.json.value("next_page"_L1).toObject();
        QCOMPARE(request.value("cluster_id"_L1).toString(), kShared);
        QCOMPARE(request.value("order"_L1).toString(), u"ASC"_s);
        QCOMPARE(request.value("offset"_L1).toInt(), pages * 7);
        QCOMPARE(request.value("limit"_L1).toInt(), 7);
    }
    QCOMPARE(collected, all);
    QCOMPARE(pages, (int(all.size()) + 6) / 7);

    // The default page is 50 events, at most 500.
    const RawResponse page = c.post(u"events"_s, QJsonObject{{"cluster_id"_L1, kShared}});
    QCOMPARE(page.json.value("events"_L1).toArray().size(), std::min<qsizetype>(50, all.size()));
}

void TestClustersApi::eventsPageTokens()
{
    Clusters c(Seed::Demo);
    const QJsonArray all = c.events(kShared, QJsonObject{{"order"_L1, u"DESC"_s}});
    QJsonObject request{{"cluster_id"_L1, kShared}, {"page_size"_L1, 10}};
    RawResponse first = c.post(u"events"_s, request);
    QCOMPARE(first.json.value("events"_L1).toArray().size(), 10);
    QVERIFY(!first.json.contains("prev_page_token"_L1));
    request.insert("page_token"_L1, first.json.value("next_page_token"_L1).toString());
    const RawResponse second = c.post(u"events"_s, request);
    QCOMPARE(second.json.value("events"_L1).toArray().first(), all.at(10));
    request.insert("page_token"_L1, second.json.value("prev_page_token"_L1).toString());
    QCOMPARE(c.post(u"events"_s, request).json.value("events"_L1), first.json.value("events"_L1));
    request.insert("page_token"_L1, u"garbage"_s);
    const RawResponse bad = c.post(u"events"_s, request);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json.value("error_code"_L1).toString(), u"INVALID_PARAMETER_VALUE"_s);
}

void TestClustersApi::eventsOrderTypesAndTimes()
{
    Clusters c(Seed::Demo);
    const QJsonArray asc = c.events(kShared);
    const QJsonArray desc = c.events(kShared, QJsonObject{{"order"_L1, u"DESC"_s}});
    // DESC is the default order.
    QCOMPARE(c.post(u"events"_s, QJsonObject{{"cluster_id"_L1, kShared}, {"limit"_L1, 500}})
                 .json.value("events"_L1)
                 .toArray(),
             desc);
    QJsonArray reversed;
    for (qsizetype i = desc.size() - 1; i >= 0; --i)
        reversed.append(desc.at(i));
    QCOMPARE(reversed, asc);
    qint64 previous = 0;
    for (const QJsonValue &event : asc) {
        const qint64 at = event.toObject().value("timestamp"_L1).toInteger();
        QVERIFY(at >= previous);
        previous = at;
    }

    const QJsonArray resizes = c.events(
        kShared, QJsonObject{{"event_types"_L1, QJsonArray{u"RESIZING"_s, u"UPSIZE_COMPLETED"_s}}});
    QVERIFY(resizes.size() >= 4);
    for (const QJsonValue &event : resizes) {
        const QString type = event.toObject().value("type"_L1).toString();
        QVERIFY2(type == "RESIZING"_L1 || type == "UPSIZE_COMPLETED"_L1, qPrintable(type));
        const QJsonObject details = event.toObject().value("details"_L1).toObject();
        QVERIFY(details.contains("current_num_workers"_L1));
        QVERIFY(details.contains("target_num_workers"_L1));
    }

    const qint64 from = asc.at(3).toObject().value("timestamp"_L1).toInteger();
    const qint64 to = asc.at(8).toObject().value("timestamp"_L1).toInteger();
    const RawResponse window = c.post(u"events"_s, QJsonObject{{"cluster_id"_L1, kShared},
                                                               {"order"_L1, u"ASC"_s},
                                                               {"start_time"_L1, from},
                                                               {"end_time"_L1, to}});
    const QJsonArray inWindow = window.json.value("events"_L1).toArray();
    QCOMPARE(window.json.value("total_count"_L1).toInt(), inWindow.size());
    QVERIFY(inWindow.size() >= 6);
    QCOMPARE(inWindow.first().toObject().value("timestamp"_L1).toInteger(), from);
    QCOMPARE(inWindow.last().toObject().value("timestamp"_L1).toInteger(), to);
    QVERIFY(!window.json.contains("next_page"_L1));
}

void TestClustersApi::eventsErrors()
{
    Clusters c(Seed::Demo);
    RawResponse response =
        c.post(u"events"_s, QJsonObject{{"cluster_id"_L1, kShared}, {"limit"_L1, 501}});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.body, errorBody(u"INVALID_PARAMETER_VALUE"_s,
                                      u"limit must be between 0 and 500, got 501."_s));
    response = c.post(u"events"_s, QJsonObject{{"cluster_id"_L1, kShared},
                                               {"event_types"_L1, QJsonArray{u"EXPLODED"_s}}});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.body,
             errorBody(u"INVALID_PARAMETER_VALUE"_s, u"Invalid event type: EXPLODED"_s));
    response = c.post(u"events"_s, QJsonObject{{"cluster_id"_L1, kShared}, {"order"_L1, u"UP"_s}});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.body, errorBody(u"INVALID_PARAMETER_VALUE"_s,
                                      u"Invalid order: UP. Expected ASC or DESC."_s));
    response = c.post(u"events"_s, QJsonObject{});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.body,
             errorBody(u"INVALID_PARAMETER_VALUE"_s, u"Missing required field: cluster_id"_s));
    // Events is a POST with a JSON body.
    response = c.fixture.get(u"/api/2.1/clusters/events"_s, query({{u"cluster_id"_s, kShared}}));
    QCOMPARE(response.status, 404);
}

void TestClustersApi::sparkVersions()
{
    Clusters c;
    for (const QString &version : {u"2.0"_s, u"2.1"_s}) {
        const RawResponse response =
            c.fixture.get("/api/"_L1 + version + "/clusters/spark-versions"_L1);
        QCOMPARE(response.status, 200);
        const QJsonArray versions = response.json.value("versions"_L1).toArray();
        QVERIFY(versions.size() >= 10);
        QStringList keys;
        for (const QJsonValue &value : versions) {
            const QJsonObject v = value.toObject();
            QCOMPARE(v.keys(), (QStringList{u"key"_s, u"name"_s}));
            keys.append(v.value("key"_L1).toString());
            QVERIFY(v.value("name"_L1).toString().contains("Apache Spark"_L1));
        }
        QVERIFY(keys.contains(u"16.4.x-scala2.12"_s));
        QVERIFY(keys.contains(u"15.4.x-scala2.12"_s)); // what the demo clusters run
        QVERIFY(keys.contains(u"15.4.x-gpu-ml-scala2.12"_s));
        QCOMPARE(versions.at(1).toObject().value("name"_L1).toString(),
                 u"16.4 LTS (includes Apache Spark 3.5.2, Scala 2.12)"_s);
    }
}

void TestClustersApi::listNodeTypes()
{
    Clusters c;
    const RawResponse response = c.fixture.get(u"/api/2.1/clusters/list-node-types"_s);
    QCOMPARE(response.status, 200);
    const QJsonArray types = response.json.value("node_types"_L1).toArray();
    QVERIFY(types.size() >= 8);
    QSet<QString> categories;
    QJsonObject i3;
    for (const QJsonValue &value : types) {
        const QJsonObject type = value.toObject();
        QVERIFY(!type.value("node_type_id"_L1).toString().isEmpty());
        QVERIFY(type.value("memory_mb"_L1).toInt() > 0);
        QVERIFY(type.value("num_cores"_L1).toDouble() > 0);
        QVERIFY(!type.value("description"_L1).toString().isEmpty());
        categories.insert(type.value("category"_L1).toString());
        if (type.value("node_type_id"_L1).toString() == "i3.xlarge"_L1)
            i3 = type;
    }
    QCOMPARE(i3.value("memory_mb"_L1).toInt(), 31232);
    QCOMPARE(i3.value("num_cores"_L1).toDouble(), 4.0);
    QCOMPARE(i3.value("category"_L1).toString(), u"Storage Optimized"_s);
    QCOMPARE(i3.value("instance_type_id"_L1).toString(), u"i3.xlarge"_s);
    QVERIFY(categories.contains(u"General Purpose"_s));
    QVERIFY(categories.contains(u"GPU Accelerated"_s));
    QVERIFY(categories.contains(u"Memory Optimized"_s));
}

void TestClustersApi::librariesInstallProgression()
{
    Clusters c;
    const QString id = c.createRunning();
    const QJsonArray libraries{
        pypi(u"requests==2.32.3"_s),
        QJsonObject{{"maven"_L1, QJsonObject{{"coordinates"_L1, u"org.jsoup:jsoup:1.17.2"_s}}}},
        QJsonObject{{"whl"_L1, u"/Volumes/main/libs/w/tool-1.0-py3-none-any.whl"_s}}};
    const RawResponse response =
        c.fixture.post(u"/api/2.0/libraries/install"_s,
                       QJsonObject{{"cluster_id"_L1, id}, {"libraries"_L1, libraries}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
    const QStringList pending(3, u"PENDING"_s);
    QCOMPARE(c.libraryStatuses(id), pending);
    c.advance(1'000);
    QCOMPARE(c.libraryStatuses(id), QStringList(3, u"RESOLVING"_s));
    c.advance(2'000);
    QCOMPARE(c.libraryStatuses(id), QStringList(3, u"INSTALLING"_s));
    c.advance(5'000);
    QCOMPARE(c.libraryStatuses(id), QStringList(3, u"INSTALLED"_s));
    const QJsonObject first = c.libraries(id).first().toObject();
    QCOMPARE(first, (QJsonObject{{"library"_L1, libraries.first()},
                                 {"status"_L1, u"INSTALLED"_s},
                                 {"is_library_for_all_clusters"_L1, false}}));
    // Installing what is there already adds nothing.
    c.fixture.post(
        u"/api/2.0/libraries/install"_s,
        QJsonObject{{"cluster_id"_L1, id}, {"libraries"_L1, QJsonArray{libraries.first()}}});
    QCOMPARE(c.libraries(id).size(), 3);

    const RawResponse all = c.fixture.get(u"/api/2.0/libraries/all-cluster-statuses"_s);
    QCOMPARE(all.status, 200);
    const QJsonArray statuses = all.json.value("statuses"_L1).toArray();
    QCOMPARE(statuses.size(), 1);
    QCOMPARE(statuses.first().toObject().value("cluster_id"_L1).toString(), id);
    QCOMPARE(statuses.first().toObject().value("library_statuses"_L1).toArray().size(), 3);
}

void TestClustersApi::librariesFailingInstall()
{
    Clusters c;
    const QString id = c.createRunning();
    c.fixture.post(u"/api/2.0/libraries/install"_s,
                   QJsonObject{{"cluster_id"_L1, id},
                               {"libraries"_L1, QJsonArray{pypi(u"internal-utils==0.0.0-broken"_s),
                                                           pypi(u"numpy"_s)}}});
    c.advance(8'000);
    QCOMPARE(c.libraryStatuses(id), (QStringList{u"FAILED"_s, u"INSTALLED"_s}));
    const QJsonObject failed = c.libraries(id).first().toObject();
    const QJsonArray messages = failed.value("messages"_L1).toArray();
    QCOMPARE(messages.size(), 1);
    const QString message = messages.first().toString();
    QVERIFY(message.startsWith(
        u"Library installation attempted on the driver node of cluster %1 and failed."_s.arg(id)));
    QVERIFY(message.endsWith(u"No matching distribution found for internal-utils==0.0.0-broken"_s));
    QVERIFY(!c.libraries(id).at(1).toObject().contains("messages"_L1));
}

void TestClustersApi::librariesUninstallOnRestart()
{
    Clusters c;
    const QString id = c.createRunning();
    const QJsonObject a = pypi(u"a==1"_s);
    const QJsonObject b = pypi(u"b==1"_s);
    const QJsonObject cc = pypi(u"c==1"_s);
    c.fixture.post(u"/api/2.0/libraries/install"_s,
                   QJsonObject{{"cluster_id"_L1, id}, {"libraries"_L1, QJsonArray{a, b, cc}}});
    c.advance(8'000);
    RawResponse response = c.fixture.post(
        u"/api/2.0/libraries/uninstall"_s,
        QJsonObject{{"cluster_id"_L1, id}, {"libraries"_L1, QJsonArray{a, pypi(u"never==0"_s)}}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
    // Marked for removal, listed after the others; the unknown one is ignored.
    QJsonArray statuses = c.libraries(id);
    QCOMPARE(statuses.size(), 3);
    QCOMPARE(statuses.at(0).toObject().value("library"_L1).toObject(), b);
    QCOMPARE(statuses.at(2).toObject().value("library"_L1).toObject(), a);
    QCOMPARE(c.libraryStatuses(id),
             (QStringList{u"INSTALLED"_s, u"INSTALLED"_s, u"UNINSTALL_ON_RESTART"_s}));
    c.advance(60'000);
    QCOMPARE(c.libraries(id).size(), 3); // nothing happens until a restart
    c.call(u"restart"_s, id);
    c.advance(15'000);
    statuses = c.libraries(id);
    QCOMPARE(statuses.size(), 2);
    QCOMPARE(statuses.at(0).toObject().value("library"_L1).toObject(), b);
    QCOMPARE(c.libraryStatuses(id), (QStringList{u"INSTALLED"_s, u"INSTALLED"_s}));
}

void TestClustersApi::librariesWaitForTerminatedCluster()
{
    Clusters c(Seed::Demo);
    // etl-nightly is terminated; its wheel waits for the next start.
    QCOMPARE(c.libraryStatuses(kEtl), QStringList{u"PENDING"_s});
    c.fixture.post(
        u"/api/2.0/libraries/install"_s,
        QJsonObject{{"cluster_id"_L1, kEtl}, {"libraries"_L1, QJsonArray{pypi(u"polars"_s)}}});
    c.advance(10 * 60'000);
    QCOMPARE(c.libraryStatuses(kEtl), (QStringList{u"PENDING"_s, u"PENDING"_s}));
    c.call(u"start"_s, kEtl);
    c.advance(20'000);
    QCOMPARE(c.state(kEtl), u"RUNNING"_s);
    QCOMPARE(c.libraryStatuses(kEtl), (QStringList{u"PENDING"_s, u"PENDING"_s}));
    c.advance(8'000);
    QCOMPARE(c.libraryStatuses(kEtl), (QStringList{u"INSTALLED"_s, u"INSTALLED"_s}));
    // Terminated again, they are installed again on the next start.
    c.call(u"delete"_s, kEtl);
    c.advance(5'000);
    QCOMPARE(c.libraryStatuses(kEtl), (QStringList{u"PENDING"_s, u"PENDING"_s}));
}

void TestClustersApi::librariesErrors()
{
    Clusters c(Seed::Demo);
    const QByteArray unknown =
        errorBody(u"INVALID_PARAMETER_VALUE"_s, u"Cluster 0000-000000-nope does not exist"_s);
    RawResponse response = c.fixture.get(u"/api/2.0/libraries/cluster-status"_s,
                                         query({{u"cluster_id"_s, u"0000-000000-nope"_s}}));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.body, unknown);
    response = c.fixture.post(u"/api/2.0/libraries/install"_s,
                              QJsonObject{{"cluster_id"_L1, u"0000-000000-nope"_s},
                                          {"libraries"_L1, QJsonArray{pypi(u"x"_s)}}});
    QCOMPARE(response.body, unknown);
    response = c.fixture.post(u"/api/2.0/libraries/uninstall"_s,
                              QJsonObject{{"cluster_id"_L1, u"0000-000000-nope"_s},
                                          {"libraries"_L1, QJsonArray{pypi(u"x"_s)}}});
    QCOMPARE(response.body, unknown);
    response = c.fixture.post(
        u"/api/2.0/libraries/install"_s,
        QJsonObject{{"cluster_id"_L1, kShared},
                    {"libraries"_L1,
                     QJsonArray{QJsonObject{{"jar"_L1, u"/a.jar"_s}, {"whl"_L1, u"/b.whl"_s}}}}});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.body,
             errorBody(u"INVALID_PARAMETER_VALUE"_s,
                       u"Exactly one of jar, whl, egg, requirements, pypi, maven or cran must be "
                       "specified for each library."_s));
    response =
        c.fixture.post(u"/api/2.0/libraries/install"_s, QJsonObject{{"cluster_id"_L1, kShared}});
    QCOMPARE(response.body,
             errorBody(u"INVALID_PARAMETER_VALUE"_s, u"Missing required field: libraries"_s));
    response = c.fixture.get(u"/api/2.0/libraries/cluster-status"_s);
    QCOMPARE(response.body,
             errorBody(u"INVALID_PARAMETER_VALUE"_s, u"Missing required field: cluster_id"_s));
    QCOMPARE(c.libraries(kShared).size(), 3);
}

void TestClustersApi::unknownIds()
{
    Clusters c(Seed::Demo);
    const QString id = u"0000-000000-nope"_s;
    const QByteArray expected =
        errorBody(u"INVALID_PARAMETER_VALUE"_s, u"Cluster %1 does not exist"_s.arg(id));
    for (const QString &version : {u"2.0"_s, u"2.1"_s}) {
        for (const QString &verb :
             {u"edit"_s, u"update"_s, u"start"_s, u"restart"_s, u"delete"_s, u"permanent-delete"_s,
              u"resize"_s, u"pin"_s, u"unpin"_s, u"events"_s}) {
            const RawResponse response =
                c.post(verb, QJsonObject{{"cluster_id"_L1, id}, {"num_workers"_L1, 1}}, version);
            QVERIFY2(response.status == 400, qPrintable(version + u' ' + verb));
            QCOMPARE(response.body, expected);
        }
        const RawResponse missing = c.post(u"start"_s, QJsonObject{}, version);
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.body,
                 errorBody(u"INVALID_PARAMETER_VALUE"_s, u"Missing required field: cluster_id"_s));
    }
}

void TestClustersApi::demoClustersLive()
{
    Clusters c(Seed::Demo);
    QCOMPARE(c.fixture.emulator().clusters().size(), 7);
    QCOMPARE(c.state(kShared), u"RUNNING"_s);
    QCOMPARE(c.state(kGpu), u"PENDING"_s);
    QCOMPARE(c.state(kSandbox), u"RESIZING"_s);
    QCOMPARE(c.state(kJobRunning), u"RUNNING"_s);
    QCOMPARE(c.get(kJobRunning).value("cluster_source"_L1).toString(), u"JOB"_s);
    const QJsonObject geo = c.get(kGeo);
    QCOMPARE(geo.value("state"_L1).toString(), u"TERMINATED"_s);
    QCOMPARE(geo.value("termination_reason"_L1).toObject().value("code"_L1).toString(),
             u"INIT_SCRIPT_FAILURE"_s);
    QCOMPARE(geo.value("termination_reason"_L1).toObject().value("type"_L1).toString(),
             u"CLIENT_ERROR"_s);
    QCOMPARE(c.get(kEtl).value("termination_reason"_L1).toObject().value("code"_L1).toString(),
             u"INACTIVITY"_s);
    QCOMPARE(c.get(kShared).value("pinned_by_user_name"_L1).toString(),
             u"ana.lopez@brickdesk.dev"_s);
    QCOMPARE(c.get(kEtl).value("pinned_by_user_name"_L1).toString(), kUser);
    QCOMPARE(c.libraryStatuses(kShared),
             (QStringList{u"INSTALLED"_s, u"INSTALLED"_s, u"FAILED"_s}));
    QCOMPARE(c.libraryStatuses(kGpu), QStringList{u"PENDING"_s});
    // A few days of history for every long-lived cluster.
    for (const QString &id : {kShared, kEtl, kSandbox}) {
        const QJsonArray events = c.events(id);
        QVERIFY2(events.size() >= 12, qPrintable(id));
        const qint64 span = events.last().toObject().value("timestamp"_L1).toInteger() -
                            events.first().toObject().value("timestamp"_L1).toInteger();
        QVERIFY2(span >= 3LL * 24 * 60 * 60'000, qPrintable(id));
    }
    QCOMPARE(c.lastEvent(kEtl).value("type"_L1).toString(), u"TERMINATED"_s);
    QCOMPARE(c.lastEvent(kSandbox).value("type"_L1).toString(), u"RESIZING"_s);

    // The seeded transitions complete on the clock.
    c.advance(10'000);
    QJsonObject sandbox = c.get(kSandbox);
    QCOMPARE(sandbox.value("state"_L1).toString(), u"RUNNING"_s);
    QCOMPARE(sandbox.value("num_workers"_L1).toInt(), 3);
    QCOMPARE(c.lastEvent(kSandbox).value("type"_L1).toString(), u"UPSIZE_COMPLETED"_s);
    c.advance(10'000);
    QCOMPARE(c.state(kGpu), u"RUNNING"_s);
    QCOMPARE(c.eventTypes(kGpu), (QStringList{u"CREATING"_s, u"RUNNING"_s}));
    c.advance(8'000);
    QCOMPARE(c.libraryStatuses(kGpu), QStringList{u"INSTALLED"_s});
    // Shared analytics idles out after its 60 minutes.
    c.advance(60 * 60'000);
    QCOMPARE(c.state(kShared), u"TERMINATED"_s);
    QCOMPARE(c.get(kShared).value("termination_reason"_L1).toObject().value("code"_L1).toString(),
             u"INACTIVITY"_s);
    QCOMPARE(c.state(kJobRunning), u"RUNNING"_s); // no autotermination
}

QTEST_GUILESS_MAIN(TestClustersApi)
#include "tst_clustersapi.moc"
