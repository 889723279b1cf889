#pragma once

#include "core/permissions/objectpermissions.h"
#include "core/permissions/permissionobject.h"
#include "core/permissions/permissionsservice.h"

#include <QList>
#include <QObject>

#include <memory>

namespace brickdesk {

class ApiClient;

// Gives one principal the same level on several objects (of any types),
// each on its own: every object's list is read first, so a principal who
// already has that level or a stronger one (or owns the object) is left as
// it is rather than lowered, and the level is then added with a PATCH that
// keeps every other entry. Each object reports its own outcome; one failure
// stops nothing else.
class PermissionsGrant : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Pending, Granted, AlreadyHad, Failed };
    Q_ENUM(Outcome)

    struct Result
    {
        PermissionObject object;
        Outcome outcome = Outcome::Pending;
        // Failed: the error; AlreadyHad: the level the principal keeps.
        QString detail;
    };

    PermissionsGrant(ApiClient *client, QList<PermissionObject> objects, Principal principal,
                     QString level, QObject *parent = nullptr);
    ~PermissionsGrant() override;

    // Sends every grant; a second start() begins again from Pending.
    void start();

    const QList<Result> &results() const { return m_results; }
    bool isFinished() const { return m_pending == 0 && m_started; }
    int count(Outcome outcome) const;

    // The levels that can be granted to all of `objects` at once: those
    // every type has, weakest first (never IS_OWNER: ownership moves one
    // object at a time).
    static QStringList commonLevels(const QList<PermissionObject> &objects);

signals:
    void objectFinished(int index);
    void finished();

private:
    void grantOne(int index);
    void finish(int index, Outcome outcome, const QString &detail = {});

    PermissionsService m_service;
    Principal m_principal;
    QString m_level;
    QList<Result> m_results;
    int m_pending = 0;
    bool m_started = false;
    std::unique_ptr<QObject> m_scope;
};

} // namespace brickdesk
