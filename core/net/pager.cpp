#include "core/net/pager.h"

#include "core/net/apiclient.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace brickdesk {

Pager *Pager::fetchAll(ApiClient *client, const ApiRequest &request, Style style, int pageSize,
                       QObject *context, PageHandler onPage, DoneHandler done)
{
    auto *pager =
        new Pager(client, request, style, pageSize, context, std::move(onPage), std::move(done));
    pager->fetchNext();
    return pager;
}

Pager *Pager::fetchPages(ApiClient *client, const ApiRequest &request, int pageSize, int maxPages,
                         const QString &startToken, QObject *context, PageHandler onPage,
                         DoneHandler done)
{
    auto *pager = new Pager(client, request, Style::PageToken, pageSize, context, std::move(onPage),
                            std::move(done));
    pager->m_maxPages = maxPages;
    pager->m_nextToken = startToken;
    pager->fetchNext();
    return pager;
}

Pager::Pager(ApiClient *client, ApiRequest request, Style style, int pageSize, QObject *context,
             PageHandler onPage, DoneHandler done)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_style(style)
    , m_pageSize(pageSize)
    , m_context(context)
    , m_onPage(std::move(onPage))
    , m_done(std::move(done))
{
    // No context means "no one to tell", which is a caller bug, not a mode.
    Q_ASSERT(context);
    connect(context, &QObject::destroyed, this, [this] {
        m_cancelled = true;
        deleteLater();
    });
}

void Pager::fetchNext()
{
    ApiRequest request = m_request;
    if (m_pageSize > 0)
        request.query(u"limit"_s, qint64(m_pageSize));
    if (m_style == Style::PageToken && !m_nextToken.isEmpty())
        request.query(u"page_token"_s, m_nextToken);
    if (m_style == Style::OffsetLimit && m_offset > 0)
        request.query(u"offset"_s, m_offset);

    m_client->send(request, this, [this](const ApiReply &reply) {
        if (m_cancelled)
            return;
        if (!reply.ok()) {
            finish(reply.error());
            return;
        }
        ++m_pages;
        const QJsonObject &page = reply.json();
        if (m_context && m_onPage)
            m_onPage(page);
        if (m_cancelled) // the page handler may cancel
            return;

        bool more = false;
        if (m_style == Style::PageToken) {
            m_nextToken = page.value("next_page_token"_L1).toString();
            more = !m_nextToken.isEmpty();
        } else {
            // has_more is omitted when false. The offset advances
            // by what arrived, so a server-side cap on limit is harmless.
            more = page.value("has_more"_L1).toBool();
            qint64 received = 0;
            for (auto it = page.begin(); it != page.end(); ++it)
                if (it->isArray())
                    received = std::max<qint64>(received, it->toArray().size());
            m_offset += received;
            more = more && received > 0;
        }
        if (more && m_maxPages > 0 && m_pages >= m_maxPages) {
            finish(std::nullopt); // the token stays for the next read
            return;
        }
        if (!more)
            m_nextToken.clear();
        if (more)
            fetchNext();
        else
            finish(std::nullopt);
    });
}

void Pager::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    deleteLater();
}

void Pager::finish(const std::optional<ApiError> &error)
{
    m_cancelled = true;
    if (m_context && m_done)
        m_done(error);
    deleteLater();
}

} // namespace brickdesk
