#pragma once

#include "core/common/resourcelistmodel.h"

#include <QHash>

#include <memory>

namespace brickdesk {

// A pipeline's updates, newest first, a page of 25 at a time: when each
// started, its state (with a dot), what it refreshed (everything, a full
// refresh, a selection of tables, or validation only), why it ran, and how
// long it took. The updates list has no end time, so an ended update's
// duration is read from its last event (one event per update, asked for
// when its page arrives); an active one counts up to now and is polled
// (get update) while live updates are on.
class PipelineUpdatesModel : public ResourceListModel
{
    Q_OBJECT

public:
    enum Column {
        StartedColumn,
        StateColumn,
        RefreshColumn,
        CauseColumn,
        DurationColumn,
        ColumnCount
    };

    explicit PipelineUpdatesModel(ApiClient *client, QObject *parent = nullptr);
    ~PipelineUpdatesModel() override;

    // Lists `pipelineId`'s updates; an empty id clears.
    void setPipeline(const QString &pipelineId);
    QString pipelineId() const { return m_pipelineId; }

    // When the update ended (its last event), epoch ms; -1 while unknown or running.
    qint64 endMs(const QString &updateId) const { return m_endMs.value(updateId, -1); }
    // "Full refresh", "Refresh of 2 tables", "Validation only", "Refresh".
    static QString refreshText(const QJsonObject &update);
    static QString causeText(const QString &cause);

protected:
    ApiRequest listRequest() const override;
    QString itemsField() const override;
    QString itemKey(const QJsonObject &item) const override;
    bool isTransitional(const QJsonObject &item) const override;
    std::optional<ApiRequest> itemRequest(const QJsonObject &item) const override;
    QJsonObject itemFromReply(const QJsonObject &reply) const override;

private:
    void readEndTimes();
    qint64 durationMs(const QJsonObject &update) const;

    QString m_pipelineId;
    QHash<QString, qint64> m_endMs;
    QHash<QString, bool> m_asked;
    std::unique_ptr<QObject> m_endScope;
};

} // namespace brickdesk
