#pragma once

#include "core/emulator/dbfsstore.h"
#include "core/emulator/emulatorclock.h"
#include "core/emulator/faultinjector.h"
#include "core/emulator/httpmessage.h"
#include "core/emulator/jobsstore.h"
#include "core/emulator/oauthstore.h"
#include "core/emulator/workspacestore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QTcpSocket;

namespace brickdesk::emulator {

class DbfsApi;
class HttpTransport;
class JobsApi;
class OidcApi;
class Router;
class ScimApi;
class WorkspaceApi;

enum class Seed { Empty, Demo };

// An in-memory Databricks workspace answering the REST API on a loopback
// port, as the real service does (API.md): the tests' server and the backend
// of `brickdesk --demo`. It never blocks: slow answers are timers.
class Emulator : public QObject
{
    Q_OBJECT
public:
    explicit Emulator(QObject *parent = nullptr);
    ~Emulator() override;

    bool listen(quint16 port = 0); // binds 127.0.0.1 only; 0 = any free port
    quint16 port() const { return m_port; }
    QUrl url() const; // "http://127.0.0.1:<port>"

    void setAcceptedToken(const QByteArray &token); // the one valid PAT
    // OAuth clients, token lifetime and issued tokens. Access tokens it issues
    // are accepted alongside the PAT until they expire on clock().
    OAuthStore &oauth() { return *m_oauth; }
    void seed(Seed seed); // replaces all content

    FaultInjector &faults() { return m_faults; }
    EmulatorClock &clock() { return *m_clock; }
    WorkspaceStore &workspace() { return *m_workspace; }
    JobsStore &jobs() { return *m_jobs; }
    DbfsStore &dbfs() { return *m_dbfs; }
    // DBFS knobs: partial-delete limit and stream handle timeout.
    DbfsApi &dbfsApi() { return *m_dbfsApi; }
    QString userName() const;
    QString workspaceId() const;

    // Every request received, oldest first.
    QList<RecordedRequest> requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

    // Authentication and routing without transport or faults: what the
    // emulator answers to `request` right now.
    HttpResponse handle(const HttpRequest &request);

signals:
    void requestReceived(const QString &method, const QString &path);

private:
    void onRequest(const HttpRequest &request, QPointer<QTcpSocket> socket);
    void respond(const HttpRequest &request, QTcpSocket *socket,
                 const std::optional<FaultRule> &fault);
    std::optional<HttpResponse> checkAuth(const HttpRequest &request) const;
    void record(const HttpRequest &request);

    EmulatorClock *m_clock;
    FaultInjector m_faults;
    std::unique_ptr<WorkspaceStore> m_workspace;
    std::unique_ptr<JobsStore> m_jobs;
    std::unique_ptr<DbfsStore> m_dbfs;
    std::unique_ptr<OAuthStore> m_oauth;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<WorkspaceApi> m_workspaceApi;
    std::unique_ptr<ScimApi> m_scimApi;
    std::unique_ptr<JobsApi> m_jobsApi;
    std::unique_ptr<DbfsApi> m_dbfsApi;
    std::unique_ptr<OidcApi> m_oidcApi;
    HttpTransport *m_transport;
    QByteArray m_acceptedToken;
    QList<RecordedRequest> m_requests;
    quint16 m_port = 0;
};

} // namespace brickdesk::emulator
