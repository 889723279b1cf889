#include "core/emulator/demoseed.h"

#include "core/emulator/dbfsstore.h"
#include "core/emulator/jobsstore.h"
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
}

} // namespace brickdesk::emulator
