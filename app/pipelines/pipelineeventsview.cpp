#include "app/pipelines/pipelineeventsview.h"

#include "core/pipelines/pipelineeventsmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// Core has no icons: errors and warnings get theirs here.
class LevelIconProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == PipelineEventsModel::LevelColumn &&
            !index.data(PipelineEventsModel::IsExceptionRole).toBool()) {
            const QString level = index.data(PipelineEventsModel::LevelRole).toString();
            if (level == "ERROR"_L1)
                return QIcon(u":/icons/error.svg"_s);
            if (level == "WARN"_L1)
                return QIcon(u":/icons/warning.svg"_s);
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

PipelineEventsView::PipelineEventsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new PipelineEventsModel(this))
    , m_proxy(new LevelIconProxy(this))
    , m_levels(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_loadMore(new QPushButton(tr("Load &More"), this))
{
    setObjectName(u"pipelineEvents"_s);
    m_levels->setObjectName(u"pipelineEventsLevel"_s);
    m_levels->setAccessibleName(tr("Show events of level"));
    m_levels->addItem(tr("All levels"), int(Levels::All));
    m_levels->addItem(tr("Errors"), int(Levels::Errors));
    m_levels->addItem(tr("Errors and warnings"), int(Levels::ErrorsAndWarnings));
    m_levels->addItem(tr("Info"), int(Levels::Info));
    m_search->setObjectName(u"pipelineEventsSearch"_s);
    m_search->setAccessibleName(tr("Search the loaded events"));
    m_search->setPlaceholderText(tr("Search messages, events and datasets"));
    m_search->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    // An exception that matches keeps its error shown, and the other way round.
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_view->setObjectName(u"pipelineEventsView"_s);
    m_view->setAccessibleName(tr("Pipeline events"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(PipelineEventsModel::TimeColumn, 130);
    m_view->header()->resizeSection(PipelineEventsModel::LevelColumn, 80);
    m_view->header()->resizeSection(PipelineEventsModel::TypeColumn, 120);
    m_view->header()->resizeSection(PipelineEventsModel::DatasetColumn, 120);
    m_status->setObjectName(u"pipelineEventsStatus"_s);
    m_status->setAccessibleName(tr("Events shown"));
    m_loadMore->setObjectName(u"pipelineEventsLoadMore"_s);
    m_loadMore->setAccessibleName(tr("Load more events"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_levels);
    filters->addWidget(m_search, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_loadMore);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_levels, &QComboBox::currentIndexChanged, this, &PipelineEventsView::reload);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &PipelineEventsView::updateStatus);
    connect(m_loadMore, &QPushButton::clicked, m_model, &PipelineEventsModel::loadMore);
    connect(m_model, &PipelineEventsModel::stateChanged, this, &PipelineEventsView::updateStatus);
    connect(m_model, &PipelineEventsModel::pageLoaded, this, &PipelineEventsView::updateStatus);
    updateStatus();
}

PipelineEventsView::~PipelineEventsView() = default;

QStringList PipelineEventsView::levelsOf(Levels levels)
{
    switch (levels) {
    case Levels::All:
        return {};
    case Levels::Errors:
        return {u"ERROR"_s};
    case Levels::ErrorsAndWarnings:
        return {u"ERROR"_s, u"WARN"_s};
    case Levels::Info:
        return {u"INFO"_s};
    }
    return {};
}

void PipelineEventsView::setClient(ApiClient *client)
{
    m_model->setClient(client);
    m_pipelineId.clear();
    updateStatus();
}

void PipelineEventsView::showPipeline(const QString &pipelineId)
{
    if (pipelineId == m_pipelineId && m_model->state() != PipelineEventsModel::State::Idle)
        return;
    m_pipelineId = pipelineId;
    reload();
}

void PipelineEventsView::reload()
{
    if (m_pipelineId.isEmpty()) {
        m_model->clear();
        return;
    }
    PipelineEventsModel::Query query;
    query.pipelineId = m_pipelineId;
    query.levels = levelsOf(Levels(m_levels->currentData().toInt()));
    m_model->load(query);
}

void PipelineEventsView::setLevels(Levels levels)
{
    m_levels->setCurrentIndex(m_levels->findData(int(levels)));
}

void PipelineEventsView::setSearchText(const QString &text)
{
    m_search->setText(text);
}

QString PipelineEventsView::statusText() const
{
    return m_status->text();
}

void PipelineEventsView::updateStatus()
{
    const int loaded = m_model->eventCount();
    const int shown = m_proxy->rowCount();
    QString text;
    switch (m_model->state()) {
    case PipelineEventsModel::State::Idle:
        break;
    case PipelineEventsModel::State::Loading:
        text = tr("Reading events…");
        break;
    case PipelineEventsModel::State::Failed:
        text = tr("The events could not be read: %1")
                   .arg(m_model->error() ? m_model->error()->toString() : QString());
        break;
    case PipelineEventsModel::State::Loaded:
        if (loaded == 0)
            text = tr("No events at this level.");
        else if (!m_search->text().isEmpty())
            text = tr("%1 of %n loaded event(s) match.", nullptr, loaded).arg(shown);
        else
            text = m_model->canLoadMore()
                       ? tr("%n event(s) loaded; older ones are left to load.", nullptr, loaded)
                       : tr("All %n event(s).", nullptr, loaded);
        break;
    }
    m_status->setText(text);
    m_loadMore->setEnabled(m_model->canLoadMore() &&
                           m_model->state() != PipelineEventsModel::State::Loading);
}

} // namespace brickdesk
