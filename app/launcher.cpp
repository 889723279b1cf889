#include "app/launcher.h"

#include "app/demo/emulatorhost.h"
#include "app/mainwindow.h"
#include "core/auth/hosturl.h"
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
    options.host = qEnvironmentVariable("DATABRICKS_HOST");
    options.token = qgetenv("DATABRICKS_TOKEN");
    return options;
}

Launcher::Launcher(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{}

Launcher::~Launcher() = default;

void Launcher::start(const LaunchOptions &options)
{
    if (options.demo) {
        startDemo();
        return;
    }
    if (!options.host.isEmpty() || !options.token.isEmpty()) {
        connectFromEnvironment(options);
        return;
    }
    m_window->showNotConnected();
    emit notConnected(QString());
}

void Launcher::startDemo()
{
    if (!m_emulator)
        m_emulator = new EmulatorHost(this);
    m_window->showConnecting(tr("Starting the demo workspace…"));
    // A fresh token per session: the emulator listens on a port anyone on
    // this computer can reach, so it must not accept a well-known token.
    const QByteArray token = EmulatorHost::randomToken();
    connect(m_emulator, &EmulatorHost::started, this, [this, token](const QUrl &url) {
        if (!m_window)
            return;
        m_window->connectToWorkspace(url, std::make_shared<BearerTokenCredentials>(token), true);
        emit connected();
    });
    connect(m_emulator, &EmulatorHost::failed, this, [this](const QString &message) {
        const QString problem = tr("The demo workspace could not start: %1").arg(message);
        qCWarning(lcApp).noquote() << problem;
        if (m_window)
            m_window->showNotConnected(problem);
        emit notConnected(problem);
    });
    m_emulator->start(token);
}

void Launcher::connectFromEnvironment(const LaunchOptions &options)
{
    QString problem;
    if (options.host.isEmpty())
        problem = tr("DATABRICKS_TOKEN is set, but DATABRICKS_HOST is not.");
    else if (options.token.isEmpty())
        problem = tr("DATABRICKS_HOST is set, but DATABRICKS_TOKEN is not.");

    std::optional<HostUrl::Normalised> address;
    if (problem.isEmpty()) {
        QString error;
        address = HostUrl::normalise(options.host, &error);
        if (!address)
            problem = tr("DATABRICKS_HOST: %1").arg(error);
    }
    if (!problem.isEmpty()) {
        qCWarning(lcApp).noquote() << problem;
        m_window->showNotConnected(problem);
        emit notConnected(problem);
        return;
    }
    m_window->connectToWorkspace(address->url,
                                 std::make_shared<BearerTokenCredentials>(options.token));
    emit connected();
}

} // namespace brickdesk
