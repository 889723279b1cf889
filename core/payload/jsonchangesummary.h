#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

namespace brickdesk {

// What an edit changes, by key rather than by line: "changed:
// schedule.pause_status; added: tasks[ingest]; removed: tags". Lists of
// objects that name their items (tasks by task_key, job clusters by
// job_cluster_key, parameters by name) are compared by those names, so
// inserting a task reads as one task added, not every later one changed.
class JsonChangeSummary
{
    Q_DECLARE_TR_FUNCTIONS(JsonChangeSummary)

public:
    static JsonChangeSummary between(const QJsonValue &before, const QJsonValue &after);

    QStringList changed;
    QStringList added;
    QStringList removed;

    bool isEmpty() const { return changed.isEmpty() && added.isEmpty() && removed.isEmpty(); }
    // The one-line summary above, translated; "no changes" when empty.
    QString text() const;

private:
    void compare(const QJsonValue &before, const QJsonValue &after, const QString &path);
    void compareObjects(const QJsonObject &before, const QJsonObject &after, const QString &path);
    void compareArrays(const QJsonArray &before, const QJsonArray &after, const QString &path);
};

} // namespace brickdesk
