#pragma once

#include "core/permissions/permissionobject.h"

#include <QList>
#include <QString>

class QDialog;
class QWidget;

namespace brickdesk {

class ApiClient;

// What a Permissions… action acts on: the selected objects of one workspace.
struct PermissionsTarget
{
    ApiClient *client = nullptr;
    QString workspace; // "prod", for the dialogs' texts
    QList<PermissionObject> objects;
};

// The one way an area opens permissions: one object gets the full
// Permissions dialog, several get the grant dialog. Returns the dialog
// (shown, non-modal, deleted on close), or nullptr when there is nothing
// to open.
QDialog *openPermissions(QWidget *parent, const PermissionsTarget &target);

} // namespace brickdesk
