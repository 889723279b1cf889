#include "app/shell/workspacepane.h"

#include "app/common/areapage.h"
#include "app/common/arearegistry.h"
#include "app/common/connectionstatus.h"
#include "app/connections/connectionservices.h"
#include "app/shell/signinbanner.h"
#include "core/activity/activitymodel.h"
#include "core/auth/workspaceconnector.h"
#include "core/net/apiclient.h"
#include "core/net/credentials.h"
#include "core/transfers/transferqueue.h"

#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

WorkspacePane::WorkspacePane(const Profile &profile, ConnectionServices *services, bool demo,
                             QWidget *parent, const AreaRegistry *areas)
    : QWidget(parent)
    , m_profile(profile)
    , m_services(services)
    , m_demo(demo)
    , m_banner(new SignInBanner(this))
    , m_areas(new QStackedWidget(this))
    , m_areaList((areas ? *areas : AreaRegistry::builtIn()).areas())
    , m_activity(new ActivityModel(this))
    , m_transfers(new TransferQueue(this))
    , m_status(new ConnectionStatus)
{
    setObjectName(u"workspacePane"_s);
    setAccessibleName(profile.displayName);
    // The first area is shown until the window picks one.
    if (!m_areaList.isEmpty())
        createPage(m_areaList.first());
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

AreaPage *WorkspacePane::createPage(const AreaDescriptor &area)
{
    AreaPage *page = area.createPage();
    m_pages.append(page);
    m_areas->addWidget(page);
    connect(page, &AreaPage::retryRequested, this, [this] { connectProfile(m_sessionSecrets); });
    connect(page, &AreaPage::revealRequested, this,
            [this](const QString &areaId, const QString &target) {
                AreaPage *shown = this->page(areaId);
                if (!shown)
                    return;
                showArea(areaId);
                emit areaRequested(areaId);
                shown->reveal(target);
            });
    bringUpToDate(page);
    return page;
}

void WorkspacePane::bringUpToDate(AreaPage *page)
{
    switch (m_state) {
    case State::Connecting:
        if (!m_connectingText.isEmpty())
            page->showConnecting(m_connectingText);
        break;
    case State::Failed:
        page->showFailed(failureTitle(), m_problem, canRetry());
        break;
    case State::Connected:
        page->attach(connectionContext());
        break;
    }
}

AreaPage *WorkspacePane::existingPage(const QString &areaId) const
{
    for (AreaPage *page : m_pages)
        if (page->areaId() == areaId)
            return page;
    return nullptr;
}

AreaPage *WorkspacePane::page(const QString &areaId)
{
    if (AreaPage *made = existingPage(areaId))
        return made;
    for (const AreaDescriptor &area : std::as_const(m_areaList))
        if (area.id == areaId)
            return createPage(area);
    return nullptr;
}

void WorkspacePane::showArea(const QString &areaId)
{
    if (AreaPage *shown = page(areaId))
        m_areas->setCurrentWidget(shown);
}

QString WorkspacePane::currentArea() const
{
    const auto *shown = qobject_cast<AreaPage *>(m_areas->currentWidget());
    return shown ? shown->areaId() : QString();
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
    m_connectingText = what;
    for (AreaPage *page : std::as_const(m_pages))
        page->showConnecting(what);
    m_status->setConnecting(what);
    setState(State::Connecting);
}

void WorkspacePane::connectProfile(const QMap<QString, QString> &sessionSecrets)
{
    if (!m_services)
        return;
    m_sessionSecrets = sessionSecrets;
    showStarting(tr("Connecting to %1…").arg(name()));
    // A new scope drops the callback of an attempt still in flight; the
    // connector then deletes the client that attempt would have made.
    m_attempt = std::make_unique<QObject>();
    m_services->connector()->connectProfile(m_profile, sessionSecrets, m_attempt.get(),
                                            [this](const WorkspaceConnector::Result &result) {
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
    const AreaContext context = connectionContext();
    for (AreaPage *page : std::as_const(m_pages))
        page->attach(context);
    m_status->setClient(m_client, m_demo, name());
    watchCredentials();
    setState(State::Connected);
}

AreaContext WorkspacePane::connectionContext() const
{
    AreaContext context;
    context.client = m_client;
    context.transfers = m_transfers;
    context.activity = m_activity;
    context.services = m_services;
    context.workspaceName = name();
    context.workspaceTitle = title();
    return context;
}

QString WorkspacePane::failureTitle() const
{
    return tr("Could not connect to %1").arg(name());
}

bool WorkspacePane::canRetry() const
{
    return !m_demo && m_services;
}

void WorkspacePane::fail(const QString &problem)
{
    release();
    m_problem = problem;
    for (AreaPage *page : std::as_const(m_pages))
        page->showFailed(failureTitle(), problem, canRetry());
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
    // Pages drop their models and views before the client goes.
    for (AreaPage *page : std::as_const(m_pages))
        page->detach();
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
