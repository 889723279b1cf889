#include "core/emulator/pipelineupdatelifecycle.h"

#include "core/emulator/pipelinesstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace brickdesk::emulator {

namespace {

const QString kAnalysisException = u"org.apache.spark.sql.AnalysisException"_s;

QString shortId(const QString &updateId)
{
    // Event messages name an update by the first six characters of its id
    // ("Update 6fc8a0 is RUNNING.").
    return updateId.left(6);
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A cluster id in the service's "MMdd-HHmmss-<8 letters and digits>" form,
// stable for an update so replays and tests see the same one.
QString clusterIdFor(const PipelineUpdate &update)
{
    const QByteArray hash =
        QCryptographicHash::hash(update.updateId.toUtf8(), QCryptographicHash::Sha1);
    static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString suffix;
    for (int i = 0; i < 8; ++i)
        suffix.append(QLatin1Char(kAlphabet[quint8(hash.at(i)) % 36]));
    return QDateTime::fromMSecsSinceEpoch(update.creationTime, Qt::UTC)
               .toString(u"MMdd-HHmmss-"_s) +
           suffix;
}

int executorsOf(const QJsonObject &spec)
{
    const QJsonObject cluster = spec.value("clusters"_L1).toArray().first().toObject();
    if (cluster.contains("autoscale"_L1))
        return std::max(1,
                        cluster.value("autoscale"_L1).toObject().value("min_workers"_L1).toInt());
    return std::max(1, cluster.value("num_workers"_L1).toInt(2));
}

QString backticked(const QString &qualified)
{
    QStringList parts = qualified.split(u'.');
    for (QString &part : parts)
        part = u'`' + part + u'`';
    return parts.join(u'.');
}

QJsonArray stackFor(const QString &exceptionClass)
{
    const auto frame = [](const QString &declaring, const QString &method, const QString &file,
                          int line) {
        return QJsonObject{{"declaring_class"_L1, declaring},
                           {"method_name"_L1, method},
                           {"file_name"_L1, file},
                           {"line_number"_L1, line}};
    };
    QJsonArray stack;
    if (exceptionClass == kAnalysisException)
        stack.append(frame(u"org.apache.spark.sql.errors.QueryCompilationErrors$"_s,
                           u"tableOrViewNotFoundError"_s, u"QueryCompilationErrors.scala"_s, 3214));
    stack.append(frame(u"com.databricks.pipelines.graph.DataflowGraph"_s, u"resolveFlow"_s,
                       u"DataflowGraph.scala"_s, 412));
    stack.append(frame(u"com.databricks.pipelines.execution.core.FlowExecution"_s,
                       u"executeAsync"_s, u"FlowExecution.scala"_s, 188));
    stack.append(frame(u"java.lang.Thread"_s, u"run"_s, u"Thread.java"_s, 840));
    return stack;
}

} // namespace

PipelineUpdateLifecycle::PipelineUpdateLifecycle(PipelinesStore &store, ProcessRunner &processes,
                                                 const QString &workspaceId)
    : m_store(store)
    , m_processes(processes)
    , m_workspaceId(workspaceId)
{}

void PipelineUpdateLifecycle::failDataset(const QString &pipelineId, const QString &dataset,
                                          const QString &exceptionClass, const QString &message)
{
    m_failures.insert(
        {pipelineId, dataset.toLower()},
        DatasetFailure{exceptionClass.isEmpty() ? kAnalysisException : exceptionClass, message});
}

void PipelineUpdateLifecycle::clearDatasetFailure(const QString &pipelineId, const QString &dataset)
{
    m_failures.remove({pipelineId, dataset.toLower()});
}

std::optional<PipelineUpdateLifecycle::DatasetFailure>
PipelineUpdateLifecycle::failureOf(const QString &pipelineId, const QString &dataset) const
{
    const auto it = m_failures.constFind({pipelineId, dataset.toLower()});
    if (it == m_failures.cend())
        return std::nullopt;
    return *it;
}

qint64 PipelineUpdateLifecycle::now() const
{
    return m_replayMs ? *m_replayMs : m_processes.now();
}

QString PipelineUpdateLifecycle::createUpdate(const QString &pipelineId,
                                              const StartRequest &request, qint64 atMs,
                                              const QString &updateId)
{
    Pipeline *pipeline = m_store.modify(pipelineId);
    if (!pipeline)
        return {};
    PipelineUpdate update;
    update.updateId = updateId.isEmpty() ? newUuid() : updateId;
    update.state = u"QUEUED"_s;
    update.creationTime = atMs;
    update.cause = request.cause;
    update.fullRefresh = request.fullRefresh;
    update.refreshSelection = request.refreshSelection;
    update.fullRefreshSelection = request.fullRefreshSelection;
    update.validateOnly = request.validateOnly;
    update.continuous = pipeline->spec.value("continuous"_L1).toBool();
    update.config = pipeline->spec;
    update.config.insert("id"_L1, pipeline->pipelineId);
    update.config.insert("name"_L1, pipeline->name);
    update.requestId = newUuid();

    // A selection refreshes only the tables it names; no selection, all of
    // them. Views are not materialized: they have no flow to run.
    const bool selective =
        !request.refreshSelection.isEmpty() || !request.fullRefreshSelection.isEmpty();
    const auto named = [pipeline](const QStringList &names, const PipelineDataset &dataset) {
        return std::any_of(names.begin(), names.end(), [&](const QString &name) {
            return pipeline->findDataset(name) == &dataset;
        });
    };
    if (!request.validateOnly) {
        for (const PipelineDataset &dataset : pipeline->datasets) {
            if (dataset.kind == PipelineDataset::Kind::View)
                continue;
            const bool full = request.fullRefresh || named(request.fullRefreshSelection, dataset);
            if (selective && !full && !named(request.refreshSelection, dataset))
                continue;
            for (const QString &flow : dataset.flowNames())
                update.flows.append(PipelineFlowRun{flow, dataset.name, full, {}});
        }
        for (qsizetype i = 0; i < update.flows.size() && update.failingFlow < 0; ++i)
            if (failureOf(pipelineId, update.flows.at(i).dataset))
                update.failingFlow = i;
    }
    pipeline->updates.prepend(update);
    return update.updateId;
}

QString PipelineUpdateLifecycle::start(const QString &pipelineId, const StartRequest &request)
{
    const QString updateId = createUpdate(pipelineId, request, m_processes.now(), {});
    if (!updateId.isEmpty())
        run(pipelineId, timeline(steps(pipelineId, updateId), m_processes.now()));
    return updateId;
}

QString PipelineUpdateLifecycle::replay(const QString &pipelineId, const StartRequest &request,
                                        qint64 startedAtMs, std::optional<qint64> stoppedAtMs,
                                        const QString &updateId)
{
    const QString id = createUpdate(pipelineId, request, startedAtMs, updateId);
    if (id.isEmpty())
        return id;
    QList<Entry> entries = timeline(steps(pipelineId, id), startedAtMs);
    if (stoppedAtMs) {
        entries.erase(std::remove_if(entries.begin(), entries.end(),
                                     [&](const Entry &e) { return e.atMs > *stoppedAtMs; }),
                      entries.end());
        entries += timeline(stopSteps(pipelineId, id), *stoppedAtMs);
    }
    run(pipelineId, entries);
    return id;
}

QList<PipelineUpdateLifecycle::Entry>
PipelineUpdateLifecycle::timeline(const QList<ProcessStep> &steps, qint64 startMs)
{
    QList<Entry> entries;
    qint64 at = startMs;
    for (const ProcessStep &step : steps) {
        entries.append(Entry{at, step});
        if (step.duration == ProcessStep::kUntilJumped)
            break; // only a stop leaves it
        at += step.duration.count();
    }
    return entries;
}

void PipelineUpdateLifecycle::run(const QString &pipelineId, const QList<Entry> &entries)
{
    const qint64 clockNow = m_processes.now();
    qsizetype next = 0;
    while (next < entries.size() && entries.at(next).atMs <= clockNow) {
        m_replayMs = entries.at(next).atMs;
        if (entries.at(next).step.onEnter)
            entries.at(next).step.onEnter();
        ++next;
    }
    m_replayMs.reset();
    if (next == entries.size()) {
        m_processes.cancel(process(pipelineId));
        return;
    }
    // The rest on the clock: first the step already entered, for the time
    // it has left, then the others with their own durations.
    QList<ProcessStep> rest;
    rest.append(ProcessStep{next > 0 ? entries.at(next - 1).step.state : u"QUEUED"_s,
                            std::chrono::milliseconds(entries.at(next).atMs - clockNow),
                            {}});
    for (qsizetype k = next; k < entries.size(); ++k) {
        ProcessStep step = entries.at(k).step;
        if (k + 1 < entries.size())
            step.duration = std::chrono::milliseconds(entries.at(k + 1).atMs - entries.at(k).atMs);
        rest.append(step);
    }
    m_processes.start(process(pipelineId), rest);
}

void PipelineUpdateLifecycle::addEvent(const Pipeline &pipeline, const PipelineUpdate &update,
                                       const QString &eventType, const QString &level,
                                       const QString &message, const QJsonObject &details,
                                       const QString &flow, const QString &dataset,
                                       const QJsonObject &error, const QString &maturity)
{
    QJsonObject origin{{"cloud"_L1, u"AWS"_s},
                       {"region"_L1, u"us-west-2"_s},
                       {"org_id"_L1, m_workspaceId.toLongLong()},
                       {"pipeline_id"_L1, pipeline.pipelineId},
                       {"pipeline_type"_L1, u"WORKSPACE"_s},
                       {"pipeline_name"_L1, pipeline.name},
                       {"update_id"_L1, update.updateId},
                       {"request_id"_L1, update.requestId}};
    if (!update.clusterId.isEmpty())
        origin.insert("cluster_id"_L1, update.clusterId);
    if (!flow.isEmpty()) {
        origin.insert("flow_name"_L1, pipeline.qualifiedName(flow));
        // A flow id stable across events of the update.
        origin.insert(
            "flow_id"_L1,
            QUuid::createUuidV5(QUuid(update.updateId), flow).toString(QUuid::WithoutBraces));
    }
    if (!dataset.isEmpty())
        origin.insert("dataset_name"_L1, pipeline.qualifiedName(dataset));
    QJsonObject json{{"event_type"_L1, eventType},
                     {"level"_L1, level},
                     {"maturity_level"_L1, maturity.isEmpty() ? u"STABLE"_s : maturity},
                     {"message"_L1, message},
                     {"origin"_L1, origin},
                     {"details"_L1, QJsonObject{{eventType, details}}}};
    if (!error.isEmpty())
        json.insert("error"_L1, error);
    m_store.addEvent(pipeline.pipelineId, now(), json);
}

void PipelineUpdateLifecycle::setUpdateState(const QString &pipelineId, const QString &updateId,
                                             const QString &state)
{
    Pipeline *pipeline = m_store.modify(pipelineId);
    PipelineUpdate *update = pipeline ? pipeline->findUpdate(updateId) : nullptr;
    if (!update)
        return;
    update->state = state;
    addEvent(*pipeline, *update, u"update_progress"_s, u"INFO"_s,
             u"Update %1 is %2."_s.arg(shortId(updateId), state), QJsonObject{{"state"_L1, state}});
}

void PipelineUpdateLifecycle::setFlowStatus(const QString &pipelineId, const QString &updateId,
                                            qsizetype flow, const QString &status)
{
    Pipeline *pipeline = m_store.modify(pipelineId);
    PipelineUpdate *update = pipeline ? pipeline->findUpdate(updateId) : nullptr;
    if (!update || flow < 0 || flow >= update->flows.size())
        return;
    PipelineFlowRun &run = update->flows[flow];
    run.status = status;
    const QString name = pipeline->qualifiedName(run.flow);
    QJsonObject details{{"status"_L1, status}};
    QString level = u"INFO"_s;
    QString message = u"Flow '%1' is %2."_s.arg(name, status);
    QJsonObject error;
    if (status == "COMPLETED"_L1) {
        const PipelineDataset *dataset = pipeline->findDataset(run.dataset);
        qint64 rows = dataset ? dataset->outputRows : 0;
        // A streaming table's incremental refresh reads only what arrived
        // since the last update; a full refresh rewrites it all.
        if (dataset && dataset->kind == PipelineDataset::Kind::StreamingTable && !run.fullRefresh)
            rows = std::max<qint64>(1, rows / 12);
        details.insert("metrics"_L1, QJsonObject{{"num_output_rows"_L1, rows}});
        message = u"Flow '%1' has COMPLETED."_s.arg(name);
    } else if (status == "FAILED"_L1) {
        level = u"ERROR"_s;
        message = u"Flow '%1' has FAILED."_s.arg(name);
    } else if (status == "SKIPPED"_L1) {
        // Skipped because a flow it depends on failed.
        level = u"WARN"_s;
        message = u"Flow '%1' has been SKIPPED because an upstream flow failed."_s.arg(name);
    } else if (status == "STOPPED"_L1) {
        message = u"Flow '%1' has been STOPPED."_s.arg(name);
    }
    if (status == "FAILED"_L1) {
        const auto failure = failureOf(pipelineId, run.dataset);
        const PipelineDataset *dataset = pipeline->findDataset(run.dataset);
        QString exceptionClass = failure ? failure->exceptionClass : kAnalysisException;
        QString text = failure ? failure->message : QString();
        if (text.isEmpty()) {
            // Spark's words for an input that does not exist.
            const QString input = dataset && !dataset->inputs.isEmpty()
                                      ? dataset->inputs.first()
                                      : pipeline->qualifiedName(run.dataset + "_source"_L1);
            text = u"[TABLE_OR_VIEW_NOT_FOUND] The table or view %1 cannot be found. Verify the "
                   "spelling and correctness of the schema and catalog.\nIf you did not qualify "
                   "the name with a schema, verify the current_schema() output, or qualify the "
                   "name with the correct schema and catalog. SQLSTATE: 42P01"_s.arg(
                       backticked(input));
        }
        const QJsonObject exception{{"class_name"_L1, exceptionClass},
                                    {"message"_L1, text},
                                    {"stack"_L1, stackFor(exceptionClass)}};
        error = QJsonObject{{"fatal"_L1, false}, {"exceptions"_L1, QJsonArray{exception}}};
        update->failureText = u"Update %1 has FAILED. Flow '%2' failed: %3: %4"_s.arg(
            shortId(updateId), name, exceptionClass, text.section(u'\n', 0, 0));
    }
    addEvent(*pipeline, *update, u"flow_progress"_s, level, message, details, run.flow, run.dataset,
             error);
}

void PipelineUpdateLifecycle::finish(const QString &pipelineId, const QString &updateId,
                                     const QString &state)
{
    Pipeline *pipeline = m_store.modify(pipelineId);
    PipelineUpdate *update = pipeline ? pipeline->findUpdate(updateId) : nullptr;
    if (!update)
        return;
    update->state = state;
    const bool failed = state == "FAILED"_L1;
    pipeline->state = failed ? PipelineState::Failed : PipelineState::Idle;
    pipeline->cause = failed ? update->failureText : QString();
    pipeline->clusterId.clear();
    QJsonObject error;
    if (failed) {
        // The update's error repeats the failed flow's exceptions, fatal.
        for (auto it = pipeline->events.rbegin(); it != pipeline->events.rend(); ++it) {
            if (it->updateId == updateId && it->json.contains("error"_L1)) {
                error = it->json.value("error"_L1).toObject();
                break;
            }
        }
        error.insert("fatal"_L1, true);
    }
    addEvent(*pipeline, *update, u"update_progress"_s, failed ? u"ERROR"_s : u"INFO"_s,
             u"Update %1 is %2."_s.arg(shortId(updateId), state), QJsonObject{{"state"_L1, state}},
             {}, {}, error);
}

QList<ProcessStep> PipelineUpdateLifecycle::steps(const QString &pipelineId,
                                                  const QString &updateId)
{
    const Pipeline *pipeline = m_store.find(pipelineId);
    const PipelineUpdate *update = pipeline ? pipeline->findUpdate(updateId) : nullptr;
    if (!update)
        return {};
    const QString id = pipelineId;
    const QString uid = updateId;
    // Runs `body` on the pipeline and update if both still exist.
    const auto on = [this, id, uid](auto body) {
        return [this, id, uid, body] {
            Pipeline *p = m_store.modify(id);
            PipelineUpdate *u = p ? p->findUpdate(uid) : nullptr;
            if (u)
                body(*p, *u);
        };
    };
    const auto progress = [this, id, uid](const QString &state) {
        return [this, id, uid, state] { setUpdateState(id, uid, state); };
    };

    QList<ProcessStep> steps;
    steps.append({u"QUEUED"_s, m_timing.queued, on([this](Pipeline &p, PipelineUpdate &u) {
                      p.state = PipelineState::Starting;
                      p.cause = u"Update %1 started by %2."_s.arg(shortId(u.updateId), u.cause);
                      QJsonObject details{{"cause"_L1, u.cause},
                                          {"full_refresh"_L1, u.fullRefresh},
                                          {"validate_only"_L1, u.validateOnly}};
                      if (!u.refreshSelection.isEmpty())
                          details.insert("refresh_selection"_L1,
                                         QJsonArray::fromStringList(u.refreshSelection));
                      if (!u.fullRefreshSelection.isEmpty())
                          details.insert("full_refresh_selection"_L1,
                                         QJsonArray::fromStringList(u.fullRefreshSelection));
                      addEvent(p, u, u"create_update"_s, u"INFO"_s,
                               u"Update %1 started by %2."_s.arg(shortId(u.updateId), u.cause),
                               details);
                      setUpdateState(p.pipelineId, u.updateId, u"QUEUED"_s);
                  })});
    steps.append({u"CREATED"_s, m_timing.created, progress(u"CREATED"_s)});
    steps.append({u"WAITING_FOR_RESOURCES"_s, m_timing.waitingForResources,
                  on([this](Pipeline &p, PipelineUpdate &u) {
                      u.clusterId = clusterIdFor(u);
                      p.clusterId = u.clusterId;
                      setUpdateState(p.pipelineId, u.updateId, u"WAITING_FOR_RESOURCES"_s);
                  })});
    steps.append(
        {u"INITIALIZING"_s, m_timing.initializing, on([this](Pipeline &p, PipelineUpdate &u) {
             p.state = PipelineState::Running;
             const int executors = executorsOf(u.config);
             addEvent(
                 p, u, u"cluster_resources"_s, u"INFO"_s,
                 u"Cluster %1 is running with %2 executors and %3 task slots."_s.arg(u.clusterId)
                     .arg(executors)
                     .arg(executors * 4),
                 QJsonObject{{"num_executors"_L1, executors},
                             {"num_task_slots"_L1, executors * 4},
                             {"avg_num_queued_tasks"_L1, 0},
                             {"state"_L1, u"RUNNING"_s}},
                 {}, {}, {}, u"EVOLVING"_s);
             setUpdateState(p.pipelineId, u.updateId, u"INITIALIZING"_s);
         })});
    steps.append(
        {u"SETTING_UP_TABLES"_s, m_timing.settingUpTables,
         on([this](Pipeline &p, PipelineUpdate &u) {
             setUpdateState(p.pipelineId, u.updateId, u"SETTING_UP_TABLES"_s);
             // The whole graph is defined, whatever the update refreshes.
             for (const PipelineDataset &dataset : p.datasets) {
                 const QString kind = PipelineDataset::kindName(dataset.kind);
                 QJsonArray inputs;
                 for (const QString &input : dataset.inputs)
                     inputs.append(input.contains(u'.') ? input : p.qualifiedName(input));
                 for (const QString &flow : dataset.flowNames()) {
                     const QString flowType = dataset.kind == PipelineDataset::Kind::StreamingTable
                                                  ? u"APPEND"_s
                                                  : u"COMPLETE"_s;
                     addEvent(p, u, u"flow_definition"_s, u"INFO"_s,
                              u"Flow '%1' is defined as %2."_s.arg(p.qualifiedName(flow), flowType),
                              QJsonObject{{"output_dataset"_L1, p.qualifiedName(dataset.name)},
                                          {"input_datasets"_L1, inputs},
                                          {"flow_type"_L1, flowType}},
                              flow, dataset.name);
                 }
                 QJsonObject definition{{"dataset_type"_L1, kind},
                                        {"num_flows"_L1, int(dataset.flowNames().size())}};
                 if (!dataset.sourcePath.isEmpty())
                     definition.insert("source_code_path"_L1, dataset.sourcePath);
                 addEvent(
                     p, u, u"dataset_definition"_s, u"INFO"_s,
                     u"Dataset '%1' is defined as %2."_s.arg(p.qualifiedName(dataset.name), kind),
                     definition, {}, dataset.name, {}, u"EVOLVING"_s);
             }
         })});

    if (update->validateOnly) {
        steps.append({u"COMPLETED"_s, 0ms, [this, id, uid] { finish(id, uid, u"COMPLETED"_s); }});
        return steps;
    }

    const qsizetype flows = update->flows.size();
    const qsizetype failing = update->failingFlow;
    const bool continuous = update->continuous;
    const qsizetype runs = failing >= 0 ? failing + 1 : flows;
    steps.append({u"RUNNING"_s,
                  runs == 0 && continuous ? ProcessStep::kUntilJumped : m_timing.runningStart,
                  [this, id, uid, flows] {
                      setUpdateState(id, uid, u"RUNNING"_s);
                      for (qsizetype i = 0; i < flows; ++i)
                          setFlowStatus(id, uid, i, u"QUEUED"_s);
                  }});
    for (qsizetype i = 0; i < runs; ++i) {
        const bool full = update->flows.at(i).fullRefresh;
        steps.append({u"RUNNING"_s, m_timing.flowStarting, [this, id, uid, i, continuous] {
                          // Triggered flows run one after the other; a
                          // continuous pipeline's keep running.
                          if (i > 0 && !continuous)
                              setFlowStatus(id, uid, i - 1, u"COMPLETED"_s);
                          setFlowStatus(id, uid, i, u"STARTING"_s);
                      }});
        const bool rests = continuous && i == runs - 1 && failing < 0;
        steps.append({u"RUNNING"_s,
                      rests  ? ProcessStep::kUntilJumped
                      : full ? 2 * m_timing.flowRunning
                             : m_timing.flowRunning,
                      [this, id, uid, i] { setFlowStatus(id, uid, i, u"RUNNING"_s); }});
    }
    if (failing >= 0) {
        steps.append({u"FAILED"_s, 0ms, [this, id, uid, failing, flows] {
                          setFlowStatus(id, uid, failing, u"FAILED"_s);
                          for (qsizetype i = failing + 1; i < flows; ++i)
                              setFlowStatus(id, uid, i, u"SKIPPED"_s);
                          finish(id, uid, u"FAILED"_s);
                      }});
    } else if (!continuous) {
        steps.append({u"COMPLETED"_s, 0ms, [this, id, uid, flows] {
                          if (flows > 0)
                              setFlowStatus(id, uid, flows - 1, u"COMPLETED"_s);
                          finish(id, uid, u"COMPLETED"_s);
                      }});
    }
    return steps;
}

QList<ProcessStep> PipelineUpdateLifecycle::stopSteps(const QString &pipelineId,
                                                      const QString &updateId)
{
    const QString id = pipelineId;
    const QString uid = updateId;
    return {{u"STOPPING"_s, m_timing.stopping,
             [this, id, uid] {
                 Pipeline *p = m_store.modify(id);
                 PipelineUpdate *u = p ? p->findUpdate(uid) : nullptr;
                 if (!u)
                     return;
                 p->state = PipelineState::Stopping;
                 p->cause = u"Update %1 is STOPPING."_s.arg(shortId(uid));
                 setUpdateState(id, uid, u"STOPPING"_s);
                 for (qsizetype i = 0; i < u->flows.size(); ++i) {
                     const QString status = u->flows.at(i).status;
                     if (status == "QUEUED"_L1 || status == "STARTING"_L1 || status == "RUNNING"_L1)
                         setFlowStatus(id, uid, i, u"STOPPED"_s);
                 }
             }},
            {u"CANCELED"_s, 0ms, [this, id, uid] { finish(id, uid, u"CANCELED"_s); }}};
}

bool PipelineUpdateLifecycle::stop(const QString &pipelineId)
{
    const Pipeline *pipeline = m_store.find(pipelineId);
    const PipelineUpdate *update = pipeline ? pipeline->activeUpdate() : nullptr;
    if (!update || update->state == "STOPPING"_L1)
        return false;
    m_processes.start(process(pipelineId), stopSteps(pipelineId, update->updateId));
    return true;
}

void PipelineUpdateLifecycle::forget(const QString &pipelineId)
{
    m_processes.cancel(process(pipelineId));
}

int PipelineUpdateLifecycle::addSyntheticEvents(const QString &pipelineId, const QString &updateId,
                                                int count)
{
    const Pipeline *pipeline = m_store.find(pipelineId);
    const PipelineUpdate *update = pipeline ? pipeline->findUpdate(updateId) : nullptr;
    if (!update || count <= 0)
        return 0;
    // Spread over the update's run: from its creation to its last event
    // (or now, while it runs).
    const qint64 start = update->creationTime;
    qint64 end = m_processes.now();
    if (!update->isActive()) {
        for (auto it = pipeline->events.rbegin(); it != pipeline->events.rend(); ++it)
            if (it->updateId == updateId) {
                end = it->timestamp;
                break;
            }
    }
    end = std::max(end, start + 1);
    QStringList flows;
    for (const PipelineFlowRun &run : update->flows)
        flows.append(run.flow);
    if (flows.isEmpty())
        flows.append(u"synthetic_flow"_s);

    QJsonObject origin{{"cloud"_L1, u"AWS"_s},
                       {"region"_L1, u"us-west-2"_s},
                       {"org_id"_L1, m_workspaceId.toLongLong()},
                       {"pipeline_id"_L1, pipeline->pipelineId},
                       {"pipeline_type"_L1, u"WORKSPACE"_s},
                       {"pipeline_name"_L1, pipeline->name},
                       {"update_id"_L1, updateId},
                       {"request_id"_L1, update->requestId}};
    if (!update->clusterId.isEmpty())
        origin.insert("cluster_id"_L1, update->clusterId);
    std::vector<PipelineEvent> events;
    events.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const QString flow = flows.at(i % flows.size());
        QJsonObject eventOrigin = origin;
        eventOrigin.insert("flow_name"_L1, pipeline->qualifiedName(flow));
        eventOrigin.insert("dataset_name"_L1, pipeline->qualifiedName(flow));
        // Every 50th a WARN, so level filters have something to find.
        const bool warn = i % 50 == 49;
        PipelineEvent event;
        event.timestamp = start + (end - start) * i / count;
        event.json = QJsonObject{
            {"event_type"_L1, u"flow_progress"_s},
            {"level"_L1, warn ? u"WARN"_s : u"INFO"_s},
            {"maturity_level"_L1, u"STABLE"_s},
            {"message"_L1, warn ? u"Flow '%1' is falling behind: backlog growing."_s.arg(
                                      pipeline->qualifiedName(flow))
                                : u"Flow '%1' is RUNNING."_s.arg(pipeline->qualifiedName(flow))},
            {"origin"_L1, eventOrigin},
            {"details"_L1,
             QJsonObject{
                 {"flow_progress"_L1,
                  QJsonObject{
                      {"status"_L1, u"RUNNING"_s},
                      {"metrics"_L1, QJsonObject{{"num_output_rows"_L1, qint64(i) * 37 % 10007},
                                                 {"backlog_bytes"_L1, qint64(i % 97) * 1024}}}}}}}};
        events.push_back(std::move(event));
    }
    m_store.addEvents(pipelineId, std::move(events));
    return count;
}

} // namespace brickdesk::emulator
