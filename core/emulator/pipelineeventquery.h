#pragma once

#include "core/emulator/httpmessage.h"
#include "core/emulator/pipelinesstore.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>
#include <variant>
#include <vector>

namespace brickdesk::emulator {

// One page of GET /api/2.0/pipelines/{id}/events: the filter, the order and
// where the page starts, read from the request or from its page_token.
//
// The service filters on four columns only (timestamp, id, update_id,
// level), with conditions joined by AND:
//   level='ERROR'  level in ('ERROR','WARN')  update_id='<id>'  id='<id>'
//   timestamp > '2021-07-22T06:37:33.083Z'  (also >=, <, <=)
// Any other column or operator is refused as "Operation '<op>' not allowed
// on '<column>'".
//
// Pages are cursors, not offsets: a token holds the (timestamp, sequence)
// of the event the page ended (or began) at, so a page costs a binary search
// plus the events it walks over, and reading 10,000 events page by page is
// linear however small the pages.
class PipelineEventQuery
{
public:
    static constexpr int kDefaultMaxResults = 25;
    static constexpr int kMaxResults = 1000;

    struct Filter
    {
        std::optional<QSet<QString>> levels;
        std::optional<QString> updateId;
        std::optional<QString> eventId;
        std::optional<qint64> after; // timestamp > (or >= with afterInclusive)
        bool afterInclusive = false;
        std::optional<qint64> before; // timestamp < (or <= with beforeInclusive)
        bool beforeInclusive = false;

        bool matches(const PipelineEvent &event) const;
    };

    // The request's query (filter, order_by, max_results, page_token), or the
    // 400 the service answers for it.
    static std::variant<PipelineEventQuery, HttpResponse> fromRequest(const HttpRequest &request);
    static std::variant<Filter, HttpResponse> parseFilter(const QString &text);

    // {"events": [...], "next_page_token", "prev_page_token"} over `events`
    // (sorted by timestamp, then sequence).
    QJsonObject page(const std::vector<PipelineEvent> &events) const;

private:
    QString m_filterText;
    Filter m_filter;
    bool m_ascending = false; // the service's default is timestamp desc
    int m_maxResults = kDefaultMaxResults;
    // The cursor of a later page: the event it continues from (excluded) and
    // whether it walks forward in the listing order (next) or back (prev).
    bool m_hasAnchor = false;
    qint64 m_anchorTimestamp = 0;
    qint64 m_anchorSequence = 0;
    bool m_forward = true;

    QString token(const PipelineEvent &anchor, bool forward) const;
};

} // namespace brickdesk::emulator
