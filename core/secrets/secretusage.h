#pragma once

#include "core/secrets/secretreference.h"

#include <QList>
#include <QString>

namespace brickdesk {

// One place a job, cluster or pipeline names a secret.
struct SecretUsage
{
    enum class Kind { Job, Cluster, Pipeline };

    Kind kind = Kind::Job;
    QString id;   // job id (decimal, exact), cluster id or pipeline id
    QString name; // the job's, cluster's or pipeline's name
    // Where in its settings: "tasks[export].new_cluster.spark_env_vars.X".
    QString field;
    SecretReference reference;

    bool operator==(const SecretUsage &) const = default;
};

} // namespace brickdesk
