#pragma once

#include "core/jobs/jobparameters.h"
#include "core/jobs/runstatus.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace brickdesk {

// A jobs/runs/repair request being prepared for one run, read from the run
// as runs/get?include_history=true returns it, plus what the user chose:
// which tasks rerun (the picked ones, or every failed one) and whether the
// tasks downstream of them rerun too.
//
// The repair rules it follows (Jobs API): exactly one of rerun_tasks and
// rerun_all_failed_tasks; latest_repair_id is required from the second
// repair on; parameters are not carried over from the original run, so they
// are re-sent; an active run cannot be repaired.
class RepairPlan
{
    Q_DECLARE_TR_FUNCTIONS(RepairPlan)

public:
    struct Task
    {
        QString key;
        qint64 runId = 0;
        QStringList dependsOn;
        RunStatus status;
        // Failed, timed out, cancelled, upstream failed or cancelled: what
        // a repair is for, and what rerun_all_failed_tasks reruns.
        bool needsRerun = false;
    };

    explicit RepairPlan(const QJsonObject &run);

    qint64 runId() const { return m_runId; }
    QString runName() const { return m_runName; }
    bool isActive() const { return m_status.isActive(); }
    // The id of the newest repair, absent before the first one.
    std::optional<qint64> latestRepairId() const { return m_latestRepairId; }

    // One entry per task key (the newest attempt), upstream before
    // downstream, ties in the run's own order.
    QList<Task> tasks() const { return m_tasks; }
    // The tasks to check when the dialog opens.
    QStringList failedTaskKeys() const;

    void setSelectedTasks(const QStringList &taskKeys);
    QStringList selectedTasks() const { return m_selected; }
    // Sends rerun_all_failed_tasks instead of a task list.
    void setRerunAllFailed(bool all) { m_rerunAllFailed = all; }
    bool rerunAllFailed() const { return m_rerunAllFailed; }
    void setRerunDependents(bool dependents) { m_rerunDependents = dependents; }
    bool rerunDependents() const { return m_rerunDependents; }

    // The original run's parameters, re-sent with the repair.
    QList<JobParameterGroup> parameterGroups() const { return m_groups; }
    void setParameterGroups(const QList<JobParameterGroup> &groups) { m_groups = groups; }
    bool setParameterValue(const QString &name, const QString &value);

    // Exactly the task keys that will rerun, in DAG order.
    QStringList tasksToRerun() const;
    // "Will rerun: ingest, transform, report (3 tasks)".
    QString previewText() const;

    // Why the repair cannot be sent, empty if it can.
    QString problem() const;
    // The runs/repair body; ids are exact integers (they exceed 2^53).
    QJsonObject body() const;

private:
    void readTasks(const QJsonArray &tasks);
    void readParameters(const QJsonObject &run);

    qint64 m_runId = 0;
    QString m_runName;
    RunStatus m_status;
    std::optional<qint64> m_latestRepairId;
    QList<Task> m_tasks;
    QList<JobParameterGroup> m_groups;
    QStringList m_selected;
    bool m_rerunAllFailed = false;
    bool m_rerunDependents = false;
};

} // namespace brickdesk
