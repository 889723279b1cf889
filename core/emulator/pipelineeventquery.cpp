#include "core/emulator/pipelineeventquery.h"

#include "core/emulator/apierrors.h"
#include "core/emulator/pagetoken.h"
#include "core/emulator/pipelinespagetoken.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

// Splits on AND outside quoted strings, case-insensitively.
QStringList conjuncts(const QString &text)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\'')
            quoted = !quoted;
        const bool boundary = i == 0 || text.at(i - 1).isSpace();
        if (!quoted && boundary && text.mid(i, 3).compare("and"_L1, Qt::CaseInsensitive) == 0 &&
            (i + 3 >= text.size() || text.at(i + 3).isSpace())) {
            parts.append(current.trimmed());
            current.clear();
            i += 2;
            continue;
        }
        current.append(c);
    }
    parts.append(current.trimmed());
    return parts;
}

std::optional<QStringList> quotedList(const QString &value)
{
    static const QRegularExpression item(u"^\\s*'([^']*)'\\s*$"_s);
    QString inner = value.trimmed();
    if (!inner.startsWith(u'(') || !inner.endsWith(u')'))
        return std::nullopt;
    inner = inner.mid(1, inner.size() - 2);
    QStringList out;
    for (const QString &part : inner.split(u',')) {
        const QRegularExpressionMatch match = item.match(part);
        if (!match.hasMatch())
            return std::nullopt;
        out.append(match.captured(1));
    }
    return out;
}

std::optional<QString> quoted(const QString &value)
{
    static const QRegularExpression single(u"^'([^']*)'$"_s);
    const QRegularExpressionMatch match = single.match(value.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1);
}

HttpResponse notAllowed(const QString &operation, const QString &column)
{
    // The service's words for a column or operator the events filter lacks.
    return invalidParameter(u"Operation '%1' not allowed on '%2'"_s.arg(operation, column));
}

HttpResponse invalidFilter(const QString &text)
{
    // Invented wording: no public source shows the answer to a filter that
    // does not parse.
    return invalidParameter(
        u"Invalid filter: %1. Expected conditions on timestamp, id, update_id or level "
        "joined by AND, e.g. level in ('ERROR','WARN') AND timestamp > "
        "'2021-07-22T06:37:33.083Z'."_s.arg(text));
}

} // namespace

bool PipelineEventQuery::Filter::matches(const PipelineEvent &event) const
{
    if (levels && !levels->contains(event.level))
        return false;
    if (updateId && event.updateId != *updateId)
        return false;
    if (eventId && event.id != *eventId)
        return false;
    if (after && (afterInclusive ? event.timestamp < *after : event.timestamp <= *after))
        return false;
    if (before && (beforeInclusive ? event.timestamp > *before : event.timestamp >= *before))
        return false;
    return true;
}

std::variant<PipelineEventQuery::Filter, HttpResponse>
PipelineEventQuery::parseFilter(const QString &text)
{
    static const QRegularExpression condition(
        u"^([A-Za-z_][A-Za-z0-9_.]*)\\s*(>=|<=|!=|<>|=|>|<|\\bin\\b|\\blike\\b|\\bnot\\s+in\\b)\\s*(.*)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    Filter filter;
    if (text.trimmed().isEmpty())
        return filter;
    for (const QString &part : conjuncts(text)) {
        const QRegularExpressionMatch match = condition.match(part);
        if (!match.hasMatch())
            return invalidFilter(text);
        const QString column = match.captured(1).toLower();
        const QString operation = match.captured(2).toLower().simplified();
        const QString value = match.captured(3);
        if (column != "level"_L1 && column != "update_id"_L1 && column != "id"_L1 &&
            column != "timestamp"_L1)
            return notAllowed(operation, column);
        if (column == "timestamp"_L1) {
            if (operation != ">"_L1 && operation != ">="_L1 && operation != "<"_L1 &&
                operation != "<="_L1)
                return notAllowed(operation, column);
            const std::optional<QString> raw = quoted(value);
            const QDateTime time =
                raw ? QDateTime::fromString(*raw, Qt::ISODateWithMs) : QDateTime();
            if (!time.isValid())
                return invalidParameter(
                    u"Invalid timestamp %1 in filter: expected an ISO-8601 time such as "
                    "'2021-07-22T06:37:33.083Z'."_s.arg(value.trimmed()));
            const qint64 ms = time.toMSecsSinceEpoch();
            if (operation.startsWith(u'>')) {
                filter.after = filter.after ? std::max(*filter.after, ms) : ms;
                filter.afterInclusive = operation == ">="_L1;
            } else {
                filter.before = filter.before ? std::min(*filter.before, ms) : ms;
                filter.beforeInclusive = operation == "<="_L1;
            }
            continue;
        }
        if (operation == "in"_L1 && column != "id"_L1) {
            const std::optional<QStringList> values = quotedList(value);
            if (!values)
                return invalidFilter(text);
            if (column == "level"_L1)
                filter.levels = QSet<QString>(values->cbegin(), values->cend());
            else if (values->size() == 1)
                filter.updateId = values->first();
            else
                return notAllowed(operation, column);
            continue;
        }
        if (operation != "="_L1)
            return notAllowed(operation, column);
        const std::optional<QString> single = quoted(value);
        if (!single) // also `level='INFO' OR level='WARN'`: there is no OR
            return invalidFilter(text);
        if (column == "level"_L1)
            filter.levels = QSet<QString>{*single};
        else if (column == "update_id"_L1)
            filter.updateId = *single;
        else
            filter.eventId = *single;
    }
    return filter;
}

std::variant<PipelineEventQuery, HttpResponse>
PipelineEventQuery::fromRequest(const HttpRequest &request)
{
    PipelineEventQuery query;
    if (request.hasQuery(u"max_results"_s)) {
        bool ok = false;
        const QString raw = request.queryValue(u"max_results"_s);
        query.m_maxResults = raw.toInt(&ok);
        if (!ok || query.m_maxResults <= 0)
            return invalidParameter(
                u"Invalid max_results %1: it must be a positive number."_s.arg(raw));
        if (query.m_maxResults > kMaxResults)
            return invalidParameter(u"max_results must be at most %1, got %2."_s.arg(kMaxResults)
                                        .arg(query.m_maxResults));
    }
    const QString filterText = request.queryValue(u"filter"_s).trimmed();
    // A form-encoded space ("timestamp+asc") reads as one too.
    const QString orderText =
        request.queryValue(u"order_by"_s).replace(u'+', u' ').simplified().toLower();

    if (PageToken::isSent(request)) {
        // The service's answers to a page token sent with either: a later
        // page is read with page_token (and max_results) alone.
        if (!filterText.isEmpty())
            return invalidParameter(
                u"You can provide a page token or specify a filter, but not both."_s);
        if (!orderText.isEmpty())
            return invalidParameter(
                u"You can provide a page token or specify an ordering, but not both."_s);
        const QString raw = request.queryValue(QString::fromLatin1(PageToken::kQueryKey));
        const std::optional<QJsonObject> state = PipelinesPageToken::decode(raw);
        if (!state || state->value("kind"_L1).toString() != "events"_L1)
            return PageToken::invalid(raw);
        query.m_filterText = state->value("filter"_L1).toString();
        const auto filter = parseFilter(query.m_filterText);
        if (const auto *failure = std::get_if<HttpResponse>(&filter))
            return *failure;
        query.m_filter = std::get<Filter>(filter);
        query.m_ascending = state->value("ascending"_L1).toBool();
        query.m_hasAnchor = true;
        query.m_anchorTimestamp = state->value("timestamp"_L1).toInteger();
        query.m_anchorSequence = state->value("sequence"_L1).toInteger();
        query.m_forward = state->value("forward"_L1).toBool(true);
        return query;
    }

    if (!orderText.isEmpty()) {
        if (orderText == "timestamp asc"_L1 || orderText == "timestamp"_L1)
            query.m_ascending = true;
        else if (orderText == "timestamp desc"_L1)
            query.m_ascending = false;
        else
            return invalidParameter(
                u"Invalid order_by %1: events can be ordered by 'timestamp asc' or 'timestamp "
                "desc' only."_s.arg(request.queryValue(u"order_by"_s)));
    }
    if (!filterText.isEmpty()) {
        const auto filter = parseFilter(filterText);
        if (const auto *failure = std::get_if<HttpResponse>(&filter))
            return *failure;
        query.m_filter = std::get<Filter>(filter);
        query.m_filterText = filterText;
    }
    return query;
}

QString PipelineEventQuery::token(const PipelineEvent &anchor, bool forward) const
{
    return PipelinesPageToken::encode(QJsonObject{{"kind"_L1, u"events"_s},
                                                  {"filter"_L1, m_filterText},
                                                  {"ascending"_L1, m_ascending},
                                                  {"timestamp"_L1, anchor.timestamp},
                                                  {"sequence"_L1, anchor.sequence},
                                                  {"forward"_L1, forward}});
}

QJsonObject PipelineEventQuery::page(const std::vector<PipelineEvent> &events) const
{
    // The timestamp bounds narrow the walk to [lo, hi) with two binary searches.
    const auto byTime = [](const PipelineEvent &event, qint64 ms) { return event.timestamp < ms; };
    const auto timeBy = [](qint64 ms, const PipelineEvent &event) { return ms < event.timestamp; };
    qsizetype lo = 0;
    qsizetype hi = qsizetype(events.size());
    if (m_filter.after)
        lo = (m_filter.afterInclusive
                  ? std::lower_bound(events.begin(), events.end(), *m_filter.after, byTime)
                  : std::upper_bound(events.begin(), events.end(), *m_filter.after, timeBy)) -
             events.begin();
    if (m_filter.before)
        hi = (m_filter.beforeInclusive
                  ? std::upper_bound(events.begin(), events.end(), *m_filter.before, timeBy)
                  : std::lower_bound(events.begin(), events.end(), *m_filter.before, byTime)) -
             events.begin();

    const int listing = m_ascending ? 1 : -1;
    const int step = m_forward ? listing : -listing;
    qsizetype at = 0;
    if (!m_hasAnchor) {
        at = listing > 0 ? lo : hi - 1;
    } else {
        PipelineEvent key;
        key.timestamp = m_anchorTimestamp;
        key.sequence = m_anchorSequence;
        const qsizetype found =
            std::lower_bound(events.begin(), events.end(), key) - events.begin();
        const bool exact = found < qsizetype(events.size()) &&
                           events[size_t(found)].timestamp == key.timestamp &&
                           events[size_t(found)].sequence == key.sequence;
        at = step > 0 ? (exact ? found + 1 : found) : found - 1;
    }
    const auto inside = [&](qsizetype i) { return i >= lo && i < hi; };
    // The next matching index from `i` (inclusive) walking by `by`; -1 if none.
    const auto nextMatch = [&](qsizetype i, int by) -> qsizetype {
        for (; inside(i); i += by)
            if (m_filter.matches(events[size_t(i)]))
                return i;
        return -1;
    };

    std::vector<qsizetype> picked;
    picked.reserve(size_t(m_maxResults));
    for (qsizetype i = nextMatch(at, step); i >= 0 && int(picked.size()) < m_maxResults;
         i = nextMatch(i + step, step))
        picked.push_back(i);
    if (step != listing)
        std::reverse(picked.begin(), picked.end());

    QJsonObject body;
    if (picked.empty())
        return body;
    QJsonArray out;
    for (const qsizetype i : picked)
        out.append(events[size_t(i)].json);
    body.insert("events"_L1, out);
    const PipelineEvent &first = events[size_t(picked.front())];
    const PipelineEvent &last = events[size_t(picked.back())];
    if (nextMatch(picked.back() + listing, listing) >= 0)
        body.insert("next_page_token"_L1, token(last, true));
    if (nextMatch(picked.front() - listing, -listing) >= 0)
        body.insert("prev_page_token"_L1, token(first, false));
    return body;
}

} // namespace brickdesk::emulator
