#pragma once

// Realistic Jobs API answers shared by the jobs core tests and the GUI test:
// a six-task job with a condition, a for-each and a pipeline task; twenty
// nightly runs that grow slower with three failures; one run of the job
// caught mid-way.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace brickdesk::test {

inline QJsonObject task(const QString &key, const QJsonObject &body,
                        const QJsonArray &dependsOn = {})
{
    QJsonObject t = body;
    t.insert(QStringLiteral("task_key"), key);
    if (!dependsOn.isEmpty())
        t.insert(QStringLiteral("depends_on"), dependsOn);
    return t;
}

inline QJsonObject dep(const QString &key, const QString &outcome = {})
{
    QJsonObject d{{QStringLiteral("task_key"), key}};
    if (!outcome.isEmpty())
        d.insert(QStringLiteral("outcome"), outcome);
    return d;
}

// jobs/get for "nightly-sales": ingest → validate (a condition) → a pipeline
// refresh and a for-each over regions → a SQL report → notify (ALL_DONE).
inline QJsonObject nightlyJob()
{
    using namespace Qt::StringLiterals;
    const QJsonArray tasks{
        task(u"ingest"_s,
             {{u"notebook_task"_s, QJsonObject{{u"notebook_path"_s, u"/Repos/data/etl/ingest"_s}}},
              {u"job_cluster_key"_s, u"etl_cluster"_s}}),
        task(u"validate"_s,
             {{u"condition_task"_s, QJsonObject{{u"op"_s, u"GREATER_THAN"_s},
                                                {u"left"_s, u"{{tasks.ingest.values.rows}}"_s},
                                                {u"right"_s, u"0"_s}}}},
             {dep(u"ingest"_s)}),
        task(u"refresh_sales_dlt"_s,
             {{u"pipeline_task"_s,
               QJsonObject{{u"pipeline_id"_s, u"a12f0c3e-77d1-4b8e-9a51-2c0d9e6b1f40"_s}}}},
             {dep(u"validate"_s, u"true"_s)}),
        task(u"per_region"_s,
             {{u"for_each_task"_s,
               QJsonObject{{u"inputs"_s, u"[\"emea\",\"amer\",\"apac\"]"_s},
                           {u"concurrency"_s, 3},
                           {u"task"_s, QJsonObject{{u"task_key"_s, u"per_region_iteration"_s},
                                                   {u"notebook_task"_s,
                                                    QJsonObject{{u"notebook_path"_s,
                                                                 u"/Repos/data/etl/region"_s}}},
                                                   {u"job_cluster_key"_s, u"etl_cluster"_s}}}}}},
             {dep(u"validate"_s, u"true"_s)}),
        task(u"daily_report"_s,
             {{u"sql_task"_s,
               QJsonObject{
                   {u"file"_s, QJsonObject{{u"path"_s, u"/Repos/data/sql/daily_report.sql"_s}}},
                   {u"warehouse_id"_s, u"4b9e1a7c2d3f5e60"_s}}}},
             {dep(u"refresh_sales_dlt"_s), dep(u"per_region"_s)}),
        task(u"notify"_s,
             {{u"spark_python_task"_s,
               QJsonObject{{u"python_file"_s, u"/Repos/data/tools/notify.py"_s}}},
              {u"run_if"_s, u"ALL_DONE"_s},
              {u"environment_key"_s, u"default"_s}},
             {dep(u"daily_report"_s)}),
    };
    return {{u"job_id"_s, qint64(1047501313827425)},
            {u"settings"_s, QJsonObject{{u"name"_s, u"nightly-sales"_s}, {u"tasks"_s, tasks}}}};
}

inline qint64 utcMs(int year, int month, int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC)
        .toMSecsSinceEpoch();
}

inline QJsonObject finishedState(const QString &result)
{
    using namespace Qt::StringLiterals;
    return {{u"life_cycle_state"_s, u"TERMINATED"_s}, {u"result_state"_s, result}};
}

inline QJsonObject terminatedStatus(const QString &code)
{
    using namespace Qt::StringLiterals;
    return {{u"state"_s, u"TERMINATED"_s},
            {u"termination_details"_s,
             QJsonObject{{u"code"_s, code},
                         {u"type"_s, code == u"SUCCESS"_s ? u"SUCCESS"_s : u"CLIENT_ERROR"_s}}}};
}

// Run ids of the failed nightly runs (the 7th, 14th and 18th).
inline QList<qint64> failedNightlyRunIds()
{
    return {880000000000006, 880000000000013, 880000000000017};
}

// runs/list for the job, newest first as the API answers: one run a night
// at 02:00 UTC from 2025-11-11, each a little slower than the one before.
inline QJsonArray nightlyRuns()
{
    using namespace Qt::StringLiterals;
    QJsonArray runs;
    for (int i = 0; i < 20; ++i) {
        const qint64 id = 880000000000000 + i;
        const bool failed = failedNightlyRunIds().contains(id);
        const qint64 start = utcMs(2025, 11, 11 + i, 2, 0) + (i % 3) * 7000;
        // 12 minutes growing by ~40 s a night; failures stop early.
        qint64 duration = (12 * 60 + i * 40 + (i % 4) * 15) * 1000;
        if (failed)
            duration /= 3;
        const QString result = failed ? u"FAILED"_s : u"SUCCESS"_s;
        runs.prepend(QJsonObject{
            {u"run_id"_s, id},
            {u"job_id"_s, qint64(1047501313827425)},
            {u"number_in_job"_s, id},
            {u"start_time"_s, start},
            {u"end_time"_s, start + duration + 900},
            {u"setup_duration"_s, 0},
            {u"execution_duration"_s, 0},
            {u"cleanup_duration"_s, 0},
            {u"run_duration"_s, duration},
            {u"state"_s, finishedState(result)},
            {u"status"_s, terminatedStatus(failed ? u"RUN_EXECUTION_ERROR"_s : u"SUCCESS"_s)},
            {u"trigger"_s, u"PERIODIC"_s},
        });
    }
    return runs;
}

// The moment nightlyRun() was read: notify is still running.
inline qint64 nightlyRunNow()
{
    return utcMs(2025, 12, 1, 2, 24, 30);
}

// runs/get of the 1 December run, caught while notify runs: per_region
// failed, so daily_report did not run (upstream failed) but notify, which
// runs when all are done, did.
inline QJsonObject nightlyRun()
{
    using namespace Qt::StringLiterals;
    const qint64 t0 = utcMs(2025, 12, 1, 2, 0);
    const auto taskRun = [](qint64 runId, const QString &key, qint64 start, qint64 end,
                            const QJsonObject &state, const QJsonObject &status, qint64 setup = 0,
                            qint64 execution = 0, qint64 cleanup = 0) {
        return QJsonObject{{u"run_id"_s, runId},
                           {u"task_key"_s, key},
                           {u"start_time"_s, start},
                           {u"end_time"_s, end},
                           {u"setup_duration"_s, setup},
                           {u"execution_duration"_s, execution},
                           {u"cleanup_duration"_s, cleanup},
                           {u"attempt_number"_s, 0},
                           {u"state"_s, state},
                           {u"status"_s, status}};
    };
    const QJsonObject running{{u"life_cycle_state"_s, u"RUNNING"_s}};
    const QJsonObject runningStatus{{u"state"_s, u"RUNNING"_s}};
    const QJsonObject upstreamFailed{{u"life_cycle_state"_s, u"TERMINATED"_s},
                                     {u"result_state"_s, u"UPSTREAM_FAILED"_s}};
    const QJsonArray tasks{
        taskRun(990000000000101, u"ingest"_s, t0, t0 + 372000, finishedState(u"SUCCESS"_s),
                terminatedStatus(u"SUCCESS"_s), 95000, 270000, 7000),
        taskRun(990000000000102, u"validate"_s, t0 + 373000, t0 + 375000,
                finishedState(u"SUCCESS"_s), terminatedStatus(u"SUCCESS"_s)),
        taskRun(990000000000103, u"refresh_sales_dlt"_s, t0 + 376000, t0 + 1090000,
                finishedState(u"SUCCESS"_s), terminatedStatus(u"SUCCESS"_s)),
        taskRun(990000000000104, u"per_region"_s, t0 + 376000, t0 + 1301000,
                finishedState(u"FAILED"_s), terminatedStatus(u"RUN_EXECUTION_ERROR"_s)),
        taskRun(990000000000105, u"daily_report"_s, 0, 0, upstreamFailed,
                terminatedStatus(u"SKIPPED"_s)),
        taskRun(990000000000106, u"notify"_s, t0 + 1302000, 0, running, runningStatus, 0, 0, 0),
    };
    return {{u"run_id"_s, qint64(880000000000020)},
            {u"job_id"_s, qint64(1047501313827425)},
            {u"start_time"_s, t0},
            {u"end_time"_s, 0},
            {u"state"_s, running},
            {u"status"_s, runningStatus},
            {u"tasks"_s, tasks}};
}

} // namespace brickdesk::test
