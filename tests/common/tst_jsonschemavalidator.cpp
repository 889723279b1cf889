// Brickdesk's payload schemas through valijson: plain-words messages with
// the path of the value at fault, unknown fields as warnings, read-only keys,
// and the shipped schemas and templates themselves.

#include "core/payload/jsonschemavalidator.h"
#include "core/payload/payloadchecker.h"
#include "core/payload/payloadkinds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

QJsonObject objectOf(const char *json)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON does not parse: %s", qPrintable(error.errorString()));
    return object;
}

QStringList described(const PayloadIssues &issues)
{
    QStringList texts;
    for (const PayloadIssue &issue : issues)
        texts << (issue.isError() ? u"E "_s : u"W "_s) + issue.path.toString() + u": "_s +
                     issue.message;
    return texts;
}

std::shared_ptr<const JsonSchemaValidator> jobs()
{
    return PayloadKinds::validator(PayloadKinds::jobSettings());
}

} // namespace

class TestJsonSchemaValidator : public QObject
{
    Q_OBJECT

private slots:
    void shippedSchemasLoad();
    void everyShippedTemplateValidatesClean();
    void cleanPayloadHasNoIssues();
    void requiredFieldIsNamed();
    void enumListsTheAllowedValues();
    void typeSaysWhatIsExpected();
    void limitsAreStatedAsNumbers();
    void nestedTaskPathsAreExact();
    void recursiveForEachTaskIsChecked();
    void unknownFieldsAreWarningsWithTheirPath();
    void mapsAndLooseObjectsHaveNoUnknownFields();
    void brokenSchemaSaysWhy();
    void checkerLocatesIssuesInText();
    void pinnedKeyMustKeepItsValue();
    void pinnedKeyIsNotAnUnknownField();
};

void TestJsonSchemaValidator::shippedSchemasLoad()
{
    for (const QString &kind : PayloadKinds::kinds()) {
        const auto validator = PayloadKinds::validator(kind);
        QVERIFY(validator);
        QVERIFY2(validator->isValid(), qPrintable(kind + u": "_s + validator->loadError()));
    }
    QVERIFY(!PayloadKinds::validator(u"no-such-kind"_s));
}

void TestJsonSchemaValidator::everyShippedTemplateValidatesClean()
{
    for (const QString &kind : PayloadKinds::kinds()) {
        const QList<PayloadTemplate> templates = PayloadKinds::templates(kind);
        QVERIFY(!templates.isEmpty());
        const PayloadChecker checker(PayloadKinds::validator(kind));
        for (const PayloadTemplate &payloadTemplate : templates) {
            QVERIFY(!payloadTemplate.title.isEmpty());
            const QString text = payloadTemplate.text();
            QVERIFY2(!text.isEmpty(), qPrintable(payloadTemplate.resource));
            const PayloadChecker::Result result = checker.check(text);
            QVERIFY2(!result.syntaxError, qPrintable(payloadTemplate.resource));
            QVERIFY2(result.issues.isEmpty(), qPrintable(payloadTemplate.resource + u'\n' +
                                                         described(result.issues).join(u'\n')));
        }
    }
}

void TestJsonSchemaValidator::cleanPayloadHasNoIssues()
{
    const QJsonObject payload = objectOf(R"({
        "name": "n", "max_concurrent_runs": 1000,
        "tasks": [{"task_key": "a", "notebook_task": {"notebook_path": "/x"}}],
        "schedule": {"quartz_cron_expression": "0 0 * * * ?", "timezone_id": "UTC"}})");
    QCOMPARE(described(jobs()->validate(payload)), QStringList());
}

void TestJsonSchemaValidator::requiredFieldIsNamed()
{
    const QJsonObject payload =
        objectOf(R"({"schedule": {"quartz_cron_expression": "0 0 * * * ?"}})");
    QCOMPARE(described(jobs()->validate(payload)),
             QStringList{u"E schedule: required field `timezone_id` is missing"_s});
}

void TestJsonSchemaValidator::enumListsTheAllowedValues()
{
    const QJsonObject payload = objectOf(
        R"({"schedule": {"quartz_cron_expression": "x", "timezone_id": "UTC", "pause_status": "OFF"}})");
    QCOMPARE(
        described(jobs()->validate(payload)),
        QStringList{u"E schedule.pause_status: `pause_status` must be one of PAUSED, UNPAUSED"_s});
}

void TestJsonSchemaValidator::typeSaysWhatIsExpected()
{
    const QJsonObject payload =
        objectOf(R"({"max_concurrent_runs": "2", "name": 5, "queue": {"enabled": 1}, "tags": []})");
    const QStringList issues = described(jobs()->validate(payload));
    QVERIFY2(
        issues.contains(u"E max_concurrent_runs: `max_concurrent_runs` must be a whole number"_s),
        qPrintable(issues.join(u'\n')));
    QVERIFY(issues.contains(u"E name: `name` must be a string"_s));
    QVERIFY(issues.contains(u"E queue.enabled: `enabled` must be true or false"_s));
    QVERIFY(issues.contains(u"E tags: `tags` must be an object, in { }"_s));
    QCOMPARE(issues.size(), 4);
}

void TestJsonSchemaValidator::limitsAreStatedAsNumbers()
{
    QJsonObject tags;
    for (int i = 0; i < 26; ++i)
        tags.insert(u"t%1"_s.arg(i), u"v"_s);
    QJsonObject payload = objectOf(R"({"max_concurrent_runs": 1001, "timeout_seconds": -1,
        "run_as": {"user_name": "a", "service_principal_name": "b"}})");
    payload.insert(u"tags"_s, tags);
    payload.insert(u"description"_s, QString(27701, u'd'));
    const QStringList issues = described(jobs()->validate(payload));
    QVERIFY2(
        issues.contains(u"E max_concurrent_runs: `max_concurrent_runs` must be at most 1000"_s),
        qPrintable(issues.join(u'\n')));
    QVERIFY(issues.contains(u"E timeout_seconds: `timeout_seconds` must be at least 0"_s));
    QVERIFY(issues.contains(u"E tags: `tags` can have at most 25 key(s)"_s));
    QVERIFY(issues.contains(u"E run_as: `run_as` can have at most 1 key(s)"_s));
    QVERIFY(
        issues.contains(u"E description: `description` must be at most 27700 character(s) long"_s));
}

void TestJsonSchemaValidator::nestedTaskPathsAreExact()
{
    const QJsonObject payload = objectOf(R"({"tasks": [
        {"task_key": "a", "notebook_task": {"notebook_path": "/a"}},
        {"task_key": "b", "run_if": "SOMETIMES", "depends_on": [{"task_key": "a"}, {}]},
        {"task_key": "c", "notebook_task": {"source": "WORKSPACE"}}]})");
    const QStringList issues = described(jobs()->validate(payload));
    QCOMPARE(
        issues,
        (QStringList{u"E tasks[1].depends_on[1]: required field `task_key` is missing"_s,
                     u"E tasks[1].run_if: `run_if` must be one of ALL_DONE, ALL_FAILED, "
                     "ALL_SUCCESS, AT_LEAST_ONE_FAILED, AT_LEAST_ONE_SUCCESS, NONE_FAILED"_s,
                     u"E tasks[2].notebook_task: required field `notebook_path` is missing"_s}));
}

void TestJsonSchemaValidator::recursiveForEachTaskIsChecked()
{
    const QJsonObject payload = objectOf(R"({"tasks": [{"task_key": "loop", "for_each_task": {
        "inputs": "[1]", "task": {"task_key": "inner", "max_retries": "x", "typo": 1}}}]})");
    QCOMPARE(described(jobs()->validate(payload)),
             (QStringList{u"E tasks[0].for_each_task.task.max_retries: `max_retries` must be a "
                          "whole number"_s,
                          u"W tasks[0].for_each_task.task.typo: unknown field `typo`; Databricks "
                          "may ignore or reject it"_s}));
}

void TestJsonSchemaValidator::unknownFieldsAreWarningsWithTheirPath()
{
    const QJsonObject payload = objectOf(R"({"nmae": "typo", "tasks": [
        {"task_key": "a", "notebook_task": {"notebook_path": "/a", "paramters": {}}}],
        "schedule": {"quartz_cron_expression": "x", "timezone_id": "UTC", "pause": true}})");
    const PayloadIssues issues = jobs()->validate(payload);
    QCOMPARE(described(issues),
             (QStringList{u"W nmae: unknown field `nmae`; Databricks may ignore or reject it"_s,
                          u"W schedule.pause: unknown field `pause`; Databricks may ignore or "
                          "reject it"_s,
                          u"W tasks[0].notebook_task.paramters: unknown field `paramters`; "
                          "Databricks may ignore or reject it"_s}));
    QVERIFY(!hasErrors(issues));
}

void TestJsonSchemaValidator::mapsAndLooseObjectsHaveNoUnknownFields()
{
    const QJsonObject payload = objectOf(R"({"tags": {"anything": "x"},
        "job_clusters": [{"job_cluster_key": "c", "new_cluster": {"spark_version": "15.4",
                           "some_new_cluster_field": 1}}],
        "tasks": [{"task_key": "a", "notebook_task": {"notebook_path": "/a",
                   "base_parameters": {"p": "1"}}}]})");
    QCOMPARE(described(jobs()->validate(payload)), QStringList());
    // A map's values still have their type.
    const QJsonObject badTag = objectOf(R"({"tags": {"n": 1}})");
    QCOMPARE(described(jobs()->validate(badTag)), QStringList{u"E tags.n: `n` must be a string"_s});
}

void TestJsonSchemaValidator::brokenSchemaSaysWhy()
{
    const auto missing = JsonSchemaValidator::fromFile(u":/schemas/none.schema.json"_s);
    QVERIFY(!missing->isValid());
    QVERIFY(!missing->loadError().isEmpty());
    QVERIFY(missing->validate(QJsonObject()).isEmpty());

    const JsonSchemaValidator badReference(objectOf(R"({"$ref": "#/definitions/Nope"})"));
    QVERIFY(!badReference.isValid());
    QVERIFY(!badReference.loadError().isEmpty());
}

void TestJsonSchemaValidator::checkerLocatesIssuesInText()
{
    const PayloadChecker checker(jobs());
    const QString text =
        u"{\n  \"name\": \"n\",\n  \"tasks\": [\n    {\n      \"task_key\": \"a\",\n"
        "      \"notebook_task\": {\"source\": \"GIT\"}\n    }\n  ],\n"
        "  \"extra\": 1\n}\n"_s;
    const PayloadChecker::Result result = checker.check(text);
    QVERIFY(!result.syntaxError);
    QVERIFY(!result.canSubmit());
    QCOMPARE(result.issues.size(), 2);
    // Errors come first, then warnings.
    QCOMPARE(result.issues.at(0).path.toString(), u"tasks[0].notebook_task"_s);
    QCOMPARE(result.issues.at(0).position, (TextPosition{6, 7}));
    QCOMPARE(text.mid(result.issues.at(0).offset, result.issues.at(0).length),
             u"\"notebook_task\""_s);
    QCOMPARE(result.issues.at(1).severity, PayloadIssue::Severity::Warning);
    QCOMPARE(result.issues.at(1).position, (TextPosition{9, 3}));

    const PayloadChecker::Result broken = checker.check(u"{\"name\": }"_s);
    QVERIFY(broken.syntaxError);
    QVERIFY(!broken.canSubmit());
}

void TestJsonSchemaValidator::pinnedKeyMustKeepItsValue()
{
    const QJsonObject original = objectOf(R"({"pipeline_id": "p-1", "name": "old"})");
    const PayloadChecker checker(nullptr, original, {u"pipeline_id"_s, u"creator"_s});
    QVERIFY(checker.check(u"{\"pipeline_id\": \"p-1\", \"name\": \"new\"}"_s).canSubmit());

    const auto changed = checker.check(u"{\"pipeline_id\": \"p-2\"}"_s);
    QCOMPARE(described(changed.issues),
             QStringList{u"E pipeline_id: `pipeline_id` is read-only; keep it as \"p-1\""_s});
    const auto removed = checker.check(u"{\"name\": \"new\"}"_s);
    QCOMPARE(removed.issues.size(), 1);
    QVERIFY(removed.issues.first().message.contains(u"read-only"_s));
    const auto added = checker.check(u"{\"pipeline_id\": \"p-1\", \"creator\": \"me\"}"_s);
    QCOMPARE(described(added.issues),
             QStringList{u"E creator: `creator` is read-only and cannot be set here"_s});
}

void TestJsonSchemaValidator::pinnedKeyIsNotAnUnknownField()
{
    const QJsonObject original = objectOf(R"({"job_id": 7, "name": "n"})");
    const PayloadChecker checker(jobs(), original, {u"job_id"_s});
    const auto result = checker.check(u"{\"job_id\": 7, \"name\": \"m\", \"other\": 1}"_s);
    QCOMPARE(described(result.issues),
             QStringList{u"W other: unknown field `other`; Databricks may ignore or reject it"_s});
    QVERIFY(result.canSubmit());
}

QTEST_GUILESS_MAIN(TestJsonSchemaValidator)
#include "tst_jsonschemavalidator.moc"
