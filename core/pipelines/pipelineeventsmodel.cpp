#include "core/pipelines/pipelineeventsmodel.h"

#include "core/net/apiclient.h"
#include "core/pipelines/pipelinesservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// Top-level rows carry this id; an exception row carries its event's row + 1.
constexpr quintptr kTopLevel = 0;

QString readable(const QString &name)
{
    QString text = name;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

PipelineEventsModel::PipelineEventsModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

PipelineEventsModel::~PipelineEventsModel() = default;

void PipelineEventsModel::setClient(ApiClient *client)
{
    clear();
    m_client = client;
}

void PipelineEventsModel::setPageSizes(int first, int next)
{
    m_firstPageSize = std::clamp(first, 1, PipelinesService::EventsQuery::kMaxResults);
    m_pageSize = std::clamp(next, 1, PipelinesService::EventsQuery::kMaxResults);
}

void PipelineEventsModel::clear()
{
    m_scope.reset();
    beginResetModel();
    m_events.clear();
    endResetModel();
    const bool couldLoadMore = canLoadMore();
    m_nextToken.clear();
    m_loadAll = false;
    m_error.reset();
    if (couldLoadMore)
        emit canLoadMoreChanged(false);
    setState(State::Idle);
}

void PipelineEventsModel::load(const Query &query)
{
    clear();
    m_query = query;
    m_firstPage = true;
    fetch();
}

void PipelineEventsModel::loadMore()
{
    if (m_state == State::Loading || !canLoadMore())
        return;
    fetch();
}

void PipelineEventsModel::loadAll()
{
    m_loadAll = true;
    loadMore();
}

void PipelineEventsModel::fetch()
{
    if (!m_client || m_query.pipelineId.isEmpty())
        return;
    PipelinesService::EventsQuery query;
    if (m_firstPage) {
        query.filter = PipelinesService::eventsFilter(m_query.updateId, m_query.levels);
        query.oldestFirst = m_query.oldestFirst;
        query.maxResults = m_firstPageSize;
    } else {
        query.pageToken = m_nextToken;
        query.maxResults = m_pageSize;
    }
    m_scope = std::make_unique<QObject>();
    m_error.reset();
    setState(State::Loading);
    ++m_requests;
    PipelinesService(m_client).events(
        m_query.pipelineId, query, m_scope.get(),
        [this](const std::optional<ApiError> &error, const QJsonObject &page) {
            if (error) {
                m_error = error;
                m_loadAll = false;
                setState(State::Failed);
                return;
            }
            const QJsonArray events = page.value("events"_L1).toArray();
            if (!events.isEmpty()) {
                const int first = int(m_events.size());
                beginInsertRows({}, first, first + int(events.size()) - 1);
                for (const QJsonValue &value : events)
                    m_events.append(PipelineEvent::fromJson(value.toObject()));
                endInsertRows();
            }
            m_firstPage = false;
            const bool couldLoadMore = canLoadMore();
            m_nextToken = page.value("next_page_token"_L1).toString();
            if (couldLoadMore != canLoadMore())
                emit canLoadMoreChanged(canLoadMore());
            setState(State::Loaded);
            emit pageLoaded(int(m_events.size()));
            if (m_loadAll && canLoadMore())
                fetch();
            else
                m_loadAll = false;
        });
}

void PipelineEventsModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QModelIndex PipelineEventsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_events.size() ? createIndex(row, column, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return {};
    const PipelineEvent &event = m_events.at(parent.row());
    if (row >= event.exceptions.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex PipelineEventsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int PipelineEventsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_events.size());
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return 0;
    return int(m_events.at(parent.row()).exceptions.size());
}

int PipelineEventsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PipelineEventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTopLevel)
        return eventData(m_events.at(index.row()), index.column(), role);
    const PipelineEvent &event = m_events.at(int(index.internalId() - 1));
    if (role == LevelRole)
        return event.level;
    return exceptionData(event.exceptions.at(index.row()), index.column(), role);
}

QVariant PipelineEventsModel::eventData(const PipelineEvent &event, int column, int role) const
{
    if (role == LevelRole)
        return event.level;
    if (role == IsExceptionRole)
        return false;
    switch (column) {
    case TimeColumn:
        if (role == RawValueRole)
            return event.timeMs;
        // The day and the second fit the column; the tooltip has it whole.
        if (role == Qt::DisplayRole && event.timeMs >= 0)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(event.timeMs),
                                      u"MM-dd HH:mm:ss"_s);
        if (role == Qt::ToolTipRole)
            return event.json.value("timestamp"_L1).toString();
        break;
    case LevelColumn:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return levelText(event.level);
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return eventTypeText(event.eventType);
        if (role == Qt::ToolTipRole)
            return event.eventType;
        break;
    case DatasetColumn: {
        const QString name = event.datasetName.isEmpty() ? event.flowName : event.datasetName;
        // "orders_raw" for main.bronze.orders_raw: the catalog and schema
        // are the pipeline's, the same on every row.
        if (role == Qt::DisplayRole)
            return name.section(u'.', -1);
        if (role == RawValueRole || role == Qt::ToolTipRole)
            return name;
        break;
    }
    case MessageColumn:
        if (role == Qt::DisplayRole || role == RawValueRole || role == Qt::ToolTipRole)
            return event.message;
        break;
    default:
        break;
    }
    return {};
}

QVariant PipelineEventsModel::exceptionData(const PipelineException &exception, int column,
                                            int role) const
{
    if (role == IsExceptionRole)
        return true;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RawValueRole)
        return {};
    if (column == TypeColumn)
        return exception.className.section(u'.', -1);
    if (column == MessageColumn)
        return role == Qt::ToolTipRole ? exception.className + u'\n' + exception.message
                                       : exception.message;
    if (column == DatasetColumn && role == Qt::ToolTipRole)
        return exception.className;
    return {};
}

QVariant PipelineEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case TypeColumn:
        return tr("Event");
    case DatasetColumn:
        return tr("Dataset");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

QString PipelineEventsModel::eventTypeText(const QString &type)
{
    static const QList<std::pair<QLatin1StringView, const char *>> names{
        {"create_update"_L1, QT_TR_NOOP("Update created")},
        {"update_progress"_L1, QT_TR_NOOP("Update progress")},
        {"flow_progress"_L1, QT_TR_NOOP("Flow progress")},
        {"flow_definition"_L1, QT_TR_NOOP("Flow definition")},
        {"dataset_definition"_L1, QT_TR_NOOP("Dataset definition")},
        {"cluster_resources"_L1, QT_TR_NOOP("Cluster resources")},
        {"user_action"_L1, QT_TR_NOOP("User action")},
        {"planning_information"_L1, QT_TR_NOOP("Planning")},
        {"maintenance_progress"_L1, QT_TR_NOOP("Maintenance")},
    };
    for (const auto &[name, text] : names) {
        if (type == name)
            return tr(text);
    }
    return readable(type);
}

QString PipelineEventsModel::levelText(const QString &level)
{
    if (level == "ERROR"_L1)
        return tr("Error");
    if (level == "WARN"_L1)
        return tr("Warning");
    if (level == "INFO"_L1)
        return tr("Info");
    if (level == "METRICS"_L1)
        return tr("Metrics");
    return level;
}

} // namespace brickdesk
