// brickdesk-emulator: serves the in-memory Databricks workspace on loopback.
#include "core/emulator/dbfsapi.h"
#include "core/emulator/emulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using brickdesk::emulator::Emulator;
using brickdesk::emulator::EmulatorClock;
using brickdesk::emulator::FaultInjector;
using brickdesk::emulator::Seed;

namespace {

// Self-pipe: the signal handler only writes a byte; the event loop quits.
int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"brickdesk-emulator"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "brickdesk-emulator", "Serves an in-memory Databricks workspace on 127.0.0.1."));
    parser.addHelpOption();
    const QCommandLineOption portOption(
        u"port"_s,
        QCoreApplication::translate("brickdesk-emulator", "TCP port (0 picks a free one)."), u"N"_s,
        u"0"_s);
    const QCommandLineOption tokenOption(
        u"token"_s,
        QCoreApplication::translate("brickdesk-emulator", "The personal access token to accept."),
        u"T"_s);
    const QCommandLineOption seedOption(
        u"seed"_s,
        QCoreApplication::translate("brickdesk-emulator", "Initial content: demo or empty."),
        u"demo|empty"_s, u"demo"_s);
    const QCommandLineOption faultOption(
        u"fault"_s,
        QCoreApplication::translate(
            "brickdesk-emulator",
            "Inject a fault, e.g. rate-limit:/api/2.0/workspace/*:retry-after=2:count=3 "
            "(kinds: rate-limit, latency, error, drop, malformed). Repeatable."),
        u"SPEC"_s);
    const QCommandLineOption tokenLifetimeOption(
        u"token-lifetime"_s,
        QCoreApplication::translate("brickdesk-emulator",
                                    "Lifetime of issued OAuth access tokens (default 3600)."),
        u"SECONDS"_s, u"3600"_s);
    const QCommandLineOption servicePrincipalOption(
        u"service-principal"_s,
        QCoreApplication::translate(
            "brickdesk-emulator",
            "Accept an OAuth M2M client, e.g. my-client-id:my-secret. Repeatable."),
        u"ID:SECRET"_s);
    const QCommandLineOption partialDeleteOption(
        u"dbfs-partial-delete-limit"_s,
        QCoreApplication::translate("brickdesk-emulator",
                                    "Files one recursive DBFS delete removes before answering "
                                    "503 PARTIAL_DELETE (default 100000)."),
        u"N"_s, QString::number(brickdesk::emulator::DbfsApi::kDefaultPartialDeleteLimit));
    const QCommandLineOption timeScaleOption(
        u"time-scale"_s,
        QCoreApplication::translate(
            "brickdesk-emulator",
            "Run emulated processes (clusters starting, job runs, pipeline updates) N times "
            "faster than real time; fractions such as 0.5 slow them down (default 1)."),
        u"N"_s, u"1"_s);
    const QCommandLineOption secretValuesUnreadableOption(
        u"secret-values-unreadable"_s,
        QCoreApplication::translate("brickdesk-emulator",
                                    "Answer secrets/get with 400 BAD_REQUEST, as the service does "
                                    "for a user outside a notebook."));
    parser.addOptions({portOption, tokenOption, seedOption, faultOption, tokenLifetimeOption,
                       servicePrincipalOption, partialDeleteOption, timeScaleOption,
                       secretValuesUnreadableOption});
    parser.process(app);

    QTextStream err(stderr);
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << QCoreApplication::translate("brickdesk-emulator", "Invalid port: %1")
                   .arg(parser.value(portOption))
            << '\n';
        return 2;
    }
    if (!parser.isSet(tokenOption) || parser.value(tokenOption).isEmpty()) {
        err << QCoreApplication::translate("brickdesk-emulator", "--token is required.") << '\n';
        return 2;
    }
    const QString seedName = parser.value(seedOption);
    if (seedName != "demo"_L1 && seedName != "empty"_L1) {
        err << QCoreApplication::translate("brickdesk-emulator",
                                           "Unknown seed: %1 (expected demo or empty)")
                   .arg(seedName)
            << '\n';
        return 2;
    }

    bool lifetimeOk = false;
    const int tokenLifetime = parser.value(tokenLifetimeOption).toInt(&lifetimeOk);
    if (!lifetimeOk || tokenLifetime <= 0) {
        err << QCoreApplication::translate("brickdesk-emulator", "Invalid token lifetime: %1")
                   .arg(parser.value(tokenLifetimeOption))
            << '\n';
        return 2;
    }

    bool limitOk = false;
    const qint64 partialDeleteLimit = parser.value(partialDeleteOption).toLongLong(&limitOk);
    if (!limitOk || partialDeleteLimit <= 0) {
        err << QCoreApplication::translate("brickdesk-emulator",
                                           "Invalid DBFS partial-delete limit: %1")
                   .arg(parser.value(partialDeleteOption))
            << '\n';
        return 2;
    }

    QString timeScaleError;
    const auto timeScale =
        EmulatorClock::parseScale(parser.value(timeScaleOption), &timeScaleError);
    if (!timeScale) {
        err << timeScaleError << '\n';
        return 2;
    }

    Emulator emulator;
    emulator.clock().setScale(*timeScale);
    emulator.oauth().setAccessTokenLifetimeSeconds(tokenLifetime);
    emulator.dbfsApi().setPartialDeleteLimit(partialDeleteLimit);
    emulator.secrets().setSecretValuesReadable(!parser.isSet(secretValuesUnreadableOption));
    for (const QString &spec : parser.values(servicePrincipalOption)) {
        const qsizetype colon = spec.indexOf(u':');
        if (colon <= 0 || colon == spec.size() - 1) {
            // Names the option only: the value holds a secret.
            err << QCoreApplication::translate("brickdesk-emulator",
                                               "--service-principal expects ID:SECRET")
                << '\n';
            return 2;
        }
        emulator.oauth().addServicePrincipal(spec.left(colon), spec.mid(colon + 1));
    }
    emulator.setAcceptedToken(parser.value(tokenOption).toUtf8());
    emulator.seed(seedName == "demo"_L1 ? Seed::Demo : Seed::Empty);
    for (const QString &spec : parser.values(faultOption)) {
        QString error;
        const auto rule = FaultInjector::parse(spec, &error);
        if (!rule) {
            err << error << '\n';
            return 2;
        }
        emulator.faults().addRule(*rule);
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }

    if (!emulator.listen(quint16(port))) {
        err << QCoreApplication::translate("brickdesk-emulator", "Could not listen on 127.0.0.1:%1")
                   .arg(port)
            << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << QCoreApplication::translate("brickdesk-emulator", "Brickdesk emulator listening on %1")
               .arg(emulator.url().toString())
        << Qt::endl; // flushes: scripts wait for this line
    return app.exec();
}
