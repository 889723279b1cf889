#pragma once

#include "core/pipelines/pipelineevent.h"

#include <QList>
#include <QString>

namespace brickdesk {

// Where an update's time went, read from its events: its phases one after
// the other (queued, waiting for resources, initializing, setting up
// tables, running), one bar per dataset flow from when it was queued (and
// when it started running) to when it ended, and every error at its time,
// on its flow's bar when it names one. What the timeline view draws.
struct UpdateTimeline
{
    struct Span
    {
        QString name;  // the phase's state, or the flow's name
        QString state; // the final state: COMPLETED, FAILED, RUNNING...
        qint64 startMs = 0;
        qint64 runStartMs = -1; // flows: when it began running (-1: it never did)
        qint64 endMs = 0;
        bool ongoing = false; // still going: endMs is "now"
        qint64 outputRows = -1;

        bool failed() const { return state == QLatin1StringView("FAILED"); }
    };
    struct Marker
    {
        qint64 timeMs = 0;
        QString flowName; // empty: about the update as a whole
        QString message;
        QList<PipelineException> exceptions;
    };

    QList<Span> phases;
    QList<Span> flows; // in the order they were first seen
    QList<Marker> errors;
    qint64 startMs = -1;
    qint64 endMs = -1;
    QString finalState; // COMPLETED, FAILED, CANCELED; empty while running

    bool isEmpty() const { return phases.isEmpty() && flows.isEmpty(); }
    qint64 durationMs() const { return startMs < 0 ? -1 : endMs - startMs; }
    // The flow's row, or -1.
    int flowIndex(const QString &name) const;

    // `events` in any order (the log's newest-first pages too). An update
    // that has not ended runs until `nowMs`.
    static UpdateTimeline fromEvents(const QList<PipelineEvent> &events, qint64 nowMs);
    // "Waiting for resources 12 s, Setting up tables 40 s, …; 2 of 5 flows
    // failed": the picture in words, for screen readers.
    QString summary() const;
};

} // namespace brickdesk
