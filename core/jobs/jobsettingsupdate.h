#pragma once

#include <QJsonObject>
#include <QStringList>

namespace brickdesk {

// What jobs/update must carry to turn a job's settings (read whole, every
// 2.2 page merged) into the edited ones, and nothing more.
//
// update replaces only the top-level fields it is given, but merges the
// `tasks` and `job_clusters` arrays by key (task_key, job_cluster_key), and
// deletes what `fields_to_remove` names: top-level fields or single entries
// ("tasks/<key>", "job_clusters/<key>"). So only changed fields and changed
// or new tasks are sent, and removed ones are named: a job with 300 tasks of
// which one changed sends one task, and nothing past the first 100 is lost
// the way a reset from one 2.2 page would lose it.
struct JobSettingsUpdate
{
    QJsonObject newSettings;
    QStringList fieldsToRemove;

    bool isEmpty() const { return newSettings.isEmpty() && fieldsToRemove.isEmpty(); }

    static JobSettingsUpdate between(const QJsonObject &original, const QJsonObject &edited);
    // The settings the server will hold after the update (tests, previews).
    static QJsonObject apply(const QJsonObject &original, const JobSettingsUpdate &update);
};

} // namespace brickdesk
