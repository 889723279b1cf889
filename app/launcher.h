#pragma once

#include "app/mainwindow.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>

namespace brickdesk {

class EmulatorHost;

// What the command line and the environment asked for at start-up.
struct LaunchOptions
{
    bool demo = false;
    // DATABRICKS_HOST, DATABRICKS_TOKEN, DATABRICKS_CONFIG_PROFILE, ...
    QProcessEnvironment environment;
    // Reopen the workspaces that were open at the last quit.
    bool restoreLastOpen = true;

    static LaunchOptions fromEnvironment(bool demo);
};

// Brings the main window to its first workspaces: the in-process demo
// emulator, or the workspaces open at the last quit plus the one the
// environment names; otherwise the "not connected" page. Also runs the demo
// when the window asks for it. Owns the demo emulator for as long as it lives.
class Launcher : public QObject
{
    Q_OBJECT

public:
    explicit Launcher(MainWindow *window, QObject *parent = nullptr);
    ~Launcher() override;

    void start(const LaunchOptions &options);
    EmulatorHost *emulatorHost() const { return m_emulator; }

signals:
    // The window was handed at least one workspace (it may still be
    // connecting).
    void connected();
    // Start-up ended without a workspace; `problem` says why (may be empty).
    void notConnected(const QString &problem);

private:
    void startDemo();
    void openFromEnvironment(const LaunchOptions &options);

    QPointer<MainWindow> m_window;
    EmulatorHost *m_emulator = nullptr;
};

} // namespace brickdesk
