#include "app/clusters/resizeclusterdialog.h"

#include "core/clusters/clustersmodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

ResizeClusterDialog::ResizeClusterDialog(const QJsonObject &cluster, const QString &workspace,
                                         QWidget *parent)
    : QDialog(parent)
    , m_fixed(new QRadioButton(tr("&Fixed size"), this))
    , m_autoscale(new QRadioButton(tr("&Autoscale"), this))
    , m_workers(new QSpinBox(this))
    , m_min(new QSpinBox(this))
    , m_max(new QSpinBox(this))
    , m_note(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const QString name = cluster.value("cluster_name"_L1).toString();
    setObjectName(u"resizeClusterDialog"_s);
    setWindowTitle(tr("Resize “%1” in %2").arg(name, workspace));
    setAccessibleName(windowTitle());

    m_fixed->setObjectName(u"resizeFixed"_s);
    m_fixed->setAccessibleName(tr("Fixed size"));
    m_autoscale->setObjectName(u"resizeAutoscale"_s);
    m_autoscale->setAccessibleName(tr("Autoscale"));
    for (QSpinBox *box : {m_workers, m_min, m_max})
        box->setRange(0, kMaxWorkers);
    m_workers->setObjectName(u"resizeWorkers"_s);
    m_workers->setAccessibleName(tr("Workers"));
    m_workers->setSuffix(tr(" workers"));
    m_min->setObjectName(u"resizeMinWorkers"_s);
    m_min->setAccessibleName(tr("Fewest workers"));
    m_max->setObjectName(u"resizeMaxWorkers"_s);
    m_max->setAccessibleName(tr("Most workers"));
    m_max->setMinimum(1);

    const QJsonObject autoscale = cluster.value("autoscale"_L1).toObject();
    const int current = cluster.value("num_workers"_L1).toInt();
    m_workers->setValue(current);
    m_min->setValue(autoscale.isEmpty() ? std::max(1, current)
                                        : autoscale.value("min_workers"_L1).toInt());
    m_max->setValue(autoscale.isEmpty() ? std::max(2, current * 2)
                                        : autoscale.value("max_workers"_L1).toInt());
    (autoscale.isEmpty() ? m_fixed : m_autoscale)->setChecked(true);

    const bool running = cluster.value("state"_L1).toString() == "RUNNING"_L1;
    m_note->setObjectName(u"resizeNote"_s);
    m_note->setWordWrap(true);
    m_note->setText(running ? tr("Workers are added or removed while “%1” runs; what runs on it "
                                 "goes on.")
                                  .arg(name)
                            : tr("“%1” is %2: the new size is saved and used when it next starts.")
                                  .arg(name, ClustersModel::stateInSentence(
                                                 cluster.value("state"_L1).toString())));
    m_problem->setObjectName(u"resizeProblem"_s);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setWordWrap(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc4, 0x2b, 0x1c));
    m_problem->setPalette(warning);
    m_problem->hide();

    auto *range = new QHBoxLayout;
    range->addWidget(m_min);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_max);
    range->addWidget(new QLabel(tr("workers"), this));
    auto *form = new QFormLayout;
    form->addRow(m_fixed, m_workers);
    form->addRow(m_autoscale, range);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Resize"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"resizeOk"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Resize"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    // A new choice is a new question: the server's last answer goes.
    const auto choiceChanged = [this] {
        m_serverError.clear();
        updateState();
    };
    connect(m_fixed, &QRadioButton::toggled, this, choiceChanged);
    for (QSpinBox *box : {m_workers, m_min, m_max})
        connect(box, &QSpinBox::valueChanged, this, choiceChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!problemText().isEmpty() || m_busy)
            return;
        emit submitted();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

bool ResizeClusterDialog::isAutoscale() const
{
    return m_autoscale->isChecked();
}

int ResizeClusterDialog::workers() const
{
    return m_workers->value();
}

int ResizeClusterDialog::minWorkers() const
{
    return m_min->value();
}

int ResizeClusterDialog::maxWorkers() const
{
    return m_max->value();
}

void ResizeClusterDialog::setFixed(int workers)
{
    m_fixed->setChecked(true);
    m_workers->setValue(workers);
}

void ResizeClusterDialog::setAutoscale(int minWorkers, int maxWorkers)
{
    m_autoscale->setChecked(true);
    m_min->setValue(minWorkers);
    m_max->setValue(maxWorkers);
}

QString ResizeClusterDialog::problemText() const
{
    if (isAutoscale() && m_min->value() > m_max->value())
        return tr("The fewest workers cannot be more than the most workers.");
    return {};
}

void ResizeClusterDialog::updateState()
{
    m_workers->setEnabled(!isAutoscale() && !m_busy);
    m_min->setEnabled(isAutoscale() && !m_busy);
    m_max->setEnabled(isAutoscale() && !m_busy);
    // The choice's own problem first; else what the server last said.
    const QString problem = problemText();
    const QString shown = problem.isEmpty() ? m_serverError : problem;
    m_problem->setText(shown);
    m_problem->setVisible(!shown.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !m_busy);
}

void ResizeClusterDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_fixed->setEnabled(!busy);
    m_autoscale->setEnabled(!busy);
    updateState();
}

void ResizeClusterDialog::showServerError(const QString &message)
{
    m_serverError = message;
    updateState();
}

} // namespace brickdesk
