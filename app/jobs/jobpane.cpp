#include "app/jobs/jobpane.h"

#include "app/common/resourcelistview.h"
#include "app/jobs/rundurationschart.h"
#include "app/jobs/runpane.h"
#include "app/jobs/taskgraphview.h"
#include "core/jobs/jobsservice.h"
#include "core/jobs/runsmodel.h"
#include "core/jobs/taskgraph.h"
#include "core/jobs/triggertext.h"
#include "core/net/apiclient.h"
#include "core/net/jsonids.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// Settings shown first, in the order people look for them.
const QStringList kSettingsOrder{u"schedule"_s,
                                 u"trigger"_s,
                                 u"continuous"_s,
                                 u"parameters"_s,
                                 u"job_clusters"_s,
                                 u"email_notifications"_s,
                                 u"webhook_notifications"_s,
                                 u"notification_settings"_s,
                                 u"max_concurrent_runs"_s,
                                 u"timeout_seconds"_s,
                                 u"queue"_s,
                                 u"tags"_s,
                                 u"run_as"_s,
                                 u"git_source"_s};

void addJson(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value)
{
    auto *item = new QTreeWidgetItem(parent, {key});
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        // A variable, not a cast in the call: Qt 6.4's lupdate hangs on
        // translate(..., nullptr, int(...)).
        const int fields = int(object.size());
        for (auto it = object.begin(); it != object.end(); ++it)
            addJson(item, it.key(), it.value());
        item->setText(
            1, QCoreApplication::translate("brickdesk::JobPane", "%n field(s)", nullptr, fields));
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        const int items = int(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject entry = array.at(i).toObject();
            // Keyed entries read by their key, not their index.
            QString name = entry.value("task_key"_L1).toString();
            if (name.isEmpty())
                name = entry.value("job_cluster_key"_L1).toString();
            if (name.isEmpty())
                name = entry.value("name"_L1).toString();
            addJson(item, name.isEmpty() ? u"[%1]"_s.arg(i) : name, array.at(i));
        }
        item->setText(
            1, QCoreApplication::translate("brickdesk::JobPane", "%n item(s)", nullptr, items));
    } else {
        const QString text =
            value.isString()
                ? value.toString()
                : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                      .mid(1)
                      .chopped(1);
        item->setText(1, text);
        item->setToolTip(1, text);
    }
}

} // namespace

JobPane::JobPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_graph(new TaskGraphView)
    , m_taskDetails(new QLabel)
    , m_chart(new RunDurationsChart)
    , m_runsView(new ResourceListView)
    , m_loadMore(new QPushButton(tr("Load More Runs")))
    , m_settings(new QTreeWidget)
    , m_runPane(new RunPane)
{
    setObjectName(u"jobPane"_s);
    setAccessibleName(tr("Job"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_title->setObjectName(u"jobTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setObjectName(u"jobFacts"_s);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setObjectName(u"jobTabs"_s);
    m_tabs->setAccessibleName(tr("Job details"));

    // Tasks: the graph over the selected task's details.
    auto *tasks = new QSplitter(Qt::Vertical);
    m_graph->setObjectName(u"taskGraph"_s);
    m_taskDetails->setObjectName(u"taskDetails"_s);
    m_taskDetails->setAccessibleName(tr("Selected task"));
    m_taskDetails->setWordWrap(true);
    m_taskDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_taskDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_taskDetails->setMargin(6);
    tasks->addWidget(m_graph);
    tasks->addWidget(m_taskDetails);
    tasks->setStretchFactor(0, 4);
    tasks->setStretchFactor(1, 1);
    tasks->setChildrenCollapsible(false);
    m_tabs->addTab(tasks, QIcon(u":/icons/nav-jobs.svg"_s), tr("Tasks"));

    // Runs: the chart over the history.
    auto *runs = new QSplitter(Qt::Vertical);
    m_chart->setObjectName(u"runDurationsChart"_s);
    m_runsView->setObjectName(u"runsView"_s);
    m_runsView->setAccessibleName(tr("Runs"));
    m_runsView->setEmptyText(tr("This job has not run yet."));
    m_loadMore->setObjectName(u"loadMoreRuns"_s);
    m_loadMore->setAccessibleName(tr("Load more runs"));
    auto *history = new QWidget;
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_runsView, 1);
    historyLayout->addWidget(m_loadMore, 0, Qt::AlignLeft);
    runs->addWidget(m_chart);
    runs->addWidget(history);
    runs->setStretchFactor(0, 2);
    runs->setStretchFactor(1, 3);
    runs->setChildrenCollapsible(false);
    m_tabs->addTab(runs, QIcon(u":/icons/run.svg"_s), tr("Runs"));

    m_settings->setObjectName(u"jobSettings"_s);
    m_settings->setAccessibleName(tr("Job settings"));
    m_settings->setHeaderLabels({tr("Setting"), tr("Value")});
    m_settings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_settings->setUniformRowHeights(true);
    m_tabs->addTab(m_settings, QIcon(u":/icons/object.svg"_s), tr("Settings"));
    m_tabs->addTab(m_runPane, QIcon(u":/icons/dashboard.svg"_s), tr("Run"));
    m_tabs->setTabEnabled(3, false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_tabs, 1);

    connect(m_graph, &TaskGraphView::taskSelected, this, &JobPane::showTask);
    connect(m_chart, &RunDurationsChart::runActivated, this, [this](qint64 runId) {
        m_runsView->selectKey(QString::number(runId));
        openRun(runId);
    });
    connect(m_runsView, &ResourceListView::currentRowChanged, this,
            [this] { emit runSelected(currentRun()); });
    connect(m_runsView, &ResourceListView::rowActivated, this, [this](int row) {
        if (m_runs)
            openRun(m_runs->runIdAt(row));
    });
    connect(m_loadMore, &QPushButton::clicked, this, [this] {
        if (m_runs)
            m_runs->loadMore();
    });
    connect(m_runPane, &RunPane::runLoaded, this, [this](const QJsonObject &run) {
        if (m_tabs->currentWidget() == m_runPane)
            emit runSelected(run);
    });
    connect(m_runPane, &RunPane::errorOccurred, this, &JobPane::errorOccurred);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        // The actions act on the run of the tab in front.
        emit runSelected(m_tabs->currentWidget() == m_runPane ? m_runPane->run() : currentRun());
        m_runPane->setLiveUpdatesEnabled(m_live && m_tabs->currentWidget() == m_runPane);
    });
    showJob({});
}

JobPane::~JobPane()
{
    m_jobScope.reset();
}

void JobPane::setClient(ApiClient *client)
{
    m_jobScope.reset();
    m_runsView->setResourceModel(nullptr);
    m_runs.reset(client ? new RunsModel(client) : nullptr);
    m_service.reset(client ? new JobsService(client) : nullptr);
    m_runPane->setClient(client);
    if (m_runs) {
        m_runsView->setResourceModel(m_runs.get());
        m_runs->setLiveUpdatesEnabled(m_live);
        const auto listed = [this] {
            updateChart();
            updateLoadMore();
            if (m_selectRunWhenListed != 0 &&
                m_runsView->selectKey(QString::number(m_selectRunWhenListed)))
                m_selectRunWhenListed = 0;
        };
        connect(m_runs.get(), &ResourceListModel::loaded, this, listed);
        connect(m_runs.get(), &ResourceListModel::pageLoaded, this, listed);
        connect(m_runs.get(), &QAbstractItemModel::dataChanged, this, [this] {
            updateChart();
            emit runSelected(m_tabs->currentWidget() == m_runPane ? m_runPane->run()
                                                                  : currentRun());
        });
        connect(m_runs.get(), &ResourceListModel::stateChanged, this, &JobPane::updateLoadMore);
    }
    m_jobId = -1;
    showJob({});
}

void JobPane::setLiveUpdatesEnabled(bool enabled)
{
    m_live = enabled;
    if (m_runs)
        m_runs->setLiveUpdatesEnabled(enabled);
    m_runPane->setLiveUpdatesEnabled(enabled && m_tabs->currentWidget() == m_runPane);
}

void JobPane::showJob(const QJsonObject &job)
{
    const qint64 id = jsonId(job, "job_id"_L1);
    const bool sameJob = id == m_jobId;
    m_job = job;
    m_jobId = id;
    const QJsonObject settings = job.value("settings"_L1).toObject();
    if (id == 0) {
        m_title->setText(tr("No job selected"));
        m_facts->setText(tr("Select a job to see its tasks, runs and settings."));
    } else {
        m_title->setText(settings.value("name"_L1).toString());
        QStringList facts{tr("Job %1").arg(id), TriggerText::describe(settings)};
        const QString owner = job.value("run_as_user_name"_L1).toString();
        const QString creator = job.value("creator_user_name"_L1).toString();
        if (!owner.isEmpty() && owner != creator)
            facts << tr("runs as %1").arg(owner);
        if (!creator.isEmpty())
            facts << tr("created by %1").arg(creator);
        const int tasks = int(settings.value("tasks"_L1).toArray().size());
        facts << QCoreApplication::translate("brickdesk::JobPane", "%n task(s)", nullptr, tasks);
        m_facts->setText(facts.join(u" · "_s));
    }
    m_tabs->setEnabled(id != 0);
    m_graph->setJob(job);
    showSettings(settings);
    if (!sameJob) {
        m_taskDetails->setText(tr("Select a task to see what it runs and when."));
        m_tabs->setTabEnabled(3, false);
        if (m_tabs->currentIndex() == 3)
            m_tabs->setCurrentIndex(1);
        if (m_runs) {
            m_runs->setJobId(id);
            if (id != 0)
                m_runs->refresh();
        }
        updateChart();
    }
    // A listing holds the first 100 tasks of a job; the graph needs them all.
    m_jobScope.reset();
    if (id != 0 && job.value("has_more"_L1).toBool() && m_service) {
        m_jobScope = std::make_unique<QObject>();
        m_service->getJob(
            id, m_jobScope.get(),
            [this, id](const std::optional<ApiError> &error, const QJsonObject &whole) {
                if (error || id != m_jobId)
                    return;
                QJsonObject merged = whole;
                merged.remove(u"has_more"_s);
                m_job = merged;
                m_graph->setJob(merged);
                showSettings(merged.value("settings"_L1).toObject());
            });
    }
}

void JobPane::showTask(const QString &key)
{
    const TaskGraph &graph = m_graph->graph();
    const int index = graph.indexOf(key);
    if (index < 0) {
        m_taskDetails->setText(tr("Select a task to see what it runs and when."));
        return;
    }
    const TaskGraph::Node &node = graph.nodes().at(index);
    QStringList lines;
    lines << u"<b>%1</b> · %2"_s.arg(node.key.toHtmlEscaped(), node.typeName.toHtmlEscaped());
    if (!node.target.isEmpty())
        lines << tr("Runs: %1").arg(node.target.toHtmlEscaped());
    if (!node.compute.isEmpty())
        lines << tr("On: %1").arg(node.compute.toHtmlEscaped());
    lines << (node.upstream.isEmpty()
                  ? tr("Starts first")
                  : tr("After: %1").arg(node.upstream.join(u", "_s).toHtmlEscaped()));
    const QString runIf = TaskGraph::runIfText(node.runIf);
    if (!runIf.isEmpty())
        lines << tr("Runs if: %1").arg(runIf.toHtmlEscaped());
    m_taskDetails->setText(lines.join(u"<br>"_s));
}

QString JobPane::taskDetailsText() const
{
    return m_taskDetails->text();
}

void JobPane::showSettings(const QJsonObject &settings)
{
    m_settings->clear();
    QStringList keys = settings.keys();
    std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        const auto rank = [](const QString &k) {
            const qsizetype i = kSettingsOrder.indexOf(k);
            return i < 0 ? kSettingsOrder.size() : i;
        };
        return rank(a) < rank(b);
    });
    for (const QString &key : std::as_const(keys)) {
        if (key == "tasks"_L1)
            continue; // the Tasks tab shows them
        addJson(m_settings->invisibleRootItem(), key, settings.value(key));
    }
    m_settings->expandToDepth(0);
}

void JobPane::refreshRuns(qint64 selectRunId)
{
    if (!m_runs || m_jobId <= 0)
        return;
    m_selectRunWhenListed = selectRunId;
    m_runs->refresh();
    if (selectRunId != 0 && m_runPane->runId() == selectRunId)
        m_runPane->showRun(selectRunId);
}

void JobPane::showRunsTab()
{
    m_tabs->setCurrentIndex(1);
}

void JobPane::openRun(qint64 runId)
{
    if (runId == 0)
        return;
    m_tabs->setTabEnabled(3, true);
    m_tabs->setTabText(3, tr("Run %1").arg(runId));
    m_runPane->showRun(runId);
    m_tabs->setCurrentWidget(m_runPane);
}

QJsonObject JobPane::currentRun() const
{
    const int row = m_runsView->currentSourceRow();
    return m_runs && row >= 0 ? m_runs->item(row) : QJsonObject();
}

void JobPane::updateChart()
{
    QJsonArray runs;
    if (m_runs)
        for (int row = 0; row < m_runs->rowCount(); ++row)
            runs.append(m_runs->item(row));
    m_chart->setRuns(runs);
}

void JobPane::updateLoadMore()
{
    m_loadMore->setVisible(m_runs && m_runs->canLoadMore());
    m_loadMore->setEnabled(m_runs && !m_runs->isLoading());
}

} // namespace brickdesk
