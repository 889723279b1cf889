#pragma once

#include "core/emulator/emulatorarea.h"
#include "core/emulator/httpmessage.h"

#include <QHash>
#include <QJsonObject>

namespace brickdesk::emulator {

class DbfsStore;
class EmulatorClock;
class Router;
struct DbfsEntry;

// /api/2.0/dbfs/*: list, get-status, mkdirs, delete, move, put, read and the
// create/add-block/close streams, with the service's error codes (404
// RESOURCE_DOES_NOT_EXIST, 400 RESOURCE_ALREADY_EXISTS, MAX_BLOCK_SIZE_EXCEEDED
// above 1 MiB, 503 PARTIAL_DELETE for a recursive delete that stopped early).
//
// Streams (create/add-block/close) follow the real service: create makes an
// empty file visible at `path` at once and every block grows it; close only
// retires the handle. A handle unused for handleTimeoutMs() on the emulator
// clock is gone, as is one that was closed: both answer 404.
class DbfsApi : public EmulatorArea
{
public:
    static constexpr qint64 kMaxBlockBytes = 1024 * 1024; // add-block, JSON put
    static constexpr qint64 kMaxReadBytes = 1024 * 1024;
    static constexpr qint64 kDefaultReadBytes = 512 * 1024;
    // multipart put; the legacy CLI's MULTIPART_UPLOAD_LIMIT
    static constexpr qint64 kMaxUploadBytes = 2LL * 1024 * 1024 * 1024;
    static constexpr qint64 kDefaultHandleTimeoutMs = 10 * 60 * 1000;
    // The real service stops after ~45 s of deleting; a demo never gets there.
    static constexpr qint64 kDefaultPartialDeleteLimit = 100'000;

    DbfsApi(DbfsStore &store, const EmulatorClock &clock);
    void registerRoutes(Router &router) override;
    // Drops every open stream handle, then seeds the tree.
    void seed(const SeedContext &context) override;

    // Files a recursive delete removes per call before answering 503
    // PARTIAL_DELETE; the caller repeats the call until it gets 200.
    void setPartialDeleteLimit(qint64 files) { m_partialDeleteLimit = files; }
    qint64 partialDeleteLimit() const { return m_partialDeleteLimit; }
    void setHandleTimeoutMs(qint64 ms) { m_handleTimeoutMs = ms; }
    qint64 handleTimeoutMs() const { return m_handleTimeoutMs; }
    int openHandleCount();
    void clearHandles() { m_handles.clear(); }

    HttpResponse list(const HttpRequest &request) const;
    HttpResponse getStatus(const HttpRequest &request) const;
    HttpResponse mkdirs(const HttpRequest &request);
    HttpResponse remove(const HttpRequest &request);
    HttpResponse move(const HttpRequest &request);
    HttpResponse put(const HttpRequest &request);
    HttpResponse create(const HttpRequest &request);
    HttpResponse addBlock(const HttpRequest &request);
    HttpResponse close(const HttpRequest &request);
    HttpResponse read(const HttpRequest &request) const;

    static QJsonObject fileInfo(const DbfsEntry &entry);

private:
    struct Handle
    {
        QString path;
        qint64 lastUsedMs = 0;
    };
    Handle *liveHandle(qint64 handle);
    void expireHandles();

    DbfsStore &m_store;
    const EmulatorClock &m_clock;
    QHash<qint64, Handle> m_handles;
    // Large, as the service's are, and below 2^53 so doubles keep them.
    qint64 m_nextHandle = 1'047'501'313'827'425LL;
    qint64 m_partialDeleteLimit = kDefaultPartialDeleteLimit;
    qint64 m_handleTimeoutMs = kDefaultHandleTimeoutMs;
};

} // namespace brickdesk::emulator
