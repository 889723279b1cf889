// The demo's pipelines: their settings, datasets and update history. Past
// updates are replayed through PipelineUpdateLifecycle, so their events are
// the ones a live update writes, with the timestamps they would have had.
#include "core/emulator/demoseed.h"

#include "core/emulator/pipelinesstore.h"
#include "core/emulator/pipelineupdatelifecycle.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

constexpr qint64 kSecondMs = 1000;
constexpr qint64 kMinuteMs = 60 * kSecondMs;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

using Kind = PipelineDataset::Kind;
using Request = PipelineUpdateLifecycle::StartRequest;

QString secretRef(const char *scope, const char *key)
{
    return u"{{secrets/%1/%2}}"_s.arg(QLatin1StringView(scope), QLatin1StringView(key));
}

QJsonObject notebookLibrary(const QString &path)
{
    return QJsonObject{{"notebook"_L1, QJsonObject{{"path"_L1, path}}}};
}

PipelineDataset dataset(const QString &name, Kind kind, const QStringList &inputs, qint64 rows,
                        const QString &source, const QStringList &flows = {})
{
    PipelineDataset out;
    out.name = name;
    out.kind = kind;
    out.inputs = inputs;
    out.outputRows = rows;
    out.sourcePath = source;
    out.flows = flows;
    return out;
}

Request request(const QString &cause, bool fullRefresh = false,
                const QStringList &refreshSelection = {}, bool validateOnly = false)
{
    Request out;
    out.cause = cause;
    out.fullRefresh = fullRefresh;
    out.refreshSelection = refreshSelection;
    out.validateOnly = validateOnly;
    return out;
}

// Triggered, production: three daily updates and one RUNNING now.
void addOrders(PipelinesStore &pipelines, PipelineUpdateLifecycle &lifecycle, const QString &user,
               qint64 now)
{
    const QString source = u"/Shared/etl/ingest"_s;
    Pipeline orders;
    orders.pipelineId = u"3b8e2f10-7c4d-4a91-b6e5-0d9f8a7c6b51"_s;
    orders.name = u"orders-dlt"_s;
    orders.creatorUserName = user;
    orders.spec = QJsonObject{
        {"configuration"_L1,
         QJsonObject{{"source_path"_L1, u"/mnt/raw/orders"_s},
                     {"warehouse.password"_L1, secretRef("prod-warehouse", "jdbc-password")}}},
        {"clusters"_L1,
         QJsonArray{QJsonObject{
             {"label"_L1, u"default"_s},
             {"spark_conf"_L1,
              QJsonObject{{"spark.hadoop.fs.s3a.secret.key"_L1,
                           secretRef("etl-credentials", "aws-secret-access-key")}}},
             {"spark_env_vars"_L1, QJsonObject{{"LOG_LEVEL"_L1, u"INFO"_s}}},
             {"autoscale"_L1, QJsonObject{{"min_workers"_L1, 1}, {"max_workers"_L1, 4}}}}}},
        {"libraries"_L1, QJsonArray{notebookLibrary(source)}},
        {"catalog"_L1, u"main"_s},
        {"target"_L1, u"bronze"_s},
        {"continuous"_L1, false},
        {"development"_L1, false},
        {"channel"_L1, u"CURRENT"_s},
        {"edition"_L1, u"ADVANCED"_s},
    };
    orders.lastModified = now - 9 * kDayMs;
    orders.datasets = {
        dataset(u"orders_raw"_s, Kind::StreamingTable, {}, 1'250'000, source),
        dataset(u"customer_profiles_raw"_s, Kind::StreamingTable, {}, 84'000, source),
        dataset(u"orders_clean"_s, Kind::StreamingTable, {u"orders_raw"_s}, 1'243'118, source),
        dataset(u"orders_enriched"_s, Kind::MaterializedView,
                {u"orders_clean"_s, u"customer_profiles_raw"_s}, 1'243'118, source),
        dataset(u"daily_order_totals"_s, Kind::MaterializedView, {u"orders_enriched"_s}, 412,
                source),
        dataset(u"open_orders"_s, Kind::View, {u"orders_enriched"_s}, 0, source),
    };
    const QString id = pipelines.add(orders);
    lifecycle.replay(id, request(u"API_CALL"_s, true), now - 3 * kDayMs - 30 * kMinuteMs);
    lifecycle.replay(
        id, request(u"USER_ACTION"_s, false, {u"orders_enriched"_s, u"daily_order_totals"_s}),
        now - 2 * kDayMs - 30 * kMinuteMs);
    lifecycle.replay(id, request(u"API_CALL"_s), now - kDayMs, std::nullopt,
                     u"d0e1f2a3-b4c5-4d6e-9f80-91a2b3c4d5e6"_s);
    // About 100 s into a run of about three minutes: in RUNNING, the first
    // flows done, the rest finishing on the clock.
    lifecycle.replay(id, request(u"API_CALL"_s), now - 100 * kSecondMs, std::nullopt,
                     u"e1f2a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7"_s);
}

// Continuous, production: IDLE since its last update was stopped.
void addClickstream(PipelinesStore &pipelines, PipelineUpdateLifecycle &lifecycle,
                    const QString &user, qint64 now)
{
    const QString source = u"/Users/"_s + user + "/Sessionize clicks"_L1;
    Pipeline clicks;
    clicks.pipelineId = u"7d41c9a2-e3b5-4f68-9a1c-2b3d4e5f6071"_s;
    clicks.name = u"clickstream-sessionize"_s;
    clicks.creatorUserName = u"kim.minjun@brickdesk.dev"_s;
    clicks.spec = QJsonObject{
        {"configuration"_L1, QJsonObject{{"events_table"_L1, u"silver.clicks"_s}}},
        {"clusters"_L1,
         QJsonArray{QJsonObject{
             {"label"_L1, u"default"_s},
             {"spark_env_vars"_L1,
              QJsonObject{{"KAFKA_PASSWORD"_L1, secretRef("etl-credentials", "kafka-password")}}},
             {"num_workers"_L1, 2}}}},
        {"libraries"_L1, QJsonArray{notebookLibrary(source)}},
        {"catalog"_L1, u"main"_s},
        {"target"_L1, u"silver"_s},
        {"continuous"_L1, true},
        {"development"_L1, false},
        {"channel"_L1, u"CURRENT"_s},
        {"edition"_L1, u"ADVANCED"_s},
    };
    clicks.lastModified = now - 31 * kDayMs;
    clicks.datasets = {
        dataset(u"clicks_raw"_s, Kind::StreamingTable, {}, 3'400'000, source,
                {u"clicks_raw_web"_s, u"clicks_raw_app"_s}),
        dataset(u"sessions"_s, Kind::StreamingTable, {u"clicks_raw"_s}, 212'000, source),
        dataset(u"session_metrics"_s, Kind::MaterializedView, {u"sessions"_s}, 1'440, source),
    };
    const QString id = pipelines.add(clicks);
    lifecycle.replay(id, request(u"USER_ACTION"_s), now - 9 * kDayMs, now - 8 * kDayMs);
    lifecycle.replay(id, request(u"USER_ACTION"_s), now - 5 * kDayMs, now - 3 * kDayMs,
                     u"a9b8c7d6-e5f4-4a3b-8c2d-1e0f9a8b7c6d"_s);
}

// Triggered, development: a validated change, then an update that fails
// because an input it reads no longer exists (and keeps failing).
void addLedger(PipelinesStore &pipelines, PipelineUpdateLifecycle &lifecycle, qint64 now)
{
    const QString source = u"/Users/ana.lopez@brickdesk.dev/reports/Daily revenue"_s;
    Pipeline ledger;
    ledger.pipelineId = u"c0a8f3e4-1b2d-4c5e-8f90-a1b2c3d4e5f6"_s;
    ledger.name = u"finance-ledger"_s;
    ledger.creatorUserName = u"ana.lopez@brickdesk.dev"_s;
    ledger.spec = QJsonObject{
        {"configuration"_L1,
         QJsonObject{{"ledger.jdbc.password"_L1, secretRef("kv-finance", "ledger-db-password")}}},
        {"clusters"_L1, QJsonArray{QJsonObject{{"label"_L1, u"default"_s}, {"num_workers"_L1, 1}}}},
        {"libraries"_L1, QJsonArray{notebookLibrary(source)}},
        {"catalog"_L1, u"finance"_s},
        {"target"_L1, u"ledger"_s},
        {"continuous"_L1, false},
        {"development"_L1, true},
        {"channel"_L1, u"PREVIEW"_s},
        {"edition"_L1, u"ADVANCED"_s},
    };
    ledger.lastModified = now - 2 * kDayMs;
    ledger.datasets = {
        dataset(u"ledger_entries_raw"_s, Kind::StreamingTable, {}, 96'500, source),
        dataset(u"customers_dim"_s, Kind::MaterializedView, {u"main.bronze.customers_raw"_s},
                18'200, source),
        dataset(u"ledger_enriched"_s, Kind::MaterializedView,
                {u"ledger_entries_raw"_s, u"customers_dim"_s}, 96'500, source),
        dataset(u"daily_revenue"_s, Kind::MaterializedView, {u"ledger_enriched"_s}, 730, source),
    };
    const QString id = pipelines.add(ledger);
    lifecycle.replay(id, request(u"USER_ACTION"_s), now - 4 * kDayMs);
    lifecycle.replay(id, request(u"USER_ACTION"_s, false, {}, true), now - 2 * kDayMs);
    lifecycle.failDataset(
        id, u"customers_dim"_s, u"org.apache.spark.sql.AnalysisException"_s,
        u"[TABLE_OR_VIEW_NOT_FOUND] The table or view `main`.`bronze`.`customers_raw` cannot be "
        "found. Verify the spelling and correctness of the schema and catalog.\nIf you did not "
        "qualify the name with a schema, verify the current_schema() output, or qualify the name "
        "with the correct schema and catalog.\nTo tolerate the error on drop use DROP VIEW IF "
        "EXISTS or DROP TABLE IF EXISTS. SQLSTATE: 42P01; line 1 pos 14"_s);
    lifecycle.replay(id, request(u"USER_ACTION"_s), now - 6 * kHourMs, std::nullopt,
                     u"f6e5d4c3-b2a1-4f0e-9d8c-7b6a5f4e3d2c"_s);
}

// Triggered, production, serverless: the pipeline task of the "Orders ETL"
// job refreshes it every night; every update COMPLETED.
void addOrdersGold(PipelinesStore &pipelines, PipelineUpdateLifecycle &lifecycle,
                   const QString &user, qint64 now)
{
    const QString source = u"/Workspace/Shared/etl/gold/orders_gold.sql"_s;
    Pipeline gold;
    gold.pipelineId = u"a3c1e5d7-2b4f-4a6c-8e0d-1f3b5c7d9e2a"_s;
    gold.name = u"orders-gold"_s;
    gold.creatorUserName = user;
    gold.spec = QJsonObject{
        {"libraries"_L1, QJsonArray{QJsonObject{{"file"_L1, QJsonObject{{"path"_L1, source}}}}}},
        {"catalog"_L1, u"main"_s},
        {"schema"_L1, u"gold"_s},
        {"serverless"_L1, true},
        {"photon"_L1, true},
        {"continuous"_L1, false},
        {"development"_L1, false},
        {"channel"_L1, u"CURRENT"_s},
        {"edition"_L1, u"ADVANCED"_s},
        {"notifications"_L1,
         QJsonArray{
             QJsonObject{{"email_recipients"_L1, QJsonArray{u"data-platform@brickdesk.dev"_s}},
                         {"alerts"_L1, QJsonArray{u"on-update-failure"_s}}}}},
    };
    gold.lastModified = now - 20 * kDayMs;
    gold.datasets = {
        dataset(u"order_facts"_s, Kind::MaterializedView, {u"main.bronze.orders_enriched"_s},
                1'243'118, source),
        dataset(u"customer_ltv"_s, Kind::MaterializedView, {u"order_facts"_s}, 83'112, source),
        dataset(u"revenue_by_region"_s, Kind::MaterializedView, {u"order_facts"_s}, 58, source),
        dataset(u"top_products"_s, Kind::MaterializedView, {u"order_facts"_s}, 100, source),
    };
    const QString id = pipelines.add(gold);
    for (int day = 4; day >= 0; --day)
        lifecycle.replay(id, request(u"JOB_TASK"_s), now - day * kDayMs - 3 * kHourMs);
}

} // namespace

void DemoSeed::seedPipelines(PipelinesStore &pipelines, PipelineUpdateLifecycle &lifecycle,
                             const QString &user, qint64 now, bool demo)
{
    pipelines.clear();
    if (!demo)
        return;
    addOrders(pipelines, lifecycle, user, now);
    addClickstream(pipelines, lifecycle, user, now);
    addLedger(pipelines, lifecycle, now);
    addOrdersGold(pipelines, lifecycle, user, now);
}

} // namespace brickdesk::emulator
