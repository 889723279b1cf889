#include "core/clusters/librarystatusmodel.h"

#include "core/clusters/clustersservice.h"
#include "core/clusters/libraryspec.h"
#include "core/common/livepoller.h"
#include "core/net/apiclient.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace brickdesk {

LibraryStatusModel::LibraryStatusModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(std::make_unique<ClustersService>(client))
    , m_poller(new LivePoller(this))
{
    connect(m_poller, &LivePoller::pollRequested, this, [this] { read(true); });
}

LibraryStatusModel::~LibraryStatusModel()
{
    m_scope.reset();
}

void LibraryStatusModel::setCluster(const QString &clusterId)
{
    if (clusterId == m_clusterId)
        return;
    m_clusterId = clusterId;
    clear();
}

void LibraryStatusModel::clear()
{
    m_scope.reset();
    m_poller->abandonPoll();
    m_loading = false;
    m_error.reset();
    if (!m_statuses.isEmpty()) {
        beginResetModel();
        m_statuses.clear();
        endResetModel();
    }
    updatePolling();
}

void LibraryStatusModel::refresh()
{
    // A full read supersedes a poll in flight.
    m_poller->abandonPoll();
    read(false);
}

void LibraryStatusModel::setLiveUpdatesEnabled(bool enabled)
{
    m_poller->setEnabled(enabled);
}

void LibraryStatusModel::read(bool forPoll)
{
    if (m_clusterId.isEmpty()) {
        if (forPoll)
            m_poller->finishPoll(LivePoller::Outcome::Unchanged);
        return;
    }
    m_scope = std::make_unique<QObject>();
    m_loading = true;
    m_service->libraryStatuses(
        m_clusterId, m_scope.get(),
        [this, forPoll](const std::optional<ApiError> &error, const QJsonObject &reply) {
            m_loading = false;
            if (error) {
                m_error = error;
                if (forPoll)
                    m_poller->finishPoll(error->httpStatus == 429 ? LivePoller::Outcome::RateLimited
                                                                  : LivePoller::Outcome::Failed);
                emit loadFailed(*error);
                return;
            }
            m_error.reset();
            QList<QJsonObject> statuses;
            for (const QJsonValue &value : reply.value("library_statuses"_L1).toArray())
                statuses.append(value.toObject());
            const bool changed = apply(statuses);
            updatePolling();
            if (forPoll)
                m_poller->finishPoll(changed ? LivePoller::Outcome::Changed
                                             : LivePoller::Outcome::Unchanged);
            emit loaded();
        });
}

bool LibraryStatusModel::apply(const QList<QJsonObject> &statuses)
{
    if (statuses == m_statuses)
        return false;
    bool sameLibraries = statuses.size() == m_statuses.size();
    for (qsizetype i = 0; sameLibraries && i < statuses.size(); ++i)
        sameLibraries = statuses[i].value("library"_L1) == m_statuses[i].value("library"_L1);
    if (!sameLibraries) {
        beginResetModel();
        m_statuses = statuses;
        endResetModel();
        return true;
    }
    // The same libraries in the same order: only their statuses moved, and
    // the rows (and the selection) stay.
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        if (statuses[i] == m_statuses[i])
            continue;
        m_statuses[i] = statuses[i];
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
    return true;
}

void LibraryStatusModel::updatePolling()
{
    const bool transitional =
        std::any_of(m_statuses.cbegin(), m_statuses.cend(), [](const QJsonObject &status) {
            return isTransitionalStatus(status.value("status"_L1).toString());
        });
    m_poller->setActive(transitional);
}

QJsonObject LibraryStatusModel::library(int row) const
{
    return m_statuses.value(row).value("library"_L1).toObject();
}

QString LibraryStatusModel::status(int row) const
{
    return m_statuses.value(row).value("status"_L1).toString();
}

QStringList LibraryStatusModel::messages(int row) const
{
    QStringList out;
    for (const QJsonValue &value : m_statuses.value(row).value("messages"_L1).toArray())
        out.append(value.toString());
    return out;
}

int LibraryStatusModel::rowForLibrary(const QJsonObject &library) const
{
    for (qsizetype i = 0; i < m_statuses.size(); ++i)
        if (m_statuses[i].value("library"_L1).toObject() == library)
            return int(i);
    return -1;
}

bool LibraryStatusModel::isTransitionalStatus(const QString &status)
{
    return status == "PENDING"_L1 || status == "RESOLVING"_L1 || status == "INSTALLING"_L1;
}

QString LibraryStatusModel::statusText(const QString &status)
{
    if (status == "PENDING"_L1)
        return tr("Pending");
    if (status == "RESOLVING"_L1)
        return tr("Resolving");
    if (status == "INSTALLING"_L1)
        return tr("Installing");
    if (status == "INSTALLED"_L1)
        return tr("Installed");
    if (status == "FAILED"_L1)
        return tr("Failed");
    if (status == "UNINSTALL_ON_RESTART"_L1)
        return tr("Uninstall on restart");
    if (status == "SKIPPED"_L1)
        return tr("Skipped");
    if (status == "RESTORED"_L1)
        return tr("Restored");
    return status;
}

quint32 LibraryStatusModel::statusColor(const QString &status)
{
    // The run colours: green done, red failed, blue on its way, grey other.
    if (status == "INSTALLED"_L1 || status == "RESTORED"_L1)
        return 0xff2e9d5bu;
    if (status == "FAILED"_L1)
        return 0xffd93f3fu;
    if (isTransitionalStatus(status))
        return 0xff2f7dd1u;
    if (status == "UNINSTALL_ON_RESTART"_L1)
        return 0xffe08a3cu;
    return 0xff8a8f98u;
}

int LibraryStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_statuses.size());
}

int LibraryStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const QJsonObject lib = library(row);
    const QString code = status(row);
    if (role == LibraryRole)
        return lib;
    if (role == StatusColorRole)
        return statusColor(code);
    if (role == Qt::ToolTipRole) {
        const QStringList lines = messages(row);
        if (!lines.isEmpty())
            return lines.join(u"\n\n"_s);
        return index.column() == StatusColumn ? code : QVariant();
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (index.column()) {
    case LibraryColumn:
        return LibrarySpec::describe(lib);
    case KindColumn: {
        const auto kind = LibrarySpec::kindOf(lib);
        return kind ? LibrarySpec::kindName(*kind) : LibrarySpec::describe(lib);
    }
    case StatusColumn:
        return role == RawValueRole ? code : statusText(code);
    case MessagesColumn:
        return messages(row).join(u" "_s);
    default:
        return {};
    }
}

QVariant LibraryStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LibraryColumn:
        return tr("Library");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case MessagesColumn:
        return tr("Messages");
    default:
        return {};
    }
}

} // namespace brickdesk
