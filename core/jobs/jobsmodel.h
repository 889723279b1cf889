#pragma once

#include "core/common/resourcelistmodel.h"

namespace brickdesk {

class LastRunIndex;

// The jobs of a workspace, one row per job: name, trigger in words, last run
// (result and when), owner, created. Jobs come 100 a page with their tasks
// (expand_tasks), the first page painted at once; the last-run column fills
// from a LastRunIndex for the first rows as pages arrive and for rows the
// view shows (fillLastRuns), never one request per row in turn.
class JobsModel : public ResourceListModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TriggerColumn,
        LastRunColumn,
        OwnerColumn,
        CreatedColumn,
        ColumnCount
    };
    // How many rows get their last run as soon as they are listed.
    static constexpr int kEagerLastRuns = 100;

    explicit JobsModel(ApiClient *client, QObject *parent = nullptr);

    LastRunIndex *lastRuns() const { return m_lastRuns; }
    // Asks for the last runs of these rows (the ones a view shows).
    void fillLastRuns(const QList<int> &rows);
    qint64 jobIdAt(int row) const;
    int rowForJob(qint64 jobId) const { return rowForKey(QString::number(jobId)); }

    // The last run's cell: "Failed · 2 h ago", "Running since 10:02".
    static QString lastRunText(const QJsonObject &run, qint64 nowMs);

protected:
    ApiRequest listRequest() const override;
    QString itemsField() const override;
    QString itemKey(const QJsonObject &item) const override;

private:
    void onLastRunsChanged(const QList<qint64> &jobIds);

    LastRunIndex *m_lastRuns;
};

} // namespace brickdesk
