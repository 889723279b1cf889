#include "core/secrets/secretusageindex.h"

#include "core/clusters/clustersservice.h"
#include "core/jobs/jobsservice.h"
#include "core/net/apiclient.h"
#include "core/pipelines/pipelinesservice.h"
#include "core/secrets/secretsservice.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// Gets per pipeline and key listings per scope on the wire at once: enough
// to be quick, few enough to leave the host's budget to the views.
constexpr int kParallel = 4;

void addUsages(QList<SecretUsage> &out, SecretUsage::Kind kind, const QString &id,
               const QString &name, const QJsonValue &settings)
{
    for (const SecretReferenceSite &site : findSecretReferences(settings))
        out.append({kind, id, name, site.field, site.reference});
}

} // namespace

// One rebuild: the calls' context and what they gathered so far. Slots of
// progress() may cancel or restart the rebuild, so after emitting, a
// callback goes on only while its run is still the current one.
struct SecretUsageIndex::Run : public QObject
{
    QList<SecretUsage> usages;
    QStringList errors;
    int partsLeft = 4; // jobs, clusters, pipelines, scopes
    int jobs = 0;
    int clusters = 0;

    QList<PipelineSummary> pipelineQueue;
    int pipelinesTotal = 0;
    int pipelinesDone = 0;
    int pipelinesInFlight = 0;
    bool pipelinesListed = false;

    QList<QString> scopeQueue;
    // Lower-case scope name -> its keys; no value when they could not be
    // listed.
    QHash<QString, std::optional<QSet<QString>>> keys;
    bool scopesListed = false; // the scope list itself arrived
    int scopesTotal = 0;
    int scopesDone = 0;
    int keysInFlight = 0;
};

SecretUsageIndex::SecretUsageIndex(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

SecretUsageIndex::~SecretUsageIndex() = default;

void SecretUsageIndex::cancel()
{
    // Destroying the run's scope drops every late answer of its calls.
    m_run.reset();
}

void SecretUsageIndex::rebuild()
{
    m_run.reset();
    if (!m_client)
        return;
    m_run = std::make_unique<Run>();
    Run *run = m_run.get();
    reportProgress();
    if (m_run.get() != run) // a progress slot cancelled or restarted it
        return;

    JobsService(m_client).listAllJobs(
        run,
        [this, run](const QList<JobSummary> &jobs) {
            for (const JobSummary &job : jobs)
                addUsages(run->usages, SecretUsage::Kind::Job, QString::number(job.jobId), job.name,
                          job.settings);
            run->jobs += int(jobs.size());
            reportProgress();
        },
        [this, run](const std::optional<ApiError> &error) {
            if (error)
                run->errors.append(tr("Jobs could not be read: %1").arg(error->toString()));
            partDone();
        });

    ClustersService(m_client).listAllClusters(
        run,
        [this, run](const QList<ClusterSummary> &clusters) {
            // spark_conf, spark_env_vars, init scripts: anything in the
            // details may name a secret.
            for (const ClusterSummary &cluster : clusters)
                addUsages(run->usages, SecretUsage::Kind::Cluster, cluster.clusterId,
                          cluster.clusterName, cluster.details);
            run->clusters += int(clusters.size());
            reportProgress();
        },
        [this, run](const std::optional<ApiError> &error) {
            if (error)
                run->errors.append(tr("Clusters could not be read: %1").arg(error->toString()));
            partDone();
        });

    PipelinesService(m_client).listAllPipelines(
        run,
        [this, run](const QList<PipelineSummary> &pipelines) {
            run->pipelineQueue.append(pipelines);
            run->pipelinesTotal += int(pipelines.size());
            reportProgress();
            if (m_run.get() == run)
                startPipelineGets();
        },
        [this, run](const std::optional<ApiError> &error) {
            if (error)
                run->errors.append(tr("Pipelines could not be read: %1").arg(error->toString()));
            run->pipelinesListed = true;
            startPipelineGets();
        });

    SecretsService(m_client).listScopes(run, [this, run](const std::optional<ApiError> &error,
                                                         const QList<SecretScope> &scopes) {
        if (error)
            run->errors.append(tr("Secret scopes could not be read: %1").arg(error->toString()));
        else
            run->scopesListed = true;
        for (const SecretScope &scope : scopes)
            run->scopeQueue.append(scope.name);
        run->scopesTotal = int(scopes.size());
        startKeyListings();
    });
}

void SecretUsageIndex::startPipelineGets()
{
    Run *run = m_run.get();
    // The list has no settings: each pipeline's spec takes a get.
    while (run->pipelinesInFlight < kParallel && !run->pipelineQueue.isEmpty()) {
        const PipelineSummary pipeline = run->pipelineQueue.takeFirst();
        ++run->pipelinesInFlight;
        PipelinesService(m_client).getPipeline(
            pipeline.pipelineId, run,
            [this, run, pipeline](const std::optional<ApiError> &error,
                                  const PipelineDetails &details) {
                --run->pipelinesInFlight;
                ++run->pipelinesDone;
                if (error) {
                    // Deleted since it was listed: nothing of it to index.
                    if (!error->isNotFound())
                        run->errors.append(tr("Pipeline “%1” could not be read: %2")
                                               .arg(pipeline.name, error->toString()));
                } else {
                    addUsages(run->usages, SecretUsage::Kind::Pipeline, pipeline.pipelineId,
                              details.name.isEmpty() ? pipeline.name : details.name, details.spec);
                }
                reportProgress();
                if (m_run.get() == run)
                    startPipelineGets();
            });
    }
    if (run->pipelinesListed && run->pipelinesInFlight == 0 && run->pipelineQueue.isEmpty()) {
        run->pipelinesListed = false; // counted once
        partDone();
    }
}

void SecretUsageIndex::startKeyListings()
{
    Run *run = m_run.get();
    while (run->keysInFlight < kParallel && !run->scopeQueue.isEmpty()) {
        const QString scope = run->scopeQueue.takeFirst();
        ++run->keysInFlight;
        SecretsService(m_client).listKeys(
            scope, run,
            [this, run, scope](const std::optional<ApiError> &error,
                               const QList<SecretKeyInfo> &keys) {
                --run->keysInFlight;
                ++run->scopesDone;
                if (error) {
                    run->keys.insert(scope.toLower(), std::nullopt);
                    run->errors.append(tr("Keys of scope “%1” could not be listed: %2")
                                           .arg(scope, error->toString()));
                } else {
                    QSet<QString> names;
                    for (const SecretKeyInfo &key : keys)
                        names.insert(key.key);
                    run->keys.insert(scope.toLower(), names);
                }
                reportProgress();
                if (m_run.get() == run)
                    startKeyListings();
            });
    }
    if (run->scopesDone == run->scopesTotal && run->keysInFlight == 0 &&
        run->scopeQueue.isEmpty() && run->scopesTotal >= 0) {
        run->scopesTotal = -1; // counted once
        partDone();
    }
}

void SecretUsageIndex::partDone()
{
    if (--m_run->partsLeft == 0)
        finishRun();
}

void SecretUsageIndex::finishRun()
{
    Run *run = m_run.get();
    QList<SecretUsage> missing;
    if (run->scopesListed) {
        for (const SecretUsage &usage : std::as_const(run->usages)) {
            const auto scope = run->keys.constFind(usage.reference.scope.toLower());
            if (scope == run->keys.cend())
                missing.append(usage); // no such scope
            else if (scope->has_value() && !(*scope)->contains(usage.reference.key))
                missing.append(usage);
        }
    }
    m_usages = std::move(run->usages);
    m_missing = std::move(missing);
    m_lastError = run->errors.join(u'\n');
    m_ready = true;
    // Every call of the run has answered; its scope can go.
    m_run.reset();
    emit rebuilt();
}

void SecretUsageIndex::reportProgress()
{
    const Run *run = m_run.get();
    QString text = tr("Looking through jobs, clusters and pipelines…");
    if (run->jobs + run->clusters + run->pipelinesTotal > 0)
        text = tr("Read %1 jobs, %2 clusters and %3 of %4 pipelines…")
                   .arg(run->jobs)
                   .arg(run->clusters)
                   .arg(run->pipelinesDone)
                   .arg(run->pipelinesTotal);
    emit progress(text);
}

QList<SecretUsage> SecretUsageIndex::usagesOf(const QString &scope, const QString &key) const
{
    QList<SecretUsage> out;
    for (const SecretUsage &usage : m_usages)
        if (usage.reference.key == key &&
            usage.reference.scope.compare(scope, Qt::CaseInsensitive) == 0)
            out.append(usage);
    return out;
}

} // namespace brickdesk
