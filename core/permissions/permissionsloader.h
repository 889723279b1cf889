#pragma once

#include "core/auth/scimservice.h"
#include "core/permissions/objectpermissions.h"
#include "core/permissions/permissionobject.h"
#include "core/permissions/permissionsservice.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace brickdesk {

class ApiClient;

// Everything the Permissions dialog needs about one object, asked for at
// once: its access control list, the levels its type allows, who is signed
// in (so the dialog can tell them before they lock themselves out) and, for
// a workspace object, the ids of the folders above it, so an inherited
// level says "from folder /Shared/etl" instead of an object id. Only the
// list itself must answer; without the others the dialog falls back to the
// documented levels and to ids.
class PermissionsLoader : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Loading, Loaded, Failed };
    Q_ENUM(State)

    explicit PermissionsLoader(ApiClient *client, QObject *parent = nullptr);
    ~PermissionsLoader() override;

    // Starts loading `object`; a load in flight is dropped.
    void load(const PermissionObject &object);
    // Reads the list again (after a change made elsewhere, or a refusal).
    void reload() { load(m_object); }

    State state() const { return m_state; }
    QString errorText() const { return m_error; }
    const PermissionObject &object() const { return m_object; }
    const ObjectPermissions &permissions() const { return m_permissions; }
    // The type's levels, weakest first, as the workspace answers them (or
    // as documented, when it did not).
    QStringList levels() const;
    const QList<PermissionLevelInfo> &levelInfo() const { return m_levels; }
    // "/directories/12" → "/Shared/etl" for the folders above the object.
    const QHash<QString, QString> &sourcePaths() const { return m_sourcePaths; }
    const CurrentUser &currentUser() const { return m_me; }

    // The folders above a workspace path, nearest first, without the root:
    // "/Shared/etl/ingest" → "/Shared/etl", "/Shared".
    static QStringList ancestorsOf(const QString &path);

signals:
    void finished();

private:
    void callDone();

    QPointer<ApiClient> m_client;
    PermissionsService m_service;
    PermissionObject m_object;
    State m_state = State::Idle;
    QString m_error;
    ObjectPermissions m_permissions;
    QList<PermissionLevelInfo> m_levels;
    QHash<QString, QString> m_sourcePaths;
    CurrentUser m_me;
    int m_pending = 0;
    std::unique_ptr<QObject> m_scope;
};

} // namespace brickdesk
