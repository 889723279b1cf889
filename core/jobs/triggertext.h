#pragma once

#include <QJsonObject>
#include <QString>

namespace brickdesk {

// What starts a job, in words a person reads at a glance: "Daily at 02:00
// Europe/Madrid", "Mondays at 04:00 UTC", "On file arrival", "Continuous",
// "Manual"; a paused schedule or trigger says so ("Daily at 02:00 UTC
// (paused)"). Quartz expressions it cannot put in words are shown as they
// are ("Cron 0 15 10 ? * 6L, Europe/Madrid").
class TriggerText
{
public:
    static QString describe(const QJsonObject &settings);
    // Only the quartz part: "Daily at 02:00", or empty when it has no words.
    static QString describeQuartz(const QString &expression);
    // Whether the job's schedule or trigger is paused.
    static bool isPaused(const QJsonObject &settings);
    // The object that holds the pause_status: schedule, trigger or continuous.
    static QString pausableField(const QJsonObject &settings);
};

} // namespace brickdesk
