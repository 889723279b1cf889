#include "app/mainwindow.h"

#include "app/common/aboutdialog.h"
#include "app/common/activitypanel.h"
#include "app/common/arearegistry.h"
#include "app/common/confirmdialog.h"
#include "app/common/connectionstatus.h"
#include "app/common/messagepage.h"
#include "app/common/transferpanel.h"
#include "app/connections/connectionmanagerdialog.h"
#include "app/connections/connectionservices.h"
#include "app/shell/workspacepane.h"
#include "core/activity/activitymodel.h"
#include "core/auth/profilestore.h"
#include "core/transfers/transferqueue.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

constexpr auto kGeometryKey = "mainWindow/geometry"_L1;
constexpr auto kStateKey = "mainWindow/state"_L1;
constexpr auto kAreaKey = "mainWindow/area"_L1;

QIcon stateIcon(const WorkspacePane *pane)
{
    switch (pane->state()) {
    case WorkspacePane::State::Connecting:
        return QIcon(u":/icons/loading.svg"_s);
    case WorkspacePane::State::Failed:
        return QIcon(u":/icons/error.svg"_s);
    case WorkspacePane::State::Connected:
        break;
    }
    return QIcon(u":/icons/host.svg"_s);
}

} // namespace

MainWindow::MainWindow(ConnectionServices *services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services ? services
                          : new ConnectionServices(QProcessEnvironment::systemEnvironment(),
                                                   u"Brickdesk"_s, this))
    , m_navigation(new QListWidget)
    , m_switcherBar(new QWidget)
    , m_switcher(new QTabBar)
    , m_stack(new QStackedWidget)
    , m_home(new MessagePage)
    , m_homeActivity(new ActivityModel(this))
    , m_activityPanel(new ActivityPanel(m_homeActivity, this))
    , m_transferPanel(new TransferPanel(this))
    , m_statusStack(new QStackedWidget)
    , m_homeStatus(new ConnectionStatus)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/brickdesk.svg"_s));
    createNavigation();
    createSwitcher();
    createHome();

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(m_switcherBar);
    rightLayout->addWidget(m_stack, 1);

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(right, 1);
    setCentralWidget(central);

    addDockWidget(Qt::BottomDockWidgetArea, m_activityPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_transferPanel);
    tabifyDockWidget(m_activityPanel, m_transferPanel);
    m_statusStack->addWidget(m_homeStatus);
    statusBar()->addWidget(m_statusStack);
    statusBar()->setSizeGripEnabled(true);

    createMenus();
    restoreSettings();
    showNotConnected();
}

MainWindow::~MainWindow()
{
    // Each pane takes its client, models and views with it; the panel must
    // not look at an activity model that goes away.
    m_activityPanel->setModel(m_homeActivity);
    const QList<WorkspacePane *> panes = m_panes;
    m_panes.clear();
    qDeleteAll(panes);
}

void MainWindow::createNavigation()
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
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    for (const AreaDescriptor &area : AreaRegistry::builtIn().areas()) {
        auto *item = new QListWidgetItem(QIcon(area.iconPath), area.name(), m_navigation);
        item->setData(Qt::UserRole, area.id);
        item->setToolTip(area.name());
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this] {
        // Keyboard and mouse move the current row; keep the highlight on it.
        if (QListWidgetItem *item = m_navigation->currentItem(); item && !item->isSelected())
            item->setSelected(true);
        if (WorkspacePane *pane = currentWorkspace())
            pane->showArea(currentArea());
    });
    // Assistive technology selects an entry (AT-SPI Selection, or a cell's
    // Toggle action) without moving the current row: follow the selection.
    connect(m_navigation->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onNavigationSelectionChanged);
    m_navigation->setCurrentRow(0);
}

void MainWindow::onNavigationSelectionChanged(const QItemSelection &selected)
{
    QItemSelectionModel *selection = m_navigation->selectionModel();
    if (!selected.indexes().isEmpty()) {
        // The newly selected entry becomes the current one, and the only
        // one highlighted (a selection through the accessibility interface
        // adds to what was selected rather than replacing it).
        const QModelIndex chosen = selected.indexes().constFirst();
        if (chosen != selection->currentIndex() || selection->selectedIndexes().size() > 1)
            selection->setCurrentIndex(chosen, QItemSelectionModel::ClearAndSelect);
    } else if (!selection->hasSelection() && selection->currentIndex().isValid()) {
        // An area is always shown, so its entry stays highlighted.
        selection->select(selection->currentIndex(), QItemSelectionModel::Select);
    }
}

void MainWindow::createSwitcher()
{
    m_switcherBar->setObjectName(u"workspaceSwitcherBar"_s);
    m_switcherBar->setStyleSheet(u"QWidget#workspaceSwitcherBar { background: palette(window);"
                                 " border-bottom: 1px solid palette(midlight); }"_s);
    m_switcher->setObjectName(u"workspaceSwitcher"_s);
    m_switcher->setAccessibleName(tr("Open workspaces"));
    m_switcher->setDocumentMode(true);
    m_switcher->setTabsClosable(true);
    m_switcher->setMovable(true);
    m_switcher->setExpanding(false);
    m_switcher->setElideMode(Qt::ElideRight);
    m_switcher->setUsesScrollButtons(true);
    m_switcher->setDrawBase(false);

    auto *open = new QToolButton;
    open->setObjectName(u"openWorkspaceButton"_s);
    open->setIcon(QIcon(u":/icons/add.svg"_s));
    open->setText(tr("Open Workspace…"));
    open->setToolTip(tr("Open another workspace (Ctrl+O)"));
    open->setAutoRaise(true);
    connect(open, &QToolButton::clicked, this, [this] { showConnectionManager(); });

    auto *layout = new QHBoxLayout(m_switcherBar);
    layout->setContentsMargins(6, 4, 6, 0);
    layout->setSpacing(2);
    layout->addWidget(m_switcher);
    layout->addWidget(open, 0, Qt::AlignVCenter);
    layout->addStretch(1);
    m_switcherBar->hide();

    connect(m_switcher, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0 && index < m_panes.size())
            showCurrent();
    });
    connect(m_switcher, &QTabBar::tabCloseRequested, this, [this](int index) {
        if (index >= 0 && index < m_panes.size())
            closeWorkspace(m_panes.at(index));
    });
    connect(m_switcher, &QTabBar::tabMoved, this, [this](int from, int to) {
        m_panes.move(from, to);
        rememberOpenWorkspaces();
    });
}

void MainWindow::createHome()
{
    m_home->setObjectName(u"homePage"_s);
    m_home->setIcon(QIcon(u":/icons/disconnected.svg"_s));
    m_home->setTitle(tr("Not connected to a workspace"));
    // Commands on lines of their own: Qt would wrap "--demo" after a hyphen.
    m_home->setText(
        tr("<p>Open one of your workspaces: Brickdesk finds the profiles in "
           "<code>~/.databrickscfg</code>, or you add one with its URL and a token or OAuth "
           "sign-in.</p>"
           "<p>To look around without an account, open the demo workspace with sample "
           "notebooks, folders and jobs (also <code>brickdesk --demo</code>).</p>"
           "<p>Brickdesk also connects to the workspace named by the "
           "<code>DATABRICKS_HOST</code> and <code>DATABRICKS_TOKEN</code> environment "
           "variables.</p>"));
    QPushButton *open = m_home->addButton(tr("Open Workspace…"), QIcon(u":/icons/host.svg"_s));
    open->setObjectName(u"homeOpenWorkspace"_s);
    connect(open, &QPushButton::clicked, this, [this] { showConnectionManager(); });
    QPushButton *demo =
        m_home->addButton(tr("Open the Demo Workspace"), QIcon(u":/icons/nav-workspace.svg"_s));
    demo->setObjectName(u"homeOpenDemo"_s);
    connect(demo, &QPushButton::clicked, this, &MainWindow::demoRequested);
    m_stack->addWidget(m_home);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(QIcon(u":/icons/host.svg"_s), tr("&Open Workspace…"), this,
                                    [this] { showConnectionManager(); });
    open->setObjectName(u"openWorkspaceAction"_s);
    open->setShortcut(QKeySequence::Open);
    m_closeWorkspace =
        file->addAction(tr("&Close Workspace"), this, &MainWindow::closeCurrentWorkspace);
    m_closeWorkspace->setObjectName(u"closeWorkspaceAction"_s);
    m_closeWorkspace->setShortcut(QKeySequence::Close);
    m_closeWorkspace->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *activity = m_activityPanel->toggleViewAction();
    activity->setText(tr("&Activity Panel"));
    activity->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    view->addAction(activity);
    QAction *transfers = m_transferPanel->toggleViewAction();
    transfers->setText(tr("&Transfers Panel"));
    transfers->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    view->addAction(transfers);
    view->addSeparator();
    QAction *next = view->addAction(tr("&Next Workspace"), this, [this] {
        if (m_switcher->count() > 1)
            m_switcher->setCurrentIndex((m_switcher->currentIndex() + 1) % m_switcher->count());
    });
    next->setShortcut(QKeySequence::NextChild);
    QAction *previous = view->addAction(tr("&Previous Workspace"), this, [this] {
        if (m_switcher->count() > 1)
            m_switcher->setCurrentIndex((m_switcher->currentIndex() + m_switcher->count() - 1) %
                                        m_switcher->count());
    });
    previous->setShortcut(QKeySequence::PreviousChild);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Brickdesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showArea(const QString &areaId)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).toString() == areaId) {
            m_navigation->setCurrentRow(row);
            return;
        }
    }
}

QString MainWindow::currentArea() const
{
    const QListWidgetItem *item = m_navigation->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

WorkspacePane *MainWindow::currentWorkspace() const
{
    const int index = m_switcher->currentIndex();
    return index >= 0 && index < m_panes.size() ? m_panes.at(index) : nullptr;
}

WorkspacePane *MainWindow::workspaceFor(const QString &profileId) const
{
    for (WorkspacePane *pane : m_panes)
        if (pane->profile().id == profileId)
            return pane;
    return nullptr;
}

int MainWindow::indexOf(WorkspacePane *pane) const
{
    return int(m_panes.indexOf(pane));
}

void MainWindow::setCurrentWorkspace(WorkspacePane *pane)
{
    const int index = indexOf(pane);
    if (index >= 0)
        m_switcher->setCurrentIndex(index);
}

ApiClient *MainWindow::client() const
{
    WorkspacePane *pane = currentWorkspace();
    return pane ? pane->client() : nullptr;
}

ActivityModel *MainWindow::activityModel() const
{
    WorkspacePane *pane = currentWorkspace();
    return pane ? pane->activityModel() : m_homeActivity;
}

ConnectionStatus *MainWindow::connectionStatus() const
{
    WorkspacePane *pane = currentWorkspace();
    return pane ? pane->status() : m_homeStatus;
}

void MainWindow::showNotConnected(const QString &problem)
{
    m_home->setProblem(problem);
    if (m_panes.isEmpty())
        showCurrent();
    else if (!problem.isEmpty())
        statusBar()->showMessage(problem, 15'000);
}

WorkspacePane *MainWindow::addWorkspace(const Profile &profile, bool demo)
{
    auto *pane = new WorkspacePane(profile, m_services, demo);
    m_panes.append(pane);
    m_stack->addWidget(pane);
    m_statusStack->addWidget(pane->status());
    connect(pane, &WorkspacePane::areaRequested, this, [this, pane](const QString &areaId) {
        if (pane == currentWorkspace())
            showArea(areaId);
    });
    connect(pane, &WorkspacePane::stateChanged, this, [this, pane] {
        updateTab(pane);
        if (pane == currentWorkspace())
            updateTitle();
    });
    const QSignalBlocker blocker(m_switcher); // showCurrent() below, once
    m_switcher->addTab(pane->title());
    updateTab(pane);
    m_switcher->setCurrentIndex(int(m_panes.size()) - 1);
    showCurrent();
    rememberOpenWorkspaces();
    return pane;
}

WorkspacePane *MainWindow::openProfile(const Profile &profile,
                                       const QMap<QString, QString> &sessionSecrets)
{
    if (WorkspacePane *open = workspaceFor(profile.id)) {
        setCurrentWorkspace(open);
        if (open->state() == WorkspacePane::State::Failed)
            open->connectProfile(sessionSecrets);
        return open;
    }
    // Session-only secrets stay with the session, for reconnects.
    if (!sessionSecrets.isEmpty())
        m_services->setSessionSecrets(profile.id, sessionSecrets);
    WorkspacePane *pane = addWorkspace(profile);
    pane->connectProfile(sessionSecrets);
    return pane;
}

WorkspacePane *MainWindow::connectToWorkspace(const QUrl &host,
                                              std::shared_ptr<Credentials> credentials, bool demo)
{
    Profile profile;
    profile.id = demo ? u"demo"_s : u"host:"_s + host.toString();
    profile.displayName = demo ? tr("Demo") : host.host();
    profile.host = host;
    profile.origin = Profile::Origin::Environment; // not saved, not restored
    WorkspacePane *pane = workspaceFor(profile.id);
    if (!pane)
        pane = addWorkspace(profile, demo);
    pane->adopt(host, std::move(credentials));
    setCurrentWorkspace(pane);
    return pane;
}

void MainWindow::closeCurrentWorkspace()
{
    if (WorkspacePane *pane = currentWorkspace())
        closeWorkspace(pane);
}

void MainWindow::closeWorkspace(WorkspacePane *pane)
{
    if (indexOf(pane) < 0)
        return;
    const TransferQueue::Summary transfers = pane->transferQueue()->summary();
    const int unfinished = transfers.queued + transfers.running;
    if (unfinished == 0) {
        discardWorkspace(pane);
        return;
    }
    ConfirmDialog::Question question;
    question.workspace = pane->title();
    question.what =
        tr("Close workspace “%1” and cancel its %n unfinished transfer(s)?", nullptr, unfinished)
            .arg(pane->title());
    question.details = tr("Nothing half-written is kept: cancelled uploads and downloads are "
                          "removed, and files they were replacing stay as they were.");
    question.action = tr("Close Workspace");
    QPointer<WorkspacePane> target(pane);
    ConfirmDialog::ask(this, question, [this, target](bool confirmed) {
        if (confirmed && target)
            discardWorkspace(target);
    });
}

int MainWindow::runningTransfers() const
{
    int unfinished = 0;
    for (const WorkspacePane *pane : m_panes) {
        const TransferQueue::Summary summary = pane->transferQueue()->summary();
        unfinished += summary.queued + summary.running;
    }
    return unfinished;
}

void MainWindow::discardWorkspace(WorkspacePane *pane)
{
    const int index = indexOf(pane);
    if (index < 0)
        return;
    if (m_activityPanel->model() == pane->activityModel())
        m_activityPanel->setModel(m_homeActivity);
    if (m_transferPanel->queue() == pane->transferQueue())
        m_transferPanel->setQueue(nullptr);
    m_panes.removeAt(index);
    {
        const QSignalBlocker blocker(m_switcher);
        m_switcher->removeTab(index);
    }
    m_stack->removeWidget(pane);
    delete pane;
    rememberOpenWorkspaces();
    showCurrent();
}

void MainWindow::rememberOpenWorkspaces()
{
    // Only saved profiles come back at the next start: the environment and
    // the demo are set up by how Brickdesk is started.
    QStringList ids;
    for (const WorkspacePane *pane : std::as_const(m_panes))
        if (pane->profile().origin == Profile::Origin::Saved && !pane->isDemo())
            ids << pane->profile().id;
    m_services->profiles()->setLastOpen(ids);
}

void MainWindow::updateTab(WorkspacePane *pane)
{
    const int index = indexOf(pane);
    if (index < 0)
        return;
    m_switcher->setTabText(index, pane->name());
    m_switcher->setTabIcon(index, stateIcon(pane));
    QString tip = pane->title();
    if (pane->state() == WorkspacePane::State::Failed)
        tip += u'\n' + pane->problem();
    m_switcher->setTabToolTip(index, tip);
}

void MainWindow::showCurrent()
{
    WorkspacePane *pane = currentWorkspace();
    m_switcherBar->setVisible(!m_panes.isEmpty());
    m_closeWorkspace->setEnabled(pane != nullptr);
    if (pane) {
        pane->showArea(currentArea());
        m_stack->setCurrentWidget(pane);
        m_statusStack->setCurrentWidget(pane->status());
        m_activityPanel->setModel(pane->activityModel());
        m_transferPanel->setQueue(pane->transferQueue());
    } else {
        m_stack->setCurrentWidget(m_home);
        m_statusStack->setCurrentWidget(m_homeStatus);
        m_homeStatus->setNotConnected();
        m_activityPanel->setModel(m_homeActivity);
        m_transferPanel->setQueue(nullptr);
    }
    updateTitle();
    emit currentWorkspaceChanged(pane);
}

void MainWindow::updateTitle()
{
    WorkspacePane *pane = currentWorkspace();
    setWindowTitle(pane ? tr("%1 — Brickdesk").arg(pane->title()) : tr("Brickdesk"));
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

ConnectionManagerDialog *
MainWindow::showConnectionManager(const std::optional<ConfigFileReader::Result> &configFile)
{
    if (!m_manager) {
        m_manager = new ConnectionManagerDialog(m_services, this, configFile);
        m_manager->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_manager, &ConnectionManagerDialog::openRequested, this,
                [this](const Profile &profile, const QMap<QString, QString> &secrets) {
                    openProfile(profile, secrets);
                });
        if (WorkspacePane *pane = currentWorkspace())
            m_manager->selectProfile(pane->profile().id);
        m_manager->open();
    }
    m_manager->raise();
    m_manager->activateWindow();
    return m_manager;
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1180, 760);
    m_sizeDocksOnShow = !restoreState(settings.value(kStateKey).toByteArray());
    // An id; older versions saved a row number, which still finds its area.
    showArea(AreaRegistry::builtIn().idFromSetting(settings.value(kAreaKey)));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kAreaKey, currentArea());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_sizeDocksOnShow && !event->spontaneous()) {
        // Before the first show the window has no height to share, and the
        // docks would take their size hint: a third of the window, mostly
        // empty on a first start.
        m_sizeDocksOnShow = false;
        resizeDocks({m_activityPanel}, {160}, Qt::Vertical);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const int unfinished = runningTransfers();
    if (unfinished > 0 && !m_quitConfirmed) {
        // Ask without blocking: ignore this close and close again if the
        // user agrees.
        event->ignore();
        ConfirmDialog::Question question;
        question.what = tr("Quit and cancel %n unfinished transfer(s)?", nullptr, unfinished);
        question.details = tr("Nothing half-written is kept: cancelled uploads and downloads are "
                              "removed, and files they were replacing stay as they were.");
        question.action = tr("Quit");
        ConfirmDialog::ask(this, question, [this](bool confirmed) {
            if (!confirmed)
                return;
            m_quitConfirmed = true;
            close();
        });
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace brickdesk
