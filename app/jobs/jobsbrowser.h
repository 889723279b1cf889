#pragma once

#include <QWidget>

class QLineEdit;
class QSplitter;
class QTimer;
class QToolBar;

namespace brickdesk {

class ApiClient;
class FilterBox;
class JobPane;
class JobsActions;
class JobsModel;
class ResourceListView;
class StatusLine;

// The Jobs area's content: toolbar and name filter above, the jobs on the
// left, the selected job (tasks, runs, settings, the opened run) on the
// right. Last runs are asked for the rows in sight; live state is polled
// only while the browser is shown.
class JobsBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit JobsBrowser(QWidget *parent = nullptr);
    ~JobsBrowser() override;

    // Shows `model` (not owned); calls go through `client`. Null clears.
    void setJobs(JobsModel *model, ApiClient *client, const QString &workspace);

    ResourceListView *view() const { return m_view; }
    JobPane *jobPane() const { return m_pane; }
    JobsActions *actions() const { return m_actions; }
    QLineEdit *filterEdit() const;
    QString statusText() const;
    QString errorText() const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showCurrentJob();
    void setLive(bool live);
    void onJobsChanged(qint64 selectJobId);
    void onRunsChanged(qint64 jobId, qint64 selectRunId);

    QToolBar *m_toolBar;
    FilterBox *m_filter;
    StatusLine *m_statusLine;
    QSplitter *m_splitter;
    ResourceListView *m_view;
    JobPane *m_pane;
    JobsActions *m_actions;
    QTimer *m_fillTimer;
    JobsModel *m_model = nullptr;
    qint64 m_selectWhenListed = 0;
};

} // namespace brickdesk
