#pragma once

#include "core/emulator/emulatorarea.h"
#include "core/emulator/httpmessage.h"

#include <QJsonObject>

namespace brickdesk::emulator {

class Router;
class WorkspaceStore;
struct WorkspaceObject;

// /api/2.0/workspace/* (list, get-status, mkdirs, delete, export, import)
// and /api/2.0/workspace-files/import-file/<path>, the raw-body file upload.
class WorkspaceApi : public EmulatorArea
{
public:
    // Exported data and JSON import content above this are refused.
    static constexpr qsizetype kMaxContentBytes = 10 * 1024 * 1024;

    explicit WorkspaceApi(WorkspaceStore &store);
    void registerRoutes(Router &router) override;
    // "/", "/Users/<user>", "/Shared"; for Seed::Demo sample notebooks too.
    void seed(const SeedContext &context) override;

    HttpResponse list(const HttpRequest &request) const;
    HttpResponse getStatus(const HttpRequest &request) const;
    HttpResponse mkdirs(const HttpRequest &request);
    HttpResponse remove(const HttpRequest &request);
    HttpResponse exportObject(const HttpRequest &request) const;
    HttpResponse importObject(const HttpRequest &request);
    HttpResponse importFile(const HttpRequest &request);

    static QJsonObject objectInfo(const WorkspaceObject &object, const QString &shownPath);

private:
    WorkspaceStore &m_store;
};

} // namespace brickdesk::emulator
