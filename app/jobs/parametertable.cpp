#include "app/jobs/parametertable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {
// On the name cell: whether the job declared the row, and its default.
constexpr int FromJobRole = Qt::UserRole;
constexpr int DefaultRole = Qt::UserRole + 1;
} // namespace

ParameterTable::ParameterTable(const JobParameterGroup &group, QWidget *parent)
    : QWidget(parent)
    , m_group(group)
    , m_table(new QTableWidget(0, 3, this))
{
    const bool positional = group.shape() == JobParameterGroup::Shape::Positional;
    setObjectName(u"parameters_"_s + group.field());
    m_table->setObjectName(u"parameterTable_"_s + group.field());
    m_table->setAccessibleName(group.title());
    m_table->setHorizontalHeaderLabels(
        {positional ? tr("Position") : tr("Name"), tr("Value"), tr("Default")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DefaultColumn, QHeaderView::Interactive);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Typing starts editing the value, the way a form field would.
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    for (const JobParameter &p : group.parameters)
        appendRow(p);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->horizontalHeader()->resizeSection(DefaultColumn, 150);
    fitHeight();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    if (!group.namesFixed()) {
        m_add = new QPushButton(positional ? tr("Add &Value") : tr("Add &Parameter"), this);
        m_add->setObjectName(u"addParameter_"_s + group.field());
        m_add->setAccessibleName(tr("Add a row to %1").arg(group.title()));
        m_remove = new QPushButton(tr("&Remove"), this);
        m_remove->setObjectName(u"removeParameter_"_s + group.field());
        m_remove->setAccessibleName(tr("Remove the selected row of %1").arg(group.title()));
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_add);
        buttons->addWidget(m_remove);
        buttons->addStretch(1);
        layout->addLayout(buttons);
        connect(m_add, &QPushButton::clicked, this, [this] {
            addRow();
            m_table->setCurrentCell(
                m_table->rowCount() - 1,
                m_group.shape() == JobParameterGroup::Shape::Named ? NameColumn : ValueColumn);
            m_table->setFocus();
        });
        connect(m_remove, &QPushButton::clicked, this, &ParameterTable::removeCurrentRow);
    }
    connect(m_table, &QTableWidget::itemChanged, this, &ParameterTable::changed);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ParameterTable::updateButtons);
    updateButtons();
}

void ParameterTable::appendRow(const JobParameter &parameter)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    const bool positional = m_group.shape() == JobParameterGroup::Shape::Positional;
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(positional ? QString::number(row + 1) : parameter.name);
    name->setData(FromJobRole, parameter.fromJob);
    name->setData(DefaultRole, parameter.defaultValue);
    // A name the job declared is how its tasks read the value: fixed.
    if (positional || parameter.fromJob || m_group.namesFixed())
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
    auto *value = new QTableWidgetItem(parameter.value);
    if (parameter.fromJob)
        value->setToolTip(tr("Default: %1").arg(parameter.defaultValue));
    auto *defaultValue =
        new QTableWidgetItem(parameter.fromJob ? parameter.defaultValue : QString());
    defaultValue->setFlags(defaultValue->flags() & ~Qt::ItemIsEditable);
    defaultValue->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    m_table->setItem(row, NameColumn, name);
    m_table->setItem(row, ValueColumn, value);
    m_table->setItem(row, DefaultColumn, defaultValue);
}

void ParameterTable::addRow(const QString &name, const QString &value)
{
    appendRow({name, value, QString(), false});
    updateButtons();
    fitHeight();
    emit changed();
}

bool ParameterTable::isRemovable(int row) const
{
    if (row < 0 || row >= m_table->rowCount() || m_group.namesFixed())
        return false;
    // A named default cannot be taken away by a run-now override (the task
    // keeps its own); only a row added here can go. A positional list is
    // replaced whole, so any value can.
    return m_group.shape() == JobParameterGroup::Shape::Positional ||
           !m_table->item(row, NameColumn)->data(FromJobRole).toBool();
}

void ParameterTable::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (!isRemovable(row))
        return;
    m_table->removeRow(row);
    if (m_group.shape() == JobParameterGroup::Shape::Positional) {
        const QSignalBlocker blocker(m_table);
        for (int r = row; r < m_table->rowCount(); ++r)
            m_table->item(r, NameColumn)->setText(QString::number(r + 1));
    }
    updateButtons();
    fitHeight();
    emit changed();
}

void ParameterTable::fitHeight()
{
    // As tall as its rows (one at least, so an empty table still shows where
    // rows go), scrolling only beyond six: a dialog needs no empty space.
    const int rows = std::clamp(m_table->rowCount(), 1, 6);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            rows * m_table->verticalHeader()->defaultSectionSize() +
                            2 * m_table->frameWidth());
}

void ParameterTable::updateButtons()
{
    if (m_remove)
        m_remove->setEnabled(isRemovable(m_table->currentRow()));
}

bool ParameterTable::setValue(const QString &name, const QString &value)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->text() == name) {
            m_table->item(row, ValueColumn)->setText(value);
            return true;
        }
    }
    return false;
}

JobParameterGroup ParameterTable::group() const
{
    JobParameterGroup edited = m_group;
    edited.parameters.clear();
    const bool positional = m_group.shape() == JobParameterGroup::Shape::Positional;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, NameColumn);
        edited.parameters.append(
            {positional ? QString() : name->text(), m_table->item(row, ValueColumn)->text(),
             name->data(DefaultRole).toString(), name->data(FromJobRole).toBool()});
    }
    return edited;
}

} // namespace brickdesk
