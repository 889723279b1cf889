#include "core/permissions/permissionsgrant.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk {

PermissionsGrant::PermissionsGrant(ApiClient *client, QList<PermissionObject> objects,
                                   Principal principal, QString level, QObject *parent)
    : QObject(parent)
    , m_service(client)
    , m_principal(std::move(principal))
    , m_level(std::move(level))
{
    for (PermissionObject &object : objects)
        m_results.append({std::move(object), Outcome::Pending, {}});
}

PermissionsGrant::~PermissionsGrant() = default;

QStringList PermissionsGrant::commonLevels(const QList<PermissionObject> &objects)
{
    if (objects.isEmpty())
        return {};
    QStringList levels = PermissionObject::documentedLevels(objects.first().type);
    levels.removeAll(PermissionLevel::Owner);
    for (const PermissionObject &object : objects) {
        const QStringList own = PermissionObject::documentedLevels(object.type);
        levels.removeIf([&own](const QString &level) { return !own.contains(level); });
    }
    return levels;
}

int PermissionsGrant::count(Outcome outcome) const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(), [outcome](const Result &result) {
        return result.outcome == outcome;
    }));
}

void PermissionsGrant::start()
{
    m_scope = std::make_unique<QObject>();
    m_started = true;
    for (Result &result : m_results)
        result = {result.object, Outcome::Pending, {}};
    m_pending = int(m_results.size());
    if (m_pending == 0) {
        emit finished();
        return;
    }
    // All at once: the client's per-host budget spaces them out.
    for (int index = 0; index < m_results.size(); ++index)
        grantOne(index);
}

void PermissionsGrant::grantOne(int index)
{
    const PermissionObject object = m_results.at(index).object;
    m_service.get(object, m_scope.get(),
                  [this, index, object](const std::optional<ApiError> &error,
                                        const ObjectPermissions &current) {
                      if (error) {
                          finish(index, Outcome::Failed, error->toString());
                          return;
                      }
                      const PrincipalPermissions *entry = current.find(m_principal);
                      const QString held = entry ? entry->directLevel : QString();
                      const QStringList levels = PermissionObject::documentedLevels(object.type);
                      if (!held.isEmpty() && permissionLevelRank(levels, held) >=
                                                 permissionLevelRank(levels, m_level)) {
                          finish(index, Outcome::AlreadyHad, held);
                          return;
                      }
                      m_service.update(object, {PermissionGrant{m_principal, m_level}},
                                       m_scope.get(),
                                       [this, index](const std::optional<ApiError> &refusal,
                                                     const ObjectPermissions &) {
                                           if (refusal)
                                               finish(index, Outcome::Failed, refusal->toString());
                                           else
                                               finish(index, Outcome::Granted);
                                       });
                  });
}

void PermissionsGrant::finish(int index, Outcome outcome, const QString &detail)
{
    m_results[index].outcome = outcome;
    m_results[index].detail = detail;
    emit objectFinished(index);
    if (--m_pending == 0)
        emit finished();
}

} // namespace brickdesk
