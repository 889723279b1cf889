// Start-up benchmark. Prints figures; not a pass/fail test.
//
// Starts `brickdesk` (no workspace remembered, so the home page), `brickdesk
// --demo` (the in-process demo workspace) and a bare QMainWindow program of
// the same Qt (startup_baseline) under the same display, one after the other
// in rounds, and times each from process start until its window's first
// paint has been flushed (StartupProbe's "first-paint" line). Prints the
// median, fastest and slowest of each, and the ratios to the baseline.
//
// Run it under the display users have, e.g. `xvfb-run -a bench_startup`;
// with no display Qt's offscreen platform is used.
//
// Usage: bench_startup [--runs N]

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Program
{
    QString label;
    QString path;
    QStringList arguments;
    QList<double> millis;
};

// Milliseconds from starting the program to its first painted frame, or -1.
double timeToFirstPaint(const Program &program, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program.path, program.arguments);
    QByteArray output;
    double millis = -1;
    while (process.waitForReadyRead(20'000)) {
        output += process.readAllStandardOutput();
        if (output.contains("first-paint")) {
            millis = double(timer.nsecsElapsed()) / 1e6;
            break;
        }
    }
    process.kill();
    process.waitForFinished();
    return millis;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Timed starts of each program."_s, u"N"_s,
                                        u"21"_s);
    parser.addOption(runsOption);
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    // A home of its own: no remembered workspaces, no user settings, no
    // ~/.databrickscfg, and nothing written to the real one.
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"BRICKDESK_STARTUP_PROBE"_s, u"1"_s);
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u".config"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, home.filePath(u".cache"_s));
    environment.insert(u"XDG_RUNTIME_DIR"_s, home.path()); // private (0700), as Qt wants
    for (const char *name : {"DATABRICKS_HOST", "DATABRICKS_TOKEN", "DATABRICKS_CONFIG_PROFILE",
                             "DATABRICKS_CONFIG_FILE"})
        environment.remove(QString::fromLatin1(name));
    if (!environment.contains(u"DISPLAY"_s) && !environment.contains(u"WAYLAND_DISPLAY"_s) &&
        !environment.contains(u"QT_QPA_PLATFORM"_s))
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);

    QList<Program> programs = {
        {u"bare QMainWindow"_s, QStringLiteral(BRICKDESK_STARTUP_BASELINE_PATH), {}, {}},
        {u"brickdesk"_s, QStringLiteral(BRICKDESK_APP_PATH), {}, {}},
        {u"brickdesk --demo"_s, QStringLiteral(BRICKDESK_APP_PATH), {u"--demo"_s}, {}},
    };

    std::printf("Start-up until the first painted frame, platform %s, %d runs each\n",
                qPrintable(environment.value(u"QT_QPA_PLATFORM"_s, u"default (xcb)"_s)), runs);
    // Two untimed rounds first, so every program starts with its libraries
    // in the page cache.
    for (int round = -2; round < runs; ++round) {
        for (Program &program : programs) {
            const double millis = timeToFirstPaint(program, environment);
            if (millis < 0) {
                std::fprintf(stderr, "%s did not paint a window within 20 s\n",
                             qPrintable(program.label));
                return 1;
            }
            if (round >= 0)
                program.millis.append(millis);
        }
    }

    const double baseline = median(programs.first().millis);
    std::printf("%-20s %10s %10s %10s %10s\n", "program", "median ms", "fastest", "slowest",
                "ratio");
    for (const Program &program : programs) {
        const double value = median(program.millis);
        std::printf("%-20s %10.1f %10.1f %10.1f %9.2fx\n", qPrintable(program.label), value,
                    *std::min_element(program.millis.begin(), program.millis.end()),
                    *std::max_element(program.millis.begin(), program.millis.end()),
                    value / baseline);
    }
    std::printf("goal: brickdesk <= 1.30x the bare QMainWindow\n");
    return 0;
}
