// The demo's team jobs (DAGs, schedules, a file-arrival trigger, a for-each
// fan-out, a 130-task backfill) and every demo job's run history.
#include "core/emulator/demoseed.h"

#include "core/emulator/jobrunhistory.h"
#include "core/emulator/jobrunlifecycle.h"
#include "core/emulator/jobrunsstore.h"
#include "core/emulator/jobsstore.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

constexpr qint64 kMinuteMs = 60LL * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

QJsonObject schedule(const QString &cron, const QString &timezone, bool paused = false)
{
    return QJsonObject{{"quartz_cron_expression"_L1, cron},
                       {"timezone_id"_L1, timezone},
                       {"pause_status"_L1, paused ? u"PAUSED"_s : u"UNPAUSED"_s}};
}

QJsonArray dependsOn(const QStringList &keys)
{
    QJsonArray out;
    for (const QString &key : keys)
        out.append(QJsonObject{{"task_key"_L1, key}});
    return out;
}

QJsonObject notebookTask(const QString &key, const QString &path, const QStringList &upstream = {},
                         const QString &cluster = u"etl_cluster"_s)
{
    QJsonObject task{{"task_key"_L1, key},
                     {"notebook_task"_L1,
                      QJsonObject{{"notebook_path"_L1, path}, {"source"_L1, u"WORKSPACE"_s}}}};
    if (!cluster.isEmpty())
        task.insert("job_cluster_key"_L1, cluster);
    if (!upstream.isEmpty())
        task.insert("depends_on"_L1, dependsOn(upstream));
    return task;
}

QJsonObject pythonTask(const QString &key, const QString &file, const QStringList &upstream = {},
                       const QJsonArray &parameters = {})
{
    QJsonObject python{{"python_file"_L1, file}};
    if (!parameters.isEmpty())
        python.insert("parameters"_L1, parameters);
    QJsonObject task{{"task_key"_L1, key}, {"spark_python_task"_L1, python}};
    if (!upstream.isEmpty())
        task.insert("depends_on"_L1, dependsOn(upstream));
    return task;
}

QJsonArray jobCluster(const QString &key, int workers)
{
    return QJsonArray{
        QJsonObject{{"job_cluster_key"_L1, key},
                    {"new_cluster"_L1, QJsonObject{{"spark_version"_L1, u"16.4.x-scala2.12"_s},
                                                   {"node_type_id"_L1, u"i3.xlarge"_s},
                                                   {"num_workers"_L1, workers}}}}};
}

QJsonObject ordersEtlJob()
{
    QJsonObject clean =
        pythonTask(u"clean_orders"_s, u"/Workspace/Shared/etl/clean_orders.py"_s,
                   {u"ingest_orders"_s}, QJsonArray{u"--date"_s, u"{{job.parameters.run_date}}"_s});
    clean.insert("job_cluster_key"_L1, u"etl_cluster"_s);
    QJsonObject notify = notebookTask(u"notify"_s, u"/Shared/etl/notify"_s, {u"refresh_dlt"_s});
    notify.insert("run_if"_L1, u"ALL_DONE"_s);
    return QJsonObject{
        {"name"_L1, u"Orders medallion ETL"_s},
        {"max_concurrent_runs"_L1, 1},
        {"format"_L1, u"MULTI_TASK"_s},
        {"queue"_L1, QJsonObject{{"enabled"_L1, true}}},
        {"tags"_L1, QJsonObject{{"team"_L1, u"data-platform"_s}, {"tier"_L1, u"gold"_s}}},
        {"parameters"_L1,
         QJsonArray{QJsonObject{{"name"_L1, u"run_date"_s},
                                {"default"_L1, u"{{job.start_time.iso_date}}"_s}},
                    QJsonObject{{"name"_L1, u"env"_s}, {"default"_L1, u"prod"_s}}}},
        {"tasks"_L1,
         QJsonArray{
             notebookTask(u"ingest_orders"_s, u"/Shared/etl/ingest"_s),
             notebookTask(u"ingest_customers"_s, u"/Shared/etl/ingest"_s), clean,
             QJsonObject{{"task_key"_L1, u"build_gold"_s},
                         {"depends_on"_L1, dependsOn({u"clean_orders"_s, u"ingest_customers"_s})},
                         {"sql_task"_L1,
                          QJsonObject{{"warehouse_id"_L1, u"4b9f2a8c1d3e5f60"_s},
                                      {"file"_L1,
                                       QJsonObject{{"path"_L1, u"/Workspace/Shared/etl/gold.sql"_s},
                                                   {"source"_L1, u"WORKSPACE"_s}}}}}},
             QJsonObject{{"task_key"_L1, u"refresh_dlt"_s},
                         {"depends_on"_L1, dependsOn({u"build_gold"_s})},
                         {"pipeline_task"_L1,
                          QJsonObject{{"pipeline_id"_L1, u"a3c1e5d7-2b4f-4a6c-8e0d-1f3b5c7d9e2a"_s},
                                      {"full_refresh"_L1, false}}}},
             notify}},
        {"job_clusters"_L1, jobCluster(u"etl_cluster"_s, 4)},
        {"schedule"_L1, schedule(u"0 0 3 * * ?"_s, u"Europe/Madrid"_s)},
        {"email_notifications"_L1,
         QJsonObject{{"on_failure"_L1, QJsonArray{u"data-platform@brickdesk.dev"_s}}}},
    };
}

QJsonObject attributionJob()
{
    QJsonObject features =
        pythonTask(u"features"_s, u"/Workspace/Shared/ml/attribution_features.py"_s);
    features.insert("environment_key"_L1, u"default"_s);
    return QJsonObject{
        {"name"_L1, u"Marketing attribution"_s},
        {"max_concurrent_runs"_L1, 1},
        {"format"_L1, u"MULTI_TASK"_s},
        {"environments"_L1,
         QJsonArray{QJsonObject{
             {"environment_key"_L1, u"default"_s},
             {"spec"_L1, QJsonObject{{"client"_L1, u"2"_s},
                                     {"dependencies"_L1, QJsonArray{u"scikit-learn==1.5.0"_s,
                                                                    u"attribution-utils"_s}}}}}}},
        {"tasks"_L1,
         QJsonArray{features,
                    notebookTask(u"attribute"_s, u"/Shared/ml/attribution"_s, {u"features"_s}, {}),
                    notebookTask(u"publish"_s, u"/Shared/ml/publish"_s, {u"attribute"_s}, {})}},
        {"schedule"_L1, schedule(u"0 0 * * * ?"_s, u"UTC"_s)},
    };
}

QJsonObject regionalJob(qint64 revenueJobId)
{
    return QJsonObject{
        {"name"_L1, u"Regional KPI fan-out"_s},
        {"max_concurrent_runs"_L1, 1},
        {"format"_L1, u"MULTI_TASK"_s},
        {"parameters"_L1,
         QJsonArray{QJsonObject{{"name"_L1, u"as_of"_s}, {"default"_L1, u"yesterday"_s}}}},
        {"tasks"_L1,
         QJsonArray{
             QJsonObject{
                 {"task_key"_L1, u"per_region"_s},
                 {"for_each_task"_L1,
                  QJsonObject{
                      {"inputs"_L1, u"[\"emea\",\"amer\",\"apac\",\"latam\"]"_s},
                      {"concurrency"_L1, 2},
                      {"task"_L1,
                       QJsonObject{{"task_key"_L1, u"per_region_iteration"_s},
                                   {"notebook_task"_L1,
                                    QJsonObject{{"notebook_path"_L1, u"/Shared/kpi/region"_s},
                                                {"base_parameters"_L1,
                                                 QJsonObject{{"region"_L1, u"{{input}}"_s}}}}}}}}}},
             QJsonObject{
                 {"task_key"_L1, u"revenue_report"_s},
                 {"depends_on"_L1, dependsOn({u"per_region"_s})},
                 {"run_job_task"_L1, QJsonObject{{"job_id"_L1, QJsonValue(revenueJobId)}}}}}},
        {"schedule"_L1, schedule(u"0 30 7 * * ?"_s, u"America/New_York"_s)},
    };
}

QJsonObject landingJob()
{
    QJsonObject load = pythonTask(u"load"_s, u"/Workspace/Shared/etl/load_landing.py"_s);
    load.insert("existing_cluster_id"_L1, u"0412-081530-shrd7k2q"_s);
    return QJsonObject{
        {"name"_L1, u"Landing zone loader"_s},
        {"max_concurrent_runs"_L1, 3},
        {"format"_L1, u"MULTI_TASK"_s},
        {"trigger"_L1, QJsonObject{{"pause_status"_L1, u"UNPAUSED"_s},
                                   {"file_arrival"_L1,
                                    QJsonObject{{"url"_L1, u"s3://brickdesk-landing/partners/"_s},
                                                {"min_time_between_triggers_seconds"_L1, 60}}}}},
        {"tasks"_L1, QJsonArray{load}},
    };
}

QJsonObject backfillJob()
{
    QJsonArray tasks{notebookTask(u"prepare"_s, u"/Shared/etl/backfill_prepare"_s)};
    for (int i = 1; i <= 128; ++i)
        tasks.append(notebookTask(u"partition_%1"_s.arg(i, 3, 10, QChar(u'0')),
                                  u"/Shared/etl/backfill_partition"_s, {u"prepare"_s}));
    tasks.append(notebookTask(u"validate"_s, u"/Shared/etl/backfill_validate"_s, {u"prepare"_s}));
    return QJsonObject{
        {"name"_L1, u"Partition backfill 2024"_s},
        {"max_concurrent_runs"_L1, 1},
        {"format"_L1, u"MULTI_TASK"_s},
        {"tasks"_L1, tasks},
        {"job_clusters"_L1, jobCluster(u"etl_cluster"_s, 8)},
        {"schedule"_L1, schedule(u"0 0 1 1 * ?"_s, u"UTC"_s, true)},
    };
}

QJsonObject sessionsJob()
{
    QJsonObject sessionize =
        pythonTask(u"sessionize"_s, u"/Workspace/Shared/etl/sessionize.py"_s, {u"extract"_s});
    sessionize.insert("job_cluster_key"_L1, u"etl_cluster"_s);
    return QJsonObject{
        {"name"_L1, u"Hourly sessions rollup"_s},
        {"max_concurrent_runs"_L1, 1},
        {"format"_L1, u"MULTI_TASK"_s},
        {"tasks"_L1,
         QJsonArray{notebookTask(u"extract"_s, u"/Shared/etl/ingest"_s), sessionize,
                    QJsonObject{{"task_key"_L1, u"publish"_s},
                                {"depends_on"_L1, dependsOn({u"sessionize"_s})},
                                {"sql_task"_L1,
                                 QJsonObject{{"warehouse_id"_L1, u"4b9f2a8c1d3e5f60"_s},
                                             {"query"_L1, QJsonObject{{"query_id"_L1,
                                                                       u"7d1e3f5a-9b2c"_s}}}}}}}},
        {"job_clusters"_L1, jobCluster(u"etl_cluster"_s, 2)},
        {"schedule"_L1, schedule(u"0 0 * * * ?"_s, u"UTC"_s)},
    };
}

const Job *jobNamed(const JobsStore &jobs, const QString &name)
{
    for (const Job *job : jobs.jobs())
        if (job->settings.value("name"_L1).toString() == name)
            return job;
    return nullptr;
}

const QString kPythonTrace =
    u"---------------------------------------------------------------------------\n"
    "ModuleNotFoundError                       Traceback (most recent call last)\n"
    "File /Workspace/Shared/ml/attribution_features.py:4\n"
    "      2 import pandas as pd\n"
    "----> 4 from attribution_utils import touchpoints\n\n"
    "ModuleNotFoundError: No module named 'attribution_utils'"_s;

} // namespace

void DemoSeed::addTeamJobs(JobsStore &jobs, const QString &user)
{
    const Job *revenue = jobNamed(jobs, u"Daily revenue report"_s);
    jobs.addJob(ordersEtlJob(), user);
    jobs.addJob(attributionJob(), u"zhang.wei@brickdesk.dev"_s);
    jobs.addJob(regionalJob(revenue ? revenue->jobId : 0), u"ana.lopez@brickdesk.dev"_s);
    jobs.addJob(landingJob(), u"kim.minjun@brickdesk.dev"_s);
    jobs.addJob(backfillJob(), user);
    jobs.addJob(sessionsJob(), user);
}

void DemoSeed::seedJobRuns(const JobsStore &jobs, JobRunsStore &runs, JobRunLifecycle &lifecycle,
                           const QString &user, qint64 now, bool demo)
{
    if (!demo)
        return;
    RunHistory history(runs);
    const auto daily = [&](const QString &name, int count, qint64 baseMs, double growth,
                           const std::function<void(int ago, RunHistory::Spec &)> &tweak = {}) {
        const Job *job = jobNamed(jobs, name);
        if (!job)
            return;
        for (int ago = count; ago >= 1; --ago) {
            RunHistory::Spec spec;
            spec.startTime = now - ago * kDayMs + (ago % 4) * 3 * kMinuteMs;
            // Slow drift plus a wobble, so duration charts show a trend.
            spec.executionMs = qint64(double(baseMs) * (1.0 + growth * (count - ago)) +
                                      double((ago * 7919) % 60) * 1'000);
            spec.notebookResults.insert(u"main"_s,
                                        u"{\"rows_written\": %1}"_s.arg(18'000 + ago * 211));
            if (tweak)
                tweak(ago, spec);
            history.addFinishedRun(*job, spec);
        }
    };

    daily(u"Nightly ingest"_s, 14, 9 * kMinuteMs, 0.0);
    daily(u"Daily revenue report"_s, 14, 4 * kMinuteMs, 0.01);
    daily(u"Sessionize clicks"_s, 12, 6 * kMinuteMs, 0.0, [&](int ago, RunHistory::Spec &spec) {
        spec.trigger = u"ONE_TIME"_s;
        spec.canceled = ago == 4;
        spec.creatorUserName = user;
    });
    // Starting to fail recently.
    daily(u"Data quality checks"_s, 12, 3 * kMinuteMs, 0.0, [](int ago, RunHistory::Spec &spec) {
        if (ago <= 3) {
            spec.failTask = u"main"_s;
            spec.failure.outcome = TaskScript::Outcome::Fail;
            spec.failure.stateMessage =
                u"AssertionError: null ratio 0.12 above threshold 0.05 in column customer_id"_s;
            spec.failure.errorTrace =
                u"AssertionError: null ratio 0.12 above threshold 0.05 in column customer_id\n"
                "  File \"<command-3301>\", line 9, in <module>\n"
                "    assert ratio <= 0.05, f\"null ratio {ratio:.2f} above threshold 0.05 in column {c}\""_s;
        }
    });
    daily(u"Churn model retrain"_s, 10, 25 * kMinuteMs, 0.06);
    daily(u"Warehouse export"_s, 12, 7 * kMinuteMs, 0.0);
    daily(u"Partner API sync"_s, 10, 2 * kMinuteMs, 0.0);
    daily(u"Feature store refresh"_s, 10, 15 * kMinuteMs, 0.0);

    // The medallion ETL gets slower (clean_orders grows), failed 9 days ago
    // and was repaired 5 days ago.
    if (const Job *job = jobNamed(jobs, u"Orders medallion ETL"_s)) {
        for (int ago = 16; ago >= 1; --ago) {
            RunHistory::Spec spec;
            spec.startTime = now - ago * kDayMs;
            spec.executionMs = 3 * kMinuteMs;
            spec.executionByTask.insert(u"clean_orders"_s, (4 + (16 - ago) / 2) * kMinuteMs);
            spec.executionByTask.insert(u"build_gold"_s, 6 * kMinuteMs + ago * 5'000);
            spec.jobParameters = QJsonArray{
                QJsonObject{{"name"_L1, u"run_date"_s},
                            {"default"_L1, u"{{job.start_time.iso_date}}"_s},
                            {"value"_L1, u"2025-06-%1"_s.arg(30 - ago, 2, 10, QChar(u'0'))}},
                QJsonObject{
                    {"name"_L1, u"env"_s}, {"default"_L1, u"prod"_s}, {"value"_L1, u"prod"_s}}};
            spec.notebookResults.insert(u"notify"_s, u"sent"_s);
            spec.logs.insert(u"clean_orders"_s,
                             u"Reading bronze.orders for %1\nDropped 214 duplicate orders\nWrote "
                             "silver.orders (1834211 rows)\n"_s.arg(30 - ago));
            if (ago == 9 || ago == 5) {
                spec.failTask = ago == 9 ? u"clean_orders"_s : u"build_gold"_s;
                spec.failure.outcome = TaskScript::Outcome::Fail;
                spec.failure.stateMessage =
                    ago == 9 ? u"ValueError: invalid literal for int() with base 10: 'N/A'"_s
                             : u"[TABLE_OR_VIEW_NOT_FOUND] The table or view `silver`.`fx_rates` "
                               "cannot be found."_s;
                spec.failure.errorTrace =
                    u"Traceback (most recent call last):\n  File "
                    "\"/Workspace/Shared/etl/clean_orders.py\", line 42, in <module>\n"
                    "    qty = int(row.quantity)\nValueError: invalid literal for int() with base 10: 'N/A'"_s;
                spec.failure.logs = u"Reading bronze.orders\nCasting quantities\n"_s;
            }
            JobRun &run = history.addFinishedRun(*job, spec);
            if (ago == 5)
                history.addRepair(run, {u"build_gold"_s}, run.endTime + 2 * kHourMs, 7 * kMinuteMs);
        }
    }
    // Failing for the last four hours; the latest as a serverless
    // INTERNAL_ERROR with an error trace in its output.
    if (const Job *job = jobNamed(jobs, u"Marketing attribution"_s)) {
        for (int ago = 18; ago >= 1; --ago) {
            RunHistory::Spec spec;
            spec.startTime = now - ago * kHourMs - 20 * kMinuteMs;
            spec.pendingMs = 5'000;
            spec.executionMs = 90'000 + (ago % 5) * 10'000;
            spec.logs.insert(u"features"_s, u"Built 48 touchpoint features for 1.2M sessions\n"_s);
            spec.notebookResults.insert(u"publish"_s, u"{\"published\": true}"_s);
            if (ago <= 4) {
                spec.failTask = u"features"_s;
                spec.failure.outcome =
                    ago == 1 ? TaskScript::Outcome::InternalError : TaskScript::Outcome::Fail;
                spec.failure.stateMessage = u"Workload failed, see run output for details."_s;
                spec.failure.error = u"ModuleNotFoundError: No module named 'attribution_utils'"_s;
                spec.failure.errorTrace = kPythonTrace;
                spec.failure.logs = u"Installing environment default\nStarting features\n"_s;
            }
            history.addFinishedRun(*job, spec);
        }
    }
    if (const Job *job = jobNamed(jobs, u"Regional KPI fan-out"_s)) {
        for (int ago = 12; ago >= 1; --ago) {
            RunHistory::Spec spec;
            spec.startTime = now - ago * kDayMs + 4 * kHourMs;
            spec.executionByTask.insert(u"per_region"_s, (8 + ago % 3) * kMinuteMs);
            spec.executionByTask.insert(u"revenue_report"_s, 5 * kMinuteMs);
            spec.jobParameters = QJsonArray{QJsonObject{{"name"_L1, u"as_of"_s},
                                                        {"default"_L1, u"yesterday"_s},
                                                        {"value"_L1, u"yesterday"_s}}};
            history.addFinishedRun(*job, spec);
        }
    }
    // Runs when partner files land, at irregular times; one was cancelled.
    if (const Job *job = jobNamed(jobs, u"Landing zone loader"_s)) {
        for (int i = 14; i >= 1; --i) {
            RunHistory::Spec spec;
            spec.startTime = now - i * 11 * kHourMs - (i * 37 % 90) * kMinuteMs;
            spec.trigger = u"FILE_ARRIVAL"_s;
            spec.pendingMs = 2'000;
            spec.executionMs = 40'000 + (i * 13 % 7) * 15'000;
            spec.canceled = i == 6;
            spec.logs.insert(u"load"_s,
                             u"Found %1 new files under s3://brickdesk-landing/partners/\n"
                             "Loaded into bronze.partner_events\n"_s.arg(i % 5 + 1));
            history.addFinishedRun(*job, spec);
        }
    }
    if (const Job *job = jobNamed(jobs, u"Partition backfill 2024"_s)) {
        for (int ago = 4; ago >= 1; --ago) {
            RunHistory::Spec spec;
            spec.startTime = now - ago * 7 * kDayMs;
            spec.trigger = u"ONE_TIME"_s;
            spec.executionMs = 40'000;
            history.addFinishedRun(*job, spec);
        }
    }
    // Hourly; the current run is RUNNING when the demo opens and finishes a
    // few minutes later.
    if (const Job *job = jobNamed(jobs, u"Hourly sessions rollup"_s)) {
        for (int ago = 20; ago >= 1; --ago) {
            RunHistory::Spec spec;
            spec.startTime = now - ago * kHourMs - 7 * kMinuteMs;
            spec.executionMs = 3 * kMinuteMs;
            spec.executionByTask.insert(u"sessionize"_s, 6 * kMinuteMs + (ago % 4) * 20'000);
            spec.logs.insert(u"sessionize"_s, u"Sessionized 412332 events into 38211 sessions\n"_s);
            history.addFinishedRun(*job, spec);
        }
        RunHistory::Spec live;
        live.startTime = now - 7 * kMinuteMs;
        live.pendingMs = 30'000;
        live.executionMs = 3 * kMinuteMs;
        live.executionByTask.insert(u"sessionize"_s, 7 * kMinuteMs);
        live.logs.insert(u"sessionize"_s, u"Sessionized 398120 events into 37002 sessions\n"_s);
        history.addRunningRun(*job, live, now, lifecycle);
    }
}

} // namespace brickdesk::emulator
