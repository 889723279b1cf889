#pragma once

#include "core/common/livepoller.h"
#include "core/net/apierror.h"
#include "core/net/apirequest.h"
#include "core/net/pager.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace brickdesk {

class ApiClient;

// The base of every flat resource list (jobs, clusters, pipelines): one row
// per JSON item of a paged listing, identified by a key the subclass takes
// from the item.
//
// Loading goes through Pager, so the first page's rows are shown while the
// next pages are still on the way. refresh() on a filled model lists every
// page again and then applies a keyed difference: rows whose key vanished are
// removed, new keys inserted, moved keys moved, changed items reported with
// dataChanged; untouched rows keep their persistent indexes, so selection and
// scroll position survive.
//
// Columns are a table of descriptors, not a data() switch. A subclass gives
// the listing request and paging style, the page's array field, the key, and
// optionally which items are transitional and how to fetch one item again;
// the model's LivePoller then polls just those items while enabled.
//
// Every fetch runs under a scope object that a new fetch or clear() destroys,
// so a late page of an old fetch is dropped by the client itself.
class ResourceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        // The value behind the display text (qint64 epoch ms, sizes, names),
        // for sorting and filtering by value. Same value as the tree models'.
        RawValueRole = Qt::UserRole + 1,
        KeyRole,  // QString, the row's key (ids kept exact, as decimal text)
        ItemRole, // QJsonObject, the item as the server sent it
    };
    Q_ENUM(Role)

    enum class State {
        Idle,    // nothing fetched yet (or cleared)
        Loading, // a listing is in flight; rows may already be there
        Loaded,  // the last listing arrived completely
        Failed,  // the last listing failed: error() says why; rows stay
    };
    Q_ENUM(State)

    using ItemFunction = std::function<QVariant(const QJsonObject &item)>;
    struct Column
    {
        QString header;
        ItemFunction display;
        ItemFunction sortValue; // RawValueRole; empty: the display value
        ItemFunction tooltip;   // empty: none
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
        ItemFunction icon; // Qt::DecorationRole; core has no QIcon, so the app fills it in
    };

    explicit ResourceListModel(ApiClient *client, QObject *parent = nullptr);
    ~ResourceListModel() override;

    ApiClient *client() const;

    // Items per page (the `limit` query); 0 leaves it to the server.
    void setPageSize(int size) { m_pageSize = size; }
    int pageSize() const { return m_pageSize; }

    // Reads the listing this many pages at a time instead of whole (a job's
    // runs over 60 days): loadMore() reads the next ones. 0: every page.
    // Page-token listings only.
    void setPagesPerLoad(int pages) { m_pagesPerLoad = pages; }
    int pagesPerLoad() const { return m_pagesPerLoad; }
    bool canLoadMore() const { return !m_moreToken.isEmpty(); }
    // Appends the next pages; nothing while a listing is in flight.
    void loadMore();

    // Lists every page again (with a page budget: as many as are loaded). Empty model: rows are
    // appended page by page. Filled model: the rows are diffed by key once the last page arrived.
    void refresh();
    // Drops every row and any fetch or poll in flight.
    void clear();

    State state() const { return m_state; }
    bool isLoading() const { return m_state == State::Loading; }
    const std::optional<ApiError> &error() const { return m_error; }

    QJsonObject item(int row) const;
    QString keyAt(int row) const;
    int rowForKey(const QString &key) const; // -1 when absent
    QModelIndex indexForKey(const QString &key, int column = 0) const;

    // Live updates: the page enables them while visible and connected.
    void setLiveUpdatesEnabled(bool enabled);
    // Fetches the item with this key again now (after an action changed it,
    // so that a cluster just started is seen PENDING and then polled).
    void refreshItem(const QString &key);
    LivePoller *poller() const { return m_poller; }

    // The key of an id field, exact above 2^53 (numbers are never read
    // through a double) and accepting the string form some APIs use.
    static QString idKey(const QJsonObject &item, QLatin1StringView field);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void stateChanged(brickdesk::ResourceListModel::State state);
    void loadingStarted();
    // One page's worth of rows is in (first load only; a refresh diffs once).
    void pageLoaded(int rowsSoFar);
    void loaded();
    void loadFailed(const brickdesk::ApiError &error);
    void canLoadMoreChanged(bool canLoadMore);

protected:
    // --- what a subclass provides ---
    // The request for the first page (paging parameters are added).
    virtual ApiRequest listRequest() const = 0;
    virtual Pager::Style pagingStyle() const { return Pager::Style::PageToken; }
    // The page's array field: "jobs", "clusters", "statuses", ...
    virtual QString itemsField() const = 0;
    // The item's identity; an item with an empty key is skipped.
    virtual QString itemKey(const QJsonObject &item) const = 0;
    // Whether the item's state advances on the server (PENDING, RUNNING...).
    virtual bool isTransitional(const QJsonObject &item) const;
    // The request that fetches this one item again (clusters/get); none:
    // polling lists everything again instead.
    virtual std::optional<ApiRequest> itemRequest(const QJsonObject &item) const;
    // One request whose answer (an itemsField() array) holds the current
    // version of every one of `items` that is still transitional: one call a
    // poll round instead of one per item (clusters/list filtered by the
    // transitional states). An item missing from the answer changed state and
    // is fetched with itemRequest(). None: one itemRequest() per item.
    virtual std::optional<ApiRequest> batchPollRequest(const QList<QJsonObject> &items) const;
    // The item inside that request's answer, shaped like a listing's item
    // (drop fields only a get carries, so an unchanged item compares equal).
    virtual QJsonObject itemFromReply(const QJsonObject &reply) const;

    void setColumns(QList<Column> columns);
    const QList<Column> &columns() const { return m_columns; }

private:
    struct Row
    {
        QString key;
        QJsonObject item;
    };

    void startListing(bool forPoll);
    void onListingDone(const std::optional<ApiError> &error, bool forPoll, bool appendNow);
    // The page's items with a key, but those `skip` refuses.
    QList<Row> rowsOfPage(const QJsonObject &page,
                          const std::function<bool(const QString &key)> &skip) const;
    void appendRows(const QList<Row> &rows);
    void setMoreToken(const QString &token);
    Pager *startPager(const QString &startToken, int maxPages, Pager::PageHandler onPage,
                      Pager::DoneHandler done);
    // Makes the rows equal `items` (in order) with the fewest signals.
    bool applyDifference(const QList<Row> &items);
    bool replaceItem(int row, const QJsonObject &item);
    // One row gone on the server (a fetch of it answered 404).
    void removeRowAt(int row);
    void setState(State state);
    void updatePollerActivity();
    void poll();
    void pollItems(const QList<QJsonObject> &items);
    void pollBatch(const ApiRequest &request, const QList<QJsonObject> &items);
    void rebuildIndex() const;

    QPointer<ApiClient> m_client;
    QList<Column> m_columns;
    QList<Row> m_rows;
    mutable QHash<QString, int> m_rowOfKey;
    mutable bool m_indexDirty = true;
    QList<Row> m_incoming; // a refresh's pages, diffed when the last arrives
    std::unique_ptr<QObject> m_fetchScope;
    std::unique_ptr<QObject> m_pollScope;
    LivePoller *m_poller;
    int m_pageSize = 0;
    int m_pagesPerLoad = 0;
    int m_pagesLoaded = 0;
    QString m_moreToken; // where loadMore() goes on; empty: all is loaded
    State m_state = State::Idle;
    std::optional<ApiError> m_error;
};

} // namespace brickdesk
