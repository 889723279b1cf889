#include "core/common/durationtext.h"

#include <QCoreApplication>

namespace brickdesk {

QString durationText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    // A variable, not a cast in the call: Qt 6.4's lupdate hangs on
    // translate(..., nullptr, int(...)).
    const int wholeSeconds = int(seconds);
    if (seconds < 60)
        return QCoreApplication::translate("DurationText", "%n s", nullptr, wholeSeconds);
    if (seconds < 3600)
        return QCoreApplication::translate("DurationText", "%1 min %2 s")
            .arg(seconds / 60)
            .arg(seconds % 60);
    if (seconds < 86400)
        return QCoreApplication::translate("DurationText", "%1 h %2 min")
            .arg(seconds / 3600)
            .arg((seconds % 3600) / 60);
    return QCoreApplication::translate("DurationText", "%1 d %2 h")
        .arg(seconds / 86400)
        .arg((seconds % 86400) / 3600);
}

QString durationTextMs(qint64 milliseconds)
{
    return milliseconds < 0 ? QString() : durationText(milliseconds / 1000);
}

} // namespace brickdesk
