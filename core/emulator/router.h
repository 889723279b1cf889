#pragma once

#include "core/emulator/httpmessage.h"

#include <QList>

#include <functional>

namespace brickdesk::emulator {

// Maps "METHOD path" to a handler. Each API area registers its routes here,
// so adding an area touches no other area's code.
class Router
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    void route(const QByteArray &method, const QString &path, Handler handler);
    // Matches every path starting with `prefix` (REST-style path parameters).
    void routePrefix(const QByteArray &method, const QString &prefix, Handler handler);

    // Unknown method+path answers like the real service:
    // 404 {"error_code":"ENDPOINT_NOT_FOUND","message":"No API found for 'GET /workspace/x'"}.
    HttpResponse dispatch(const HttpRequest &request) const;
    bool hasRoute(const QByteArray &method, const QString &path) const;

    static HttpResponse endpointNotFound(const HttpRequest &request);

private:
    struct Route
    {
        QByteArray method;
        QString path;
        bool prefix = false;
        Handler handler;
    };
    const Route *find(const QByteArray &method, const QString &path) const;

    QList<Route> m_routes;
};

} // namespace brickdesk::emulator
