#include "core/permissions/permissionsloader.h"

#include "core/net/apiclient.h"
#include "core/workspace/workspaceservice.h"

using namespace Qt::StringLiterals;

namespace brickdesk {

PermissionsLoader::PermissionsLoader(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_service(client)
{}

PermissionsLoader::~PermissionsLoader() = default;

QStringList PermissionsLoader::ancestorsOf(const QString &path)
{
    QStringList ancestors;
    QString current = withoutWorkspacePrefix(path);
    while (current.endsWith(u'/'))
        current.chop(1);
    for (qsizetype slash = current.lastIndexOf(u'/'); slash > 0;
         slash = current.lastIndexOf(u'/')) {
        current.truncate(slash);
        ancestors.append(current);
    }
    return ancestors;
}

QStringList PermissionsLoader::levels() const
{
    QStringList levels;
    for (const PermissionLevelInfo &info : m_levels)
        levels.append(info.level);
    return levels.isEmpty() ? PermissionObject::documentedLevels(m_object.type) : levels;
}

void PermissionsLoader::load(const PermissionObject &object)
{
    m_object = object;
    m_permissions = {};
    m_levels.clear();
    m_sourcePaths.clear();
    m_me = {};
    m_error.clear();
    // A new scope drops every answer of the load before.
    m_scope = std::make_unique<QObject>();
    if (!m_client) {
        m_state = State::Failed;
        m_error = tr("Not connected.");
        emit finished();
        return;
    }
    m_state = State::Loading;
    m_pending = 0;

    ++m_pending;
    m_service.get(object, m_scope.get(),
                  [this](const std::optional<ApiError> &error, const ObjectPermissions &answer) {
                      if (error) {
                          m_state = State::Failed;
                          m_error = error->toString();
                      } else {
                          m_permissions = answer;
                      }
                      callDone();
                  });
    ++m_pending;
    m_service.levels(
        object, m_scope.get(),
        [this](const std::optional<ApiError> &error, const QList<PermissionLevelInfo> &levels) {
            if (!error)
                m_levels = levels;
            callDone();
        });
    ++m_pending;
    ScimService(m_client).me(m_scope.get(),
                             [this](const std::optional<ApiError> &error, const CurrentUser &me) {
                                 if (!error)
                                     m_me = me;
                                 callDone();
                             });
    if (object.isWorkspaceObject()) {
        const WorkspaceService workspace(m_client);
        for (const QString &folder : ancestorsOf(object.path)) {
            ++m_pending;
            workspace.getStatus(
                folder, m_scope.get(),
                [this, folder](const std::optional<ApiError> &error,
                               const WorkspaceObject &status) {
                    if (!error && status.objectId > 0) {
                        const auto segment =
                            status.objectType == "REPO"_L1 ? "/repos/"_L1 : "/directories/"_L1;
                        m_sourcePaths.insert(segment + QString::number(status.objectId), folder);
                    }
                    callDone();
                });
        }
    }
}

void PermissionsLoader::callDone()
{
    if (--m_pending > 0)
        return;
    if (m_state == State::Loading)
        m_state = State::Loaded;
    emit finished();
}

} // namespace brickdesk
