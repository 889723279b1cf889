#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace brickdesk {

// `{{secrets/<scope>/<key>}}`: how job, cluster and pipeline settings name a
// secret (Spark conf, environment variables, parameters). The platform
// substitutes the value when the job or cluster starts.
struct SecretReference
{
    QString scope;
    QString key;

    QString toString() const;
    bool operator==(const SecretReference &) const = default;
};

// One place a settings document names a secret.
struct SecretReferenceSite
{
    // Where in the document, readable: "spark_env_vars.API_TOKEN",
    // "tasks[ingest].notebook_task.base_parameters.password".
    QString field;
    SecretReference reference;
};

// Every reference in `settings`, depth first (object members by name). Array
// items are named by their `task_key`, `job_cluster_key` or `label` when
// they have one, by their index otherwise.
QList<SecretReferenceSite> findSecretReferences(const QJsonValue &settings);

} // namespace brickdesk
