#include "app/jobs/runpane.h"

#include "app/common/browseropener.h"
#include "app/jobs/runtimelineview.h"
#include "core/common/durationtext.h"
#include "core/common/livepoller.h"
#include "core/jobs/jobsservice.h"
#include "core/jobs/runsmodel.h"
#include "core/jobs/runstatus.h"
#include "core/net/apiclient.h"
#include "core/net/jsonids.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

QPlainTextEdit *outputEdit(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}

} // namespace

RunPane::RunPane(QWidget *parent)
    : QWidget(parent)
    , m_poller(new LivePoller(this))
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_openInBrowser(
          new QPushButton(QIcon(u":/icons/open-external.svg"_s), tr("Open in Browser"), this))
    , m_timeline(new RunTimelineView(this))
    , m_outputTitle(new QLabel(this))
    , m_outputNote(new QLabel(this))
    , m_resultBox(new QGroupBox(this))
    , m_result(outputEdit(u"runResult"_s, tr("Notebook result"), m_resultBox))
    , m_errorBox(new QGroupBox(this))
    , m_error(outputEdit(u"runError"_s, tr("Error and error trace"), m_errorBox))
    , m_logsBox(new QGroupBox(this))
    , m_logs(outputEdit(u"runLogs"_s, tr("Logs"), m_logsBox))
{
    setObjectName(u"runPane"_s);
    setAccessibleName(tr("Run"));
    m_title->setObjectName(u"runTitle"_s);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setObjectName(u"runFacts"_s);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openInBrowser->setObjectName(u"openRunInBrowser"_s);
    m_openInBrowser->setAccessibleName(tr("Open the run in the browser"));
    m_timeline->setObjectName(u"runTimeline"_s);
    m_outputTitle->setObjectName(u"outputTitle"_s);
    m_outputNote->setObjectName(u"outputNote"_s);
    m_outputNote->setWordWrap(true);
    for (auto [box, edit] : {std::pair{m_resultBox, m_result}, std::pair{m_errorBox, m_error},
                             std::pair{m_logsBox, m_logs}}) {
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(6, 4, 6, 6);
        layout->addWidget(edit);
        box->hide();
    }

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_facts);
    header->addLayout(titles, 1);
    header->addWidget(m_openInBrowser, 0, Qt::AlignTop);

    auto *output = new QWidget(this);
    auto *outputLayout = new QVBoxLayout(output);
    outputLayout->setContentsMargins(0, 0, 0, 0);
    outputLayout->addWidget(m_outputTitle);
    outputLayout->addWidget(m_outputNote);
    outputLayout->addWidget(m_resultBox, 1);
    outputLayout->addWidget(m_errorBox, 2);
    outputLayout->addWidget(m_logsBox, 2);
    outputLayout->addStretch(0);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_timeline);
    split->addWidget(output);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(header);
    layout->addWidget(split, 1);

    connect(m_openInBrowser, &QPushButton::clicked, this, [this] {
        const QUrl url(m_run.value("run_page_url"_L1).toString());
        if (url.isValid() && !BrowserOpener::open(url))
            emit errorOccurred(tr("Could not open %1 in a browser.").arg(url.toDisplayString()));
    });
    connect(m_timeline, &RunTimelineView::taskRunSelected, this, &RunPane::showOutput);
    connect(m_poller, &LivePoller::pollRequested, this, [this] { readRun(true); });
    clearOutput(tr("Select a task on the timeline to see its output."));
}

RunPane::~RunPane()
{
    m_readScope.reset();
    m_outputScope.reset();
}

void RunPane::setClient(ApiClient *client)
{
    m_readScope.reset();
    m_outputScope.reset();
    m_poller->setActive(false);
    m_poller->abandonPoll();
    m_service.reset(client ? new JobsService(client) : nullptr);
    m_runId = 0;
    m_run = {};
}

void RunPane::setLiveUpdatesEnabled(bool enabled)
{
    m_poller->setEnabled(enabled);
}

void RunPane::showRun(qint64 runId)
{
    if (runId != m_runId) {
        m_runId = runId;
        m_run = {};
        m_outputRunId = 0;
        m_title->setText(tr("Run %1").arg(runId));
        m_facts->setText(tr("Reading…"));
        m_timeline->setRun({});
        clearOutput(tr("Select a task on the timeline to see its output."));
    }
    m_poller->abandonPoll();
    readRun(false);
}

void RunPane::readRun(bool forPoll)
{
    if (!m_service || m_runId == 0) {
        if (forPoll)
            m_poller->finishPoll(LivePoller::Outcome::Unchanged);
        return;
    }
    m_readScope = std::make_unique<QObject>();
    m_service->getRun(
        m_runId, true, m_readScope.get(),
        [this, forPoll](const std::optional<ApiError> &error, const QJsonObject &run) {
            if (error) {
                if (forPoll) {
                    m_poller->finishPoll(error->httpStatus == 429 ? LivePoller::Outcome::RateLimited
                                                                  : LivePoller::Outcome::Failed);
                } else {
                    m_facts->setText(tr("Could not read the run: %1").arg(error->toString()));
                    emit errorOccurred(
                        tr("Could not read run %1: %2").arg(m_runId).arg(error->toString()));
                }
                return;
            }
            const bool changed = run != m_run;
            m_run = run;
            if (changed || !forPoll) {
                showHeader();
                m_timeline->setRun(run);
                emit runLoaded(run);
            }
            m_poller->setActive(RunStatus::fromRun(run).isActive());
            if (forPoll)
                m_poller->finishPoll(changed ? LivePoller::Outcome::Changed
                                             : LivePoller::Outcome::Unchanged);
            // The output of a task still going grows.
            if (changed && m_outputRunId != 0)
                showOutput(m_outputRunId, {});
        });
}

void RunPane::showHeader()
{
    const RunStatus status = RunStatus::fromRun(m_run);
    const QString name = m_run.value("run_name"_L1).toString();
    m_title->setText(name.isEmpty() ? tr("Run %1").arg(m_runId)
                                    : tr("Run %1 · %2").arg(m_runId).arg(name));
    QStringList facts;
    facts << status.text();
    const qint64 start = m_run.value("start_time"_L1).toInteger();
    if (start > 0)
        facts << tr("started %1").arg(timeText(start));
    const qint64 duration = RunStatus::durationMs(m_run, QDateTime::currentMSecsSinceEpoch());
    if (duration >= 0)
        facts << tr("took %1").arg(durationTextMs(duration));
    const QString trigger = RunsModel::triggerText(m_run.value("trigger"_L1).toString());
    if (!trigger.isEmpty())
        facts << tr("trigger: %1").arg(trigger);
    const int repairs = int(m_run.value("repair_history"_L1).toArray().size()) - 1;
    if (repairs > 0)
        facts << tr("repaired %n time(s)", nullptr, repairs);
    QString text = facts.join(u" · "_s);
    if (!status.message().isEmpty())
        text += u"\n"_s + status.message();
    m_facts->setText(text);
    m_openInBrowser->setEnabled(!m_run.value("run_page_url"_L1).toString().isEmpty());
}

void RunPane::clearOutput(const QString &message)
{
    m_outputScope.reset();
    m_outputTitle->setText(tr("Output"));
    m_outputNote->setText(message);
    for (QGroupBox *box : {m_resultBox, m_errorBox, m_logsBox})
        box->hide();
}

void RunPane::setSection(QGroupBox *box, QPlainTextEdit *edit, const QString &text,
                         const QString &title)
{
    box->setTitle(title);
    box->setVisible(!text.isEmpty());
    edit->setPlainText(text);
}

void RunPane::showOutput(qint64 taskRunId, const QString &taskKey)
{
    if (!m_service || taskRunId == 0)
        return;
    const bool sameTask = taskRunId == m_outputRunId;
    m_outputRunId = taskRunId;
    if (!taskKey.isEmpty() || !sameTask) {
        m_outputTitle->setText(
            tr("Output of %1").arg(taskKey.isEmpty() ? QString::number(taskRunId) : taskKey));
        m_outputNote->setText(tr("Reading the output…"));
    }
    m_outputScope = std::make_unique<QObject>();
    // Always a task run's id: the API refuses the output of a whole run.
    m_service->getRunOutput(
        taskRunId, m_outputScope.get(),
        [this, taskRunId](const std::optional<ApiError> &error, const QJsonObject &output) {
            if (error) {
                clearOutput(tr("Could not read the output: %1").arg(error->message));
                return;
            }
            const QJsonObject notebook = output.value("notebook_output"_L1).toObject();
            const QString result = notebook.value("result"_L1).toString();
            QString failure = output.value("error"_L1).toString();
            const QString trace = output.value("error_trace"_L1).toString();
            if (!trace.isEmpty())
                failure += (failure.isEmpty() ? QString() : u"\n\n"_s) + trace;
            const QString logs = output.value("logs"_L1).toString();
            QStringList notes;
            if (notebook.value("truncated"_L1).toBool())
                notes << tr("The notebook result was cut off: the API returns its first 5 MB.");
            if (output.value("logs_truncated"_L1).toBool())
                notes << tr("The logs were cut off: the API returns their last 5 MB.");
            if (result.isEmpty() && failure.isEmpty() && logs.isEmpty()) {
                const RunStatus status = RunStatus::fromRun(output.value("metadata"_L1).toObject());
                notes
                    << (status.isActive()
                            ? tr("The task is still running; its output appears when it has some.")
                            : tr("This task left no output. A notebook gives a result only "
                                 "when it calls dbutils.notebook.exit(); the full notebook "
                                 "output is in the browser."));
            }
            m_outputNote->setText(notes.join(u'\n'));
            m_outputNote->setVisible(!notes.isEmpty());
            setSection(m_resultBox, m_result, result, tr("Result"));
            setSection(m_errorBox, m_error, failure, tr("Error"));
            setSection(m_logsBox, m_logs, logs, tr("Logs"));
            emit outputShown(taskRunId);
        });
}

QString RunPane::outputText() const
{
    QStringList parts;
    for (auto [box, edit] : {std::pair{m_resultBox, m_result}, std::pair{m_errorBox, m_error},
                             std::pair{m_logsBox, m_logs}})
        if (!box->isHidden())
            parts << box->title() + u":\n"_s + edit->toPlainText();
    if (!m_outputNote->text().isEmpty())
        parts.prepend(m_outputNote->text());
    return parts.join(u"\n\n"_s);
}

} // namespace brickdesk
