#pragma once

#include "core/dbfs/dbfsfileinfo.h"
#include "core/net/apierror.h"
#include "core/net/apirequest.h"

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace brickdesk {

class ApiCall;
class ApiClient;

// The DBFS API calls as typed, asynchronous functions. Every
// function sends one request through the workspace's client (so it shares
// the host's concurrency budget and retries) and calls `done` exactly once,
// unless `context` is destroyed first. `error` is empty on success. Paths
// may be given as "/x" or "dbfs:/x".
class DbfsService
{
public:
    using Done = std::function<void(const std::optional<ApiError> &error)>;
    using ListDone =
        std::function<void(const std::optional<ApiError> &error, const QList<DbfsFileInfo> &)>;
    using StatusDone =
        std::function<void(const std::optional<ApiError> &error, const DbfsFileInfo &)>;
    using HandleDone = std::function<void(const std::optional<ApiError> &error, qint64 handle)>;
    // `data` is decoded; shorter than asked at the end of the file.
    using ReadDone =
        std::function<void(const std::optional<ApiError> &error, const QByteArray &data)>;

    // Limits of the API.
    static constexpr qint64 kMaxBlockBytes = 1024 * 1024; // add-block, JSON put
    static constexpr qint64 kMaxReadBytes = 1024 * 1024;
    static constexpr qint64 kMaxMultipartPutBytes = 2LL * 1024 * 1024 * 1024;
    static constexpr qint64 kHandleIdleTimeoutMs = 10 * 60 * 1000;

    explicit DbfsService(ApiClient *client);

    ApiClient *client() const;

    // The children of a directory (the file itself for a file path). DBFS
    // does not page: one call answers the whole directory.
    ApiCall *list(const QString &path, QObject *context, ListDone done) const;
    ApiCall *getStatus(const QString &path, QObject *context, StatusDone done) const;
    // Creates the directory and its missing parents; succeeds if it exists.
    ApiCall *mkdirs(const QString &path, QObject *context, Done done) const;
    // Moves a file or a whole directory; fails if `to` exists.
    ApiCall *move(const QString &from, const QString &to, QObject *context, Done done) const;
    // One delete call. A recursive delete of a large tree may stop early
    // with 503 PARTIAL_DELETE; DbfsDelete repeats it until it is complete.
    // Deleting a missing path succeeds (the API says so).
    ApiCall *remove(const QString &path, bool recursive, QObject *context, Done done) const;
    // Writes a small file in one JSON call (at most kMaxBlockBytes).
    ApiCall *put(const QString &path, const QByteArray &contents, bool overwrite, QObject *context,
                 Done done) const;
    // Streams: create, add blocks in order, close. The handle expires after
    // kHandleIdleTimeoutMs without a call.
    ApiCall *create(const QString &path, bool overwrite, QObject *context, HandleDone done) const;
    ApiCall *addBlock(qint64 handle, const QByteArray &data, QObject *context, Done done) const;
    ApiCall *close(qint64 handle, QObject *context, Done done) const;
    // Up to `length` (≤ kMaxReadBytes) bytes from `offset`.
    ApiCall *read(const QString &path, qint64 offset, qint64 length, QObject *context,
                  ReadDone done) const;

    // Requests the transfers build themselves, so that the heavy part
    // (base64, JSON) can run off the GUI thread.
    // add-block with the JSON body already serialised.
    // A multipart put of the local file `localPath` to `path`, streamed from
    // disk (up to kMaxMultipartPutBytes); reopened for each attempt.
    static ApiRequest putFileRequest(const QString &localPath, const QString &path, bool overwrite);
    static ApiRequest addBlockRequest(const QByteArray &jsonBody);
    static QByteArray addBlockBody(qint64 handle, const QByteArray &data);
    // read answering the raw JSON text; parseRead() decodes it.
    static ApiRequest readRequest(const QString &path, qint64 offset, qint64 length);
    // The decoded bytes of a read answer, or nullopt if it is malformed.
    static std::optional<QByteArray> parseRead(const QByteArray &jsonBody);

    // "dbfs:/tmp/x" for "/tmp/x" (and for "dbfs:/tmp/x").
    static QString displayPath(const QString &path);
    // "/tmp/x" for "dbfs:/tmp/x", "dbfs:///tmp/x" or "/tmp/x/"; "/" for the root.
    static QString apiPath(const QString &pathOrDbfsUrl);
    static QString parentPath(const QString &path);
    static QString childPath(const QString &directory, const QString &name);

private:
    QPointer<ApiClient> m_client;
};

} // namespace brickdesk
