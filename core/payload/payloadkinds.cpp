#include "core/payload/payloadkinds.h"

#include "core/payload/jsonschemavalidator.h"

#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;

namespace brickdesk {

QString PayloadTemplate::text() const
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList PayloadKinds::kinds()
{
    return {jobSettings(), clusterSpec(), pipelineSpec()};
}

QString PayloadKinds::schemaResource(const QString &kind)
{
    return kinds().contains(kind) ? u":/schemas/%1.schema.json"_s.arg(kind) : QString();
}

std::shared_ptr<const JsonSchemaValidator> PayloadKinds::validator(const QString &kind)
{
    // Parsing a schema into valijson's form costs more than a check; keep one.
    static QHash<QString, std::shared_ptr<const JsonSchemaValidator>> loaded;
    const QString resource = schemaResource(kind);
    if (resource.isEmpty())
        return nullptr;
    auto &validator = loaded[kind];
    if (!validator)
        validator = JsonSchemaValidator::fromFile(resource);
    return validator;
}

QList<PayloadTemplate> PayloadKinds::templates(const QString &kind)
{
    const auto job = [](const QString &id, const QString &title) {
        return PayloadTemplate{id, title, u":/templates/jobs/%1.json"_s.arg(id)};
    };
    const auto cluster = [](const QString &id, const QString &title) {
        return PayloadTemplate{id, title, u":/templates/clusters/%1.json"_s.arg(id)};
    };
    if (kind == jobSettings()) {
        return {job(u"notebook-job-cluster"_s, tr("Notebook on a job cluster")),
                job(u"python-script"_s, tr("Python script")),
                job(u"multi-task-dag"_s, tr("Multi-task DAG")),
                job(u"sql-task-warehouse"_s, tr("SQL task on a warehouse")),
                job(u"pipeline-refresh"_s, tr("Pipeline refresh")),
                job(u"for-each"_s, tr("For each"))};
    }
    if (kind == pipelineSpec()) {
        const auto pipeline = [](const QString &id, const QString &title) {
            return PayloadTemplate{id, title, u":/templates/pipelines/%1.json"_s.arg(id)};
        };
        return {pipeline(u"serverless-triggered"_s, tr("Serverless, triggered")),
                pipeline(u"classic-autoscaling"_s, tr("Classic compute, autoscaling")),
                pipeline(u"continuous"_s, tr("Continuous"))};
    }
    if (kind == clusterSpec()) {
        return {cluster(u"single-node"_s, tr("Single node")),
                cluster(u"fixed-size"_s, tr("Fixed size")),
                cluster(u"autoscaling"_s, tr("Autoscaling"))};
    }
    return {};
}

} // namespace brickdesk
