#pragma once

#include "core/common/resourcelistmodel.h"

namespace brickdesk {

// The runs of one job, most recently started first: start, duration, result,
// trigger, run id, who started it. Read 50 at a time (runs/list takes 25 a
// page; a busy job has thousands over the 60 days runs are kept), with
// loadMore() for older ones. Runs still going are polled one by one
// (runs/get) while live updates are on, and stop being polled when they end.
class RunsModel : public ResourceListModel
{
    Q_OBJECT

public:
    enum Column {
        StartColumn,
        DurationColumn,
        ResultColumn,
        TriggerColumn,
        RunIdColumn,
        StartedByColumn,
        ColumnCount
    };

    explicit RunsModel(ApiClient *client, QObject *parent = nullptr);

    // The job whose runs are listed; 0 lists nothing. Changing it clears the
    // rows; refresh() lists them.
    void setJobId(qint64 jobId);
    qint64 jobId() const { return m_jobId; }
    qint64 runIdAt(int row) const;
    int rowForRun(qint64 runId) const { return rowForKey(QString::number(runId)); }

    // "Scheduled", "Manual", "Retry", "File arrival"...
    static QString triggerText(const QString &trigger);

protected:
    ApiRequest listRequest() const override;
    QString itemsField() const override;
    QString itemKey(const QJsonObject &item) const override;
    bool isTransitional(const QJsonObject &item) const override;
    std::optional<ApiRequest> itemRequest(const QJsonObject &item) const override;
    QJsonObject itemFromReply(const QJsonObject &reply) const override;

private:
    qint64 m_jobId = 0;
};

} // namespace brickdesk
