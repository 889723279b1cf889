#include "core/emulator/emulator.h"

#include "core/emulator/apierrors.h"
#include "core/emulator/clustersapi.h"
#include "core/emulator/dbfsapi.h"
#include "core/emulator/httptransport.h"
#include "core/emulator/jobrunhistory.h"
#include "core/emulator/jobrunsapi.h"
#include "core/emulator/jobsapi.h"
#include "core/emulator/librariesapi.h"
#include "core/emulator/logging.h"
#include "core/emulator/oidcapi.h"
#include "core/emulator/permissionsapi.h"
#include "core/emulator/pipelinesapi.h"
#include "core/emulator/router.h"
#include "core/emulator/scimapi.h"
#include "core/emulator/secretsapi.h"
#include "core/emulator/workspaceapi.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

constexpr auto kUserName = "demo@brickdesk.dev"_L1;
constexpr auto kWorkspaceId = "900800700600"_L1;
constexpr auto kWellKnownPath = "/.well-known/databricks-config"_L1;
constexpr qsizetype kRecordedBodyBytes = 64 * 1024;

HttpResponse faultResponse(const FaultRule &fault)
{
    switch (fault.kind) {
    case FaultRule::Kind::RateLimit: {
        HttpResponse response =
            apiError(429, u"REQUEST_LIMIT_EXCEEDED"_s,
                     u"Too many requests. Please wait a moment and try again."_s);
        response.setHeader("Retry-After", QByteArray::number(fault.retryAfterSeconds));
        return response;
    }
    case FaultRule::Kind::ServerError: {
        HttpResponse response;
        switch (fault.status) {
        case 500:
            response =
                apiError(500, u"INTERNAL_ERROR"_s, u"Internal error. Please try again later."_s);
            break;
        case 504:
            response =
                apiError(504, u"DEADLINE_EXCEEDED"_s, u"Timed out after 60s. Please try again."_s);
            break;
        default:
            response =
                apiError(fault.status, u"TEMPORARILY_UNAVAILABLE"_s,
                         u"The service is temporarily unavailable. Please try again later."_s);
            break;
        }
        if (fault.retryAfterSeconds > 0)
            response.setHeader("Retry-After", QByteArray::number(fault.retryAfterSeconds));
        return response;
    }
    case FaultRule::Kind::MalformedBody:
        // Cut off mid-document, as a broken proxy or a dropped stream leaves it.
        return HttpResponse::raw(R"({"objects":[{"path":"/Users/demo@brickdesk.dev/trunc)",
                                 "application/json; charset=utf-8");
    case FaultRule::Kind::CannedResponse:
        return HttpResponse::raw(fault.body, fault.contentType, fault.status);
    case FaultRule::Kind::Latency:
    case FaultRule::Kind::DropConnection:
        break;
    }
    return HttpResponse::json({});
}

// Token request bodies carry credentials; recordings must not keep them.
QByteArray redactedForm(const QByteArray &body)
{
    static const QList<QByteArray> secrets{"code", "code_verifier", "client_secret",
                                           "refresh_token", "assertion"};
    QList<QByteArray> pairs = body.split('&');
    for (QByteArray &pair : pairs) {
        const qsizetype equals = pair.indexOf('=');
        if (equals > 0 && secrets.contains(pair.left(equals)))
            pair = pair.left(equals) + "=redacted";
    }
    return pairs.join('&');
}

} // namespace

Emulator::Emulator(QObject *parent)
    : QObject(parent)
    , m_clock(new EmulatorClock(this))
    , m_processes(new ProcessRunner(*m_clock, this))
    , m_workspace(std::make_unique<WorkspaceStore>(*m_clock))
    , m_jobs(std::make_unique<JobsStore>(*m_clock))
    , m_jobRuns(std::make_unique<JobRunsStore>())
    , m_jobRunLifecycle(std::make_unique<JobRunLifecycle>(*m_jobs, *m_jobRuns, *m_processes))
    , m_dbfs(std::make_unique<DbfsStore>(*m_clock))
    , m_oauth(std::make_unique<OAuthStore>(*m_clock))
    , m_secrets(std::make_unique<SecretsStore>(*m_clock))
    , m_clusters(std::make_unique<ClustersStore>(*m_clock))
    , m_clusterLifecycle(std::make_unique<ClusterLifecycle>(*m_clusters, *m_processes))
    , m_pipelines(std::make_unique<PipelinesStore>(*m_clock))
    , m_permissions(std::make_unique<PermissionsStore>())
    , m_router(std::make_unique<Router>())
    , m_transport(
          new HttpTransport([this](const HttpRequest &request,
                                   QPointer<QTcpSocket> socket) { onRequest(request, socket); },
                            this))
{
    createAreas();
    for (const auto &area : m_areas)
        area->registerRoutes(*m_router);
    seed(Seed::Empty);
}

Emulator::~Emulator() = default;

void Emulator::createAreas()
{
    // One line per API area. Stores that other areas read (a job's notebook
    // path, a run's cluster) belong to the Emulator; an area's private state
    // belongs to the area.
    addArea<WorkspaceApi>(*m_workspace);
    const QStringList groups{u"admins"_s, u"users"_s, u"data-engineers"_s};
    m_scimApi = &addArea<ScimApi>(
        ScimUser{kUserName, u"Demo User"_s, u"7284536213498291"_s, groups, true}, kWorkspaceId);
    m_jobsApi = &addArea<JobsApi>(*m_jobs, *m_jobRuns, *m_jobRunLifecycle, userName());
    // After JobsApi: it seeds the runs of the jobs JobsApi just seeded.
    m_jobRunsApi =
        &addArea<JobRunsApi>(*m_jobs, *m_jobRuns, *m_jobRunLifecycle, *m_jobsApi, *m_clock,
                             userName(), workspaceId(), [this] { return url(); });
    m_dbfsApi = &addArea<DbfsApi>(*m_dbfs, *m_clock);
    addArea<OidcApi>(*m_oauth, kUserName, [this] { return url(); });
    m_secretsApi = &addArea<SecretsApi>(*m_secrets, *m_clock, SecretsCaller{kUserName, groups});
    m_clustersApi = &addArea<ClustersApi>(*m_clusters, *m_clusterLifecycle, *m_clock, userName());
    addArea<LibrariesApi>(*m_clusters, *m_clusterLifecycle);
    m_pipelinesApi = &addArea<PipelinesApi>(*m_pipelines, areaContext());
    // Last: its demo lists name the objects the areas above just seeded.
    addArea<PermissionsApi>(*m_permissions, *m_jobs, *m_clusters, *m_pipelines, *m_workspace,
                            *m_scimApi);
}

AreaContext Emulator::areaContext()
{
    return AreaContext{*m_clock, *m_processes, userName(), workspaceId()};
}

bool Emulator::listen(quint16 port)
{
    m_port = m_transport->listen(QHostAddress::LocalHost, port);
    if (m_port == 0)
        qCWarning(lcEmulator) << "could not listen on 127.0.0.1 port" << port;
    return m_port != 0;
}

QUrl Emulator::url() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

void Emulator::setAcceptedToken(const QByteArray &token)
{
    m_acceptedToken = token;
}

void Emulator::seed(Seed seed)
{
    // Processes act on the content being replaced.
    m_processes->clear();
    const SeedContext context{seed, userName()};
    for (const auto &area : m_areas)
        area->seed(context);
}

void Emulator::seedFinishedRuns(int runsPerJob)
{
    RunHistory::seedFinishedRuns(*m_jobs, *m_jobRuns, runsPerJob, m_clock->now());
}

PipelineUpdateLifecycle &Emulator::pipelineLifecycle()
{
    return m_pipelinesApi->lifecycle();
}

void Emulator::setUserGroups(const QStringList &groups)
{
    QStringList all = groups;
    if (!all.contains("users"_L1))
        all.append(u"users"_s);
    ScimUser user = m_scimApi->user();
    user.groups = all;
    m_scimApi->setUser(user);
    m_secretsApi->setCaller(SecretsCaller{userName(), all});
}

QStringList Emulator::userGroups() const
{
    return m_scimApi->user().groups;
}

QString Emulator::userName() const
{
    return kUserName;
}

QString Emulator::workspaceId() const
{
    return kWorkspaceId;
}

std::optional<HttpResponse> Emulator::checkAuth(const HttpRequest &request) const
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    if (authorization.size() < 7 ||
        authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) != 0) {
        // The real service answers these with an integer error_code.
        return HttpResponse::json(
            QJsonObject{{"error_code"_L1, 401},
                        {"message"_L1,
                         u"Credential was not sent or was of an unsupported type for this API."_s}},
            401);
    }
    const QByteArray token = authorization.mid(7).trimmed();
    const bool pat = !m_acceptedToken.isEmpty() && token == m_acceptedToken;
    if (!pat && !m_oauth->isAccessTokenValid(token)) {
        // Unknown, expired and revoked tokens all get the same answer.
        HttpResponse response = HttpResponse::json(
            QJsonObject{{"error_code"_L1, 403}, {"message"_L1, u"Invalid access token."_s}}, 403);
        response.setHeader("X-Databricks-Reason-Phrase", "Invalid access token.");
        return response;
    }
    return std::nullopt;
}

HttpResponse Emulator::handle(const HttpRequest &request)
{
    // The host-metadata probe comes before any credential is used.
    if (request.path == kWellKnownPath && request.method == "GET") {
        const QString host = QString::fromUtf8(request.header("Host"));
        const QString base = host.isEmpty() ? url().toString() : "http://"_L1 + host;
        return HttpResponse::json(QJsonObject{{"oidc_endpoint"_L1, base + "/oidc"_L1},
                                              {"workspace_id"_L1, workspaceId()},
                                              {"host_type"_L1, u"WORKSPACE_HOST"_s},
                                              {"cloud"_L1, u"aws"_s}});
    }
    // The OAuth server is how a client gets a credential in the first place.
    if (OidcApi::isOidcPath(request.path))
        return m_router->dispatch(request);
    if (auto failure = checkAuth(request))
        return *failure;
    return m_router->dispatch(request);
}

void Emulator::record(const HttpRequest &request)
{
    RecordedRequest recorded;
    recorded.method = request.method;
    recorded.path = request.path;
    recorded.query = request.query;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0) {
            // Never keep a credential: only its scheme survives.
            const QByteArray scheme = value.trimmed().split(' ').value(0);
            recorded.headers.insert(name.toLower(), scheme + " <redacted>");
        } else {
            recorded.headers.insert(name.toLower(), value);
        }
    }
    recorded.body = OidcApi::isOidcPath(request.path) ? redactedForm(request.body)
                                                      : request.body.left(kRecordedBodyBytes);
    recorded.bodySize = request.body.size();
    recorded.received = QDateTime::currentDateTimeUtc();
    recorded.clockMs = m_clock->now();
    m_requests.append(recorded);
}

void Emulator::onRequest(const HttpRequest &request, QPointer<QTcpSocket> socket)
{
    record(request);
    emit requestReceived(QString::fromLatin1(request.method), request.path);

    const FaultDecision decision = m_faults.decide(request.method, request.path);
    if (decision.latencyMs <= 0) {
        respond(request, socket, decision.fault);
        return;
    }
    QTimer::singleShot(decision.latencyMs, this, [this, request, socket, fault = decision.fault] {
        respond(request, socket, fault);
    });
}

void Emulator::respond(const HttpRequest &request, QTcpSocket *socket,
                       const std::optional<FaultRule> &fault)
{
    if (!socket)
        return; // the client gave up while we were "slow"
    const bool close = request.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
    if (fault && fault->kind == FaultRule::Kind::DropConnection) {
        qCDebug(lcEmulator).noquote() << request.method << request.path << "-> dropped (fault)";
        if (fault->abortBeforeAnswer)
            HttpTransport::abort(socket);
        else
            HttpTransport::dropMidBody(socket);
        return;
    }
    const HttpResponse response = fault ? faultResponse(*fault) : handle(request);
    qCDebug(lcEmulator).noquote() << request.method << request.path << "->" << response.status
                                  << (fault ? "(fault)" : "");
    HttpTransport::send(socket, response, close);
}

} // namespace brickdesk::emulator
