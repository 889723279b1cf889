#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace brickdesk {

class JsonSchemaValidator;

// A payload to start from: a job that runs a notebook, a single-node cluster.
struct PayloadTemplate
{
    QString id;       // stable, "notebook-job-cluster"
    QString title;    // translated, for a template picker
    QString resource; // ":/templates/jobs/notebook-job-cluster.json"

    // The template's text as written (keys in a readable order).
    QString text() const;
};

// The kinds of JSON payload the editor knows: a kind's schema and the
// templates to start from. A kind is named by a stable id.
class PayloadKinds
{
    Q_DECLARE_TR_FUNCTIONS(PayloadKinds)

public:
    static QString jobSettings() { return QStringLiteral("job-settings"); }
    static QString clusterSpec() { return QStringLiteral("cluster-spec"); }
    static QString pipelineSpec() { return QStringLiteral("pipeline-spec"); }

    static QStringList kinds();
    // ":/schemas/<kind>.schema.json"; empty for a kind without a schema.
    static QString schemaResource(const QString &kind);
    // Loaded once and shared; null for a kind without a schema.
    static std::shared_ptr<const JsonSchemaValidator> validator(const QString &kind);
    static QList<PayloadTemplate> templates(const QString &kind);
};

} // namespace brickdesk
