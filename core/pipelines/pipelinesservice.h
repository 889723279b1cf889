#pragma once

#include "core/net/apierror.h"
#include "core/net/apirequest.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

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

    // The answer's object ({} on failure).
    using ObjectDone =
        std::function<void(const std::optional<ApiError> &error, const QJsonObject &reply)>;

    // What a start update asks for. Empty selections with fullRefresh false
    // refresh every table incrementally.
    struct StartUpdate
    {
        bool fullRefresh = false;
        QStringList refreshSelection;     // tables refreshed incrementally
        QStringList fullRefreshSelection; // tables recomputed from scratch
        bool validateOnly = false;        // checks the graph, writes no table
    };

    // One page of events. The first page carries the filter and the order;
    // a later page only its token (the API refuses a page token together
    // with a filter or an ordering).
    struct EventsQuery
    {
        QString filter;           // "level in ('ERROR','WARN') AND update_id='…'"
        bool oldestFirst = false; // order_by timestamp asc; the API's default is desc
        int maxResults = 100;     // at most 1000
        QString pageToken;        // set: filter and order are not sent

        static constexpr int kMaxResults = 1000;
    };

    explicit PipelinesService(ApiClient *client);
    ApiClient *client() const { return m_client; }

    // Every pipeline, 100 a page (the most the list takes) with page tokens.
    Pager *listAllPipelines(QObject *context, PipelinesPage onPage, Done done) const;
    ApiCall *getPipeline(const QString &pipelineId, QObject *context, DetailsDone done) const;

    // The requests list models page and poll with.
    static ApiRequest listRequest();
    static ApiRequest getRequest(const QString &pipelineId);
    static ApiRequest eventsRequest(const QString &pipelineId, const EventsQuery &query);

    // --- reads ---
    ApiCall *get(const QString &pipelineId, QObject *context, ObjectDone done) const;
    // {"updates": [...], "next_page_token"}: newest first.
    ApiCall *listUpdates(const QString &pipelineId, int maxResults, const QString &pageToken,
                         QObject *context, ObjectDone done) const;
    // {"update": {...}}.
    ApiCall *getUpdate(const QString &pipelineId, const QString &updateId, QObject *context,
                       ObjectDone done) const;
    // {"events": [...], "next_page_token"}.
    ApiCall *events(const QString &pipelineId, const EventsQuery &query, QObject *context,
                    ObjectDone done) const;

    // --- writes ---
    // Answers {"pipeline_id"}.
    ApiCall *create(const QJsonObject &spec, QObject *context, ObjectDone done) const;
    // Replaces the whole spec. `expectedLastModified` (the get's
    // last_modified; 0: not sent) makes a stale edit fail instead of
    // overwriting what someone saved meanwhile.
    ApiCall *edit(const QString &pipelineId, const QJsonObject &spec, qint64 expectedLastModified,
                  QObject *context, Done done) const;
    // The pipeline goes with its tables (cascade, the API's default).
    ApiCall *remove(const QString &pipelineId, QObject *context, Done done) const;
    // Answers {"update_id"}; refused while an update is active.
    ApiCall *startUpdate(const QString &pipelineId, const StartUpdate &update, QObject *context,
                         ObjectDone done) const;
    // Stops whichever update is active (none: nothing happens).
    ApiCall *stop(const QString &pipelineId, QObject *context, Done done) const;

    // The filter text for events of one update at `levels` ("ERROR",
    // "WARN", "INFO"; empty: every level): "update_id='…' AND level in (…)".
    static QString eventsFilter(const QString &updateId, const QStringList &levels);

private:
    QPointer<ApiClient> m_client;
};

} // namespace brickdesk
