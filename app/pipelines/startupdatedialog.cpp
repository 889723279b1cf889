#include "app/pipelines/startupdatedialog.h"

#include "app/common/testseam.h"
#include "core/net/apiclient.h"
#include "core/pipelines/pipelineeventsmodel.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

TestSeam<std::optional<PipelinesService::StartUpdate>> s_answer;

enum TableColumn { RefreshColumn, FullRefreshColumn };

} // namespace

StartUpdateDialog::StartUpdateDialog(ApiClient *client, const QString &pipelineId,
                                     const QString &pipelineName, const QString &latestUpdateId,
                                     QWidget *parent)
    : QDialog(parent)
    , m_events(new PipelineEventsModel(this))
    , m_modes(new QButtonGroup(this))
    , m_tables(new QTreeWidget(this))
    , m_tablesStatus(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_start(nullptr)
{
    setObjectName(u"startUpdateDialog"_s);
    setWindowTitle(tr("Start Update — %1").arg(pipelineName));
    setAccessibleName(tr("Start an update of %1").arg(pipelineName));

    auto *layout = new QVBoxLayout(this);
    const QList<std::tuple<Mode, QString, QString, QString>> modes{
        {Mode::RefreshAll, tr("&Refresh all tables"), u"startRefreshAll"_s,
         tr("Process what is new in every table")},
        {Mode::FullRefreshAll, tr("&Full refresh of all tables"), u"startFullRefreshAll"_s,
         tr("Empty every table and recompute it from all its sources")},
        {Mode::Selected, tr("Refresh &selected tables"), u"startSelected"_s,
         tr("Refresh the tables ticked below, each incrementally or in full")},
        {Mode::ValidateOnly, tr("&Validate only"), u"startValidateOnly"_s,
         tr("Check the pipeline's code and tables without writing anything")},
    };
    for (const auto &[mode, text, name, tip] : modes) {
        auto *button = new QRadioButton(text, this);
        button->setObjectName(name);
        button->setAccessibleName(QString(text).remove(u'&'));
        button->setToolTip(tip);
        m_modes->addButton(button, int(mode));
        layout->addWidget(button);
    }
    m_modes->button(int(Mode::RefreshAll))->setChecked(true);

    m_tables->setObjectName(u"startTables"_s);
    m_tables->setAccessibleName(tr("Tables to refresh"));
    m_tables->setRootIsDecorated(false);
    m_tables->setHeaderLabels({tr("Refresh"), tr("Full refresh")});
    m_tables->header()->setSectionResizeMode(RefreshColumn, QHeaderView::Stretch);
    m_tablesStatus->setObjectName(u"startTablesStatus"_s);
    m_tablesStatus->setWordWrap(true);
    m_warning->setObjectName(u"startWarning"_s);
    m_warning->setWordWrap(true);
    m_problem->setObjectName(u"startProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b42318;"_s);
    layout->addWidget(m_tables, 1);
    layout->addWidget(m_tablesStatus);
    layout->addWidget(m_warning);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_start = buttons->button(QDialogButtonBox::Ok);
    m_start->setText(tr("Start"));
    m_start->setObjectName(u"startUpdateButton"_s);
    m_start->setAccessibleName(tr("Start"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    resize(460, 460);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_modes, &QButtonGroup::idClicked, this, &StartUpdateDialog::updateState);
    connect(m_tables, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        // A table is refreshed one way: ticking one column clears the other.
        const QSignalBlocker blocker(m_tables);
        if (item->checkState(column) == Qt::Checked)
            item->setCheckState(column == RefreshColumn ? FullRefreshColumn : RefreshColumn,
                                Qt::Unchecked);
        if (mode() != Mode::Selected)
            m_modes->button(int(Mode::Selected))->setChecked(true);
        updateState();
    });

    m_events->setClient(client);
    connect(m_events, &PipelineEventsModel::pageLoaded, this, &StartUpdateDialog::onEventsPage);
    connect(m_events, &PipelineEventsModel::stateChanged, this, [this] {
        if (m_events->state() == PipelineEventsModel::State::Failed)
            m_tablesStatus->setText(
                tr("The tables could not be read: %1")
                    .arg(m_events->error() ? m_events->error()->toString() : QString()));
    });
    if (latestUpdateId.isEmpty()) {
        m_tablesStatus->setText(tr("The pipeline has not run yet, so its tables are not known: "
                                   "refresh all of them or validate first."));
    } else {
        m_tablesStatus->setText(tr("Reading the tables of the latest update…"));
        // Its dataset definitions name every table; oldest first, they come
        // in the first pages.
        m_events->setPageSizes(PipelinesService::EventsQuery::kMaxResults,
                               PipelinesService::EventsQuery::kMaxResults);
        m_events->load({pipelineId, latestUpdateId, {u"INFO"_s}, true});
    }
    updateState();
}

StartUpdateDialog::~StartUpdateDialog() = default;

void StartUpdateDialog::onEventsPage()
{
    QList<PipelineEvent> events;
    events.reserve(m_events->eventCount());
    for (int row = 0; row < m_events->eventCount(); ++row)
        events.append(m_events->eventAt(row));
    const QStringList found = PipelineEvent::refreshableDatasets(events);
    // Dataset definitions come while tables are set up; the flows after them
    // need not be read.
    const bool pastSetup = std::any_of(events.cbegin(), events.cend(), [](const PipelineEvent &e) {
        return e.eventType == "flow_progress"_L1;
    });
    if (!pastSetup && m_events->canLoadMore()) {
        m_events->loadMore();
        return;
    }
    const QSignalBlocker blocker(m_tables);
    m_tables->clear();
    m_tableNames = found;
    for (const QString &table : found) {
        auto *item = new QTreeWidgetItem(m_tables, {table, QString()});
        item->setCheckState(RefreshColumn, Qt::Unchecked);
        item->setCheckState(FullRefreshColumn, Qt::Unchecked);
        item->setToolTip(RefreshColumn, tr("Refresh %1 with what is new").arg(table));
        item->setToolTip(FullRefreshColumn, tr("Empty %1 and recompute it").arg(table));
    }
    m_tablesStatus->setText(
        found.isEmpty() ? tr("The latest update defined no tables.")
                        : tr("%n table(s) in the latest update.", nullptr, int(found.size())));
    updateState();
    emit tablesLoaded();
}

void StartUpdateDialog::setMode(Mode mode)
{
    m_modes->button(int(mode))->setChecked(true);
    updateState();
}

StartUpdateDialog::Mode StartUpdateDialog::mode() const
{
    return Mode(m_modes->checkedId());
}

QStringList StartUpdateDialog::tables() const
{
    return m_tableNames;
}

void StartUpdateDialog::pickTable(const QString &table, bool fullRefresh)
{
    for (int row = 0; row < m_tables->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_tables->topLevelItem(row);
        if (item->text(RefreshColumn) == table)
            item->setCheckState(fullRefresh ? FullRefreshColumn : RefreshColumn, Qt::Checked);
    }
}

std::optional<PipelinesService::StartUpdate> StartUpdateDialog::request() const
{
    PipelinesService::StartUpdate update;
    switch (mode()) {
    case Mode::RefreshAll:
        return update;
    case Mode::FullRefreshAll:
        update.fullRefresh = true;
        return update;
    case Mode::ValidateOnly:
        update.validateOnly = true;
        return update;
    case Mode::Selected:
        break;
    }
    for (int row = 0; row < m_tables->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_tables->topLevelItem(row);
        if (item->checkState(RefreshColumn) == Qt::Checked)
            update.refreshSelection.append(item->text(RefreshColumn));
        else if (item->checkState(FullRefreshColumn) == Qt::Checked)
            update.fullRefreshSelection.append(item->text(RefreshColumn));
    }
    if (update.refreshSelection.isEmpty() && update.fullRefreshSelection.isEmpty())
        return std::nullopt;
    return update;
}

QString StartUpdateDialog::problemText() const
{
    return m_problem->text();
}

void StartUpdateDialog::updateState()
{
    const bool selected = mode() == Mode::Selected;
    m_tables->setEnabled(!m_tableNames.isEmpty());
    m_modes->button(int(Mode::Selected))->setEnabled(!m_tableNames.isEmpty() || selected);
    const auto update = request();
    m_problem->setText(selected && !update ? tr("Tick at least one table to refresh.") : QString());
    int fullTables = 0;
    if (update)
        fullTables = int(update->fullRefreshSelection.size());
    if (mode() == Mode::FullRefreshAll)
        m_warning->setText(tr("A full refresh empties every table and recomputes it from all its "
                              "sources: streaming tables lose data their sources no longer "
                              "hold, and it takes longer."));
    else if (fullTables > 0)
        m_warning->setText(tr("%n table(s) will be emptied and recomputed from their sources.",
                              nullptr, fullTables));
    else
        m_warning->clear();
    m_start->setEnabled(update.has_value());
}

void StartUpdateDialog::ask(QWidget *parent, ApiClient *client, const QString &pipelineId,
                            const QString &pipelineName, const QString &latestUpdateId,
                            std::function<void(std::optional<PipelinesService::StartUpdate>)> done)
{
    if (s_answer) {
        const auto answer = *s_answer;
        QTimer::singleShot(0, parent, [answer, done = std::move(done)] { done(answer); });
        return;
    }
    auto *dialog = new StartUpdateDialog(client, pipelineId, pipelineName, latestUpdateId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, dialog, [dialog, done = std::move(done)](int result) {
        done(result == QDialog::Accepted ? dialog->request() : std::nullopt);
    });
    dialog->open();
}

void StartUpdateDialog::setAnswerForTesting(
    std::optional<std::optional<PipelinesService::StartUpdate>> answer)
{
    s_answer.set(std::move(answer));
}

} // namespace brickdesk
