#include "core/clusters/clusterrefusal.h"

#include "core/clusters/clustersmodel.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace brickdesk {

QString ClusterRefusal::refusedState(const ApiError &error)
{
    if (error.errorCode != "INVALID_STATE"_L1)
        return {};
    // "Cluster 0412-081530-shrd7k2q is in unexpected state Running."
    static const QRegularExpression pattern(u"is in unexpected state (\\w+)"_s);
    const QRegularExpressionMatch match = pattern.match(error.message);
    return match.hasMatch() ? match.captured(1).toUpper() : QString();
}

QString ClusterRefusal::explain(Action action, const QString &clusterName, const ApiError &error)
{
    const QString state = refusedState(error);
    if (state.isEmpty()) {
        switch (action) {
        case Action::Start:
            return tr("Could not start “%1”: %2").arg(clusterName, error.toString());
        case Action::Restart:
            return tr("Could not restart “%1”: %2").arg(clusterName, error.toString());
        case Action::Terminate:
            return tr("Could not terminate “%1”: %2").arg(clusterName, error.toString());
        case Action::Resize:
            return tr("Could not resize “%1”: %2").arg(clusterName, error.toString());
        case Action::Edit:
            return tr("Could not save “%1”: %2").arg(clusterName, error.toString());
        case Action::PermanentDelete:
            return tr("Could not delete “%1”: %2").arg(clusterName, error.toString());
        case Action::Pin:
            return tr("Could not pin “%1”: %2").arg(clusterName, error.toString());
        case Action::Unpin:
            return tr("Could not unpin “%1”: %2").arg(clusterName, error.toString());
        }
    }
    const bool running = state == "RUNNING"_L1;
    const bool pending = state == "PENDING"_L1;
    const bool restarting = state == "RESTARTING"_L1;
    const bool resizing = state == "RESIZING"_L1;
    const bool terminating = state == "TERMINATING"_L1;
    const bool terminated = state == "TERMINATED"_L1;
    switch (action) {
    case Action::Start:
        if (running || resizing)
            return tr("“%1” is already running.").arg(clusterName);
        if (pending)
            return tr("“%1” is already starting.").arg(clusterName);
        if (restarting)
            return tr("“%1” is already restarting.").arg(clusterName);
        if (terminating)
            return tr("“%1” is still terminating: start it again once it has stopped.")
                .arg(clusterName);
        break;
    case Action::Restart:
        if (terminated)
            return tr("“%1” is not running: start it instead.").arg(clusterName);
        if (pending)
            return tr("“%1” is still starting: there is nothing to restart yet.").arg(clusterName);
        if (restarting)
            return tr("“%1” is already restarting.").arg(clusterName);
        if (terminating)
            return tr("“%1” is terminating.").arg(clusterName);
        if (resizing)
            return tr("“%1” is being resized: restart it once that has finished.").arg(clusterName);
        break;
    case Action::Resize:
        return tr("“%1” can be resized only while it runs, and it is %2 now.")
            .arg(clusterName, ClustersModel::stateInSentence(state));
    case Action::Edit:
        return tr("“%1” can be edited only while it runs or is terminated, and it is %2 now.")
            .arg(clusterName, ClustersModel::stateInSentence(state));
    case Action::Terminate:
    case Action::PermanentDelete:
    case Action::Pin:
    case Action::Unpin:
        break;
    }
    return tr("“%1” cannot do that while it is %2.")
        .arg(clusterName, ClustersModel::stateInSentence(state));
}

} // namespace brickdesk
