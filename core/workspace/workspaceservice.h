#pragma once

#include "core/net/apierror.h"
#include "core/workspace/workspaceobject.h"

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace brickdesk {

class ApiCall;
class ApiClient;

// The Workspace API calls (/api/2.0/workspace/...) as typed, asynchronous functions.
// Every function sends one request through the workspace's client (so it
// shares the host's concurrency budget and retries) and calls `done` exactly
// once, unless `context` is destroyed first. `error` is empty on success.
class WorkspaceService
{
public:
    using Done = std::function<void(const std::optional<ApiError> &error)>;
    using ListDone =
        std::function<void(const std::optional<ApiError> &error, const QList<WorkspaceObject> &)>;
    using StatusDone =
        std::function<void(const std::optional<ApiError> &error, const WorkspaceObject &)>;
    using ContentDone =
        std::function<void(const std::optional<ApiError> &error, const QByteArray &content)>;

    // What to write with import: `format` is SOURCE, JUPYTER,
    // HTML, DBC or AUTO; `language` is required for SOURCE notebooks only.
    struct Import
    {
        QString path;
        QString format;
        QString language;
        QByteArray content;
        bool overwrite = false;
    };

    explicit WorkspaceService(ApiClient *client);

    ApiClient *client() const { return m_client; }

    // The children of a folder (one object for a non-folder path).
    ApiCall *list(const QString &path, QObject *context, ListDone done) const;
    ApiCall *getStatus(const QString &path, QObject *context, StatusDone done) const;
    // Creates the folder and its missing parents; succeeds if it exists.
    ApiCall *mkdirs(const QString &path, QObject *context, Done done) const;
    ApiCall *remove(const QString &path, bool recursive, QObject *context, Done done) const;
    // The exported bytes of `path` in `format` (SOURCE, HTML, JUPYTER, DBC,
    // R_MARKDOWN, AUTO), decoded; a folder exports as DBC.
    ApiCall *exportObject(const QString &path, const QString &format, QObject *context,
                          ContentDone done) const;
    ApiCall *importObject(const Import &import, QObject *context, Done done) const;
    // Writes `content` as a workspace file at `path`, byte for byte, through
    // import-file: unlike import with AUTO it never turns a .py with the
    // notebook header into a notebook, and it has no 10 MB limit.
    ApiCall *importFile(const QString &path, const QByteArray &content, bool overwrite,
                        QObject *context, Done done) const;

    // The largest notebook or export the API accepts: 10 MB (MAX_NOTEBOOK_SIZE_EXCEEDED beyond).
    static constexpr qint64 kMaxContentBytes = 10 * 1024 * 1024;

private:
    QPointer<ApiClient> m_client;
};

} // namespace brickdesk
