#pragma once

#include "core/jobs/runnowrequest.h"

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

// "Run now with different settings": the job's parameters prefilled with
// their defaults, the tasks to run, a full refresh for pipeline tasks, and
// the exact run-now body. The dialog builds the request; the page sends it:
//
//   auto *dialog = RunNowDialog::ask(this, job);   // job as jobs/get returns it
//   connect(dialog, &RunNowDialog::runRequested, this, [=](const QJsonObject &body) {
//       dialog->setBusy(true);
//       // send body to jobs/run-now with `dialog` as the call's context, then
//       // dialog->accept() on success or dialog->showError(message)
//   });
//
// After an error the inputs are kept and Run sends the same idempotency
// token again, so a retry never starts a second run.
class RunNowDialog : public QDialog
{
    Q_OBJECT

public:
    // What a test applies to the next dialog ask() opens, as a user would
    // through its controls, before pressing Run (when `run`).
    struct Edits
    {
        QHash<QString, QString> values; // parameter name → value
        QStringList uncheckedTasks;
        bool fullRefresh = false;
        bool run = true;
    };

    explicit RunNowDialog(const QJsonObject &job, QWidget *parent = nullptr);

    // Opens a dialog (open(), deleted on close) and returns it.
    static RunNowDialog *ask(QWidget *parent, const QJsonObject &job);
    static void setEditsForTesting(std::optional<Edits> edits);

    // The request as the inputs stand.
    const RunNowRequest &request() const { return m_request; }
    QString idempotencyToken() const { return m_request.idempotencyToken(); }

    // While the page's call is under way: inputs and Run are disabled.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // The call failed: shows `message`, keeps the inputs, enables Run again.
    void showError(const QString &message);
    QString errorText() const;

    ParameterTable *parameterTable(const QString &field) const;
    QListWidget *taskList() const { return m_tasks; }
    QCheckBox *fullRefreshBox() const { return m_fullRefresh; }
    QPushButton *runButton() const { return m_run; }
    RequestPreview *preview() const { return m_preview; }

    void applyEdits(const Edits &edits);

signals:
    void runRequested(const QJsonObject &body);

private:
    void update();
    void requestRun();

    RunNowRequest m_request;
    QList<ParameterTable *> m_tables;
    QWidget *m_inputs;
    QListWidget *m_tasks = nullptr;
    QCheckBox *m_fullRefresh = nullptr;
    RequestPreview *m_preview;
    QLabel *m_problem;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_run;
    bool m_busy = false;
};

} // namespace brickdesk
