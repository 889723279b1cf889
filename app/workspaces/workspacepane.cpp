#include "app/workspaces/workspacepane.h"

#include "app/common/connectionstatus.h"
#include "app/common/messagepage.h"
#include "app/connections/connectionservices.h"
#include "app/dbfs/dbfspage.h"
#include "app/mainwindow.h"
#include "app/workspace/workspacepage.h"
#include "app/workspace/workspacetransfers.h"
#include "app/workspace/workspaceview.h"
#include "app/workspaces/signinbanner.h"
#include "core/activity/activitymodel.h"
#include "core/auth/workspaceconnector.h"
#include "core/dbfs/dbfsmodel.h"
#include "core/net/apiclient.h"
#include "core/net/credentials.h"
#include "core/transfers/transferqueue.h"
#include "core/workspace/workspacemodel.h"

#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

WorkspacePane::WorkspacePane(const Profile &profile, ConnectionServices *services, bool demo,
                             QWidget *parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_services(services)
    , m_demo(demo)
    , m_banner(new SignInBanner(this))
    , m_areas(new QStackedWidget(this))
    , m_activity(new ActivityModel(this))
    , m_transfers(new TransferQueue(this))
    , m_status(new ConnectionStatus)
{
    setObjectName(u"workspacePane"_s);
    setAccessibleName(profile.displayName);
    createAreas();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_areas, 1);
    connect(m_banner, &SignInBanner::signInRequested, this, &WorkspacePane::signInAgain);
}

WorkspacePane::~WorkspacePane()
{
    // Views go before the models and client they show; the status widget
    // lives in the window's status bar, not in this pane.
    release();
    delete m_status;
}

void WorkspacePane::createAreas()
{
    m_workspacePage = new WorkspacePage;
    new WorkspaceTransfers(m_workspacePage->view(), m_transfers); // a child of the view
    m_dbfsPage = new DbfsPage;
    for (int i = 0; i < MainWindow::AreaCount; ++i) {
        const auto area = MainWindow::Area(i);
        if (area == MainWindow::WorkspaceArea) {
            m_areas->addWidget(m_workspacePage);
            continue;
        }
        if (area == MainWindow::DbfsArea) {
            m_areas->addWidget(m_dbfsPage);
            continue;
        }
        // Areas of later versions say so plainly instead of showing
        // placeholder content.
        auto *page = new MessagePage;
        page->setObjectName(u"area-page-%1"_s.arg(i));
        page->setAccessibleName(MainWindow::areaName(area));
        page->setIcon(MainWindow::areaIcon(area));
        page->setTitle(MainWindow::areaName(area));
        page->setText(
            tr("%1 is not available yet in this version.").arg(MainWindow::areaName(area)));
        m_areas->addWidget(page);
    }
}

void WorkspacePane::showArea(int area)
{
    if (area >= 0 && area < m_areas->count())
        m_areas->setCurrentIndex(area);
}

QString WorkspacePane::title() const
{
    const QUrl host = m_client ? m_client->host() : m_profile.host;
    const QString authority = host.authority();
    if (authority.isEmpty())
        return name();
    if (m_demo)
        return tr("%1 (demo, %2)").arg(name(), authority);
    if (name().isEmpty() || name() == authority)
        return authority;
    return tr("%1 (%2)").arg(name(), authority);
}

void WorkspacePane::setState(State state)
{
    m_state = state;
    emit stateChanged(state);
}

void WorkspacePane::showStarting(const QString &what)
{
    release();
    m_problem.clear();
    m_workspacePage->showConnecting(what);
    m_dbfsPage->showConnecting(what);
    m_status->setConnecting(what);
    setState(State::Connecting);
}

void WorkspacePane::connectProfile(const QMap<QString, QString> &sessionSecrets)
{
    if (!m_services)
        return;
    m_sessionSecrets = sessionSecrets;
    showStarting(tr("Connecting to %1…").arg(name()));
    const quint64 attempt = ++m_attempt;
    m_services->connector()->connectProfile(
        m_profile, sessionSecrets, this, [this, attempt](const WorkspaceConnector::Result &result) {
            if (attempt != m_attempt) {
                delete result.client; // superseded by a later attempt
                return;
            }
            if (!result.client) {
                fail(result.error);
                return;
            }
            adopt(result.client, result.credentials);
        });
}

void WorkspacePane::adopt(const QUrl &host, std::shared_ptr<Credentials> credentials)
{
    adopt(new ApiClient(host, credentials), credentials);
}

void WorkspacePane::adopt(ApiClient *client, std::shared_ptr<Credentials> credentials)
{
    release();
    m_problem.clear();
    m_client = client;
    m_client->setParent(this);
    m_credentials = std::move(credentials);
    m_activity->attach(m_client);
    m_workspaceModel = new WorkspaceModel(m_client, this);
    m_workspacePage->showWorkspace(m_workspaceModel, m_client, title());
    m_dbfsModel = new DbfsModel(m_client, this);
    m_dbfsPage->showDbfs(m_dbfsModel, name(), m_transfers);
    m_status->setClient(m_client, m_demo, name());
    watchCredentials();
    setState(State::Connected);
}

void WorkspacePane::fail(const QString &problem)
{
    release();
    m_problem = problem;
    m_workspacePage->showFailed(tr("Could not connect to %1").arg(name()), problem);
    m_dbfsPage->showFailed(tr("Could not connect to %1").arg(name()), problem);
    MessagePage *page = m_workspacePage->messagePage();
    if (!m_demo && m_services) {
        QPushButton *retry = page->addButton(tr("Try Again"));
        retry->setObjectName(u"retryConnection"_s);
        connect(retry, &QPushButton::clicked, this, [this] { connectProfile(m_sessionSecrets); });
        QPushButton *retryDbfs = m_dbfsPage->messagePage()->addButton(tr("Try Again"));
        connect(retryDbfs, &QPushButton::clicked, retry, &QPushButton::click);
    }
    m_status->setConnecting(tr("%1: not connected").arg(name()));
    setState(State::Failed);
}

void WorkspacePane::release()
{
    // Transfers talk through the client that is about to go: stop them
    // first (each cleans up what it half-wrote) and drop them, since a
    // retry could not reach the new connection's client.
    m_transfers->cancelAll();
    m_transfers->clearFinished();
    m_banner->hide();
    m_workspacePage->view()->setWorkspaceModel(nullptr);
    m_dbfsPage->showConnecting(QString());
    delete m_dbfsModel;
    m_dbfsModel = nullptr;
    delete m_workspaceModel;
    m_workspaceModel = nullptr;
    m_activity->attach(nullptr);
    delete m_client;
    m_client = nullptr;
    if (m_credentials)
        disconnect(m_credentials.get(), nullptr, this, nullptr);
    m_credentials.reset();
}

void WorkspacePane::watchCredentials()
{
    auto update = [this](Credentials::State state) {
        switch (state) {
        case Credentials::State::Ready:
        case Credentials::State::Renewing:
            m_banner->hide();
            break;
        case Credentials::State::WaitingForUser:
            m_banner->showExpired(name());
            break;
        case Credentials::State::Failed:
            m_banner->showFailed(m_credentials->failureMessage());
            break;
        }
    };
    connect(m_credentials.get(), &Credentials::stateChanged, this, update);
    update(m_credentials->state());
}

void WorkspacePane::signInAgain()
{
    if (!m_services || !m_credentials)
        return;
    m_banner->showSigningIn();
    m_services->connector()->signInAgain(
        m_profile, m_credentials, this, [this](const QString &error) {
            if (!error.isEmpty())
                m_banner->showFailed(error);
            else if (m_credentials && m_credentials->state() == Credentials::State::Ready)
                m_banner->hide();
        });
}

} // namespace brickdesk
