#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QScrollArea;
class QTabWidget;
class QTextBrowser;

namespace brickdesk {

class ApiClient;
class PipelineEventsModel;
class PipelineEventsView;
class PipelineUpdatesModel;
class ResourceListView;
class UpdateTimelineView;

// The selected pipeline: its settings in words (catalog and schema or
// target, libraries as links into the workspace tree, clusters, channel,
// edition, Photon, serverless, configuration), its updates with durations
// and, for the selected update, a timeline of its phases and flows with the
// errors marked, and the pipeline's event log. Active updates are followed
// only while the pane is shown.
class PipelinePane : public QWidget
{
    Q_OBJECT

public:
    explicit PipelinePane(QWidget *parent = nullptr);
    ~PipelinePane() override;

    void setClient(ApiClient *client);
    // Shows `pipeline` as the list has it and its settings (`spec`, {} while unknown).
    void showPipeline(const QJsonObject &pipeline, const QJsonObject &spec);
    // Selects `updateId` once it is listed (an update just started).
    void selectUpdate(const QString &updateId);
    void setLiveUpdatesEnabled(bool enabled);
    QString pipelineId() const;

    QTabWidget *tabs() const { return m_tabs; }
    QTextBrowser *settingsView() const { return m_settings; }
    PipelineUpdatesModel *updates() const { return m_updates; }
    ResourceListView *updatesView() const { return m_updatesView; }
    UpdateTimelineView *timeline() const { return m_timeline; }
    PipelineEventsModel *timelineEvents() const { return m_timelineEvents; }
    PipelineEventsView *events() const { return m_events; }
    QString currentUpdateId() const;

    // The settings as the pane says them (HTML), for a spec.
    static QString settingsHtml(const QJsonObject &pipeline, const QJsonObject &spec);

signals:
    // A library's workspace path was clicked.
    void workspacePathActivated(const QString &path);

private:
    void showCurrentUpdate();
    void rebuildTimeline();

    QTabWidget *m_tabs;
    QTextBrowser *m_settings;
    PipelineUpdatesModel *m_updates = nullptr;
    ResourceListView *m_updatesView;
    QLabel *m_timelineTitle;
    QScrollArea *m_timelineScroll;
    UpdateTimelineView *m_timeline;
    PipelineEventsModel *m_timelineEvents;
    PipelineEventsView *m_events;
    QJsonObject m_pipeline;
    QString m_settingsHtml; // what the settings view shows
    QString m_selectWhenListed;
    QString m_timelineState; // the state the timeline was read in
    bool m_live = false;
};

} // namespace brickdesk
