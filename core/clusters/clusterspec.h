#pragma once

#include <QJsonObject>
#include <QStringList>

namespace brickdesk {

// The settings part of a cluster: what clusters/create and clusters/edit
// take, out of the ClusterDetails that get answers (which also carries
// state, ids, times, default tags and the driver's node).
class ClusterSpec
{
public:
    // The fields an edit sends back: the requested spec, nothing the server
    // decided (cluster_id is added by the call itself).
    static QStringList editableFields();
    static QJsonObject fromDetails(const QJsonObject &details);
    // `spec` with a fixed number of workers (autoscale removed), or with an
    // autoscale range when `autoscaleMax` > 0 (num_workers removed).
    static QJsonObject withSize(QJsonObject spec, int workers, int autoscaleMin = 0,
                                int autoscaleMax = 0);
};

} // namespace brickdesk
