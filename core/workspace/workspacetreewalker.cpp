#include "core/workspace/workspacetreewalker.h"

#include "core/net/apicall.h"
#include "core/workspace/workspaceservice.h"

namespace brickdesk {

WorkspaceTreeWalker::WorkspaceTreeWalker(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_service(std::make_unique<WorkspaceService>(client))
{}

WorkspaceTreeWalker::~WorkspaceTreeWalker() = default;

void WorkspaceTreeWalker::start(const QString &root)
{
    cancel();
    m_objects.clear();
    m_errors.clear();
    listFolder(root);
}

void WorkspaceTreeWalker::cancel()
{
    ++m_generation;
    m_pending = 0;
    for (const QPointer<ApiCall> &call : std::exchange(m_calls, {}))
        if (call)
            call->cancel();
}

void WorkspaceTreeWalker::listFolder(const QString &path)
{
    ++m_pending;
    const quint64 generation = m_generation;
    ApiCall *call = m_service->list(path, this,
                                    [this, generation](const std::optional<ApiError> &error,
                                                       const QList<WorkspaceObject> &children) {
                                        if (generation != m_generation)
                                            return; // a cancelled walk's late answer
                                        if (error) {
                                            m_errors.append(*error);
                                        } else {
                                            for (const WorkspaceObject &child : children) {
                                                m_objects.append(child);
                                                if (child.isContainer())
                                                    listFolder(child.path);
                                            }
                                            emit progress(int(m_objects.size()));
                                        }
                                        if (--m_pending == 0) {
                                            m_calls.clear();
                                            emit finished();
                                        }
                                    });
    m_calls.removeIf([](const QPointer<ApiCall> &c) { return c.isNull(); });
    m_calls.append(call);
}

} // namespace brickdesk
