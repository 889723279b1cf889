#pragma once

#include "core/common/resourcelistmodel.h"
#include "core/net/apierror.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace brickdesk {

class ApiClient;
class ClustersService;

// The events of one cluster, newest first: when, what happened and the
// details in words ("From 2 to 5 workers", "By ana@example.com",
// "Inactivity"). Read a page at a time (50 by default) with clusters/events;
// loadMore() goes on by sending the previous answer's `next_page` object back
// unchanged, as both SDKs do. An event type filter is sent as `event_types`.
//
// Every listing runs under a scope that a new one (refresh, another cluster)
// destroys, so a late page of an old listing never lands.
class ClusterEventsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, EventColumn, DetailsColumn, ColumnCount };
    enum Role {
        // Same values as every list model's: the time in ms, the raw type.
        RawValueRole = ResourceListModel::RawValueRole,
        EventRole = ResourceListModel::ItemRole, // QJsonObject, the event as sent
    };
    Q_ENUM(Role)

    static constexpr int kDefaultPageSize = 50;

    explicit ClusterEventsModel(ApiClient *client, QObject *parent = nullptr);
    ~ClusterEventsModel() override;

    // Changing the cluster clears the rows; refresh() lists them.
    void setCluster(const QString &clusterId);
    QString clusterId() const { return m_clusterId; }
    // Only events of these types (empty: all). Takes effect on refresh().
    void setEventTypes(const QStringList &types);
    QStringList eventTypes() const { return m_eventTypes; }
    // Events per page, 1..500.
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }

    // Lists the first page again; the rows shown stay until it arrives.
    void refresh();
    // The next page, when the last answer had one.
    void loadMore();
    bool canLoadMore() const { return !m_nextPage.isEmpty() && !m_loading; }
    bool hasMore() const { return !m_nextPage.isEmpty(); }
    bool isLoading() const { return m_loading; }
    std::optional<ApiError> error() const { return m_error; }
    void clear();

    QJsonObject eventAt(int row) const { return m_events.value(row); }
    const QList<QJsonObject> &events() const { return m_events; }
    // The body the last page was asked with (for tests).
    QJsonObject lastRequest() const { return m_lastRequest; }

    // The types a workers history needs: launches, resizes and terminations.
    static QStringList sizingEventTypes();
    // "Resized", "Upsize completed", "Init scripts finished"; unknown types
    // from their name ("NEW_THING" → "New thing").
    static QString typeText(const QString &type);
    // What an event's details say, in words.
    static QString detailsText(const QJsonObject &event);
    // A termination reason ({code, type, parameters}) in words.
    static QString reasonText(const QJsonObject &reason);
    // "SOME_CODE" → "Some code".
    static QString wordsOf(const QString &code);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // A page arrived (the first one of a refresh, or one of loadMore()).
    void loaded();
    void loadFailed(const brickdesk::ApiError &error);
    void loadingChanged(bool loading);

private:
    void fetch(const QJsonObject &request, bool append);
    void setLoading(bool loading);

    std::unique_ptr<ClustersService> m_service;
    std::unique_ptr<QObject> m_scope;
    QString m_clusterId;
    QStringList m_eventTypes;
    int m_pageSize = kDefaultPageSize;
    QList<QJsonObject> m_events;
    QJsonObject m_nextPage;
    QJsonObject m_lastRequest;
    std::optional<ApiError> m_error;
    bool m_loading = false;
};

} // namespace brickdesk
