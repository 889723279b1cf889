#include "core/dbfs/dbfsservice.h"

#include "core/net/apicall.h"
#include "core/net/apiclient.h"
#include "core/net/replyhandlers.h"

#include <QFile>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// A multipart put that streams `localPath` from disk; null if it cannot be read.
QHttpMultiPart *buildPut(const QString &localPath, const QString &path, bool overwrite)
{
    auto file = std::make_unique<QFile>(localPath);
    if (!file->open(QIODevice::ReadOnly))
        return nullptr;
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    const auto field = [](const QByteArray &name, const QByteArray &value) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArray("form-data; name=\"" + name + '"'));
        part.setBody(value);
        return part;
    };
    multipart->append(field("path", DbfsService::apiPath(path).toUtf8()));
    multipart->append(field("overwrite", overwrite ? "true" : "false"));
    QHttpPart contents;
    // The name is in the path field; a fixed file name avoids quoting one.
    contents.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArray("form-data; name=\"contents\"; filename=\"contents\""));
    contents.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
    contents.setBodyDevice(file.get());
    file.release()->setParent(multipart);
    multipart->append(contents);
    return multipart;
}

} // namespace

DbfsService::DbfsService(ApiClient *client)
    : m_client(client)
{}

ApiClient *DbfsService::client() const
{
    return m_client;
}

ApiCall *DbfsService::list(const QString &path, QObject *context, ListDone done) const
{
    const auto request = ApiRequest::get(u"/api/2.0/dbfs/list"_s).query(u"path"_s, apiPath(path));
    // An empty directory answers {}, without "files".
    return m_client->send(request, context,
                          listOf("files"_L1, &DbfsFileInfo::fromJson, std::move(done)));
}

ApiCall *DbfsService::getStatus(const QString &path, QObject *context, StatusDone done) const
{
    const auto request =
        ApiRequest::get(u"/api/2.0/dbfs/get-status"_s).query(u"path"_s, apiPath(path));
    return m_client->send(request, context, oneObject(&DbfsFileInfo::fromJson, std::move(done)));
}

ApiCall *DbfsService::mkdirs(const QString &path, QObject *context, Done done) const
{
    // mkdirs is idempotent (it succeeds on an existing folder), so it may be repeated after a 5xx.
    const auto request =
        ApiRequest::post(u"/api/2.0/dbfs/mkdirs"_s, {{u"path"_s, apiPath(path)}}).idempotent();
    return m_client->send(request, context, noBody(std::move(done)));
}

ApiCall *DbfsService::move(const QString &from, const QString &to, QObject *context,
                           Done done) const
{
    // Not idempotent: a repeat after a lost answer finds the source gone.
    const auto request =
        ApiRequest::post(u"/api/2.0/dbfs/move"_s,
                         {{u"source_path"_s, apiPath(from)}, {u"destination_path"_s, apiPath(to)}});
    return m_client->send(request, context, noBody(std::move(done)));
}

ApiCall *DbfsService::remove(const QString &path, bool recursive, QObject *context, Done done) const
{
    // Deliberately not marked idempotent although it is: the client would
    // then repeat a 503 PARTIAL_DELETE itself, bounded by its retry policy
    // and without telling anyone how far it got. DbfsDelete repeats it.
    const auto request = ApiRequest::post(
        u"/api/2.0/dbfs/delete"_s, {{u"path"_s, apiPath(path)}, {u"recursive"_s, recursive}});
    return m_client->send(request, context, noBody(std::move(done)));
}

ApiCall *DbfsService::put(const QString &path, const QByteArray &contents, bool overwrite,
                          QObject *context, Done done) const
{
    const QJsonObject body{{u"path"_s, apiPath(path)},
                           {u"contents"_s, QString::fromLatin1(contents.toBase64())},
                           {u"overwrite"_s, overwrite}};
    // An overwriting put gives the same result when repeated.
    const auto request = ApiRequest::post(u"/api/2.0/dbfs/put"_s, body).idempotent(overwrite);
    return m_client->send(request, context, noBody(std::move(done)));
}

ApiCall *DbfsService::create(const QString &path, bool overwrite, QObject *context,
                             HandleDone done) const
{
    // Repeating an overwriting create only leaves an unused handle behind,
    // which expires by itself.
    const auto request = ApiRequest::post(u"/api/2.0/dbfs/create"_s,
                                          {{u"path"_s, apiPath(path)}, {u"overwrite"_s, overwrite}})
                             .idempotent(overwrite);
    return m_client->send(
        request, context,
        oneObject([](const QJsonObject &json) { return json.value("handle"_L1).toInteger(0); },
                  std::move(done)));
}

ApiCall *DbfsService::addBlock(qint64 handle, const QByteArray &data, QObject *context,
                               Done done) const
{
    return m_client->send(addBlockRequest(addBlockBody(handle, data)), context,
                          noBody(std::move(done)));
}

ApiCall *DbfsService::close(qint64 handle, QObject *context, Done done) const
{
    const auto request = ApiRequest::post(u"/api/2.0/dbfs/close"_s, {{u"handle"_s, handle}});
    return m_client->send(request, context, noBody(std::move(done)));
}

ApiCall *DbfsService::read(const QString &path, qint64 offset, qint64 length, QObject *context,
                           ReadDone done) const
{
    return m_client->send(readRequest(path, offset, length), context,
                          [done = std::move(done)](const ApiReply &reply) {
                              if (!reply.ok()) {
                                  done(reply.error(), {});
                                  return;
                              }
                              if (auto data = parseRead(reply.body())) {
                                  done(std::nullopt, *data);
                                  return;
                              }
                              ApiError error;
                              error.kind = ApiError::Kind::InvalidResponse;
                              error.httpStatus = reply.httpStatus();
                              error.method = u"GET"_s;
                              error.path = u"/api/2.0/dbfs/read"_s;
                              error.message =
                                  ApiError::tr("The server's answer to a read is not valid.");
                              done(error, {});
                          });
}

ApiRequest DbfsService::addBlockRequest(const QByteArray &jsonBody)
{
    // Not idempotent: a repeated block would be appended twice. A 429 is
    // still repeated by the client (nothing was done); anything else makes
    // the upload start over on a new handle.
    // Blocks go one after another on one handle, so each call's latency is
    // the upload's speed: sent without Nagle's delay.
    return ApiRequest::post(u"/api/2.0/dbfs/add-block"_s)
        .rawBody(jsonBody, QByteArrayLiteral("application/json"))
        .sendWithoutDelay();
}

QByteArray DbfsService::addBlockBody(qint64 handle, const QByteArray &data)
{
    // Written by hand: a QJsonObject would copy the 1.4 MB of base64 into a
    // QString twice.
    QByteArray body;
    body.reserve(((data.size() + 2) / 3) * 4 + 64);
    body += "{\"handle\":";
    body += QByteArray::number(handle);
    body += ",\"data\":\"";
    body += data.toBase64();
    body += "\"}";
    return body;
}

ApiRequest DbfsService::readRequest(const QString &path, qint64 offset, qint64 length)
{
    return ApiRequest::get(u"/api/2.0/dbfs/read"_s)
        .query(u"path"_s, apiPath(path))
        .query(u"offset"_s, offset)
        .query(u"length"_s, length)
        .expectRawResponse();
}

namespace {

// The value of `"key": <digits>` or the string of `"key": "<base64>"` in a
// flat JSON object, without building a document: a read answer is 1.4 MB of
// base64, and a QJsonDocument would copy it twice (as UTF-16, then back).
// nullopt when the text is not in the simple form; the caller then parses.
std::optional<QByteArrayView> simpleJsonValue(QByteArrayView json, QByteArrayView key)
{
    const QByteArray quoted = '"' + key.toByteArray() + '"';
    const qsizetype at = json.indexOf(quoted);
    if (at < 0)
        return std::nullopt;
    qsizetype i = at + quoted.size();
    const auto skipSpace = [&] {
        while (i < json.size() &&
               (json[i] == ' ' || json[i] == '\n' || json[i] == '\r' || json[i] == '\t'))
            ++i;
    };
    skipSpace();
    if (i >= json.size() || json[i] != ':')
        return std::nullopt;
    ++i;
    skipSpace();
    if (i < json.size() && json[i] == '"') {
        const qsizetype end = json.indexOf('"', i + 1);
        if (end < 0)
            return std::nullopt;
        const QByteArrayView value = json.sliced(i + 1, end - i - 1);
        if (value.contains('\\'))
            return std::nullopt; // escapes: leave it to the real parser
        return value;
    }
    const qsizetype start = i;
    while (i < json.size() && json[i] >= '0' && json[i] <= '9')
        ++i;
    if (i == start)
        return std::nullopt;
    return json.sliced(start, i - start);
}

} // namespace

std::optional<QByteArray> DbfsService::parseRead(const QByteArray &jsonBody)
{
    const auto bytesText = simpleJsonValue(jsonBody, "bytes_read");
    const auto dataText = simpleJsonValue(jsonBody, "data");
    if (bytesText && dataText) {
        bool ok = false;
        const qint64 expected = bytesText->toLongLong(&ok);
        const auto decoded = QByteArray::fromBase64Encoding(
            dataText->toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
        if (ok && decoded && decoded.decoded.size() == expected)
            return decoded.decoded;
        return std::nullopt;
    }
    // bytes_read 0 at the end may come without "data" (proto3 omits "").
    if (bytesText && !dataText && bytesText->toLongLong() == 0 && !jsonBody.contains("\"data\""))
        return QByteArray();

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(jsonBody, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject json = document.object();
    const qint64 bytesRead = json.value("bytes_read"_L1).toInteger(0);
    const QByteArray data = QByteArray::fromBase64(json.value("data"_L1).toString().toLatin1());
    // A truncated answer must never pass as a short read at the end.
    if (data.size() != bytesRead)
        return std::nullopt;
    return data;
}

QString DbfsService::displayPath(const QString &path)
{
    return u"dbfs:"_s + apiPath(path);
}

QString DbfsService::apiPath(const QString &pathOrDbfsUrl)
{
    QString path = pathOrDbfsUrl.trimmed();
    if (path.startsWith("dbfs:"_L1, Qt::CaseInsensitive))
        path.remove(0, 5);
    // "dbfs:///x" and "//x" mean "/x".
    while (path.startsWith("//"_L1))
        path.remove(0, 1);
    if (!path.startsWith(u'/'))
        path.prepend(u'/');
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return path;
}

QString DbfsService::parentPath(const QString &path)
{
    const QString canonical = apiPath(path);
    const qsizetype slash = canonical.lastIndexOf(u'/');
    return slash <= 0 ? u"/"_s : canonical.left(slash);
}

QString DbfsService::childPath(const QString &directory, const QString &name)
{
    const QString parent = apiPath(directory);
    return parent == "/"_L1 ? u'/' + name : parent + u'/' + name;
}

ApiRequest DbfsService::putFileRequest(const QString &localPath, const QString &path,
                                       bool overwrite)
{
    // Idempotent: a put of the same bytes to the same path gives the same
    // result (a new file's "already exists" after a repeat is the caller's to
    // check). The body is built anew for every attempt.
    return ApiRequest::post(u"/api/2.0/dbfs/put"_s)
        .multipartBody(
            [localPath, path, overwrite] { return buildPut(localPath, path, overwrite); })
        .idempotent();
}

} // namespace brickdesk
