#pragma once

#include "app/mainwindow.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

namespace brickdesk {

class EmulatorHost;

// What the command line and the environment asked for at start-up.
struct LaunchOptions
{
    bool demo = false;
    QString host;     // DATABRICKS_HOST, verbatim
    QByteArray token; // DATABRICKS_TOKEN

    // Reads DATABRICKS_HOST and DATABRICKS_TOKEN.
    static LaunchOptions fromEnvironment(bool demo);
};

// Brings the main window to its first connection: the in-process demo
// emulator, the workspace named by the environment, or the "not connected"
// page that explains both. Owns the demo emulator for as long as it lives.
class Launcher : public QObject
{
    Q_OBJECT

public:
    explicit Launcher(MainWindow *window, QObject *parent = nullptr);
    ~Launcher() override;

    void start(const LaunchOptions &options);
    EmulatorHost *emulatorHost() const { return m_emulator; }

signals:
    // The window was handed a connection (demo or real).
    void connected();
    // Start-up ended without a connection; `problem` says why (may be empty).
    void notConnected(const QString &problem);

private:
    void startDemo();
    void connectFromEnvironment(const LaunchOptions &options);

    QPointer<MainWindow> m_window;
    EmulatorHost *m_emulator = nullptr;
};

} // namespace brickdesk
