#pragma once

#include "core/net/apierror.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace brickdesk {

class ApiCall;
class ApiClient;
class Pager;

// One pipeline as the list answers it: no settings (the list has no spec).
struct PipelineSummary
{
    QString pipelineId;
    QString name;
    QString state;

    static PipelineSummary fromJson(const QJsonObject &json);
};

// One pipeline as get answers it, with its settings.
struct PipelineDetails
{
    QString id;
    QString name;
    QJsonObject spec;

    static PipelineDetails fromJson(const QJsonObject &json);
};

// Typed calls of the Pipelines API; the only place that knows its REST paths.
class PipelinesService
{
public:
    using Done = std::function<void(const std::optional<ApiError> &error)>;
    using PipelinesPage = std::function<void(const QList<PipelineSummary> &pipelines)>;
    using DetailsDone =
        std::function<void(const std::optional<ApiError> &error, const PipelineDetails &)>;

    explicit PipelinesService(ApiClient *client);
    ApiClient *client() const { return m_client; }

    // Every pipeline, 100 a page (the most the list takes) with page tokens.
    Pager *listAllPipelines(QObject *context, PipelinesPage onPage, Done done) const;
    ApiCall *getPipeline(const QString &pipelineId, QObject *context, DetailsDone done) const;

private:
    QPointer<ApiClient> m_client;
};

} // namespace brickdesk
