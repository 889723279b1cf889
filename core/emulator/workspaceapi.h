#pragma once

#include "core/emulator/httpmessage.h"

#include <QJsonObject>

namespace brickdesk::emulator {

class Router;
class WorkspaceStore;
struct WorkspaceObject;

// /api/2.0/workspace/* and /api/2.0/workspace-files/import-file/* (API.md §1).
class WorkspaceApi
{
public:
    // Exported data and JSON import content above this are refused.
    static constexpr qsizetype kMaxContentBytes = 10 * 1024 * 1024;

    explicit WorkspaceApi(WorkspaceStore &store);
    void registerRoutes(Router &router);

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
