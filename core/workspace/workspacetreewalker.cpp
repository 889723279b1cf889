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
    m_pending = 0;
    m_walkScope = std::make_unique<QObject>();
}

void WorkspaceTreeWalker::listFolder(const QString &path)
{
    ++m_pending;
    m_service->list(
        path, m_walkScope.get(),
        [this](const std::optional<ApiError> &error, const QList<WorkspaceObject> &children) {
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
            if (--m_pending == 0)
                emit finished();
        });
}

} // namespace brickdesk
