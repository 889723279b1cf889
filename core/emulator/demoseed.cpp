#include "core/emulator/demoseed.h"

#include "core/emulator/clusterlifecycle.h"
#include "core/emulator/clustersstore.h"
#include "core/emulator/dbfsstore.h"
#include "core/emulator/jobsstore.h"
#include "core/emulator/scimapi.h"
#include "core/emulator/secretsstore.h"
#include "core/emulator/workspacestore.h"
#include "core/notebook/notebooksourcecodec.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

Notebook notebook(NotebookLanguage language, const QString &source)
{
    return NotebookSourceCodec::parse(source, language);
}

const char16_t kPythonIngest[] = uR"(# Databricks notebook source
# MAGIC %md
# MAGIC # Ingest raw orders
# MAGIC
# MAGIC Loads the day's order files from cloud storage into the bronze table.

# COMMAND ----------

# DBTITLE 1,Parameters
dbutils.widgets.text("date", "2024-05-01")
run_date = dbutils.widgets.get("date")

# COMMAND ----------

# DBTITLE 1,Read and append
orders = (spark.read.format("json")
          .load(f"/mnt/raw/orders/{run_date}/"))
orders.write.mode("append").saveAsTable("bronze.orders")

# COMMAND ----------

# MAGIC %sql
# MAGIC SELECT count(*) AS rows_loaded FROM bronze.orders WHERE ingest_date = current_date()
)";

const char16_t kPythonExplore[] = uR"(# Databricks notebook source
# MAGIC %md
# MAGIC ## Exploring the taxi dataset

# COMMAND ----------

df = spark.read.table("samples.nyctaxi.trips")
display(df.limit(10))

# COMMAND ----------

# DBTITLE 1,Average fare per pickup zip
display(df.groupBy("pickup_zip").avg("fare_amount").orderBy("pickup_zip"))
)";

const char16_t kScalaJob[] = uR"(// Databricks notebook source
// MAGIC %md
// MAGIC # Sessionize click events

// COMMAND ----------

// DBTITLE 1,Load events
val events = spark.table("silver.clicks")

// COMMAND ----------

import org.apache.spark.sql.expressions.Window
import org.apache.spark.sql.functions._

val byUser = Window.partitionBy("user_id").orderBy("ts")
val sessions = events.withColumn("gap", unix_timestamp($"ts") - lag(unix_timestamp($"ts"), 1).over(byUser))
display(sessions)
)";

const char16_t kSqlReport[] = uR"(-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Daily revenue report
-- MAGIC
-- MAGIC Feeds the finance dashboard.

-- COMMAND ----------

-- DBTITLE 1,Revenue by day
SELECT order_date, sum(amount) AS revenue
FROM gold.orders
GROUP BY order_date
ORDER BY order_date DESC

-- COMMAND ----------

-- MAGIC %python
-- MAGIC print("report refreshed")
)";

const char16_t kRAnalysis[] = uR"(# Databricks notebook source
# MAGIC %md
# MAGIC # Churn model (R)

# COMMAND ----------

library(SparkR)
customers <- tableToDF("silver.customers")
head(customers)

# COMMAND ----------

# DBTITLE 1,Logistic regression
model <- glm(churned ~ tenure + monthly_charges, data = customers, family = "binomial")
summary(model)
)";

const char16_t kKimNotebook[] = uR"(# Databricks notebook source
# MAGIC %md
# MAGIC 데이터 품질 점검 (data quality checks)

# COMMAND ----------

from pyspark.sql import functions as F
df = spark.table("bronze.orders")
display(df.select([F.count(F.when(F.col(c).isNull(), c)).alias(c) for c in df.columns]))
)";

QJsonObject jobSettings(const QString &name, const QString &notebookPath, const QString &cron = {})
{
    QJsonObject settings{
        {"name"_L1, name},
        {"max_concurrent_runs"_L1, 1},
        {"format"_L1, u"MULTI_TASK"_s},
        {"tasks"_L1,
         QJsonArray{QJsonObject{{"task_key"_L1, u"main"_s},
                                {"notebook_task"_L1, QJsonObject{{"notebook_path"_L1, notebookPath},
                                                                 {"source"_L1, u"WORKSPACE"_s}}},
                                {"job_cluster_key"_L1, u"job_cluster"_s}}}},
        {"job_clusters"_L1,
         QJsonArray{
             QJsonObject{{"job_cluster_key"_L1, u"job_cluster"_s},
                         {"new_cluster"_L1, QJsonObject{{"spark_version"_L1, u"15.4.x-scala2.12"_s},
                                                        {"node_type_id"_L1, u"i3.xlarge"_s},
                                                        {"num_workers"_L1, 2}}}}}},
    };
    if (!cron.isEmpty())
        settings.insert("schedule"_L1, QJsonObject{{"quartz_cron_expression"_L1, cron},
                                                   {"timezone_id"_L1, u"UTC"_s},
                                                   {"pause_status"_L1, u"UNPAUSED"_s}});
    return settings;
}

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr qint64 kHourMs = 60LL * 60 * 1000;

QString secretRef(const char *scope, const char *key)
{
    return u"{{secrets/%1/%2}}"_s.arg(QLatin1StringView(scope), QLatin1StringView(key));
}

// Jobs whose settings name secrets where real ones do: a task's own cluster
// (spark_conf, spark_env_vars), a shared job cluster, notebook parameters.
QJsonObject warehouseExportJob()
{
    return QJsonObject{
        {"name"_L1, u"Warehouse export"_s},
        {"max_concurrent_runs"_L1, 1},
        {"format"_L1, u"MULTI_TASK"_s},
        {"tasks"_L1,
         QJsonArray{QJsonObject{
             {"task_key"_L1, u"export"_s},
             {"notebook_task"_L1,
              QJsonObject{
                  {"notebook_path"_L1, u"/Shared/etl/ingest"_s},
                  {"source"_L1, u"WORKSPACE"_s},
                  {"base_parameters"_L1,
                   QJsonObject{{"jdbc_user"_L1, secretRef("prod-warehouse", "jdbc-username")},
                               {"target"_L1, u"gold.orders_export"_s}}}}},
             {"new_cluster"_L1,
              QJsonObject{{"spark_version"_L1, u"15.4.x-scala2.12"_s},
                          {"node_type_id"_L1, u"i3.xlarge"_s},
                          {"num_workers"_L1, 2},
                          {"spark_conf"_L1,
                           QJsonObject{{"spark.hadoop.fs.s3a.access.key"_L1,
                                        secretRef("etl-credentials", "aws-access-key-id")},
                                       {"spark.hadoop.fs.s3a.secret.key"_L1,
                                        secretRef("etl-credentials", "aws-secret-access-key")}}},
                          {"spark_env_vars"_L1,
                           QJsonObject{{"WAREHOUSE_PASSWORD"_L1,
                                        secretRef("prod-warehouse", "jdbc-password")}}}}}}}},
        {"schedule"_L1, QJsonObject{{"quartz_cron_expression"_L1, u"0 15 3 * * ?"_s},
                                    {"timezone_id"_L1, u"UTC"_s},
                                    {"pause_status"_L1, u"UNPAUSED"_s}}},
    };
}

QJsonObject partnerSyncJob()
{
    return QJsonObject{
        {"name"_L1, u"Partner API sync"_s},
        {"max_concurrent_runs"_L1, 1},
        {"format"_L1, u"MULTI_TASK"_s},
        {"tasks"_L1,
         QJsonArray{
             QJsonObject{
                 {"task_key"_L1, u"pull"_s},
                 {"job_cluster_key"_L1, u"sync_cluster"_s},
                 {"notebook_task"_L1,
                  QJsonObject{
                      {"notebook_path"_L1, u"/Shared/etl/ingest"_s},
                      {"source"_L1, u"WORKSPACE"_s},
                      {"base_parameters"_L1,
                       QJsonObject{{"api_key"_L1, secretRef("etl-credentials", "partner-api-key")},
                                   // Written before the key was rotated away.
                                   {"legacy_token"_L1,
                                    QLatin1StringView(DemoSeed::kMissingSecretReference)}}}}}},
             QJsonObject{
                 {"task_key"_L1, u"load"_s},
                 {"depends_on"_L1, QJsonArray{QJsonObject{{"task_key"_L1, u"pull"_s}}}},
                 {"job_cluster_key"_L1, u"sync_cluster"_s},
                 {"notebook_task"_L1, QJsonObject{{"notebook_path"_L1, u"/Shared/etl/ingest"_s},
                                                  {"source"_L1, u"WORKSPACE"_s}}}}}},
        {"job_clusters"_L1,
         QJsonArray{QJsonObject{
             {"job_cluster_key"_L1, u"sync_cluster"_s},
             {"new_cluster"_L1,
              QJsonObject{
                  {"spark_version"_L1, u"15.4.x-scala2.12"_s},
                  {"node_type_id"_L1, u"i3.xlarge"_s},
                  {"num_workers"_L1, 1},
                  {"spark_conf"_L1, QJsonObject{{"spark.kafka.sasl.password"_L1,
                                                 secretRef("etl-credentials", "kafka-password")}}},
                  {"spark_env_vars"_L1,
                   QJsonObject{
                       {"SFTP_PASSWORD"_L1, secretRef("etl-credentials", "sftp-password")}}}}}}}},
    };
}

QJsonObject featureRefreshJob()
{
    return QJsonObject{
        {"name"_L1, u"Feature store refresh"_s},
        {"max_concurrent_runs"_L1, 1},
        {"format"_L1, u"MULTI_TASK"_s},
        {"tasks"_L1,
         QJsonArray{QJsonObject{
             {"task_key"_L1, u"features"_s},
             {"job_cluster_key"_L1, u"ml_cluster"_s},
             {"notebook_task"_L1,
              QJsonObject{{"notebook_path"_L1, u"/Shared/etl/ingest"_s},
                          {"source"_L1, u"WORKSPACE"_s},
                          {"base_parameters"_L1,
                           QJsonObject{{"hf_token"_L1,
                                        secretRef("ml-platform", "huggingface-token")}}}}}}}},
        {"job_clusters"_L1,
         QJsonArray{QJsonObject{
             {"job_cluster_key"_L1, u"ml_cluster"_s},
             {"new_cluster"_L1,
              QJsonObject{{"spark_version"_L1, u"15.4.x-cpu-ml-scala2.12"_s},
                          {"node_type_id"_L1, u"m5d.2xlarge"_s},
                          {"num_workers"_L1, 4},
                          {"spark_conf"_L1,
                           QJsonObject{{"spark.databricks.feature_store.password"_L1,
                                        secretRef("ml-platform", "feature-store-password")}}},
                          {"spark_env_vars"_L1,
                           QJsonObject{{"MLFLOW_TRACKING_TOKEN"_L1,
                                        secretRef("ml-platform", "mlflow-token")}}}}}}}},
        {"schedule"_L1, QJsonObject{{"quartz_cron_expression"_L1, u"0 0 5 * * ?"_s},
                                    {"timezone_id"_L1, u"Europe/Berlin"_s},
                                    {"pause_status"_L1, u"PAUSED"_s}}},
    };
}

// Deterministic CSV rows, so sizes and contents are the same on every run.
QByteArray ordersCsv(int rows, int seed)
{
    QByteArray csv = "order_id,customer_id,order_date,status,amount\n";
    quint32 state = quint32(seed) * 2654435761u + 1;
    static const char *const statuses[] = {"placed", "shipped", "delivered", "returned"};
    for (int i = 0; i < rows; ++i) {
        state = state * 1664525u + 1013904223u;
        csv += QByteArray::number(100000 + seed * 10000 + i) + ',' +
               QByteArray::number(1000 + (state >> 8) % 900) + ",2024-05-" +
               QByteArray::number(1 + (state >> 4) % 28).rightJustified(2, '0') + ',' +
               statuses[(state >> 16) % 4] + ',' +
               QByteArray::number((state >> 12) % 50000 / 100.0, 'f', 2) + '\n';
    }
    return csv;
}

QByteArray jsonLines(int rows, const QByteArray &day)
{
    QByteArray out;
    for (int i = 0; i < rows; ++i)
        out += R"({"order_id":)" + QByteArray::number(500000 + i) + R"(,"ts":")" + day + "T" +
               QByteArray::number(10 + i % 12) + R"(:15:00Z","sku":"SKU-)" +
               QByteArray::number(7000 + i * 7 % 300) + R"(","qty":)" +
               QByteArray::number(1 + i % 4) + "}\n";
    return out;
}

// Bytes that look like a compressed or binary file.
QByteArray binary(qsizetype size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i) {
        seed = seed * 1103515245u + 12345u;
        out[i] = char(seed >> 16);
    }
    return out;
}

} // namespace

void DemoSeed::seedDbfs(DbfsStore &dbfs, bool demo)
{
    dbfs.clear();
    if (!demo)
        return;
    const auto put = [&dbfs](const QString &path, const QByteArray &data) {
        dbfs.writeFile(path, data, true);
    };
    put(u"/FileStore/tables/orders_2024_05.csv"_s, ordersCsv(400, 1));
    put(u"/FileStore/tables/customers.csv"_s,
        "customer_id,name,country,segment\n1001,Ana Lopez,ES,enterprise\n"
        "1002,Kim Minjun,KR,smb\n1003,Lena Fischer,DE,enterprise\n1004,Zhang Wei,CN,consumer\n");
    put(u"/FileStore/tables/empty.csv"_s, {});
    put(u"/FileStore/jars/etl-utils-1.4.2.jar"_s, binary(48 * 1024, 7));
    put(u"/databricks-datasets/README.md"_s,
        "# Databricks datasets\n\nSample data sets for learning and testing. "
        "Read them with `spark.read` from `/databricks-datasets/<name>`.\n");
    put(u"/databricks-datasets/nyctaxi/readme_nyctaxi.txt"_s,
        "NYC taxi trip records, yellow cabs, January 2019.\n");
    put(u"/databricks-datasets/nyctaxi/tripdata/yellow/yellow_tripdata_2019-01.csv.gz"_s,
        binary(300 * 1024, 19));
    dbfs.mkdirs(u"/tmp"_s);
    put(u"/mnt/raw/orders/2024-05-01/part-00000.json"_s, jsonLines(120, "2024-05-01"));
    put(u"/mnt/raw/orders/2024-05-01/part-00001.json"_s, jsonLines(80, "2024-05-01"));
    put(u"/mnt/raw/orders/2024-05-02/part-00000.json"_s, jsonLines(150, "2024-05-02"));
    put(u"/mnt/raw/orders/_SUCCESS"_s, {});
    put(u"/mnt/raw/clicks/2024/05/01/events-0001.json"_s, jsonLines(60, "2024-05-01"));
    put(u"/user/hive/warehouse/bronze.db/orders/_delta_log/00000000000000000000.json"_s,
        R"({"protocol":{"minReaderVersion":1,"minWriterVersion":2}})"
        "\n"
        R"({"metaData":{"id":"6f1c0a52-3c1e-4a4b-9d55-2f4b0f7c1e21","format":{"provider":"parquet"}}})"
        "\n");
    put(u"/user/hive/warehouse/bronze.db/orders/part-00000-c000.snappy.parquet"_s,
        binary(96 * 1024, 23));
}

void DemoSeed::seedWorkspace(WorkspaceStore &workspace, const QString &user, bool demo)
{
    workspace.clear();
    workspace.mkdirs(u"/Users/"_s + user);
    workspace.mkdirs(u"/Shared"_s);
    if (!demo)
        return;
    const QString home = u"/Users/"_s + user;
    const QString ana = u"/Users/ana.lopez@brickdesk.dev"_s;
    const QString kim = u"/Users/kim.minjun@brickdesk.dev"_s;

    workspace.mkdirs(home + "/etl"_L1);
    workspace.putNotebook(home + "/etl/Ingest orders"_L1,
                          notebook(NotebookLanguage::Python, QString::fromUtf16(kPythonIngest)));
    workspace.putNotebook(home + "/Explore taxi data"_L1,
                          notebook(NotebookLanguage::Python, QString::fromUtf16(kPythonExplore)));
    workspace.putNotebook(home + "/Sessionize clicks"_L1,
                          notebook(NotebookLanguage::Scala, QString::fromUtf16(kScalaJob)));
    workspace.putFile(home + "/etl/config.yaml"_L1,
                      "source: /mnt/raw/orders\ntarget: bronze.orders\nretries: 3\n");
    workspace.putObject(home + "/Churn experiment"_L1, ObjectType::MlflowExperiment);

    workspace.mkdirs(ana + "/reports"_L1);
    workspace.putNotebook(ana + "/reports/Daily revenue"_L1,
                          notebook(NotebookLanguage::Sql, QString::fromUtf16(kSqlReport)));
    workspace.putNotebook(ana + "/Churn model"_L1,
                          notebook(NotebookLanguage::R, QString::fromUtf16(kRAnalysis)));

    workspace.mkdirs(kim);
    workspace.putNotebook(kim + "/Data quality"_L1,
                          notebook(NotebookLanguage::Python, QString::fromUtf16(kKimNotebook)));

    workspace.mkdirs(u"/Shared/etl"_s);
    workspace.putNotebook(u"/Shared/etl/ingest"_s,
                          notebook(NotebookLanguage::Python, QString::fromUtf16(kPythonIngest)));
    workspace.putFile(u"/Shared/README.md"_s, "# Shared\n\nNotebooks every team may use.\n");

    workspace.mkdirs(u"/Repos/"_s + user);
    const QString repo = u"/Repos/"_s + user + "/brickdesk-pipelines"_L1;
    workspace.putObject(repo, ObjectType::Repo);
    workspace.putNotebook(repo + "/transform"_L1,
                          notebook(NotebookLanguage::Python, QString::fromUtf16(kPythonExplore)));
    workspace.putFile(repo + "/requirements.txt"_L1, "pyspark==3.5.1\npandas==2.2.2\n");
}

void DemoSeed::seedJobs(JobsStore &jobs, const QString &user, bool demo)
{
    jobs.clear();
    if (!demo)
        return;
    const QString home = u"/Users/"_s + user;
    const QString ana = u"/Users/ana.lopez@brickdesk.dev"_s;
    const QString kim = u"/Users/kim.minjun@brickdesk.dev"_s;
    jobs.addJob(jobSettings(u"Nightly ingest"_s, u"/Shared/etl/ingest"_s, u"0 0 2 * * ?"_s), user);
    jobs.addJob(jobSettings(u"Daily revenue report"_s, ana + "/reports/Daily revenue"_L1,
                            u"0 30 6 * * ?"_s),
                u"ana.lopez@brickdesk.dev"_s);
    jobs.addJob(jobSettings(u"Sessionize clicks"_s, home + "/Sessionize clicks"_L1), user);
    jobs.addJob(jobSettings(u"Data quality checks"_s, kim + "/Data quality"_L1),
                u"kim.minjun@brickdesk.dev"_s);
    // An id above 2^53: a double would round it to 9007199254740992.
    jobs.addJobWithId(
        kLargeJobId,
        jobSettings(u"Churn model retrain"_s, ana + "/Churn model"_L1, u"0 0 4 ? * MON"_s),
        u"ana.lopez@brickdesk.dev"_s);
    jobs.addJob(warehouseExportJob(), user);
    jobs.addJob(partnerSyncJob(), u"kim.minjun@brickdesk.dev"_s);
    jobs.addJob(featureRefreshJob(), u"zhang.wei@brickdesk.dev"_s);
    addTeamJobs(jobs, user);
}

void DemoSeed::seedSecrets(SecretsStore &secrets, const QString &user, qint64 now, bool demo)
{
    secrets.clear();
    if (!demo)
        return;
    const auto scope = [&](const char *name, const QString &creator) {
        secrets.createScope(QLatin1StringView(name), SecretScopeBackend::Databricks, creator);
    };
    // Values are made up; none is shaped like a real credential.
    const auto put = [&](const char *scopeName, const char *key, const QByteArray &value,
                         qint64 ageMs) {
        secrets.putSecret(QLatin1StringView(scopeName), QLatin1StringView(key), value, now - ageMs);
    };
    const auto acl = [&](const char *scopeName, const QString &principal,
                         SecretPermission permission) {
        secrets.putAcl(QLatin1StringView(scopeName), principal, permission);
    };
    const QString ana = u"ana.lopez@brickdesk.dev"_s;
    const QString kim = u"kim.minjun@brickdesk.dev"_s;
    const QString ciDeployer = QLatin1StringView(kCiDeployerApplicationId);
    const QString airflow = QLatin1StringView(kAirflowApplicationId);

    scope("prod-warehouse", user);
    put("prod-warehouse", "jdbc-url", "jdbc:postgresql://warehouse.internal.example:5432/prod",
        3 * kDayMs);
    put("prod-warehouse", "jdbc-username", "svc_brickdesk_etl", 40 * kDayMs);
    put("prod-warehouse", "jdbc-password", "demo-only-Wh4rehouse!pw", 95 * kDayMs);
    put("prod-warehouse", "readonly-password", "demo-only-readonly-pw", 210 * kDayMs);
    put("prod-warehouse", "service-account-json",
        R"({"type":"service_account","project_id":"demo-warehouse","client_email":"etl@demo-warehouse.example"})",
        12 * kDayMs);
    acl("prod-warehouse", u"data-engineers"_s, SecretPermission::Write);
    acl("prod-warehouse", u"analysts"_s, SecretPermission::Read);
    acl("prod-warehouse", ciDeployer, SecretPermission::Read);

    scope("etl-credentials", user);
    put("etl-credentials", "aws-access-key-id", "DEMOEXAMPLEKEYID0001", 130 * kDayMs);
    put("etl-credentials", "aws-secret-access-key", "demo-only/secret+access/key", 130 * kDayMs);
    put("etl-credentials", "kafka-username", "etl-consumer", 400 * kDayMs);
    put("etl-credentials", "kafka-password", "demo-only-kafka-pw", 2 * kDayMs + 5 * kHourMs);
    put("etl-credentials", "partner-api-key", "demo-only-partner-key-42", 20 * kDayMs);
    put("etl-credentials", "sftp-password", "demo-only-sftp-pw", 91 * kDayMs);
    acl("etl-credentials", u"data-engineers"_s, SecretPermission::Manage);
    acl("etl-credentials", airflow, SecretPermission::Read);
    acl("etl-credentials", ana, SecretPermission::Write);

    scope("ml-platform", kim);
    put("ml-platform", "mlflow-token", "demo-only-mlflow-token", 6 * kDayMs);
    put("ml-platform", "feature-store-password", "demo-only-feature-pw", 60 * kDayMs);
    put("ml-platform", "huggingface-token", "demo-only-hf-token", 100 * kDayMs);
    // A binary value: a DER-like blob, not text.
    put("ml-platform", "model-signing-key", QByteArray::fromHex("3082010a0282010100c3a1f09e"),
        33 * kDayMs);
    acl("ml-platform", u"platform"_s, SecretPermission::Write);
    acl("ml-platform", u"users"_s, SecretPermission::Read);

    scope("team-analytics", ana);
    put("team-analytics", "tableau-password", "demo-only-tableau-pw", 4 * kDayMs);
    put("team-analytics", "looker-client-id", "looker-demo-client", 150 * kDayMs);
    put("team-analytics", "looker-client-secret", "demo-only-looker-secret", 150 * kDayMs);
    acl("team-analytics", u"analysts"_s, SecretPermission::Write);
    acl("team-analytics", user, SecretPermission::Read);

    // Azure Key Vault scopes mirror a vault: read-only through this API.
    secrets.createScope(u"kv-finance"_s, SecretScopeBackend::AzureKeyVault, user,
                        u"/subscriptions/3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b/resourceGroups/"
                        "rg-finance/providers/Microsoft.KeyVault/vaults/kv-finance"_s,
                        u"https://kv-finance.vault.azure.net/"_s);
    put("kv-finance", "ledger-db-password", "demo-only-ledger-pw", 14 * kDayMs);
    put("kv-finance", "sap-api-key", "demo-only-sap-key", 120 * kDayMs);
    put("kv-finance", "fx-rates-token", "demo-only-fx-token", 1 * kDayMs);
    acl("kv-finance", u"analysts"_s, SecretPermission::Read);
    acl("kv-finance", ciDeployer, SecretPermission::Read);
}

void DemoSeed::seedDirectory(ScimDirectory &directory, bool demo)
{
    directory.clear();
    if (!demo)
        return;
    const auto user = [&](const char *name, const char *display, const char *id, QStringList groups,
                          bool active = true) {
        groups.prepend(u"users"_s);
        directory.users.append(ScimUser{QLatin1StringView(name), QLatin1StringView(display),
                                        QLatin1StringView(id), groups, active});
    };
    user("ana.lopez@brickdesk.dev", "Ana Lopez", "3318946502716634", {u"analysts"_s});
    user("kim.minjun@brickdesk.dev", "Kim Minjun", "4417205593128870", {u"data-engineers"_s});
    user("lena.fischer@brickdesk.dev", "Lena Fischer", "5520348821937045",
         {u"admins"_s, u"platform"_s});
    user("zhang.wei@brickdesk.dev", "Zhang Wei", "6623497210458813", {u"data-engineers"_s});
    user("priya.sharma@brickdesk.dev", "Priya Sharma", "7726540038812291", {u"analysts"_s});
    user("marcus.johnson@brickdesk.dev", "Marcus Johnson", "8829613374105562",
         {u"data-engineers"_s});
    user("sofia.rossi@brickdesk.dev", "Sofia Rossi", "9932786601453378", {u"analysts"_s});
    user("tomas.novak@brickdesk.dev", "Tomas Novak", "1035819947261120", {u"platform"_s});
    user("olga.petrova@brickdesk.dev", "Olga Petrova", "1138902286374451", {}, false);
    directory.groups = {u"admins"_s, u"users"_s, u"data-engineers"_s, u"analysts"_s, u"platform"_s};
    directory.servicePrincipals = {
        ScimServicePrincipal{u"2241057736190284"_s,
                             QLatin1StringView(kCiDeployerApplicationId),
                             u"ci-deployer"_s,
                             {u"platform"_s},
                             true},
        ScimServicePrincipal{u"2344160073421597"_s,
                             QLatin1StringView(kAirflowApplicationId),
                             u"airflow-prod"_s,
                             {u"data-engineers"_s},
                             true},
        ScimServicePrincipal{
            u"2447263310652806"_s, QLatin1StringView(kDbtApplicationId), u"dbt-cloud"_s, {}, false},
    };
}

namespace {

constexpr qint64 kMinuteMs = 60LL * 1000;

QJsonObject workers(int current, int target)
{
    return QJsonObject{{"current_num_workers"_L1, current}, {"target_num_workers"_L1, target}};
}

QJsonObject reason(const QString &code, const QString &type, const QJsonObject &parameters = {})
{
    QJsonObject out{{"code"_L1, code}, {"type"_L1, type}};
    if (!parameters.isEmpty())
        out.insert("parameters"_L1, parameters);
    return out;
}

// `sessions` earlier working days of a cluster, one a day before `before`:
// it starts, runs on `minWorkers`, autoscales to `peakWorkers` for the
// afternoon and back, and terminates after `idleMinutes` without work.
void addHistory(ClustersStore &store, const QString &id, qint64 before, int sessions,
                int minWorkers, int peakWorkers, int idleMinutes, const QString &user)
{
    for (int day = sessions; day >= 1; --day) {
        const qint64 start = before - day * kDayMs + (day % 3) * 17 * kMinuteMs;
        store.addEvent(id, u"STARTING"_s, QJsonObject{{"user"_L1, user}}, start);
        store.addEvent(id, u"RUNNING"_s, workers(minWorkers, minWorkers), start + 4 * kMinuteMs);
        if (peakWorkers > minWorkers) {
            const int peak = peakWorkers - (day % 2);
            QJsonObject up = workers(minWorkers, peak);
            up.insert("cause"_L1, u"AUTOSCALE"_s);
            store.addEvent(id, u"RESIZING"_s, up, start + 2 * kHourMs);
            store.addEvent(id, u"UPSIZE_COMPLETED"_s, workers(peak, peak),
                           start + 2 * kHourMs + 5 * kMinuteMs);
            QJsonObject down = workers(peak, minWorkers);
            down.insert("cause"_L1, u"AUTOSCALE"_s);
            store.addEvent(id, u"RESIZING"_s, down, start + 6 * kHourMs);
        }
        const QJsonObject inactivity =
            reason(u"INACTIVITY"_s, u"SUCCESS"_s,
                   QJsonObject{{"inactivity_duration_min"_L1, QString::number(idleMinutes)}});
        const qint64 end = start + 8 * kHourMs + idleMinutes * kMinuteMs;
        store.addEvent(id, u"TERMINATING"_s, QJsonObject{{"reason"_L1, inactivity}}, end);
        store.addEvent(id, u"TERMINATED"_s, QJsonObject{{"reason"_L1, inactivity}},
                       end + kMinuteMs);
    }
}

QJsonObject pypi(const QString &package)
{
    return QJsonObject{{"pypi"_L1, QJsonObject{{"package"_L1, package}}}};
}

} // namespace

void DemoSeed::seedClusters(ClustersStore &clusters, const QString &user, qint64 now, bool demo)
{
    clusters.clear();
    if (!demo)
        return;
    Cluster shared;
    shared.clusterId = u"0412-081530-shrd7k2q"_s;
    shared.clusterName = u"Shared analytics"_s;
    shared.sparkVersion = u"15.4.x-scala2.12"_s;
    shared.nodeTypeId = u"i3.xlarge"_s;
    shared.autoscale = ClusterAutoscale{2, 8};
    shared.currentWorkers = 5;
    shared.state = ClusterState::Running;
    shared.creatorUserName = u"ana.lopez@brickdesk.dev"_s;
    shared.pinnedByUserName = u"ana.lopez@brickdesk.dev"_s;
    shared.autoterminationMinutes = 60;
    shared.source = ClusterSource::Ui;
    shared.otherSpec = QJsonObject{{"data_security_mode"_L1, u"USER_ISOLATION"_s},
                                   {"runtime_engine"_L1, u"PHOTON"_s},
                                   {"policy_id"_L1, u"E0631F5C0D000A8F"_s},
                                   {"enable_elastic_disk"_L1, true}};
    shared.sparkConf = QJsonObject{
        {"spark.databricks.sql.initial.catalog.name"_L1, u"main"_s},
        {"spark.sql.warehouse.jdbc.password"_L1, secretRef("prod-warehouse", "jdbc-password")}};
    shared.customTags = QJsonObject{{"team"_L1, u"analytics"_s}, {"cost-center"_L1, u"4711"_s}};
    shared.startTime = now - 26 * kHourMs;
    shared.lastRestartedTime = shared.startTime + 4 * kMinuteMs;
    const QJsonObject broken = pypi(u"internal-utils==0.0.0-broken"_s);
    shared.libraries = {
        ClusterLibrary{pypi(u"pandas==2.2.2"_s), LibraryStatus::Installed, {}},
        ClusterLibrary{
            QJsonObject{{"maven"_L1, QJsonObject{{"coordinates"_L1,
                                                  u"com.databricks:spark-xml_2.12:0.18.0"_s}}}},
            LibraryStatus::Installed,
            {}},
        ClusterLibrary{broken, LibraryStatus::Failed,
                       ClusterLifecycle::failureMessages(shared.clusterId, broken)},
    };
    clusters.add(shared);
    addHistory(clusters, shared.clusterId, shared.startTime, 4, 2, 7, 60, shared.creatorUserName);
    clusters.addEvent(shared.clusterId, u"PINNED"_s,
                      QJsonObject{{"user"_L1, shared.pinnedByUserName}},
                      shared.startTime - 5 * kDayMs);
    clusters.addEvent(shared.clusterId, u"STARTING"_s,
                      QJsonObject{{"user"_L1, shared.creatorUserName}}, shared.startTime);
    clusters.addEvent(shared.clusterId, u"RUNNING"_s, workers(2, 2), shared.lastRestartedTime);
    QJsonObject sharedUp = workers(2, 5);
    sharedUp.insert("cause"_L1, u"AUTOSCALE"_s);
    clusters.addEvent(shared.clusterId, u"RESIZING"_s, sharedUp, shared.startTime + 3 * kHourMs);
    clusters.addEvent(shared.clusterId, u"UPSIZE_COMPLETED"_s, workers(5, 5),
                      shared.startTime + 3 * kHourMs + 5 * kMinuteMs);

    Cluster etl;
    etl.clusterId = u"0301-220000-etln1ght"_s;
    etl.clusterName = u"etl-nightly"_s;
    etl.sparkVersion = u"14.3.x-scala2.12"_s;
    etl.nodeTypeId = u"r5d.2xlarge"_s;
    etl.numWorkers = 6;
    etl.state = ClusterState::Terminated;
    etl.stateMessage = u"Inactive cluster terminated (inactive for 30 minutes)."_s;
    etl.creatorUserName = user;
    etl.pinnedByUserName = user;
    etl.autoterminationMinutes = 30;
    etl.source = ClusterSource::Api;
    etl.otherSpec = QJsonObject{
        {"data_security_mode"_L1, u"SINGLE_USER"_s},
        {"single_user_name"_L1, user},
        {"runtime_engine"_L1, u"STANDARD"_s},
        {"cluster_log_conf"_L1,
         QJsonObject{{"dbfs"_L1, QJsonObject{{"destination"_L1, u"dbfs:/cluster-logs"_s}}}}}};
    etl.sparkEnvVars = QJsonObject{
        {"AWS_ACCESS_KEY_ID"_L1, secretRef("etl-credentials", "aws-access-key-id")},
        {"AWS_SECRET_ACCESS_KEY"_L1, secretRef("etl-credentials", "aws-secret-access-key")},
        {"PYSPARK_PYTHON"_L1, u"/databricks/python3/bin/python3"_s}};
    const ClusterTerminationReason etlReason{u"INACTIVITY"_s, u"SUCCESS"_s,
                                             QJsonObject{{"inactivity_duration_min"_L1, u"30"_s}}};
    etl.terminationReason = etlReason;
    etl.startTime = now - 2 * kDayMs;
    etl.terminatedTime = etl.startTime + 3 * kHourMs;
    etl.lastRestartedTime = etl.startTime + 5 * kMinuteMs;
    // Installed again on its next start.
    etl.libraries = {ClusterLibrary{
        QJsonObject{{"whl"_L1, u"/Workspace/Shared/wheels/etl_common-1.4.0-py3-none-any.whl"_s}},
        LibraryStatus::Pending,
        {}}};
    clusters.add(etl);
    addHistory(clusters, etl.clusterId, etl.startTime, 3, 6, 6, 30, user);
    clusters.addEvent(etl.clusterId, u"PINNED"_s, QJsonObject{{"user"_L1, user}},
                      etl.startTime - 4 * kDayMs);
    clusters.addEvent(etl.clusterId, u"STARTING"_s, QJsonObject{{"user"_L1, user}}, etl.startTime);
    clusters.addEvent(etl.clusterId, u"RUNNING"_s, workers(6, 6), etl.lastRestartedTime);
    const QJsonObject etlReasonJson = ClusterLifecycle::reasonJson(etlReason);
    clusters.addEvent(etl.clusterId, u"TERMINATING"_s, QJsonObject{{"reason"_L1, etlReasonJson}},
                      etl.terminatedTime - kMinuteMs);
    clusters.addEvent(etl.clusterId, u"TERMINATED"_s, QJsonObject{{"reason"_L1, etlReasonJson}},
                      etl.terminatedTime);

    Cluster gpu;
    gpu.clusterId = u"0520-134501-mlgpu9x3"_s;
    gpu.clusterName = u"ml-gpu-dev"_s;
    gpu.sparkVersion = u"15.4.x-gpu-ml-scala2.12"_s;
    gpu.nodeTypeId = u"g5.xlarge"_s;
    gpu.numWorkers = 1;
    gpu.state = ClusterState::Pending;
    gpu.stateMessage = u"Finding instances for new nodes, acquiring more instances if necessary"_s;
    gpu.creatorUserName = u"kim.minjun@brickdesk.dev"_s;
    gpu.autoterminationMinutes = 120;
    gpu.source = ClusterSource::Ui;
    gpu.otherSpec = QJsonObject{{"data_security_mode"_L1, u"SINGLE_USER"_s},
                                {"single_user_name"_L1, u"ml.team@brickdesk.dev"_s},
                                {"use_ml_runtime"_L1, true}};
    gpu.startTime = now - 2 * kMinuteMs;
    gpu.sparkEnvVars =
        QJsonObject{{"MLFLOW_TRACKING_TOKEN"_L1, secretRef("ml-platform", "mlflow-token")},
                    {"HF_TOKEN"_L1, secretRef("ml-platform", "huggingface-token")}};
    // Installed once the cluster runs.
    gpu.libraries = {ClusterLibrary{pypi(u"torch==2.3.1"_s), LibraryStatus::Pending, {}}};
    clusters.add(gpu);
    clusters.addEvent(gpu.clusterId, u"CREATING"_s,
                      QJsonObject{{"user"_L1, gpu.creatorUserName}, {"target_num_workers"_L1, 1}},
                      gpu.startTime);

    Cluster job;
    job.clusterId = u"0605-020004-job4k7mz"_s;
    job.clusterName = u"job-1047501313829740-run-88412"_s;
    job.sparkVersion = u"15.4.x-scala2.12"_s;
    job.nodeTypeId = u"i3.xlarge"_s;
    job.numWorkers = 2;
    job.state = ClusterState::Terminated;
    job.stateMessage = u"Job run finished."_s;
    job.creatorUserName = user;
    job.source = ClusterSource::Job;
    job.sparkConf = QJsonObject{{"spark.hadoop.fs.s3a.secret.key"_L1,
                                 secretRef("etl-credentials", "aws-secret-access-key")}};
    job.terminationReason = ClusterTerminationReason{u"JOB_FINISHED"_s, u"SUCCESS"_s, {}};
    job.startTime = now - 5 * kHourMs;
    job.terminatedTime = job.startTime + kHourMs;
    job.lastRestartedTime = job.startTime + 5 * kMinuteMs;
    clusters.add(job);
    const QJsonObject jobReason = reason(u"JOB_FINISHED"_s, u"SUCCESS"_s);
    clusters.addEvent(job.clusterId, u"CREATING"_s,
                      QJsonObject{{"user"_L1, user}, {"target_num_workers"_L1, 2}}, job.startTime);
    clusters.addEvent(job.clusterId, u"RUNNING"_s, workers(2, 2), job.lastRestartedTime);
    clusters.addEvent(job.clusterId, u"TERMINATING"_s, QJsonObject{{"reason"_L1, jobReason}},
                      job.terminatedTime - kMinuteMs);
    clusters.addEvent(job.clusterId, u"TERMINATED"_s, QJsonObject{{"reason"_L1, jobReason}},
                      job.terminatedTime);

    Cluster sandbox;
    sandbox.clusterId = u"0611-101010-sbxr3s1z"_s;
    sandbox.clusterName = u"analytics-sandbox"_s;
    sandbox.sparkVersion = u"13.3.x-scala2.12"_s;
    sandbox.nodeTypeId = u"m5d.large"_s;
    sandbox.numWorkers = 3;
    sandbox.currentWorkers = 2; // RESIZING from 2 to 3, done on the clock
    sandbox.state = ClusterState::Resizing;
    sandbox.stateMessage = u"Resizing cluster from 2 to 3 workers."_s;
    sandbox.creatorUserName = u"priya.sharma@brickdesk.dev"_s;
    sandbox.autoterminationMinutes = 45;
    sandbox.source = ClusterSource::Ui;
    sandbox.otherSpec = QJsonObject{{"data_security_mode"_L1, u"USER_ISOLATION"_s}};
    sandbox.customTags = QJsonObject{{"team"_L1, u"analytics"_s}};
    sandbox.startTime = now - 3 * kDayMs;
    sandbox.lastRestartedTime = sandbox.startTime + 4 * kMinuteMs;
    clusters.add(sandbox);
    addHistory(clusters, sandbox.clusterId, sandbox.startTime, 3, 2, 2, 45,
               sandbox.creatorUserName);
    clusters.addEvent(sandbox.clusterId, u"STARTING"_s,
                      QJsonObject{{"user"_L1, sandbox.creatorUserName}}, sandbox.startTime);
    clusters.addEvent(sandbox.clusterId, u"RUNNING"_s, workers(2, 2), sandbox.lastRestartedTime);
    QJsonObject sandboxUp = workers(2, 3);
    sandboxUp.insert("user"_L1, sandbox.creatorUserName);
    sandboxUp.insert("cause"_L1, u"USER_REQUEST"_s);
    clusters.addEvent(sandbox.clusterId, u"RESIZING"_s, sandboxUp, now - 30 * 1000);

    // Its cluster-scoped init script exits non-zero on every start.
    Cluster geo;
    geo.clusterId = u"0615-073344-geoinit7"_s;
    geo.clusterName = u"geo-enrichment"_s;
    geo.sparkVersion = u"15.4.x-scala2.12"_s;
    geo.nodeTypeId = u"m5d.xlarge"_s;
    geo.numWorkers = 2;
    geo.state = ClusterState::Terminated;
    geo.creatorUserName = user;
    geo.autoterminationMinutes = 30;
    geo.source = ClusterSource::Ui;
    const QString geoScript = u"/Workspace/Shared/init/install-geo-drivers.sh"_s;
    geo.initScripts =
        QJsonArray{QJsonObject{{"workspace"_L1, QJsonObject{{"destination"_L1, geoScript}}}}};
    const QString geoError =
        u"Cluster scoped init script %1 failed: Script exit status is non-zero"_s.arg(geoScript);
    geo.stateMessage = geoError;
    const ClusterTerminationReason geoReason{
        u"INIT_SCRIPT_FAILURE"_s, u"CLIENT_ERROR"_s,
        QJsonObject{{"instance_id"_L1, u"i-0c5f1e7a2b9d34681"_s},
                    {"databricks_error_message"_L1, geoError}}};
    geo.terminationReason = geoReason;
    geo.startTime = now - 3 * kHourMs;
    geo.terminatedTime = geo.startTime + 7 * kMinuteMs;
    clusters.add(geo);
    const QJsonObject geoReasonJson = ClusterLifecycle::reasonJson(geoReason);
    const QJsonObject instance{{"instance_id"_L1, u"i-0c5f1e7a2b9d34681"_s}};
    clusters.addEvent(geo.clusterId, u"STARTING"_s, QJsonObject{{"user"_L1, user}}, geo.startTime);
    clusters.addEvent(geo.clusterId, u"INIT_SCRIPTS_STARTED"_s, instance,
                      geo.startTime + 4 * kMinuteMs);
    QJsonObject geoFinished = instance;
    geoFinished.insert(
        "init_scripts"_L1,
        QJsonObject{{"global"_L1, QJsonArray{}},
                    {"cluster"_L1, QJsonArray{QJsonObject{{"status"_L1, u"FAILED"_s},
                                                          {"destination"_L1, geoScript}}}}});
    clusters.addEvent(geo.clusterId, u"INIT_SCRIPTS_FINISHED"_s, geoFinished,
                      geo.startTime + 6 * kMinuteMs);
    clusters.addEvent(geo.clusterId, u"TERMINATING"_s, QJsonObject{{"reason"_L1, geoReasonJson}},
                      geo.startTime + 6 * kMinuteMs + 5000);
    clusters.addEvent(geo.clusterId, u"TERMINATED"_s, QJsonObject{{"reason"_L1, geoReasonJson}},
                      geo.terminatedTime);

    // A job run's cluster, running; job clusters cannot be edited.
    Cluster jobRunning;
    jobRunning.clusterId = u"0616-120000-job9r2xa"_s;
    jobRunning.clusterName = u"job-1047501313830112-run-90233"_s;
    jobRunning.sparkVersion = u"16.4.x-scala2.12"_s;
    jobRunning.nodeTypeId = u"i3.xlarge"_s;
    jobRunning.numWorkers = 4;
    jobRunning.currentWorkers = 4;
    jobRunning.state = ClusterState::Running;
    jobRunning.creatorUserName = user;
    jobRunning.source = ClusterSource::Job;
    jobRunning.startTime = now - 40 * kMinuteMs;
    jobRunning.lastRestartedTime = now - 35 * kMinuteMs;
    clusters.add(jobRunning);
    clusters.addEvent(jobRunning.clusterId, u"CREATING"_s,
                      QJsonObject{{"user"_L1, user}, {"target_num_workers"_L1, 4}},
                      jobRunning.startTime);
    clusters.addEvent(jobRunning.clusterId, u"RUNNING"_s, workers(4, 4),
                      jobRunning.lastRestartedTime);
}

} // namespace brickdesk::emulator
