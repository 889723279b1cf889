#pragma once

#include "core/common/resourcelistmodel.h"

#include <QHash>
#include <QSet>

#include <memory>

namespace brickdesk {

// The pipelines of a workspace as a flat list: name, state (with a dot),
// health, the last update (its state and when), mode (triggered or
// continuous, development or production) and creator. Every page is read,
// the first painted at once. The list answers no settings, so the mode of
// the rows someone can see is read with one get each (fetchSpecs()), kept
// until a refresh. Pipelines starting, stopping or with an update on its
// way are polled (get) while live updates are on.
class PipelinesModel : public ResourceListModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StateColumn,
        HealthColumn,
        LastUpdateColumn,
        ModeColumn,
        CreatorColumn,
        ColumnCount
    };

    explicit PipelinesModel(ApiClient *client, QObject *parent = nullptr);
    ~PipelinesModel() override;

    // Reads the settings of these rows' pipelines, those not known yet.
    void fetchSpecs(const QList<int> &rows);
    // The pipeline's settings as get answered them; {} while unknown.
    QJsonObject spec(const QString &pipelineId) const { return m_specs.value(pipelineId); }
    // Forgets a pipeline's settings (after an edit) and reads them again.
    void forgetSpec(const QString &pipelineId);

    // The newest of the pipeline's latest_updates ({} when it never ran).
    static QJsonObject latestUpdate(const QJsonObject &pipeline);
    // "Completed · 2 h ago".
    static QString lastUpdateText(const QJsonObject &pipeline, qint64 nowMs);
    // ISO-8601 (as latest_updates and events carry them) to epoch ms; -1 if not one.
    static qint64 isoToMs(const QString &text);

protected:
    ApiRequest listRequest() const override;
    QString itemsField() const override;
    QString itemKey(const QJsonObject &item) const override;
    bool isTransitional(const QJsonObject &item) const override;
    std::optional<ApiRequest> itemRequest(const QJsonObject &item) const override;
    QJsonObject itemFromReply(const QJsonObject &reply) const override;

private:
    void specArrived(const QString &pipelineId, const QJsonObject &spec);

    // Mutable: a poll's get answers the settings too, and itemFromReply()
    // (const) keeps them rather than asking again.
    mutable QHash<QString, QJsonObject> m_specs;
    QSet<QString> m_asked;
    std::unique_ptr<QObject> m_specScope;
};

} // namespace brickdesk
