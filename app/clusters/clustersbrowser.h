#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSplitter;
class QToolBar;

namespace brickdesk {

class ApiClient;
class ClusterPane;
class ClustersActions;
class ClustersModel;
class FilterBox;
class ResourceListView;
class StatusLine;

// The Clusters area's content: toolbar, state filter, "Job clusters" and
// the name filter above; the clusters on the left (pinned first, job
// clusters hidden unless asked for), the selected cluster on the right.
// Clusters on their way between states are followed live only while the
// browser is shown.
class ClustersBrowser : public QWidget
{
    Q_OBJECT

public:
    enum class StateFilter { All, Running, Changing, Terminated };

    explicit ClustersBrowser(QWidget *parent = nullptr);
    ~ClustersBrowser() override;

    // Shows `model` (not owned); calls go through `client`. Null clears.
    void setClusters(ClustersModel *model, ApiClient *client, const QString &workspace);

    ResourceListView *view() const { return m_view; }
    ClusterPane *pane() const { return m_pane; }
    ClustersActions *actions() const { return m_actions; }
    QLineEdit *filterEdit() const;
    QComboBox *stateFilterBox() const { return m_stateFilter; }
    QCheckBox *jobClustersBox() const { return m_jobClusters; }
    QString statusText() const;
    QString errorText() const;

    // Whether a cluster passes the state filter and the job clusters choice.
    static bool accepts(const QJsonObject &cluster, StateFilter filter, bool showJobClusters);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showCurrentCluster();
    void setLive(bool live);
    void onClustersChanged(const QString &selectId);

    QToolBar *m_toolBar;
    QComboBox *m_stateFilter;
    QCheckBox *m_jobClusters;
    FilterBox *m_filter;
    StatusLine *m_statusLine;
    QSplitter *m_splitter;
    ResourceListView *m_view;
    ClusterPane *m_pane;
    ClustersActions *m_actions;
    ClustersModel *m_model = nullptr;
    QString m_selectWhenListed;
};

} // namespace brickdesk
