#include "app/common/startupprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace brickdesk {

void StartupProbe::watch(QWidget *window)
{
    if (qEnvironmentVariableIsEmpty("BRICKDESK_STARTUP_PROBE"))
        return;
    window->installEventFilter(new StartupProbe(window));
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // The paint event comes before the backing store is flushed to the
        // screen; a zero timer fires once that frame is out.
        QTimer::singleShot(0, this, [] {
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
            // For profilers, which need the program to end by itself.
            if (qEnvironmentVariable("BRICKDESK_STARTUP_PROBE") == QLatin1String("quit"))
                QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace brickdesk
