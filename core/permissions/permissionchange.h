#pragma once

#include "core/auth/scimservice.h"
#include "core/permissions/objectpermissions.h"
#include "core/permissions/permissionobject.h"

#include <QList>
#include <QStringList>

namespace brickdesk {

// One principal's direct level before and after an edit; `before` is empty
// for an added entry, `after` for a removed one.
struct PermissionDelta
{
    Principal principal;
    QString before;
    QString after;

    bool operator==(const PermissionDelta &) const = default;
};

// What an edit of an access control list changes, and how it is sent. The
// API merges a PATCH into the list and replaces the list with a PUT, so adds
// and changes go as one PATCH, which cannot lose an entry someone else added
// meanwhile; only a removal needs the PUT, which sends every direct entry.
class PermissionChange
{
public:
    static PermissionChange between(const QList<PermissionGrant> &before,
                                    const QList<PermissionGrant> &after);

    const QList<PermissionDelta> &added() const { return m_added; }
    const QList<PermissionDelta> &changed() const { return m_changed; }
    const QList<PermissionDelta> &removed() const { return m_removed; }
    bool isEmpty() const { return m_added.isEmpty() && m_changed.isEmpty() && m_removed.isEmpty(); }

    bool needsReplace() const { return !m_removed.isEmpty(); }
    // The PATCH body's entries: what is added or changed.
    QList<PermissionGrant> patchGrants() const;
    // The PUT body's entries: every direct entry after the edit.
    const QList<PermissionGrant> &replaceGrants() const { return m_after; }

private:
    QList<PermissionDelta> m_added;
    QList<PermissionDelta> m_changed;
    QList<PermissionDelta> m_removed;
    QList<PermissionGrant> m_after;
};

// The rules an edit is checked against before anything is sent, each
// refusal said plainly: jobs and pipelines keep exactly one owner, who is
// not a group; a person does not take away their own right to manage the
// object; a home folder keeps its user's Can manage.
class PermissionRules
{
public:
    // `server` is the list as loaded (its inherited levels count for who
    // may manage); `after` the direct entries the edit would leave; `me`
    // the signed-in user (their own check is skipped when unknown).
    static QStringList problems(const PermissionObject &object, const ObjectPermissions &server,
                                const QList<PermissionGrant> &after, const CurrentUser &me);

    // Whether `me` manages the object through `direct` or an inherited
    // level of `server`, as a user or through a group they are in.
    static bool canManage(const ObjectPermissions &server, const QList<PermissionGrant> &direct,
                          const CurrentUser &me);
    static bool isManageLevel(const QString &level);
    // The user whose home folder `object` is ("/Users/ana@example.com"), or
    // empty.
    static QString homeFolderOwner(const PermissionObject &object);
};

} // namespace brickdesk
