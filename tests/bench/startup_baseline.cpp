// The start-up benchmark's baseline: the least a Qt Widgets program does to
// show a main window of Brickdesk's default size, with the same probe.
#include "app/common/startupprobe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Baseline")));
    window.resize(1180, 760); // MainWindow's size on a first start
    brickdesk::StartupProbe::watch(&window);
    window.show();
    return app.exec();
}
