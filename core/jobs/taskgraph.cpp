#include "core/jobs/taskgraph.h"

#include "core/net/jsonids.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk {
namespace {

struct TaskKind
{
    TaskGraph::TaskType type = TaskGraph::TaskType::Other;
    QString target;
    QString compute;
};

QString conditionOperator(const QString &op)
{
    if (op == "EQUAL_TO"_L1)
        return u"=="_s;
    if (op == "NOT_EQUAL"_L1)
        return u"!="_s;
    if (op == "GREATER_THAN"_L1)
        return u">"_s;
    if (op == "GREATER_THAN_OR_EQUAL"_L1)
        return u">="_s;
    if (op == "LESS_THAN"_L1)
        return u"<"_s;
    if (op == "LESS_THAN_OR_EQUAL"_L1)
        return u"<="_s;
    return op;
}

QString sqlTarget(const QJsonObject &sql)
{
    if (sql.contains("file"_L1))
        return sql.value("file"_L1).toObject().value("path"_L1).toString();
    if (sql.contains("query"_L1))
        return TaskGraph::tr("Query %1")
            .arg(sql.value("query"_L1).toObject().value("query_id"_L1).toString());
    if (sql.contains("dashboard"_L1))
        return TaskGraph::tr("Dashboard %1")
            .arg(sql.value("dashboard"_L1).toObject().value("dashboard_id"_L1).toString());
    if (sql.contains("alert"_L1))
        return TaskGraph::tr("Alert %1")
            .arg(sql.value("alert"_L1).toObject().value("alert_id"_L1).toString());
    return {};
}

QString joinedStrings(const QJsonArray &array, const QString &separator)
{
    QStringList parts;
    for (const QJsonValue &value : array)
        parts.append(value.toString());
    return parts.join(separator);
}

// Where a task runs. Tasks that run nothing themselves (pipeline, run job,
// condition, for each) have no compute of their own; a task that names none
// of the others runs on serverless compute.
QString computeOf(const QJsonObject &task, TaskGraph::TaskType type)
{
    using T = TaskGraph::TaskType;
    if (type == T::Pipeline || type == T::RunJob || type == T::Condition || type == T::ForEach)
        return {};
    if (type == T::Sql) {
        const QString warehouse =
            task.value("sql_task"_L1).toObject().value("warehouse_id"_L1).toString();
        return warehouse.isEmpty() ? QString() : TaskGraph::tr("Warehouse %1").arg(warehouse);
    }
    const QString jobCluster = task.value("job_cluster_key"_L1).toString();
    if (!jobCluster.isEmpty())
        return TaskGraph::tr("Job cluster %1").arg(jobCluster);
    const QString existing = task.value("existing_cluster_id"_L1).toString();
    if (!existing.isEmpty())
        return TaskGraph::tr("Cluster %1").arg(existing);
    if (task.contains("new_cluster"_L1))
        return TaskGraph::tr("New cluster");
    const QString environment = task.value("environment_key"_L1).toString();
    if (!environment.isEmpty())
        return TaskGraph::tr("Serverless (%1)").arg(environment);
    return TaskGraph::tr("Serverless");
}

TaskKind kindOf(const QJsonObject &task)
{
    using T = TaskGraph::TaskType;
    TaskKind kind;
    if (task.contains("notebook_task"_L1)) {
        kind.type = T::Notebook;
        kind.target =
            task.value("notebook_task"_L1).toObject().value("notebook_path"_L1).toString();
    } else if (task.contains("spark_python_task"_L1)) {
        kind.type = T::SparkPython;
        kind.target =
            task.value("spark_python_task"_L1).toObject().value("python_file"_L1).toString();
    } else if (task.contains("python_wheel_task"_L1)) {
        kind.type = T::PythonWheel;
        const QJsonObject wheel = task.value("python_wheel_task"_L1).toObject();
        const QString entry = wheel.value("entry_point"_L1).toString();
        kind.target = wheel.value("package_name"_L1).toString();
        if (!entry.isEmpty())
            kind.target += u':' + entry;
    } else if (task.contains("sql_task"_L1)) {
        kind.type = T::Sql;
        kind.target = sqlTarget(task.value("sql_task"_L1).toObject());
    } else if (task.contains("pipeline_task"_L1)) {
        kind.type = T::Pipeline;
        const QJsonObject pipeline = task.value("pipeline_task"_L1).toObject();
        kind.target = pipeline.value("pipeline_id"_L1).toString();
        if (pipeline.value("full_refresh"_L1).toBool())
            kind.target = TaskGraph::tr("%1 (full refresh)").arg(kind.target);
    } else if (task.contains("run_job_task"_L1)) {
        kind.type = T::RunJob;
        kind.target = TaskGraph::tr("Job %1").arg(
            jsonId(task.value("run_job_task"_L1).toObject(), "job_id"_L1));
    } else if (task.contains("for_each_task"_L1)) {
        kind.type = T::ForEach;
        const QJsonObject forEach = task.value("for_each_task"_L1).toObject();
        const QJsonValue inputs = forEach.value("inputs"_L1);
        // Inputs are a JSON array written as a string, or a reference such
        // as {{tasks.list.values}}; either reads well as it is.
        const QString over =
            inputs.isString()
                ? inputs.toString()
                : QString::fromUtf8(QJsonDocument(inputs.toArray()).toJson(QJsonDocument::Compact));
        const TaskKind inner = kindOf(forEach.value("task"_L1).toObject());
        kind.target = TaskGraph::tr("for each over %1").arg(over);
        if (!inner.target.isEmpty())
            kind.target = TaskGraph::tr("%1: %2").arg(kind.target, inner.target);
        kind.compute = computeOf(forEach.value("task"_L1).toObject(), inner.type);
    } else if (task.contains("condition_task"_L1)) {
        kind.type = T::Condition;
        const QJsonObject condition = task.value("condition_task"_L1).toObject();
        kind.target = u"%1 %2 %3"_s.arg(condition.value("left"_L1).toString(),
                                        conditionOperator(condition.value("op"_L1).toString()),
                                        condition.value("right"_L1).toString());
    } else if (task.contains("dbt_task"_L1)) {
        kind.type = T::Dbt;
        kind.target = joinedStrings(
            task.value("dbt_task"_L1).toObject().value("commands"_L1).toArray(), u"; "_s);
    } else if (task.contains("spark_jar_task"_L1)) {
        kind.type = T::SparkJar;
        kind.target =
            task.value("spark_jar_task"_L1).toObject().value("main_class_name"_L1).toString();
    } else if (task.contains("spark_submit_task"_L1)) {
        kind.type = T::SparkSubmit;
        kind.target = joinedStrings(
            task.value("spark_submit_task"_L1).toObject().value("parameters"_L1).toArray(), u" "_s);
    }
    if (kind.type != T::ForEach)
        kind.compute = computeOf(task, kind.type);
    return kind;
}

} // namespace

TaskGraph TaskGraph::fromJob(const QJsonObject &job)
{
    const QJsonObject settings =
        job.contains("settings"_L1) ? job.value("settings"_L1).toObject() : job;
    return fromTasks(settings.value("tasks"_L1).toArray());
}

TaskGraph TaskGraph::fromTasks(const QJsonArray &tasks)
{
    TaskGraph graph;
    graph.addNodes(tasks);
    graph.addEdges(tasks);
    graph.breakCycles();
    graph.assignLayers();
    graph.orderLayers();
    return graph;
}

void TaskGraph::addNodes(const QJsonArray &tasks)
{
    for (const QJsonValue &value : tasks) {
        const QJsonObject task = value.toObject();
        const QString key = task.value("task_key"_L1).toString();
        if (key.isEmpty()) {
            m_problems.append(tr("A task without a task_key is left out."));
            continue;
        }
        if (m_index.contains(key)) {
            m_problems.append(tr("Task key %1 appears twice; the second is left out.").arg(key));
            continue;
        }
        const TaskKind kind = kindOf(task);
        Node node;
        node.key = key;
        node.type = kind.type;
        node.typeName = typeName(kind.type);
        node.target = kind.target;
        node.compute = kind.compute;
        node.runIf = task.value("run_if"_L1).toString(u"ALL_SUCCESS"_s);
        m_index.insert(key, m_nodes.size());
        m_nodes.append(node);
    }
}

void TaskGraph::addEdges(const QJsonArray &tasks)
{
    QSet<QString> seenTask;
    for (const QJsonValue &value : tasks) {
        const QJsonObject task = value.toObject();
        const QString key = task.value("task_key"_L1).toString();
        // Only the first task of a duplicated key owns the node.
        if (key.isEmpty() || seenTask.contains(key))
            continue;
        seenTask.insert(key);
        const int to = m_index.value(key);
        QSet<int> seenUpstream;
        for (const QJsonValue &dep : task.value("depends_on"_L1).toArray()) {
            const QString upstream = dep.toObject().value("task_key"_L1).toString();
            const int from = m_index.value(upstream, -1);
            if (from < 0) {
                m_problems.append(
                    tr("Task %1 depends on %2, which is not in the job; that dependency is "
                       "not drawn.")
                        .arg(key, upstream.isEmpty() ? tr("(no key)") : upstream));
                continue;
            }
            if (seenUpstream.contains(from))
                continue;
            seenUpstream.insert(from);
            m_edges.append({from, to, dep.toObject().value("outcome"_L1).toString()});
        }
    }
}

// Depth-first search from every node in input order; an edge to a node
// still on the stack closes a cycle and is dropped. Iterative so that a long
// chain of tasks cannot overflow the stack.
void TaskGraph::breakCycles()
{
    const int n = m_nodes.size();
    QList<QList<int>> out(n);
    for (int e = 0; e < m_edges.size(); ++e)
        out[m_edges[e].from].append(e);

    enum Mark : char { Unvisited, OnStack, Done };
    QList<char> mark(n, Unvisited);
    QList<bool> dropped(m_edges.size(), false);
    struct Frame
    {
        int node;
        int next;
    };
    for (int root = 0; root < n; ++root) {
        if (mark[root] != Unvisited)
            continue;
        QList<Frame> stack{{root, 0}};
        mark[root] = OnStack;
        while (!stack.isEmpty()) {
            Frame &top = stack.last();
            if (top.next == out[top.node].size()) {
                mark[top.node] = Done;
                stack.removeLast();
                continue;
            }
            const int e = out[top.node][top.next++];
            const int to = m_edges[e].to;
            if (mark[to] == OnStack) {
                dropped[e] = true;
                m_problems.append(tr("The dependency of %1 on %2 closes a cycle and is not drawn.")
                                      .arg(m_nodes[to].key, m_nodes[top.node].key));
            } else if (mark[to] == Unvisited) {
                mark[to] = OnStack;
                stack.append({to, 0});
            }
        }
    }
    QList<Edge> kept;
    for (int e = 0; e < m_edges.size(); ++e) {
        if (!dropped[e])
            kept.append(m_edges[e]);
    }
    m_edges = kept;
    for (const Edge &edge : std::as_const(m_edges))
        m_nodes[edge.to].upstream.append(m_nodes[edge.from].key);
}

// Longest path from the roots, by Kahn's topological order: a task sits one
// layer right of its furthest upstream, so every arrow points right.
void TaskGraph::assignLayers()
{
    const int n = m_nodes.size();
    QList<int> inDegree(n, 0);
    QList<QList<int>> out(n);
    for (const Edge &edge : std::as_const(m_edges)) {
        ++inDegree[edge.to];
        out[edge.from].append(edge.to);
    }
    QList<int> ready;
    for (int i = 0; i < n; ++i) {
        if (inDegree[i] == 0)
            ready.append(i);
    }
    int layers = n > 0 ? 1 : 0;
    for (int head = 0; head < ready.size(); ++head) {
        const int node = ready[head];
        for (int to : std::as_const(out[node])) {
            m_nodes[to].layer = std::max(m_nodes[to].layer, m_nodes[node].layer + 1);
            layers = std::max(layers, m_nodes[to].layer + 1);
            if (--inDegree[to] == 0)
                ready.append(to);
        }
    }
    m_layers = QList<QList<int>>(layers);
    for (int i = 0; i < n; ++i)
        m_layers[m_nodes[i].layer].append(i);
}

// Barycentre heuristic: alternately sweep right (order each layer by the
// mean position of its upstreams) and left (by its downstreams), keeping the
// order with the fewest crossings between neighbouring layers.
void TaskGraph::orderLayers()
{
    const int n = m_nodes.size();
    QList<QList<int>> upstream(n), downstream(n);
    for (const Edge &edge : std::as_const(m_edges)) {
        upstream[edge.to].append(edge.from);
        downstream[edge.from].append(edge.to);
    }
    QList<int> position(n, 0);
    const auto renumber = [&](const QList<QList<int>> &layers) {
        for (const QList<int> &layer : layers) {
            for (int p = 0; p < layer.size(); ++p)
                position[layer[p]] = p;
        }
    };
    const auto crossings = [&]() {
        long count = 0;
        for (int a = 0; a < m_edges.size(); ++a) {
            const Edge &ea = m_edges[a];
            for (int b = a + 1; b < m_edges.size(); ++b) {
                const Edge &eb = m_edges[b];
                if (m_nodes[ea.from].layer != m_nodes[eb.from].layer ||
                    m_nodes[ea.to].layer != m_nodes[eb.to].layer)
                    continue;
                const int dFrom = position[ea.from] - position[eb.from];
                const int dTo = position[ea.to] - position[eb.to];
                if ((dFrom < 0 && dTo > 0) || (dFrom > 0 && dTo < 0))
                    ++count;
            }
        }
        return count;
    };
    const auto sortLayer = [&](QList<int> &layer, const QList<QList<int>> &neighbours) {
        QHash<int, double> centre;
        for (int node : std::as_const(layer)) {
            const QList<int> &near = neighbours[node];
            if (near.isEmpty()) {
                centre.insert(node, position[node]); // stays where it is
                continue;
            }
            double sum = 0;
            for (int other : near)
                sum += position[other];
            centre.insert(node, sum / near.size());
        }
        std::stable_sort(layer.begin(), layer.end(),
                         [&](int a, int b) { return centre.value(a) < centre.value(b); });
        for (int p = 0; p < layer.size(); ++p)
            position[layer[p]] = p;
    };

    renumber(m_layers);
    QList<QList<int>> best = m_layers;
    long bestCrossings = crossings();
    constexpr int passes = 4;
    for (int pass = 0; pass < passes && bestCrossings > 0; ++pass) {
        for (int l = 1; l < m_layers.size(); ++l)
            sortLayer(m_layers[l], upstream);
        for (int l = m_layers.size() - 2; l >= 0; --l)
            sortLayer(m_layers[l], downstream);
        const long now = crossings();
        if (now < bestCrossings) {
            bestCrossings = now;
            best = m_layers;
        }
    }
    m_layers = best;
    renumber(m_layers);
    for (int i = 0; i < n; ++i)
        m_nodes[i].position = position[i];
}

QList<int> TaskGraph::edgesInto(int node) const
{
    QList<int> result;
    for (int e = 0; e < m_edges.size(); ++e) {
        if (m_edges[e].to == node)
            result.append(e);
    }
    return result;
}

QList<int> TaskGraph::edgesOutOf(int node) const
{
    QList<int> result;
    for (int e = 0; e < m_edges.size(); ++e) {
        if (m_edges[e].from == node)
            result.append(e);
    }
    return result;
}

QString TaskGraph::typeName(TaskType type)
{
    switch (type) {
    case TaskType::Notebook:
        return tr("Notebook");
    case TaskType::SparkPython:
        return tr("Python script");
    case TaskType::PythonWheel:
        return tr("Python wheel");
    case TaskType::Sql:
        return tr("SQL");
    case TaskType::Pipeline:
        return tr("Pipeline");
    case TaskType::RunJob:
        return tr("Run job");
    case TaskType::ForEach:
        return tr("For each");
    case TaskType::Condition:
        return tr("If/else condition");
    case TaskType::Dbt:
        return tr("dbt");
    case TaskType::SparkJar:
        return tr("JAR");
    case TaskType::SparkSubmit:
        return tr("Spark submit");
    case TaskType::Other:
        break;
    }
    return tr("Task");
}

QString TaskGraph::runIfText(const QString &runIf)
{
    if (runIf == "ALL_DONE"_L1)
        return tr("All done");
    if (runIf == "NONE_FAILED"_L1)
        return tr("None failed");
    if (runIf == "AT_LEAST_ONE_SUCCESS"_L1)
        return tr("At least one succeeded");
    if (runIf == "ALL_FAILED"_L1)
        return tr("All failed");
    if (runIf == "AT_LEAST_ONE_FAILED"_L1)
        return tr("At least one failed");
    return {};
}

} // namespace brickdesk
