#pragma once

#include "core/net/apierror.h"
#include "core/pipelines/pipelineevent.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

namespace brickdesk {

class ApiClient;

// A pipeline's event log, newest first: time, level, event type, the flow
// or dataset it is about, and the message; an error event's exceptions are
// its children (class and message), so a view can expand them.
//
// The level and the update are filtered on the server; later pages go on
// with the page token alone (the API refuses a token together with a
// filter or an ordering, so only the first page carries them). The first
// page is small so that it paints at once; later ones are large (the API
// allows 1000), so a long log arrives in few calls.
class PipelineEventsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, LevelColumn, TypeColumn, DatasetColumn, MessageColumn, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // timestamp ms for the time column
        LevelRole,                       // QString: INFO, WARN, ERROR, METRICS
        IsExceptionRole,                 // bool: an exception row under an error
    };
    enum class State { Idle, Loading, Loaded, Failed };
    Q_ENUM(State)

    struct Query
    {
        QString pipelineId;
        QString updateId;   // empty: the whole pipeline's log
        QStringList levels; // empty: every level
        bool oldestFirst = false;
    };

    explicit PipelineEventsModel(QObject *parent = nullptr);
    ~PipelineEventsModel() override;

    void setClient(ApiClient *client);
    // Page sizes: the first page and the ones after it (at most 1000).
    void setPageSizes(int first, int next);

    // Lists the first page of `query`; what was shown goes.
    void load(const Query &query);
    // The next page; nothing while one is in flight or when all are here.
    void loadMore();
    // Every page that is left, one after the other.
    void loadAll();
    void clear();
    const Query &query() const { return m_query; }

    State state() const { return m_state; }
    const std::optional<ApiError> &error() const { return m_error; }
    bool canLoadMore() const { return !m_nextToken.isEmpty(); }
    int eventCount() const { return int(m_events.size()); }
    const PipelineEvent &eventAt(int row) const { return m_events.at(row); }
    int requestCount() const { return m_requests; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Update progress", "Flow progress": an event type in words.
    static QString eventTypeText(const QString &type);
    static QString levelText(const QString &level);

signals:
    void stateChanged(brickdesk::PipelineEventsModel::State state);
    // A page arrived; `events` are shown now.
    void pageLoaded(int events);
    void canLoadMoreChanged(bool canLoadMore);

private:
    void fetch();
    void setState(State state);
    QVariant eventData(const PipelineEvent &event, int column, int role) const;
    QVariant exceptionData(const PipelineException &exception, int column, int role) const;

    QPointer<ApiClient> m_client;
    Query m_query;
    QList<PipelineEvent> m_events;
    QString m_nextToken;
    bool m_firstPage = true;
    bool m_loadAll = false;
    int m_firstPageSize = 100;
    int m_pageSize = 1000;
    int m_requests = 0;
    State m_state = State::Idle;
    std::optional<ApiError> m_error;
    std::unique_ptr<QObject> m_scope;
};

} // namespace brickdesk
