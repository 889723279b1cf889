#pragma once

#include "core/jobs/jobparameters.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace brickdesk {

// Edits the parameters of one request field (job_parameters, notebook_params,
// python_params...) as a table: the value is always editable; names the job
// declares are fixed, and rows can be added and removed only where the field
// takes free names or a free list (the legacy fields).
class ParameterTable : public QWidget
{
    Q_OBJECT

public:
    explicit ParameterTable(const JobParameterGroup &group, QWidget *parent = nullptr);

    // The group as edited now.
    JobParameterGroup group() const;
    QTableWidget *table() const { return m_table; }
    // Sets the value of the row called `name`; false if there is none.
    bool setValue(const QString &name, const QString &value);
    // Adds a row (a named one gets `name`), as Add does.
    void addRow(const QString &name = {}, const QString &value = {});

signals:
    void changed();

private:
    enum Column { NameColumn, ValueColumn, DefaultColumn };
    void appendRow(const JobParameter &parameter);
    void removeCurrentRow();
    void updateButtons();
    void fitHeight();
    bool isRemovable(int row) const;

    JobParameterGroup m_group; // field, shape and the job's own values
    QTableWidget *m_table;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace brickdesk
