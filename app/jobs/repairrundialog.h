#pragma once

#include "core/jobs/repairplan.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QWidget;

namespace brickdesk {

class ParameterTable;
class RequestPreview;

// "Repair run #<n> of <job>": the run's tasks with their states, the failed
// ones checked; dependents and the all-failed shortcut; a live list of what
// will rerun; the run's parameters, re-sent because a repair does not carry
// them over. The dialog builds the request; the page sends it:
//
//   auto *dialog = RepairRunDialog::ask(this, run, jobName); // runs/get?include_history=true
//   connect(dialog, &RepairRunDialog::repairRequested, this, [=](const QJsonObject &body) {
//       dialog->setBusy(true);
//       // send body to jobs/runs/repair with `dialog` as the call's context,
//       // then dialog->accept() or dialog->showError(message)
//   });
class RepairRunDialog : public QDialog
{
    Q_OBJECT

public:
    // What a test applies to the next dialog ask() opens, through its
    // controls, before pressing Repair (when `repair`).
    struct Edits
    {
        std::optional<QStringList> checkedTasks; // unset: keep the failed ones
        bool rerunAllFailed = false;
        bool rerunDependents = false;
        QHash<QString, QString> values; // parameter name → value
        bool repair = true;
    };

    // `jobName`: for the title; the run's run_name when empty.
    explicit RepairRunDialog(const QJsonObject &run, const QString &jobName = {},
                             QWidget *parent = nullptr);

    static RepairRunDialog *ask(QWidget *parent, const QJsonObject &run,
                                const QString &jobName = {});
    static void setEditsForTesting(std::optional<Edits> edits);

    const RepairPlan &plan() const { return m_plan; }

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void showError(const QString &message);
    QString errorText() const;
    QString previewText() const;

    QListWidget *taskList() const { return m_tasks; }
    QCheckBox *rerunDependentsBox() const { return m_dependents; }
    QCheckBox *rerunAllFailedBox() const { return m_allFailed; }
    ParameterTable *parameterTable(const QString &field) const;
    QPushButton *repairButton() const { return m_repair; }
    RequestPreview *preview() const { return m_requestPreview; }

    void applyEdits(const Edits &edits);

signals:
    void repairRequested(const QJsonObject &body);

private:
    void update();
    void showAllFailed(bool all);
    void requestRepair();

    RepairPlan m_plan;
    QList<ParameterTable *> m_tables;
    QWidget *m_inputs;
    QListWidget *m_tasks;
    QCheckBox *m_allFailed;
    QCheckBox *m_dependents;
    QLabel *m_preview;
    RequestPreview *m_requestPreview;
    QLabel *m_problem;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_repair;
    QStringList m_checkedBeforeAllFailed;
    bool m_busy = false;
};

} // namespace brickdesk
