#pragma once

#include "app/common/aboutdialog.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <memory>

class QListWidget;
class QStackedWidget;

namespace brickdesk {

class ActivityModel;
class ActivityPanel;
class ApiClient;
class ConnectionStatus;
class Credentials;
class WorkspaceModel;
class WorkspacePage;

// The application window: area navigation on the left, the current area in
// the middle, the activity panel docked below and the connection in the
// status bar. It owns the connection (one ApiClient) while there is one.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Area {
        WorkspaceArea,
        JobsArea,
        ClustersArea,
        DbfsArea,
        SecretsArea,
        PipelinesArea,
        AreaCount
    };
    Q_ENUM(Area)

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void showNotConnected(const QString &problem = {});
    void showConnecting(const QString &what);
    void connectToWorkspace(const QUrl &host, std::shared_ptr<Credentials> credentials,
                            bool demo = false);

    ApiClient *client() const { return m_client; }
    WorkspaceModel *workspaceModel() const { return m_workspaceModel; }
    ActivityModel *activityModel() const { return m_activity; }
    ActivityPanel *activityPanel() const { return m_activityPanel; }
    ConnectionStatus *connectionStatus() const { return m_status; }
    WorkspacePage *workspacePage() const { return m_workspacePage; }

    void showArea(Area area);
    Area currentArea() const;
    static QString areaName(Area area);
    // Opens the About dialog without blocking (show(), not exec()) and
    // returns it; a second call raises the same dialog.
    AboutDialog *showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createAreas();
    void createMenus();
    void restoreSettings();
    void saveSettings() const;
    void releaseConnection();
    void updateTitle();

    QListWidget *m_navigation;
    QStackedWidget *m_areas;
    WorkspacePage *m_workspacePage = nullptr;
    ActivityModel *m_activity;
    ActivityPanel *m_activityPanel;
    ConnectionStatus *m_status;
    ApiClient *m_client = nullptr;
    WorkspaceModel *m_workspaceModel = nullptr;
    QPointer<AboutDialog> m_about;
    QUrl m_host;
    bool m_demo = false;
};

} // namespace brickdesk
