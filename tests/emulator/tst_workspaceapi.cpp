// Workspace API over real loopback HTTP: every endpoint's normal path, every
// documented error (status and error_code), formats, multipart and size limits.
#include "tests/emulator/emulatorfixture.h"

#include "core/emulator/workspaceapi.h"
#include "core/notebook/dbcarchive.h"
#include "core/notebook/jupytercodec.h"
#include "core/notebook/notebooksourcecodec.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace brickdesk;
using namespace brickdesk::emulator;
using brickdesk::test::EmulatorFixture;
using brickdesk::test::query;
using brickdesk::test::RawResponse;

namespace {

const QString kList = u"/api/2.0/workspace/list"_s;
const QString kStatus = u"/api/2.0/workspace/get-status"_s;
const QString kMkdirs = u"/api/2.0/workspace/mkdirs"_s;
const QString kDelete = u"/api/2.0/workspace/delete"_s;
const QString kExport = u"/api/2.0/workspace/export"_s;
const QString kImport = u"/api/2.0/workspace/import"_s;
const QString kImportFile = u"/api/2.0/workspace-files/import-file"_s;
const QString kHome = u"/Users/demo@brickdesk.dev"_s;

const char kPySource[] = "# Databricks notebook source\n"
                         "# MAGIC %md\n# MAGIC # Title\n# MAGIC\n# MAGIC text\n\n"
                         "# COMMAND ----------\n\n"
                         "# DBTITLE 1,Compute\nprint(1)\n";

QByteArray errorBody(const char *code, const QString &message)
{
    return QJsonDocument(
               QJsonObject{{"error_code"_L1, QLatin1StringView(code)}, {"message"_L1, message}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject importBody(const QString &path, const QByteArray &content, const QString &format,
                       const QString &language = {}, bool overwrite = false)
{
    QJsonObject body{{"path"_L1, path},
                     {"format"_L1, format},
                     {"content"_L1, QString::fromLatin1(content.toBase64())}};
    if (!language.isEmpty())
        body.insert("language"_L1, language);
    if (overwrite)
        body.insert("overwrite"_L1, true);
    return body;
}

struct Multipart
{
    QByteArray contentType;
    QByteArray body;
};

Multipart multipart(const QList<std::pair<QByteArray, QByteArray>> &fields,
                    const QByteArray &fileName, const QByteArray &content)
{
    const QByteArray boundary = "----brickdeskBoundary7MA4YWxkTrZu0gW";
    QByteArray body;
    for (const auto &[name, value] : fields)
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name +
                "\"\r\n\r\n" + value + "\r\n";
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"content\"; filename=\"" +
            fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n";
    body += "--" + boundary + "--\r\n";
    return {"multipart/form-data; boundary=" + boundary, body};
}

QJsonArray objects(const RawResponse &response)
{
    return response.json.value("objects"_L1).toArray();
}

QStringList paths(const RawResponse &response)
{
    QStringList out;
    for (const QJsonValue &value : objects(response))
        out.append(value.toObject().value("path"_L1).toString());
    return out;
}

} // namespace

class TestWorkspaceApi : public QObject
{
    Q_OBJECT
private slots:
    void listDirectory();
    void listEmptyDirectoryIsEmptyObject();
    void listNonDirectoryReturnsTheObject();
    void listNotebooksModifiedAfter();
    void workspacePrefixIsEchoed();
    void getStatusFields();
    void largeObjectIdsSurvive();
    void missingPathIs404_data();
    void missingPathIs404();
    void missingOrRelativePathParameter();
    void malformedJsonBody();
    void mkdirsCreatesParentsAndIsIdempotent();
    void mkdirsPrefixIsFile();
    void deleteObjects();
    void deleteNonEmptyDirectory();
    void exportSource_data();
    void exportSource();
    void exportDirectDownload();
    void exportHtml();
    void exportJupyter();
    void exportRMarkdown();
    void exportFile();
    void exportInvalidFormat();
    void exportDirectoryAsDbcAndImportBack();
    void exportSizeLimit();
    void importSourceJson();
    void importSourceNeedsLanguage();
    void importParentMissing();
    void importExistingWithoutOverwrite();
    void importOverwriteKeepsId();
    void importMultipartAuto();
    void importMultipartSource();
    void importAutoJsonDetectsNotebookOrFile();
    void importJupyter();
    void importHtmlRoundTrip();
    void importDbcRejectsOverwrite();
    void importInvalidContent();
    void importSizeLimit();
    void importFileEndpoint();
    void noWritePermissionIs403();
    void multipartSizeLimit();
};

void TestWorkspaceApi::listDirectory()
{
    EmulatorFixture fixture(Seed::Demo);
    const RawResponse response = fixture.get(kList, query({{u"path"_s, kHome}}));
    QCOMPARE(response.status, 200);
    const QStringList listed = paths(response);
    QVERIFY(listed.contains(kHome + "/etl"_L1));
    QVERIFY(listed.contains(kHome + "/Explore taxi data"_L1));
    QVERIFY(listed.contains(kHome + "/Churn experiment"_L1));
    QVERIFY(!listed.contains(kHome + "/etl/config.yaml"_L1)); // children only
    for (const QJsonValue &value : objects(response)) {
        const QJsonObject object = value.toObject();
        if (object.value("object_type"_L1).toString() == "DIRECTORY"_L1) {
            QVERIFY(!object.contains("language"_L1));
            QVERIFY(!object.contains("size"_L1));
        }
        if (object.value("path"_L1).toString().endsWith("Churn experiment"_L1))
            QCOMPARE(object.value("object_type"_L1).toString(), u"MLFLOW_EXPERIMENT"_s);
    }
    const RawResponse repos =
        fixture.get(kList, query({{u"path"_s, "/Repos/"_L1 + fixture.emulator().userName()}}));
    QCOMPARE(objects(repos).first().toObject().value("object_type"_L1).toString(), u"REPO"_s);
}

void TestWorkspaceApi::listEmptyDirectoryIsEmptyObject()
{
    EmulatorFixture fixture;
    QVERIFY(fixture.post(kMkdirs, QJsonObject{{"path"_L1, u"/Shared/empty"_s}}).status == 200);
    const RawResponse response = fixture.get(kList, query({{u"path"_s, u"/Shared/empty"_s}}));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
    // The empty seed holds just "/", "/Users/<user>" and "/Shared".
    QCOMPARE(paths(fixture.get(kList, query({{u"path"_s, u"/"_s}}))),
             (QStringList{u"/Shared"_s, u"/Users"_s}));
}

void TestWorkspaceApi::listNonDirectoryReturnsTheObject()
{
    EmulatorFixture fixture(Seed::Demo);
    const QString path = kHome + "/Explore taxi data"_L1;
    const RawResponse response = fixture.get(kList, query({{u"path"_s, path}}));
    QCOMPARE(response.status, 200);
    QCOMPARE(objects(response).size(), 1);
    QCOMPARE(objects(response).first().toObject().value("path"_L1).toString(), path);
    QCOMPARE(objects(response).first().toObject().value("object_type"_L1).toString(),
             u"NOTEBOOK"_s);
}

void TestWorkspaceApi::listNotebooksModifiedAfter()
{
    EmulatorFixture fixture;
    EmulatorClock &clock = fixture.emulator().clock();
    clock.setFrozen(true);
    WorkspaceStore &store = fixture.emulator().workspace();
    QVERIFY(store.putNotebook(u"/Shared/old"_s, Notebook{}).ok());
    const qint64 cutoff = clock.now();
    clock.advance(1000);
    QVERIFY(store.putNotebook(u"/Shared/new"_s, Notebook{}).ok());
    QVERIFY(store.putFile(u"/Shared/file.txt"_s, "x").ok());
    const RawResponse response =
        fixture.get(kList, query({{u"path"_s, u"/Shared"_s},
                                  {u"notebooks_modified_after"_s, QString::number(cutoff)}}));
    QCOMPARE(paths(response), (QStringList{u"/Shared/file.txt"_s, u"/Shared/new"_s}));
}

void TestWorkspaceApi::workspacePrefixIsEchoed()
{
    EmulatorFixture fixture(Seed::Demo);
    RawResponse response = fixture.get(kList, query({{u"path"_s, u"/Workspace/Shared"_s}}));
    QCOMPARE(response.status, 200);
    QVERIFY(paths(response).contains(u"/Workspace/Shared/etl"_s));
    response = fixture.get(kStatus, query({{u"path"_s, u"/Workspace/Shared/etl/ingest"_s}}));
    QCOMPARE(response.json.value("path"_L1).toString(), u"/Workspace/Shared/etl/ingest"_s);
    response = fixture.get(kStatus, query({{u"path"_s, u"//Workspace/Shared/nope"_s}}));
    QCOMPARE(response.status, 404);
    QCOMPARE(response.body, errorBody("RESOURCE_DOES_NOT_EXIST",
                                      u"Path (//Workspace/Shared/nope) doesn't exist."_s));
    // Writes through the prefix land at the same place.
    QCOMPARE(
        fixture.post(kMkdirs, QJsonObject{{"path"_L1, u"/Workspace/Shared/via-prefix"_s}}).status,
        200);
    QVERIFY(fixture.emulator().workspace().find(u"/Shared/via-prefix"_s));
}

void TestWorkspaceApi::getStatusFields()
{
    EmulatorFixture fixture(Seed::Demo);
    RawResponse response = fixture.get(kStatus, query({{u"path"_s, u"/Shared/etl/ingest"_s}}));
    QCOMPARE(response.status, 200);
    QJsonObject info = response.json;
    QCOMPARE(info.value("object_type"_L1).toString(), u"NOTEBOOK"_s);
    QCOMPARE(info.value("language"_L1).toString(), u"PYTHON"_s);
    QCOMPARE(info.value("path"_L1).toString(), u"/Shared/etl/ingest"_s);
    QCOMPARE(info.value("resource_id"_L1).toString(),
             QString::number(info.value("object_id"_L1).toInteger()));
    QVERIFY(info.value("created_at"_L1).toInteger() > 1'600'000'000'000LL);
    QVERIFY(info.value("modified_at"_L1).toInteger() >= info.value("created_at"_L1).toInteger());
    QVERIFY(!info.contains("size"_L1));
    QVERIFY(!info.contains("repos_export_format"_L1));

    response = fixture.get(kStatus, query({{u"path"_s, u"/Shared/etl/ingest"_s},
                                           {u"return_export_info"_s, u"true"_s}}));
    QCOMPARE(response.json.value("repos_export_format"_L1).toString(), u"SOURCE"_s);

    response = fixture.get(kStatus, query({{u"path"_s, u"/Shared/README.md"_s}}));
    QCOMPARE(response.json.value("object_type"_L1).toString(), u"FILE"_s);
    QCOMPARE(response.json.value("size"_L1).toInteger(),
             qint64(fixture.emulator().workspace().find(u"/Shared/README.md"_s)->content.size()));
    QVERIFY(!response.json.contains("language"_L1));

    const QStringList languages{u"PYTHON"_s, u"SCALA"_s, u"SQL"_s, u"R"_s};
    QSet<QString> seen;
    for (const WorkspaceObject *object : fixture.emulator().workspace().descendants(u"/"_s))
        if (object->type == ObjectType::Notebook)
            seen.insert(notebookLanguageName(object->notebook.language));
    QCOMPARE(seen.size(), 4); // the demo seed has notebooks in all four languages
}

void TestWorkspaceApi::largeObjectIdsSurvive()
{
    EmulatorFixture fixture;
    const RawResponse response = fixture.get(kStatus, query({{u"path"_s, u"/Shared"_s}}));
    const qint64 expected = fixture.emulator().workspace().find(u"/Shared"_s)->objectId;
    QVERIFY(expected > 1'000'000'000'000'000LL);
    QVERIFY(response.body.contains(QByteArray("\"object_id\":") + QByteArray::number(expected)));
    QCOMPARE(response.json.value("object_id"_L1).toInteger(), expected);
}

void TestWorkspaceApi::missingPathIs404_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("endpoint");
    QTest::newRow("list") << u"GET"_s << kList;
    QTest::newRow("get-status") << u"GET"_s << kStatus;
    QTest::newRow("export") << u"GET"_s << kExport;
    QTest::newRow("delete") << u"POST"_s << kDelete;
}

void TestWorkspaceApi::missingPathIs404()
{
    QFETCH(QString, method);
    QFETCH(QString, endpoint);
    EmulatorFixture fixture;
    const QString path = u"/Users/x/hello.txt"_s;
    const RawResponse response = method == "GET"_L1
                                     ? fixture.get(endpoint, query({{u"path"_s, path}}))
                                     : fixture.post(endpoint, QJsonObject{{"path"_L1, path}});
    QCOMPARE(response.status, 404);
    QCOMPARE(response.body,
             errorBody("RESOURCE_DOES_NOT_EXIST", u"Path (/Users/x/hello.txt) doesn't exist."_s));
}

void TestWorkspaceApi::missingOrRelativePathParameter()
{
    EmulatorFixture fixture;
    RawResponse response = fixture.get(kList);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"INVALID_PARAMETER_VALUE"_s);
    response = fixture.get(kStatus, query({{u"path"_s, u"Users/relative"_s}}));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"INVALID_PARAMETER_VALUE"_s);
    response = fixture.post(kMkdirs, QJsonObject{});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"INVALID_PARAMETER_VALUE"_s);
}

void TestWorkspaceApi::malformedJsonBody()
{
    EmulatorFixture fixture;
    const RawResponse response = fixture.postRaw(kMkdirs, "{not json", "application/json");
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"MALFORMED_REQUEST"_s);
}

void TestWorkspaceApi::mkdirsCreatesParentsAndIsIdempotent()
{
    EmulatorFixture fixture;
    RawResponse response = fixture.post(kMkdirs, QJsonObject{{"path"_L1, u"/Shared/a/b/c"_s}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
    for (const auto &path : {u"/Shared/a"_s, u"/Shared/a/b"_s, u"/Shared/a/b/c"_s})
        QCOMPARE(fixture.emulator().workspace().find(path)->type, ObjectType::Directory);
    const qint64 id = fixture.emulator().workspace().find(u"/Shared/a/b/c"_s)->objectId;
    response = fixture.post(kMkdirs, QJsonObject{{"path"_L1, u"/Shared/a/b/c"_s}});
    QCOMPARE(response.status, 200);
    QCOMPARE(fixture.emulator().workspace().find(u"/Shared/a/b/c"_s)->objectId, id);
}

void TestWorkspaceApi::mkdirsPrefixIsFile()
{
    EmulatorFixture fixture;
    QVERIFY(fixture.emulator().workspace().putFile(u"/Shared/usecase_name"_s, "x").ok());
    RawResponse response =
        fixture.post(kMkdirs, QJsonObject{{"path"_L1, u"/Shared/usecase_name/sub"_s}});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.body, errorBody("RESOURCE_ALREADY_EXISTS",
                                      u"usecase_name already exists and it is not a folder"_s));
    response = fixture.post(kMkdirs, QJsonObject{{"path"_L1, u"/Shared/usecase_name"_s}});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"RESOURCE_ALREADY_EXISTS"_s);
    QVERIFY(!fixture.emulator().workspace().find(u"/Shared/usecase_name/sub"_s));
}

void TestWorkspaceApi::deleteObjects()
{
    EmulatorFixture fixture(Seed::Demo);
    RawResponse response = fixture.post(kDelete, QJsonObject{{"path"_L1, u"/Shared/README.md"_s}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
    QVERIFY(!fixture.emulator().workspace().find(u"/Shared/README.md"_s));
    // A second delete is a not-found.
    QCOMPARE(fixture.post(kDelete, QJsonObject{{"path"_L1, u"/Shared/README.md"_s}}).status, 404);
    // An empty folder goes without recursive.
    QCOMPARE(fixture.post(kMkdirs, QJsonObject{{"path"_L1, u"/Shared/empty"_s}}).status, 200);
    QCOMPARE(fixture.post(kDelete, QJsonObject{{"path"_L1, u"/Shared/empty"_s}}).status, 200);
}

void TestWorkspaceApi::deleteNonEmptyDirectory()
{
    EmulatorFixture fixture(Seed::Demo);
    RawResponse response =
        fixture.post(kDelete, QJsonObject{{"path"_L1, u"/Shared/etl"_s}, {"recursive"_L1, false}});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"DIRECTORY_NOT_EMPTY"_s);
    QVERIFY(response.json.value("message"_L1).toString().contains("/Shared/etl"_L1));
    QVERIFY(fixture.emulator().workspace().find(u"/Shared/etl/ingest"_s));
    response =
        fixture.post(kDelete, QJsonObject{{"path"_L1, u"/Shared/etl"_s}, {"recursive"_L1, true}});
    QCOMPARE(response.status, 200);
    QVERIFY(!fixture.emulator().workspace().find(u"/Shared/etl"_s));
    QVERIFY(!fixture.emulator().workspace().find(u"/Shared/etl/ingest"_s));
    QVERIFY(fixture.emulator().workspace().find(u"/Shared"_s));
}

void TestWorkspaceApi::exportSource_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fileType");
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("python") << u"/Shared/etl/ingest"_s << u"py"_s
                            << QByteArray("# Databricks notebook source\n");
    QTest::newRow("scala") << kHome + "/Sessionize clicks"_L1 << u"scala"_s
                           << QByteArray("// Databricks notebook source\n");
    QTest::newRow("sql") << u"/Users/ana.lopez@brickdesk.dev/reports/Daily revenue"_s << u"sql"_s
                         << QByteArray("-- Databricks notebook source\n");
    QTest::newRow("r") << u"/Users/ana.lopez@brickdesk.dev/Churn model"_s << u"r"_s
                       << QByteArray("# Databricks notebook source\n");
}

void TestWorkspaceApi::exportSource()
{
    QFETCH(QString, path);
    QFETCH(QString, fileType);
    QFETCH(QByteArray, header);
    EmulatorFixture fixture(Seed::Demo);
    // SOURCE is the default format.
    const RawResponse response = fixture.get(kExport, query({{u"path"_s, path}}));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value("file_type"_L1).toString(), fileType);
    const QByteArray content =
        QByteArray::fromBase64(response.json.value("content"_L1).toString().toLatin1());
    QVERIFY(content.startsWith(header));
    QVERIFY(content.contains("MAGIC %md"));
    QVERIFY(content.contains("COMMAND ----------"));
    QVERIFY(content.contains("DBTITLE 1,"));
    const WorkspaceObject *object = fixture.emulator().workspace().find(path);
    QVERIFY(NotebookSourceCodec::parse(QString::fromUtf8(content), object->notebook.language) ==
            object->notebook);
}

void TestWorkspaceApi::exportDirectDownload()
{
    EmulatorFixture fixture(Seed::Demo);
    const RawResponse response = fixture.get(
        kExport, query({{u"path"_s, u"/Shared/etl/ingest"_s}, {u"direct_download"_s, u"true"_s}}));
    QCOMPARE(response.status, 200);
    QVERIFY(response.body.startsWith("# Databricks notebook source\n"));
    QVERIFY(response.header("Content-Disposition").contains("ingest.py"));
}

void TestWorkspaceApi::exportHtml()
{
    EmulatorFixture fixture(Seed::Demo);
    const RawResponse response = fixture.get(
        kExport, query({{u"path"_s, u"/Shared/etl/ingest"_s}, {u"format"_s, u"HTML"_s}}));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value("file_type"_L1).toString(), u"html"_s);
    const QByteArray html =
        QByteArray::fromBase64(response.json.value("content"_L1).toString().toLatin1());
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(html.contains("Ingest raw orders"));
}

void TestWorkspaceApi::exportJupyter()
{
    EmulatorFixture fixture(Seed::Demo);
    const RawResponse response = fixture.get(
        kExport, query({{u"path"_s, u"/Shared/etl/ingest"_s}, {u"format"_s, u"JUPYTER"_s}}));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value("file_type"_L1).toString(), u"ipynb"_s);
    const QByteArray ipynb =
        QByteArray::fromBase64(response.json.value("content"_L1).toString().toLatin1());
    const QJsonObject root = QJsonDocument::fromJson(ipynb).object();
    QCOMPARE(root.value("nbformat"_L1).toInt(), 4);
    const QJsonArray cells = root.value("cells"_L1).toArray();
    const Notebook &stored = fixture.emulator().workspace().find(u"/Shared/etl/ingest"_s)->notebook;
    QCOMPARE(cells.size(), stored.cells.size());
    QCOMPARE(cells.first().toObject().value("cell_type"_L1).toString(), u"markdown"_s);
    QCOMPARE(cells.at(1).toObject().value("cell_type"_L1).toString(), u"code"_s);
    QVERIFY(*JupyterCodec::fromIpynb(ipynb) == stored);
}

void TestWorkspaceApi::exportRMarkdown()
{
    EmulatorFixture fixture(Seed::Demo);
    RawResponse response =
        fixture.get(kExport, query({{u"path"_s, u"/Users/ana.lopez@brickdesk.dev/Churn model"_s},
                                    {u"format"_s, u"R_MARKDOWN"_s}}));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value("file_type"_L1).toString(), u"Rmd"_s);
    QVERIFY(QByteArray::fromBase64(response.json.value("content"_L1).toString().toLatin1())
                .contains("```{r}"));
    response = fixture.get(
        kExport, query({{u"path"_s, u"/Shared/etl/ingest"_s}, {u"format"_s, u"R_MARKDOWN"_s}}));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"INVALID_PARAMETER_VALUE"_s);
}

void TestWorkspaceApi::exportFile()
{
    EmulatorFixture fixture(Seed::Demo);
    RawResponse response = fixture.get(
        kExport, query({{u"path"_s, u"/Shared/README.md"_s}, {u"format"_s, u"AUTO"_s}}));
    QCOMPARE(response.status, 200);
    QCOMPARE(QByteArray::fromBase64(response.json.value("content"_L1).toString().toLatin1()),
             fixture.emulator().workspace().find(u"/Shared/README.md"_s)->content);
    QCOMPARE(response.json.value("file_type"_L1).toString(), u"md"_s);
    response = fixture.get(
        kExport, query({{u"path"_s, u"/Shared/README.md"_s}, {u"format"_s, u"JUPYTER"_s}}));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"INVALID_PARAMETER_VALUE"_s);
}

void TestWorkspaceApi::exportInvalidFormat()
{
    EmulatorFixture fixture(Seed::Demo);
    for (const auto &format : {u"source"_s, u"PDF"_s}) { // formats are case-sensitive
        const RawResponse response = fixture.get(
            kExport, query({{u"path"_s, u"/Shared/etl/ingest"_s}, {u"format"_s, format}}));
        QCOMPARE(response.status, 400);
        QCOMPARE(response.json.value("error_code"_L1).toString(), u"INVALID_PARAMETER_VALUE"_s);
    }
    const RawResponse response =
        fixture.get(kExport, query({{u"path"_s, u"/Shared/etl"_s}, {u"format"_s, u"HTML"_s}}));
    QCOMPARE(response.status, 400);
}

void TestWorkspaceApi::exportDirectoryAsDbcAndImportBack()
{
    EmulatorFixture fixture(Seed::Demo);
    const QString source = u"/Users/ana.lopez@brickdesk.dev"_s;
    for (const auto &format : {u"DBC"_s, u"SOURCE"_s}) { // a folder exports as DBC either way
        const RawResponse exported =
            fixture.get(kExport, query({{u"path"_s, source}, {u"format"_s, format}}));
        QCOMPARE(exported.status, 200);
        QCOMPARE(exported.json.value("file_type"_L1).toString(), u"dbc"_s);
    }
    const RawResponse exported =
        fixture.get(kExport, query({{u"path"_s, source}, {u"format"_s, u"DBC"_s}}));
    const QByteArray dbc =
        QByteArray::fromBase64(exported.json.value("content"_L1).toString().toLatin1());
    const auto archive = DbcArchive::read(dbc);
    QVERIFY(archive.has_value());
    QCOMPARE(archive->size(), 2);

    const RawResponse imported =
        fixture.post(kImport, importBody(u"/Shared/restored"_s, dbc, u"DBC"_s));
    QCOMPARE(imported.status, 200);
    WorkspaceStore &store = fixture.emulator().workspace();
    QCOMPARE(store.find(u"/Shared/restored"_s)->type, ObjectType::Directory);
    for (const auto &relative : {u"/reports/Daily revenue"_s, u"/Churn model"_s}) {
        const WorkspaceObject *original = store.find(source + relative);
        const WorkspaceObject *copy = store.find("/Shared/restored"_L1 + relative);
        QVERIFY2(copy, qPrintable(relative));
        QVERIFY(copy->notebook == original->notebook);
    }
    // Importing the same folder again: it exists.
    const RawResponse again =
        fixture.post(kImport, importBody(u"/Shared/restored"_s, dbc, u"DBC"_s));
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json.value("error_code"_L1).toString(), u"RESOURCE_ALREADY_EXISTS"_s);

    // A single notebook exported as DBC imports as a notebook.
    const RawResponse one = fixture.get(
        kExport, query({{u"path"_s, u"/Shared/etl/ingest"_s}, {u"format"_s, u"DBC"_s}}));
    const QByteArray oneDbc =
        QByteArray::fromBase64(one.json.value("content"_L1).toString().toLatin1());
    QCOMPARE(fixture.post(kImport, importBody(u"/Shared/ingest-copy"_s, oneDbc, u"DBC"_s)).status,
             200);
    QCOMPARE(store.find(u"/Shared/ingest-copy"_s)->type, ObjectType::Notebook);
    QVERIFY(store.find(u"/Shared/ingest-copy"_s)->notebook ==
            store.find(u"/Shared/etl/ingest"_s)->notebook);
}

void TestWorkspaceApi::exportSizeLimit()
{
    EmulatorFixture fixture;
    QVERIFY(fixture.emulator()
                .workspace()
                .putFile(u"/Shared/big.bin"_s, QByteArray(WorkspaceApi::kMaxContentBytes + 1, 'x'))
                .ok());
    const RawResponse response = fixture.get(kExport, query({{u"path"_s, u"/Shared/big.bin"_s}}));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.body, errorBody("MAX_NOTEBOOK_SIZE_EXCEEDED",
                                      u"Notebook size exceeds maximum allowed size"_s));
    QVERIFY(fixture.emulator()
                .workspace()
                .putFile(u"/Shared/ok.bin"_s, QByteArray(WorkspaceApi::kMaxContentBytes, 'x'))
                .ok());
    QCOMPARE(fixture
                 .get(kExport,
                      query({{u"path"_s, u"/Shared/ok.bin"_s}, {u"direct_download"_s, u"true"_s}}))
                 .body.size(),
             WorkspaceApi::kMaxContentBytes);
}

void TestWorkspaceApi::importSourceJson()
{
    EmulatorFixture fixture;
    const QString path = kHome + "/Imported"_L1;
    const RawResponse response =
        fixture.post(kImport, importBody(path, kPySource, u"SOURCE"_s, u"PYTHON"_s));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
    const WorkspaceObject *object = fixture.emulator().workspace().find(path);
    QVERIFY(object);
    QCOMPARE(object->type, ObjectType::Notebook);
    QCOMPARE(object->notebook.cells.size(), 2);
    QCOMPARE(object->notebook.cells[0].source, u"%md\n# Title\n\ntext"_s);
    QCOMPARE(object->notebook.cells[1].title, u"Compute"_s);
    // And it exports back byte for byte.
    const RawResponse exported =
        fixture.get(kExport, query({{u"path"_s, path}, {u"direct_download"_s, u"true"_s}}));
    QCOMPARE(exported.body, QByteArray(kPySource));

    // The other languages.
    for (const auto &language : {u"SCALA"_s, u"SQL"_s, u"R"_s}) {
        const QString target = kHome + u'/' + language;
        QCOMPARE(fixture.post(kImport, importBody(target, "x", u"SOURCE"_s, language)).status, 200);
        QCOMPARE(
            notebookLanguageName(fixture.emulator().workspace().find(target)->notebook.language),
            language);
    }
    const RawResponse badLanguage =
        fixture.post(kImport, importBody(kHome + "/bad"_L1, "x", u"SOURCE"_s, u"COBOL"_s));
    QCOMPARE(badLanguage.status, 400);
    QCOMPARE(badLanguage.json.value("error_code"_L1).toString(), u"INVALID_PARAMETER_VALUE"_s);
}

void TestWorkspaceApi::importSourceNeedsLanguage()
{
    EmulatorFixture fixture;
    const RawResponse response =
        fixture.post(kImport, importBody(kHome + "/nb"_L1, kPySource, u"SOURCE"_s));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"INVALID_PARAMETER_VALUE"_s);
    QVERIFY(!fixture.emulator().workspace().find(kHome + "/nb"_L1));
}

void TestWorkspaceApi::importParentMissing()
{
    EmulatorFixture fixture;
    RawResponse response =
        fixture.post(kImport, importBody(u"/foo/nb"_s, kPySource, u"SOURCE"_s, u"PYTHON"_s));
    QCOMPARE(response.status, 404);
    QCOMPARE(response.body,
             errorBody("RESOURCE_DOES_NOT_EXIST", u"The parent folder (/foo) does not exist."_s));
    response = fixture.post(
        kImport, importBody(u"/Workspace/foo/nb"_s, kPySource, u"SOURCE"_s, u"PYTHON"_s));
    QCOMPARE(response.json.value("message"_L1).toString(),
             u"The parent folder (/Workspace/foo) does not exist."_s);
    response =
        fixture.postRaw(kImportFile + "/foo/file.txt"_L1, "data", "application/octet-stream");
    QCOMPARE(response.status, 404);
    QCOMPARE(response.body,
             errorBody("RESOURCE_DOES_NOT_EXIST", u"The parent folder (/foo) does not exist."_s));
}

void TestWorkspaceApi::importExistingWithoutOverwrite()
{
    EmulatorFixture fixture(Seed::Demo);
    RawResponse response = fixture.post(
        kImport, importBody(u"/Shared/etl/ingest"_s, kPySource, u"SOURCE"_s, u"PYTHON"_s));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.body,
             errorBody("RESOURCE_ALREADY_EXISTS", u"Path (/Shared/etl/ingest) already exists."_s));
    // A folder is never overwritten by an import.
    response = fixture.post(
        kImport, importBody(u"/Shared/etl"_s, kPySource, u"SOURCE"_s, u"PYTHON"_s, true));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"RESOURCE_ALREADY_EXISTS"_s);
}

void TestWorkspaceApi::importOverwriteKeepsId()
{
    EmulatorFixture fixture(Seed::Demo);
    WorkspaceStore &store = fixture.emulator().workspace();
    const qint64 id = store.find(u"/Shared/etl/ingest"_s)->objectId;
    const RawResponse response =
        fixture.post(kImport, importBody(u"/Shared/etl/ingest"_s, "print('v2')", u"SOURCE"_s,
                                         u"PYTHON"_s, true));
    QCOMPARE(response.status, 200);
    QCOMPARE(store.find(u"/Shared/etl/ingest"_s)->objectId, id);
    QCOMPARE(store.find(u"/Shared/etl/ingest"_s)->notebook.cells.first().source, u"print('v2')"_s);
}

void TestWorkspaceApi::importMultipartAuto()
{
    EmulatorFixture fixture;
    // A .py file with the notebook header becomes a notebook without the extension ...
    Multipart form = multipart(
        {{"path", (kHome + "/job.py"_L1).toUtf8()}, {"format", "AUTO"}, {"overwrite", "true"}},
        "job.py", kPySource);
    RawResponse response = fixture.postRaw(kImport, form.body, form.contentType);
    QCOMPARE(response.status, 200);
    const WorkspaceObject *notebook = fixture.emulator().workspace().find(kHome + "/job"_L1);
    QVERIFY(notebook);
    QCOMPARE(notebook->type, ObjectType::Notebook);
    QCOMPARE(notebook->notebook.language, NotebookLanguage::Python);
    QVERIFY(!fixture.emulator().workspace().find(kHome + "/job.py"_L1));

    // ... any other file stays a FILE with its full name.
    const QByteArray binary("\x00\x01\x02\xff plain bytes\r\n", 18);
    form = multipart({{"path", (kHome + "/lib.py"_L1).toUtf8()}, {"format", "AUTO"}}, "lib.py",
                     binary);
    response = fixture.postRaw(kImport, form.body, form.contentType);
    QCOMPARE(response.status, 200);
    const WorkspaceObject *file = fixture.emulator().workspace().find(kHome + "/lib.py"_L1);
    QVERIFY(file);
    QCOMPARE(file->type, ObjectType::File);
    QCOMPARE(file->content, binary);

    // Without overwrite the second upload is refused.
    response = fixture.postRaw(kImport, form.body, form.contentType);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"RESOURCE_ALREADY_EXISTS"_s);
}

void TestWorkspaceApi::importMultipartSource()
{
    EmulatorFixture fixture;
    const Multipart form = multipart(
        {{"path", (kHome + "/report"_L1).toUtf8()}, {"format", "SOURCE"}, {"language", "SQL"}},
        "report.sql",
        "-- Databricks notebook source\nSELECT 1\n\n-- COMMAND ----------\n\nSELECT 2\n");
    const RawResponse response = fixture.postRaw(kImport, form.body, form.contentType);
    QCOMPARE(response.status, 200);
    const WorkspaceObject *object = fixture.emulator().workspace().find(kHome + "/report"_L1);
    QVERIFY(object);
    QCOMPARE(object->notebook.language, NotebookLanguage::Sql);
    QCOMPARE(object->notebook.cells.size(), 2);
}

void TestWorkspaceApi::importAutoJsonDetectsNotebookOrFile()
{
    EmulatorFixture fixture;
    QCOMPARE(fixture
                 .post(kImport, importBody(kHome + "/s.scala"_L1,
                                           "// Databricks notebook source\nval x = 1\n", u"AUTO"_s))
                 .status,
             200);
    QCOMPARE(fixture.emulator().workspace().find(kHome + "/s"_L1)->notebook.language,
             NotebookLanguage::Scala);
    QCOMPARE(fixture
                 .post(kImport, importBody(kHome + "/model.r"_L1,
                                           "# Databricks notebook source\nx <- 1\n", u"AUTO"_s))
                 .status,
             200);
    QCOMPARE(fixture.emulator().workspace().find(kHome + "/model"_L1)->notebook.language,
             NotebookLanguage::R);
    // Header of another language: just a file.
    QCOMPARE(fixture
                 .post(kImport, importBody(kHome + "/odd.sql"_L1, "# Databricks notebook source\n",
                                           u"AUTO"_s))
                 .status,
             200);
    QCOMPARE(fixture.emulator().workspace().find(kHome + "/odd.sql"_L1)->type, ObjectType::File);
    // A Jupyter notebook by extension.
    Notebook notebook;
    notebook.cells = {{u"print(1)"_s, {}, true}};
    QCOMPARE(fixture
                 .post(kImport, importBody(kHome + "/nb.ipynb"_L1,
                                           JupyterCodec::toIpynb(notebook, u"nb"_s), u"AUTO"_s))
                 .status,
             200);
    QCOMPARE(fixture.emulator().workspace().find(kHome + "/nb"_L1)->type, ObjectType::Notebook);
}

void TestWorkspaceApi::importJupyter()
{
    EmulatorFixture fixture;
    Notebook notebook;
    notebook.cells = {{u"%md\n# Hi"_s, u"Intro"_s, true}, {u"x = 2"_s, {}, true}};
    RawResponse response =
        fixture.post(kImport, importBody(kHome + "/From jupyter"_L1,
                                         JupyterCodec::toIpynb(notebook, u"n"_s), u"JUPYTER"_s));
    QCOMPARE(response.status, 200);
    QVERIFY(fixture.emulator().workspace().find(kHome + "/From jupyter"_L1)->notebook == notebook);
    response =
        fixture.post(kImport, importBody(kHome + "/broken"_L1, "{\"nbformat\": 4", u"JUPYTER"_s));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"INVALID_PARAMETER_VALUE"_s);
}

void TestWorkspaceApi::importHtmlRoundTrip()
{
    EmulatorFixture fixture(Seed::Demo);
    const RawResponse exported = fixture.get(
        kExport, query({{u"path"_s, u"/Users/ana.lopez@brickdesk.dev/reports/Daily revenue"_s},
                        {u"format"_s, u"HTML"_s},
                        {u"direct_download"_s, u"true"_s}}));
    QCOMPARE(exported.status, 200);
    QCOMPARE(
        fixture.post(kImport, importBody(u"/Shared/revenue"_s, exported.body, u"HTML"_s)).status,
        200);
    WorkspaceStore &store = fixture.emulator().workspace();
    QVERIFY(store.find(u"/Shared/revenue"_s)->notebook ==
            store.find(u"/Users/ana.lopez@brickdesk.dev/reports/Daily revenue"_s)->notebook);
}

void TestWorkspaceApi::importDbcRejectsOverwrite()
{
    EmulatorFixture fixture;
    const QByteArray dbc = DbcArchive::write({{u"nb"_s, Notebook{}}});
    const RawResponse response =
        fixture.post(kImport, importBody(u"/Shared/nb"_s, dbc, u"DBC"_s, {}, true));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"INVALID_PARAMETER_VALUE"_s);
}

void TestWorkspaceApi::importInvalidContent()
{
    EmulatorFixture fixture;
    // Not base64.
    RawResponse response = fixture.post(kImport, QJsonObject{{"path"_L1, u"/Shared/x"_s},
                                                             {"format"_L1, u"AUTO"_s},
                                                             {"content"_L1, u"***"_s}});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"INVALID_PARAMETER_VALUE"_s);
    // Not a DBC archive.
    response = fixture.post(kImport, importBody(u"/Shared/x"_s, "plain text", u"DBC"_s));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"INVALID_PARAMETER_VALUE"_s);
    // Unknown format.
    response = fixture.post(kImport, importBody(u"/Shared/x"_s, "x", u"PDF"_s));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"INVALID_PARAMETER_VALUE"_s);
}

void TestWorkspaceApi::importSizeLimit()
{
    EmulatorFixture fixture;
    // Base64 of 8 MB is over 10 MB of content text.
    const QByteArray big(8 * 1024 * 1024, 'a');
    const RawResponse response =
        fixture.post(kImport, importBody(u"/Shared/big"_s, big, u"SOURCE"_s, u"PYTHON"_s));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"MAX_NOTEBOOK_SIZE_EXCEEDED"_s);
    QVERIFY(!fixture.emulator().workspace().find(u"/Shared/big"_s));
    // Just under the limit passes.
    const QByteArray fits(7 * 1024 * 1024, 'a');
    QCOMPARE(fixture.post(kImport, importBody(u"/Shared/fits"_s, fits, u"AUTO"_s)).status, 200);
    QCOMPARE(fixture.emulator().workspace().find(u"/Shared/fits"_s)->content.size(), fits.size());
}

void TestWorkspaceApi::importFileEndpoint()
{
    EmulatorFixture fixture;
    const QString path = kHome + "/data/rows.csv"_L1;
    QCOMPARE(fixture.post(kMkdirs, QJsonObject{{"path"_L1, kHome + "/data"_L1}}).status, 200);
    RawResponse response =
        fixture.postRaw(kImportFile + path, "a,b\n1,2\n", "application/octet-stream",
                        query({{u"overwrite"_s, u"false"_s}}));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
    QCOMPARE(fixture.emulator().workspace().find(path)->content, QByteArray("a,b\n1,2\n"));

    response = fixture.postRaw(kImportFile + path, "new", "application/octet-stream",
                               query({{u"overwrite"_s, u"false"_s}}));
    QCOMPARE(response.status, 409);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"ALREADY_EXISTS"_s);
    QCOMPARE(response.json.value("message"_L1).toString(),
             u"File already exists at (%1)."_s.arg(path));

    response = fixture.postRaw(kImportFile + path, "new", "application/octet-stream",
                               query({{u"overwrite"_s, u"true"_s}}));
    QCOMPARE(response.status, 200);
    QCOMPARE(fixture.emulator().workspace().find(path)->content, QByteArray("new"));

    // Percent-encoded names with spaces.
    QUrl url = fixture.url(kImportFile + kHome + "/data/with space.txt"_L1);
    response = brickdesk::test::rawRequest("POST", url, "x", EmulatorFixture::auth());
    QCOMPARE(response.status, 200);
    QVERIFY(fixture.emulator().workspace().find(kHome + "/data/with space.txt"_L1));
}

void TestWorkspaceApi::noWritePermissionIs403()
{
    EmulatorFixture fixture(Seed::Demo);
    const QString locked = u"/Users/ana.lopez@brickdesk.dev"_s;
    fixture.emulator().workspace().setReadOnly(locked);
    const auto expectDenied = [](const RawResponse &response) {
        QCOMPARE(response.status, 403);
        QCOMPARE(response.json.value("error_code"_L1).toString(), u"PERMISSION_DENIED"_s);
    };
    expectDenied(
        fixture.post(kImport, importBody(locked + "/nb"_L1, kPySource, u"SOURCE"_s, u"PYTHON"_s)));
    expectDenied(fixture.post(kMkdirs, QJsonObject{{"path"_L1, locked + "/new/dir"_L1}}));
    expectDenied(fixture.post(kDelete, QJsonObject{{"path"_L1, locked + "/Churn model"_L1}}));
    expectDenied(
        fixture.postRaw(kImportFile + locked + "/f.txt"_L1, "x", "application/octet-stream"));
    // Reading stays allowed, and an existing folder is still "created" idempotently.
    QCOMPARE(fixture.get(kList, query({{u"path"_s, locked}})).status, 200);
    QCOMPARE(fixture.post(kMkdirs, QJsonObject{{"path"_L1, locked + "/reports"_L1}}).status, 200);
    QVERIFY(fixture.emulator().workspace().find(locked + "/Churn model"_L1));
}

void TestWorkspaceApi::multipartSizeLimit()
{
    EmulatorFixture fixture;
    const Multipart form =
        multipart({{"path", "/Shared/huge"}, {"format", "SOURCE"}, {"language", "PYTHON"}},
                  "huge.py", QByteArray(WorkspaceApi::kMaxContentBytes + 1, '#'));
    const RawResponse response = fixture.postRaw(kImport, form.body, form.contentType);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value("error_code"_L1).toString(), u"MAX_NOTEBOOK_SIZE_EXCEEDED"_s);
    QVERIFY(!fixture.emulator().workspace().find(u"/Shared/huge"_s));
}

QTEST_GUILESS_MAIN(TestWorkspaceApi)
#include "tst_workspaceapi.moc"
