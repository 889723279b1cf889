#pragma once

#include "core/net/apierror.h"

#include <QCoreApplication>
#include <QString>

namespace brickdesk {

// What a cluster call refused for the cluster's state means, in words. The
// API answers 400 INVALID_STATE "Cluster <id> is in unexpected state
// Running." for a start of a running cluster; a person wants to read
// "“etl” is already running."
class ClusterRefusal
{
    Q_DECLARE_TR_FUNCTIONS(ClusterRefusal)

public:
    enum class Action { Start, Restart, Terminate, Resize, Edit, PermanentDelete, Pin, Unpin };

    // The state named by an INVALID_STATE answer ("RUNNING"); empty when
    // the error is something else.
    static QString refusedState(const ApiError &error);
    // The sentence for `error` (any error: other failures are said as the
    // server said them, after what was being done).
    static QString explain(Action action, const QString &clusterName, const ApiError &error);
};

} // namespace brickdesk
