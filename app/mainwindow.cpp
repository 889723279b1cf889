#include "app/mainwindow.h"

#include "app/common/aboutdialog.h"
#include "app/common/activitypanel.h"
#include "app/common/connectionstatus.h"
#include "app/common/messagepage.h"
#include "app/workspace/workspacepage.h"
#include "app/workspace/workspaceview.h"
#include "core/activity/activitymodel.h"
#include "core/net/apiclient.h"
#include "core/net/credentials.h"
#include "core/workspace/workspacemodel.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

constexpr auto kGeometryKey = "mainWindow/geometry"_L1;
constexpr auto kStateKey = "mainWindow/state"_L1;
constexpr auto kAreaKey = "mainWindow/area"_L1;

QString areaIcon(MainWindow::Area area)
{
    switch (area) {
    case MainWindow::WorkspaceArea:
        return u":/icons/nav-workspace.svg"_s;
    case MainWindow::JobsArea:
        return u":/icons/nav-jobs.svg"_s;
    case MainWindow::ClustersArea:
        return u":/icons/nav-clusters.svg"_s;
    case MainWindow::DbfsArea:
        return u":/icons/nav-dbfs.svg"_s;
    case MainWindow::SecretsArea:
        return u":/icons/nav-secrets.svg"_s;
    case MainWindow::PipelinesArea:
        return u":/icons/nav-pipelines.svg"_s;
    case MainWindow::AreaCount:
        break;
    }
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget)
    , m_areas(new QStackedWidget)
    , m_activity(new ActivityModel(this))
    , m_activityPanel(new ActivityPanel(m_activity, this))
    , m_status(new ConnectionStatus)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/brickdesk.svg"_s));
    createAreas();

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_areas, 1);
    setCentralWidget(central);

    addDockWidget(Qt::BottomDockWidgetArea, m_activityPanel);
    resizeDocks({m_activityPanel}, {190}, Qt::Vertical);
    statusBar()->addWidget(m_status);
    statusBar()->setSizeGripEnabled(true);

    createMenus();
    restoreSettings();
    showNotConnected();
}

MainWindow::~MainWindow()
{
    // Views go before the models and client they show.
    releaseConnection();
}

void MainWindow::createAreas()
{
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setFixedWidth(190);
    m_navigation->setStyleSheet(
        u"QListWidget#navigation { background: palette(window); border: none;"
        "  border-right: 1px solid palette(midlight); padding: 10px 8px; outline: 0; }"
        "QListWidget#navigation::item { padding: 7px 8px; margin: 1px 0; border-radius: 6px;"
        "  color: palette(window-text); }"
        "QListWidget#navigation::item:hover:!selected { background: rgba(0, 0, 0, 0.05); }"
        "QListWidget#navigation::item:selected { background: rgba(59, 125, 216, 0.16);"
        "  color: palette(window-text); }"_s);

    m_workspacePage = new WorkspacePage;
    for (int i = 0; i < AreaCount; ++i) {
        const auto area = Area(i);
        const QIcon icon(areaIcon(area));
        auto *item = new QListWidgetItem(icon, areaName(area), m_navigation);
        item->setToolTip(areaName(area));
        if (area == WorkspaceArea) {
            m_areas->addWidget(m_workspacePage);
            continue;
        }
        // Areas of later versions say so plainly instead of showing
        // placeholder content.
        auto *page = new MessagePage;
        page->setObjectName(u"area-page-%1"_s.arg(i));
        page->setAccessibleName(areaName(area));
        page->setIcon(icon);
        page->setTitle(areaName(area));
        page->setText(tr("%1 is not available yet in this version.").arg(areaName(area)));
        m_areas->addWidget(page);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_areas,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(WorkspaceArea);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *activity = m_activityPanel->toggleViewAction();
    activity->setText(tr("&Activity Panel"));
    activity->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    view->addAction(activity);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Brickdesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

QString MainWindow::areaName(Area area)
{
    switch (area) {
    case WorkspaceArea:
        return tr("Workspace");
    case JobsArea:
        return tr("Jobs");
    case ClustersArea:
        return tr("Clusters");
    case DbfsArea:
        return tr("DBFS");
    case SecretsArea:
        return tr("Secrets");
    case PipelinesArea:
        return tr("Pipelines");
    case AreaCount:
        break;
    }
    return {};
}

void MainWindow::showArea(Area area)
{
    m_navigation->setCurrentRow(area);
}

MainWindow::Area MainWindow::currentArea() const
{
    return Area(m_areas->currentIndex());
}

void MainWindow::showNotConnected(const QString &problem)
{
    releaseConnection();
    m_workspacePage->showNotConnected(problem);
    m_status->setNotConnected();
    m_host.clear();
    m_demo = false;
    updateTitle();
}

void MainWindow::showConnecting(const QString &what)
{
    releaseConnection();
    m_workspacePage->showConnecting(what);
    m_status->setConnecting(what);
    updateTitle();
}

void MainWindow::connectToWorkspace(const QUrl &host,
                                    std::shared_ptr<Credentials> credentials, bool demo)
{
    releaseConnection();
    m_host = host;
    m_demo = demo;
    m_client = new ApiClient(host, std::move(credentials), this);
    m_activity->attach(m_client);
    m_workspaceModel = new WorkspaceModel(m_client, this);
    m_workspacePage->showWorkspace(m_workspaceModel);
    m_status->setClient(m_client, demo);
    updateTitle();
}

void MainWindow::releaseConnection()
{
    m_workspacePage->view()->setWorkspaceModel(nullptr);
    delete m_workspaceModel;
    m_workspaceModel = nullptr;
    m_activity->attach(nullptr);
    delete m_client;
    m_client = nullptr;
}

void MainWindow::updateTitle()
{
    if (!m_client) {
        setWindowTitle(tr("Brickdesk"));
        return;
    }
    const QString host = m_host.authority();
    setWindowTitle(m_demo ? tr("%1 (demo) — Brickdesk").arg(host) : tr("%1 — Brickdesk").arg(host));
}

AboutDialog *MainWindow::showAbout()
{
    if (!m_about) {
        m_about = new AboutDialog(this);
        m_about->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_about->show();
    m_about->raise();
    m_about->activateWindow();
    return m_about;
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1180, 760);
    restoreState(settings.value(kStateKey).toByteArray());
    const int area = settings.value(kAreaKey, int(WorkspaceArea)).toInt();
    showArea(area >= 0 && area < AreaCount ? Area(area) : WorkspaceArea);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kAreaKey, int(currentArea()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace brickdesk
