#include "core/jobs/triggertext.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("brickdesk::TriggerText", text);
}

bool isNumber(const QString &field)
{
    bool ok = false;
    field.toInt(&ok);
    return ok;
}

bool isAny(const QString &field)
{
    return field == "*"_L1 || field == "?"_L1;
}

// "0/4" and "*/4": every fourth value.
int stepOf(const QString &field)
{
    const qsizetype slash = field.indexOf(u'/');
    if (slash < 0)
        return 0;
    const QString start = field.left(slash);
    if (start != "*"_L1 && start != "0"_L1)
        return 0;
    return field.mid(slash + 1).toInt();
}

// Quartz numbers days 1 (Sunday) to 7 (Saturday); names are English.
QString dayName(const QString &day)
{
    static const QStringList names{u"SUN"_s, u"MON"_s, u"TUE"_s, u"WED"_s,
                                   u"THU"_s, u"FRI"_s, u"SAT"_s};
    int index = names.indexOf(day.toUpper());
    if (index < 0 && isNumber(day))
        index = day.toInt() - 1;
    switch (index) {
    case 0:
        return tr("Sundays");
    case 1:
        return tr("Mondays");
    case 2:
        return tr("Tuesdays");
    case 3:
        return tr("Wednesdays");
    case 4:
        return tr("Thursdays");
    case 5:
        return tr("Fridays");
    case 6:
        return tr("Saturdays");
    default:
        return {};
    }
}

QString daysText(const QString &dow)
{
    const QString upper = dow.toUpper();
    if (upper == "MON-FRI"_L1 || upper == "2-6"_L1)
        return tr("Weekdays");
    if (upper == "SAT,SUN"_L1 || upper == "SUN,SAT"_L1 || upper == "1,7"_L1)
        return tr("Weekends");
    QStringList days;
    for (const QString &day : dow.split(u',')) {
        const QString name = dayName(day);
        if (name.isEmpty())
            return {};
        days << name;
    }
    return days.join(", "_L1);
}

QString unitText(const QString &unit, qint64 interval)
{
    // A variable, not a cast in the call: Qt 6.4's lupdate hangs on
    // translate(..., nullptr, int(...)).
    const int count = int(interval);
    if (unit == "HOURS"_L1)
        return QCoreApplication::translate("TriggerText", "Every %n hour(s)", nullptr, count);
    if (unit == "DAYS"_L1)
        return QCoreApplication::translate("TriggerText", "Every %n day(s)", nullptr, count);
    if (unit == "WEEKS"_L1)
        return QCoreApplication::translate("TriggerText", "Every %n week(s)", nullptr, count);
    return tr("Every %1 %2").arg(interval).arg(unit.toLower());
}

QString withPause(const QString &text, const QJsonObject &holder)
{
    if (holder.value("pause_status"_L1).toString() == "PAUSED"_L1)
        return tr("%1 (paused)").arg(text);
    return text;
}

} // namespace

QString TriggerText::describeQuartz(const QString &expression)
{
    const QStringList f = expression.simplified().split(u' ');
    if (f.size() < 6 || f.value(0) != "0"_L1)
        return {};
    const QString &minute = f[1], &hour = f[2], &dom = f[3], &month = f[4], &dow = f[5];
    if (f.size() > 6 && !isAny(f[6]))
        return {}; // a year field
    if (!isAny(month))
        return {};

    const int minuteStep = stepOf(minute);
    if (minuteStep > 0 && hour == "*"_L1 && isAny(dom) && isAny(dow))
        return QCoreApplication::translate("TriggerText", "Every %n minute(s)", nullptr,
                                           minuteStep);
    if (!isNumber(minute))
        return {};
    const int hourStep = stepOf(hour);
    if ((hour == "*"_L1 || hourStep > 0) && isAny(dom) && isAny(dow)) {
        const QString at = u":%1"_s.arg(minute.toInt(), 2, 10, QChar(u'0'));
        if (hour == "*"_L1)
            return tr("Hourly at %1").arg(at);
        return QCoreApplication::translate("TriggerText", "Every %n hour(s) at %1", nullptr,
                                           hourStep)
            .arg(at);
    }
    if (!isNumber(hour))
        return {};
    const QString time =
        u"%1:%2"_s.arg(hour.toInt(), 2, 10, QChar(u'0')).arg(minute.toInt(), 2, 10, QChar(u'0'));
    if (isAny(dom) && isAny(dow))
        return tr("Daily at %1").arg(time);
    if (isAny(dom)) {
        const QString days = daysText(dow);
        return days.isEmpty() ? QString() : tr("%1 at %2").arg(days, time);
    }
    if (isNumber(dom) && isAny(dow))
        return tr("Monthly on day %1 at %2").arg(dom, time);
    if (dom == "L"_L1 && isAny(dow))
        return tr("Monthly on the last day at %1").arg(time);
    return {};
}

QString TriggerText::describe(const QJsonObject &settings)
{
    const QJsonObject schedule = settings.value("schedule"_L1).toObject();
    if (!schedule.isEmpty()) {
        const QString cron = schedule.value("quartz_cron_expression"_L1).toString();
        const QString zone = schedule.value("timezone_id"_L1).toString();
        const QString words = describeQuartz(cron);
        const QString text = words.isEmpty() ? tr("Cron %1, %2").arg(cron, zone)
                                             : tr("%1 %2").arg(words, zone).trimmed();
        return withPause(text, schedule);
    }
    const QJsonObject trigger = settings.value("trigger"_L1).toObject();
    if (!trigger.isEmpty()) {
        if (trigger.contains("file_arrival"_L1))
            return withPause(tr("On file arrival"), trigger);
        if (trigger.contains("table_update"_L1) || trigger.contains("table"_L1))
            return withPause(tr("On table update"), trigger);
        const QJsonObject periodic = trigger.value("periodic"_L1).toObject();
        if (!periodic.isEmpty())
            return withPause(unitText(periodic.value("unit"_L1).toString(),
                                      periodic.value("interval"_L1).toInteger()),
                             trigger);
        return withPause(tr("Triggered"), trigger);
    }
    const QJsonObject continuous = settings.value("continuous"_L1).toObject();
    if (settings.contains("continuous"_L1))
        return withPause(tr("Continuous"), continuous);
    return tr("Manual");
}

QString TriggerText::pausableField(const QJsonObject &settings)
{
    for (const auto field : {"schedule"_L1, "trigger"_L1, "continuous"_L1})
        if (settings.contains(field))
            return field;
    return {};
}

bool TriggerText::isPaused(const QJsonObject &settings)
{
    const QString field = pausableField(settings);
    return !field.isEmpty() &&
           settings.value(field).toObject().value("pause_status"_L1).toString() == "PAUSED"_L1;
}

} // namespace brickdesk
