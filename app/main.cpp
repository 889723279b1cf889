#include "app/common/startupprobe.h"
#include "app/launcher.h"
#include "app/mainwindow.h"

#include "brickdesk_version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

// Qt's own strings (dialog buttons, ...) and Brickdesk's, in the system
// language when a translation exists; English otherwise.
void installTranslators(QCoreApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), u"qtbase"_s, u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(QLocale(), u"brickdesk"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(appTranslator);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Brickdesk"_s);
    QCoreApplication::setApplicationName(u"Brickdesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BRICKDESK_VERSION));
    QGuiApplication::setWindowIcon(QIcon(u":/icons/brickdesk.svg"_s));
    // Matches packaging's .desktop entry, so docks and Wayland compositors
    // show the right icon and name.
    QGuiApplication::setDesktopFileName(u"dev.brickdesk.Brickdesk"_s);
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Native desktop console for Databricks workspaces.\n\n"
                "Without --demo, Brickdesk reopens the workspaces that were open at the last "
                "quit, and the workspace named by the DATABRICKS_HOST and DATABRICKS_TOKEN "
                "(or DATABRICKS_CONFIG_PROFILE) environment variables."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        u"demo"_s, QCoreApplication::translate(
                       "main", "Open a local demo workspace with sample content (no account "
                               "needed)."));
    parser.addOption(demo);
    parser.process(app);

    brickdesk::MainWindow window;
    brickdesk::StartupProbe::watch(&window);
    window.show();
    brickdesk::Launcher launcher(&window);
    launcher.start(brickdesk::LaunchOptions::fromEnvironment(parser.isSet(demo)));
    return app.exec();
}
