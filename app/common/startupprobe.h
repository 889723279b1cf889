#pragma once

#include <QObject>

class QWidget;

namespace brickdesk {

// Lets bench_startup see when a window has first been painted: when the
// BRICKDESK_STARTUP_PROBE environment variable is set, prints one line,
// "first-paint", to standard output once the window's first paint has been
// flushed; set to "quit", the program then quits (for profilers). The start-up benchmark compiles
// this same file into its bare QMainWindow baseline, so both programs are timed on the same event
// (no Q_OBJECT, so the baseline needs no moc).
class StartupProbe : public QObject
{
public:
    // Does nothing unless the variable is set; the probe is the window's child.
    static void watch(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace brickdesk
