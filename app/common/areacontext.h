#pragma once

#include <QString>

namespace brickdesk {

class ActivityModel;
class ApiClient;
class ConnectionServices;
class TransferQueue;

// What an area page gets from its workspace once it is connected. Nothing
// here is owned by the page; all of it outlives the page's attachment (the
// workspace detaches its pages before it lets any of it go).
struct AreaContext
{
    ApiClient *client = nullptr;
    // Uploads, downloads, imports and exports of this workspace.
    TransferQueue *transfers = nullptr;
    ActivityModel *activity = nullptr;
    // Profiles and keychain; null in tests that build a page alone.
    ConnectionServices *services = nullptr;
    // "prod": names the workspace in questions ("Delete 3 files from prod?").
    QString workspaceName;
    // "prod (adb-1.azuredatabricks.net)": the full title, for dialogs.
    QString workspaceTitle;
};

} // namespace brickdesk
