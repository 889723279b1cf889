#pragma once

#include "app/common/aboutdialog.h"
#include "app/connections/configfilereader.h"
#include "core/auth/profile.h"

#include <QIcon>
#include <QItemSelection>
#include <QList>
#include <QMainWindow>
#include <QMap>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <optional>

class QListWidget;
class QStackedWidget;
class QTabBar;
class QToolButton;

namespace brickdesk {

class ActivityModel;
class ActivityPanel;
class TransferPanel;
class ApiClient;
class ConnectionManagerDialog;
class ConnectionServices;
class ConnectionStatus;
class Credentials;
class MessagePage;
class WorkspacePane;

// The application window: area navigation on the left; above the areas a
// switcher with one tab per open workspace; the current workspace's areas in
// the middle, its activity docked below and its connection in the status
// bar. The title and status bar always name the workspace you act on. Each
// workspace (WorkspacePane) has its own client and models.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // services: shared with the connection manager; the window makes its
    // own (system environment, real keychain) when none is given.
    explicit MainWindow(ConnectionServices *services = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    ConnectionServices *services() const { return m_services; }

    // The page shown while no workspace is open; `problem` explains why.
    void showNotConnected(const QString &problem = {});
    // Opens a workspace from a profile (or switches to it if it is open).
    WorkspacePane *openProfile(const Profile &profile,
                               const QMap<QString, QString> &sessionSecrets = {});
    // Adds a workspace that is connected by the caller (the demo).
    WorkspacePane *addWorkspace(const Profile &profile, bool demo = false);
    // A workspace from a ready host and credentials.
    WorkspacePane *connectToWorkspace(const QUrl &host, std::shared_ptr<Credentials> credentials,
                                      bool demo = false);
    void closeWorkspace(WorkspacePane *pane);
    void closeCurrentWorkspace();

    QList<WorkspacePane *> workspaces() const { return m_panes; }
    WorkspacePane *currentWorkspace() const;
    void setCurrentWorkspace(WorkspacePane *pane);
    WorkspacePane *workspaceFor(const QString &profileId) const;

    // The current workspace's parts; null / the window's own when none.
    ApiClient *client() const;
    ActivityModel *activityModel() const;
    ConnectionStatus *connectionStatus() const;
    ActivityPanel *activityPanel() const { return m_activityPanel; }
    TransferPanel *transferPanel() const { return m_transferPanel; }
    MessagePage *homePage() const { return m_home; }
    QTabBar *workspaceSwitcher() const { return m_switcher; }

    // Areas by their registered id ("workspace", "dbfs"…); the navigation
    // shows every registered area and follows its selection.
    void showArea(const QString &areaId);
    QString currentArea() const;
    QListWidget *navigation() const { return m_navigation; }

    // Opens the About dialog without blocking (show(), not exec()) and
    // returns it; a second call raises the same dialog.
    AboutDialog *showAbout();
    // Opens the connection manager without blocking; a second call raises
    // the same dialog. Picking a profile there opens its workspace.
    // configFile: ~/.databrickscfg as the caller already read it, so that a
    // new dialog does not read it again.
    ConnectionManagerDialog *
    showConnectionManager(const std::optional<ConfigFileReader::Result> &configFile = {});

signals:
    // "Open the demo workspace" on the empty page (the Launcher runs it).
    void demoRequested();
    void currentWorkspaceChanged(brickdesk::WorkspacePane *pane);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createNavigation();
    void onNavigationSelectionChanged(const QItemSelection &selected);
    void createSwitcher();
    void createHome();
    void createMenus();
    void restoreSettings();
    void saveSettings() const;
    void updateTitle();
    void updateTab(WorkspacePane *pane);
    void showCurrent();
    void rememberOpenWorkspaces();
    int indexOf(WorkspacePane *pane) const;
    // Closes `pane` without asking (closeWorkspace() asks when transfers run).
    void discardWorkspace(WorkspacePane *pane);
    int runningTransfers() const;

    ConnectionServices *m_services;
    QListWidget *m_navigation;
    QWidget *m_switcherBar;
    QTabBar *m_switcher;
    QStackedWidget *m_stack;
    MessagePage *m_home;
    ActivityModel *m_homeActivity;
    ActivityPanel *m_activityPanel;
    TransferPanel *m_transferPanel;
    QStackedWidget *m_statusStack;
    ConnectionStatus *m_homeStatus;
    QList<WorkspacePane *> m_panes; // in tab order
    QPointer<AboutDialog> m_about;
    bool m_quitConfirmed = false;
    QPointer<ConnectionManagerDialog> m_manager;
    QAction *m_closeWorkspace = nullptr;
    // No saved layout: the docks get their first-start height when shown.
    bool m_sizeDocksOnShow = false;
};

} // namespace brickdesk
