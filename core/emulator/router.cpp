#include "core/emulator/router.h"

#include "core/emulator/apierrors.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

void Router::route(const QByteArray &method, const QString &path, Handler handler)
{
    m_routes.append({method, path, false, std::move(handler)});
}

void Router::routePrefix(const QByteArray &method, const QString &prefix, Handler handler)
{
    m_routes.append({method, prefix, true, std::move(handler)});
}

const Router::Route *Router::find(const QByteArray &method, const QString &path) const
{
    // Exact routes win over prefix routes; among prefixes the longest wins.
    const Route *best = nullptr;
    for (const Route &candidate : m_routes) {
        if (candidate.method != method)
            continue;
        if (!candidate.prefix && candidate.path == path)
            return &candidate;
        if (candidate.prefix && path.startsWith(candidate.path) &&
            (!best || candidate.path.size() > best->path.size()))
            best = &candidate;
    }
    return best;
}

bool Router::hasRoute(const QByteArray &method, const QString &path) const
{
    return find(method, path) != nullptr;
}

HttpResponse Router::dispatch(const HttpRequest &request) const
{
    if (const Route *match = find(request.method, request.path))
        return match->handler(request);
    return endpointNotFound(request);
}

HttpResponse Router::endpointNotFound(const HttpRequest &request)
{
    // The real message names the path without the "/api/<version>" prefix,
    // and a wrong method is reported the same way as an unknown path.
    static const QRegularExpression versioned(u"^/api/\\d+\\.\\d+(/.*)$"_s);
    const QRegularExpressionMatch match = versioned.match(request.path);
    const QString shown = match.hasMatch() ? match.captured(1) : request.path;
    return apiError(404, u"ENDPOINT_NOT_FOUND"_s,
                    u"No API found for '%1 %2'"_s.arg(QString::fromLatin1(request.method), shown));
}

} // namespace brickdesk::emulator
