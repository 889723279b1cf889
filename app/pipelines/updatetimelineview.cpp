#include "app/pipelines/updatetimelineview.h"

#include "core/common/durationtext.h"
#include "core/pipelines/pipelinestates.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace brickdesk {
namespace {

constexpr int kRightMargin = 16;
constexpr int kLabelPadding = 10;
constexpr int kMarkerRadius = 6; // half the diamond's diagonal
constexpr int kHatchWidth = 14;  // the striped end of a bar still going

// Phases before the run, told apart by hue; grey is kept for what did not run.
constexpr quint32 kWaitingBlue = 0xff7f9cc4;
constexpr quint32 kSetupBlue = 0xff4a7fc0;

QColor withAlpha(QColor colour, qreal alpha)
{
    colour.setAlphaF(alpha);
    return colour;
}

// A tick step that leaves at least `minMs` between ticks, from the steps a
// stopwatch reader expects.
qint64 tickStep(qint64 minMs)
{
    static const qint64 steps[] = {1000,      2000,      5000,       10'000,    15'000,  30'000,
                                   60'000,    120'000,   300'000,    600'000,   900'000, 1'800'000,
                                   3'600'000, 7'200'000, 10'800'000, 21'600'000};
    for (qint64 step : steps) {
        if (step >= minMs)
            return step;
    }
    return 21'600'000 * ((minMs + 21'599'999) / 21'600'000);
}

// "0 s", "30 s", "1 min", "1 min 30 s", "2 h": a whole minute or hour says
// no "0 s" or "0 min" after it.
QString tickText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds >= 3600 && seconds % 3600 == 0) {
        const qint64 hours = seconds / 3600;
        return UpdateTimelineView::tr("%1 h").arg(hours);
    }
    if (seconds >= 60 && seconds < 3600 && seconds % 60 == 0) {
        const qint64 minutes = seconds / 60;
        return UpdateTimelineView::tr("%1 min").arg(minutes);
    }
    return durationTextMs(ms);
}

// The table's own name: "main.sales.orders_clean" → "orders_clean".
QString shortName(const QString &name)
{
    return name.section(u'.', -1);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// Mid-tone state colours sink into a dark background; lift them there.
QColor onBackground(quint32 rgba, const QPalette &palette)
{
    const QColor colour = QColor::fromRgba(rgba);
    return isDark(palette) ? colour.lighter(120) : colour;
}

quint32 outcomeRgba(const UpdateTimeline::Span &span)
{
    if (span.state == "COMPLETED"_L1)
        return PipelineStates::updateColor(u"COMPLETED"_s);
    if (span.failed())
        return PipelineStates::updateColor(u"FAILED"_s);
    if (span.ongoing)
        return PipelineStates::updateColor(u"RUNNING"_s);
    return PipelineStates::updateColor(u"CANCELED"_s); // skipped, stopped, excluded: grey
}

quint32 phaseRgba(const UpdateTimeline::Span &phase)
{
    // The phase the update ended or is in shows how it is going; the ones
    // before it only which step they were.
    if (phase.ongoing || phase.state != phase.name)
        return outcomeRgba(phase);
    if (phase.name == "WAITING_FOR_RESOURCES"_L1)
        return kWaitingBlue;
    if (phase.name == "INITIALIZING"_L1 || phase.name == "SETTING_UP_TABLES"_L1 ||
        phase.name == "RESETTING"_L1)
        return kSetupBlue;
    if (phase.name == "RUNNING"_L1)
        return PipelineStates::updateColor(u"COMPLETED"_s);
    return PipelineStates::updateColor(u"CANCELED"_s); // queued, created, stopping
}

// White on dark bars, near-black on light ones (amber, light blue, and
// every colour lifted for a dark background).
QColor contrastingText(const QColor &background)
{
    const double luminance =
        0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue();
    return luminance > 150 ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white);
}

// Plain text as a rich-text tooltip: a message's "<" stays a character, and
// long exception messages wrap instead of running off the screen.
QString richToolTip(const QString &text)
{
    return u"<p style='white-space:pre-wrap'>"_s + text.toHtmlEscaped() + u"</p>"_s;
}

} // namespace

UpdateTimelineView::UpdateTimelineView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"updateTimelineView"_s);
    setAccessibleName(tr("Update timeline"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    setAutoFillBackground(false);
    setTimeline({});
}

void UpdateTimelineView::setTimeline(const UpdateTimeline &timeline)
{
    // A refresh of the same update keeps the current row where it was.
    const int oldFlow = flowOfRow(m_current);
    const QString currentFlow = oldFlow >= 0 ? m_timeline.flows.at(oldFlow).name : QString();
    const int currentPhase = m_current >= 0 && oldFlow < 0 ? m_current : -1;
    m_timeline = timeline;
    m_current = -1;
    if (!currentFlow.isEmpty() && m_timeline.flowIndex(currentFlow) >= 0)
        m_current = int(m_timeline.phases.size()) + m_timeline.flowIndex(currentFlow);
    else if (currentPhase >= 0 && currentPhase < m_timeline.phases.size())
        m_current = currentPhase;
    relayout();

    setAccessibleDescription(m_timeline.summary());
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

int UpdateTimelineView::rowCount() const
{
    return int(m_timeline.phases.size() + m_timeline.flows.size());
}

int UpdateTimelineView::flowOfRow(int row) const
{
    const int phases = int(m_timeline.phases.size());
    return row >= phases && row < rowCount() ? row - phases : -1;
}

void UpdateTimelineView::setCurrentRow(int row)
{
    if (row < -1 || row >= rowCount() || row == m_current)
        return;
    m_current = row;
    // The scroll area around the view scrolls, not the view: show the row.
    for (QWidget *up = parentWidget(); row >= 0 && up; up = up->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(up); area && area->widget() == this) {
            const QRect line = rowRect(row);
            area->ensureVisible(line.center().x(), line.center().y(), 0, rowHeight());
            break;
        }
    }
    update();
}

int UpdateTimelineView::rowHeight() const
{
    return std::max(fontMetrics().height() + 12, 26);
}

int UpdateTimelineView::axisHeight() const
{
    return fontMetrics().height() + 14;
}

QRect UpdateTimelineView::timeArea() const
{
    const int left = m_labelWidth + 8;
    return QRect(left, 0, std::max(40, width() - left - kRightMargin), height());
}

int UpdateTimelineView::xOf(qint64 ms) const
{
    const QRect area = timeArea();
    const qint64 span = std::max<qint64>(1, m_timeline.durationMs());
    return area.left() + int(double(ms - m_timeline.startMs) / double(span) * double(area.width()));
}

QRect UpdateTimelineView::rowRect(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return QRect(0, axisHeight() + row * rowHeight(), width(), rowHeight());
}

const UpdateTimeline::Span &UpdateTimelineView::spanOfRow(int row) const
{
    const int flow = flowOfRow(row);
    return flow >= 0 ? m_timeline.flows.at(flow) : m_timeline.phases.at(row);
}

QRect UpdateTimelineView::barRect(int row) const
{
    const QRect line = rowRect(row);
    if (line.isEmpty())
        return {};
    const UpdateTimeline::Span &span = spanOfRow(row);
    const int left = xOf(span.startMs);
    const int right = std::max(left + 3, xOf(span.endMs)); // a short one still shows
    return QRect(left, line.top() + 5, right - left, line.height() - 10);
}

int UpdateTimelineView::rowAt(const QPoint &pos) const
{
    if (pos.y() < axisHeight())
        return -1;
    const int row = (pos.y() - axisHeight()) / rowHeight();
    return row < rowCount() ? row : -1;
}

QString UpdateTimelineView::rowLabel(int row) const
{
    const int flow = flowOfRow(row);
    return flow >= 0 ? shortName(m_timeline.flows.at(flow).name)
                     : PipelineStates::updateStateText(m_timeline.phases.at(row).name);
}

UpdateTimelineView::MarkerPlace
UpdateTimelineView::markerPlace(const UpdateTimeline::Marker &marker) const
{
    MarkerPlace place;
    const int flow = marker.flowName.isEmpty() ? -1 : m_timeline.flowIndex(marker.flowName);
    if (flow >= 0) {
        place.row = int(m_timeline.phases.size()) + flow;
    } else if (!m_timeline.phases.isEmpty()) {
        // About the update as a whole: on the phase it happened in.
        place.row = 0;
        for (int i = 0; i < m_timeline.phases.size(); ++i) {
            if (m_timeline.phases.at(i).startMs <= marker.timeMs)
                place.row = i;
        }
    } else if (rowCount() > 0) {
        place.row = 0;
    }
    if (place.row >= 0)
        place.centre = QPoint(xOf(marker.timeMs), rowRect(place.row).center().y());
    return place;
}

QString UpdateTimelineView::toolTipAt(const QPoint &pos) const
{
    // A marker sits on a bar: it wins, the last drawn (the topmost) first.
    for (auto it = m_timeline.errors.crbegin(); it != m_timeline.errors.crend(); ++it) {
        const MarkerPlace place = markerPlace(*it);
        if (place.row >= 0 && (pos - place.centre).manhattanLength() <= kMarkerRadius + 2)
            return markerToolTip(*it);
    }
    const int row = rowAt(pos);
    if (row < 0)
        return {};
    // On the bar, or on the row's label (whose flow name may be elided).
    if (barRect(row).adjusted(-2, -5, 2, 5).contains(pos) || pos.x() < m_labelWidth)
        return spanToolTip(row);
    return {};
}

QString UpdateTimelineView::spanToolTip(int row) const
{
    const UpdateTimeline::Span &span = spanOfRow(row);
    const qint64 start = m_timeline.startMs;
    QStringList lines;
    if (flowOfRow(row) < 0) {
        lines.append(PipelineStates::updateStateText(span.name));
        lines.append(
            tr("From %1 to %2").arg(tickText(span.startMs - start), tickText(span.endMs - start)));
        lines.append(span.ongoing
                         ? tr("Still going after %1").arg(durationTextMs(span.endMs - span.startMs))
                         : tr("Took %1").arg(durationTextMs(span.endMs - span.startMs)));
        if (span.state != span.name)
            lines.append(
                tr("The update ended: %1").arg(PipelineStates::updateStateText(span.state)));
        return lines.join(u'\n');
    }

    lines.append(span.name);
    lines.append(tr("Status: %1").arg(PipelineStates::updateStateText(span.state)));
    lines.append(tr("Queued at %1").arg(tickText(span.startMs - start)));
    if (span.runStartMs >= 0) {
        lines.append(
            tr("Waited %1 before running").arg(durationTextMs(span.runStartMs - span.startMs)));
        const QString ran = durationTextMs(span.endMs - span.runStartMs);
        lines.append(span.ongoing ? tr("Running for %1").arg(ran) : tr("Ran for %1").arg(ran));
    } else {
        lines.append(span.ongoing ? tr("Not running yet") : tr("Did not run"));
    }
    if (span.outputRows >= 0)
        lines.append(tr("Output rows: %1").arg(QLocale().toString(span.outputRows)));
    int errors = 0;
    for (const UpdateTimeline::Marker &marker : m_timeline.errors)
        errors += marker.flowName == span.name ? 1 : 0;
    if (errors > 0)
        lines.append(tr("%n error(s)", nullptr, errors));
    return lines.join(u'\n');
}

QString UpdateTimelineView::markerToolTip(const UpdateTimeline::Marker &marker) const
{
    QStringList lines{tr("Error at %1").arg(tickText(marker.timeMs - m_timeline.startMs))};
    if (!marker.flowName.isEmpty())
        lines.append(marker.flowName);
    if (!marker.message.isEmpty())
        lines.append(marker.message);
    for (const PipelineException &exception : marker.exceptions)
        lines.append(tr("%1: %2").arg(exception.className, exception.message));
    return lines.join(u'\n');
}

QColor UpdateTimelineView::rowColour(int row) const
{
    const UpdateTimeline::Span &span = spanOfRow(row);
    return onBackground(flowOfRow(row) >= 0 ? outcomeRgba(span) : phaseRgba(span), palette());
}

QString UpdateTimelineView::emptyText()
{
    return tr("No progress recorded for this update yet.");
}

QSize UpdateTimelineView::sizeHint() const
{
    return {640, minimumSizeHint().height()};
}

QSize UpdateTimelineView::minimumSizeHint() const
{
    // Every row, however many: the scroll area around the view scrolls.
    const int rows = m_timeline.isEmpty() ? 2 : rowCount();
    return {m_labelWidth + 160, axisHeight() + rows * rowHeight() + 4};
}

void UpdateTimelineView::relayout()
{
    const QFontMetrics fm(font());
    int widest = fm.horizontalAdvance(tr("Phases and flows"));
    for (int row = 0; row < rowCount(); ++row)
        widest = std::max(widest, fm.horizontalAdvance(rowLabel(row)));
    m_labelWidth = std::clamp(widest + 2 * kLabelPadding + 4, 80, 260); // + rounding slack
    setMinimumHeight(minimumSizeHint().height());
    updateGeometry();
    update();
}

void UpdateTimelineView::activate(int row)
{
    const int flow = flowOfRow(row);
    if (flow >= 0)
        emit flowActivated(m_timeline.flows.at(flow).name);
}

bool UpdateTimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            // Shown for the row under the pointer; a move to the next hides it.
            QToolTip::showText(help->globalPos(), richToolTip(text), this,
                               rowRect(rowAt(help->pos())));
        }
        return true;
    }
    return QWidget::event(event);
}

void UpdateTimelineView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    if (m_timeline.isEmpty()) {
        painter.setPen(withAlpha(pal.color(QPalette::Text), 0.6));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, emptyText());
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    // Only the rows the scroll area shows: a graph of hundreds of flows.
    const int first = std::clamp((event->rect().top() - axisHeight()) / rowHeight(), 0, rowCount());
    const int last =
        std::clamp((event->rect().bottom() - axisHeight()) / rowHeight(), -1, rowCount() - 1);
    for (int row = first; row <= last; ++row) {
        const QRect line = rowRect(row);
        if (row % 2)
            painter.fillRect(line, pal.color(QPalette::AlternateBase));
        if (row == m_current) {
            painter.fillRect(line,
                             withAlpha(pal.color(QPalette::Highlight), hasFocus() ? 0.28 : 0.16));
            painter.fillRect(QRect(line.left(), line.top(), 3, line.height()),
                             pal.color(QPalette::Highlight));
        }
    }
    paintAxis(painter);
    for (int row = first; row <= last; ++row)
        paintRow(painter, row);
    // Where the update's phases end and its flows begin.
    if (!m_timeline.phases.isEmpty() && !m_timeline.flows.isEmpty()) {
        const int y = rowRect(int(m_timeline.phases.size())).top();
        painter.setPen(withAlpha(pal.color(QPalette::Text), 0.35));
        painter.drawLine(0, y, width(), y);
    }
    paintMarkers(painter);
}

void UpdateTimelineView::paintAxis(QPainter &painter)
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const int height = axisHeight();
    painter.fillRect(QRect(0, 0, width(), height), pal.color(QPalette::Window));
    painter.setPen(withAlpha(text, 0.35));
    painter.drawLine(0, height - 1, width(), height - 1);

    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(text);
    painter.drawText(QRect(kLabelPadding, 0, m_labelWidth - kLabelPadding, height),
                     Qt::AlignVCenter | Qt::AlignLeft, tr("Phases and flows"));
    painter.setFont(font());

    // Ticks count from the update's start, as a stopwatch would.
    const QRect area = timeArea();
    const qint64 span = std::max<qint64>(1, m_timeline.durationMs());
    const int labelRoom = fontMetrics().horizontalAdvance(tickText(span)) + 24;
    const qint64 step = tickStep(span * labelRoom / std::max(1, area.width()));
    const QColor grid = withAlpha(text, 0.12);
    const int bottom = rowRect(rowCount() - 1).bottom();
    for (qint64 tick = 0; tick <= span; tick += step) {
        const int x = xOf(m_timeline.startMs + tick);
        painter.setPen(withAlpha(text, 0.4));
        painter.drawLine(x, height - 5, x, height - 1);
        painter.setPen(grid);
        painter.drawLine(x, height, x, bottom);
        painter.setPen(text);
        const QString label = tickText(tick);
        const int w = fontMetrics().horizontalAdvance(label);
        const int left = std::clamp(x - w / 2, area.left() - 4, width() - w - 2);
        painter.drawText(QRect(left, 0, w + 2, height - 5), Qt::AlignCenter, label);
    }
}

void UpdateTimelineView::paintRow(QPainter &painter, int row)
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const UpdateTimeline::Span &span = spanOfRow(row);
    const bool isFlow = flowOfRow(row) >= 0;
    const QRect line = rowRect(row);

    painter.setPen(text);
    const QRect label(kLabelPadding, line.top(), m_labelWidth - 2 * kLabelPadding, line.height());
    painter.drawText(label, Qt::AlignVCenter | Qt::AlignLeft,
                     fontMetrics().elidedText(rowLabel(row), Qt::ElideMiddle, label.width()));

    const QColor colour = rowColour(row);
    const QRect bar = barRect(row);
    QPainterPath shape;
    shape.addRoundedRect(QRectF(bar), 3, 3);
    painter.save();
    painter.setClipPath(shape);
    // Queued or starting is the lighter part of a flow's bar (all of it
    // when it never ran); running the solid one. A phase is all solid.
    int runX = bar.left();
    if (isFlow)
        runX = span.runStartMs >= 0 ? std::clamp(xOf(span.runStartMs), bar.left(), bar.right() + 1)
                                    : bar.right() + 1;
    painter.fillRect(QRect(bar.left(), bar.top(), runX - bar.left(), bar.height()),
                     withAlpha(colour, 0.35));
    painter.fillRect(QRect(runX, bar.top(), bar.right() + 1 - runX, bar.height()), colour);
    if (span.ongoing) {
        // Still going: a striped end, so the bar never reads as finished.
        const QRect end(std::max(bar.left(), bar.right() + 1 - kHatchWidth), bar.top(),
                        std::min(kHatchWidth, bar.width()), bar.height());
        painter.fillRect(end, withAlpha(pal.color(QPalette::Base), 0.45));
        painter.fillRect(end, QBrush(colour.darker(130), Qt::BDiagPattern));
    }
    painter.restore();
    painter.setPen(QPen(row == m_current ? pal.color(QPalette::Highlight) : colour.darker(125),
                        row == m_current ? 2 : 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(shape);
    if (span.ongoing) {
        // …and an arrow past the end: it goes on.
        const int mid = bar.center().y();
        const QPointF arrow[] = {{bar.right() + 3.0, mid - 4.0},
                                 {bar.right() + 8.0, double(mid)},
                                 {bar.right() + 3.0, mid + 4.0}};
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawPolygon(arrow, 3);
    }

    // The duration inside the bar when it fits, else just after it.
    const QString duration = durationTextMs(span.endMs - span.startMs);
    const int w = fontMetrics().horizontalAdvance(duration) + 10;
    const QRect inside = bar.adjusted(0, 0, span.ongoing ? -kHatchWidth : 0, 0);
    if (w <= inside.width()) {
        // On the solid part, a colour that reads on the bar; on the light
        // part, the palette's text colour.
        const bool onSolid = runX <= inside.center().x() - w / 2;
        painter.setPen(onSolid ? contrastingText(colour) : text);
        painter.drawText(inside, Qt::AlignCenter, duration);
    } else {
        QRect place(bar.right() + (span.ongoing ? 12 : 6), line.top(), w, line.height());
        if (place.right() > width())
            place.moveRight(bar.left() - 6);
        painter.setPen(text);
        painter.drawText(place, Qt::AlignVCenter | Qt::AlignLeft, duration);
    }
}

void UpdateTimelineView::paintMarkers(QPainter &painter)
{
    const QColor red = onBackground(PipelineStates::updateColor(u"FAILED"_s), palette());
    painter.setBrush(red);
    // An outline in the background's colour keeps a diamond readable on a red bar.
    painter.setPen(QPen(palette().color(QPalette::Base), 1.5));
    for (const UpdateTimeline::Marker &marker : m_timeline.errors) {
        const MarkerPlace place = markerPlace(marker);
        if (place.row < 0)
            continue;
        const QPointF c = place.centre;
        const double r = kMarkerRadius;
        const QPointF diamond[] = {
            {c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}};
        painter.drawPolygon(diamond, 4);
    }
}

void UpdateTimelineView::keyPressEvent(QKeyEvent *event)
{
    const int count = rowCount();
    if (count == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int page = std::max(1, 400 / rowHeight());
    switch (event->key()) {
    case Qt::Key_Up:
        setCurrentRow(std::max(0, m_current - 1));
        return;
    case Qt::Key_Down:
        setCurrentRow(std::min(count - 1, m_current + 1));
        return;
    case Qt::Key_PageUp:
        setCurrentRow(std::max(0, m_current - page));
        return;
    case Qt::Key_PageDown:
        setCurrentRow(std::min(count - 1, std::max(0, m_current) + page));
        return;
    case Qt::Key_Home:
        setCurrentRow(0);
        return;
    case Qt::Key_End:
        setCurrentRow(count - 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activate(m_current);
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void UpdateTimelineView::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && row >= 0) {
        setFocus(Qt::MouseFocusReason);
        setCurrentRow(row);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void UpdateTimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && row >= 0) {
        setCurrentRow(row);
        activate(row);
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void UpdateTimelineView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        relayout(); // label width and row height follow the font
    if (event->type() == QEvent::PaletteChange)
        update();
}

} // namespace brickdesk
