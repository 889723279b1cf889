#include "core/jobs/runsmodel.h"

#include "core/common/durationtext.h"
#include "core/jobs/jobsservice.h"
#include "core/jobs/runstatus.h"
#include "core/net/apiclient.h"
#include "core/net/jsonids.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace brickdesk {

RunsModel::RunsModel(ApiClient *client, QObject *parent)
    : ResourceListModel(client, parent)
{
    setPageSize(JobsService::kRunsPageLimit);
    setPagesPerLoad(2);
    const auto now = [] { return QDateTime::currentMSecsSinceEpoch(); };
    setColumns({
        {tr("Start"),
         [](const QJsonObject &r) -> QVariant {
             const qint64 ms = r.value("start_time"_L1).toInteger();
             if (ms <= 0)
                 return tr("Not started");
             return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                                       QLocale::ShortFormat);
         },
         [](const QJsonObject &r) { return r.value("start_time"_L1).toInteger(); }},
        {tr("Duration"),
         [now](const QJsonObject &r) { return durationTextMs(RunStatus::durationMs(r, now())); },
         [now](const QJsonObject &r) { return RunStatus::durationMs(r, now()); },
         {},
         Qt::AlignRight | Qt::AlignVCenter},
        {tr("Result"),
         [](const QJsonObject &r) { return RunStatus::fromRun(r).text(); },
         {},
         [](const QJsonObject &r) {
             const RunStatus status = RunStatus::fromRun(r);
             return status.message().isEmpty() ? status.rawText() : status.message();
         },
         Qt::AlignLeft | Qt::AlignVCenter,
         // A QRgb: the view draws it as a dot.
         [](const QJsonObject &r) { return RunStatus::fromRun(r).color(); }},
        {tr("Trigger"),
         [](const QJsonObject &r) { return triggerText(r.value("trigger"_L1).toString()); }},
        {tr("Run id"), [](const QJsonObject &r) { return QString::number(jsonId(r, "run_id"_L1)); },
         [](const QJsonObject &r) { return jsonId(r, "run_id"_L1); }},
        {tr("Started by"),
         [](const QJsonObject &r) { return r.value("creator_user_name"_L1).toString(); }},
    });
}

void RunsModel::setJobId(qint64 jobId)
{
    if (m_jobId == jobId)
        return;
    m_jobId = jobId;
    clear();
}

qint64 RunsModel::runIdAt(int row) const
{
    return jsonId(item(row), "run_id"_L1);
}

ApiRequest RunsModel::listRequest() const
{
    return JobsService::runsListRequest(m_jobId);
}

QString RunsModel::itemsField() const
{
    return u"runs"_s;
}

QString RunsModel::itemKey(const QJsonObject &item) const
{
    return idKey(item, "run_id"_L1);
}

bool RunsModel::isTransitional(const QJsonObject &item) const
{
    return RunStatus::fromRun(item).isActive();
}

std::optional<ApiRequest> RunsModel::itemRequest(const QJsonObject &item) const
{
    return JobsService::runGetRequest(jsonId(item, "run_id"_L1));
}

QJsonObject RunsModel::itemFromReply(const QJsonObject &reply) const
{
    return JobsService::listedRun(reply);
}

QString RunsModel::triggerText(const QString &trigger)
{
    if (trigger == "PERIODIC"_L1)
        return tr("Scheduled");
    if (trigger == "ONE_TIME"_L1)
        return tr("Manual");
    if (trigger == "RETRY"_L1)
        return tr("Retry");
    if (trigger == "RUN_JOB_TASK"_L1)
        return tr("From another job");
    if (trigger == "FILE_ARRIVAL"_L1)
        return tr("File arrival");
    if (trigger == "TABLE"_L1)
        return tr("Table update");
    if (trigger == "CONTINUOUS"_L1 || trigger == "CONTINUOUS_RESTART"_L1)
        return tr("Continuous");
    return trigger;
}

} // namespace brickdesk
