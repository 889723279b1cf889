#pragma once

#include "app/common/areacontext.h"
#include "app/common/arearegistry.h"
#include "app/common/connectionstatus.h"
#include "core/auth/profile.h"

#include <QList>
#include <QMap>
#include <QPointer>
#include <QWidget>

#include <memory>

class QStackedWidget;

namespace brickdesk {

class ActivityModel;
class ApiClient;
class AreaPage;
class AreaRegistry;
class ConnectionServices;
class Credentials;
class SignInBanner;
class TransferQueue;

// One open workspace: its own client, credentials and transfer queue, one
// page per registered area (each owning its models while connected), and its
// own status-bar widget and activity. The main window shows one pane at a
// time and switches between them; a pane lives until its workspace closes.
class WorkspacePane : public QWidget
{
    Q_OBJECT

public:
    enum class State { Connecting, Connected, Failed };
    Q_ENUM(State)

    // `areas`: the pages to make; the application's built-in areas if null.
    WorkspacePane(const Profile &profile, ConnectionServices *services, bool demo = false,
                  QWidget *parent = nullptr, const AreaRegistry *areas = nullptr);
    ~WorkspacePane() override;

    // Connects through the connector: keychain, or `sessionSecrets` if given.
    void connectProfile(const QMap<QString, QString> &sessionSecrets = {});
    // Shows progress before there is anything to connect to (the demo).
    void showStarting(const QString &what);
    // Takes a ready connection (the demo, or a client built elsewhere).
    void adopt(const QUrl &host, std::shared_ptr<Credentials> credentials);
    void adopt(ApiClient *client, std::shared_ptr<Credentials> credentials);
    void fail(const QString &problem);

    const Profile &profile() const { return m_profile; }
    QString name() const { return m_profile.displayName; }
    // "prod (adb-1.azuredatabricks.net)": what the title and tab show.
    QString title() const;
    bool isDemo() const { return m_demo; }
    State state() const { return m_state; }
    QString problem() const { return m_problem; }

    ApiClient *client() const { return m_client; }
    Credentials *credentials() const { return m_credentials.get(); }
    ActivityModel *activityModel() const { return m_activity; }
    // Uploads, downloads, imports and exports of this workspace.
    TransferQueue *transferQueue() const { return m_transfers; }
    ConnectionStatus *status() const { return m_status; }
    SignInBanner *signInBanner() const { return m_banner; }

    // The pages made so far, in the order they were made. A page is made
    // when its area is first shown or asked for, so a workspace opens with
    // only the page it shows: the others' widgets, charts and models cost
    // nothing until the user goes there.
    const QList<AreaPage *> &pages() const { return m_pages; }
    // The area's page, made now if it was not yet; null when no area has
    // that id.
    AreaPage *page(const QString &areaId);
    // Shows the page of that area; nothing for an unknown id.
    void showArea(const QString &areaId);
    QString currentArea() const;

signals:
    void stateChanged(brickdesk::WorkspacePane::State state);
    // An area asked to show another one (the navigation follows).
    void areaRequested(const QString &areaId);

private:
    AreaPage *createPage(const AreaDescriptor &area);
    AreaPage *existingPage(const QString &areaId) const;
    // Shows a newly made page what the others show: connecting, failed or
    // attached to the connection.
    void bringUpToDate(AreaPage *page);
    AreaContext connectionContext() const;
    QString failureTitle() const;
    bool canRetry() const;
    void setState(State state);
    void release();
    void watchCredentials();
    void signInAgain();

    Profile m_profile;
    QPointer<ConnectionServices> m_services;
    bool m_demo;
    State m_state = State::Connecting;
    QString m_problem;
    QMap<QString, QString> m_sessionSecrets;
    SignInBanner *m_banner;
    QStackedWidget *m_areas;
    QList<AreaDescriptor> m_areaList; // every area, in navigation order
    QList<AreaPage *> m_pages;        // those made so far
    QString m_connectingText;         // what showStarting() said
    ActivityModel *m_activity;
    TransferQueue *m_transfers;
    QPointer<ConnectionStatus> m_status;
    ApiClient *m_client = nullptr;
    std::shared_ptr<Credentials> m_credentials;
    // The context of the connection attempt in flight: replaced by the next
    // attempt, so the connector drops the callback of a superseded one.
    std::unique_ptr<QObject> m_attempt;
};

} // namespace brickdesk
