#include "core/clusters/clusterspec.h"

using namespace Qt::StringLiterals;

namespace brickdesk {

QStringList ClusterSpec::editableFields()
{
    // The request fields of clusters/edit (the SDKs' EditCluster), which is
    // also what Brickdesk's cluster-spec schema describes.
    return {u"cluster_name"_s,
            u"spark_version"_s,
            u"node_type_id"_s,
            u"driver_node_type_id"_s,
            u"num_workers"_s,
            u"autoscale"_s,
            u"autotermination_minutes"_s,
            u"spark_conf"_s,
            u"spark_env_vars"_s,
            u"custom_tags"_s,
            u"init_scripts"_s,
            u"cluster_log_conf"_s,
            u"data_security_mode"_s,
            u"single_user_name"_s,
            u"runtime_engine"_s,
            u"policy_id"_s,
            u"apply_policy_default_values"_s,
            u"instance_pool_id"_s,
            u"driver_instance_pool_id"_s,
            u"enable_elastic_disk"_s,
            u"enable_local_disk_encryption"_s,
            u"ssh_public_keys"_s,
            u"docker_image"_s,
            u"aws_attributes"_s,
            u"azure_attributes"_s,
            u"gcp_attributes"_s,
            u"is_single_node"_s,
            u"kind"_s,
            u"use_ml_runtime"_s,
            u"workload_type"_s};
}

QJsonObject ClusterSpec::fromDetails(const QJsonObject &details)
{
    // The requested spec when the server says it; else the fields as they are.
    const QJsonObject source =
        details.value("spec"_L1).isObject() ? details.value("spec"_L1).toObject() : details;
    QJsonObject spec;
    for (const QString &field : editableFields()) {
        const QJsonValue value = source.value(field);
        if (!value.isUndefined() && !value.isNull())
            spec.insert(field, value);
    }
    // A fixed-size cluster has num_workers; an autoscaling one reports its
    // current num_workers too, which an edit must not send beside autoscale.
    if (spec.contains("autoscale"_L1))
        spec.remove("num_workers"_L1);
    return spec;
}

QJsonObject ClusterSpec::withSize(QJsonObject spec, int workers, int autoscaleMin, int autoscaleMax)
{
    if (autoscaleMax > 0) {
        spec.remove("num_workers"_L1);
        spec.insert("autoscale"_L1, QJsonObject{{"min_workers"_L1, autoscaleMin},
                                                {"max_workers"_L1, autoscaleMax}});
    } else {
        spec.remove("autoscale"_L1);
        spec.insert("num_workers"_L1, workers);
    }
    return spec;
}

} // namespace brickdesk
