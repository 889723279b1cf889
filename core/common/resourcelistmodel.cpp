#include "core/common/resourcelistmodel.h"

#include "core/net/apiclient.h"
#include "core/net/jsonids.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <utility>

namespace brickdesk {

ResourceListModel::ResourceListModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_poller(new LivePoller(this))
{
    connect(m_poller, &LivePoller::pollRequested, this, &ResourceListModel::poll);
}

ResourceListModel::~ResourceListModel()
{
    // Before the rows go: no handler of a call in flight may run on a model
    // that is half destroyed.
    m_fetchScope.reset();
    m_pollScope.reset();
}

ApiClient *ResourceListModel::client() const
{
    return m_client;
}

QString ResourceListModel::idKey(const QJsonObject &item, QLatin1StringView field)
{
    const QJsonValue value = item.value(field);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(jsonId(value));
    return {};
}

bool ResourceListModel::isTransitional(const QJsonObject &) const
{
    return false;
}

std::optional<ApiRequest> ResourceListModel::itemRequest(const QJsonObject &) const
{
    return std::nullopt;
}

std::optional<ApiRequest>
ResourceListModel::batchPollRequest(const QList<QJsonObject> & /*items*/) const
{
    return std::nullopt;
}

QJsonObject ResourceListModel::itemFromReply(const QJsonObject &reply) const
{
    return reply;
}

void ResourceListModel::setColumns(QList<Column> columns)
{
    beginResetModel();
    m_columns = std::move(columns);
    endResetModel();
}

void ResourceListModel::refresh()
{
    startListing(false);
}

void ResourceListModel::clear()
{
    m_fetchScope.reset();
    m_pollScope.reset();
    m_poller->setActive(false);
    m_poller->abandonPoll();
    m_incoming.clear();
    m_pagesLoaded = 0;
    setMoreToken({});
    beginResetModel();
    m_rows.clear();
    m_indexDirty = true;
    endResetModel();
    m_error.reset();
    setState(State::Idle);
}

void ResourceListModel::setLiveUpdatesEnabled(bool enabled)
{
    m_poller->setEnabled(enabled);
}

void ResourceListModel::startListing(bool forPoll)
{
    if (!m_client)
        return;
    // Destroying the previous scope cancels its pager and any page it still
    // had on the wire.
    m_fetchScope = std::make_unique<QObject>();
    m_incoming.clear();
    if (!forPoll) {
        // A full listing supersedes whatever the poller was doing.
        m_pollScope.reset();
        m_poller->setActive(false);
        m_poller->abandonPoll();
        m_error.reset();
        setState(State::Loading);
        emit loadingStarted();
    }
    // Decided once per listing: an empty model paints page by page, a
    // filled one keeps its rows until it can tell what vanished.
    const bool appendNow = m_rows.isEmpty();
    auto seen = std::make_shared<QSet<QString>>();
    // With a page budget a listing reads again as many pages as are shown.
    const int maxPages = m_pagesPerLoad > 0 ? std::max(m_pagesPerLoad, m_pagesLoaded) : 0;
    startPager(
        {}, maxPages,
        [this, appendNow, seen](const QJsonObject &page) {
            // A page-token listing that shifts while it is read can repeat
            // an item; the first copy wins.
            const QList<Row> rows = rowsOfPage(page, [seen](const QString &key) {
                if (seen->contains(key))
                    return true;
                seen->insert(key);
                return false;
            });
            if (!appendNow) {
                m_incoming.append(rows);
                return;
            }
            appendRows(rows);
            emit pageLoaded(int(m_rows.size()));
        },
        [this, forPoll, appendNow](const std::optional<ApiError> &error) {
            onListingDone(error, forPoll, appendNow);
        });
}

Pager *ResourceListModel::startPager(const QString &startToken, int maxPages,
                                     Pager::PageHandler onPage, Pager::DoneHandler done)
{
    if (maxPages <= 0)
        return Pager::fetchAll(m_client, listRequest(), pagingStyle(), m_pageSize,
                               m_fetchScope.get(), std::move(onPage), std::move(done));
    // The pager exists before its first reply can arrive, so `done` may
    // read where it stopped.
    auto pager = std::make_shared<QPointer<Pager>>();
    *pager = Pager::fetchPages(
        m_client, listRequest(), m_pageSize, maxPages, startToken, m_fetchScope.get(),
        std::move(onPage),
        [this, pager, startToken, done = std::move(done)](const std::optional<ApiError> &error) {
            if (!error && *pager) {
                // A first read counts its pages; loadMore adds to them.
                m_pagesLoaded =
                    (startToken.isEmpty() ? 0 : m_pagesLoaded) + (*pager)->pagesFetched();
                setMoreToken((*pager)->nextPageToken());
            }
            done(error);
        });
    return *pager;
}

QList<ResourceListModel::Row>
ResourceListModel::rowsOfPage(const QJsonObject &page,
                              const std::function<bool(const QString &key)> &skip) const
{
    QList<Row> rows;
    for (const QJsonValue &value : page.value(itemsField()).toArray()) {
        const QJsonObject item = value.toObject();
        const QString key = itemKey(item);
        if (!key.isEmpty() && !skip(key))
            rows.append({key, item});
    }
    return rows;
}

void ResourceListModel::appendRows(const QList<Row> &rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(rows);
    m_indexDirty = true;
    endInsertRows();
}

void ResourceListModel::setMoreToken(const QString &token)
{
    if (m_moreToken == token)
        return;
    const bool couldBefore = canLoadMore();
    m_moreToken = token;
    if (couldBefore != canLoadMore())
        emit canLoadMoreChanged(canLoadMore());
}

void ResourceListModel::loadMore()
{
    if (!m_client || !canLoadMore() || isLoading())
        return;
    m_fetchScope = std::make_unique<QObject>();
    m_pollScope.reset();
    m_poller->setActive(false);
    m_poller->abandonPoll();
    m_error.reset();
    setState(State::Loading);
    emit loadingStarted();
    startPager(
        m_moreToken, m_pagesPerLoad,
        [this](const QJsonObject &page) {
            // Runs that started since the first read shift the pages: an
            // item already shown is not shown twice.
            appendRows(
                rowsOfPage(page, [this](const QString &key) { return rowForKey(key) >= 0; }));
            emit pageLoaded(int(m_rows.size()));
        },
        [this](const std::optional<ApiError> &error) { onListingDone(error, false, true); });
}

void ResourceListModel::onListingDone(const std::optional<ApiError> &error, bool forPoll,
                                      bool appendNow)
{
    if (error) {
        m_incoming.clear();
        if (forPoll) {
            m_poller->finishPoll(error->httpStatus == 429 ? LivePoller::Outcome::RateLimited
                                                          : LivePoller::Outcome::Failed);
            return;
        }
        m_error = error;
        setState(State::Failed);
        emit loadFailed(*error);
        updatePollerActivity();
        return;
    }
    bool changed = false;
    if (!appendNow) {
        const QList<Row> incoming = std::exchange(m_incoming, {});
        changed = applyDifference(incoming);
    }
    if (!forPoll) {
        setState(State::Loaded);
        emit loaded();
    }
    updatePollerActivity();
    if (forPoll)
        m_poller->finishPoll(changed ? LivePoller::Outcome::Changed
                                     : LivePoller::Outcome::Unchanged);
}

bool ResourceListModel::applyDifference(const QList<Row> &items)
{
    bool changed = false;
    QSet<QString> wanted;
    wanted.reserve(items.size());
    for (const Row &row : items)
        wanted.insert(row.key);

    // Vanished keys, bottom up, one signal per contiguous run.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (wanted.contains(m_rows.at(row).key))
            continue;
        const int last = row;
        while (row > 0 && !wanted.contains(m_rows.at(row - 1).key))
            --row;
        beginRemoveRows({}, row, last);
        m_rows.remove(row, last - row + 1);
        endRemoveRows();
        changed = true;
    }

    // Every row left is wanted; walk the new order, moving, inserting and
    // updating so that row i ends up as items[i].
    QSet<QString> present;
    present.reserve(m_rows.size());
    for (const Row &row : std::as_const(m_rows))
        present.insert(row.key);
    for (int i = 0; i < int(items.size()); ++i) {
        const Row &want = items.at(i);
        if (i < int(m_rows.size()) && m_rows.at(i).key == want.key) {
            changed |= replaceItem(i, want.item);
            continue;
        }
        if (present.contains(want.key)) {
            int from = i + 1;
            while (m_rows.at(from).key != want.key)
                ++from;
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
            changed = true;
            replaceItem(i, want.item);
            continue;
        }
        int last = i;
        while (last + 1 < int(items.size()) && !present.contains(items.at(last + 1).key))
            ++last;
        beginInsertRows({}, i, last);
        for (int k = i; k <= last; ++k)
            m_rows.insert(k, items.at(k));
        endInsertRows();
        changed = true;
        i = last;
    }
    m_indexDirty = true;
    return changed;
}

bool ResourceListModel::replaceItem(int row, const QJsonObject &item)
{
    if (m_rows.at(row).item == item)
        return false;
    m_rows[row].item = item;
    if (!m_columns.isEmpty())
        emit dataChanged(index(row, 0), index(row, int(m_columns.size()) - 1));
    return true;
}

void ResourceListModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ResourceListModel::updatePollerActivity()
{
    const bool any = m_state != State::Loading &&
                     std::any_of(m_rows.cbegin(), m_rows.cend(),
                                 [this](const Row &row) { return isTransitional(row.item); });
    m_poller->setActive(any);
}

void ResourceListModel::poll()
{
    QList<QJsonObject> items;
    bool everyOneHasARequest = true;
    for (const Row &row : std::as_const(m_rows)) {
        if (!isTransitional(row.item))
            continue;
        items.append(row.item);
        everyOneHasARequest = everyOneHasARequest && itemRequest(row.item).has_value();
    }
    if (items.isEmpty() || !m_client) {
        updatePollerActivity();
        m_poller->finishPoll(LivePoller::Outcome::Unchanged);
        return;
    }
    if (!everyOneHasARequest) {
        startListing(true);
        return;
    }
    if (items.size() > 1) {
        if (const std::optional<ApiRequest> batch = batchPollRequest(items)) {
            pollBatch(*batch, items);
            return;
        }
    }
    pollItems(items);
}

void ResourceListModel::pollBatch(const ApiRequest &request, const QList<QJsonObject> &items)
{
    m_pollScope = std::make_unique<QObject>();
    m_client->send(request, m_pollScope.get(), [this, items](const ApiReply &reply) {
        if (!reply.ok()) {
            using Outcome = LivePoller::Outcome;
            m_poller->finishPoll(reply.error().httpStatus == 429 ? Outcome::RateLimited
                                                                 : Outcome::Failed);
            return;
        }
        QHash<QString, QJsonObject> fresh;
        for (const QJsonValue &value : reply.json().value(itemsField()).toArray()) {
            const QJsonObject item = value.toObject();
            fresh.insert(itemKey(item), item);
        }
        bool changed = false;
        QList<QJsonObject> settled;
        for (const QJsonObject &item : items) {
            const QString key = itemKey(item);
            const auto it = fresh.constFind(key);
            const int row = rowForKey(key);
            if (it == fresh.constEnd())
                settled.append(item); // no longer transitional: read it as it is now
            else if (row >= 0)
                changed |= replaceItem(row, *it);
        }
        if (!settled.isEmpty()) {
            pollItems(settled); // finishes the round
            return;
        }
        updatePollerActivity();
        m_poller->finishPoll(changed ? LivePoller::Outcome::Changed
                                     : LivePoller::Outcome::Unchanged);
    });
}

void ResourceListModel::removeRowAt(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_indexDirty = true;
    endRemoveRows();
}

void ResourceListModel::refreshItem(const QString &key)
{
    const int row = rowForKey(key);
    if (row < 0 || !m_client)
        return;
    const std::optional<ApiRequest> request = itemRequest(m_rows.at(row).item);
    if (!request) {
        refresh();
        return;
    }
    // Under the fetch scope: a full refresh started later supersedes it.
    if (!m_fetchScope)
        m_fetchScope = std::make_unique<QObject>();
    m_client->send(*request, m_fetchScope.get(), [this, key](const ApiReply &reply) {
        const int at = rowForKey(key);
        if (at < 0)
            return;
        if (reply.ok()) {
            const QJsonObject fresh = itemFromReply(reply.json());
            if (itemKey(fresh) == key)
                replaceItem(at, fresh);
        } else if (reply.error().isNotFound()) {
            removeRowAt(at);
        }
        updatePollerActivity();
    });
}

void ResourceListModel::pollItems(const QList<QJsonObject> &items)
{
    m_pollScope = std::make_unique<QObject>();
    struct Round
    {
        int pending = 0;
        bool changed = false;
        bool rateLimited = false;
        bool failed = false;
    };
    auto round = std::make_shared<Round>();
    round->pending = int(items.size());
    for (const QJsonObject &item : items) {
        const QString key = itemKey(item);
        m_client->send(*itemRequest(item), m_pollScope.get(),
                       [this, round, key](const ApiReply &reply) {
                           const int row = rowForKey(key);
                           if (reply.ok()) {
                               const QJsonObject fresh = itemFromReply(reply.json());
                               if (row >= 0 && itemKey(fresh) == key)
                                   round->changed |= replaceItem(row, fresh);
                           } else if (reply.error().httpStatus == 429) {
                               round->rateLimited = true;
                           } else if (reply.error().isNotFound() && row >= 0) {
                               // Deleted meanwhile: the next listing would drop it too.
                               removeRowAt(row);
                               round->changed = true;
                           } else {
                               round->failed = true;
                           }
                           if (--round->pending > 0)
                               return;
                           updatePollerActivity();
                           using Outcome = LivePoller::Outcome;
                           m_poller->finishPoll(round->rateLimited ? Outcome::RateLimited
                                                : round->changed   ? Outcome::Changed
                                                : round->failed    ? Outcome::Failed
                                                                   : Outcome::Unchanged);
                       });
    }
}

void ResourceListModel::rebuildIndex() const
{
    m_rowOfKey.clear();
    m_rowOfKey.reserve(m_rows.size());
    for (int row = 0; row < int(m_rows.size()); ++row)
        m_rowOfKey.insert(m_rows.at(row).key, row);
    m_indexDirty = false;
}

QJsonObject ResourceListModel::item(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows.at(row).item : QJsonObject();
}

QString ResourceListModel::keyAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows.at(row).key : QString();
}

int ResourceListModel::rowForKey(const QString &key) const
{
    if (m_indexDirty)
        rebuildIndex();
    return m_rowOfKey.value(key, -1);
}

QModelIndex ResourceListModel::indexForKey(const QString &key, int column) const
{
    const int row = rowForKey(key);
    return row < 0 ? QModelIndex() : index(row, column);
}

int ResourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ResourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Column &column = m_columns.at(index.column());
    const auto call = [&row](const ItemFunction &function) {
        return function ? function(row.item) : QVariant();
    };
    switch (role) {
    case Qt::DisplayRole:
        return call(column.display);
    case Qt::ToolTipRole:
        return call(column.tooltip);
    case Qt::DecorationRole:
        return call(column.icon);
    case Qt::TextAlignmentRole:
        return column.alignment.toInt();
    case RawValueRole:
        return column.sortValue ? column.sortValue(row.item) : call(column.display);
    case KeyRole:
        return row.key;
    case ItemRole:
        return row.item;
    default:
        return {};
    }
}

QVariant ResourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < int(m_columns.size()))
        return m_columns.at(section).header;
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace brickdesk
