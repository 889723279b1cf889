#include "app/jobs/repairrundialog.h"

#include "app/common/testseam.h"
#include "app/jobs/checklist.h"
#include "app/jobs/parametertable.h"
#include "app/jobs/requestpreview.h"
#include "app/jobs/runstatusicon.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {
TestSeam<RepairRunDialog::Edits> s_edits;

constexpr int TaskKeyRole = Qt::UserRole;

QLabel *messageLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setStyleSheet(u"color: #b42318;"_s);
    label->hide();
    return label;
}
} // namespace

RepairRunDialog::RepairRunDialog(const QJsonObject &run, const QString &jobName, QWidget *parent)
    : QDialog(parent)
    , m_plan(run)
    , m_inputs(new QWidget(this))
    , m_tasks(new QListWidget(m_inputs))
    , m_allFailed(new QCheckBox(tr("Rerun &all failed tasks"), m_inputs))
    , m_dependents(new QCheckBox(tr("Also rerun &dependent tasks"), m_inputs))
    , m_preview(new QLabel(this))
    , m_requestPreview(new RequestPreview(u"jobs/runs/repair"_s, this))
    , m_problem(messageLabel(u"repairProblem"_s, this))
    , m_error(messageLabel(u"repairError"_s, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_repair(m_buttons->button(QDialogButtonBox::Ok))
{
    setObjectName(u"repairRunDialog"_s);
    const QString job = jobName.isEmpty() ? m_plan.runName() : jobName;
    setWindowTitle(tr("Repair Run #%1 of %2").arg(m_plan.runId()).arg(job));
    m_repair->setText(tr("&Repair"));
    m_repair->setObjectName(u"repairButton"_s);
    m_repair->setAccessibleName(tr("Repair the run"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    m_tasks->setObjectName(u"repairTasks"_s);
    m_tasks->setAccessibleName(tr("Tasks to rerun"));
    const QStringList failed = m_plan.failedTaskKeys();
    for (const RepairPlan::Task &task : m_plan.tasks()) {
        auto *item = new QListWidgetItem(runStatusIcon(task.status),
                                         tr("%1 — %2").arg(task.key, task.status.text()), m_tasks);
        item->setData(TaskKeyRole, task.key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(failed.contains(task.key) ? Qt::Checked : Qt::Unchecked);
        QString tip = task.status.rawText();
        if (!task.status.message().isEmpty())
            tip += u"\n"_s + task.status.message();
        item->setToolTip(tip);
    }
    fitListHeight(m_tasks);
    m_allFailed->setObjectName(u"rerunAllFailed"_s);
    m_allFailed->setAccessibleName(tr("Rerun all failed tasks"));
    m_allFailed->setToolTip(tr("Lets the server pick every failed task "
                               "(rerun_all_failed_tasks) instead of the checked ones."));
    m_dependents->setObjectName(u"rerunDependents"_s);
    m_dependents->setAccessibleName(tr("Also rerun dependent tasks"));
    m_dependents->setToolTip(tr("Tasks downstream of a rerun task run again too."));
    m_preview->setObjectName(u"repairPreview"_s);
    m_preview->setAccessibleName(tr("Tasks that will rerun"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = m_preview->font();
    bold.setBold(true);
    m_preview->setFont(bold);

    auto *inputs = new QVBoxLayout(m_inputs);
    inputs->setContentsMargins(0, 0, 0, 0);
    auto *tasks = new QGroupBox(tr("Tasks"), m_inputs);
    auto *tasksLayout = new QVBoxLayout(tasks);
    tasksLayout->addWidget(m_tasks);
    tasksLayout->addWidget(m_allFailed);
    tasksLayout->addWidget(m_dependents);
    inputs->addWidget(tasks);

    const QList<JobParameterGroup> groups = m_plan.parameterGroups();
    if (!groups.isEmpty()) {
        auto *parameters = new QGroupBox(tr("Parameters"), m_inputs);
        auto *parametersLayout = new QVBoxLayout(parameters);
        auto *note = new QLabel(tr("A repair does not carry the run's parameters over; these "
                                   "are the run's and are sent again."),
                                parameters);
        note->setWordWrap(true);
        note->setEnabled(false);
        parametersLayout->addWidget(note);
        for (const JobParameterGroup &group : groups) {
            auto *table = new ParameterTable(group, parameters);
            if (groups.size() > 1 || group.isLegacy()) {
                auto *title = new QLabel(group.title(), parameters);
                title->setBuddy(table->table());
                parametersLayout->addWidget(title);
            }
            parametersLayout->addWidget(table);
            m_tables.append(table);
            connect(table, &ParameterTable::changed, this, &RepairRunDialog::update);
        }
        inputs->addWidget(parameters);
    }

    auto *layout = new QVBoxLayout(this);
    // An active run cannot be repaired: say so first, before any choice.
    if (m_plan.isActive())
        layout->addWidget(m_problem);
    layout->addWidget(m_inputs);
    layout->addWidget(m_preview);
    layout->addWidget(m_requestPreview);
    if (!m_plan.isActive())
        layout->addWidget(m_problem);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    resize(600, sizeHint().height());

    connect(m_tasks, &QListWidget::itemChanged, this, &RepairRunDialog::update);
    connect(m_dependents, &QCheckBox::toggled, this, &RepairRunDialog::update);
    connect(m_allFailed, &QCheckBox::toggled, this, &RepairRunDialog::showAllFailed);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RepairRunDialog::requestRepair);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_plan.isActive())
        m_inputs->setEnabled(false);
    update();
}

ParameterTable *RepairRunDialog::parameterTable(const QString &field) const
{
    for (ParameterTable *table : m_tables) {
        if (table->group().field() == field)
            return table;
    }
    return nullptr;
}

void RepairRunDialog::showAllFailed(bool all)
{
    // The list shows what the server will pick and cannot be changed while
    // the shortcut is on; turning it off brings back the user's own checks.
    const QStringList failed = m_plan.failedTaskKeys();
    const QSignalBlocker blocker(m_tasks);
    if (all)
        m_checkedBeforeAllFailed = m_plan.selectedTasks();
    for (int row = 0; row < m_tasks->count(); ++row) {
        QListWidgetItem *item = m_tasks->item(row);
        const QString key = item->data(TaskKeyRole).toString();
        const bool checked = all ? failed.contains(key) : m_checkedBeforeAllFailed.contains(key);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    m_tasks->setEnabled(!all);
    update();
}

void RepairRunDialog::update()
{
    QList<JobParameterGroup> groups;
    for (const ParameterTable *table : std::as_const(m_tables))
        groups.append(table->group());
    m_plan.setParameterGroups(groups);
    m_plan.setRerunAllFailed(m_allFailed->isChecked());
    m_plan.setRerunDependents(m_dependents->isChecked());
    if (!m_allFailed->isChecked()) {
        QStringList checked;
        for (int row = 0; row < m_tasks->count(); ++row) {
            if (m_tasks->item(row)->checkState() == Qt::Checked)
                checked.append(m_tasks->item(row)->data(TaskKeyRole).toString());
        }
        m_plan.setSelectedTasks(checked);
    }

    m_preview->setText(m_plan.previewText());
    const QString why = m_plan.problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_repair->setEnabled(why.isEmpty() && !m_busy);
    m_requestPreview->setBody(m_plan.body());
}

void RepairRunDialog::requestRepair()
{
    update();
    if (m_busy || !m_plan.problem().isEmpty())
        return;
    m_error->hide();
    emit repairRequested(m_plan.body());
}

void RepairRunDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_inputs->setEnabled(!busy && !m_plan.isActive());
    m_repair->setText(busy ? tr("Repairing…") : tr("&Repair"));
    update();
}

void RepairRunDialog::showError(const QString &message)
{
    m_error->setText(tr("The repair did not start: %1").arg(message));
    m_error->show();
    setBusy(false);
}

QString RepairRunDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString RepairRunDialog::previewText() const
{
    return m_preview->text();
}

void RepairRunDialog::applyEdits(const Edits &edits)
{
    if (edits.checkedTasks) {
        for (int row = 0; row < m_tasks->count(); ++row) {
            QListWidgetItem *item = m_tasks->item(row);
            item->setCheckState(edits.checkedTasks->contains(item->data(TaskKeyRole).toString())
                                    ? Qt::Checked
                                    : Qt::Unchecked);
        }
    }
    m_allFailed->setChecked(edits.rerunAllFailed);
    m_dependents->setChecked(edits.rerunDependents);
    for (auto it = edits.values.cbegin(); it != edits.values.cend(); ++it) {
        for (ParameterTable *table : std::as_const(m_tables)) {
            if (table->setValue(it.key(), it.value()))
                break;
        }
    }
}

RepairRunDialog *RepairRunDialog::ask(QWidget *parent, const QJsonObject &run,
                                      const QString &jobName)
{
    auto *dialog = new RepairRunDialog(run, jobName, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    if (s_edits) {
        const Edits edits = *s_edits;
        dialog->applyEdits(edits);
        if (edits.repair)
            QTimer::singleShot(0, dialog, [dialog] { dialog->m_repair->click(); });
    }
    return dialog;
}

void RepairRunDialog::setEditsForTesting(std::optional<Edits> edits)
{
    s_edits.set(std::move(edits));
}

} // namespace brickdesk
