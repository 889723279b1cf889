// The task graph of a job: what each task runs and where, the layers and
// order of the layout, and input that is not a DAG.

#include "core/jobs/taskgraph.h"
#include "tests/jobs/jobsamples.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;
using brickdesk::test::dep;
using brickdesk::test::task;

namespace {

QJsonObject notebook(const QString &path)
{
    return {{u"notebook_task"_s, QJsonObject{{u"notebook_path"_s, path}}}};
}

// Whether any two edges between the same pair of layers cross.
int crossings(const TaskGraph &graph)
{
    int count = 0;
    const auto &nodes = graph.nodes();
    const auto &edges = graph.edges();
    for (qsizetype a = 0; a < edges.size(); ++a) {
        for (qsizetype b = a + 1; b < edges.size(); ++b) {
            const auto &ea = edges[a];
            const auto &eb = edges[b];
            if (nodes[ea.from].layer != nodes[eb.from].layer ||
                nodes[ea.to].layer != nodes[eb.to].layer)
                continue;
            const int dFrom = nodes[ea.from].position - nodes[eb.from].position;
            const int dTo = nodes[ea.to].position - nodes[eb.to].position;
            if ((dFrom < 0 && dTo > 0) || (dFrom > 0 && dTo < 0))
                ++count;
        }
    }
    return count;
}

} // namespace

class TestTaskGraph : public QObject
{
    Q_OBJECT

private slots:
    void typesTargetsAndCompute_data();
    void typesTargetsAndCompute();
    void theSampleJob();
    void diamondLayers();
    void wideFanIsQuick();
    void barycentreUncrossesEdges();
    void missingUpstreamIsDroppedAndNoted();
    void cycleIsBrokenAndNoted();
    void duplicateAndKeylessTasks();
    void emptyJob();
};

void TestTaskGraph::typesTargetsAndCompute_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("compute");
    using T = TaskGraph::TaskType;

    QJsonObject nb = notebook(u"/Users/ana@example.com/etl"_s);
    nb.insert(u"existing_cluster_id"_s, u"0923-164208-meows279"_s);
    QTest::newRow("notebook") << nb << int(T::Notebook) << u"/Users/ana@example.com/etl"_s
                              << u"Cluster 0923-164208-meows279"_s;
    QTest::newRow("python") << QJsonObject{{u"spark_python_task"_s,
                                            QJsonObject{{u"python_file"_s, u"dbfs:/x.py"_s}}},
                                           {u"job_cluster_key"_s, u"main"_s}}
                            << int(T::SparkPython) << u"dbfs:/x.py"_s << u"Job cluster main"_s;
    QTest::newRow("wheel") << QJsonObject{{u"python_wheel_task"_s,
                                           QJsonObject{{u"package_name"_s, u"sales"_s},
                                                       {u"entry_point"_s, u"run"_s}}},
                                          {u"new_cluster"_s, QJsonObject{}}}
                           << int(T::PythonWheel) << u"sales:run"_s << u"New cluster"_s;
    QTest::newRow("sql query") << QJsonObject{{u"sql_task"_s,
                                               QJsonObject{{u"query"_s,
                                                            QJsonObject{{u"query_id"_s, u"q1"_s}}},
                                                           {u"warehouse_id"_s, u"wh7"_s}}}}
                               << int(T::Sql) << u"Query q1"_s << u"Warehouse wh7"_s;
    QTest::newRow("sql alert") << QJsonObject{{u"sql_task"_s,
                                               QJsonObject{{u"alert"_s,
                                                            QJsonObject{{u"alert_id"_s, u"a9"_s}}},
                                                           {u"warehouse_id"_s, u"wh7"_s}}}}
                               << int(T::Sql) << u"Alert a9"_s << u"Warehouse wh7"_s;
    QTest::newRow("pipeline") << QJsonObject{{u"pipeline_task"_s,
                                              QJsonObject{{u"pipeline_id"_s, u"p-1"_s},
                                                          {u"full_refresh"_s, true}}}}
                              << int(T::Pipeline) << u"p-1 (full refresh)"_s << QString();
    // A job id above 2^53 stays exact.
    QTest::newRow("run job") << QJsonObject{{u"run_job_task"_s,
                                             QJsonObject{{u"job_id"_s, qint64(9007199254740993)}}}}
                             << int(T::RunJob) << u"Job 9007199254740993"_s << QString();
    QJsonObject inner = notebook(u"/etl/region"_s);
    inner.insert(u"job_cluster_key"_s, u"main"_s);
    QTest::newRow("for each") << QJsonObject{{u"for_each_task"_s,
                                              QJsonObject{
                                                  {u"inputs"_s, u"{{tasks.list.values.regions}}"_s},
                                                  {u"task"_s, inner}}}}
                              << int(T::ForEach)
                              << u"for each over {{tasks.list.values.regions}}: /etl/region"_s
                              << u"Job cluster main"_s;
    QTest::newRow("condition") << QJsonObject{{u"condition_task"_s,
                                               QJsonObject{{u"op"_s, u"NOT_EQUAL"_s},
                                                           {u"left"_s, u"{{job.parameters.env}}"_s},
                                                           {u"right"_s, u"prod"_s}}}}
                               << int(T::Condition) << u"{{job.parameters.env}} != prod"_s
                               << QString();
    QTest::newRow("dbt") << QJsonObject{{u"dbt_task"_s,
                                         QJsonObject{{u"commands"_s,
                                                      QJsonArray{u"dbt deps"_s, u"dbt run"_s}}}}}
                         << int(T::Dbt) << u"dbt deps; dbt run"_s << u"Serverless"_s;
    QTest::newRow("jar") << QJsonObject{{u"spark_jar_task"_s,
                                         QJsonObject{{u"main_class_name"_s, u"com.acme.Main"_s}}},
                                        {u"environment_key"_s, u"java"_s}}
                         << int(T::SparkJar) << u"com.acme.Main"_s << u"Serverless (java)"_s;
    QTest::newRow("submit") << QJsonObject{{u"spark_submit_task"_s,
                                            QJsonObject{{u"parameters"_s,
                                                         QJsonArray{u"--class"_s, u"Main"_s}}}}}
                            << int(T::SparkSubmit) << u"--class Main"_s << u"Serverless"_s;
    QTest::newRow("unknown") << QJsonObject{{u"dashboard_task"_s, QJsonObject{}}} << int(T::Other)
                             << QString() << u"Serverless"_s;
}

void TestTaskGraph::typesTargetsAndCompute()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, type);
    QFETCH(QString, target);
    QFETCH(QString, compute);
    const TaskGraph graph = TaskGraph::fromTasks({task(u"t"_s, body)});
    QCOMPARE(graph.nodes().size(), 1);
    const TaskGraph::Node &node = graph.nodes().first();
    QCOMPARE(int(node.type), type);
    QCOMPARE(node.typeName, TaskGraph::typeName(node.type));
    QVERIFY(!node.typeName.isEmpty());
    QCOMPARE(node.target, target);
    QCOMPARE(node.compute, compute);
    QCOMPARE(node.runIf, u"ALL_SUCCESS"_s);
}

void TestTaskGraph::theSampleJob()
{
    const TaskGraph graph = TaskGraph::fromJob(test::nightlyJob());
    QVERIFY2(graph.problems().isEmpty(), qPrintable(graph.problems().join(u'\n')));
    QCOMPARE(graph.nodes().size(), 6);
    QCOMPARE(graph.edges().size(), 6);
    QCOMPARE(graph.layerCount(), 5);
    const auto layerOf = [&](const QString &key) {
        return graph.nodes()[graph.indexOf(key)].layer;
    };
    QCOMPARE(layerOf(u"ingest"_s), 0);
    QCOMPARE(layerOf(u"validate"_s), 1);
    QCOMPARE(layerOf(u"refresh_sales_dlt"_s), 2);
    QCOMPARE(layerOf(u"per_region"_s), 2);
    QCOMPARE(layerOf(u"daily_report"_s), 3);
    QCOMPARE(layerOf(u"notify"_s), 4);

    const TaskGraph::Node &notify = graph.nodes()[graph.indexOf(u"notify"_s)];
    QCOMPARE(notify.runIf, u"ALL_DONE"_s);
    QCOMPARE(TaskGraph::runIfText(notify.runIf), u"All done"_s);
    QVERIFY(TaskGraph::runIfText(u"ALL_SUCCESS"_s).isEmpty());
    const TaskGraph::Node &report = graph.nodes()[graph.indexOf(u"daily_report"_s)];
    QCOMPARE(report.upstream, (QStringList{u"refresh_sales_dlt"_s, u"per_region"_s}));
    QCOMPARE(report.compute, u"Warehouse 4b9e1a7c2d3f5e60"_s);
    QCOMPARE(graph.nodes()[graph.indexOf(u"per_region"_s)].target,
             u"for each over [\"emea\",\"amer\",\"apac\"]: /Repos/data/etl/region"_s);

    // The condition's branch is kept on its edges.
    const int validate = graph.indexOf(u"validate"_s);
    const QList<int> out = graph.edgesOutOf(validate);
    QCOMPARE(out.size(), 2);
    for (int e : out)
        QCOMPARE(graph.edges()[e].outcome, u"true"_s);
    QCOMPARE(graph.edgesInto(validate).size(), 1);
}

void TestTaskGraph::diamondLayers()
{
    const TaskGraph graph = TaskGraph::fromTasks({
        task(u"d"_s, notebook(u"/d"_s), {dep(u"b"_s), dep(u"c"_s)}),
        task(u"b"_s, notebook(u"/b"_s), {dep(u"a"_s)}),
        task(u"c"_s, notebook(u"/c"_s), {dep(u"a"_s)}),
        task(u"a"_s, notebook(u"/a"_s)),
    });
    QVERIFY(graph.problems().isEmpty());
    QCOMPARE(graph.layerCount(), 3);
    QCOMPARE(graph.layer(0), QList<int>{graph.indexOf(u"a"_s)});
    QCOMPARE(graph.layer(1).size(), 2);
    QCOMPARE(graph.layer(2), QList<int>{graph.indexOf(u"d"_s)});
    // Positions are a permutation of each layer.
    const auto &mid = graph.layer(1);
    QCOMPARE(graph.nodes()[mid[0]].position, 0);
    QCOMPARE(graph.nodes()[mid[1]].position, 1);
    QCOMPARE(crossings(graph), 0);
}

void TestTaskGraph::wideFanIsQuick()
{
    // One root, 130 tasks after it, one task joining them all, and a
    // shortcut edge from the root to the join (longest path still wins).
    QJsonArray tasks{task(u"root"_s, notebook(u"/root"_s))};
    QJsonArray joinDeps{dep(u"root"_s)};
    for (int i = 0; i < 130; ++i) {
        const QString key = u"leaf_%1"_s.arg(i, 3, 10, QChar(u'0'));
        tasks.append(task(key, notebook(u"/leaf"_s), {dep(u"root"_s)}));
        joinDeps.append(dep(key));
    }
    tasks.append(task(u"join"_s, notebook(u"/join"_s), joinDeps));
    QElapsedTimer timer;
    timer.start();
    const TaskGraph graph = TaskGraph::fromTasks(tasks);
    QVERIFY2(timer.elapsed() < 500, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    QCOMPARE(graph.nodes().size(), 132);
    QCOMPARE(graph.edges().size(), 261);
    QCOMPARE(graph.layerCount(), 3);
    QCOMPARE(graph.layer(1).size(), 130);
    QCOMPARE(graph.nodes()[graph.indexOf(u"join"_s)].layer, 2);
    QCOMPARE(graph.nodes()[graph.indexOf(u"join"_s)].upstream.size(), 131);
}

void TestTaskGraph::barycentreUncrossesEdges()
{
    // Input order puts a1's child below a2's: a crossing the sweeps undo.
    const TaskGraph graph = TaskGraph::fromTasks({
        task(u"a1"_s, notebook(u"/x"_s)),
        task(u"a2"_s, notebook(u"/x"_s)),
        task(u"b2"_s, notebook(u"/x"_s), {dep(u"a2"_s)}),
        task(u"b1"_s, notebook(u"/x"_s), {dep(u"a1"_s)}),
        task(u"c2"_s, notebook(u"/x"_s), {dep(u"b2"_s)}),
        task(u"c1"_s, notebook(u"/x"_s), {dep(u"b1"_s)}),
    });
    QCOMPARE(graph.layerCount(), 3);
    QCOMPARE(crossings(graph), 0);
}

void TestTaskGraph::missingUpstreamIsDroppedAndNoted()
{
    const TaskGraph graph = TaskGraph::fromTasks({
        task(u"a"_s, notebook(u"/a"_s)),
        task(u"b"_s, notebook(u"/b"_s), {dep(u"a"_s), dep(u"gone"_s)}),
    });
    QCOMPARE(graph.edges().size(), 1);
    QCOMPARE(graph.nodes()[graph.indexOf(u"b"_s)].upstream, QStringList{u"a"_s});
    QCOMPARE(graph.nodes()[graph.indexOf(u"b"_s)].layer, 1);
    QCOMPARE(graph.problems().size(), 1);
    QVERIFY(graph.problems().first().contains(u"gone"_s));
}

void TestTaskGraph::cycleIsBrokenAndNoted()
{
    const TaskGraph graph = TaskGraph::fromTasks({
        task(u"a"_s, notebook(u"/a"_s), {dep(u"c"_s)}),
        task(u"b"_s, notebook(u"/b"_s), {dep(u"a"_s)}),
        task(u"c"_s, notebook(u"/c"_s), {dep(u"b"_s)}),
        task(u"self"_s, notebook(u"/s"_s), {dep(u"self"_s)}),
    });
    QCOMPARE(graph.nodes().size(), 4);
    QCOMPARE(graph.edges().size(), 2); // one edge of a→b→c→a and the self edge dropped
    QCOMPARE(graph.problems().size(), 2);
    for (const TaskGraph::Edge &edge : graph.edges())
        QVERIFY(graph.nodes()[edge.from].layer < graph.nodes()[edge.to].layer);
    QCOMPARE(graph.layerCount(), 3);
}

void TestTaskGraph::duplicateAndKeylessTasks()
{
    const TaskGraph graph = TaskGraph::fromTasks({
        task(u"a"_s, notebook(u"/first"_s)),
        task(u"a"_s, notebook(u"/second"_s), {dep(u"a"_s)}),
        QJsonObject{{u"notebook_task"_s, QJsonObject{}}},
    });
    QCOMPARE(graph.nodes().size(), 1);
    QCOMPARE(graph.nodes().first().target, u"/first"_s);
    QVERIFY(graph.edges().isEmpty());
    QCOMPARE(graph.problems().size(), 2);
}

void TestTaskGraph::emptyJob()
{
    const TaskGraph graph = TaskGraph::fromJob({});
    QVERIFY(graph.isEmpty());
    QCOMPARE(graph.layerCount(), 0);
    QCOMPARE(graph.indexOf(u"x"_s), -1);
}

QTEST_GUILESS_MAIN(TestTaskGraph)
#include "tst_taskgraph.moc"
