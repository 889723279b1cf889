#include "core/pipelines/updatetimeline.h"

#include "core/common/durationtext.h"
#include "core/pipelines/pipelinestates.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("brickdesk::UpdateTimeline", text, comment, n);
}

bool isEndOfUpdate(const QString &state)
{
    return state == "COMPLETED"_L1 || state == "FAILED"_L1 || state == "CANCELED"_L1;
}

bool isEndOfFlow(const QString &status)
{
    static const QStringList ends{u"COMPLETED"_s, u"FAILED"_s,   u"STOPPED"_s,
                                  u"SKIPPED"_s,   u"EXCLUDED"_s, u"CANCELED"_s};
    return ends.contains(status);
}

} // namespace

int UpdateTimeline::flowIndex(const QString &name) const
{
    for (int index = 0; index < flows.size(); ++index) {
        if (flows.at(index).name == name)
            return index;
    }
    return -1;
}

UpdateTimeline UpdateTimeline::fromEvents(const QList<PipelineEvent> &events, qint64 nowMs)
{
    QList<const PipelineEvent *> ordered;
    ordered.reserve(events.size());
    for (const PipelineEvent &event : events) {
        if (event.timeMs >= 0)
            ordered.append(&event);
    }
    // Events of one millisecond happened in the order the log lists them
    // oldest first (every flow is queued in the millisecond RUNNING begins),
    // so a newest-first list is turned round before the stable sort: else
    // its flows come out in reverse and a flow's last two states swap.
    if (ordered.size() > 1 && ordered.first()->timeMs > ordered.last()->timeMs)
        std::reverse(ordered.begin(), ordered.end());
    // Stable: events of one millisecond keep the order the log gave them.
    std::stable_sort(
        ordered.begin(), ordered.end(),
        [](const PipelineEvent *a, const PipelineEvent *b) { return a->timeMs < b->timeMs; });

    UpdateTimeline timeline;
    for (const PipelineEvent *event : ordered) {
        if (timeline.startMs < 0)
            timeline.startMs = event->timeMs;
        timeline.endMs = std::max(timeline.endMs, event->timeMs);
        // A flow's row is named by its flow, or by its dataset when the
        // event names no flow; its errors must name the same row.
        const QString flowName = event->flowName.isEmpty() ? event->datasetName : event->flowName;
        if (event->eventType == "update_progress"_L1 && !event->progressState.isEmpty()) {
            if (!timeline.phases.isEmpty())
                timeline.phases.last().endMs = event->timeMs;
            // The end is no phase of its own, but its event is still read
            // below: a failed update's last event carries the fatal error.
            if (isEndOfUpdate(event->progressState)) {
                timeline.finalState = event->progressState;
                if (!timeline.phases.isEmpty())
                    timeline.phases.last().state = event->progressState;
            } else {
                timeline.phases.append(
                    {event->progressState, event->progressState, event->timeMs, -1, event->timeMs});
            }
        } else if (event->eventType == "flow_progress"_L1 && !flowName.isEmpty()) {
            int index = timeline.flowIndex(flowName);
            if (index < 0) {
                timeline.flows.append(
                    {flowName, event->progressState, event->timeMs, -1, event->timeMs});
                index = int(timeline.flows.size()) - 1;
            }
            Span &flow = timeline.flows[index];
            flow.state = event->progressState;
            flow.endMs = event->timeMs;
            if (event->progressState == "RUNNING"_L1 && flow.runStartMs < 0)
                flow.runStartMs = event->timeMs;
            if (event->outputRows >= 0)
                flow.outputRows = event->outputRows;
        }
        if (event->isError())
            timeline.errors.append({event->timeMs, flowName, event->message, event->exceptions});
    }
    // What has not ended runs until now, or until the update ended.
    const bool running = timeline.finalState.isEmpty() && timeline.startMs >= 0;
    if (running)
        timeline.endMs = std::max(timeline.endMs, nowMs);
    if (running && !timeline.phases.isEmpty()) {
        timeline.phases.last().endMs = timeline.endMs;
        timeline.phases.last().ongoing = true;
    }
    for (Span &flow : timeline.flows) {
        if (isEndOfFlow(flow.state))
            continue;
        flow.endMs = timeline.endMs;
        flow.ongoing = running;
    }
    return timeline;
}

QString UpdateTimeline::summary() const
{
    if (isEmpty())
        return tr("No progress recorded yet.");
    QStringList parts;
    for (const Span &phase : phases)
        parts.append(tr("%1 %2").arg(PipelineStates::updateStateText(phase.name),
                                     durationTextMs(phase.endMs - phase.startMs)));
    int failed = 0;
    for (const Span &flow : flows)
        failed += flow.failed() ? 1 : 0;
    const int flowCount = int(flows.size());
    QString text = parts.join(", "_L1);
    if (!finalState.isEmpty())
        text += u' ' +
                tr("— %1 after %2.")
                    .arg(PipelineStates::updateStateText(finalState), durationTextMs(durationMs()));
    if (flowCount > 0)
        text += u' ' + tr("%n flow(s),", nullptr, flowCount) + u' ' +
                (failed > 0 ? tr("%n failed.", nullptr, failed) : tr("none failed."));
    return text;
}

} // namespace brickdesk
