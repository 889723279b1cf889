#pragma once

#include "core/common/resourcelistmodel.h"
#include "core/net/apierror.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

#include <memory>
#include <optional>

namespace brickdesk {

class ApiClient;
class ClustersService;
class LivePoller;

// The libraries of one cluster as libraries/cluster-status reports them:
// the library in words ("pandas==2.2.2"), its kind (PyPI, Maven, Wheel...),
// its status in words with a colour, and the server's messages (why it
// failed or was skipped; also the tooltip).
//
// While live updates are on and some library is on its way (PENDING,
// RESOLVING, INSTALLING) a LivePoller reads the status again with back-off;
// once every library has settled no timer runs.
class LibraryStatusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LibraryColumn, KindColumn, StatusColumn, MessagesColumn, ColumnCount };
    enum Role {
        // The status code on the status column, the text elsewhere.
        RawValueRole = ResourceListModel::RawValueRole,
        LibraryRole = ResourceListModel::ItemRole, // QJsonObject, the Library object
        // quint32 0xAARRGGBB of the status (core has no QColor); the views
        // paint it as the status column's decoration.
        StatusColorRole = Qt::UserRole + 10,
    };
    Q_ENUM(Role)

    explicit LibraryStatusModel(ApiClient *client, QObject *parent = nullptr);
    ~LibraryStatusModel() override;

    // Changing the cluster clears the rows; refresh() reads them.
    void setCluster(const QString &clusterId);
    QString clusterId() const { return m_clusterId; }
    void refresh();
    void clear();
    bool isLoading() const { return m_loading; }
    std::optional<ApiError> error() const { return m_error; }

    void setLiveUpdatesEnabled(bool enabled);
    LivePoller *poller() const { return m_poller; }

    QJsonObject library(int row) const;
    QString status(int row) const;
    QStringList messages(int row) const;
    // The row whose library is `library` (-1: none).
    int rowForLibrary(const QJsonObject &library) const;

    static bool isTransitionalStatus(const QString &status);
    // "Installed", "Failed", "Installing", "Uninstall on restart"...
    static QString statusText(const QString &status);
    static quint32 statusColor(const QString &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void loadFailed(const brickdesk::ApiError &error);

private:
    void read(bool forPoll);
    // Replaces the rows; whether anything changed.
    bool apply(const QList<QJsonObject> &statuses);
    void updatePolling();

    std::unique_ptr<ClustersService> m_service;
    std::unique_ptr<QObject> m_scope;
    LivePoller *m_poller;
    QString m_clusterId;
    QList<QJsonObject> m_statuses; // LibraryFullStatus objects
    std::optional<ApiError> m_error;
    bool m_loading = false;
};

} // namespace brickdesk
