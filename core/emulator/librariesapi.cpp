#include "core/emulator/librariesapi.h"

#include "core/emulator/apierrors.h"
#include "core/emulator/clusterlifecycle.h"
#include "core/emulator/clustersstore.h"
#include "core/emulator/router.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

constexpr const char *kLibraryKinds[] = {"jar",  "whl",   "egg", "requirements",
                                         "pypi", "maven", "cran"};

// Why `library` is not one installable library; empty when it is.
QString libraryProblem(const QJsonObject &library)
{
    int kinds = 0;
    for (const char *kind : kLibraryKinds)
        if (library.contains(QLatin1StringView(kind)))
            ++kinds;
    if (kinds != 1)
        return u"Exactly one of jar, whl, egg, requirements, pypi, maven or cran must be "
               "specified for each library."_s;
    if (ClusterLifecycle::libraryName(library).isEmpty()) {
        if (library.contains("pypi"_L1) || library.contains("cran"_L1))
            return u"Missing required field: package"_s;
        if (library.contains("maven"_L1))
            return u"Missing required field: coordinates"_s;
        return u"Library path must not be empty."_s;
    }
    return {};
}

QJsonObject libraryStatusJson(const ClusterLibrary &library)
{
    QJsonObject out{{"library"_L1, library.library},
                    {"status"_L1, ClustersStore::libraryStatusName(library.status)},
                    {"is_library_for_all_clusters"_L1, false}};
    if (!library.messages.isEmpty())
        out.insert("messages"_L1, QJsonArray::fromStringList(library.messages));
    return out;
}

} // namespace

LibrariesApi::LibrariesApi(ClustersStore &store, ClusterLifecycle &lifecycle)
    : m_store(store)
    , m_lifecycle(lifecycle)
{}

void LibrariesApi::registerRoutes(Router &router)
{
    router.route("GET", u"/api/2.0/libraries/cluster-status"_s,
                 [this](const HttpRequest &r) { return clusterStatus(r); });
    router.route("GET", u"/api/2.0/libraries/all-cluster-statuses"_s,
                 [this](const HttpRequest &r) { return allClusterStatuses(r); });
    router.route("POST", u"/api/2.0/libraries/install"_s,
                 [this](const HttpRequest &r) { return install(r); });
    router.route("POST", u"/api/2.0/libraries/uninstall"_s,
                 [this](const HttpRequest &r) { return uninstall(r); });
}

QJsonObject LibrariesApi::statusJson(const Cluster &cluster)
{
    QJsonArray statuses;
    for (const ClusterLibrary &library : cluster.libraries)
        if (library.status != LibraryStatus::UninstallOnRestart)
            statuses.append(libraryStatusJson(library));
    for (const ClusterLibrary &library : cluster.libraries)
        if (library.status == LibraryStatus::UninstallOnRestart)
            statuses.append(libraryStatusJson(library));
    QJsonObject out{{"cluster_id"_L1, cluster.clusterId}};
    if (!statuses.isEmpty())
        out.insert("library_statuses"_L1, statuses);
    return out;
}

HttpResponse LibrariesApi::clusterStatus(const HttpRequest &request) const
{
    const QString id = request.queryValue(u"cluster_id"_s);
    if (id.isEmpty())
        return invalidParameter(u"Missing required field: cluster_id"_s);
    const Cluster *cluster = m_store.find(id);
    if (!cluster)
        return invalidParameter(u"Cluster %1 does not exist"_s.arg(id));
    return HttpResponse::json(statusJson(*cluster));
}

HttpResponse LibrariesApi::allClusterStatuses(const HttpRequest &request) const
{
    Q_UNUSED(request);
    QJsonArray statuses;
    for (const Cluster *cluster : m_store.clusters())
        if (!cluster->libraries.isEmpty())
            statuses.append(statusJson(*cluster));
    QJsonObject out;
    if (!statuses.isEmpty())
        out.insert("statuses"_L1, statuses);
    return HttpResponse::json(out);
}

HttpResponse LibrariesApi::install(const HttpRequest &request)
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const QString id = body->value("cluster_id"_L1).toString();
    if (id.isEmpty())
        return invalidParameter(u"Missing required field: cluster_id"_s);
    Cluster *cluster = m_store.find(id);
    if (!cluster)
        return invalidParameter(u"Cluster %1 does not exist"_s.arg(id));
    const QJsonArray libraries = body->value("libraries"_L1).toArray();
    if (libraries.isEmpty())
        return invalidParameter(u"Missing required field: libraries"_s);
    for (const QJsonValue &value : libraries)
        if (const QString problem = libraryProblem(value.toObject()); !problem.isEmpty())
            return invalidParameter(problem);
    for (const QJsonValue &value : libraries) {
        const QJsonObject library = value.toObject();
        auto existing = std::find_if(
            cluster->libraries.begin(), cluster->libraries.end(),
            [&library](const ClusterLibrary &known) { return known.library == library; });
        if (existing == cluster->libraries.end()) {
            cluster->libraries.append(ClusterLibrary{library, LibraryStatus::Pending, {}});
        } else if (existing->status == LibraryStatus::UninstallOnRestart) {
            // Installing again keeps it: the pending removal is cancelled.
            existing->status = LibraryStatus::Installed;
        }
    }
    m_lifecycle.installLibraries(id);
    return HttpResponse::json({});
}

HttpResponse LibrariesApi::uninstall(const HttpRequest &request)
{
    const auto body = request.jsonBody();
    if (!body)
        return malformedRequest();
    const QString id = body->value("cluster_id"_L1).toString();
    if (id.isEmpty())
        return invalidParameter(u"Missing required field: cluster_id"_s);
    Cluster *cluster = m_store.find(id);
    if (!cluster)
        return invalidParameter(u"Cluster %1 does not exist"_s.arg(id));
    const QJsonArray libraries = body->value("libraries"_L1).toArray();
    if (libraries.isEmpty())
        return invalidParameter(u"Missing required field: libraries"_s);
    // Libraries the cluster does not have are ignored.
    for (const QJsonValue &value : libraries)
        for (ClusterLibrary &known : cluster->libraries)
            if (known.library == value.toObject())
                known.status = LibraryStatus::UninstallOnRestart;
    return HttpResponse::json({});
}

} // namespace brickdesk::emulator
