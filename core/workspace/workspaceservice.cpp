#include "core/workspace/workspaceservice.h"

#include "core/net/apicall.h"
#include "core/net/apiclient.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace brickdesk {

WorkspaceService::WorkspaceService(ApiClient *client)
    : m_client(client)
{}

ApiCall *WorkspaceService::list(const QString &path, QObject *context, ListDone done) const
{
    const auto request = ApiRequest::get(u"/api/2.0/workspace/list"_s).query(u"path"_s, path);
    return m_client->send(request, context, [done = std::move(done)](const ApiReply &reply) {
        QList<WorkspaceObject> objects;
        if (reply.ok()) {
            const QJsonArray array = reply.json().value(u"objects"_s).toArray();
            objects.reserve(array.size());
            for (const QJsonValue &value : array)
                objects.append(WorkspaceObject::fromJson(value.toObject()));
        }
        done(reply.optionalError(), objects);
    });
}

ApiCall *WorkspaceService::getStatus(const QString &path, QObject *context, StatusDone done) const
{
    const auto request = ApiRequest::get(u"/api/2.0/workspace/get-status"_s).query(u"path"_s, path);
    return m_client->send(request, context, [done = std::move(done)](const ApiReply &reply) {
        done(reply.optionalError(),
             reply.ok() ? WorkspaceObject::fromJson(reply.json()) : WorkspaceObject());
    });
}

ApiCall *WorkspaceService::mkdirs(const QString &path, QObject *context, Done done) const
{
    // mkdirs succeeds when the folder exists, so it may be repeated after a 5xx.
    const auto request =
        ApiRequest::post(u"/api/2.0/workspace/mkdirs"_s, {{u"path"_s, path}}).idempotent();
    return m_client->send(request, context, [done = std::move(done)](const ApiReply &reply) {
        done(reply.optionalError());
    });
}

ApiCall *WorkspaceService::remove(const QString &path, bool recursive, QObject *context,
                                  Done done) const
{
    const auto request = ApiRequest::post(u"/api/2.0/workspace/delete"_s,
                                          {{u"path"_s, path}, {u"recursive"_s, recursive}});
    return m_client->send(request, context, [done = std::move(done)](const ApiReply &reply) {
        // Gone is what the caller wanted: a repeated delete whose first
        // answer was lost is still a success.
        if (!reply.ok() && reply.error().isNotFound())
            done(std::nullopt);
        else
            done(reply.optionalError());
    });
}

ApiCall *WorkspaceService::exportObject(const QString &path, const QString &format,
                                        QObject *context, ContentDone done) const
{
    // direct_download sends the raw bytes: no base64 to inflate by a third.
    const auto request = ApiRequest::get(u"/api/2.0/workspace/export"_s)
                             .query(u"path"_s, path)
                             .query(u"format"_s, format)
                             .query(u"direct_download"_s, true)
                             .expectRawResponse();
    return m_client->send(request, context, [done = std::move(done)](const ApiReply &reply) {
        // A direct download answers with the file's bytes, never JSON. A JSON
        // answer that does not even parse (a proxy or a stream cut short) is
        // not the notebook; delivered as content it would be saved as one,
        // and the export would "succeed" with garbage in the file.
        if (reply.ok() && reply.contentType().startsWith("application/json")) {
            QJsonParseError parseError{};
            QJsonDocument::fromJson(reply.body(), &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                ApiError error;
                error.kind = ApiError::Kind::InvalidResponse;
                error.httpStatus = reply.httpStatus();
                error.method = u"GET"_s;
                error.path = u"/api/2.0/workspace/export"_s;
                error.message = ApiError::tr("The server's answer to an export is not valid.");
                done(error, {});
                return;
            }
        }
        done(reply.optionalError(), reply.ok() ? reply.body() : QByteArray());
    });
}

ApiCall *WorkspaceService::importObject(const Import &import, QObject *context, Done done) const
{
    QJsonObject body{{u"path"_s, import.path},
                     {u"format"_s, import.format},
                     {u"content"_s, QString::fromLatin1(import.content.toBase64())},
                     {u"overwrite"_s, import.overwrite}};
    if (!import.language.isEmpty())
        body.insert(u"language"_s, import.language);
    // An overwriting import gives the same result when repeated.
    const auto request =
        ApiRequest::post(u"/api/2.0/workspace/import"_s, body).idempotent(import.overwrite);
    return m_client->send(request, context, [done = std::move(done)](const ApiReply &reply) {
        done(reply.optionalError());
    });
}

ApiCall *WorkspaceService::importFile(const QString &path, const QByteArray &content,
                                      bool overwrite, QObject *context, Done done) const
{
    // The path goes in the URL, after the endpoint, without its leading "/".
    const QString relative = path.startsWith(u'/') ? path.mid(1) : path;
    const auto request = ApiRequest::post(u"/api/2.0/workspace-files/import-file/"_s + relative)
                             .query(u"overwrite"_s, overwrite)
                             .rawBody(content, "application/octet-stream")
                             .idempotent(overwrite);
    return m_client->send(request, context, [done = std::move(done)](const ApiReply &reply) {
        done(reply.optionalError());
    });
}

} // namespace brickdesk
