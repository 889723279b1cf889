#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace brickdesk {

// A job's tasks as a directed acyclic graph with a layered left-to-right
// layout, read from `settings.tasks` as the Jobs API returns it. It holds no
// widgets so that the layout is testable and the graph view only paints.
//
// The layout is the classic Sugiyama shape kept small: each task's layer is
// its longest path from a root (so every edge points right), then a few
// barycentre passes order each layer to reduce crossings. Bad input is
// survived, not refused: an upstream key that names no task drops that edge,
// a cycle is broken at a back edge, and both are listed in problems().
class TaskGraph
{
    Q_DECLARE_TR_FUNCTIONS(TaskGraph)

public:
    enum class TaskType {
        Notebook,
        SparkPython,
        PythonWheel,
        Sql,
        Pipeline,
        RunJob,
        ForEach,
        Condition,
        Dbt,
        SparkJar,
        SparkSubmit,
        Other,
    };

    struct Node
    {
        QString key;
        TaskType type = TaskType::Other;
        QString typeName;     // "Notebook", "Pipeline"... (translated)
        QString target;       // what it runs: a path, "Job 123", "for each over …"
        QString compute;      // "Job cluster main", "Cluster 0923-…", "Serverless"; may be empty
        QString runIf;        // the raw run_if, ALL_SUCCESS when the task gives none
        QStringList upstream; // keys of the tasks it depends on (kept edges only)
        int layer = 0;
        int position = 0; // order inside its layer, from the top
    };

    struct Edge
    {
        int from = 0; // node indexes
        int to = 0;
        QString outcome; // a condition task's branch ("true"/"false"), else empty
    };

    TaskGraph() = default;
    // `tasks` is the settings.tasks array; fromJob reads it from a job
    // (jobs/get or a listing with expand_tasks) or from its settings.
    static TaskGraph fromTasks(const QJsonArray &tasks);
    static TaskGraph fromJob(const QJsonObject &job);

    const QList<Node> &nodes() const { return m_nodes; }
    const QList<Edge> &edges() const { return m_edges; }
    bool isEmpty() const { return m_nodes.isEmpty(); }
    int indexOf(const QString &key) const { return m_index.value(key, -1); }
    int layerCount() const { return m_layers.size(); }
    // Node indexes of one layer, top to bottom.
    const QList<int> &layer(int layer) const { return m_layers.at(layer); }
    // Edges into and out of a node, as indexes into edges().
    QList<int> edgesInto(int node) const;
    QList<int> edgesOutOf(int node) const;

    // What was wrong with the input and what was done about it, one
    // translated sentence each.
    const QStringList &problems() const { return m_problems; }

    static QString typeName(TaskType type);
    // "All done", "At least one failed"…; empty for ALL_SUCCESS (the default
    // that needs no mention).
    static QString runIfText(const QString &runIf);

private:
    void addNodes(const QJsonArray &tasks);
    void addEdges(const QJsonArray &tasks);
    void breakCycles();
    void assignLayers();
    void orderLayers();

    QList<Node> m_nodes;
    QList<Edge> m_edges;
    QHash<QString, int> m_index;
    QList<QList<int>> m_layers;
    QStringList m_problems;
};

} // namespace brickdesk
