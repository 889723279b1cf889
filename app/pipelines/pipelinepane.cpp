#include "app/pipelines/pipelinepane.h"

#include "app/common/resourcelistview.h"
#include "app/pipelines/pipelineeventsview.h"
#include "app/pipelines/updatetimelineview.h"
#include "core/net/apiclient.h"
#include "core/pipelines/pipelineeventsmodel.h"
#include "core/pipelines/pipelinesservice.h"
#include "core/pipelines/pipelinestates.h"
#include "core/pipelines/pipelineupdatesmodel.h"
#include "core/pipelines/updatetimeline.h"

#include <QDateTime>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString yesNo(bool on)
{
    return on ? PipelinePane::tr("Yes") : PipelinePane::tr("No");
}

QString clusterText(const QJsonObject &cluster)
{
    const QJsonObject autoscale = cluster.value("autoscale"_L1).toObject();
    QString workers =
        autoscale.isEmpty()
            ? PipelinePane::tr("%n worker(s)", nullptr, cluster.value("num_workers"_L1).toInt())
            : PipelinePane::tr("%1–%2 workers (autoscale)")
                  .arg(autoscale.value("min_workers"_L1).toInt())
                  .arg(autoscale.value("max_workers"_L1).toInt());
    const QString node = cluster.value("node_type_id"_L1).toString();
    if (!node.isEmpty())
        workers += u", "_s + node;
    const QString label = cluster.value("label"_L1).toString();
    return label.isEmpty() ? workers : PipelinePane::tr("%1: %2").arg(label, workers);
}

// "notebook /Shared/etl/ingest" with the path as a link into the workspace.
QString libraryHtml(const QJsonObject &library)
{
    const QList<std::pair<QLatin1StringView, QString>> kinds{
        {"notebook"_L1, PipelinePane::tr("Notebook")},
        {"file"_L1, PipelinePane::tr("File")},
        {"glob"_L1, PipelinePane::tr("Files matching")}};
    for (const auto &[key, kind] : kinds) {
        const QJsonObject entry = library.value(key).toObject();
        const QString path = entry.value(key == "glob"_L1 ? "include"_L1 : "path"_L1).toString();
        if (path.isEmpty())
            continue;
        if (key == "glob"_L1)
            return u"%1 %2"_s.arg(kind, escaped(path));
        QUrl link;
        link.setScheme(u"workspace"_s);
        link.setPath(path);
        return u"%1 <a href=\"%2\">%3</a>"_s.arg(kind, escaped(link.toString(QUrl::FullyEncoded)),
                                                 escaped(path));
    }
    return escaped(QString::fromUtf8(QJsonDocument(library).toJson(QJsonDocument::Compact)));
}

} // namespace

PipelinePane::PipelinePane(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_settings(new QTextBrowser(this))
    , m_updatesView(new ResourceListView(this))
    , m_timelineTitle(new QLabel(this))
    , m_timelineScroll(new QScrollArea(this))
    , m_timeline(new UpdateTimelineView(this))
    , m_timelineEvents(new PipelineEventsModel(this))
    , m_events(new PipelineEventsView(this))
{
    setObjectName(u"pipelinePane"_s);
    m_tabs->setObjectName(u"pipelineTabs"_s);
    m_tabs->setAccessibleName(tr("Pipeline details"));
    m_settings->setObjectName(u"pipelineSettings"_s);
    m_settings->setAccessibleName(tr("Pipeline settings"));
    m_settings->setOpenLinks(false);
    connect(m_settings, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == "workspace"_L1)
            emit workspacePathActivated(url.path());
    });

    m_updatesView->setObjectName(u"pipelineUpdatesView"_s);
    m_updatesView->setAccessibleName(tr("Updates of the pipeline"));
    m_updatesView->setEmptyText(tr("This pipeline has not run yet."));
    m_timelineTitle->setObjectName(u"pipelineTimelineTitle"_s);
    m_timelineTitle->setWordWrap(true);
    m_timelineScroll->setObjectName(u"pipelineTimelineScroll"_s);
    m_timelineScroll->setWidget(m_timeline);
    m_timelineScroll->setWidgetResizable(true);
    m_timelineScroll->setFrameShape(QFrame::NoFrame);
    auto *timelineBox = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addWidget(m_timelineTitle);
    timelineLayout->addWidget(m_timelineScroll, 1);
    auto *updates = new QSplitter(Qt::Vertical, this);
    updates->setObjectName(u"pipelineUpdatesSplitter"_s);
    updates->addWidget(m_updatesView);
    updates->addWidget(timelineBox);
    updates->setStretchFactor(0, 1);
    updates->setStretchFactor(1, 2);
    updates->setChildrenCollapsible(false);

    m_tabs->addTab(updates, tr("&Updates"));
    m_tabs->addTab(m_events, tr("E&vents"));
    m_tabs->addTab(m_settings, tr("&Settings"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    // The timeline reads every event of its update, oldest first, in big pages.
    m_timelineEvents->setPageSizes(PipelinesService::EventsQuery::kMaxResults,
                                   PipelinesService::EventsQuery::kMaxResults);
    connect(m_timelineEvents, &PipelineEventsModel::pageLoaded, this,
            &PipelinePane::rebuildTimeline);
    connect(m_updatesView, &ResourceListView::currentRowChanged, this,
            &PipelinePane::showCurrentUpdate);
    // The event log is read when its tab is shown, not for every pipeline passed.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_events)
            m_events->showPipeline(pipelineId());
    });
}

PipelinePane::~PipelinePane() = default;

void PipelinePane::setClient(ApiClient *client)
{
    delete m_updates;
    m_updates = client ? new PipelineUpdatesModel(client, this) : nullptr;
    m_updatesView->setResourceModel(m_updates);
    if (m_updates) {
        m_updates->setLiveUpdatesEnabled(m_live);
        const auto selectPending = [this] {
            m_updatesView->selectPendingOrFirst(&m_selectWhenListed);
        };
        connect(m_updates, &ResourceListModel::pageLoaded, this, selectPending);
        connect(m_updates, &ResourceListModel::loaded, this, selectPending);
        // The selected update moved on: its timeline is read again.
        connect(m_updates, &QAbstractItemModel::dataChanged, this, [this] {
            const int row = m_updatesView->currentSourceRow();
            if (row >= 0 && m_updates->item(row).value("state"_L1).toString() != m_timelineState)
                showCurrentUpdate();
        });
        m_updatesView->sortByColumn(PipelineUpdatesModel::StartedColumn, Qt::DescendingOrder);
        m_updatesView->header()->resizeSection(PipelineUpdatesModel::StartedColumn, 140);
    }
    m_timelineEvents->setClient(client);
    m_events->setClient(client);
    m_pipeline = {};
    m_settingsHtml.clear();
    m_settings->clear();
}

QString PipelinePane::pipelineId() const
{
    return m_pipeline.value("pipeline_id"_L1).toString();
}

void PipelinePane::showPipeline(const QJsonObject &pipeline, const QJsonObject &spec)
{
    const bool changed = pipeline.value("pipeline_id"_L1) != m_pipeline.value("pipeline_id"_L1);
    const QJsonObject before = m_pipeline;
    m_pipeline = pipeline;
    // A live poll answers the same pipeline every few seconds: keep the
    // text (and where it is scrolled to) unless something in it changed.
    const QString html = pipeline.isEmpty() ? QString() : settingsHtml(pipeline, spec);
    if (html != m_settingsHtml) {
        m_settingsHtml = html;
        m_settings->setHtml(html);
    }
    if (!m_updates)
        return;
    if (changed) {
        m_timeline->setTimeline({});
        m_timelineEvents->clear();
        m_timelineTitle->clear();
        m_updates->setPipeline(pipelineId());
        if (m_tabs->currentWidget() == m_events)
            m_events->showPipeline(pipelineId());
        return;
    }
    // A new update the list has not seen: read the updates again.
    const QString latest = before.value("latest_updates"_L1)
                               .toArray()
                               .first()
                               .toObject()
                               .value("update_id"_L1)
                               .toString();
    const QString now = pipeline.value("latest_updates"_L1)
                            .toArray()
                            .first()
                            .toObject()
                            .value("update_id"_L1)
                            .toString();
    if (!now.isEmpty() && now != latest && m_updates->rowForKey(now) < 0)
        m_updates->refresh();
}

void PipelinePane::selectUpdate(const QString &updateId)
{
    m_tabs->setCurrentIndex(0);
    if (m_updates && m_updatesView->selectKey(updateId))
        return;
    m_selectWhenListed = updateId;
    if (m_updates)
        m_updates->refresh();
}

void PipelinePane::setLiveUpdatesEnabled(bool enabled)
{
    m_live = enabled;
    if (m_updates)
        m_updates->setLiveUpdatesEnabled(enabled);
}

QString PipelinePane::currentUpdateId() const
{
    const int row = m_updatesView->currentSourceRow();
    return m_updates && row >= 0 ? m_updates->keyAt(row) : QString();
}

void PipelinePane::showCurrentUpdate()
{
    const int row = m_updatesView->currentSourceRow();
    if (!m_updates || row < 0) {
        m_timeline->setTimeline({});
        m_timelineTitle->clear();
        return;
    }
    const QJsonObject update = m_updates->item(row);
    m_timelineState = update.value("state"_L1).toString();
    const qint64 start = update.value("creation_time"_L1).toInteger(-1);
    m_timelineTitle->setText(
        tr("Update of %1 — %2, %3")
            .arg(start < 0 ? QString()
                           : QLocale().toString(QDateTime::fromMSecsSinceEpoch(start),
                                                QLocale::ShortFormat),
                 PipelineStates::updateStateText(m_timelineState),
                 PipelineUpdatesModel::refreshText(update)));
    PipelineEventsModel::Query query;
    query.pipelineId = pipelineId();
    query.updateId = m_updates->keyAt(row);
    query.oldestFirst = true;
    m_timelineEvents->load(query);
    m_timelineEvents->loadAll();
}

void PipelinePane::rebuildTimeline()
{
    QList<PipelineEvent> events;
    events.reserve(m_timelineEvents->eventCount());
    for (int row = 0; row < m_timelineEvents->eventCount(); ++row)
        events.append(m_timelineEvents->eventAt(row));
    m_timeline->setTimeline(
        UpdateTimeline::fromEvents(events, QDateTime::currentMSecsSinceEpoch()));
}

QString PipelinePane::settingsHtml(const QJsonObject &pipeline, const QJsonObject &spec)
{
    QList<std::pair<QString, QString>> rows;
    const auto add = [&rows](const QString &label, const QString &html) {
        if (!html.isEmpty())
            rows.append({label, html});
    };
    add(tr("Pipeline ID"), escaped(pipeline.value("pipeline_id"_L1).toString()));
    add(tr("State"),
        escaped(PipelineStates::pipelineStateText(pipeline.value("state"_L1).toString())));
    add(tr("Why"), escaped(pipeline.value("cause"_L1).toString()));
    add(tr("Creator"), escaped(pipeline.value("creator_user_name"_L1).toString()));
    add(tr("Runs as"), escaped(pipeline.value("run_as_user_name"_L1).toString()));
    if (spec.isEmpty()) {
        rows.append({tr("Settings"), tr("Reading…")});
    } else {
        const QString catalog = spec.value("catalog"_L1).toString();
        const QString schema = spec.value("schema"_L1).toString();
        const QString target = spec.value("target"_L1).toString();
        if (!catalog.isEmpty())
            add(tr("Catalog and schema"),
                escaped(schema.isEmpty() && target.isEmpty()
                            ? catalog
                            : u"%1.%2"_s.arg(catalog, schema.isEmpty() ? target : schema)));
        else if (!target.isEmpty() || !schema.isEmpty())
            add(tr("Target schema"), escaped(target.isEmpty() ? schema : target));
        add(tr("Storage"), escaped(spec.value("storage"_L1).toString()));
        add(tr("Mode"), escaped(PipelineStates::modeText(spec)));
        add(tr("Channel"), escaped(spec.value("channel"_L1).toString()));
        add(tr("Edition"), escaped(spec.value("edition"_L1).toString()));
        add(tr("Photon"), yesNo(spec.value("photon"_L1).toBool()));
        add(tr("Serverless"), yesNo(spec.value("serverless"_L1).toBool()));
        QStringList libraries;
        for (const QJsonValue &library : spec.value("libraries"_L1).toArray())
            libraries.append(libraryHtml(library.toObject()));
        add(tr("Source code"), libraries.join("<br>"_L1));
        QStringList clusters;
        for (const QJsonValue &cluster : spec.value("clusters"_L1).toArray())
            clusters.append(escaped(clusterText(cluster.toObject())));
        add(tr("Clusters"), clusters.join("<br>"_L1));
        QStringList configuration;
        const QJsonObject conf = spec.value("configuration"_L1).toObject();
        for (auto it = conf.begin(); it != conf.end(); ++it)
            configuration.append(escaped(u"%1 = %2"_s.arg(it.key(), it.value().toString())));
        add(tr("Configuration"), configuration.join("<br>"_L1));
    }
    QString html = u"<table cellspacing=\"2\" cellpadding=\"3\">"_s;
    for (const auto &[label, value] : rows)
        html +=
            u"<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>"_s.arg(escaped(label), value);
    return html + u"</table>"_s;
}

} // namespace brickdesk
