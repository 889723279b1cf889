#pragma once

#include <QJsonObject>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace brickdesk {

class ApiClient;
class JobsService;
class ResourceListView;
class RunDurationsChart;
class RunPane;
class RunsModel;
class TaskGraphView;

// The selected job: what it is (name, id, trigger, owner) over four tabs:
// Tasks (the graph of depends_on, and the selected task's type, target,
// compute and conditions), Runs (the last runs' durations as a chart over
// the history list, with Load more), Settings (schedule, parameters,
// clusters, notifications and the rest, as a tree) and the opened Run.
class JobPane : public QWidget
{
    Q_OBJECT

public:
    explicit JobPane(QWidget *parent = nullptr);
    ~JobPane() override;

    // Null: nothing to show.
    void setClient(ApiClient *client);
    // The job as the listing has it; a job with more than 100 tasks is read
    // whole for its graph. {} shows nothing.
    void showJob(const QJsonObject &job);
    qint64 jobId() const { return m_jobId; }
    // Lists the job's runs again and selects `runId` when it comes (0: keep).
    void refreshRuns(qint64 selectRunId = 0);
    // Opens the run in the Run tab.
    void openRun(qint64 runId);
    void showRunsTab();
    void setLiveUpdatesEnabled(bool enabled);

    QTabWidget *tabs() const { return m_tabs; }
    TaskGraphView *graph() const { return m_graph; }
    RunDurationsChart *chart() const { return m_chart; }
    ResourceListView *runsView() const { return m_runsView; }
    RunsModel *runsModel() const { return m_runs.get(); }
    RunPane *runPane() const { return m_runPane; }
    QTreeWidget *settingsTree() const { return m_settings; }
    QString taskDetailsText() const;
    // The selected run of the list ({}: none).
    QJsonObject currentRun() const;

signals:
    // The selected run (in the list, or the one opened) changed.
    void runSelected(const QJsonObject &run);
    void errorOccurred(const QString &message);

private:
    void showSettings(const QJsonObject &settings);
    void showTask(const QString &key);
    void updateChart();
    void updateLoadMore();

    std::unique_ptr<JobsService> m_service;
    std::unique_ptr<RunsModel> m_runs;
    std::unique_ptr<QObject> m_jobScope;
    qint64 m_jobId = 0;
    qint64 m_selectRunWhenListed = 0;
    QJsonObject m_job;
    bool m_live = false;
    QLabel *m_title;
    QLabel *m_facts;
    QTabWidget *m_tabs;
    TaskGraphView *m_graph;
    QLabel *m_taskDetails;
    RunDurationsChart *m_chart;
    ResourceListView *m_runsView;
    QPushButton *m_loadMore;
    QTreeWidget *m_settings;
    RunPane *m_runPane;
};

} // namespace brickdesk
