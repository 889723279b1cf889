#include "core/jobs/jobsmodel.h"

#include "core/common/durationtext.h"
#include "core/jobs/jobsservice.h"
#include "core/jobs/lastrunindex.h"
#include "core/jobs/runstatus.h"
#include "core/jobs/triggertext.h"
#include "core/net/apiclient.h"
#include "core/net/jsonids.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

QJsonObject settingsOf(const QJsonObject &job)
{
    return job.value("settings"_L1).toObject();
}

// Who the job runs as, else who created it: the person to ask about it.
QString ownerOf(const QJsonObject &job)
{
    const QString runAs = job.value("run_as_user_name"_L1).toString();
    return runAs.isEmpty() ? job.value("creator_user_name"_L1).toString() : runAs;
}

QString dateTimeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}

} // namespace

JobsModel::JobsModel(ApiClient *client, QObject *parent)
    : ResourceListModel(client, parent)
    , m_lastRuns(new LastRunIndex(client, this))
{
    setPageSize(JobsService::kJobsPageLimit);
    connect(m_lastRuns, &LastRunIndex::runsChanged, this, &JobsModel::onLastRunsChanged);
    connect(this, &ResourceListModel::pageLoaded, this, [this](int rows) {
        QList<int> first;
        for (int row = 0; row < std::min(rows, kEagerLastRuns); ++row)
            first.append(row);
        fillLastRuns(first);
    });
    connect(this, &QAbstractItemModel::modelReset, m_lastRuns, &LastRunIndex::clear);

    setColumns({
        {tr("Name"),
         [](const QJsonObject &j) { return settingsOf(j).value("name"_L1).toString(); },
         {},
         [](const QJsonObject &j) { return tr("Job %1").arg(jsonId(j, "job_id"_L1)); }},
        {tr("Trigger"), [](const QJsonObject &j) { return TriggerText::describe(settingsOf(j)); }},
        {tr("Last run"),
         [this](const QJsonObject &j) -> QVariant {
             const qint64 id = jsonId(j, "job_id"_L1);
             if (!m_lastRuns->isKnown(id))
                 return {};
             const QJsonObject run = m_lastRuns->lastRun(id);
             return run.isEmpty() ? tr("Never run")
                                  : lastRunText(run, QDateTime::currentMSecsSinceEpoch());
         },
         [this](const QJsonObject &j) -> QVariant {
             return m_lastRuns->lastRun(jsonId(j, "job_id"_L1)).value("start_time"_L1).toInteger();
         },
         [this](const QJsonObject &j) -> QVariant {
             const QJsonObject run = m_lastRuns->lastRun(jsonId(j, "job_id"_L1));
             if (run.isEmpty())
                 return {};
             const RunStatus status = RunStatus::fromRun(run);
             return tr("Run %1 started %2\n%3")
                 .arg(jsonId(run, "run_id"_L1))
                 .arg(dateTimeText(run.value("start_time"_L1).toInteger()),
                      status.message().isEmpty() ? status.rawText() : status.message());
         },
         Qt::AlignLeft | Qt::AlignVCenter,
         // A QRgb: the view draws it as a dot.
         [this](const QJsonObject &j) -> QVariant {
             const QJsonObject run = m_lastRuns->lastRun(jsonId(j, "job_id"_L1));
             if (run.isEmpty())
                 return {};
             return RunStatus::fromRun(run).color();
         }},
        {tr("Owner"), [](const QJsonObject &j) { return ownerOf(j); }},
        {tr("Created"),
         [](const QJsonObject &j) { return dateTimeText(j.value("created_time"_L1).toInteger()); },
         [](const QJsonObject &j) { return j.value("created_time"_L1).toInteger(); }},
    });
}

ApiRequest JobsModel::listRequest() const
{
    return JobsService::jobsListRequest();
}

QString JobsModel::itemsField() const
{
    return u"jobs"_s;
}

QString JobsModel::itemKey(const QJsonObject &item) const
{
    return idKey(item, "job_id"_L1);
}

qint64 JobsModel::jobIdAt(int row) const
{
    return jsonId(item(row), "job_id"_L1);
}

void JobsModel::fillLastRuns(const QList<int> &rows)
{
    QList<qint64> ids;
    for (const int row : rows)
        if (row >= 0 && row < rowCount())
            ids.append(jobIdAt(row));
    m_lastRuns->fill(ids);
}

void JobsModel::onLastRunsChanged(const QList<qint64> &jobIds)
{
    for (const qint64 id : jobIds) {
        const int row = rowForJob(id);
        if (row >= 0)
            emit dataChanged(index(row, LastRunColumn), index(row, LastRunColumn));
    }
}

QString JobsModel::lastRunText(const QJsonObject &run, qint64 nowMs)
{
    const RunStatus status = RunStatus::fromRun(run);
    const qint64 start = run.value("start_time"_L1).toInteger();
    if (status.isActive()) {
        if (start <= 0)
            return status.text();
        return tr("%1 for %2").arg(status.text(), durationTextMs(nowMs - start));
    }
    const qint64 end = run.value("end_time"_L1).toInteger();
    const qint64 when = end > 0 ? end : start;
    if (when <= 0)
        return status.text();
    return tr("%1 · %2 ago").arg(status.text(), durationTextMs(std::max<qint64>(0, nowMs - when)));
}

} // namespace brickdesk
