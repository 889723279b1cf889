#pragma once

#include <QJsonObject>
#include <QWidget>

class QLineEdit;
class QSplitter;
class QTimer;
class QToolBar;

namespace brickdesk {

class ApiClient;
class FilterBox;
class PipelinePane;
class PipelinesActions;
class PipelinesModel;
class ResourceListView;
class StatusLine;

// The Pipelines area's content: toolbar and name filter above, the
// pipelines on the left, the selected one on the right. Pipelines with an
// update on its way are followed live only while the browser is shown.
class PipelinesBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit PipelinesBrowser(QWidget *parent = nullptr);
    ~PipelinesBrowser() override;

    // Shows `model` (not owned); calls go through `client`. Null clears.
    void setPipelines(PipelinesModel *model, ApiClient *client, const QString &workspace);

    ResourceListView *view() const { return m_view; }
    PipelinePane *pane() const { return m_pane; }
    PipelinesActions *actions() const { return m_actions; }
    QLineEdit *filterEdit() const;
    QString statusText() const;
    QString errorText() const;

signals:
    // A library's workspace path was clicked in the settings.
    void workspacePathActivated(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showCurrentPipeline();
    void setLive(bool live);
    void onPipelinesChanged(const QString &selectId);

    QToolBar *m_toolBar;
    FilterBox *m_filter;
    StatusLine *m_statusLine;
    QSplitter *m_splitter;
    ResourceListView *m_view;
    PipelinePane *m_pane;
    PipelinesActions *m_actions;
    QTimer *m_specTimer;
    PipelinesModel *m_model = nullptr;
    QString m_selectWhenListed;
};

} // namespace brickdesk
