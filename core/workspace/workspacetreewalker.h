#pragma once

#include "core/net/apierror.h"
#include "core/workspace/workspaceobject.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

namespace brickdesk {

class ApiCall;
class ApiClient;
class WorkspaceService;

// Lists a whole folder tree. Every folder found is listed at once; the
// client's host queue keeps the number of requests on the wire within the
// budget, so a deep tree takes as many round trips as it is deep, not as
// many as it has folders. Used to count what a delete removes and to plan
// an export.
class WorkspaceTreeWalker : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceTreeWalker(ApiClient *client, QObject *parent = nullptr);
    ~WorkspaceTreeWalker() override;

    // Lists `root` and everything below it. `root` itself is not reported.
    void start(const QString &root);
    // Stops listing; finished() is not emitted.
    void cancel();

    bool isRunning() const { return m_pending > 0; }
    // Everything found below the root, each folder before its contents.
    const QList<WorkspaceObject> &objects() const { return m_objects; }
    // Folders that could not be listed, with why. The walk goes on without them.
    const QList<ApiError> &errors() const { return m_errors; }

signals:
    void progress(int objectsFound);
    void finished();

private:
    void listFolder(const QString &path);

    std::unique_ptr<WorkspaceService> m_service;
    // The context of the current walk's calls; replacing it on cancel drops
    // their late answers (the client cancels calls whose context is gone).
    std::unique_ptr<QObject> m_walkScope;
    QList<WorkspaceObject> m_objects;
    QList<ApiError> m_errors;
    int m_pending = 0;
};

} // namespace brickdesk
