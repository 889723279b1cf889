#include "core/emulator/workspaceapi.h"

#include "core/emulator/apierrors.h"
#include "core/emulator/demoseed.h"
#include "core/emulator/multipartform.h"
#include "core/emulator/router.h"
#include "core/emulator/workspacestore.h"
#include "core/notebook/dbcarchive.h"
#include "core/notebook/jupytercodec.h"
#include "core/notebook/notebookhtmlexporter.h"
#include "core/notebook/notebookrmarkdownexporter.h"
#include "core/notebook/notebooksourcecodec.h"
#include "core/notebook/ziparchive.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>
#include <variant>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

using Status = WorkspaceResult::Status;

constexpr auto kImportFilePrefix = "/api/2.0/workspace-files/import-file/"_L1;
const QStringList kFormats{u"SOURCE"_s,     u"HTML"_s, u"JUPYTER"_s, u"DBC"_s,
                           u"R_MARKDOWN"_s, u"AUTO"_s, u"RAW"_s};

// A path as the caller sent it. The service echoes paths in the caller's
// form, "/Workspace" prefix included, so every shown path goes through here.
struct SentPath
{
    QString canonical;
    QString prefix; // "", "/Workspace" or "//Workspace"

    QString show(const QString &canonicalPath) const
    {
        if (prefix.isEmpty())
            return canonicalPath;
        return canonicalPath == "/"_L1 ? prefix : prefix + canonicalPath;
    }
};

std::optional<SentPath> resolve(const QString &sent)
{
    const auto canonical = WorkspaceStore::canonicalPath(sent);
    if (!canonical)
        return std::nullopt;
    SentPath path{*canonical, {}};
    for (const auto prefix : {"//Workspace"_L1, "/Workspace"_L1}) {
        if (sent == prefix || sent.startsWith(prefix + u'/')) {
            path.prefix = prefix;
            break;
        }
    }
    return path;
}

HttpResponse pathDoesNotExist(const QString &shown)
{
    return notFound(u"Path (%1) doesn't exist."_s.arg(shown));
}

HttpResponse tooLarge()
{
    return apiError(400, u"MAX_NOTEBOOK_SIZE_EXCEEDED"_s,
                    u"Notebook size exceeds maximum allowed size"_s);
}

// Validates the `path` parameter: present and absolute.
std::variant<SentPath, HttpResponse> requirePath(const QString &raw, bool present)
{
    if (!present || raw.isEmpty())
        return invalidParameter(u"Missing required field: path"_s);
    const auto path = resolve(raw);
    if (!path)
        return invalidParameter(u"Path (%1) is not absolute."_s.arg(raw));
    return *path;
}

// The existing object a GET names in its `path` query, or the error the
// service answers with when the path is missing, relative or unknown.
struct Located
{
    SentPath sent;
    const WorkspaceObject *object;
};

std::variant<Located, HttpResponse> locate(const WorkspaceStore &store, const HttpRequest &request)
{
    const auto path = requirePath(request.queryValue(u"path"_s), request.hasQuery(u"path"_s));
    if (const auto *failure = std::get_if<HttpResponse>(&path))
        return *failure;
    const SentPath &sent = std::get<SentPath>(path);
    const WorkspaceObject *object = store.find(sent.canonical);
    if (!object)
        return pathDoesNotExist(sent.show(sent.canonical));
    return Located{sent, object};
}

// Failures of store mutations, worded as the real service words them.
HttpResponse storeFailure(const WorkspaceResult &result, const SentPath &path)
{
    const QString shown = path.show(result.path);
    switch (result.status) {
    case Status::NotFound:
        return pathDoesNotExist(shown);
    case Status::ParentMissing:
        return notFound(u"The parent folder (%1) does not exist."_s.arg(shown));
    case Status::AlreadyExists:
        return resourceAlreadyExists(u"Path (%1) already exists."_s.arg(shown));
    case Status::NotADirectory:
        return resourceAlreadyExists(
            u"%1 already exists and it is not a folder"_s.arg(result.path.section(u'/', -1)));
    case Status::DirectoryNotEmpty:
        return apiError(400, u"DIRECTORY_NOT_EMPTY"_s, u"Folder (%1) is not empty."_s.arg(shown));
    case Status::Protected:
        return apiError(400, u"DIRECTORY_PROTECTED"_s, u"Folder (%1) is protected."_s.arg(shown));
    case Status::PermissionDenied:
        return permissionDenied(u"You do not have permission to modify %1."_s.arg(shown));
    case Status::Ok:
        break;
    }
    return HttpResponse::json({});
}

bool isTrue(const QJsonValue &value)
{
    return value.isBool() ? value.toBool()
                          : value.toString().compare("true"_L1, Qt::CaseInsensitive) == 0;
}

// One exported artifact: bytes plus the extension reported as file_type.
struct Exported
{
    QByteArray data;
    QString fileType;
};

QList<DbcNotebook> dbcEntries(const WorkspaceStore &store, const WorkspaceObject &root)
{
    QList<DbcNotebook> entries;
    if (root.type == ObjectType::Notebook) {
        entries.append({root.name(), root.notebook});
        return entries;
    }
    // Entries are relative to the exported folder's parent, so the archive
    // carries the folder's own name as its top-level directory.
    const QString base = root.path == "/"_L1 ? root.path : WorkspaceStore::parentPath(root.path);
    const qsizetype strip = base == "/"_L1 ? 1 : base.size() + 1;
    for (const WorkspaceObject *object : store.descendants(root.path))
        if (object->type == ObjectType::Notebook)
            entries.append({object->path.mid(strip), object->notebook});
    return entries;
}

std::variant<Exported, HttpResponse>
exportData(const WorkspaceStore &store, const WorkspaceObject &object, const QString &format)
{
    const auto unsupported = [&] {
        return invalidParameter(u"Export format %1 is not supported for %2 objects."_s.arg(
            format, objectTypeName(object.type)));
    };
    switch (object.type) {
    case ObjectType::Notebook: {
        const Notebook &notebook = object.notebook;
        if (format == "SOURCE"_L1 || format == "AUTO"_L1 || format == "RAW"_L1)
            return Exported{NotebookSourceCodec::serialize(notebook).toUtf8(),
                            notebookSourceExtension(notebook.language)};
        if (format == "HTML"_L1)
            return Exported{NotebookHtmlExporter::toHtml(notebook, object.name()), u"html"_s};
        if (format == "JUPYTER"_L1)
            return Exported{JupyterCodec::toIpynb(notebook, object.name()), u"ipynb"_s};
        if (format == "DBC"_L1)
            return Exported{DbcArchive::write(dbcEntries(store, object)), u"dbc"_s};
        if (format == "R_MARKDOWN"_L1) {
            if (notebook.language != NotebookLanguage::R)
                return invalidParameter(u"R_MARKDOWN export is only supported for R notebooks."_s);
            return Exported{NotebookRMarkdownExporter::toRMarkdown(notebook, object.name()),
                            u"Rmd"_s};
        }
        return unsupported();
    }
    case ObjectType::File: {
        if (format != "SOURCE"_L1 && format != "AUTO"_L1 && format != "RAW"_L1)
            return unsupported();
        const QString name = object.name();
        const qsizetype dot = name.lastIndexOf(u'.');
        return Exported{object.content, dot > 0 ? name.mid(dot + 1) : QString()};
    }
    case ObjectType::Directory:
    case ObjectType::Repo:
        // Directories export as DBC even when SOURCE is asked for, as the CLI observed.
        if (format != "DBC"_L1 && format != "SOURCE"_L1 && format != "AUTO"_L1)
            return unsupported();
        return Exported{DbcArchive::write(dbcEntries(store, object)), u"dbc"_s};
    default:
        return unsupported();
    }
}

// The import parameters, from either a JSON body or a multipart form.
struct ImportParameters
{
    QString path;
    bool hasPath = false;
    QString format = u"SOURCE"_s;
    QString language;
    bool overwrite = false;
    QByteArray content;
    bool jsonContentTooLarge = false;
};

std::variant<ImportParameters, HttpResponse> importParameters(const HttpRequest &request)
{
    ImportParameters params;
    const QByteArray contentType = request.header("Content-Type");
    if (MultipartForm::isMultipart(contentType)) {
        const auto form = MultipartForm::parse(contentType, request.body);
        if (!form)
            return malformedRequest(u"Invalid multipart/form-data body."_s);
        params.hasPath = form->fields.contains(u"path"_s);
        params.path = QString::fromUtf8(form->fields.value(u"path"_s));
        if (form->fields.contains(u"format"_s))
            params.format = QString::fromUtf8(form->fields.value(u"format"_s)).trimmed();
        params.language = QString::fromUtf8(form->fields.value(u"language"_s)).trimmed();
        params.overwrite = isTrue(QString::fromUtf8(form->fields.value(u"overwrite"_s)).trimmed());
        params.content = form->fields.value(u"content"_s);
        return params;
    }
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    params.hasPath = body->contains("path"_L1);
    params.path = body->value("path"_L1).toString();
    if (body->contains("format"_L1))
        params.format = body->value("format"_L1).toString();
    params.language = body->value("language"_L1).toString();
    params.overwrite = isTrue(body->value("overwrite"_L1));
    const QString base64 = body->value("content"_L1).toString();
    if (base64.size() > WorkspaceApi::kMaxContentBytes) {
        params.jsonContentTooLarge = true;
        return params;
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return invalidParameter(u"The content is not valid base64."_s);
    params.content = decoded.decoded;
    return params;
}

// Strips the single top-level folder DBC exports of folders carry.
QList<DbcNotebook> stripCommonRoot(QList<DbcNotebook> entries, bool *stripped)
{
    *stripped = false;
    if (entries.isEmpty() ||
        !std::all_of(entries.cbegin(), entries.cend(),
                     [](const DbcNotebook &e) { return e.path.contains(u'/'); }))
        return entries;
    const QString root = entries.first().path.section(u'/', 0, 0);
    if (!std::all_of(entries.cbegin(), entries.cend(),
                     [&root](const DbcNotebook &e) { return e.path.section(u'/', 0, 0) == root; }))
        return entries;
    for (DbcNotebook &entry : entries)
        entry.path = entry.path.section(u'/', 1);
    *stripped = true;
    return entries;
}

} // namespace

WorkspaceApi::WorkspaceApi(WorkspaceStore &store)
    : m_store(store)
{}

void WorkspaceApi::registerRoutes(Router &router)
{
    router.route("GET", u"/api/2.0/workspace/list"_s,
                 [this](const HttpRequest &r) { return list(r); });
    router.route("GET", u"/api/2.0/workspace/get-status"_s,
                 [this](const HttpRequest &r) { return getStatus(r); });
    router.route("POST", u"/api/2.0/workspace/mkdirs"_s,
                 [this](const HttpRequest &r) { return mkdirs(r); });
    router.route("POST", u"/api/2.0/workspace/delete"_s,
                 [this](const HttpRequest &r) { return remove(r); });
    router.route("GET", u"/api/2.0/workspace/export"_s,
                 [this](const HttpRequest &r) { return exportObject(r); });
    router.route("POST", u"/api/2.0/workspace/import"_s,
                 [this](const HttpRequest &r) { return importObject(r); });
    router.routePrefix("POST", kImportFilePrefix,
                       [this](const HttpRequest &r) { return importFile(r); });
}

void WorkspaceApi::seed(const SeedContext &context)
{
    DemoSeed::seedWorkspace(m_store, context.userName, context.demo());
}

QJsonObject WorkspaceApi::objectInfo(const WorkspaceObject &object, const QString &shownPath)
{
    // proto3 style: zero, empty and false fields are left out.
    QJsonObject info{{"object_type"_L1, objectTypeName(object.type)}, {"path"_L1, shownPath}};
    if (object.type == ObjectType::Notebook)
        info.insert("language"_L1, notebookLanguageName(object.notebook.language));
    if (object.objectId != 0) {
        info.insert("object_id"_L1, QJsonValue(object.objectId));
        info.insert("resource_id"_L1, QString::number(object.objectId));
    }
    if (object.type != ObjectType::Directory) {
        info.insert("created_at"_L1, QJsonValue(object.createdAt));
        info.insert("modified_at"_L1, QJsonValue(object.modifiedAt));
    }
    if (object.type == ObjectType::File && !object.content.isEmpty())
        info.insert("size"_L1, QJsonValue(qint64(object.content.size())));
    return info;
}

HttpResponse WorkspaceApi::list(const HttpRequest &request) const
{
    const auto located = locate(m_store, request);
    if (const auto *failure = std::get_if<HttpResponse>(&located))
        return *failure;
    const auto &[sent, object] = std::get<Located>(located);

    QJsonArray objects;
    if (!object->isContainer()) {
        objects.append(objectInfo(*object, sent.show(object->path)));
    } else {
        const bool filter = request.hasQuery(u"notebooks_modified_after"_s);
        const qint64 after = request.queryValue(u"notebooks_modified_after"_s).toLongLong();
        for (const WorkspaceObject *child : m_store.children(sent.canonical)) {
            if (filter && child->type == ObjectType::Notebook && child->modifiedAt <= after)
                continue;
            objects.append(objectInfo(*child, sent.show(child->path)));
        }
    }
    QJsonObject body;
    if (!objects.isEmpty())
        body.insert("objects"_L1, objects);
    return HttpResponse::json(body);
}

HttpResponse WorkspaceApi::getStatus(const HttpRequest &request) const
{
    const auto located = locate(m_store, request);
    if (const auto *failure = std::get_if<HttpResponse>(&located))
        return *failure;
    const auto &[sent, object] = std::get<Located>(located);
    QJsonObject info = objectInfo(*object, sent.show(object->path));
    if (object->type == ObjectType::Notebook &&
        request.queryValue(u"return_export_info"_s) == "true"_L1)
        info.insert("repos_export_format"_L1, u"SOURCE"_s);
    return HttpResponse::json(info);
}

HttpResponse WorkspaceApi::mkdirs(const HttpRequest &request)
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const auto path = requirePath(body->value("path"_L1).toString(), body->contains("path"_L1));
    if (const auto *failure = std::get_if<HttpResponse>(&path))
        return *failure;
    const SentPath &sent = std::get<SentPath>(path);
    const WorkspaceResult result = m_store.mkdirs(sent.canonical);
    return result.ok() ? HttpResponse::json({}) : storeFailure(result, sent);
}

HttpResponse WorkspaceApi::remove(const HttpRequest &request)
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const auto path = requirePath(body->value("path"_L1).toString(), body->contains("path"_L1));
    if (const auto *failure = std::get_if<HttpResponse>(&path))
        return *failure;
    const SentPath &sent = std::get<SentPath>(path);
    const WorkspaceResult result =
        m_store.remove(sent.canonical, isTrue(body->value("recursive"_L1)));
    return result.ok() ? HttpResponse::json({}) : storeFailure(result, sent);
}

HttpResponse WorkspaceApi::exportObject(const HttpRequest &request) const
{
    const auto path = requirePath(request.queryValue(u"path"_s), request.hasQuery(u"path"_s));
    if (const auto *failure = std::get_if<HttpResponse>(&path))
        return *failure;
    const SentPath &sent = std::get<SentPath>(path);
    const QString format =
        request.hasQuery(u"format"_s) ? request.queryValue(u"format"_s) : u"SOURCE"_s;
    if (!kFormats.contains(format)) // case-sensitive, as in the service
        return invalidParameter(u"Invalid export format: %1"_s.arg(format));
    const WorkspaceObject *object = m_store.find(sent.canonical);
    if (!object)
        return pathDoesNotExist(sent.show(sent.canonical));

    const auto exported = exportData(m_store, *object, format);
    if (const auto *failure = std::get_if<HttpResponse>(&exported))
        return *failure;
    const Exported &data = std::get<Exported>(exported);
    if (data.data.size() > kMaxContentBytes)
        return tooLarge();

    if (request.queryValue(u"direct_download"_s) == "true"_L1) {
        HttpResponse response = HttpResponse::raw(data.data, "application/octet-stream");
        const QString fileName = data.fileType.isEmpty() || object->type == ObjectType::File
                                     ? object->name()
                                     : object->name() + u'.' + data.fileType;
        response.setHeader("Content-Disposition",
                           "attachment; filename=\"" + fileName.toUtf8() + '"');
        return response;
    }
    QJsonObject body{{"content"_L1, QString::fromLatin1(data.data.toBase64())}};
    if (!data.fileType.isEmpty())
        body.insert("file_type"_L1, data.fileType);
    if (data.data.isEmpty())
        body.remove("content"_L1);
    return HttpResponse::json(body);
}

HttpResponse WorkspaceApi::importObject(const HttpRequest &request)
{
    const auto parsed = importParameters(request);
    if (const auto *failure = std::get_if<HttpResponse>(&parsed))
        return *failure;
    const ImportParameters &params = std::get<ImportParameters>(parsed);
    const auto path = requirePath(params.path, params.hasPath);
    if (const auto *failure = std::get_if<HttpResponse>(&path))
        return *failure;
    const SentPath &sent = std::get<SentPath>(path);

    if (!kFormats.contains(params.format))
        return invalidParameter(u"Invalid import format: %1"_s.arg(params.format));
    std::optional<NotebookLanguage> language;
    if (!params.language.isEmpty()) {
        language = notebookLanguageFromName(params.language);
        if (!language)
            return invalidParameter(u"Invalid language: %1"_s.arg(params.language));
    }
    if (params.jsonContentTooLarge ||
        (params.content.size() > kMaxContentBytes && params.format != "AUTO"_L1))
        return tooLarge();

    const auto created = [&](const WorkspaceResult &result) {
        return result.ok() ? HttpResponse::json({}) : storeFailure(result, sent);
    };

    if (params.format == "SOURCE"_L1) {
        if (ZipArchive::looksLikeZip(params.content))
            return invalidParameter(
                u"Importing a directory of sources is not supported by this emulator."_s);
        if (!language)
            return invalidParameter(
                u"The language parameter is required when importing in SOURCE format."_s);
        const Notebook notebook =
            NotebookSourceCodec::parse(QString::fromUtf8(params.content), *language);
        return created(m_store.putNotebook(sent.canonical, notebook, params.overwrite));
    }
    if (params.format == "JUPYTER"_L1) {
        QString error;
        const auto notebook = JupyterCodec::fromIpynb(params.content, &error);
        if (!notebook)
            return invalidParameter(u"Could not parse the Jupyter notebook: %1"_s.arg(error));
        return created(m_store.putNotebook(sent.canonical, *notebook, params.overwrite));
    }
    if (params.format == "HTML"_L1) {
        const auto notebook = NotebookHtmlExporter::fromHtml(params.content);
        if (!notebook)
            return invalidParameter(u"The HTML content is not an exported Databricks notebook."_s);
        return created(m_store.putNotebook(sent.canonical, *notebook, params.overwrite));
    }
    if (params.format == "R_MARKDOWN"_L1)
        return invalidParameter(u"Importing R_MARKDOWN is not supported."_s);
    if (params.format == "RAW"_L1)
        return created(m_store.putFile(sent.canonical, params.content, params.overwrite));

    if (params.format == "DBC"_L1) {
        if (params.overwrite)
            return invalidParameter(u"Overwrite is not supported for the DBC format."_s);
        QString error;
        const auto archive = DbcArchive::read(params.content, &error);
        if (!archive)
            return invalidParameter(u"The content is not a valid DBC archive: %1"_s.arg(error));
        bool isFolder = false;
        const QList<DbcNotebook> entries = stripCommonRoot(*archive, &isFolder);
        if (!isFolder && entries.size() == 1 && !entries.first().path.contains(u'/'))
            return created(m_store.putNotebook(sent.canonical, entries.first().notebook));
        // A folder archive: the folder is created at `path`; fail before
        // creating anything when it cannot be.
        WorkspaceResult result = m_store.putObject(sent.canonical, ObjectType::Directory);
        if (!result.ok())
            return storeFailure(result, sent);
        for (const DbcNotebook &entry : entries) {
            const QString target = sent.canonical + u'/' + entry.path;
            m_store.mkdirs(WorkspaceStore::parentPath(target));
            result = m_store.putNotebook(target, entry.notebook, true);
            if (!result.ok())
                return storeFailure(result, sent);
        }
        return HttpResponse::json({});
    }

    // AUTO: a notebook when extension and header agree, else a workspace file.
    const QString name = sent.canonical.section(u'/', -1);
    const qsizetype dot = name.lastIndexOf(u'.');
    const QString extension = dot > 0 ? name.mid(dot + 1) : QString();
    const QString stripped = sent.canonical.left(sent.canonical.size() - extension.size() - 1);
    if (const auto byExtension = notebookLanguageFromExtension(extension)) {
        const auto byHeader = NotebookSourceCodec::detectHeader(params.content, extension);
        if (byHeader && *byHeader == *byExtension) {
            if (params.content.size() > kMaxContentBytes)
                return tooLarge();
            const Notebook notebook =
                NotebookSourceCodec::parse(QString::fromUtf8(params.content), *byHeader);
            return created(m_store.putNotebook(stripped, notebook, params.overwrite));
        }
    }
    if (extension == "ipynb"_L1) {
        if (const auto notebook = JupyterCodec::fromIpynb(params.content)) {
            if (params.content.size() > kMaxContentBytes)
                return tooLarge();
            return created(m_store.putNotebook(stripped, *notebook, params.overwrite));
        }
    }
    return created(m_store.putFile(sent.canonical, params.content, params.overwrite));
}

HttpResponse WorkspaceApi::importFile(const HttpRequest &request)
{
    const QString raw = u"/"_s + request.path.mid(kImportFilePrefix.size());
    const auto sent = resolve(raw);
    if (!sent || sent->canonical == "/"_L1)
        return invalidParameter(u"Missing required field: path"_s);
    const bool overwrite = request.queryValue(u"overwrite"_s) == "true"_L1;
    const WorkspaceResult result = m_store.putFile(sent->canonical, request.body, overwrite);
    if (result.status == Status::AlreadyExists)
        return alreadyExists(u"File already exists at (%1)."_s.arg(sent->show(result.path)));
    return result.ok() ? HttpResponse::json({}) : storeFailure(result, *sent);
}

} // namespace brickdesk::emulator
