#include "app/permissions/permissionsopener.h"

#include "app/permissions/grantpermissionsdialog.h"
#include "app/permissions/permissionsdialog.h"
#include "core/net/apiclient.h"

namespace brickdesk {

QDialog *openPermissions(QWidget *parent, const PermissionsTarget &target)
{
    if (!target.client || target.objects.isEmpty())
        return nullptr;
    QDialog *dialog = nullptr;
    if (target.objects.size() == 1)
        dialog =
            new PermissionsDialog(target.client, target.workspace, target.objects.first(), parent);
    else
        dialog =
            new GrantPermissionsDialog(target.client, target.workspace, target.objects, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A dialog of a workspace that was disconnected has nothing left to talk to.
    QObject::connect(target.client, &QObject::destroyed, dialog, &QObject::deleteLater);
    dialog->show();
    return dialog;
}

} // namespace brickdesk
