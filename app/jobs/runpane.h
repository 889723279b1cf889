#pragma once

#include <QJsonObject>
#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QGroupBox;

namespace brickdesk {

class ApiClient;
class JobsService;
class LivePoller;
class RunTimelineView;

// One run: its state and times, its task runs on a timeline, and the output
// of the selected task run (notebook result, error and trace, logs), with
// what the API cut off said plainly. A run still going is read again through
// a LivePoller while the pane is shown, and no longer once it has ended.
class RunPane : public QWidget
{
    Q_OBJECT

public:
    explicit RunPane(QWidget *parent = nullptr);
    ~RunPane() override;

    void setClient(ApiClient *client);
    // Reads the run (every page of its task runs) and shows it.
    void showRun(qint64 runId);
    qint64 runId() const { return m_runId; }
    const QJsonObject &run() const { return m_run; }
    void setLiveUpdatesEnabled(bool enabled);
    LivePoller *poller() const { return m_poller; }

    RunTimelineView *timeline() const { return m_timeline; }
    // Shows the output of this task run (also what selecting it does).
    void showOutput(qint64 taskRunId, const QString &taskKey);
    QString outputText() const; // result, error, trace and logs as shown

signals:
    // The run was read (first time or by polling).
    void runLoaded(const QJsonObject &run);
    // The output of a task run is shown.
    void outputShown(qint64 taskRunId);
    void errorOccurred(const QString &message);

private:
    void readRun(bool forPoll);
    void showHeader();
    void clearOutput(const QString &message);
    void setSection(QGroupBox *box, QPlainTextEdit *edit, const QString &text,
                    const QString &title);

    std::unique_ptr<JobsService> m_service;
    std::unique_ptr<QObject> m_readScope;
    std::unique_ptr<QObject> m_outputScope;
    qint64 m_runId = 0;
    qint64 m_outputRunId = 0;
    QJsonObject m_run;
    LivePoller *m_poller;
    QLabel *m_title;
    QLabel *m_facts;
    QPushButton *m_openInBrowser;
    RunTimelineView *m_timeline;
    QLabel *m_outputTitle;
    QLabel *m_outputNote;
    QGroupBox *m_resultBox;
    QPlainTextEdit *m_result;
    QGroupBox *m_errorBox;
    QPlainTextEdit *m_error;
    QGroupBox *m_logsBox;
    QPlainTextEdit *m_logs;
};

} // namespace brickdesk
