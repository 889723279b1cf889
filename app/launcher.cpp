#include "app/launcher.h"

#include "app/connections/configfilereader.h"
#include "app/connections/connectionservices.h"
#include "app/demo/emulatorhost.h"
#include "app/mainwindow.h"
#include "app/shell/workspacepane.h"
#include "core/auth/profilesources.h"
#include "core/auth/profilestore.h"
#include "core/net/credentials.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {
Q_LOGGING_CATEGORY(lcApp, "brickdesk.app")
}

LaunchOptions LaunchOptions::fromEnvironment(bool demo)
{
    LaunchOptions options;
    options.demo = demo;
    options.environment = QProcessEnvironment::systemEnvironment();
    return options;
}

Launcher::Launcher(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    connect(window, &MainWindow::demoRequested, this, &Launcher::startDemo);
}

Launcher::~Launcher() = default;

void Launcher::start(const LaunchOptions &options)
{
    if (options.demo) {
        startDemo();
        return;
    }
    openFromEnvironment(options);
}

void Launcher::startDemo()
{
    if (!m_window)
        return;
    if (WorkspacePane *open = m_window->workspaceFor(u"demo"_s)) {
        m_window->setCurrentWorkspace(open);
        return;
    }
    if (!m_emulator)
        m_emulator = new EmulatorHost(this);
    Profile profile;
    profile.id = u"demo"_s;
    profile.displayName = tr("Demo");
    profile.origin = Profile::Origin::Environment; // never saved or restored
    QPointer<WorkspacePane> pane = m_window->addWorkspace(profile, true);
    pane->showStarting(tr("Starting the demo workspace…"));
    // A fresh token per session: the emulator listens on a port anyone on
    // this computer can reach, so it must not accept a well-known token.
    const QByteArray token = EmulatorHost::randomToken();
    connect(
        m_emulator, &EmulatorHost::started, pane,
        [this, pane, token](const QUrl &url) {
            if (!pane)
                return;
            pane->adopt(url, std::make_shared<BearerTokenCredentials>(token));
            emit connected();
        },
        Qt::SingleShotConnection);
    connect(
        m_emulator, &EmulatorHost::failed, pane,
        [this, pane](const QString &message) {
            const QString problem = tr("The demo workspace could not start: %1").arg(message);
            qCWarning(lcApp).noquote() << problem;
            if (pane)
                pane->fail(problem);
            emit notConnected(problem);
        },
        Qt::SingleShotConnection);
    m_emulator->start(token);
}

void Launcher::openFromEnvironment(const LaunchOptions &options)
{
    ConnectionServices *services = m_window->services();
    int opened = 0;
    if (options.restoreLastOpen) {
        const QStringList ids = services->profiles()->lastOpen();
        for (const QString &id : ids) {
            if (const auto profile = services->profiles()->profile(id)) {
                m_window->openProfile(*profile, services->sessionSecrets(id));
                ++opened;
            }
        }
    }
    // The environment may name a profile of ~/.databrickscfg, so the file is
    // read first, off the GUI thread.
    const QString configPath =
        options.environment.value(u"DATABRICKS_CONFIG_FILE"_s, services->configFilePath());
    ConfigFileReader::read(
        configPath, this, [this, options, opened](const ConfigFileReader::Result &result) {
            if (!m_window)
                return;
            const auto environment =
                ProfileSources::fromEnvironment(options.environment, result.config);
            QString problem;
            int total = opened;
            if (environment && environment->problem.isEmpty()) {
                m_window->openProfile(environment->profile, environment->secrets);
                ++total;
            } else if (environment) {
                problem = tr("The workspace named by the DATABRICKS_* environment variables "
                             "cannot be opened: %1")
                              .arg(environment->problem);
                qCWarning(lcApp).noquote() << problem;
            }
            if (total > 0) {
                if (!problem.isEmpty())
                    m_window->showNotConnected(problem);
                emit connected();
                return;
            }
            m_window->showNotConnected(problem);
            // A user who already has workspaces (saved, or in the CLI's
            // config file) sees them at once, ready to connect.
            if (!m_window->services()->profiles()->profiles().isEmpty() ||
                !result.config.profiles().isEmpty())
                m_window->showConnectionManager(result);
            emit notConnected(problem);
        });
}

} // namespace brickdesk
