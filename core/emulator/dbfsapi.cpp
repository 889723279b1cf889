#include "core/emulator/dbfsapi.h"

#include "core/emulator/apierrors.h"
#include "core/emulator/dbfsstore.h"
#include "core/emulator/demoseed.h"
#include "core/emulator/emulatorclock.h"
#include "core/emulator/multipartform.h"
#include "core/emulator/router.h"

#include <QJsonArray>

#include <variant>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

using Status = DbfsResult::Status;

constexpr auto kPrefix = "/api/2.0/dbfs/"_L1;

// A path as the caller sent it: messages echo the "dbfs:" scheme when the
// caller used it, as the service does.
struct SentPath
{
    QString canonical;
    bool scheme = false;

    QString show(const QString &canonicalPath) const
    {
        return scheme ? "dbfs:"_L1 + canonicalPath : canonicalPath;
    }
};

HttpResponse pathNotFound(const QString &shown)
{
    return notFound(u"No file or directory exists on path %1."_s.arg(shown));
}

HttpResponse pathExists(const QString &shown)
{
    return resourceAlreadyExists(
        u"A file or directory already exists at the input path %1."_s.arg(shown));
}

HttpResponse blockTooLarge(qint64 size)
{
    return apiError(
        400, u"MAX_BLOCK_SIZE_EXCEEDED"_s,
        u"The block of %1 bytes exceeds the maximum allowed block size of %2 bytes."_s.arg(size)
            .arg(DbfsApi::kMaxBlockBytes));
}

HttpResponse unknownHandle(qint64 handle)
{
    return notFound(u"The handle %1 does not exist; it was closed or has expired."_s.arg(handle));
}

std::variant<SentPath, HttpResponse> requirePath(const QString &raw, bool present,
                                                 const QString &field = u"path"_s)
{
    if (!present || raw.isEmpty())
        return invalidParameter(u"Missing required field: %1"_s.arg(field));
    const auto canonical = DbfsStore::canonicalPath(raw);
    if (!canonical)
        return invalidParameter(u"Path must be absolute: %1"_s.arg(raw));
    return SentPath{*canonical, raw.startsWith("dbfs:"_L1, Qt::CaseInsensitive)};
}

std::variant<SentPath, HttpResponse> requirePath(const QJsonObject &body,
                                                 const QString &field = u"path"_s)
{
    const QJsonValue value = body.value(field);
    return requirePath(value.toString(), value.isString(), field);
}

std::variant<SentPath, HttpResponse> requireQueryPath(const HttpRequest &request)
{
    return requirePath(request.queryValue(u"path"_s), request.hasQuery(u"path"_s));
}

bool isTrue(const QJsonValue &value)
{
    return value.isBool() ? value.toBool()
                          : value.toString().trimmed().compare("true"_L1, Qt::CaseInsensitive) == 0;
}

HttpResponse storeFailure(const DbfsResult &result, const SentPath &sent)
{
    const QString shown = sent.show(result.path);
    switch (result.status) {
    case Status::NotFound:
        return pathNotFound(shown);
    case Status::AlreadyExists:
        return pathExists(shown);
    case Status::IsDirectory:
        return invalidParameter(u"Path %1 is a directory."_s.arg(shown));
    case Status::DirectoryNotEmpty:
        return apiError(
            400, u"IO_ERROR"_s,
            u"Directory is not empty. Use recursive delete or remove contents first."_s);
    case Status::InvalidMove:
        return invalidParameter(u"Cannot move %1 into itself or onto the root."_s.arg(shown));
    case Status::IoError:
        return internalError(u"Could not write the file contents of %1."_s.arg(shown));
    case Status::Ok:
        break;
    }
    return HttpResponse::json({});
}

// An integer query parameter; nullopt when present but not an integer.
std::optional<qint64> queryInteger(const HttpRequest &request, const QString &key, qint64 fallback)
{
    if (!request.hasQuery(key) || request.queryValue(key).isEmpty())
        return fallback;
    bool ok = false;
    const qint64 value = request.queryValue(key).toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

// int64 from JSON: a number or (as some clients send int64) a string.
std::optional<qint64> jsonInteger(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInteger();
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().toLongLong(&ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

// Base64 with the block limit applied to the decoded size.
std::variant<QByteArray, HttpResponse> decodeBlock(const QJsonValue &value, const QString &field)
{
    const QByteArray encoded = value.toString().toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return invalidParameter(u"The %1 field is not valid base64."_s.arg(field));
    if (decoded.decoded.size() > DbfsApi::kMaxBlockBytes)
        return blockTooLarge(decoded.decoded.size());
    return std::move(decoded.decoded);
}

} // namespace

DbfsApi::DbfsApi(DbfsStore &store, const EmulatorClock &clock)
    : m_store(store)
    , m_clock(clock)
{}

void DbfsApi::registerRoutes(Router &router)
{
    const auto get = [&](const char *verb,
                         HttpResponse (DbfsApi::*handler)(const HttpRequest &) const) {
        router.route("GET", kPrefix + QLatin1StringView(verb),
                     [this, handler](const HttpRequest &r) { return (this->*handler)(r); });
    };
    const auto post = [&](const char *verb, HttpResponse (DbfsApi::*handler)(const HttpRequest &)) {
        router.route("POST", kPrefix + QLatin1StringView(verb),
                     [this, handler](const HttpRequest &r) { return (this->*handler)(r); });
    };
    get("list", &DbfsApi::list);
    get("get-status", &DbfsApi::getStatus);
    get("read", &DbfsApi::read);
    post("mkdirs", &DbfsApi::mkdirs);
    post("delete", &DbfsApi::remove);
    post("move", &DbfsApi::move);
    post("put", &DbfsApi::put);
    post("create", &DbfsApi::create);
    post("add-block", &DbfsApi::addBlock);
    post("close", &DbfsApi::close);
}

void DbfsApi::seed(const SeedContext &context)
{
    clearHandles();
    DemoSeed::seedDbfs(m_store, context.demo());
}

QJsonObject DbfsApi::fileInfo(const DbfsEntry &entry)
{
    // DBFS predates the proto3 style: all four keys are always there.
    return QJsonObject{{"path"_L1, entry.path},
                       {"is_dir"_L1, entry.isDir},
                       {"file_size"_L1, entry.isDir ? 0 : entry.size},
                       {"modification_time"_L1, entry.modificationTime}};
}

HttpResponse DbfsApi::list(const HttpRequest &request) const
{
    const auto path = requireQueryPath(request);
    if (const auto *failure = std::get_if<HttpResponse>(&path))
        return *failure;
    const SentPath &sent = std::get<SentPath>(path);
    const DbfsEntry *entry = m_store.find(sent.canonical);
    if (!entry)
        return pathNotFound(sent.show(sent.canonical));
    QJsonArray files;
    if (entry->isDir) {
        for (const DbfsEntry *child : m_store.children(sent.canonical))
            files.append(fileInfo(*child));
    } else {
        files.append(fileInfo(*entry));
    }
    QJsonObject body;
    if (!files.isEmpty()) // an empty directory is `{}`
        body.insert("files"_L1, files);
    return HttpResponse::json(body);
}

HttpResponse DbfsApi::getStatus(const HttpRequest &request) const
{
    const auto path = requireQueryPath(request);
    if (const auto *failure = std::get_if<HttpResponse>(&path))
        return *failure;
    const SentPath &sent = std::get<SentPath>(path);
    const DbfsEntry *entry = m_store.find(sent.canonical);
    if (!entry)
        return pathNotFound(sent.show(sent.canonical));
    return HttpResponse::json(fileInfo(*entry));
}

HttpResponse DbfsApi::mkdirs(const HttpRequest &request)
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const auto path = requirePath(*body);
    if (const auto *failure = std::get_if<HttpResponse>(&path))
        return *failure;
    const SentPath &sent = std::get<SentPath>(path);
    return storeFailure(m_store.mkdirs(sent.canonical), sent);
}

HttpResponse DbfsApi::remove(const HttpRequest &request)
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const auto path = requirePath(*body);
    if (const auto *failure = std::get_if<HttpResponse>(&path))
        return *failure;
    const SentPath &sent = std::get<SentPath>(path);
    if (sent.canonical == "/"_L1)
        return invalidParameter(u"Cannot delete the root directory."_s);
    qint64 deleted = 0;
    bool complete = true;
    const DbfsResult result = m_store.remove(sent.canonical, isTrue(body->value("recursive"_L1)),
                                             m_partialDeleteLimit, &deleted, &complete);
    if (!result.ok())
        return storeFailure(result, sent);
    if (!complete) {
        return apiError(
            503, u"PARTIAL_DELETE"_s,
            u"The requested operation has deleted %1 files. There are more files remaining. "
            "You must make another request to delete more."_s.arg(deleted));
    }
    return HttpResponse::json({});
}

HttpResponse DbfsApi::move(const HttpRequest &request)
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const auto source = requirePath(*body, u"source_path"_s);
    if (const auto *failure = std::get_if<HttpResponse>(&source))
        return *failure;
    const auto destination = requirePath(*body, u"destination_path"_s);
    if (const auto *failure = std::get_if<HttpResponse>(&destination))
        return *failure;
    const SentPath &from = std::get<SentPath>(source);
    const SentPath &to = std::get<SentPath>(destination);
    // Only "already exists" is about the destination (or a file on its way).
    const DbfsResult result = m_store.move(from.canonical, to.canonical);
    return storeFailure(result, result.status == Status::AlreadyExists ? to : from);
}

HttpResponse DbfsApi::put(const HttpRequest &request)
{
    const QByteArray contentType = request.header("Content-Type");
    if (MultipartForm::isMultipart(contentType)) {
        // Views into the request body: the file part goes from the received
        // bytes straight into the backing file.
        const auto parts = MultipartForm::parseParts(contentType, request.body);
        if (!parts)
            return invalidParameter(u"Invalid multipart/form-data body."_s);
        std::optional<QByteArrayView> data;
        std::optional<QString> rawPath;
        bool overwrite = false;
        for (const MultipartPart &part : *parts) {
            if (part.name == "path")
                rawPath = QString::fromUtf8(part.data);
            else if (part.name == "overwrite")
                overwrite = isTrue(QString::fromUtf8(part.data));
            else if (part.name == "contents" || part.name == "file")
                data = part.data;
        }
        const auto path = requirePath(rawPath.value_or(QString()), rawPath.has_value());
        if (const auto *failure = std::get_if<HttpResponse>(&path))
            return *failure;
        const SentPath &sent = std::get<SentPath>(path);
        if (data && data->size() > kMaxUploadBytes)
            return blockTooLarge(data->size());
        return storeFailure(
            m_store.writeFile(sent.canonical, data.value_or(QByteArrayView()), overwrite), sent);
    }

    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const auto path = requirePath(*body);
    if (const auto *failure = std::get_if<HttpResponse>(&path))
        return *failure;
    const SentPath &sent = std::get<SentPath>(path);
    const auto contents = decodeBlock(body->value("contents"_L1), u"contents"_s);
    if (const auto *failure = std::get_if<HttpResponse>(&contents))
        return *failure;
    return storeFailure(m_store.writeFile(sent.canonical, std::get<QByteArray>(contents),
                                          isTrue(body->value("overwrite"_L1))),
                        sent);
}

void DbfsApi::expireHandles()
{
    const qint64 now = m_clock.now();
    for (auto it = m_handles.begin(); it != m_handles.end();) {
        if (now - it->lastUsedMs >= m_handleTimeoutMs)
            it = m_handles.erase(it);
        else
            ++it;
    }
}

int DbfsApi::openHandleCount()
{
    expireHandles();
    return int(m_handles.size());
}

DbfsApi::Handle *DbfsApi::liveHandle(qint64 handle)
{
    expireHandles();
    const auto it = m_handles.find(handle);
    return it == m_handles.end() ? nullptr : &it.value();
}

HttpResponse DbfsApi::create(const HttpRequest &request)
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const auto path = requirePath(*body);
    if (const auto *failure = std::get_if<HttpResponse>(&path))
        return *failure;
    const SentPath &sent = std::get<SentPath>(path);
    // As on the service, the (empty) file is there from now on.
    const DbfsResult result =
        m_store.createFile(sent.canonical, isTrue(body->value("overwrite"_L1)));
    if (!result.ok())
        return storeFailure(result, sent);
    expireHandles();
    const qint64 handle = m_nextHandle++;
    m_handles.insert(handle, Handle{sent.canonical, m_clock.now()});
    return HttpResponse::json(QJsonObject{{"handle"_L1, handle}});
}

HttpResponse DbfsApi::addBlock(const HttpRequest &request)
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const auto handle = jsonInteger(body->value("handle"_L1));
    if (!handle)
        return invalidParameter(u"Missing required field: handle"_s);
    Handle *open = liveHandle(*handle);
    if (!open)
        return unknownHandle(*handle);
    const auto data = decodeBlock(body->value("data"_L1), u"data"_s);
    if (const auto *failure = std::get_if<HttpResponse>(&data))
        return *failure;
    open->lastUsedMs = m_clock.now();
    const DbfsResult result = m_store.append(open->path, std::get<QByteArray>(data));
    if (!result.ok())
        return storeFailure(result, SentPath{open->path, false});
    return HttpResponse::json({});
}

HttpResponse DbfsApi::close(const HttpRequest &request)
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const auto handle = jsonInteger(body->value("handle"_L1));
    if (!handle)
        return invalidParameter(u"Missing required field: handle"_s);
    if (!liveHandle(*handle))
        return unknownHandle(*handle);
    m_handles.remove(*handle);
    return HttpResponse::json({});
}

HttpResponse DbfsApi::read(const HttpRequest &request) const
{
    const auto path = requireQueryPath(request);
    if (const auto *failure = std::get_if<HttpResponse>(&path))
        return *failure;
    const SentPath &sent = std::get<SentPath>(path);
    const auto offset = queryInteger(request, u"offset"_s, 0);
    if (!offset || *offset < 0)
        return invalidParameter(u"The offset must be a non-negative integer."_s);
    auto length = queryInteger(request, u"length"_s, kDefaultReadBytes);
    if (!length || *length < 0)
        return invalidParameter(u"The length must be a non-negative integer."_s);
    if (*length == 0)
        length = kDefaultReadBytes; // proto3: 0 is "not set"
    if (*length > kMaxReadBytes) {
        return apiError(
            400, u"MAX_READ_SIZE_EXCEEDED"_s,
            u"Cannot read more than %1 bytes at once; %2 were requested."_s.arg(kMaxReadBytes)
                .arg(*length));
    }
    const DbfsEntry *entry = m_store.find(sent.canonical);
    if (!entry)
        return pathNotFound(sent.show(sent.canonical));
    if (entry->isDir)
        return invalidParameter(
            u"Cannot read %1: it is a directory."_s.arg(sent.show(sent.canonical)));
    const auto data = m_store.read(sent.canonical, *offset, *length);
    if (!data)
        return internalError(u"Could not read %1."_s.arg(sent.show(sent.canonical)));
    // bytes_read and data are there even at the end of the file.
    return HttpResponse::json(QJsonObject{{"bytes_read"_L1, qint64(data->size())},
                                          {"data"_L1, QString::fromLatin1(data->toBase64())}});
}

} // namespace brickdesk::emulator
