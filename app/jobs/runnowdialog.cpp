#include "app/jobs/runnowdialog.h"

#include "app/common/testseam.h"
#include "app/jobs/checklist.h"
#include "app/jobs/parametertable.h"
#include "app/jobs/requestpreview.h"

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
TestSeam<RunNowDialog::Edits> s_edits;

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

RunNowDialog::RunNowDialog(const QJsonObject &job, QWidget *parent)
    : QDialog(parent)
    , m_request(job)
    , m_inputs(new QWidget(this))
    , m_preview(new RequestPreview(u"jobs/run-now"_s, this))
    , m_problem(messageLabel(u"runNowProblem"_s, this))
    , m_error(messageLabel(u"runNowError"_s, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_run(m_buttons->button(QDialogButtonBox::Ok))
{
    setObjectName(u"runNowDialog"_s);
    const QString name =
        m_request.jobName().isEmpty() ? QString::number(m_request.jobId()) : m_request.jobName();
    setWindowTitle(tr("Run Now with Different Settings — %1").arg(name));
    m_run->setText(tr("&Run"));
    m_run->setObjectName(u"runNowButton"_s);
    m_run->setAccessibleName(tr("Run the job now"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *inputs = new QVBoxLayout(m_inputs);
    inputs->setContentsMargins(0, 0, 0, 0);

    auto *parameters = new QGroupBox(tr("Parameters"), m_inputs);
    auto *parametersLayout = new QVBoxLayout(parameters);
    const QList<JobParameterGroup> groups = m_request.parameterGroups();
    if (groups.isEmpty())
        parametersLayout->addWidget(new QLabel(tr("This job takes no parameters."), parameters));
    if (m_request.parameterStyle() == RunNowRequest::ParameterStyle::Legacy) {
        auto *note = new QLabel(tr("An older job: parameters are passed per task type. Only "
                                   "values that differ from the tasks' own are sent."),
                                parameters);
        note->setWordWrap(true);
        note->setEnabled(false);
        parametersLayout->addWidget(note);
    }
    for (const JobParameterGroup &group : groups) {
        auto *table = new ParameterTable(group, parameters);
        // One field only: the group box already says what it is.
        if (groups.size() > 1 || group.isLegacy()) {
            auto *title = new QLabel(group.title(), parameters);
            title->setBuddy(table->table());
            parametersLayout->addWidget(title);
        }
        parametersLayout->addWidget(table);
        m_tables.append(table);
        connect(table, &ParameterTable::changed, this, &RunNowDialog::update);
    }
    inputs->addWidget(parameters);

    if (!m_request.taskKeys().isEmpty()) {
        auto *tasks = new QGroupBox(tr("Tasks"), m_inputs);
        auto *tasksLayout = new QVBoxLayout(tasks);
        m_tasks = new QListWidget(tasks);
        m_tasks->setObjectName(u"runNowTasks"_s);
        m_tasks->setAccessibleName(tr("Tasks to run"));
        for (const QString &key : m_request.taskKeys()) {
            auto *item = new QListWidgetItem(key, m_tasks);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
        fitListHeight(m_tasks);
        auto *note = new QLabel(tr("Runs only the checked tasks; with all of them checked the "
                                   "whole job runs."),
                                tasks);
        note->setWordWrap(true);
        note->setEnabled(false);
        tasksLayout->addWidget(m_tasks);
        tasksLayout->addWidget(note);
        inputs->addWidget(tasks);
        connect(m_tasks, &QListWidget::itemChanged, this, &RunNowDialog::update);
    }

    if (m_request.hasPipelineTasks()) {
        m_fullRefresh = new QCheckBox(tr("&Full refresh of the pipeline tasks (recompute every "
                                         "table from scratch)"),
                                      m_inputs);
        m_fullRefresh->setObjectName(u"fullRefresh"_s);
        m_fullRefresh->setAccessibleName(tr("Full refresh of the pipeline tasks"));
        inputs->addWidget(m_fullRefresh);
        connect(m_fullRefresh, &QCheckBox::toggled, this, &RunNowDialog::update);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_inputs);
    layout->addWidget(m_preview);
    layout->addWidget(m_problem);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    resize(600, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RunNowDialog::requestRun);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

ParameterTable *RunNowDialog::parameterTable(const QString &field) const
{
    for (ParameterTable *table : m_tables) {
        if (table->group().field() == field)
            return table;
    }
    return nullptr;
}

void RunNowDialog::update()
{
    QList<JobParameterGroup> groups;
    for (const ParameterTable *table : std::as_const(m_tables))
        groups.append(table->group());
    m_request.setParameterGroups(groups);
    if (m_tasks) {
        QStringList checked;
        for (int row = 0; row < m_tasks->count(); ++row) {
            if (m_tasks->item(row)->checkState() == Qt::Checked)
                checked.append(m_tasks->item(row)->text());
        }
        m_request.setSelectedTasks(checked);
    }
    if (m_fullRefresh)
        m_request.setFullRefresh(m_fullRefresh->isChecked());

    const QString why = m_request.problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_run->setEnabled(why.isEmpty() && !m_busy);
    m_preview->setBody(m_request.body());
}

void RunNowDialog::requestRun()
{
    update();
    if (m_busy || !m_request.problem().isEmpty())
        return;
    m_error->hide();
    emit runRequested(m_request.body());
}

void RunNowDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_inputs->setEnabled(!busy);
    m_run->setText(busy ? tr("Starting…") : tr("&Run"));
    update();
}

void RunNowDialog::showError(const QString &message)
{
    m_error->setText(tr("The run did not start: %1").arg(message));
    m_error->show();
    setBusy(false);
}

QString RunNowDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RunNowDialog::applyEdits(const Edits &edits)
{
    for (auto it = edits.values.cbegin(); it != edits.values.cend(); ++it) {
        for (ParameterTable *table : std::as_const(m_tables)) {
            if (table->setValue(it.key(), it.value()))
                break;
        }
    }
    if (m_tasks) {
        for (int row = 0; row < m_tasks->count(); ++row) {
            if (edits.uncheckedTasks.contains(m_tasks->item(row)->text()))
                m_tasks->item(row)->setCheckState(Qt::Unchecked);
        }
    }
    if (m_fullRefresh)
        m_fullRefresh->setChecked(edits.fullRefresh);
}

RunNowDialog *RunNowDialog::ask(QWidget *parent, const QJsonObject &job)
{
    auto *dialog = new RunNowDialog(job, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    if (s_edits) {
        const Edits edits = *s_edits;
        dialog->applyEdits(edits);
        // After the event loop turns, so the caller has connected runRequested.
        if (edits.run)
            QTimer::singleShot(0, dialog, [dialog] { dialog->m_run->click(); });
    }
    return dialog;
}

void RunNowDialog::setEditsForTesting(std::optional<Edits> edits)
{
    s_edits.set(std::move(edits));
}

} // namespace brickdesk
