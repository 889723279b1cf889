#include "core/pipelines/pipelinestates.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace brickdesk::PipelineStates {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("brickdesk::PipelineStates", text);
}

constexpr quint32 kGreen = 0xff2e9d57;
constexpr quint32 kAmber = 0xffd89b18;
constexpr quint32 kRed = 0xffc23934;
constexpr quint32 kGrey = 0xff8a949e;

QString words(const QString &state, const QList<std::pair<QLatin1StringView, const char *>> &names)
{
    for (const auto &[name, text] : names) {
        if (state == name)
            return tr(text);
    }
    // An unknown state keeps its name, readable: "NEW_STATE" → "New state".
    QString text = state.toLower().replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString latestUpdateState(const QJsonObject &pipeline)
{
    return pipeline.value("latest_updates"_L1)
        .toArray()
        .first()
        .toObject()
        .value("state"_L1)
        .toString();
}

} // namespace

QString pipelineStateText(const QString &state)
{
    return words(
        state, {
                   {"IDLE"_L1, QT_TRANSLATE_NOOP("brickdesk::PipelineStates", "Idle")},
                   {"STARTING"_L1, QT_TRANSLATE_NOOP("brickdesk::PipelineStates", "Starting")},
                   {"RUNNING"_L1, QT_TRANSLATE_NOOP("brickdesk::PipelineStates", "Running")},
                   {"STOPPING"_L1, QT_TRANSLATE_NOOP("brickdesk::PipelineStates", "Stopping")},
                   {"DEPLOYING"_L1, QT_TRANSLATE_NOOP("brickdesk::PipelineStates", "Deploying")},
                   {"RECOVERING"_L1, QT_TRANSLATE_NOOP("brickdesk::PipelineStates", "Recovering")},
                   {"RESETTING"_L1, QT_TRANSLATE_NOOP("brickdesk::PipelineStates", "Resetting")},
                   {"FAILED"_L1, QT_TRANSLATE_NOOP("brickdesk::PipelineStates", "Failed")},
                   {"DELETED"_L1, QT_TRANSLATE_NOOP("brickdesk::PipelineStates", "Deleted")},
               });
}

QString updateStateText(const QString &state)
{
    return words(
        state,
        {
            {"QUEUED"_L1, QT_TRANSLATE_NOOP("brickdesk::PipelineStates", "Queued")},
            {"CREATED"_L1, QT_TRANSLATE_NOOP("brickdesk::PipelineStates", "Created")},
            {"WAITING_FOR_RESOURCES"_L1,
             QT_TRANSLATE_NOOP("brickdesk::PipelineStates", "Waiting for resources")},
            {"INITIALIZING"_L1, QT_TRANSLATE_NOOP("brickdesk::PipelineStates", "Initializing")},
            {"RESETTING"_L1, QT_TRANSLATE_NOOP("brickdesk::PipelineStates", "Resetting")},
            {"SETTING_UP_TABLES"_L1,
             QT_TRANSLATE_NOOP("brickdesk::PipelineStates", "Setting up tables")},
            {"RUNNING"_L1, QT_TRANSLATE_NOOP("brickdesk::PipelineStates", "Running")},
            {"STOPPING"_L1, QT_TRANSLATE_NOOP("brickdesk::PipelineStates", "Stopping")},
            {"COMPLETED"_L1, QT_TRANSLATE_NOOP("brickdesk::PipelineStates", "Completed")},
            {"FAILED"_L1, QT_TRANSLATE_NOOP("brickdesk::PipelineStates", "Failed")},
            {"CANCELED"_L1, QT_TRANSLATE_NOOP("brickdesk::PipelineStates", "Canceled")},
            {"STARTING"_L1, QT_TRANSLATE_NOOP("brickdesk::PipelineStates", "Starting")},
            {"SKIPPED"_L1, QT_TRANSLATE_NOOP("brickdesk::PipelineStates", "Skipped")},
            {"EXCLUDED"_L1, QT_TRANSLATE_NOOP("brickdesk::PipelineStates", "Excluded")},
        });
}

bool isActiveUpdate(const QString &state)
{
    static const QStringList active{u"QUEUED"_s,       u"CREATED"_s,   u"WAITING_FOR_RESOURCES"_s,
                                    u"INITIALIZING"_s, u"RESETTING"_s, u"SETTING_UP_TABLES"_s,
                                    u"RUNNING"_s,      u"STOPPING"_s,  u"STARTING"_s};
    return active.contains(state);
}

bool isFailedUpdate(const QString &state)
{
    return state == "FAILED"_L1;
}

bool isTransitional(const QJsonObject &pipeline)
{
    static const QStringList moving{u"STARTING"_s, u"STOPPING"_s, u"DEPLOYING"_s, u"RECOVERING"_s,
                                    u"RESETTING"_s};
    const QString state = pipeline.value("state"_L1).toString();
    return moving.contains(state) || isActiveUpdate(latestUpdateState(pipeline));
}

quint32 pipelineColor(const QJsonObject &pipeline)
{
    const QString state = pipeline.value("state"_L1).toString();
    if (state == "FAILED"_L1 || pipeline.value("health"_L1).toString() == "UNHEALTHY"_L1)
        return kRed;
    if (isTransitional(pipeline) && state != "RUNNING"_L1)
        return kAmber;
    if (state == "RUNNING"_L1)
        return kGreen;
    return isFailedUpdate(latestUpdateState(pipeline)) ? kRed : kGrey;
}

quint32 updateColor(const QString &state)
{
    if (state == "COMPLETED"_L1)
        return kGreen;
    if (state == "FAILED"_L1)
        return kRed;
    return isActiveUpdate(state) ? kAmber : kGrey;
}

QString modeText(const QJsonObject &spec)
{
    const QString trigger =
        spec.value("continuous"_L1).toBool() ? tr("Continuous") : tr("Triggered");
    const QString stage =
        spec.value("development"_L1).toBool() ? tr("development") : tr("production");
    return tr("%1 · %2").arg(trigger, stage);
}

} // namespace brickdesk::PipelineStates
