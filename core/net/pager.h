#pragma once

#include "core/net/apierror.h"
#include "core/net/apirequest.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace brickdesk {

class ApiClient;

// Fetches every page of a listing, one request after the other, and hands
// each page over as soon as it arrives so views can show the first rows
// without waiting for the last. Both styles the API uses are supported.
class Pager : public QObject
{
    Q_OBJECT

public:
    enum class Style {
        PageToken,   // page_token -> next_page_token (jobs 2.1+, clusters 2.1)
        OffsetLimit, // offset/limit -> has_more (jobs 2.0/2.1 legacy)
    };
    using PageHandler = std::function<void(const QJsonObject &page)>;
    // Called once at the end: no error when every page arrived.
    using DoneHandler = std::function<void(const std::optional<ApiError> &error)>;

    // `request` is the first page's request; `pageSize` sets `limit` (0: the
    // server default). The pager deletes itself after `done` runs; destroying
    // `context` cancels it silently.
    static Pager *fetchAll(ApiClient *client, const ApiRequest &request, Style style, int pageSize,
                           QObject *context, PageHandler onPage, DoneHandler done);
    // At most `maxPages` pages (page tokens only), starting at `startToken`
    // (empty: the first page). A long history (a job's runs over 60 days) is
    // read a few pages at a time this way; `done` can ask nextPageToken()
    // where the next read starts (empty: nothing left).
    static Pager *fetchPages(ApiClient *client, const ApiRequest &request, int pageSize,
                             int maxPages, const QString &startToken, QObject *context,
                             PageHandler onPage, DoneHandler done);

    void cancel();
    int pagesFetched() const { return m_pages; }
    // Where the next page starts; empty once the listing is complete.
    QString nextPageToken() const { return m_nextToken; }

private:
    Pager(ApiClient *client, ApiRequest request, Style style, int pageSize, QObject *context,
          PageHandler onPage, DoneHandler done);
    void fetchNext();
    void finish(const std::optional<ApiError> &error);

    QPointer<ApiClient> m_client;
    ApiRequest m_request;
    Style m_style;
    int m_pageSize;
    QPointer<QObject> m_context;
    PageHandler m_onPage;
    DoneHandler m_done;
    QString m_nextToken;
    qint64 m_offset = 0;
    int m_pages = 0;
    int m_maxPages = 0; // 0: every page
    bool m_cancelled = false;
};

} // namespace brickdesk
